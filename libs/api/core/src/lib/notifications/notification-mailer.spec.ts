import { Logger } from '@nestjs/common';
import { createServer, Server } from 'node:net';
import { DataSource } from 'typeorm';
import { ServiceTestBed } from '../../testing';
import { RequestActor } from '../auth/actor';
import { loadConfig } from '../config/app-config';
import { NotificationMailer, notificationEmail } from './notification-mailer';

const MINUTE = 60_000;

describe('notificationEmail', () => {
  it('names how many things wait, links each, and escapes every value in the HTML', () => {
    const sut = notificationEmail(
      'Ann <A> & "Co"',
      [
        { title: 'Waiver of <b>REQ-1</b> waits', link: '/evaluations/e1/testing/acceptance' },
        { title: 'Retest due', link: '/defects/d1' },
      ],
      'https://assay.example.org',
    );
    expect(sut.subject).toBe('2 things wait for you in Assay');
    expect(sut.text).toContain('Hello Ann <A> & "Co",');
    expect(sut.text).toContain(
      '- Waiver of <b>REQ-1</b> waits\n  https://assay.example.org/evaluations/e1/testing/acceptance',
    );
    expect(sut.html).toContain('Hello Ann &lt;A&gt; &amp; &quot;Co&quot;');
    expect(sut.html).toContain('Waiver of &lt;b&gt;REQ-1&lt;/b&gt; waits');
    expect(sut.html).not.toContain('<b>');
    expect(notificationEmail('Bo', [{ title: 'x', link: '/x' }], 'http://h').subject).toBe(
      '1 thing waits for you in Assay',
    );
  });
});

describe('NotificationMailer', () => {
  let bed: ServiceTestBed;
  let closed: Server;
  let person: RequestActor;
  const warnings: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    bed = await ServiceTestBed.open([]);
    person = await bed.user({ name: 'Mia Mailed' });
    // A port nobody listens on: every send fails at once.
    const server = createServer();
    closed = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => void warnings.push(String(message)));
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void errors.push(String(message)));
  }, 120_000); // every migration on the embedded database, on a busy machine
  afterAll(async () => {
    jest.restoreAllMocks();
    if (closed) await new Promise<void>((resolve) => closed.close(() => resolve()));
    await bed?.close();
  });

  it('does nothing without ASSAY_SMTP_URL', async () => {
    const sut = new NotificationMailer(bed.get(DataSource), loadConfig({}));
    expect(sut.enabled).toBe(false);
    expect(await sut.tick(new Date())).toEqual({ sent: 0, failed: 0 });
  });

  it('waits 1, 2, 4 … minutes between failed sends and gives up after the last attempt, never logging the password', async () => {
    const { port } = closed.address() as { port: number };
    // Connections to a listening socket that never answers would wait; close it so they are refused.
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const config = loadConfig({ ASSAY_SMTP_URL: `smtp://assay:s3cret-word@127.0.0.1:${port}` });
    const sut = new NotificationMailer(bed.get(DataSource), config);
    sut.pacing = { ...sut.pacing, maxAttempts: 3 };
    const dataSource = bed.get(DataSource);
    await dataSource.query(
      `INSERT INTO notification (recipient_id, kind, object_type, object_id, title, link)
       VALUES ($1, 'problem_report_resolved', 'defect', gen_random_uuid(), 'Your problem report DEF-1 is fixed', '/x')`,
      [person.id],
    );
    const state = async () =>
      (
        (await dataSource.query(
          `SELECT email_attempts AS attempts, email_next_attempt_at AS next, email_given_up_at AS gave_up
             FROM notification WHERE recipient_id = $1`,
          [person.id],
        )) as { attempts: number; next: Date; gave_up: Date | null }[]
      )[0];

    const t0 = new Date();
    expect(await sut.tick(t0)).toEqual({ sent: 0, failed: 1 });
    expect(await state()).toMatchObject({ attempts: 1, next: new Date(t0.getTime() + MINUTE), gave_up: null });
    const t1 = new Date(t0.getTime() + MINUTE);
    expect(await sut.tick(t1)).toEqual({ sent: 0, failed: 1 });
    expect(await state()).toMatchObject({ attempts: 2, next: new Date(t1.getTime() + 2 * MINUTE), gave_up: null });
    expect(await sut.tick(new Date(t1.getTime() + MINUTE))).toEqual({ sent: 0, failed: 0 });
    const t2 = new Date(t1.getTime() + 2 * MINUTE);
    expect(await sut.tick(t2)).toEqual({ sent: 0, failed: 1 });
    expect((await state()).gave_up).toEqual(t2);
    expect(await sut.tick(new Date(t2.getTime() + 60 * MINUTE))).toEqual({ sent: 0, failed: 0 });

    expect(warnings.filter((w) => w.includes('will retry'))).toHaveLength(2);
    expect(errors.filter((e) => e.includes('Gave up e-mailing 1 notification(s)'))).toHaveLength(1);
    expect([...warnings, ...errors].join('\n')).not.toContain('s3cret-word');
    expect(errors.join('\n')).toContain(`smtp://127.0.0.1:${port}`);
    await sut.stop();
  });
});
