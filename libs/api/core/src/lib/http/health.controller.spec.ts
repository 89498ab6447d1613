import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { HealthController } from './health.controller';
import { ShutdownState } from './shutdown-state';

function response() {
  const res = { statusCode: 0, body: undefined as unknown };
  Object.assign(res, {
    status: (code: number) => Object.assign(res, { statusCode: code }),
    json: (body: unknown) => Object.assign(res, { body }),
  });
  return res as typeof res & Response;
}

describe('HealthController', () => {
  const dataSource = { query: jest.fn().mockResolvedValue([]), showMigrations: jest.fn().mockResolvedValue(false) };
  let shutdown: ShutdownState;
  let sut: HealthController;

  beforeEach(() => {
    shutdown = new ShutdownState();
    sut = new HealthController(dataSource as unknown as DataSource, shutdown);
  });

  it('is ready while serving, and 503 draining from the first stop signal on, still alive', async () => {
    const before = response();
    await sut.ready(before);
    expect(before).toMatchObject({ statusCode: 200, body: { status: 'ready' } });

    expect(shutdown.beginDraining()).toBe(true);
    expect(shutdown.beginDraining()).toBe(false);
    const during = response();
    await sut.ready(during);
    expect(during).toMatchObject({ statusCode: 503, body: { status: 'draining' } });
    const alive = response();
    sut.health(alive);
    expect(alive.statusCode).toBe(200);
  });
});
