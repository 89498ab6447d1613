import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { PASSWORD_MIN_LENGTH } from '@assay/domain';
import {
  GlobalRole,
  OrganisationUnitsDocument,
  OrganisationUnitsQuery,
  problemOf,
  UserSummaryFragment,
} from '@assay/web/core';
import { CreateUserDocument, UpdateUserDocument } from './admin.generated';
import { ErrorBannerComponent, FormDialogActionsComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type UserFormDialogData = { mode: 'create' } | { mode: 'edit'; user: UserSummaryFragment };

/** Creates a user (with a temporary password) or edits one (name, role, library, department, active). */
@Component({
  selector: 'assay-user-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    ErrorBannerComponent,
    FormDialogActionsComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.mode === 'create' ? 'New user' : 'Edit ' + data.user.displayName }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as message) {
          <assay-error-banner [message]="message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Name</mat-label>
          <input matInput formControlName="displayName" autocomplete="off" required />
          @if (fieldError('displayName'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" [subscriptSizing]="data.mode === 'edit' ? 'dynamic' : 'fixed'">
          <mat-label>E-mail</mat-label>
          <input
            matInput
            type="email"
            formControlName="email"
            autocomplete="off"
            required
            [readonly]="data.mode === 'edit'"
          />
          @if (data.mode === 'edit') {
            <mat-hint>The e-mail address is the sign-in name and cannot change.</mat-hint>
          }
          @if (fieldError('email'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        @if (data.mode === 'create') {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Temporary password</mat-label>
            <input matInput type="text" formControlName="temporaryPassword" autocomplete="new-password" required />
            <mat-hint
              >At least {{ minLength }} characters. Give it to the person; they choose their own at first
              sign-in.</mat-hint
            >
            @if (fieldError('temporaryPassword'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>Role</mat-label>
          <mat-select formControlName="globalRole">
            <mat-option value="USER">User — roles come from each evaluation</mat-option>
            <mat-option value="ADMIN">Administrator — manages users and everything a lead may do</mat-option>
          </mat-select>
          @if (fieldError('globalRole'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Member library</mat-label>
          <mat-select formControlName="memberLibraryId">
            <mat-option [value]="null">None</mat-option>
            @for (library of units()?.memberLibraries ?? []; track library.id) {
              <mat-option [value]="library.id">{{ library.name }} ({{ library.code }})</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Department</mat-label>
          <mat-select formControlName="departmentId">
            <mat-option [value]="null">None</mat-option>
            @for (department of units()?.departments ?? []; track department.id) {
              <mat-option [value]="department.id">{{ department.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (data.mode === 'edit') {
          <mat-slide-toggle formControlName="active">Active (can sign in)</mat-slide-toggle>
        }
      </mat-dialog-content>
      <assay-form-dialog-actions [saving]="saving()" [submitLabel]="data.mode === 'create' ? 'Create user' : 'Save'" />
    </form>
  `,
  styles: `
    form {
      display: contents;
    }
    mat-dialog-content {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class UserFormDialog implements OnInit {
  protected readonly data = inject<UserFormDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<UserFormDialog, UserSummaryFragment>);
  private readonly apollo = inject(Apollo);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly units = signal<OrganisationUnitsQuery | null>(null);
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  private readonly serverErrors = signal<Record<string, string[]>>({});

  protected readonly form = inject(FormBuilder).nonNullable.group({
    displayName: ['', [Validators.required, Validators.maxLength(120)]],
    email: ['', [Validators.required, Validators.email]],
    temporaryPassword: [
      '',
      this.data.mode === 'create' ? [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)] : [],
    ],
    globalRole: ['USER' as GlobalRole],
    memberLibraryId: [null as string | null],
    departmentId: [null as string | null],
    active: [true],
  });

  async ngOnInit(): Promise<void> {
    if (this.data.mode === 'edit') {
      const user = this.data.user;
      this.form.patchValue({
        displayName: user.displayName,
        email: user.email,
        globalRole: user.globalRole,
        memberLibraryId: user.memberLibrary?.id ?? null,
        departmentId: user.department?.id ?? null,
        active: user.active,
      });
    }
    try {
      this.units.set((await firstValueFrom(this.apollo.query({ query: OrganisationUnitsDocument }))).data ?? null);
    } catch (error) {
      this.problem.set(problemOf(error).message);
    }
  }

  protected fieldError(field: keyof typeof this.form.controls): string | null {
    const control = this.form.controls[field];
    const server = this.serverErrors()[field];
    if (server?.length) return server.join(' ');
    if (!control.errors || !(control.touched || control.dirty)) return null;
    if (control.errors['required']) return 'This is required.';
    if (control.errors['email']) return 'Enter a valid e-mail address.';
    if (control.errors['minlength']) return `At least ${PASSWORD_MIN_LENGTH} characters.`;
    if (control.errors['server']) return String(control.errors['server']);
    return 'Check this value.';
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.problem.set(null);
    this.serverErrors.set({});
    const value = this.form.getRawValue();
    try {
      if (this.data.mode === 'create') {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: CreateUserDocument,
            variables: {
              input: {
                email: value.email,
                displayName: value.displayName,
                temporaryPassword: value.temporaryPassword,
                globalRole: value.globalRole,
                memberLibraryId: value.memberLibraryId,
                departmentId: value.departmentId,
              },
            },
          }),
        );
        this.ref.close(result.data?.createUser);
      } else {
        const user = this.data.user;
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateUserDocument,
            variables: {
              input: {
                id: user.id,
                version: user.version,
                displayName: value.displayName,
                globalRole: value.globalRole,
                memberLibraryId: value.memberLibraryId,
                departmentId: value.departmentId,
                active: value.active,
              },
            },
          }),
        );
        this.ref.close(result.data?.updateUser);
      }
    } catch (error) {
      const problem = problemOf(error);
      this.problem.set(problem.message);
      this.serverErrors.set(problem.fields);
      for (const [field, problems] of Object.entries(problem.fields)) {
        this.form.get(field)?.setErrors({ server: problems.join(' ') });
      }
    } finally {
      this.saving.set(false);
    }
  }
}
