import { SettingEntity } from '@assay/api/data';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

const SECRET_SETTING = 'feedback_respondent_secret';

/**
 * The key that lets a person find their own response to an anonymous survey while it is open:
 * HMAC-SHA256 of survey and person under a server secret, so the stored value names nobody
 * without the secret. The secret is generated on first start and kept in the database (as the
 * session signing key is), so every process computes the same keys; it is never logged.
 * When a survey closes its keys are erased, and from then on no response can be tied to anyone.
 */
@Injectable()
export class RespondentKeys implements OnModuleInit {
  private secret: Buffer = randomBytes(48);

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const settings = this.dataSource.getRepository(SettingEntity);
    await settings
      .createQueryBuilder()
      .insert()
      .values({ key: SECRET_SETTING, value: randomBytes(48).toString('base64url') })
      .orIgnore()
      .execute();
    this.secret = Buffer.from((await settings.findOneByOrFail({ key: SECRET_SETTING })).value, 'utf8');
  }

  /** 64 hex characters. */
  keyOf(surveyId: string, userId: string): string {
    return createHmac('sha256', this.secret).update(`${surveyId.toLowerCase()}:${userId.toLowerCase()}`).digest('hex');
  }

  /** Erases the respondent keys of those of the surveys that have closed (by a manager or by date). */
  async eraseClosed(manager: EntityManager, surveyIds: string[]): Promise<void> {
    if (surveyIds.length === 0) return;
    await manager.query(
      `UPDATE feedback_response r SET respondent_key = NULL
         FROM feedback_survey s
        WHERE s.id = r.survey_id AND r.survey_id = ANY($1::uuid[]) AND r.respondent_key IS NOT NULL
          AND (s.closed_at IS NOT NULL OR s.closes_at <= now())`,
      [surveyIds],
    );
  }
}
