import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PASSWORD_MIN_LENGTH } from '@assay/domain';
import { UserSummaryFragment, FormDialog } from '@assay/web/core';
import { ResetPasswordDocument } from './admin.generated';
import { ErrorBannerComponent, FormDialogActionsComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';

/** Sets a temporary password; the person's sessions end and they choose a new one at next sign-in. */
@Component({
  selector: 'assay-reset-password-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
    FormDialogActionsComponent,
  ],
  template: `
    <h2 mat-dialog-title>Reset password for {{ user.displayName }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p>{{ user.displayName }} will be signed out everywhere and must choose a new password at next sign-in.</p>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Temporary password</mat-label>
          <input matInput type="text" formControlName="temporaryPassword" autocomplete="new-password" required />
          <mat-hint>At least {{ minLength }} characters.</mat-hint>
          @if (fieldError('temporaryPassword'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <assay-form-dialog-actions [saving]="saving()" submitLabel="Reset password" />
    </form>
  `,
})
export class ResetPasswordDialog extends FormDialog<true> {
  protected readonly user = inject<UserSummaryFragment>(MAT_DIALOG_DATA);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    temporaryPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
  });

  protected save(): Promise<void> {
    return this.submit(async () => {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: ResetPasswordDocument,
          variables: { input: { id: this.user.id, temporaryPassword: this.form.getRawValue().temporaryPassword } },
        }),
      );
      return true;
    });
  }
}
