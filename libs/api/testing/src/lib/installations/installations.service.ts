import {
  AccessPolicy,
  AuditService,
  badInput,
  EditTarget,
  HistoryEntry,
  HistoryReader,
  notFound,
  RequestActor,
  VersionedEdit,
} from '@assay/api/core';
import { InstallationEntity, InstallationKindValue } from '@assay/api/data';
import { installedOnProblems } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TestPerson } from '../plans/plans.types';
import { loadRuns } from '../runs/run-rows';
import { InstallationRef, RecordInstallationInput, UpdateInstallationInput } from './installations.inputs';
import { Installation } from './installations.types';

const INSTALLATION: EditTarget<InstallationEntity> = {
  entity: InstallationEntity,
  objectType: 'installation',
  missing: 'The installation',
  describe: (row) => `The installation of ${row.installedOn}`,
  refused: 'The installation breaks a rule of the record: check the kind and the notes.',
};
const FIELDS = ['productVersionId', 'kind', 'installedOn', 'appliedById', 'acceptingRunId', 'notes'] as const;
const NOT_FOUND = 'The product';

interface InstallationRow {
  id: string;
  product_id: string;
  product_version_id: string;
  version_name: string;
  kind: InstallationKindValue;
  installed_on: string;
  applied_by_id: string | null;
  applied_by_name: string | null;
  accepting_run_id: string | null;
  plan_name: string | null;
  notes: string;
  is_demo: boolean;
  created_by: string | null;
  created_by_name: string | null;
  updated_by: string | null;
  updated_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const person = (id: string | null, name: string | null): TestPerson | null =>
  id && name ? { id, displayName: name } : null;

/**
 * The installation record of products in use: read, recorded, changed and removed by the people
 * who work on the product (administrators and the people named on one of its plans; to anyone
 * else the product is not found). Every change is audited.
 */
@Injectable()
export class InstallationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly edit: VersionedEdit,
    private readonly historyReader: HistoryReader,
  ) {}

  // ---- reading ---------------------------------------------------------------------------

  /** The product's installations, newest first (by the day installed, then by when recorded). */
  async forProduct(actor: RequestActor, productId: string): Promise<Installation[]> {
    await this.requireProduct(actor, productId);
    return this.load(this.dataSource.manager, 'i.product_id = $1', [productId]);
  }

  /** The installations each run accepted, for runs the actor has read (through their plan). */
  async byRuns(actor: RequestActor, runIds: readonly string[]): Promise<Map<string, Installation[]>> {
    const rows = await this.load(this.dataSource.manager, 'i.accepting_run_id = ANY($1::uuid[])', [[...runIds]]);
    const map = new Map<string, Installation[]>();
    for (const row of rows) {
      if (!(await this.access.worksOnProduct(actor, row.productId))) continue;
      const runId = row.acceptingRun?.id;
      if (!runId) continue;
      map.set(runId, [...(map.get(runId) ?? []), row]);
    }
    return map;
  }

  async history(actor: RequestActor, installation: Installation): Promise<HistoryEntry[]> {
    await this.requireProduct(actor, installation.productId);
    return this.historyReader.history('installation', installation.id);
  }

  // ---- writing ---------------------------------------------------------------------------

  async record(actor: RequestActor, input: RecordInstallationInput): Promise<Installation> {
    await this.requireProduct(actor, input.productId);
    return this.dataSource.transaction(async (manager) => {
      const values = {
        productId: input.productId,
        productVersionId: input.productVersionId,
        kind: input.kind,
        installedOn: input.installedOn.trim(),
        appliedById: input.appliedById ?? actor.id,
        acceptingRunId: input.acceptingRunId ?? null,
        notes: input.notes?.trim() ?? '',
        createdBy: actor.id,
        updatedBy: actor.id,
      };
      await this.check(manager, values);
      const saved = await this.edit.create(manager, actor, INSTALLATION, values, (row) => ({
        productId: row.productId,
        productVersionId: row.productVersionId,
        kind: row.kind,
        installedOn: row.installedOn,
        appliedById: row.appliedById,
        acceptingRunId: row.acceptingRunId,
        notes: row.notes,
      }));
      return this.one(manager, saved.id);
    });
  }

  async update(actor: RequestActor, input: UpdateInstallationInput): Promise<Installation> {
    await this.requireInstallation(actor, input.id);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.edit.lockVersion(manager, INSTALLATION, input.id, input.version);
      const changes: Partial<InstallationEntity> = {
        productVersionId: input.productVersionId,
        kind: input.kind,
        installedOn: input.installedOn?.trim(),
        appliedById: input.appliedById,
        acceptingRunId: input.acceptingRunId,
        notes: input.notes?.trim(),
      };
      const saved = await this.edit.update(manager, actor, INSTALLATION, row, changes, FIELDS, {
        check: async (next, before) => {
          // A date already on record stays valid; only a new date must not lie in the future.
          await this.check(manager, next, next.installedOn !== before.installedOn);
          next.updatedBy = actor.id;
        },
      });
      return this.one(manager, saved.id);
    });
  }

  async remove(actor: RequestActor, input: InstallationRef): Promise<boolean> {
    await this.requireInstallation(actor, input.id);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.edit.lockVersion(manager, INSTALLATION, input.id, input.version);
      await manager.getRepository(InstallationEntity).delete({ id: row.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'installation',
        objectId: row.id,
        action: 'deleted',
        before: {
          productId: row.productId,
          productVersionId: row.productVersionId,
          kind: row.kind,
          installedOn: row.installedOn,
          appliedById: row.appliedById,
          acceptingRunId: row.acceptingRunId,
          notes: row.notes,
        },
      });
      return true;
    });
  }

  // ---- rules -----------------------------------------------------------------------------

  /** The product exists and the actor works on it; NOT_FOUND otherwise, as for a product that does not exist. */
  private async requireProduct(actor: RequestActor, productId: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM product WHERE id = $1', [productId]);
    if (rows.length === 0 || !(await this.access.worksOnProduct(actor, productId))) throw notFound(NOT_FOUND);
  }

  private async requireInstallation(actor: RequestActor, id: string): Promise<void> {
    const row = await this.dataSource.getRepository(InstallationEntity).findOneBy({ id });
    if (!row || !(await this.access.worksOnProduct(actor, row.productId))) throw notFound('The installation');
  }

  /**
   * The installation as it will be saved: a version of its product, a real date that is not in the
   * future, applied by an active person, accepted (if at all) by a run of one of the product's plans
   * on the version installed.
   */
  private async check(
    manager: EntityManager,
    row: Pick<
      InstallationEntity,
      'productId' | 'productVersionId' | 'installedOn' | 'appliedById' | 'acceptingRunId' | 'notes'
    >,
    dateChanged = true,
  ): Promise<void> {
    const problems: { field: string; problems: string[] }[] = [];
    const version: unknown[] = await manager.query('SELECT 1 FROM product_version WHERE id = $1 AND product_id = $2', [
      row.productVersionId,
      row.productId,
    ]);
    if (version.length === 0) {
      problems.push({
        field: 'productVersionId',
        problems: ['Not a version of this product: choose one of its versions.'],
      });
    }
    const dateProblems = dateChanged ? installedOnProblems(row.installedOn, new Date()) : [];
    if (dateProblems.length > 0) problems.push({ field: 'installedOn', problems: dateProblems });
    if (row.appliedById) {
      const applied: unknown[] = await manager.query('SELECT 1 FROM app_user WHERE id = $1 AND active', [
        row.appliedById,
      ]);
      if (applied.length === 0) {
        problems.push({ field: 'appliedById', problems: ['Choose an active person of the organisation.'] });
      }
    }
    if (row.acceptingRunId) {
      const runs: { product_id: string | null; product_version_id: string }[] = await manager.query(
        `SELECT p.product_id, t.product_version_id FROM test_run t JOIN test_plan p ON p.id = t.plan_id WHERE t.id = $1`,
        [row.acceptingRunId],
      );
      const run = runs[0];
      if (!run || run.product_id !== row.productId) {
        problems.push({
          field: 'acceptingRunId',
          problems: ['Not a run of this product’s plans: choose a run of one of its plans.'],
        });
      } else if (run.product_version_id !== row.productVersionId) {
        problems.push({
          field: 'acceptingRunId',
          problems: ['The run tested another version: choose a run on the version installed.'],
        });
      }
    }
    if (problems.length > 0) {
      throw badInput(problems.map((problem) => problem.problems.join(' ')).join(' '), problems);
    }
  }

  private async one(manager: EntityManager, id: string): Promise<Installation> {
    const [row] = await this.load(manager, 'i.id = $1', [id]);
    if (!row) throw notFound('The installation');
    return row;
  }

  /** Installations with their version, people and accepting run (with its counts), in four queries however many. */
  private async load(manager: EntityManager, where: string, params: unknown[]): Promise<Installation[]> {
    const rows: InstallationRow[] = await manager.query(
      `SELECT i.id, i.product_id, i.product_version_id, pv.name AS version_name, i.kind,
              to_char(i.installed_on, 'YYYY-MM-DD') AS installed_on,
              i.applied_by_id, ab.display_name AS applied_by_name, i.accepting_run_id, tp.name AS plan_name,
              i.notes, i.is_demo, i.created_by, cb.display_name AS created_by_name,
              i.updated_by, ub.display_name AS updated_by_name, i.created_at, i.updated_at, i.version
         FROM installations i
         JOIN product_version pv ON pv.id = i.product_version_id
         LEFT JOIN app_user ab ON ab.id = i.applied_by_id
         LEFT JOIN app_user cb ON cb.id = i.created_by
         LEFT JOIN app_user ub ON ub.id = i.updated_by
         LEFT JOIN test_run tr ON tr.id = i.accepting_run_id
         LEFT JOIN test_plan tp ON tp.id = tr.plan_id
        WHERE ${where}
        ORDER BY i.installed_on DESC, i.created_at DESC, i.id`,
      params,
    );
    const runIds = [...new Set(rows.flatMap((row) => (row.accepting_run_id ? [row.accepting_run_id] : [])))];
    const runs = runIds.length > 0 ? await loadRuns(manager, 't.id = ANY($1::uuid[])', [runIds]) : [];
    const runById = new Map(runs.map((run) => [run.id, run]));
    return rows.map((row) =>
      Object.assign(new Installation(), {
        id: row.id,
        productId: row.product_id,
        productVersionId: row.product_version_id,
        productVersionName: row.version_name,
        kind: row.kind,
        installedOn: row.installed_on,
        appliedBy: person(row.applied_by_id, row.applied_by_name),
        acceptingRun: (row.accepting_run_id && runById.get(row.accepting_run_id)) || null,
        acceptingPlanName: row.plan_name,
        notes: row.notes,
        isDemo: row.is_demo,
        createdBy: person(row.created_by, row.created_by_name),
        updatedBy: person(row.updated_by, row.updated_by_name),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        version: row.version,
      }),
    );
  }
}
