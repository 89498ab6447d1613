import { RequestActor, RequestScope } from '@assay/api/core';
import { ServiceTestBed } from '@assay/api/core/testing';
import { EvaluationRole } from '@assay/domain';
import { DataSource, Logger } from 'typeorm';
import { AcceptanceModule } from '../acceptance.module';
import { DefectsService } from './defects.service';

describe('DefectsService', () => {
  let bed: ServiceTestBed;
  let sut: DefectsService;
  let lead: RequestActor;
  let viewer: RequestActor;

  /** Counts the statements sent to the database while `work` runs. */
  async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
    const dataSource = bed.get(DataSource);
    const logger = dataSource.logger;
    let queries = 0;
    const counting: Logger = {
      logQuery: () => void queries++,
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    Object.assign(dataSource, { logger: counting });
    try {
      const result = await work();
      return { result, queries };
    } finally {
      Object.assign(dataSource, { logger });
    }
  }

  beforeAll(async () => {
    bed = await ServiceTestBed.open([AcceptanceModule]);
    sut = bed.get(DefectsService);
    lead = await bed.user({ name: 'Lia Lead' });
    viewer = await bed.user({ name: 'Vic Viewer' });
  }, 120_000);
  afterAll(() => bed?.close());

  it('answers myAccess for a page of 50 defects with a constant number of queries', async () => {
    const evaluationId = await bed.evaluation(lead, { status: 'testing' });
    await bed.member(evaluationId, viewer, EvaluationRole.Viewer);
    const candidateId = await bed.candidate(evaluationId, 'Koha');
    for (let index = 1; index <= 50; index++) {
      await sut.create(lead, { evaluationId, candidateId, title: `Defect ${index}`, severity: 'minor' });
    }
    const accessOfPage = (actor: RequestActor) =>
      countQueries(() =>
        RequestScope.run(async () => {
          const page = await sut.forEvaluation(actor, evaluationId, {}, { limit: 50, offset: 0 });
          return Promise.all(page.items.map((defect) => sut.myAccess(actor, defect)));
        }),
      );

    const forLead = await accessOfPage(lead);
    expect(forLead.result).toHaveLength(50);
    expect(forLead.result[0]).toEqual({
      canEdit: true,
      canChangeStatus: true,
      nextStatuses: ['in_progress', 'fixed', 'wont_fix', 'duplicate'],
    });
    // Memberships, the page's count and rows, the evaluation's status: not one per defect.
    expect(forLead.queries).toBeGreaterThan(0);
    expect(forLead.queries).toBeLessThanOrEqual(5);

    const forViewer = await accessOfPage(viewer);
    expect(forViewer.result.every((access) => !access.canEdit && access.nextStatuses.length === 0)).toBe(true);
    expect(forViewer.queries).toBeLessThanOrEqual(5);
  });

  it('tells an outsider the defect was not found when asked for its access', async () => {
    const evaluationId = await bed.evaluation(lead, { status: 'testing' });
    const candidateId = await bed.candidate(evaluationId, 'Koha');
    const defect = await sut.create(lead, { evaluationId, candidateId, title: 'Hidden', severity: 'minor' });
    const outsider = await bed.user({ name: 'Otto Outsider' });
    await expect(sut.myAccess(outsider, defect)).rejects.toMatchObject({ message: 'The defect was not found.' });
  });
});
