import { badInput, RequestActor } from '@assay/api/core';
import { DefectSeverityValue, DefectStatusValue } from '@assay/api/data';
import { defectWeeks, DefectHistory, isDefectOpen, timeToResolution } from '@assay/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DefectAccess } from '../defects/defect-access.service';
import { DefectSeverityCounts, DefectTrends } from './trends.types';

/** Weeks listed at most: two years. */
const MAX_WEEKS = 104;

/**
 * Defect and pass-rate trends of an evaluation or a product in use, from the defects' status
 * changes as the audit trail records them and the runs' results; three queries whatever the size.
 * Everyone who may read the defects may read their trends.
 */
@Injectable()
export class TrendsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly defectAccess: DefectAccess,
  ) {}

  async trends(
    actor: RequestActor,
    scope: { evaluationId?: string | null; productId?: string | null },
  ): Promise<DefectTrends> {
    const evaluationId = scope.evaluationId ?? null;
    const productId = scope.productId ?? null;
    if (!evaluationId === !productId) throw badInput('Name an evaluation or a product in use, not both.');
    await this.defectAccess.require(
      actor,
      { evaluationId, productId },
      'read',
      evaluationId ? 'The evaluation' : 'The product',
    );
    const column = evaluationId ? 'evaluation_id' : 'product_id';
    const id = evaluationId ?? productId;

    const defects: {
      id: string;
      severity: DefectSeverityValue;
      component: string;
      status: DefectStatusValue;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT id, severity, component, status, created_at FROM defect WHERE ${column} = $1 ORDER BY created_at`,
      [id],
    );
    const changes: { object_id: string; occurred_at: Date; status: DefectStatusValue }[] = defects.length
      ? await this.dataSource.query(
          `SELECT e.object_id, e.occurred_at, e.after->>'status' AS status
             FROM audit_event e JOIN defect d ON d.id = e.object_id AND d.${column} = $1
            WHERE e.object_type = 'defect' AND e.after->>'status' IS NOT NULL
            ORDER BY e.occurred_at, e.id`,
          [id],
        )
      : [];
    const changesOf = new Map<string, { at: Date; to: DefectStatusValue }[]>();
    for (const change of changes) {
      changesOf.set(change.object_id, [
        ...(changesOf.get(change.object_id) ?? []),
        { at: change.occurred_at, to: change.status },
      ]);
    }
    const histories: DefectHistory[] = defects.map((d) => ({
      id: d.id,
      severity: d.severity,
      createdAt: d.created_at,
      changes: changesOf.get(d.id) ?? [],
    }));
    // Up to now, or to the last change where the history runs ahead of the clock.
    const last = Math.max(
      Date.now(),
      ...histories.flatMap((h) => [new Date(h.createdAt).getTime(), ...h.changes.map((c) => new Date(c.at).getTime())]),
    );
    const weeks = defectWeeks(histories, new Date(last)).slice(-MAX_WEEKS);

    const openBySeverity: DefectSeverityCounts = { critical: 0, major: 0, minor: 0, trivial: 0 };
    const components = new Map<string, { open: number; total: number }>();
    for (const d of defects) {
      const open = isDefectOpen(d.status);
      if (open) openBySeverity[d.severity] += 1;
      const count = components.get(d.component) ?? { open: 0, total: 0 };
      count.total += 1;
      if (open) count.open += 1;
      components.set(d.component, count);
    }

    const runs: {
      id: string;
      plan_name: string;
      product: string;
      version: string;
      build_label: string;
      environment: string;
      created_at: Date;
      passed: number;
      failed: number;
      total: number;
    }[] = await this.dataSource.query(
      `SELECT t.id, pl.name AS plan_name, p.name AS product, pv.name AS version, t.build_label, t.environment, t.created_at,
              count(r.id) FILTER (WHERE r.status = 'passed')::int AS passed,
              count(r.id) FILTER (WHERE r.status = 'failed')::int AS failed,
              count(r.id)::int AS total
         FROM test_run t
         JOIN test_plan pl ON pl.id = t.plan_id AND pl.${column} = $1
         JOIN product_version pv ON pv.id = t.product_version_id
         JOIN product p ON p.id = pv.product_id
         LEFT JOIN test_result r ON r.run_id = t.id
        GROUP BY t.id, pl.name, p.name, pv.name
        ORDER BY t.created_at, t.id`,
      [id],
    );

    return {
      total: defects.length,
      openBySeverity,
      weeks: weeks.map((week) => ({ ...week, openAtEnd: { ...week.openAtEnd } })),
      components: [...components]
        .map(([component, count]) => ({ component, ...count }))
        .sort((a, b) => b.total - a.total || b.open - a.open || a.component.localeCompare(b.component)),
      resolution: timeToResolution(histories),
      passRates: runs.map((run) => ({
        runId: run.id,
        label: [`${run.product} ${run.version}`, run.build_label, run.environment].filter(Boolean).join(' · '),
        planName: run.plan_name,
        createdAt: run.created_at,
        passed: run.passed,
        failed: run.failed,
        total: run.total,
        percent: run.passed + run.failed > 0 ? (100 * run.passed) / (run.passed + run.failed) : null,
      })),
    };
  }
}
