import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Confidence, FormDialog, NoteSourceType, NoteTag, optional, webUrl } from '@assay/web/core';
import {
  CreateResearchNoteDocument,
  ResearchNoteFieldsFragment,
  UpdateResearchNoteDocument,
} from '../research.generated';
import { ErrorBannerComponent, FormDialogActionsComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { CONFIDENCE, keysOf, NOTE_TAG, SOURCE_TYPE, today } from '../catalog-labels';

export interface NoteFormDialogData {
  vendorId: string;
  vendorName: string;
  /** The vendor's current products, to say which one the note is about. */
  products: { id: string; name: string }[];
  note?: ResearchNoteFieldsFragment;
}

/** Records a dated finding about a vendor (or one of its products) with its source, or edits one. */
@Component({
  selector: 'assay-note-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
    FormDialogActionsComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.note ? 'Edit research note' : 'Add research note about ' + data.vendorName }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" [retryable]="p.stale" actionLabel="Reload" (retry)="reload()" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Title</mat-label>
          <input matInput formControlName="title" autocomplete="off" required />
          @if (fieldError('title'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>About</mat-label>
            <mat-select formControlName="productId">
              <mat-option [value]="null">{{ data.vendorName }} in general</mat-option>
              @for (product of products; track product.id) {
                <mat-option [value]="product.id">{{ product.name }}</mat-option>
              }
            </mat-select>
            @if (fieldError('productId'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Observed on</mat-label>
            <input matInput type="date" formControlName="observedOn" required />
            @if (fieldError('observedOn'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Finding</mat-label>
          <textarea matInput formControlName="body" rows="5"></textarea>
          @if (fieldError('body'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Source type</mat-label>
            <mat-select formControlName="sourceType" required>
              @for (type of sourceTypes; track type) {
                <mat-option [value]="type">{{ sourceTypeLabel[type] }}</mat-option>
              }
            </mat-select>
            @if (fieldError('sourceType'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Confidence</mat-label>
            <mat-select formControlName="confidence">
              @for (level of confidences; track level) {
                <mat-option [value]="level">{{ confidenceLabel[level] }}</mat-option>
              }
            </mat-select>
            @if (fieldError('confidence'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Source link</mat-label>
          <input matInput type="url" formControlName="sourceUrl" autocomplete="off" placeholder="https://" />
          @if (fieldError('sourceUrl'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Source title</mat-label>
          <input matInput formControlName="sourceTitle" autocomplete="off" />
          @if (fieldError('sourceTitle'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Tags</mat-label>
          <mat-select formControlName="tags" multiple>
            @for (tag of tags; track tag) {
              <mat-option [value]="tag">{{ tagLabel[tag] }}</mat-option>
            }
          </mat-select>
          @if (fieldError('tags'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <assay-form-dialog-actions [saving]="saving()" [submitLabel]="data.note ? 'Save' : 'Add note'" />
    </form>
  `,
  styleUrl: './form-dialog.scss',
})
export class NoteFormDialog extends FormDialog<ResearchNoteFieldsFragment> implements OnInit {
  protected readonly data = inject<NoteFormDialogData>(MAT_DIALOG_DATA);
  protected readonly sourceTypes = keysOf(SOURCE_TYPE);
  protected readonly sourceTypeLabel = SOURCE_TYPE;
  protected readonly tags = keysOf(NOTE_TAG);
  protected readonly tagLabel = NOTE_TAG;
  protected readonly confidences = keysOf(CONFIDENCE);
  protected readonly confidenceLabel = CONFIDENCE;
  /** The vendor's products, plus an archived one the note is already about. */
  protected readonly products =
    this.data.note?.product && !this.data.products.some((p) => p.id === this.data.note?.productId)
      ? [...this.data.products, this.data.note.product]
      : this.data.products;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: ['', [Validators.required, Validators.maxLength(300)]],
    productId: [null as string | null],
    observedOn: [today(), Validators.required],
    body: ['', Validators.maxLength(20000)],
    sourceType: ['URL' as NoteSourceType, Validators.required],
    confidence: ['MEDIUM' as Confidence],
    sourceUrl: ['', [webUrl, Validators.maxLength(1000)]],
    sourceTitle: ['', Validators.maxLength(300)],
    tags: [[] as NoteTag[]],
  });

  ngOnInit(): void {
    const note = this.data.note;
    if (note) {
      this.form.setValue({
        title: note.title,
        productId: note.productId ?? null,
        observedOn: note.observedOn,
        body: note.body,
        sourceType: note.sourceType,
        confidence: note.confidence,
        sourceUrl: note.sourceUrl ?? '',
        sourceTitle: note.sourceTitle ?? '',
        tags: [...note.tags],
      });
    }
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const fields = {
        title: value.title.trim(),
        productId: value.productId,
        observedOn: value.observedOn,
        body: value.body.trim(),
        sourceType: value.sourceType,
        confidence: value.confidence,
        sourceUrl: optional(value.sourceUrl),
        sourceTitle: optional(value.sourceTitle),
        tags: value.tags,
      };
      const note = this.data.note;
      if (note) {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateResearchNoteDocument,
            variables: { input: { id: note.id, version: note.version, ...fields } },
          }),
        );
        return result.data?.updateResearchNote;
      }
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateResearchNoteDocument,
          variables: { input: { vendorId: this.data.vendorId, ...fields } },
        }),
      );
      return result.data?.createResearchNote;
    });
  }
}
