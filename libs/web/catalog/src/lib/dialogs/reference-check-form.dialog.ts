import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog, optional, ReferenceAnswerInput } from '@assay/web/core';
import {
  CreateReferenceCheckDocument,
  ReferenceCheckFieldsFragment,
  ReferenceQuestionFieldsFragment,
  UpdateReferenceCheckDocument,
} from '../research.generated';
import { ErrorBannerComponent, FormDialogActionsComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { RATING_WORDS, today } from '../catalog-labels';

export interface ReferenceCheckFormDialogData {
  products: { id: string; name: string }[];
  /** The active questions, in order: one answer field each. */
  questions: ReferenceQuestionFieldsFragment[];
  productId?: string;
  check?: ReferenceCheckFieldsFragment;
}

/** Records a conversation with a library that uses a product: who, when, the rating and the answers. */
@Component({
  selector: 'assay-reference-check-form-dialog',
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
    <h2 mat-dialog-title>
      {{ data.check ? 'Edit reference check with ' + data.check.libraryName : 'Add reference check' }}
    </h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" [retryable]="p.stale" actionLabel="Reload" (retry)="reload()" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Library</mat-label>
          <input matInput formControlName="libraryName" autocomplete="off" required />
          <mat-hint>The library that uses the product.</mat-hint>
          @if (fieldError('libraryName'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Product</mat-label>
            <mat-select formControlName="productId" required>
              @for (product of data.products; track product.id) {
                <mat-option [value]="product.id">{{ product.name }}</mat-option>
              }
            </mat-select>
            @if (fieldError('productId'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Date of the check</mat-label>
            <input matInput type="date" formControlName="checkedOn" required />
            @if (fieldError('checkedOn'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Contact name</mat-label>
            <input matInput formControlName="contactName" autocomplete="off" />
            @if (fieldError('contactName'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Contact e-mail</mat-label>
            <input matInput type="email" formControlName="contactEmail" autocomplete="off" />
            @if (fieldError('contactEmail'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Overall rating</mat-label>
          <mat-select formControlName="rating" required>
            @for (rating of ratings; track rating) {
              <mat-option [value]="rating">{{ stars(rating) }} {{ rating }} — {{ ratingWords[rating] }}</mat-option>
            }
          </mat-select>
          @if (fieldError('rating'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Summary</mat-label>
          <textarea matInput formControlName="summary" rows="3"></textarea>
          @if (fieldError('summary'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        @if (data.questions.length > 0) {
          <h3 class="section-label">Answers</h3>
          <div formGroupName="answers">
            @for (question of data.questions; track question.id) {
              <mat-form-field appearance="outline">
                <mat-label>{{ question.text }}</mat-label>
                <textarea matInput [formControlName]="question.id" rows="2"></textarea>
              </mat-form-field>
            }
          </div>
        } @else {
          <p class="hint">There are no reference questions yet; an editor can add them with “Questions”.</p>
        }
      </mat-dialog-content>
      <assay-form-dialog-actions [saving]="saving()" [submitLabel]="data.check ? 'Save' : 'Add reference check'" />
    </form>
  `,
  styleUrl: './form-dialog.scss',
})
export class ReferenceCheckFormDialog extends FormDialog<ReferenceCheckFieldsFragment> implements OnInit {
  protected readonly data = inject<ReferenceCheckFormDialogData>(MAT_DIALOG_DATA);
  protected readonly ratings = [5, 4, 3, 2, 1];
  protected readonly ratingWords = RATING_WORDS;

  protected readonly form = inject(FormBuilder).group({
    libraryName: ['', [Validators.required, Validators.maxLength(200)]],
    productId: [this.data.productId ?? this.data.products[0]?.id ?? null, Validators.required],
    checkedOn: [today(), Validators.required],
    contactName: ['', Validators.maxLength(200)],
    contactEmail: ['', Validators.email],
    rating: [null as number | null, [Validators.required, Validators.min(1), Validators.max(5)]],
    summary: ['', Validators.maxLength(5000)],
    answers: new FormGroup(
      Object.fromEntries(
        this.data.questions.map((question) => [
          question.id,
          new FormControl('', { nonNullable: true, validators: Validators.maxLength(5000) }),
        ]),
      ),
    ),
  });

  ngOnInit(): void {
    const check = this.data.check;
    if (check) {
      const answers = Object.fromEntries(
        this.data.questions.map((question) => [
          question.id,
          check.answers.find((a) => a.questionId === question.id)?.answer ?? '',
        ]),
      );
      this.form.setValue({
        libraryName: check.libraryName,
        productId: check.productId,
        checkedOn: check.checkedOn,
        contactName: check.contactName ?? '',
        contactEmail: check.contactEmail ?? '',
        rating: check.rating,
        summary: check.summary ?? '',
        answers,
      });
      this.form.controls.productId.disable();
    }
  }

  protected stars(rating: number): string {
    return '★'.repeat(rating) + '☆'.repeat(5 - rating);
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const typed = value.answers as Record<string, string>;
      const answers: ReferenceAnswerInput[] = this.data.questions
        .map((question) => ({
          questionId: question.id,
          question: question.text,
          answer: (typed[question.id] ?? '').trim(),
        }))
        .filter((answer) => answer.answer !== '');
      // Answers to questions no longer asked stay with the check.
      const kept = (this.data.check?.answers ?? [])
        .filter((a) => !this.data.questions.some((q) => q.id === a.questionId))
        .map((a) => ({ questionId: a.questionId, question: a.question, answer: a.answer }));
      const fields = {
        libraryName: (value.libraryName ?? '').trim(),
        checkedOn: value.checkedOn ?? today(),
        contactName: optional(value.contactName),
        contactEmail: optional(value.contactEmail),
        rating: Number(value.rating),
        summary: optional(value.summary),
        answers: [...answers, ...kept],
      };
      const check = this.data.check;
      if (check) {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateReferenceCheckDocument,
            variables: { input: { id: check.id, version: check.version, ...fields } },
          }),
        );
        return result.data?.updateReferenceCheck;
      }
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateReferenceCheckDocument,
          variables: { input: { productId: value.productId as string, ...fields } },
        }),
      );
      return result.data?.createReferenceCheck;
    });
  }
}
