import { ChangeDetectionStrategy, Component, inject, OnDestroy, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { EvaluationRole, FormDialog, problemOf } from '@assay/web/core';
import { AddEvaluationMemberDocument, PeopleToAddDocument, PeopleToAddQuery } from '../evaluations.generated';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { EVALUATION_ROLE, keysOf } from '../evaluation-labels';

export interface AddMemberDialogData {
  evaluationId: string;
  memberIds: ReadonlySet<string>;
}

type Person = PeopleToAddQuery['peopleToAdd'][number];

/** The evaluation's leads: finds a person by name or e-mail and gives them one or more roles. Closes with what was done. */
@Component({
  selector: 'assay-add-member-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>Add a person to the evaluation</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Person</mat-label>
          <input
            matInput
            formControlName="person"
            [matAutocomplete]="auto"
            (input)="onSearch($any($event.target).value)"
            autocomplete="off"
            required
          />
          <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="onPick($event)">
            @for (person of people(); track person.id) {
              <mat-option [value]="person" [disabled]="data.memberIds.has(person.id)">
                {{ person.displayName }}
                <span class="secondary"
                  >· {{ person.email }}{{ person.departmentName ? ' · ' + person.departmentName : ''
                  }}{{ person.libraryName ? ' · ' + person.libraryName : ''
                  }}{{ data.memberIds.has(person.id) ? ' · already a member' : '' }}</span
                >
              </mat-option>
            }
            @if (searched() && people().length === 0) {
              <mat-option disabled>No active person matches “{{ lastSearch() }}”.</mat-option>
            }
          </mat-autocomplete>
          <mat-hint>Type at least two letters of a name or e-mail address.</mat-hint>
          @if (fieldError('person'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Roles</mat-label>
          <mat-select formControlName="roles" multiple required>
            @for (role of roles; track role) {
              <mat-option [value]="role">{{ roleLabel[role] }}</mat-option>
            }
          </mat-select>
          @if (fieldError('roles'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Adding…' : 'Add' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .secondary {
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AddMemberDialog extends FormDialog<string> implements OnDestroy {
  protected readonly data = inject<AddMemberDialogData>(MAT_DIALOG_DATA);
  protected readonly roles = keysOf(EVALUATION_ROLE);
  protected readonly roleLabel = EVALUATION_ROLE;
  protected readonly people = signal<Person[]>([]);
  protected readonly searched = signal(false);
  protected readonly lastSearch = signal('');
  private timer: ReturnType<typeof setTimeout> | undefined;
  private requestId = 0;

  protected readonly form = inject(FormBuilder).group({
    person: [
      null as Person | string | null,
      [
        Validators.required,
        (control: { value: unknown }) => (control.value && typeof control.value !== 'object' ? { pick: true } : null),
      ],
    ],
    roles: [[] as EvaluationRole[], Validators.required],
  });

  ngOnDestroy(): void {
    clearTimeout(this.timer);
  }

  protected readonly display = (person: Person | string | null): string =>
    person && typeof person === 'object' ? `${person.displayName} (${person.email})` : (person ?? '');

  protected onSearch(text: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(text.trim()), 250);
  }

  protected onPick(event: MatAutocompleteSelectedEvent): void {
    this.form.controls.person.setValue(event.option.value as Person);
  }

  private async search(text: string): Promise<void> {
    const request = ++this.requestId;
    if (text.length < 2) {
      this.people.set([]);
      this.searched.set(false);
      return;
    }
    try {
      const result = await firstValueFrom(
        this.apollo.query({
          query: PeopleToAddDocument,
          variables: { evaluationId: this.data.evaluationId, search: text },
          fetchPolicy: 'network-only',
        }),
      );
      if (request !== this.requestId) return;
      this.people.set(result.data?.peopleToAdd ?? []);
      this.lastSearch.set(text);
      this.searched.set(true);
    } catch (error) {
      if (request === this.requestId) this.problem.set(problemOf(error));
    }
  }

  protected override fieldError(path: string): string | null {
    const control = this.form.get(path);
    if (path === 'person' && control?.hasError('pick') && control.touched) return 'Choose a person from the list.';
    return super.fieldError(path);
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const person = this.form.controls.person.value as Person;
      const roles = this.form.controls.roles.value ?? [];
      for (const role of roles) {
        await firstValueFrom(
          this.apollo.mutate({
            mutation: AddEvaluationMemberDocument,
            variables: { input: { evaluationId: this.data.evaluationId, userId: person.id, role } },
          }),
        );
      }
      return `${person.displayName} was added as ${roles.map((role) => EVALUATION_ROLE[role].toLowerCase()).join(' and ')}.`;
    });
  }
}
