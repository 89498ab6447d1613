import { OrganisationEntity, UserEntity } from '@assay/api/data';
import { GlobalRole, normaliseEmail } from '@assay/domain';
import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { AppConfig } from '../config/app-config';

export const DEFAULT_ADMIN_EMAIL = 'admin@assay.local';

/**
 * Makes an empty database usable: the organisation and, when no administrator exists, one admin
 * account from ASSAY_ADMIN_EMAIL / ASSAY_ADMIN_PASSWORD, or with a generated password printed
 * once to the console (and to be changed at first sign-in).
 */
@Injectable()
export class FirstStartService {
  private readonly logger = new Logger('FirstStart');

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async run(
    organisationName = 'Library consortium',
    print: (text: string) => void = (text) => process.stdout.write(text),
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // One process at a time does first-start work, even with several API processes on one server.
      await manager.query('SELECT pg_advisory_xact_lock(4242001)');
      if ((await manager.count(OrganisationEntity)) === 0) {
        await manager.insert(OrganisationEntity, { name: organisationName });
      }
      if ((await manager.countBy(UserEntity, { globalRole: GlobalRole.Admin, active: true })) > 0) {
        return;
      }
      const email = normaliseEmail(this.config.ASSAY_ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL);
      const generated = this.config.ASSAY_ADMIN_PASSWORD === undefined;
      const password = this.config.ASSAY_ADMIN_PASSWORD ?? randomBytes(15).toString('base64url');
      const existing = await manager.findOneBy(UserEntity, { email });
      const values = {
        displayName: 'Administrator',
        passwordHash: await this.hasher.hash(password),
        globalRole: GlobalRole.Admin,
        active: true,
        mustChangePassword: generated,
      };
      const id = existing ? existing.id : (await manager.insert(UserEntity, { email, ...values })).identifiers[0]['id'];
      if (existing) {
        await manager.update(UserEntity, { id }, { ...values, tokenVersion: existing.tokenVersion + 1 });
        await manager.query('UPDATE user_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL', [id]);
      }
      await this.audit.record(manager, {
        actorId: null,
        objectType: 'user',
        objectId: id,
        action: 'admin_created_at_first_start',
        after: { email, globalRole: GlobalRole.Admin },
      });
      this.logger.log(`Created the administrator account ${email}`);
      if (generated) {
        print(
          [
            '',
            '==================================================================',
            ' Assay administrator account created',
            `   e-mail:   ${email}`,
            `   password: ${password}`,
            ' This password is shown only now. You will choose a new one at',
            ' first sign-in. (Set ASSAY_ADMIN_EMAIL / ASSAY_ADMIN_PASSWORD to',
            ' choose them yourself.)',
            '==================================================================',
            '',
          ].join('\n') + '\n',
        );
      }
    });
  }
}
