import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  API_TOKEN_DEFAULT_DAYS,
  API_TOKEN_MAX_DAYS,
  API_TOKEN_MIN_DAYS,
  API_TOKEN_NAME_MAX_LENGTH,
  apiTokenDaysUntil,
} from '@assay/domain';
import { CreateApiTokenDocument, CreateApiTokenMutation, FormDialog } from '@assay/web/core';
import { ErrorBannerComponent, FormDialogActionsComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { startWith } from 'rxjs/operators';

export type CreatedApiToken = CreateApiTokenMutation['createApiToken'];

/** A calendar date in the reader's time zone, as `YYYY-MM-DD`. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function addDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return localDate(date);
}

/** Creates a personal API token: its name, and how long it works, in days or until a date. */
@Component({
  selector: 'assay-api-token-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    ErrorBannerComponent,
    FormDialogActionsComponent,
  ],
  template: `
    <h2 mat-dialog-title>New API token</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p>
          A script or CI job that sends this token can do what you can do in Assay, until it expires or you revoke it.
          It cannot manage tokens or sessions, or change your password.
        </p>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" required [maxlength]="nameMax" autocomplete="off" />
          <mat-hint>What it is for, e.g. "CI upload of test results".</mat-hint>
          @if (fieldError('name'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>

        <mat-radio-group formControlName="expiryBy" aria-labelledby="expiry-label" class="expiry-by">
          <span id="expiry-label" class="label">Expires</span>
          <mat-radio-button value="days">After a number of days</mat-radio-button>
          <mat-radio-button value="date">On a date</mat-radio-button>
        </mat-radio-group>
        @if (expiryBy() === 'days') {
          <mat-form-field appearance="outline">
            <mat-label>Days</mat-label>
            <input matInput type="number" formControlName="days" [min]="minDays" [max]="maxDays" required />
            <mat-hint>{{ minDays }} to {{ maxDays }} days.</mat-hint>
            @if (fieldError('days'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        } @else {
          <mat-form-field appearance="outline">
            <mat-label>Expiry date</mat-label>
            <input matInput type="date" formControlName="date" [min]="firstDate" [max]="lastDate" required />
            <mat-hint>It stops working at the start of that day.</mat-hint>
            @if (fieldError('date'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        }
      </mat-dialog-content>
      <assay-form-dialog-actions [saving]="saving()" submitLabel="Create token" />
    </form>
  `,
  styles: `
    .expiry-by {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      margin-bottom: 12px;
    }
    .label {
      font: var(--mat-sys-body-large);
      margin-right: 8px;
    }
  `,
})
export class ApiTokenDialog extends FormDialog<CreatedApiToken> {
  protected readonly nameMax = API_TOKEN_NAME_MAX_LENGTH;
  protected readonly minDays = API_TOKEN_MIN_DAYS;
  protected readonly maxDays = API_TOKEN_MAX_DAYS;
  protected readonly firstDate = addDays(API_TOKEN_MIN_DAYS);
  protected readonly lastDate = addDays(API_TOKEN_MAX_DAYS);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(API_TOKEN_NAME_MAX_LENGTH)]],
    expiryBy: ['days' as 'days' | 'date'],
    days: [
      API_TOKEN_DEFAULT_DAYS,
      [Validators.required, Validators.min(API_TOKEN_MIN_DAYS), Validators.max(API_TOKEN_MAX_DAYS)],
    ],
    date: [
      addDays(API_TOKEN_DEFAULT_DAYS),
      [Validators.required, (control: AbstractControl) => this.dateRule(control)],
    ],
  });
  protected readonly expiryBy = toSignal(
    this.form.controls.expiryBy.valueChanges.pipe(startWith(this.form.controls.expiryBy.value)),
    { requireSync: true },
  );

  constructor() {
    super();
    // Only the chosen way of giving the expiry is checked and sent.
    this.form.controls.expiryBy.valueChanges.subscribe((by) => {
      const [on, off] =
        by === 'days'
          ? [this.form.controls.days, this.form.controls.date]
          : [this.form.controls.date, this.form.controls.days];
      on.enable({ emitEvent: false });
      off.disable({ emitEvent: false });
    });
    this.form.controls.date.disable({ emitEvent: false });
  }

  private dateRule(control: AbstractControl): ValidationErrors | null {
    const days = apiTokenDaysUntil(String(control.value ?? ''), localDate(new Date()));
    if (days === null) return control.value ? { date: true } : null;
    if (days < API_TOKEN_MIN_DAYS) return { min: { min: this.firstDate, actual: control.value } };
    if (days > API_TOKEN_MAX_DAYS) return { max: { max: this.lastDate, actual: control.value } };
    return null;
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const expiresInDays =
        value.expiryBy === 'days' ? Number(value.days) : apiTokenDaysUntil(value.date, localDate(new Date()));
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateApiTokenDocument,
          variables: { input: { name: value.name.trim(), expiresInDays } },
        }),
      );
      return result.data?.createApiToken ?? null;
    });
  }
}
