import { AuditService } from '@assay/api/core';
import { SettingEntity } from '@assay/api/data';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

const SEEDED_MARKER = 'demo_feedback_seeded';
const DAY = 86_400_000;

export const DEMO_SURVEY_TITLE = 'Evergreen after go-live';

const QUESTIONS: { kind: 'rating' | 'text'; text: string; base: number }[] = [
  { kind: 'rating', text: 'Checking items in and out is fast', base: 4 },
  { kind: 'rating', text: 'Finding a patron’s record', base: 3 },
  { kind: 'rating', text: 'Reports', base: 2 },
  { kind: 'rating', text: 'Overall satisfaction', base: 3 },
  { kind: 'text', text: 'What should we change first?', base: 0 },
];

/**
 * How many synthetic responses each department gives in each wave, and the member library of
 * each in turn. Serials stays under five in both waves (its figures are hidden); Youth Services
 * has four in the open wave, so one more answer (the demo viewer's) shows its numbers.
 */
const WAVES: {
  label: string;
  opensDaysAgo: number;
  closesInDays: number;
  lift: number;
  departments: Record<string, number>;
}[] = [
  {
    label: '3 months',
    opensDaysAgo: 95,
    closesInDays: -74,
    lift: 0,
    departments: { CIRC: 12, CAT: 9, ACQ: 6, SER: 3, IT: 5, YTH: 5 },
  },
  {
    label: '6 months',
    opensDaysAgo: 4,
    closesInDays: 24,
    lift: 1,
    departments: { CIRC: 8, CAT: 6, ACQ: 3, SER: 1, IT: 3, YTH: 4 },
  },
];
const LIBRARY_TURNS = ['CEN', 'EAS', 'CEN', 'MIL', 'HAR', 'CEN', 'EAS'];

const COMMENTS = [
  'Checkout is much quicker than on the old system.',
  'The patron search needs a barcode field on the first screen.',
  'Overdue reports take too long to run at month end.',
  'Holds pull lists are clearer now.',
  'Please add saved report templates for branch statistics.',
  'Training on the reports module would help.',
  'Offline circulation worked well during the outage.',
  'Merging duplicate patron records is still hard.',
];
const CHANGES = [
  'Simpler report builder.',
  'Show the patron’s notes on the checkout screen.',
  'Faster search when the catalogue is busy.',
  'Better labels for the item status codes.',
  'Bulk renewals for school class accounts.',
];

/**
 * The feedback series of the demo: "Evergreen after go-live", created by the demo lead, anonymous
 * and open to every department, its 3-months wave closed with 40 synthetic responses and its
 * 6-months wave open now with 25, so a demo staff member can answer and the lead sees the results
 * by department (and Serials suppressed). The synthetic responses name nobody and carry no key.
 * Dates are relative to the first start, so the open wave is open whenever the demo is seeded.
 */
@Injectable()
export class FeedbackDemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(4242011)');
      if (await manager.existsBy(SettingEntity, { key: SEEDED_MARKER })) return false;
      const seeded = await this.seed(manager);
      if (!seeded) return false;
      await manager.insert(SettingEntity, { key: SEEDED_MARKER, value: new Date().toISOString() });
      this.logger.log(`Demo feedback survey "${DEMO_SURVEY_TITLE}" created`);
      return true;
    });
  }

  private async seed(manager: EntityManager): Promise<boolean> {
    const products: { id: string }[] = await manager.query(
      `SELECT id FROM product WHERE name = 'Evergreen' AND is_demo ORDER BY created_at LIMIT 1`,
    );
    const leads: { id: string }[] = await manager.query(
      `SELECT id FROM app_user WHERE email = 'lead@demo.assay.local'`,
    );
    const departments = new Map(
      ((await manager.query('SELECT id, code FROM department')) as { id: string; code: string }[]).map((row) => [
        row.code,
        row.id,
      ]),
    );
    const libraries = new Map(
      ((await manager.query('SELECT id, code FROM member_library')) as { id: string; code: string }[]).map((row) => [
        row.code,
        row.id,
      ]),
    );
    const product = products[0];
    const lead = leads[0];
    if (
      !product ||
      !lead ||
      !WAVES.every((wave) => Object.keys(wave.departments).every((code) => departments.has(code)))
    ) {
      this.logger.warn('Demo feedback survey skipped: Evergreen, the demo lead or the demo departments are missing');
      return false;
    }
    const now = Date.now();
    let seriesId: string | null = null;
    let random = 20_260_301;
    const next = () => {
      // A small linear congruential generator: the same demo on every start.
      random = (random * 1_103_515_245 + 12_345) % 2_147_483_648;
      return random / 2_147_483_648;
    };
    for (const wave of WAVES) {
      const opensAt = new Date(now - wave.opensDaysAgo * DAY);
      const closesAt = new Date(now + wave.closesInDays * DAY);
      const [survey]: { id: string }[] = await manager.query(
        `INSERT INTO feedback_survey (title, description, anonymous, product_id, opens_at, closes_at, series_id,
                                      wave_label, is_demo, created_by, updated_by, created_at, updated_at)
         VALUES ($1, $2, true, $3, $4, $5, coalesce($6, gen_random_uuid()), $7, true, $8, $8, $9, $9) RETURNING id`,
        [
          DEMO_SURVEY_TITLE,
          'Example survey: how the consortium’s staff find Evergreen after the go-live, asked again every few months.',
          product.id,
          opensAt,
          closesAt,
          seriesId,
          wave.label,
          lead.id,
          new Date(opensAt.getTime() - 2 * DAY),
        ],
      );
      if (!seriesId) {
        seriesId = survey.id;
        await manager.query('UPDATE feedback_survey SET series_id = id WHERE id = $1', [survey.id]);
      }
      const questionIds: string[] = [];
      for (const [index, question] of QUESTIONS.entries()) {
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO feedback_question (survey_id, position, kind, text) VALUES ($1, $2, $3, $4) RETURNING id`,
          [survey.id, index + 1, question.kind, question.text],
        );
        questionIds.push(row.id);
      }
      for (const id of departments.values()) {
        await manager.query('INSERT INTO feedback_survey_department (survey_id, department_id) VALUES ($1, $2)', [
          survey.id,
          id,
        ]);
      }
      let turn = 0;
      for (const [code, count] of Object.entries(wave.departments)) {
        for (let i = 0; i < count; i++) {
          const library = libraries.get(LIBRARY_TURNS[turn++ % LIBRARY_TURNS.length]) ?? null;
          const [response]: { id: string }[] = await manager.query(
            `INSERT INTO feedback_response (survey_id, department_id, member_library_id) VALUES ($1, $2, $3) RETURNING id`,
            [survey.id, departments.get(code), library],
          );
          for (const [index, question] of QUESTIONS.entries()) {
            const roll = next();
            if (question.kind === 'text') {
              if (roll < 0.4)
                await this.answer(
                  manager,
                  survey.id,
                  response.id,
                  questionIds[index],
                  null,
                  CHANGES[Math.floor(next() * CHANGES.length)],
                );
              continue;
            }
            const rating = Math.min(5, Math.max(1, Math.round(question.base + wave.lift * 0.6 + (roll - 0.5) * 3)));
            const comment = next() < 0.2 ? COMMENTS[Math.floor(next() * COMMENTS.length)] : null;
            await this.answer(manager, survey.id, response.id, questionIds[index], rating, comment);
          }
        }
      }
      await this.audit.record(manager, {
        actorId: lead.id,
        objectType: 'feedback_survey',
        objectId: survey.id,
        action: 'created_as_demo',
        after: { title: DEMO_SURVEY_TITLE, waveLabel: wave.label, anonymous: true },
        occurredAt: new Date(opensAt.getTime() - 2 * DAY),
      });
    }
    return true;
  }

  private async answer(
    manager: EntityManager,
    surveyId: string,
    responseId: string,
    questionId: string,
    rating: number | null,
    comment: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO feedback_answer (response_id, question_id, survey_id, rating, comment) VALUES ($1, $2, $3, $4, $5)`,
      [responseId, questionId, surveyId, rating, comment],
    );
  }
}
