import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormArray, FormBuilder, FormGroup, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog, loader, TestPriority } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { TEST_PRIORITIES, TEST_PRIORITY } from '../plans/test-labels';
import {
  CreateTestCaseDocument,
  TestCaseFieldsFragment,
  TestPlanRequirementsDocument,
  UpdateTestCaseDocument,
} from '../testing-plans.generated';
import { moveStep, parseTags, stepsToSave } from './steps';

export interface CaseFormDialogData {
  planId: string;
  /** Evaluation plans link requirements of their evaluation; product plans have none. */
  evaluationId: string | null;
  /** The case being edited; null adds one. */
  testCase: TestCaseFieldsFragment | null;
}

interface RequirementChoice {
  id: string;
  code: string;
  title: string;
}

type StepGroup = FormGroup<{
  action: import('@angular/forms').FormControl<string>;
  expected: import('@angular/forms').FormControl<string>;
}>;

/**
 * Adds or edits a test case: title, section, preconditions, ordered steps (added, moved with the
 * buttons or Alt+↑/↓, deleted), priority, tags, and the evaluation's requirements it verifies.
 */
@Component({
  selector: 'assay-case-form-dialog',
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
    MatSelectModule,
    ErrorBannerComponent,
  ],
  templateUrl: './case-form.dialog.html',
  styleUrl: './case-form.dialog.scss',
})
export class CaseFormDialog extends FormDialog<TestCaseFieldsFragment> implements OnInit {
  protected readonly data = inject<CaseFormDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly priorities = TEST_PRIORITIES;
  protected readonly priorityLabel = TEST_PRIORITY;
  protected readonly heading = this.data.testCase ? `Edit ${this.data.testCase.key}` : 'Add test case';

  protected readonly form = this.fb.group({
    title: [this.data.testCase?.title ?? '', [Validators.required, Validators.maxLength(300)]],
    section: [this.data.testCase?.section ?? '', Validators.maxLength(200)],
    preconditions: [this.data.testCase?.preconditions ?? '', Validators.maxLength(20000)],
    priority: [this.data.testCase?.priority ?? ('MEDIUM' as TestPriority)],
    tags: [(this.data.testCase?.tags ?? []).join(', '), Validators.maxLength(2000)],
    steps: this.fb.array<StepGroup>((this.data.testCase?.steps ?? []).map((step) => this.stepGroup(step))),
  });
  protected get steps(): FormArray<StepGroup> {
    return this.form.controls.steps;
  }

  /** A message read out after a step moves or goes, so that a screen reader hears what happened. */
  protected readonly announcement = signal('');

  // ---- requirements ----------------------------------------------------------------------

  private readonly requirementLoader = loader();
  protected readonly requirementsProblem = this.requirementLoader.error;
  protected readonly requirementSearch = signal('');
  protected readonly requirementResults = signal<RequirementChoice[]>([]);
  protected readonly requirementTotal = signal(0);
  protected readonly linked = signal<RequirementChoice[]>(this.data.testCase?.requirements ?? []);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  ngOnInit(): void {
    if (this.data.evaluationId) void this.findRequirements('');
  }

  protected searchRequirements(text: string): void {
    this.requirementSearch.set(text);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.findRequirements(text), 250);
  }

  private findRequirements(text: string): Promise<void> {
    const evaluationId = this.data.evaluationId;
    if (!evaluationId) return Promise.resolve();
    return this.requirementLoader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: TestPlanRequirementsDocument,
          variables: { evaluationId, search: text.trim() || undefined },
        }),
      );
      this.requirementResults.set(result.data?.requirements.items ?? []);
      this.requirementTotal.set(result.data?.requirements.total ?? 0);
    });
  }

  protected isLinked(id: string): boolean {
    return this.linked().some((requirement) => requirement.id === id);
  }

  protected toggleRequirement(requirement: RequirementChoice): void {
    if (this.isLinked(requirement.id)) this.unlink(requirement.id);
    else
      this.linked.update((all) => [...all, { id: requirement.id, code: requirement.code, title: requirement.title }]);
  }

  protected unlink(id: string): void {
    this.linked.update((all) => all.filter((requirement) => requirement.id !== id));
  }

  // ---- steps -----------------------------------------------------------------------------

  private stepGroup(step: { action: string; expected: string } = { action: '', expected: '' }): StepGroup {
    return this.fb.group({
      action: [step.action, Validators.maxLength(5000)],
      expected: [step.expected, Validators.maxLength(5000)],
    });
  }

  protected addStep(): void {
    this.steps.push(this.stepGroup());
    const index = this.steps.length - 1;
    setTimeout(() => document.getElementById(`step-action-${index}`)?.focus());
  }

  /** Moves a step up or down, keeping the focus on what moved (the same button, or the field used with Alt+arrow). */
  protected move(index: number, delta: number, focusId?: string): void {
    const to = index + delta;
    if (to < 0 || to >= this.steps.length) return;
    // The texts move, the fields stay: each field keeps its place (and its focus) in the list.
    this.steps.setValue(moveStep(this.steps.getRawValue(), index, delta));
    this.steps.markAsDirty();
    this.announcement.set(`Step ${index + 1} is now step ${to + 1}.`);
    const target = focusId ? focusId.replace(/\d+$/, String(to)) : `step-${delta < 0 ? 'up' : 'down'}-${to}`;
    setTimeout(() => {
      const element = document.getElementById(target) as HTMLButtonElement | null;
      (element && !element.disabled ? element : document.getElementById(`step-action-${to}`))?.focus();
    });
  }

  protected removeStep(index: number): void {
    this.steps.removeAt(index);
    this.announcement.set(`Step ${index + 1} deleted.`);
    const next = Math.min(index, this.steps.length - 1);
    setTimeout(() => document.getElementById(next >= 0 ? `step-action-${next}` : 'add-step')?.focus());
  }

  /** Alt+↑ and Alt+↓ in a step's fields move the step. */
  protected onStepKey(event: KeyboardEvent, index: number): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.move(index, event.key === 'ArrowUp' ? -1 : 1, (event.target as HTMLElement).id);
  }

  // ---- saving ----------------------------------------------------------------------------

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const fields = {
        title: value.title.trim(),
        section: value.section.trim(),
        preconditions: value.preconditions.trim(),
        priority: value.priority,
        tags: parseTags(value.tags),
        steps: stepsToSave(value.steps),
        requirementIds: this.data.evaluationId ? this.linked().map((requirement) => requirement.id) : undefined,
      };
      const existing = this.data.testCase;
      if (existing) {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateTestCaseDocument,
            variables: { input: { id: existing.id, version: existing.version, ...fields } },
          }),
        );
        return result.data?.updateTestCase;
      }
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateTestCaseDocument,
          variables: { input: { planId: this.data.planId, ...fields } },
        }),
      );
      return result.data?.createTestCase;
    });
  }
}
