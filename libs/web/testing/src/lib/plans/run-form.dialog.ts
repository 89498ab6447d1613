import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog, loader, TestPriority } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import {
  CreateTestRunDocument,
  ProductVersionsDocument,
  TestPlanCaseIdsDocument,
  TestRunSummaryFragment,
} from '../testing-plans.generated';
import { TEST_PRIORITIES, TEST_PRIORITY } from './test-labels';

export interface RunFormDialogData {
  planId: string;
  /** Evaluation plans: the shortlisted candidates to run against. */
  candidates: { id: string; label: string }[] | null;
  /** Product plans: the product whose versions may be run. */
  productId: string | null;
  /** Product plans: the version being accepted, chosen first. */
  targetVersionId: string | null;
  /** Who may be assigned: the evaluation's testers, or the people named on a product's plan. */
  testers: { id: string; displayName: string }[];
}

/** The most cases one run may name (the API's limit). */
const MAX_CASES = 10000;
const PAGE = 500;

/** Starts a run: against a candidate or a product version, where, which build, by whom, over all cases or those matching a filter. */
@Component({
  selector: 'assay-run-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>New run</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        @if (versionsLoad.error(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        @if (data.candidates) {
          <mat-form-field appearance="outline">
            <mat-label>Candidate</mat-label>
            <mat-select formControlName="subjectId" required>
              @for (candidate of data.candidates; track candidate.id) {
                <mat-option [value]="candidate.id">{{ candidate.label }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{
              data.candidates.length ? 'The shortlisted candidates.' : 'Shortlist a candidate on the evaluation first.'
            }}</mat-hint>
            @if (fieldError('subjectId'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        } @else {
          <mat-form-field appearance="outline">
            <mat-label>Product version</mat-label>
            <mat-select formControlName="subjectId" required>
              @for (version of versions(); track version.id) {
                <mat-option [value]="version.id">{{ version.name }}</mat-option>
              }
            </mat-select>
            @if (fieldError('subjectId'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        }
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Environment</mat-label>
            <input matInput formControlName="environment" autocomplete="off" required maxlength="300" />
            <mat-hint>Where it runs, e.g. vendor sandbox</mat-hint>
            @if (fieldError('environment'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Build label</mat-label>
            <input matInput formControlName="buildLabel" autocomplete="off" maxlength="200" />
            @if (fieldError('buildLabel'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Testers</mat-label>
          <mat-select formControlName="testerIds" multiple>
            @for (tester of data.testers; track tester.id) {
              <mat-option [value]="tester.id">{{ tester.displayName }}</mat-option>
            }
          </mat-select>
          <mat-hint>{{
            data.testers.length ? 'They see the run on their Testing page.' : 'Nobody can be assigned yet.'
          }}</mat-hint>
          @if (fieldError('testerIds'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-radio-group formControlName="scope" aria-label="Which cases" class="scope">
          <mat-radio-button value="all">All the plan’s cases</mat-radio-button>
          <mat-radio-button value="filter">Only the cases matching</mat-radio-button>
        </mat-radio-group>
        @if (subset()) {
          <div class="row">
            <mat-form-field appearance="outline">
              <mat-label>Priority</mat-label>
              <mat-select formControlName="priorities" multiple placeholder="Any">
                @for (priority of priorities; track priority) {
                  <mat-option [value]="priority">{{ priorityLabel[priority] }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>Tag</mat-label>
              <input matInput formControlName="tag" autocomplete="off" maxlength="50" />
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>Section</mat-label>
              <input matInput formControlName="section" autocomplete="off" maxlength="200" />
            </mat-form-field>
          </div>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Starting…' : 'Start run' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .scope {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      margin: 8px 0 12px;
    }
  `,
})
export class RunFormDialog extends FormDialog<TestRunSummaryFragment> implements OnInit {
  protected readonly data = inject<RunFormDialogData>(MAT_DIALOG_DATA);
  protected readonly priorities = TEST_PRIORITIES;
  protected readonly priorityLabel = TEST_PRIORITY;
  protected readonly versionsLoad = loader();
  protected readonly versions = signal<{ id: string; name: string }[]>([]);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    subjectId: [this.data.candidates?.length === 1 ? this.data.candidates[0].id : '', Validators.required],
    environment: ['', [Validators.required, Validators.maxLength(300)]],
    buildLabel: ['', Validators.maxLength(200)],
    testerIds: [[] as string[]],
    scope: ['all' as 'all' | 'filter'],
    priorities: [[] as TestPriority[]],
    tag: ['', Validators.maxLength(50)],
    section: ['', Validators.maxLength(200)],
  });
  private readonly scope = signal<'all' | 'filter'>('all');
  protected readonly subset = computed(() => this.scope() === 'filter');

  ngOnInit(): void {
    this.form.controls.scope.valueChanges.subscribe((scope) => this.scope.set(scope));
    const productId = this.data.productId;
    if (!this.data.candidates && productId) {
      void this.versionsLoad.run(async (step) => {
        const result = await step(this.apollo.query({ query: ProductVersionsDocument, variables: { id: productId } }));
        this.versions.set(result.data?.product.versions ?? []);
        if (this.data.targetVersionId && !this.form.controls.subjectId.value) {
          this.form.controls.subjectId.setValue(this.data.targetVersionId);
        }
      });
    }
  }

  /** The ids of the cases matching the filter, page by page; null for all cases. */
  private async caseIds(): Promise<string[] | null> {
    const value = this.form.getRawValue();
    if (value.scope === 'all') return null;
    const filter = {
      priorities: value.priorities.length ? value.priorities : undefined,
      tag: value.tag.trim() || undefined,
      section: value.section.trim() || undefined,
    };
    const ids: string[] = [];
    for (let offset = 0; offset < MAX_CASES; offset += PAGE) {
      const result = await firstValueFrom(
        this.apollo.query({
          query: TestPlanCaseIdsDocument,
          variables: { id: this.data.planId, filter, page: { offset, limit: PAGE } },
          fetchPolicy: 'network-only',
        }),
      );
      const page = result.data?.testPlan.cases;
      ids.push(...(page?.items ?? []).map((item) => item.id));
      if (!page || ids.length >= page.total || page.items.length === 0) break;
    }
    if (ids.length === 0) throw new Error('No case matches the filter; change it or run all the cases.');
    return ids;
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const caseIds = await this.caseIds();
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateTestRunDocument,
          variables: {
            input: {
              planId: this.data.planId,
              candidateId: this.data.candidates ? value.subjectId : undefined,
              productVersionId: this.data.candidates ? undefined : value.subjectId,
              environment: value.environment.trim(),
              buildLabel: value.buildLabel.trim() || undefined,
              testerIds: value.testerIds,
              caseIds: caseIds ?? undefined,
            },
          },
        }),
      );
      return result.data?.createTestRun;
    });
  }
}
