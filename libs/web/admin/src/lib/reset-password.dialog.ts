import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PASSWORD_MIN_LENGTH } from '@assay/domain';
import { problemOf, UserSummaryFragment } from '@assay/web/core';
import { ResetPasswordDocument } from './admin.generated';
import { ErrorBannerComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

/** Sets a temporary password; the person's sessions end and they choose a new one at next sign-in. */
@Component({
  selector: 'assay-reset-password-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>Reset password for {{ user.displayName }}</h2>
    <form (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p>{{ user.displayName }} will be signed out everywhere and must choose a new password at next sign-in.</p>
        @if (problem(); as message) {
          <assay-error-banner [message]="message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Temporary password</mat-label>
          <input matInput type="text" [formControl]="password" autocomplete="new-password" required />
          <mat-hint>At least {{ minLength }} characters.</mat-hint>
          @if (password.invalid && password.touched) {
            <mat-error>At least {{ minLength }} characters.</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">Reset password</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      width: 100%;
    }
  `,
})
export class ResetPasswordDialog {
  protected readonly user = inject<UserSummaryFragment>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ResetPasswordDialog, boolean>);
  private readonly apollo = inject(Apollo);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly password = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)],
  });
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async save(): Promise<void> {
    this.password.markAsTouched();
    if (this.password.invalid || this.saving()) return;
    this.saving.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: ResetPasswordDocument,
          variables: { input: { id: this.user.id, temporaryPassword: this.password.value } },
        }),
      );
      this.ref.close(true);
    } catch (error) {
      this.problem.set(problemOf(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}
