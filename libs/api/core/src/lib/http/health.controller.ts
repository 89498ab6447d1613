import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators';
import { ShutdownState } from './shutdown-state';

/**
 * For load balancers, orchestrators and monitors, without signing in:
 * - `GET /health` (liveness): 200 while the process serves requests; it does not touch the
 *   database, so a database outage does not get every process restarted.
 * - `GET /ready` (readiness): 200 when the database answers and every migration this build knows
 *   is applied; 503 saying which is not, so a reverse proxy sends requests elsewhere meanwhile;
 *   503 `draining` once the process has been told to stop.
 */
@Controller()
export class HealthController {
  /** Once the schema is seen current it stays so for this process: migrations only move forward. */
  private migrationsCurrent = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly shutdown: ShutdownState,
  ) {}

  @Public()
  @Get('health')
  health(@Res() res: Response): void {
    res.status(HttpStatus.OK).json({ status: 'ok' });
  }

  @Public()
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    if (this.shutdown.draining) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'draining' });
      return;
    }
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'unavailable', database: 'down' });
      return;
    }
    try {
      if (!this.migrationsCurrent) this.migrationsCurrent = !(await this.dataSource.showMigrations());
    } catch {
      this.migrationsCurrent = false;
    }
    if (!this.migrationsCurrent) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'unavailable', database: 'up', migrations: 'pending' });
      return;
    }
    res.status(HttpStatus.OK).json({ status: 'ready', database: 'up', migrations: 'applied' });
  }
}
