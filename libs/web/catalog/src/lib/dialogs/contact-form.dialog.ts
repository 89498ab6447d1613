import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormDialog, optional } from '@assay/web/core';
import { ContactFieldsFragment, CreateContactDocument, UpdateContactDocument } from '../vendors.generated';
import { ErrorBannerComponent, FormDialogActionsComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';

export interface ContactFormDialogData {
  vendorId: string;
  vendorName: string;
  contact?: ContactFieldsFragment;
}

/** Adds a person at a vendor or edits one. */
@Component({
  selector: 'assay-contact-form-dialog',
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
    <h2 mat-dialog-title>{{ data.contact ? 'Edit ' + data.contact.name : 'Add contact at ' + data.vendorName }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" [retryable]="p.stale" actionLabel="Reload" (retry)="reload()" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" autocomplete="off" required />
          @if (fieldError('name'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Role</mat-label>
          <input matInput formControlName="role" autocomplete="off" />
          @if (fieldError('role'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>E-mail</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="off" />
            @if (fieldError('email'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Phone</mat-label>
            <input matInput type="tel" formControlName="phone" autocomplete="off" />
            @if (fieldError('phone'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Notes</mat-label>
          <textarea matInput formControlName="notes" rows="3"></textarea>
          @if (fieldError('notes'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <assay-form-dialog-actions [saving]="saving()" [submitLabel]="data.contact ? 'Save' : 'Add contact'" />
    </form>
  `,
  styleUrl: './form-dialog.scss',
})
export class ContactFormDialog extends FormDialog<ContactFieldsFragment> implements OnInit {
  protected readonly data = inject<ContactFormDialogData>(MAT_DIALOG_DATA);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    role: ['', Validators.maxLength(200)],
    email: ['', [Validators.email, Validators.maxLength(254)]],
    phone: ['', Validators.maxLength(50)],
    notes: ['', Validators.maxLength(2000)],
  });

  ngOnInit(): void {
    const contact = this.data.contact;
    if (contact)
      this.form.setValue({
        name: contact.name,
        role: contact.role ?? '',
        email: contact.email ?? '',
        phone: contact.phone ?? '',
        notes: contact.notes ?? '',
      });
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const fields = {
        name: value.name.trim(),
        role: optional(value.role),
        email: optional(value.email),
        phone: optional(value.phone),
        notes: optional(value.notes),
      };
      const contact = this.data.contact;
      if (contact) {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateContactDocument,
            variables: { input: { id: contact.id, version: contact.version, ...fields } },
          }),
        );
        return result.data?.updateContact;
      }
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateContactDocument,
          variables: { input: { vendorId: this.data.vendorId, ...fields } },
        }),
      );
      return result.data?.createContact;
    });
  }
}
