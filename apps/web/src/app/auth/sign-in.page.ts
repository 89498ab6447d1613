import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { problemOf, SessionStore } from '@assay/web/core/app';
import { ErrorBannerComponent } from '@assay/web/ui';

@Component({
  selector: 'assay-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
  ],
  template: `
    <main class="page">
      <mat-card class="card" appearance="outlined">
        <mat-card-header>
          <img mat-card-avatar src="favicon.svg" alt="" />
          <mat-card-title><h1>Sign in to Assay</h1></mat-card-title>
          <mat-card-subtitle>Choose, test and accept software with evidence.</mat-card-subtitle>
        </mat-card-header>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-card-content>
            @if (problem(); as message) {
              <assay-error-banner [message]="message" />
            }
            <mat-form-field appearance="outline">
              <mat-label>E-mail</mat-label>
              <input matInput type="email" formControlName="email" autocomplete="username" required />
              @if (form.controls.email.touched && form.controls.email.invalid) {
                <mat-error>Enter your e-mail address.</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>Password</mat-label>
              <input matInput type="password" formControlName="password" autocomplete="current-password" required />
              @if (form.controls.password.touched && form.controls.password.invalid) {
                <mat-error>Enter your password.</mat-error>
              }
            </mat-form-field>
          </mat-card-content>
          <mat-card-actions>
            <button mat-flat-button type="submit" [disabled]="busy()">{{ busy() ? 'Signing in…' : 'Sign in' }}</button>
          </mat-card-actions>
        </form>
        <p class="hint">Forgot your password? Ask an administrator to reset it.</p>
      </mat-card>
    </main>
  `,
  styles: `
    .page {
      min-height: 100vh;
      display: grid;
      place-items: center;
      padding: 16px;
      box-sizing: border-box;
      background: var(--mat-sys-surface-container-low);
    }
    .card {
      width: min(420px, 100%);
    }
    h1 {
      font: inherit;
      margin: 0;
    }
    form {
      display: flex;
      flex-direction: column;
    }
    mat-card-content {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding-top: 16px;
    }
    mat-form-field {
      width: 100%;
    }
    mat-card-actions {
      padding: 0 16px 8px;
    }
    mat-card-actions button {
      width: 100%;
    }
    .hint {
      margin: 8px 16px 16px;
      font-size: 13px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SignInPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  /** Where to go after signing in (set by the guard that sent the person here). */
  readonly returnTo = input<string>();
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required]],
    password: ['', [Validators.required]],
  });

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const { email, password } = this.form.getRawValue();
      const user = await this.session.signIn(email, password);
      const target = user.mustChangePassword ? '/change-password' : safeReturn(this.returnTo());
      await this.router.navigateByUrl(target);
    } catch (error) {
      this.problem.set(problemOf(error).message);
      this.form.controls.password.reset();
    } finally {
      this.busy.set(false);
    }
  }
}

/** Only paths inside the app: a crafted link must not send people elsewhere after sign-in. */
function safeReturn(path: string | undefined): string {
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}
