/**
 * Notifications e-mailed in batches: the action that notifies never waits for the mail server, a
 * failed send is retried later, each person gets one e-mail with all their notifications and at
 * most one per 15 minutes, and two API processes never send the same batch. The API runs as usual
 * for the actions; the mailer runs in this process on the same database, with the test's own clock
 * (`tick(now)`), so nothing waits for the wall clock.
 */
// The pieces an API process runs, from their own files (the library's index brings the whole API).
import { loadConfig } from '../../libs/api/core/src/lib/config/app-config';
import { NotificationMailer } from '../../libs/api/core/src/lib/notifications/notification-mailer';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Logger, LoggerService } from '@nestjs/common';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { SMTPServer } from 'smtp-server';
import { createEvaluation, createPerson, GQL, gqlData, once, Person } from './support/fixtures';
import { engine, freePort, RunningServer, sql, startServer, TestDatabase } from './support/server';

interface Mail {
  to: string;
  subject: string;
  body: string;
}

const SECRET = 'pa55-smtp-secret';
const MINUTE = 60_000;
/** The database as another API process reaches it (the embedded one only while the API is stopped). */
interface Database {
  dataSource: DataSource;
  close(): Promise<void>;
}

async function openDatabase(env: Record<string, string>): Promise<Database> {
  if (env['DATABASE_URL']) {
    const dataSource = new DataSource({ type: 'postgres', url: env['DATABASE_URL'], extra: { max: 4 } });
    await dataSource.initialize();
    return { dataSource, close: () => dataSource.destroy() };
  }
  const pglite = await PGlite.create(join(env['ASSAY_DATA_DIR'], 'pg'));
  const dataSource = new DataSource({
    type: 'postgres',
    poolSize: 1,
    extra: { connection: createPgConfig(pglite).connection, max: 1, idleTimeoutMillis: 0 },
  });
  await dataSource.initialize();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await pglite.close();
    },
  };
}

/** An in-process mail server that refuses or accepts, and can be down. */
class MailServer {
  accepting = false;
  readonly received: Mail[] = [];
  connections = 0;
  private server: SMTPServer | null = null;

  constructor(readonly port: number) {}

  async up(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onConnect: (_session, callback) => {
        this.connections += 1;
        callback();
      },
      onAuth: (auth, _session, callback) =>
        auth.username === 'assay' && auth.password === SECRET
          ? callback(null, { user: auth.username })
          : callback(new Error('Invalid login')),
      onData: (stream, session, callback) => {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          if (!this.accepting) {
            const refusal = new Error('Mailbox unavailable') as Error & { responseCode: number };
            refusal.responseCode = 550;
            return callback(refusal);
          }
          const subject = /^Subject: (.*)$/m.exec(raw)?.[1] ?? '';
          this.received.push({ to: session.envelope.rcptTo[0]?.address ?? '', subject, body: unfold(raw) });
          callback();
        });
      },
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** The message's text with quoted-printable soft line breaks undone, so titles read whole. */
function unfold(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe('notifications by e-mail', () => {
  let database: TestDatabase;
  let server: RunningServer | null = null;
  let mail: MailServer;
  let smtpUrl: string;
  const opened: Database[] = [];
  const logged: string[] = [];
  let admin: string;
  let adminId: string;
  const people: Record<string, Person> = {};
  let secondEvaluation: string;

  const logger: LoggerService = {
    log: (m: unknown) => logged.push(String(m)),
    warn: (m: unknown) => logged.push(String(m)),
    error: (m: unknown) => logged.push(String(m)),
  };

  let shared: { sut: NotificationMailer; database: Database } | null = null;
  /** The mailer of the API process that took the stopped one's place (one process only, on PGlite). */
  async function firstMailer(): Promise<{ sut: NotificationMailer; database: Database }> {
    shared ??= await mailer();
    return shared;
  }

  /** A mailer as another API process would run one, on the same database and mail server. */
  async function mailer(): Promise<{ sut: NotificationMailer; database: Database }> {
    const config = loadConfig({
      ...database.env,
      ASSAY_SMTP_URL: smtpUrl,
      ASSAY_PUBLIC_URL: 'https://assay.example.org',
    });
    const db = await openDatabase(database.env);
    opened.push(db);
    return { sut: new NotificationMailer(db.dataSource, config), database: db };
  }

  /** A notification as the Notifier writes one, for a person whose action came later. */
  const notify = (db: Database, person: Person, title: string) =>
    db.dataSource.query(
      `INSERT INTO notification (recipient_id, kind, evaluation_id, object_type, object_id, title, link, actor_id)
       VALUES ($1, 'scoring_round_opened', $2, 'scoring_round', $2, $3, $4, $5)`,
      [person.id, secondEvaluation, title, `/evaluations/${secondEvaluation}/scoring`, adminId],
    );

  const mailsTo = (person: Person) => mail.received.filter((m) => m.to === person.email);

  beforeAll(async () => {
    Logger.overrideLogger(logger);
    mail = new MailServer(await freePort());
    smtpUrl = `smtp://assay:${SECRET}@127.0.0.1:${mail.port}`;
    await mail.up();
    database = await TestDatabase.create();
    server = await startServer({ database, env: { ASSAY_SMTP_URL: smtpUrl } });
    admin = await server.login();
    adminId = (await gqlData<{ me: { id: string } }>(server, GQL.me, {}, admin)).me.id;
    for (const [key, displayName] of [
      ['ann', 'Ann <Evaluator> & Co'],
      ['bob', 'Bob Tester'],
      ['carl', 'Carl Gone'],
      ['dora', 'Dora Reader'],
    ]) {
      people[key] = await createPerson(server, admin, { key, displayName });
    }
  });

  afterAll(async () => {
    for (const db of opened) await db.close();
    await server?.stop();
    await mail?.down();
    await database?.drop();
  });

  /** Ann, Bob, Carl and Dora notified while the mail server refused and was down; the API stopped, Carl closed. */
  const notified = once(async () => {
    const api = server as RunningServer;
    const first = await createEvaluation(api, admin, 'Mail one', [
      [people['ann'].id, 'EVALUATOR'],
      [people['bob'].id, 'TESTER'],
      [people['carl'].id, 'VIEWER'],
      [people['dora'].id, 'VIEWER'],
    ]);
    expect(first).toBeTruthy();
    await mail.down();
    secondEvaluation = await createEvaluation(api, admin, 'Mail <two>', [[people['ann'].id, 'VIEWER']]);
    expect(secondEvaluation).toBeTruthy();
    // Dora reads hers in the app first; Carl's account is closed before anything is sent.
    await gqlData(api, GQL.markAllNotificationsRead, {}, people['dora'].token);
    const ann = await gqlData<{ notifications: { items: { title: string }[] } }>(
      api,
      GQL.notifications,
      {},
      people['ann'].token,
    );
    expect(ann.notifications.items).toHaveLength(2);
    // Only one process may open the embedded database: the API stops, the mailers below take its place.
    await api.stop();
    server = null;
    await sql(database, `UPDATE app_user SET active = false WHERE id = '${people['carl'].id}'`);
    expect(mail.received).toEqual([]);
  });
  it('lets the action that notifies succeed while the mail server refuses and while it is down', () => notified());

  /** The first batches sent, after one refusal and a pause. */
  const sent = once(async () => {
    await notified();
    const { sut, database: db } = await firstMailer();
    const t0 = new Date();
    mail.accepting = false;
    await mail.up();

    expect(await sut.tick(t0)).toEqual({ sent: 0, failed: 2 });
    const states: { attempts: number; next: Date }[] = await db.dataSource.query(
      `SELECT email_attempts AS attempts, email_next_attempt_at AS next FROM notification WHERE recipient_id = $1`,
      [people['ann'].id],
    );
    expect(states.map((s) => [s.attempts, new Date(s.next).getTime() - t0.getTime()])).toEqual([
      [1, MINUTE],
      [1, MINUTE],
    ]);
    expect(logged.join('\n')).toContain('will retry');
    expect(logged.join('\n')).not.toContain(SECRET);

    const before = mail.connections;
    expect(await sut.tick(new Date(t0.getTime() + 30_000))).toEqual({ sent: 0, failed: 0 });
    expect(mail.connections).toBe(before);

    mail.accepting = true;
    expect(await sut.tick(new Date(t0.getTime() + MINUTE + 1_000))).toEqual({ sent: 2, failed: 0 });
    expect(mailsTo(people['ann'])).toHaveLength(1);
    expect(mailsTo(people['bob'])).toHaveLength(1);
    expect(mailsTo(people['carl'])).toEqual([]);
    expect(mailsTo(people['dora'])).toEqual([]);
    const [annMail] = mailsTo(people['ann']);
    expect(annMail.subject).toBe('2 things wait for you in Assay');
    expect(annMail.body).toContain('You were added to Mail one as evaluator');
    expect(annMail.body).toContain('You were added to Mail <two> as viewer');
    expect(annMail.body).toContain('You were added to Mail &lt;two&gt; as viewer');
    expect(annMail.body).toContain('Hello Ann &lt;Evaluator&gt; &amp; Co');
    expect(annMail.body).toContain(`https://assay.example.org/evaluations/${secondEvaluation}`);
    expect(mailsTo(people['bob'])[0].subject).toBe('1 thing waits for you in Assay');

    // Nothing is sent twice.
    expect(await sut.tick(new Date(t0.getTime() + 20 * MINUTE))).toEqual({ sent: 0, failed: 0 });
    expect(mail.received).toHaveLength(2);
  });
  it('keeps a batch the server refused and tries it again after a pause', () => sent());

  /** Bob’s second notification held, then sent in the next window. */
  const held = once(async () => {
    await sent();
    const { sut, database: db } = await firstMailer();
    const [{ last }]: { last: Date }[] = await db.dataSource.query(
      'SELECT last_sent_at AS last FROM notification_email_recipient WHERE user_id = $1',
      [people['bob'].id],
    );
    const sentAt = new Date(last).getTime();
    await notify(db, people['bob'], 'Scoring round 2 opened in Mail one');
    expect(await sut.tick(new Date(sentAt + 5 * MINUTE))).toEqual({ sent: 0, failed: 0 });
    expect(mailsTo(people['bob'])).toHaveLength(1);
    expect(await sut.tick(new Date(sentAt + 15 * MINUTE))).toEqual({ sent: 1, failed: 0 });
    expect(mailsTo(people['bob'])).toHaveLength(2);
    expect(mailsTo(people['bob'])[1].subject).toBe('1 thing waits for you in Assay');
    expect(mailsTo(people['bob'])[1].body).toContain('Scoring round 2 opened');
  });
  it('holds a second notification within 15 minutes for the next window', () => held());

  (engine === 'postgres' ? it : it.skip)('sends a batch once when two processes look at the same time', async () => {
    await held();
    const [one, two] = [await mailer(), await mailer()];
    const now = new Date(Date.now() + 2 * 60 * MINUTE);
    for (const key of ['ann', 'bob', 'dora']) await notify(one.database, people[key], 'Scoring round 3 was revealed');
    const before = mail.received.length;
    const [a, b] = await Promise.all([one.sut.tick(now), two.sut.tick(now)]);
    expect(a.sent + b.sent).toBe(3);
    expect(a.failed + b.failed).toBe(0);
    const fresh = mail.received.slice(before);
    expect(fresh.map((m) => m.to).sort()).toEqual(['ann', 'bob', 'dora'].map((key) => people[key].email).sort());
  });
});
