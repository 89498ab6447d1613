import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog, ProblemNoticeKind } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { NOTICE_KIND_OPTIONS } from './notice-labels';
import { NoticeFieldsFragment, SendProblemNoticeDocument } from './notices.generated';

export interface SendNoticeDialogData {
  productId: string;
  productName: string;
  libraries: readonly { id: string; name: string; code: string }[];
}

/** The form an administrator or lead fills in to tell chosen member libraries about a problem with a product. */
@Component({
  selector: 'assay-send-notice-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>Send a notice about {{ data.productName }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Kind</mat-label>
          <mat-select formControlName="kind" required>
            @for (kind of kinds; track kind.value) {
              <mat-option [value]="kind.value">{{ kind.label }}</mat-option>
            }
          </mat-select>
          @if (fieldError('kind'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Title</mat-label>
          <input matInput formControlName="title" maxlength="200" required />
          @if (fieldError('title'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Details and workaround</mat-label>
          <textarea matInput formControlName="details" rows="4" maxlength="10000"></textarea>
        </mat-form-field>
        <div class="dates">
          <mat-form-field appearance="outline">
            <mat-label>Starts</mat-label>
            <input matInput type="date" formControlName="startsOn" />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Ends</mat-label>
            <input matInput type="date" formControlName="endsOn" />
            @if (fieldError('endsOn'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <fieldset>
          <legend>Send to the staff of</legend>
          @if (data.libraries.length === 0) {
            <p class="none">No member libraries yet: an administrator adds them under Administration.</p>
          }
          @for (library of data.libraries; track library.id) {
            <mat-checkbox [checked]="chosen.has(library.id)" (change)="toggle(library.id, $event.checked)">
              {{ library.name }} ({{ library.code }})
            </mat-checkbox>
          }
          @if (librariesMissing()) {
            <p class="error" role="alert">Choose at least one library.</p>
          }
        </fieldset>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Sending…' : 'Send notice' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .dates {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 4px;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 4px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
})
export class SendNoticeDialog extends FormDialog<NoticeFieldsFragment> {
  protected readonly data = inject<SendNoticeDialogData>(MAT_DIALOG_DATA);
  protected readonly kinds = NOTICE_KIND_OPTIONS;
  protected readonly chosen = new Set<string>();
  protected readonly librariesMissing = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: ['' as ProblemNoticeKind | '', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    details: ['', Validators.maxLength(10000)],
    startsOn: [''],
    endsOn: [''],
  });

  protected toggle(id: string, on: boolean): void {
    if (on) this.chosen.add(id);
    else this.chosen.delete(id);
    this.librariesMissing.set(false);
  }

  protected save(): Promise<void> {
    this.librariesMissing.set(this.chosen.size === 0);
    if (this.librariesMissing()) return Promise.resolve();
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: SendProblemNoticeDocument,
          variables: {
            input: {
              productId: this.data.productId,
              kind: value.kind as ProblemNoticeKind,
              title: value.title.trim(),
              details: value.details.trim() || undefined,
              startsOn: value.startsOn || undefined,
              endsOn: value.endsOn || undefined,
              libraryIds: [...this.chosen],
            },
          },
        }),
      );
      return result.data?.sendProblemNotice ?? null;
    });
  }
}
