import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormsModule, ReactiveFormsModule, FormBuilder } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { FormDialog, loader } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { PeopleToNameDocument, SetTestPlanMembersDocument } from '../testing-plans.generated';

export interface PlanPeopleDialogData {
  planId: string;
  planName: string;
  members: { id: string; displayName: string }[];
}

/** Names the people who work on a product's plan (administrators): search for people, tick or untick them. */
@Component({
  selector: 'assay-plan-people-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>People of {{ data.planName }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <p class="hint">They read the plan, edit its cases and runs, and record results. Administrators always may.</p>
        <ul class="chosen" aria-label="Named people">
          @for (person of chosen(); track person.id) {
            <li>
              {{ person.displayName }}
              <button
                mat-icon-button
                type="button"
                (click)="remove(person.id)"
                [attr.aria-label]="'Remove ' + person.displayName"
              >
                <mat-icon>close</mat-icon>
              </button>
            </li>
          } @empty {
            <li class="hint">Nobody named yet.</li>
          }
        </ul>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Find people by name or e-mail</mat-label>
          <input
            matInput
            type="search"
            autocomplete="off"
            [ngModel]="search()"
            [ngModelOptions]="{ standalone: true }"
            (ngModelChange)="find($event)"
          />
        </mat-form-field>
        @if (found().length) {
          <ul class="found" aria-label="People found">
            @for (person of found(); track person.id) {
              <li>
                <mat-checkbox [checked]="isChosen(person.id)" (change)="toggle(person)"
                  >{{ person.displayName }} <span class="hint">{{ person.email }}</span></mat-checkbox
                >
              </li>
            }
          </ul>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Saving…' : 'Save' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .chosen,
    .found {
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
    }
    .chosen li {
      display: flex;
      align-items: center;
      justify-content: space-between;
    }
  `,
})
export class PlanPeopleDialog extends FormDialog<boolean> implements OnInit {
  protected readonly data = inject<PlanPeopleDialogData>(MAT_DIALOG_DATA);
  protected readonly form = inject(FormBuilder).group({});
  private readonly searchLoader = loader();
  private timer: ReturnType<typeof setTimeout> | undefined;
  protected readonly search = signal('');
  protected readonly chosen = signal(this.data.members);
  protected readonly found = signal<{ id: string; displayName: string; email: string }[]>([]);

  ngOnInit(): void {
    void this.load('');
  }

  protected find(text: string): void {
    this.search.set(text);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(text), 250);
  }

  private load(search: string): Promise<void> {
    return this.searchLoader.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: PeopleToNameDocument, variables: { search: search.trim() || undefined } }),
      );
      this.found.set(result.data?.users.items ?? []);
    });
  }

  protected isChosen(id: string): boolean {
    return this.chosen().some((person) => person.id === id);
  }

  protected toggle(person: { id: string; displayName: string }): void {
    if (this.isChosen(person.id)) this.remove(person.id);
    else this.chosen.update((people) => [...people, { id: person.id, displayName: person.displayName }]);
  }

  protected remove(id: string): void {
    this.chosen.update((people) => people.filter((person) => person.id !== id));
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: SetTestPlanMembersDocument,
          variables: { input: { planId: this.data.planId, userIds: this.chosen().map((person) => person.id) } },
        }),
      );
      return true;
    });
  }
}
