import {
  AccessPolicy,
  AuditService,
  badInput,
  DEFAULT_PAGE,
  EditTarget,
  HistoryEntry,
  HistoryReader,
  likePattern,
  notFound,
  Notifier,
  PageInput,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import { DefectEntity, DefectSeverityValue, DefectStatusValue, TestResultStatus } from '@assay/api/data';
import {
  DEFECT_STATUS_LABELS,
  DEFECT_TRANSITIONS,
  defectTransition,
  EvaluationRole,
  failedResultDescription,
  GlobalRole,
  severityOfPriority,
  UNRESOLVED_DEFECT_STATUSES,
} from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DefectAccess, DefectScope } from './defect-access.service';

/** The statuses that resolve a staff problem report, each told to its reporter. */
const PROBLEM_REPORT_RESOLUTIONS: readonly DefectStatusValue[] = ['fixed', 'closed', 'wont_fix', 'duplicate'];
import {
  ChangeDefectStatusInput,
  CreateDefectInput,
  DefectFilter,
  DefectResultInput,
  ReportProblemInput,
  UpdateDefectInput,
} from './defects.inputs';
import {
  Defect,
  DefectAccess as DefectAccessView,
  DefectPage,
  DefectResult,
  ProblemReportProduct,
} from './defects.types';

export const DEFECT: EditTarget<DefectEntity> = {
  entity: DefectEntity,
  objectType: 'defect',
  missing: 'The defect',
  describe: (row) => `The defect ${row.key}`,
};
const EDIT_FIELDS = [
  'title',
  'description',
  'severity',
  'component',
  'foundInVersion',
  'vendorTicketRef',
  'resolutionNotes',
  'candidateId',
  'productVersionId',
] as const;
const STATUS_FIELDS = [
  'status',
  'wontFixReason',
  'duplicateOfId',
  'fixedInVersion',
  'retestDueAt',
  'resolvedAt',
  'resolutionNotes',
] as const;

export interface DefectRow {
  id: string;
  key: string;
  number: number;
  evaluation_id: string | null;
  product_id: string | null;
  product_name: string | null;
  candidate_id: string | null;
  candidate_name: string | null;
  product_version_id: string | null;
  title: string;
  description: string;
  severity: DefectSeverityValue;
  component: string;
  found_in_version: string;
  vendor_ticket_ref: string;
  resolution_notes: string;
  status: DefectStatusValue;
  wont_fix_reason: string | null;
  duplicate_of_id: string | null;
  duplicate_of_key: string | null;
  fixed_in_version: string | null;
  retest_due_at: Date | null;
  resolved_at: Date | null;
  reporter_id: string | null;
  reporter_name: string | null;
  is_demo: boolean;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export const DEFECT_FROM = `FROM defect d
  LEFT JOIN app_user u ON u.id = d.reporter_id
  LEFT JOIN candidate c ON c.id = d.candidate_id
  LEFT JOIN product_version cv ON cv.id = c.product_version_id
  LEFT JOIN product cp ON cp.id = cv.product_id
  LEFT JOIN defect dup ON dup.id = d.duplicate_of_id
  LEFT JOIN product dp ON dp.id = d.product_id`;
export const DEFECT_COLUMNS = `d.id, d.key, d.number, d.evaluation_id, d.product_id, dp.name AS product_name, d.candidate_id,
       CASE WHEN c.id IS NULL THEN NULL ELSE cp.name || ' ' || cv.name END AS candidate_name,
       d.product_version_id, d.title, d.description, d.severity, d.component, d.found_in_version,
       d.vendor_ticket_ref, d.resolution_notes, d.status, d.wont_fix_reason, d.duplicate_of_id,
       dup.key AS duplicate_of_key, d.fixed_in_version, d.retest_due_at, d.resolved_at, d.reporter_id,
       u.display_name AS reporter_name, d.is_demo, d.created_at, d.updated_at, d.version`;
const DEFECT_SELECT = `SELECT ${DEFECT_COLUMNS} ${DEFECT_FROM}`;

export function defectOf(row: DefectRow): Defect {
  return Object.assign(new Defect(), {
    id: row.id,
    key: row.key,
    number: row.number,
    evaluationId: row.evaluation_id,
    productId: row.product_id,
    productName: row.product_name,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    productVersionId: row.product_version_id,
    title: row.title,
    description: row.description,
    severity: row.severity,
    component: row.component,
    foundInVersion: row.found_in_version,
    vendorTicketRef: row.vendor_ticket_ref,
    resolutionNotes: row.resolution_notes,
    status: row.status,
    wontFixReason: row.wont_fix_reason,
    duplicateOfId: row.duplicate_of_id,
    duplicateOfKey: row.duplicate_of_key,
    fixedInVersion: row.fixed_in_version,
    retestDueAt: row.retest_due_at,
    resolvedAt: row.resolved_at,
    reporter: row.reporter_id ? { id: row.reporter_id, displayName: row.reporter_name ?? '' } : null,
    isDemo: row.is_demo,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  });
}

/** A test result with what a defect needs of it: its plan's scope, its run's candidate and version, its case. */
interface ResultSource {
  id: string;
  status: TestResultStatus;
  actual_result: string;
  step_results: { status: string; actual: string }[];
  failure_message: string | null;
  run_id: string;
  candidate_id: string | null;
  product_version_id: string;
  environment: string;
  build_label: string;
  plan_id: string;
  evaluation_id: string | null;
  product_id: string | null;
  case_key: string;
  title: string;
  preconditions: string;
  steps: { action: string; expected: string }[];
  priority: string;
  product_name: string;
  version_name: string;
}

const RESULT_SOURCE = `SELECT r.id, r.status, r.actual_result, r.step_results, r.failure_message, t.id AS run_id,
       t.candidate_id, t.product_version_id, t.environment, t.build_label, p.id AS plan_id, p.evaluation_id,
       p.product_id, c.key AS case_key, v.title, v.preconditions, v.steps, v.priority,
       pr.name AS product_name, pv.name AS version_name
  FROM test_result r
  JOIN test_run t ON t.id = r.run_id
  JOIN test_plan p ON p.id = t.plan_id
  JOIN test_case c ON c.id = r.case_id
  JOIN test_case_version v ON v.case_id = r.case_id AND v.case_version = r.case_version
  JOIN product_version pv ON pv.id = t.product_version_id
  JOIN product pr ON pr.id = pv.product_id
 WHERE r.id = $1`;

/** Who may read a defect this request has read: its evaluation or product, and its reporter. */
const scopeOfDefect = (defect: Defect): DefectScope => ({
  evaluationId: defect.evaluationId,
  productId: defect.productId,
  reporterId: defect.reporter?.id ?? null,
});

/** A report's title: the first line of what happened, at most 120 characters. */
export function problemTitle(whatHappened: string): string {
  const line = whatHappened.trim().split(/\r?\n/)[0].trim();
  return line.length > 120 ? `${line.slice(0, 119).trimEnd()}…` : line;
}

/** The version a result ran on, as a defect records it: "24.11" or "24.11 (build 24.11.01)". */
const versionText = (versionName: string, build: string) =>
  build.trim() ? `${versionName} (build ${build.trim()})` : versionName;

/**
 * Defects of an evaluation or of a product in use: reported (by hand or from a failed result),
 * edited as versioned, audited rows, moved through their statuses by the rules in libs/domain,
 * and linked to the test results that show them.
 */
@Injectable()
export class DefectsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly defectAccess: DefectAccess,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
    private readonly historyReader: HistoryReader,
    private readonly notifier: Notifier,
  ) {}

  // ---- reading ---------------------------------------------------------------------------

  async get(actor: RequestActor, id: string): Promise<Defect> {
    await this.defectAccess.defect(actor, id, 'read');
    return this.load(this.dataSource.manager, id);
  }

  /** A page of the evaluation's defects, newest first, with the filters applied on the server. */
  async forEvaluation(
    actor: RequestActor,
    evaluationId: string,
    filter: DefectFilter = {},
    page: PageInput = DEFAULT_PAGE,
  ): Promise<DefectPage> {
    await this.access.require(actor, evaluationId);
    const { conditions, params, param } = this.filtered(evaluationId, filter);
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM defect d WHERE ${conditions}`,
      params,
    );
    const rows: DefectRow[] = await this.dataSource.query(
      `${DEFECT_SELECT} WHERE ${conditions} ORDER BY d.number DESC LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
      params,
    );
    return { items: rows.map(defectOf), total };
  }

  /**
   * Every defect of the evaluation that the filters let through, newest first, for an export: at
   * most `limit`; BAD_USER_INPUT when there are more (narrow the filters).
   */
  async allForEvaluation(
    actor: RequestActor,
    evaluationId: string,
    filter: DefectFilter,
    limit: number,
  ): Promise<Defect[]> {
    await this.access.require(actor, evaluationId);
    const { conditions, params, param } = this.filtered(evaluationId, filter);
    const rows: DefectRow[] = await this.dataSource.query(
      `${DEFECT_SELECT} WHERE ${conditions} ORDER BY d.number DESC LIMIT ${param(limit + 1)}`,
      params,
    );
    if (rows.length > limit) {
      throw badInput(`More than ${limit} defects match; narrow the filters to export them.`);
    }
    return rows.map(defectOf);
  }

  /** The list's filters as SQL conditions on `defect d` (with the parameters they need). */
  private filtered(evaluationId: string, filter: DefectFilter) {
    const params: unknown[] = [evaluationId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['d.evaluation_id = $1'];
    if (filter.statuses?.length) where.push(`d.status = ANY(${param(filter.statuses)}::text[])`);
    if (filter.severities?.length) where.push(`d.severity = ANY(${param(filter.severities)}::text[])`);
    if (filter.component?.trim()) where.push(`lower(d.component) = lower(${param(filter.component.trim())})`);
    if (filter.candidateId) where.push(`d.candidate_id = ${param(filter.candidateId)}`);
    if (filter.productId) {
      // The product the defect was found on: its own (a product in use) or its candidate's.
      const product = param(filter.productId);
      where.push(
        `(d.product_id = ${product} OR d.candidate_id IN (SELECT fc.id FROM candidate fc
           JOIN product_version fv ON fv.id = fc.product_version_id WHERE fv.product_id = ${product}))`,
      );
    }
    if (filter.text?.trim()) {
      const pattern = param(likePattern(filter.text));
      where.push(
        `(d.key ILIKE ${pattern} OR d.title ILIKE ${pattern} OR d.description ILIKE ${pattern} OR d.vendor_ticket_ref ILIKE ${pattern})`,
      );
    }
    return { conditions: where.join(' AND '), params, param };
  }

  /** The components named on the evaluation's defects so far, for suggestions (each once, whatever its case), A to Z. */
  async components(actor: RequestActor, evaluationId: string): Promise<string[]> {
    await this.access.require(actor, evaluationId);
    // Spelt as most recently written: "circulation" and "Circulation" are one component.
    const rows: { component: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (lower(component)) component FROM defect
        WHERE evaluation_id = $1 AND component <> ''
        ORDER BY lower(component), updated_at DESC, id`,
      [evaluationId],
    );
    return rows.map((row) => row.component);
  }

  /** The defects linked to a result, if the actor may read the result's plan (else none). */
  /**
   * For DataLoaders: the defects linked to each of many results, in one query, by number. The
   * results were read through their run or plan, which checked who may read them.
   */
  async byResults(resultIds: readonly string[]): Promise<Map<string, Defect[]>> {
    const rows: (DefectRow & { result_id: string })[] = await this.dataSource.query(
      `SELECT l.result_id, ${DEFECT_COLUMNS} ${DEFECT_FROM} JOIN defect_result l ON l.defect_id = d.id
        WHERE l.result_id = ANY($1) ORDER BY d.number`,
      [resultIds],
    );
    const byResult = new Map<string, Defect[]>();
    for (const row of rows) byResult.set(row.result_id, [...(byResult.get(row.result_id) ?? []), defectOf(row)]);
    return byResult;
  }

  async results(actor: RequestActor, defect: Defect): Promise<DefectResult[]> {
    await this.defectAccess.require(actor, scopeOfDefect(defect), 'read', 'The defect');
    const rows: (Omit<DefectResult, 'status'> & { status: TestResultStatus })[] = await this.dataSource.query(
      `SELECT r.id AS "resultId", t.id AS "runId", p.id AS "planId", p.name AS "planName", c.id AS "caseId",
              c.key AS "caseKey", v.title AS "caseTitle", r.status, r.actual_result AS "actualResult",
              pr.name || ' ' || pv.name AS "versionName", t.environment, t.build_label AS "buildLabel",
              r.executed_at AS "executedAt", l.linked_at AS "linkedAt"
         FROM defect_result l
         JOIN test_result r ON r.id = l.result_id
         JOIN test_run t ON t.id = r.run_id
         JOIN test_plan p ON p.id = t.plan_id
         JOIN test_case c ON c.id = r.case_id
         JOIN test_case_version v ON v.case_id = r.case_id AND v.case_version = r.case_version
         JOIN product_version pv ON pv.id = t.product_version_id
         JOIN product pr ON pr.id = pv.product_id
        WHERE l.defect_id = $1
        ORDER BY l.linked_at, c.number`,
      [defect.id],
    );
    return rows.map((row) => Object.assign(new DefectResult(), row));
  }

  async history(actor: RequestActor, defect: Defect): Promise<HistoryEntry[]> {
    await this.defectAccess.require(actor, scopeOfDefect(defect), 'read', 'The defect');
    return this.historyReader.history('defect', defect.id);
  }

  /**
   * What the actor may do with a defect this request has read: its scope is checked again (from
   * what this request remembers of the actor's memberships), the defect itself is not read again,
   * so a page of defects costs a constant number of queries.
   */
  async myAccess(actor: RequestActor, defect: Defect): Promise<DefectAccessView> {
    await this.defectAccess.require(actor, scopeOfDefect(defect), 'read', 'The defect');
    const may = await this.defectAccess.mayWorkNow(actor, defect);
    return { canEdit: may, canChangeStatus: may, nextStatuses: may ? [...DEFECT_TRANSITIONS[defect.status]] : [] };
  }

  async canReport(actor: RequestActor, evaluationId: string): Promise<boolean> {
    await this.access.require(actor, evaluationId);
    return this.defectAccess.canReport(actor, evaluationId);
  }

  /** The problems the actor reported about products in use, newest first (at most 200). */
  async myProblemReports(actor: RequestActor): Promise<Defect[]> {
    const rows: DefectRow[] = await this.dataSource.query(
      `${DEFECT_SELECT} WHERE d.reporter_id = $1 AND d.product_id IS NOT NULL ORDER BY d.created_at DESC, d.id LIMIT 200`,
      [actor.id],
    );
    return rows.map(defectOf);
  }

  /**
   * The defects of the products the actor manages (administrators: every product's; others: the
   * products whose plans name them), in the statuses asked (else the unresolved ones), newest first,
   * at most 200: where staff problem reports wait for triage.
   */
  async managedProductDefects(actor: RequestActor, statuses?: DefectStatusValue[]): Promise<Defect[]> {
    const wanted = statuses?.length ? statuses : [...UNRESOLVED_DEFECT_STATUSES];
    const admin = actor.globalRole === GlobalRole.Admin;
    const rows: DefectRow[] = await this.dataSource.query(
      `${DEFECT_SELECT}
        WHERE d.product_id IS NOT NULL AND d.status = ANY($1::text[])
          AND ($2::boolean OR d.product_id IN (SELECT p.product_id FROM test_plan p
                JOIN test_plan_member m ON m.plan_id = p.id WHERE m.user_id = $3))
        ORDER BY d.created_at DESC, d.id LIMIT 200`,
      [wanted, admin, actor.id],
    );
    return rows.map(defectOf);
  }

  /** Products in use (those with a test plan), which anyone signed in may report a problem with, by name. */
  async problemReportProducts(): Promise<ProblemReportProduct[]> {
    return this.dataSource.query(
      `SELECT p.id, p.name, v.name AS "vendorName" FROM product p JOIN vendor v ON v.id = p.vendor_id
        WHERE p.archived_at IS NULL AND EXISTS (SELECT 1 FROM test_plan t WHERE t.product_id = p.id)
        ORDER BY lower(p.name), p.id`,
    );
  }

  // ---- writing ---------------------------------------------------------------------------

  /**
   * A staff problem report: anyone signed in reports a problem with a product in use (one with a
   * test plan); it becomes the product's defect in triage, for its managers to accept or set aside,
   * and its reporter follows it in "My reports". What happened is the description (its first line
   * the title), where is the component.
   */
  async reportProblem(actor: RequestActor, input: ReportProblemInput): Promise<Defect> {
    const inUse: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM product p WHERE p.id = $1 AND p.archived_at IS NULL
          AND EXISTS (SELECT 1 FROM test_plan t WHERE t.product_id = p.id)`,
      [input.productId],
    );
    if (inUse.length === 0) {
      throw badInput('Choose a product in use.', [{ field: 'productId', problems: ['Not a product in use.'] }]);
    }
    const whatHappened = input.whatHappened.trim();
    const where = input.where.trim();
    if (!whatHappened)
      throw badInput('Say what happened.', [{ field: 'whatHappened', problems: ['This is required.'] }]);
    if (!where) throw badInput('Say where it happened.', [{ field: 'where', problems: ['This is required.'] }]);
    return this.create(
      actor,
      {
        productId: input.productId,
        productVersionId: input.productVersionId,
        title: problemTitle(whatHappened),
        description: whatHappened,
        component: where,
        severity: input.severity,
      },
      true,
    );
  }

  /**
   * Reports a defect. From a failed result, the defect belongs to the result's evaluation (or
   * product), is found on its run's candidate and version, is prefilled from the case and the
   * result, and is linked to the result. A lead's or tester's report starts open; anyone else's
   * starts in triage.
   */
  async create(actor: RequestActor, input: CreateDefectInput, staffReport = false): Promise<Defect> {
    const source = input.fromResultId ? await this.resultSource(input.fromResultId) : null;
    const scope = this.scopeOf(input, source);
    const hiddenAs = source ? 'The test result' : scope.evaluationId ? 'The evaluation' : 'The product';
    // A staff problem report (reportProblem) needs only a product in use, checked by its caller.
    if (!staffReport) await this.defectAccess.require(actor, scope, 'report', hiddenAs);
    if (source && source.status !== 'failed') {
      throw badInput('A defect is raised from a failed result; link other results to a defect instead.', [
        { field: 'fromResultId', problems: ['The result has not failed.'] },
      ]);
    }
    const works = !staffReport && (await this.defectAccess.works(actor, scope));
    return this.dataSource.transaction(async (manager) => {
      await this.defectAccess.lockForWrite(manager, scope);
      let candidateId: string | null = null;
      let productVersionId: string | null = null;
      let foundOn = '';
      if (source) {
        candidateId = source.candidate_id;
        productVersionId = source.product_version_id;
        foundOn = versionText(source.version_name, source.build_label);
      } else if (scope.evaluationId) {
        if (!input.candidateId) {
          throw badInput('Choose the candidate the defect was found on.', [
            { field: 'candidateId', problems: ['Choose a candidate.'] },
          ]);
        }
        const candidate = await this.candidate(manager, scope.evaluationId, input.candidateId);
        candidateId = candidate.id;
        productVersionId = candidate.product_version_id;
        foundOn = candidate.version_name;
      } else if (scope.productId && input.productVersionId) {
        foundOn = await this.productVersion(manager, scope.productId, input.productVersionId);
        productVersionId = input.productVersionId;
      }
      const title = (input.title ?? source?.title ?? '').trim();
      if (!title) throw badInput('Enter a title.', [{ field: 'title', problems: ['Enter a title.'] }]);
      const severity = input.severity ?? (source ? severityOfPriority(source.priority) : undefined);
      if (!severity) {
        throw badInput('Choose a severity: critical, major, minor or trivial.', [
          { field: 'severity', problems: ['Choose a severity.'] },
        ]);
      }
      const description =
        input.description?.trim() ??
        (source
          ? failedResultDescription({
              caseKey: source.case_key,
              caseTitle: source.title,
              preconditions: source.preconditions,
              steps: source.steps,
              stepResults: source.step_results,
              actualResult: source.actual_result,
              failureMessage: source.failure_message,
              ranOn: [`${source.product_name} ${foundOn}`, source.environment].filter(Boolean).join(', '),
            })
          : '');
      const [{ next }]: { next: number }[] = await manager.query(
        `SELECT coalesce(max(number), 0) + 1 AS next FROM defect WHERE ${scope.evaluationId ? 'evaluation_id' : 'product_id'} = $1`,
        [scope.evaluationId ?? scope.productId],
      );
      const saved = await this.edit.create(
        manager,
        actor,
        DEFECT,
        {
          evaluationId: scope.evaluationId,
          productId: scope.productId,
          candidateId,
          productVersionId,
          number: next,
          key: `D-${next}`,
          title,
          description,
          severity,
          component: input.component?.trim() ?? '',
          foundInVersion: input.foundInVersion?.trim() || foundOn,
          vendorTicketRef: input.vendorTicketRef?.trim() ?? '',
          status: works ? 'open' : 'triage',
          reporterId: actor.id,
        },
        (row) => ({
          key: row.key,
          title: row.title,
          severity: row.severity,
          status: row.status,
          candidateId: row.candidateId,
          foundInVersion: row.foundInVersion,
          ...(source ? { resultId: source.id } : {}),
        }),
        { evaluationId: scope.evaluationId },
      );
      if (source) {
        await manager.query('INSERT INTO defect_result (defect_id, result_id, linked_by) VALUES ($1, $2, $3)', [
          saved.id,
          source.id,
          actor.id,
        ]);
      }
      return this.load(manager, saved.id);
    });
  }

  async update(actor: RequestActor, input: UpdateDefectInput): Promise<Defect> {
    const defect = await this.defectAccess.defect(actor, input.id, 'work');
    return this.dataSource.transaction(async (manager) => {
      await this.defectAccess.lockForWrite(manager, defect);
      const row = await this.edit.lockVersion(manager, DEFECT, input.id, input.version);
      let productVersionId: string | undefined;
      if (input.candidateId && input.candidateId !== row.candidateId) {
        if (!row.evaluationId) {
          throw badInput('A product’s defect has no candidate.', [
            { field: 'candidateId', problems: ['Not a defect of an evaluation.'] },
          ]);
        }
        productVersionId = (await this.candidate(manager, row.evaluationId, input.candidateId)).product_version_id;
      }
      const saved = await this.edit.update(
        manager,
        actor,
        DEFECT,
        row,
        {
          title: input.title?.trim(),
          description: input.description?.trim(),
          severity: input.severity,
          component: input.component?.trim(),
          foundInVersion: input.foundInVersion?.trim(),
          vendorTicketRef: input.vendorTicketRef?.trim(),
          resolutionNotes: input.resolutionNotes?.trim(),
          candidateId: input.candidateId,
          productVersionId,
        },
        EDIT_FIELDS,
        {
          evaluationId: row.evaluationId,
          check: (next) => {
            if (!next.title) throw badInput('Enter a title.', [{ field: 'title', problems: ['Enter a title.'] }]);
          },
        },
      );
      return this.load(manager, saved.id);
    });
  }

  /** Moves the defect to another status by the rules of `defectTransition` (libs/domain). */
  async changeStatus(actor: RequestActor, input: ChangeDefectStatusInput): Promise<Defect> {
    const defect = await this.defectAccess.defect(actor, input.id, 'work');
    return this.dataSource.transaction(async (manager) => {
      await this.defectAccess.lockForWrite(manager, defect);
      const row = await this.edit.lockVersion(manager, DEFECT, input.id, input.version);
      let duplicateOf: { id: string; sameScope: boolean } | null = null;
      if (input.duplicateOfId) {
        const other = await manager.getRepository(DefectEntity).findOneBy({ id: input.duplicateOfId });
        // Another scope's defect reads as one that does not exist: the message tells nothing about it.
        duplicateOf = {
          id: input.duplicateOfId,
          sameScope:
            !!other && (row.evaluationId ? other.evaluationId === row.evaluationId : other.productId === row.productId),
        };
      }
      const transition = defectTransition({
        from: row.status,
        to: input.status,
        reason: input.reason,
        duplicateOf,
        defectId: row.id,
        fixedInVersion: input.fixedInVersion,
        now: new Date(),
      });
      if (!transition.ok) {
        const field = transition.field ?? 'status';
        throw badInput(transition.message, [{ field, problems: [transition.message] }]);
      }
      const saved = await this.edit.update(
        manager,
        actor,
        DEFECT,
        row,
        { ...transition.changes, resolutionNotes: input.resolutionNotes?.trim() },
        STATUS_FIELDS,
        { action: 'status_set', evaluationId: row.evaluationId },
      );
      await this.notifyStatus(manager, actor, saved);
      return this.load(manager, saved.id);
    });
  }

  /**
   * Who hears of a status change: a defect of an evaluation marked fixed is a retest due for its
   * testers; a staff problem report resolved (fixed, closed, won't fix, duplicate) tells its reporter.
   */
  private async notifyStatus(manager: EntityManager, actor: RequestActor, defect: DefectEntity): Promise<void> {
    const subject = `${defect.key} ${defect.title}`;
    if (defect.status === 'fixed' && defect.evaluationId) {
      await this.notifier.notify(manager, {
        recipients: { roles: [EvaluationRole.Tester] },
        kind: 'follow_up_due',
        actorId: actor.id,
        evaluationId: defect.evaluationId,
        objectId: defect.id,
        subject,
      });
    }
    if (PROBLEM_REPORT_RESOLUTIONS.includes(defect.status) && !defect.evaluationId && defect.reporterId) {
      await this.notifier.notify(manager, {
        recipients: [defect.reporterId],
        kind: 'problem_report_resolved',
        actorId: actor.id,
        evaluationId: null,
        objectId: defect.id,
        subject,
        detail: DEFECT_STATUS_LABELS[defect.status],
      });
    }
  }

  /** Links a result of the same evaluation (or product), run on the defect's candidate, to the defect. */
  async link(actor: RequestActor, input: DefectResultInput): Promise<Defect> {
    const defect = await this.defectAccess.defect(actor, input.defectId, 'work');
    const source = await this.resultSource(input.resultId);
    const sameScope =
      !!source &&
      (defect.evaluationId ? source.evaluation_id === defect.evaluationId : source.product_id === defect.productId);
    if (!source || !sameScope) throw notFound('The test result');
    if (defect.candidateId && source.candidate_id && source.candidate_id !== defect.candidateId) {
      throw badInput('The result was run on another candidate than the defect was found on.', [
        { field: 'resultId', problems: ['Another candidate’s result.'] },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.defectAccess.lockForWrite(manager, defect);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO defect_result (defect_id, result_id, linked_by) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING defect_id`,
        [defect.id, source.id, actor.id],
      );
      if (inserted.length > 0) {
        await this.audit.record(manager, {
          actorId: actor.id,
          objectType: 'defect',
          objectId: defect.id,
          action: 'result_linked',
          evaluationId: defect.evaluationId,
          after: { resultId: source.id },
        });
      }
      return this.load(manager, defect.id);
    });
  }

  async unlink(actor: RequestActor, input: DefectResultInput): Promise<Defect> {
    const defect = await this.defectAccess.defect(actor, input.defectId, 'work');
    return this.dataSource.transaction(async (manager) => {
      await this.defectAccess.lockForWrite(manager, defect);
      const deleted: unknown[] = await manager.query(
        'DELETE FROM defect_result WHERE defect_id = $1 AND result_id = $2 RETURNING result_id',
        [defect.id, input.resultId],
      );
      if (deleted.length === 0) throw notFound('The linked test result');
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'defect',
        objectId: defect.id,
        action: 'result_unlinked',
        evaluationId: defect.evaluationId,
        before: { resultId: input.resultId },
      });
      return this.load(manager, defect.id);
    });
  }

  // ---- rules -----------------------------------------------------------------------------

  /** The scope the new defect belongs to: the result's, or the one given (exactly one of evaluation and product). */
  private scopeOf(input: CreateDefectInput, source: ResultSource | null): DefectScope {
    if (source) {
      if (
        (input.evaluationId && input.evaluationId !== source.evaluation_id) ||
        (input.productId && input.productId !== source.product_id)
      ) {
        throw badInput('The result belongs to another evaluation or product.', [
          { field: 'fromResultId', problems: ['Not a result of this evaluation or product.'] },
        ]);
      }
      return { evaluationId: source.evaluation_id, productId: source.product_id };
    }
    if (!!input.evaluationId === !!input.productId) {
      throw badInput(
        'A defect belongs to an evaluation or to a product in use: give one of them, or a failed result.',
        [{ field: 'evaluationId', problems: ['Give an evaluation or a product, not both.'] }],
      );
    }
    return { evaluationId: input.evaluationId ?? null, productId: input.productId ?? null };
  }

  /** The result as a defect reads it; NOT_FOUND when it does not exist. */
  private async resultSource(resultId: string): Promise<ResultSource> {
    const [source]: ResultSource[] = await this.dataSource.query(RESULT_SOURCE, [resultId]);
    if (!source) throw notFound('The test result');
    return source;
  }

  private async candidate(
    manager: EntityManager,
    evaluationId: string,
    candidateId: string,
  ): Promise<{ id: string; product_version_id: string; version_name: string }> {
    const [candidate]: { id: string; product_version_id: string; version_name: string }[] = await manager.query(
      `SELECT c.id, c.product_version_id, v.name AS version_name FROM candidate c
         JOIN product_version v ON v.id = c.product_version_id WHERE c.id = $1 AND c.evaluation_id = $2`,
      [candidateId, evaluationId],
    );
    if (!candidate) {
      throw badInput('Choose a candidate of the evaluation.', [
        { field: 'candidateId', problems: ['Not a candidate of this evaluation.'] },
      ]);
    }
    return candidate;
  }

  private async productVersion(manager: EntityManager, productId: string, versionId: string): Promise<string> {
    const [version]: { name: string }[] = await manager.query(
      'SELECT name FROM product_version WHERE id = $1 AND product_id = $2',
      [versionId, productId],
    );
    if (!version) {
      throw badInput('Choose a version of the product.', [
        { field: 'productVersionId', problems: ['Not a version of this product.'] },
      ]);
    }
    return version.name;
  }

  private async load(manager: EntityManager, id: string): Promise<Defect> {
    const [row]: DefectRow[] = await manager.query(`${DEFECT_SELECT} WHERE d.id = $1`, [id]);
    if (!row) throw notFound('The defect');
    return defectOf(row);
  }
}
