import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { PASSWORD_MIN_LENGTH } from '@assay/domain';
import { problemOf, SessionStore } from '@assay/web/core';
import { ErrorBannerComponent, PageHeaderComponent } from '@assay/web/ui';

const matching = (group: AbstractControl): ValidationErrors | null =>
  group.get('newPassword')?.value === group.get('confirmPassword')?.value ? null : { mismatch: true };

@Component({
  selector: 'assay-change-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
    PageHeaderComponent,
  ],
  template: `
    <assay-page-header
      title="Choose a new password"
      [subtitle]="
        session.mustChangePassword()
          ? 'Your password was set by an administrator. Choose your own before you continue.'
          : 'Other browsers where you are signed in will be signed out.'
      "
    />
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
      @if (problem(); as message) {
        <assay-error-banner [message]="message" />
      }
      <mat-form-field appearance="outline">
        <mat-label>Current password</mat-label>
        <input matInput type="password" formControlName="currentPassword" autocomplete="current-password" required />
        @if (fieldProblems()['currentPassword']; as p) {
          <mat-error>{{ p }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>New password</mat-label>
        <input matInput type="password" formControlName="newPassword" autocomplete="new-password" required />
        <mat-hint>At least {{ minLength }} characters. A few unrelated words make a strong password.</mat-hint>
        @if (fieldProblems()['newPassword']; as p) {
          <mat-error>{{ p }}</mat-error>
        } @else if (form.controls.newPassword.touched && form.controls.newPassword.invalid) {
          <mat-error>At least {{ minLength }} characters.</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>New password again</mat-label>
        <input matInput type="password" formControlName="confirmPassword" autocomplete="new-password" required />
      </mat-form-field>
      @if (form.errors?.['mismatch'] && form.controls.confirmPassword.touched) {
        <p class="mismatch" role="alert">The two new passwords differ.</p>
      }
      <div>
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ busy() ? 'Saving…' : 'Save new password' }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 440px;
    }
    mat-form-field {
      width: 100%;
    }
    .mismatch {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
})
export class ChangePasswordPage {
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly fieldProblems = signal<Record<string, string>>({});
  protected readonly form = inject(FormBuilder).nonNullable.group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
      confirmPassword: ['', Validators.required],
    },
    { validators: matching },
  );

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.fieldProblems.set({});
    try {
      const { currentPassword, newPassword } = this.form.getRawValue();
      await this.session.changePassword(currentPassword, newPassword);
      this.snackBar.open('Your new password is saved.', 'OK', { duration: 4000 });
      await this.router.navigateByUrl('/');
    } catch (error) {
      const problem = problemOf(error);
      this.problem.set(problem.message);
      this.fieldProblems.set(
        Object.fromEntries(Object.entries(problem.fields).map(([field, problems]) => [field, problems.join(' ')])),
      );
      for (const field of Object.keys(problem.fields)) {
        this.form.get(field)?.setErrors({ server: true });
      }
    } finally {
      this.busy.set(false);
    }
  }
}
