import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, FormsModule, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog, loader } from '@assay/web/core';
import { ErrorBannerComponent, LoadingComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { CopyTestCasesDocument, TestCaseFieldsFragment, TestPlanCasesDocument } from '../testing-plans.generated';

export interface CopyCasesDialogData {
  toPlanId: string;
  /** The plans cases may come from (the others of the same evaluation, or the product plans one may see). */
  plans: { id: string; name: string }[];
}

/** Copies cases from another plan: choose the plan, then the cases; they get new keys in this plan. */
@Component({
  selector: 'assay-copy-cases-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
    LoadingComponent,
  ],
  template: `
    <h2 mat-dialog-title>Copy cases from another plan</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        @if (data.plans.length === 0) {
          <p class="hint">There is no other plan to copy from.</p>
        } @else {
          <mat-form-field appearance="outline">
            <mat-label>From plan</mat-label>
            <mat-select
              [ngModel]="fromPlanId()"
              [ngModelOptions]="{ standalone: true }"
              (ngModelChange)="choosePlan($event)"
            >
              @for (plan of data.plans; track plan.id) {
                <mat-option [value]="plan.id">{{ plan.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          @if (casesLoad.error(); as p) {
            <assay-error-banner [message]="p.message" />
          } @else if (casesLoad.loading()) {
            <assay-loading label="Loading its cases…" />
          } @else if (fromPlanId()) {
            @if (cases().length) {
              <mat-checkbox
                class="all"
                [checked]="allChosen()"
                [indeterminate]="chosen().size > 0 && !allChosen()"
                (change)="toggleAll()"
                >All {{ cases().length }} cases</mat-checkbox
              >
              <ul aria-label="Cases to copy">
                @for (testCase of cases(); track testCase.id) {
                  <li>
                    <mat-checkbox [checked]="chosen().has(testCase.id)" (change)="toggle(testCase.id)"
                      ><strong>{{ testCase.key }}</strong> {{ testCase.title }}</mat-checkbox
                    >
                  </li>
                }
              </ul>
              @if (more()) {
                <p class="hint">The first 500 cases are listed.</p>
              }
            } @else {
              <p class="hint">That plan has no cases.</p>
            }
          }
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving() || chosen().size === 0">
          {{ saving() ? 'Copying…' : 'Copy ' + chosen().size + (chosen().size === 1 ? ' case' : ' cases') }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    ul {
      list-style: none;
      margin: 0;
      padding: 0 0 0 16px;
      max-height: 320px;
      overflow-y: auto;
    }
  `,
})
export class CopyCasesDialog extends FormDialog<number> {
  protected readonly data = inject<CopyCasesDialogData>(MAT_DIALOG_DATA);
  protected readonly form = inject(FormBuilder).group({});
  protected readonly casesLoad = loader();
  protected readonly fromPlanId = signal('');
  protected readonly cases = signal<TestCaseFieldsFragment[]>([]);
  protected readonly more = signal(false);
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly allChosen = computed(
    () => this.cases().length > 0 && this.cases().every((testCase) => this.chosen().has(testCase.id)),
  );

  protected choosePlan(id: string): Promise<void> {
    this.fromPlanId.set(id);
    this.chosen.set(new Set());
    return this.casesLoad.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: TestPlanCasesDocument,
          variables: { id, page: { offset: 0, limit: 500 } },
          fetchPolicy: 'network-only',
        }),
      );
      this.cases.set(result.data?.testPlan.cases.items ?? []);
      this.more.set((result.data?.testPlan.cases.total ?? 0) > 500);
    });
  }

  protected toggle(id: string): void {
    const next = new Set(this.chosen());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.chosen.set(next);
  }

  protected toggleAll(): void {
    this.chosen.set(this.allChosen() ? new Set() : new Set(this.cases().map((testCase) => testCase.id)));
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CopyTestCasesDocument,
          variables: {
            input: { fromPlanId: this.fromPlanId(), toPlanId: this.data.toPlanId, caseIds: [...this.chosen()] },
          },
        }),
      );
      return result.data?.copyTestCases.length;
    });
  }
}
