import { HttpClient } from '@angular/common/http';
import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  OnDestroy,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { RequirementDecision, FormDialogResult } from '@assay/web/core';
import { RequirementFieldsFragment, RequirementQuery } from '../requirements.generated';
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadStateComponent,
  LoadingComponent,
  PageHeaderComponent,
  PluralPipe,
  plural,
  DialogService,
} from '@assay/web/ui';
import { SpreadsheetImport, SpreadsheetImportDialog } from '@assay/web/ui/spreadsheet-import';

import { map } from 'rxjs';
import {
  EVALUATION_STATUS,
  EVALUATION_STATUS_PHRASE,
  keysOf,
  PRIORITY,
  PRIORITY_HINT,
  REQUIREMENT_STATUS,
  VERIFICATION_METHOD,
} from '../evaluation-labels';
import { RequirementStatusChipComponent } from '../shared/status-chips.component';
import { requirementsImport, RequirementsImportResult } from './requirements-import';
import { RequirementFormDialog, RequirementFormDialogData } from './requirement-form.dialog';
import { PAGE_SIZES, requirementsExportUrl } from './requirement-list-state';
import { PanelPermissions, RequirementPanelComponent } from './requirement-panel.component';
import { RequirementsStore } from './requirements.store';
import {
  StartFromLibraryDialog,
  StartFromLibraryDialogData,
  StartFromLibraryResult,
} from '../requirement-libraries/start-from-library.dialog';
import {
  ProposeToLibraryDialog,
  ProposeToLibraryDialogData,
  ProposeToLibraryResult,
} from '../requirement-libraries/propose-to-library.dialog';

const GATHERING = new Set(['DRAFT', 'REQUIREMENTS']);

/**
 * An evaluation's requirements: filtered and paged on the server, the state in the address; a
 * panel with one requirement's detail, edit and history; bulk decisions for leads (all or
 * nothing); add, import and export. Department heads start on their own department's list.
 */
@Component({
  selector: 'assay-requirements-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    LoadStateComponent,
    PageHeaderComponent,
    PluralPipe,
    RequirementStatusChipComponent,
    RequirementPanelComponent,
  ],
  providers: [RequirementsStore],
  templateUrl: './requirements.page.html',
  styleUrl: './requirements.page.scss',
})
export class RequirementsPage implements OnDestroy {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialogs = inject(DialogService);
  private readonly http = inject(HttpClient);
  private readonly title = inject(Title);
  private readonly panel = viewChild(RequirementPanelComponent);
  protected readonly store = inject(RequirementsStore);

  /** From the route: /evaluations/:id/requirements?requirement=… */
  readonly id = input.required<string>();
  readonly requirement = input<string>();

  protected readonly priorities = keysOf(PRIORITY);
  protected readonly priorityLabel = PRIORITY;
  protected readonly priorityHint = PRIORITY_HINT;
  protected readonly statuses = keysOf(REQUIREMENT_STATUS);
  protected readonly statusLabel = REQUIREMENT_STATUS;
  protected readonly verificationMethods = keysOf(VERIFICATION_METHOD);
  protected readonly verificationLabel = VERIFICATION_METHOD;
  protected readonly evaluationStatusLabel = EVALUATION_STATUS;
  protected readonly pageSizes = PAGE_SIZES;

  private readonly breakpoints = inject(BreakpointObserver);
  protected readonly narrow = toSignal(
    this.breakpoints.observe('(max-width: 700px)').pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Wide enough for the panel beside the table; otherwise it lies over the page. */
  protected readonly wide = toSignal(
    this.breakpoints.observe('(min-width: 1200px)').pipe(map((state) => state.matches)),
    { initialValue: true },
  );

  protected readonly context = this.store.context;
  protected readonly state = this.store.state;

  // ---- who may do what ----------------------------------------------------------------------

  protected readonly evaluation = computed(() => this.context()?.evaluation ?? null);
  protected readonly departments = computed(() => this.context()?.departments ?? []);
  protected readonly departmentNames = computed(() => new Map(this.departments().map((d) => [d.id, d.name])));
  protected readonly myDepartmentId = computed(() => this.context()?.me.department?.id ?? null);
  /** What the person may do here, as the server works it out (administrators act as leads). */
  protected readonly isLead = computed(() => this.evaluation()?.myPermissions.isLead ?? false);
  protected readonly isDepartmentHead = computed(() => this.evaluation()?.myPermissions.isDepartmentHead ?? false);
  protected readonly open = computed(() => {
    const status = this.evaluation()?.status;
    return !!status && status !== 'CANCELLED' && status !== 'DECIDED';
  });
  protected readonly gathering = computed(() => GATHERING.has(this.evaluation()?.status ?? ''));
  protected readonly canDecide = computed(() => this.evaluation()?.myPermissions.canDecideRequirements ?? false);
  protected readonly canAdd = computed(() => this.evaluation()?.myPermissions.canEditRequirements ?? false);
  protected readonly canImport = this.canAdd;
  /** The lead copies a requirement library in while requirements are gathered. */
  protected readonly canStartFromLibrary = computed(() => this.isLead() && this.gathering());
  /** A department head looking at their own department's list. */
  protected readonly ownDepartmentView = computed(() => {
    const mine = this.myDepartmentId();
    const ids = this.state().departmentIds;
    return !this.isLead() && this.isDepartmentHead() && !!mine && ids.length === 1 && ids[0] === mine;
  });
  protected readonly heading = computed(() =>
    this.ownDepartmentView() ? 'My department’s requirements' : 'Requirements',
  );
  protected readonly subtitle = computed(() => {
    const evaluation = this.evaluation();
    if (!evaluation) return '';
    const department = this.ownDepartmentView()
      ? `${this.departmentNames().get(this.myDepartmentId() ?? '') ?? ''} · `
      : '';
    return `${department}${evaluation.title} (${EVALUATION_STATUS_PHRASE[evaluation.status]})`;
  });
  /** A department head's only filter is their own department: clearing it shows every department. */
  protected readonly onlyOwnDepartment = computed(() => {
    const s = this.state();
    return (
      this.ownDepartmentView() &&
      !s.search.trim() &&
      !s.priorities.length &&
      !s.statuses.length &&
      !s.verificationMethods.length &&
      s.mandatory === null
    );
  });
  protected readonly csvUrl = computed(() => requirementsExportUrl(this.id(), 'csv'));
  protected readonly xlsxUrl = computed(() => requirementsExportUrl(this.id(), 'xlsx'));

  protected readonly panelOpen = computed(() => !!this.requirement());
  protected readonly columns = computed(() => {
    const select = this.canDecide() ? ['select'] : [];
    if (this.narrow()) return [...select, 'title'];
    if (this.panelOpen() && this.wide()) return [...select, 'code', 'title', 'priority', 'status'];
    return [...select, 'code', 'title', 'department', 'priority', 'mandatory', 'verification', 'status'];
  });
  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.start(id));
    });
    // After a change the open requirement is read again too.
    effect(() => {
      if (this.store.revision() > 0) untracked(() => void this.panel()?.load());
    });
    effect(() => {
      const evaluation = this.evaluation();
      if (evaluation) this.title.setTitle(`${this.heading()} · ${evaluation.title} · Assay`);
    });
  }

  ngOnDestroy(): void {
    this.store.stop();
  }

  /** Loads who the person is here, then the list (department heads: their own department first). */
  protected start(id: string): Promise<void> {
    return this.store.start(id, () => (!this.isLead() && this.isDepartmentHead() ? this.myDepartmentId() : null));
  }

  protected showMine(): void {
    const mine = this.myDepartmentId();
    if (mine) this.store.setFilter({ departmentIds: [mine] });
  }

  protected onPage(event: PageEvent): void {
    this.store.setPage(event.pageIndex, event.pageSize);
  }

  // ---- the panel ---------------------------------------------------------------------------

  protected closePanel(): void {
    const id = this.requirement();
    void this.router
      .navigate([], {
        relativeTo: this.route,
        queryParams: { requirement: null },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      })
      .then(() => {
        if (id) document.querySelector<HTMLElement>(`[data-requirement="${id}"]`)?.focus();
      });
  }

  /** What the panel offers for one requirement (the server checks again). */
  protected readonly permissions = computed(() => {
    const lead = this.isLead();
    const open = this.open();
    const headOf = this.isDepartmentHead() && this.gathering() ? this.myDepartmentId() : null;
    return (requirement: Pick<RequirementFieldsFragment, 'departmentId' | 'status'>): PanelPermissions => ({
      edit: open && (lead || (!!headOf && requirement.departmentId === headOf && requirement.status !== 'APPROVED')),
      moveDepartment: open && lead,
      decide: open && lead,
    });
  });

  // ---- the list ---------------------------------------------------------------------------

  protected priorityOf(row: RequirementFieldsFragment): string {
    return PRIORITY[row.priority];
  }

  protected verificationOf(row: RequirementFieldsFragment): string {
    return VERIFICATION_METHOD[row.verificationMethod];
  }

  protected decideOne(event: {
    requirement: RequirementQuery['requirement'];
    decision: RequirementDecision;
  }): Promise<void> {
    return this.store.decide([event.requirement], event.decision);
  }

  // ---- add, import -------------------------------------------------------------------------

  protected async openAdd(): Promise<void> {
    const departments = this.isLead()
      ? this.departments()
      : this.departments().filter((d) => d.id === this.myDepartmentId());
    const result = await this.dialogs.openForm<FormDialogResult<RequirementFieldsFragment>, RequirementFormDialogData>(
      RequirementFormDialog,
      {
        evaluationId: this.id(),
        departments,
        defaultDepartmentId: this.myDepartmentId() ?? this.store.state().departmentIds[0] ?? null,
      },
    );
    if (result && 'saved' in result) {
      this.dialogs.notify(`Added ${result.saved.code}.`);
      await this.store.load();
    }
  }

  protected async openImport(): Promise<void> {
    const evaluation = this.evaluation();
    if (!evaluation) return;
    const departmentNote = this.isLead()
      ? undefined
      : `As a department head you import rows for ${this.departmentNames().get(this.myDepartmentId() ?? '') ?? 'your department'} only; rows for other departments are reported as problems.`;
    const imported = await this.dialogs.openForm<RequirementsImportResult, SpreadsheetImport<RequirementsImportResult>>(
      SpreadsheetImportDialog,
      requirementsImport(this.http, evaluation, departmentNote),
      '760px',
    );
    if (imported) await this.store.changed();
  }

  protected async openStartFromLibrary(): Promise<void> {
    const evaluation = this.evaluation();
    if (!evaluation) return;
    const result = await this.dialogs.openForm<FormDialogResult<StartFromLibraryResult>, StartFromLibraryDialogData>(
      StartFromLibraryDialog,
      { evaluationId: evaluation.id, evaluationTitle: evaluation.title },
    );
    if (result && 'saved' in result) {
      this.dialogs.notify(
        `Copied ${result.saved.copied} requirements from ${result.saved.libraryName} (version ${result.saved.libraryVersion}).`,
      );
      await this.store.changed();
    }
  }

  /** The lead proposes the selected approved requirements into a library's draft. */
  protected async proposeToLibrary(): Promise<void> {
    const requirements = [...this.store.selected().values()].map((ref) => ({
      id: ref.id,
      code: ref.code,
      approved: ref.status === 'APPROVED',
    }));
    if (requirements.length === 0) return;
    const result = await this.dialogs.openForm<FormDialogResult<ProposeToLibraryResult>, ProposeToLibraryDialogData>(
      ProposeToLibraryDialog,
      { requirements },
    );
    if (result && 'saved' in result) {
      const { libraryName, proposed, draftVersion } = result.saved;
      this.dialogs.notify(
        `Proposed ${plural(proposed, 'requirement')} to ${libraryName}${draftVersion ? ` (draft version ${draftVersion})` : ''}.`,
      );
      this.store.clearSelection();
    }
  }
}
