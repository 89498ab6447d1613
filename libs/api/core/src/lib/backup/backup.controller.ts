import { Controller, Get, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../auth/access-policy';
import type { RequestActor } from '../auth/actor';
import { CurrentActor } from '../auth/decorators';
import { AppConfig } from '../config/app-config';
import { HttpErrorFilter } from '../http/http-error.filter';
import { writeBackup } from './backup-writer';

/**
 * `GET /api/admin/backup`: a backup archive of every table and every attachment, streamed as it
 * is read from one consistent snapshot while Assay keeps running (see README "Backup and
 * restore"). For administrators only, with a session cookie or a personal API token; every
 * download is in the audit trail. `npm run backup -- --url … --token …` calls it, which is how an
 * embedded database (locked by the running process) is backed up without stopping Assay.
 */
@Controller('api/admin')
@UseFilters(HttpErrorFilter)
export class BackupController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  @Get('backup')
  async backup(@CurrentActor() actor: RequestActor, @Res() res: Response): Promise<void> {
    this.policy.requireAdmin(actor);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: actor.id,
        objectType: 'user',
        objectId: actor.id,
        action: 'backup_downloaded',
      }),
    );
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    res.set({
      'Content-Type': 'application/gzip',
      'Content-Disposition': `attachment; filename="assay-backup-${stamp}.tar.gz"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    await writeBackup(
      {
        dataSource: this.dataSource,
        engine: this.config.usesEmbeddedDatabase ? 'pglite' : 'postgres',
        filesStore: this.config.filesStore,
        filesDir: this.config.filesDir,
      },
      res,
    );
  }
}
