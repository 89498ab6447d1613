import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { auditActionLabel, auditFieldLabel, ErrorCode } from '@assay/domain';
import {
  applyServerErrors,
  controlError,
  Priority,
  Problem,
  VerificationMethod,
  problemOf,
  RequirementDecision,
  loader,
} from '@assay/web/core';
import { RequirementDocument, RequirementQuery, UpdateRequirementDocument } from '../requirements.generated';
import { ErrorBannerComponent, LoadingComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { keysOf, PRIORITY, PRIORITY_HINT, REQUIREMENT_STATUS, VERIFICATION_METHOD } from '../evaluation-labels';
import { RequirementStatusChipComponent } from '../shared/status-chips.component';
import { historyValue } from './requirement-history';

type RequirementDetail = RequirementQuery['requirement'];

/** What the page lets the panel do with the requirement it shows. */
export interface PanelPermissions {
  /** May change this requirement (leads; department heads: their own department's, not approved, while gathering). */
  edit: boolean;
  /** May move it to another department (leads). */
  moveDepartment: boolean;
  /** May approve, reject and reopen (leads). */
  decide: boolean;
}

/**
 * One requirement beside the table: its text, rationale, decision and history; an edit form
 * for those who may change it (field errors beside the fields, Reload on a stale version), and
 * the decision buttons for leads.
 */
@Component({
  selector: 'assay-requirement-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
    LoadingComponent,
    RequirementStatusChipComponent,
  ],
  templateUrl: './requirement-panel.component.html',
  styleUrl: './requirement-panel.component.scss',
  host: { '(keydown.escape)': 'onEscape($event)' },
})
export class RequirementPanelComponent {
  private readonly apollo = inject(Apollo);
  private readonly injector = inject(Injector);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  readonly requirementId = input.required<string>();
  readonly departments = input.required<readonly { id: string; name: string; code: string }[]>();
  readonly permissions = input.required<(requirement: RequirementDetail) => PanelPermissions>();
  readonly closed = output<void>();
  /** The requirement changed here: the table should load again. */
  readonly changed = output<void>();
  /** A decision for this one requirement, run by the page like a bulk one. */
  readonly decide = output<{ requirement: RequirementDetail; decision: RequirementDecision }>();

  protected readonly requirement = signal<RequirementDetail | null>(null);
  private readonly loader = loader({ loading: true });
  protected readonly loading = this.loader.loading;
  protected readonly error = this.loader.error;
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected readonly priorities = keysOf(PRIORITY);
  protected readonly priorityLabel = PRIORITY;
  protected readonly priorityHint = PRIORITY_HINT;
  protected readonly statusLabel = REQUIREMENT_STATUS;
  protected readonly verificationMethods = keysOf(VERIFICATION_METHOD);
  protected readonly verificationLabel = VERIFICATION_METHOD;
  protected readonly departmentNames = computed(() => new Map(this.departments().map((d) => [d.id, d.name])));
  protected readonly may = computed(() => {
    const requirement = this.requirement();
    return requirement ? this.permissions()(requirement) : { edit: false, moveDepartment: false, decide: false };
  });
  /** Who decided, from the newest decision in the history. */
  protected readonly decidedBy = computed(
    () => this.requirement()?.history.find((entry) => entry.action === 'decided')?.actorName ?? null,
  );

  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: ['', [Validators.required, Validators.maxLength(300)]],
    priority: ['SHOULD' as Priority, Validators.required],
    mandatory: [false],
    verificationMethod: ['TEST' as VerificationMethod, Validators.required],
    departmentId: ['', Validators.required],
    category: ['', Validators.maxLength(100)],
    description: ['', Validators.maxLength(20000)],
    rationale: ['', Validators.maxLength(5000)],
  });

  constructor() {
    effect(() => {
      const id = this.requirementId();
      untracked(() => {
        this.editing.set(false);
        this.problem.set(null);
        void this.load(id, true);
      });
    });
  }

  async load(id = this.requirementId(), focus = false): Promise<void> {
    await this.loader.run(async (step) => {
      const result = await step(this.apollo.query({ query: RequirementDocument, variables: { id } }));
      this.requirement.set(result.data?.requirement ?? null);
      if (focus) afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
    });
  }

  protected startEdit(): void {
    const requirement = this.requirement();
    if (!requirement) return;
    this.form.reset({
      title: requirement.title,
      priority: requirement.priority,
      mandatory: requirement.mandatory,
      verificationMethod: requirement.verificationMethod,
      departmentId: requirement.departmentId,
      category: requirement.category,
      description: requirement.description,
      rationale: requirement.rationale,
    });
    if (this.may().moveDepartment) this.form.controls.departmentId.enable();
    else this.form.controls.departmentId.disable();
    this.problem.set(null);
    this.editing.set(true);
    afterNextRender(
      () =>
        this.heading()
          ?.nativeElement.closest('aside')
          ?.querySelector<HTMLInputElement>('input[formcontrolname=title]')
          ?.focus(),
      { injector: this.injector },
    );
  }

  protected cancelEdit(): void {
    this.editing.set(false);
    this.problem.set(null);
  }

  protected fieldError(path: string): string | null {
    return controlError(this.form.get(path));
  }

  protected async save(): Promise<void> {
    const requirement = this.requirement();
    this.form.markAllAsTouched();
    if (!requirement || this.form.invalid || this.saving()) return;
    const value = this.form.getRawValue();
    // Only what changed is sent: the history then names exactly those fields.
    const changes: Record<string, unknown> = {};
    const next = {
      ...value,
      title: value.title.trim(),
      category: value.category.trim(),
      description: value.description.trim(),
      rationale: value.rationale.trim(),
    };
    for (const key of Object.keys(next) as (keyof typeof next)[]) {
      if (next[key] !== requirement[key]) changes[key] = next[key];
    }
    if (Object.keys(changes).length === 0) {
      this.editing.set(false);
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: UpdateRequirementDocument,
          variables: { input: { id: requirement.id, version: requirement.version, ...changes } },
        }),
      );
      this.editing.set(false);
      await this.load();
      this.changed.emit();
    } catch (error) {
      const problem = problemOf(error);
      this.problem.set(problem);
      applyServerErrors(this.form, problem.fields);
    } finally {
      this.saving.set(false);
    }
  }

  protected async reloadAfterConflict(): Promise<void> {
    this.editing.set(false);
    this.problem.set(null);
    await this.load();
    this.changed.emit();
  }

  protected isConflict(problem: Problem): boolean {
    return problem.stale || problem.code === ErrorCode.Conflict;
  }

  protected onEscape(event: Event): void {
    // An open select closes itself on Escape; the panel stays.
    if ((event.target as HTMLElement | null)?.getAttribute('aria-expanded') === 'true') return;
    if (this.editing()) {
      this.cancelEdit();
      return;
    }
    this.closed.emit();
  }

  /** The fields that really changed (a decision also records an unchanged comment). */
  protected realChanges(entry: RequirementDetail['history'][number]): RequirementDetail['history'][number]['changes'] {
    const creation = this.isCreation(entry);
    return entry.changes.filter((change) =>
      creation ? change.after !== null && change.after !== '""' : change.before !== change.after,
    );
  }

  /** A creation lists the values it started with; a change shows each field before → after. */
  protected isCreation(entry: RequirementDetail['history'][number]): boolean {
    return entry.changes.every((change) => change.before === null);
  }

  protected action(action: string): string {
    return auditActionLabel(action, 'it');
  }

  protected label(field: string): string {
    return auditFieldLabel(field);
  }

  protected value(field: string, json: string | null): string {
    return historyValue(field, json, this.departmentNames());
  }
}
