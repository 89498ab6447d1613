import { GlobalRole } from '@assay/domain';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { SESSION_CACHE_MS, SESSION_CACHE_SIZE, SessionService } from './session.service';

const U1 = '00000000-0000-4000-8000-000000000001';
const sessionId = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The session and user tables as the service's statements see them (ended: session ids, or user ids whose sessions all ended); counts the reads. */
function fakeDatabase() {
  const ended = new Set<string>();
  const reads: string[] = [];
  const writes: string[] = [];
  const dataSource = {
    query: async (sql: string, params: unknown[]) => {
      const statement = sql.trimStart();
      if (statement.startsWith('SELECT u.id')) {
        const sid = params[0] as string;
        reads.push(sid);
        return ended.has(sid) || ended.has(params[1] as string)
          ? []
          : [
              {
                id: U1,
                email: 'ada@library.test',
                display_name: 'Ada',
                global_role: GlobalRole.User,
                must_change_password: false,
                seen_ms_ago: 0,
              },
            ];
      }
      writes.push(statement.split(/\s+/).slice(0, 3).join(' '));
      if (statement.startsWith('INSERT INTO user_session')) return [{ id: sessionId(99) }];
      if (statement.startsWith('WITH ended AS (UPDATE user_session SET ended_at')) {
        // One session (WHERE id = $1) or all of a person's (WHERE user_id = $1).
        const sid = params[0] as string;
        ended.add(sid);
        return [{ id: sid }];
      }
      return [];
    },
  } as unknown as DataSource;
  return { dataSource, ended, reads, writes };
}

describe('SessionService', () => {
  let database: ReturnType<typeof fakeDatabase>;
  let sut: SessionService;
  const claims = (n: number) => ({ sub: U1, sid: sessionId(n), tv: 0 });

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-03-01T09:00:00Z') });
    database = fakeDatabase();
    sut = new SessionService(database.dataSource, loadConfig({}));
  });
  afterEach(() => jest.useRealTimers());

  it('asks the database once for requests within the cache time, then again', async () => {
    for (let i = 0; i < 5; i++) expect((await sut.check(claims(1)))?.id).toBe(U1);
    expect(database.reads).toEqual([sessionId(1)]);
    jest.advanceTimersByTime(SESSION_CACHE_MS);
    await sut.check(claims(1));
    expect(database.reads).toEqual([sessionId(1), sessionId(1)]);
  });

  it('refuses a session ended through this process at once, although its check was remembered', async () => {
    expect(await sut.check(claims(1))).not.toBeNull();
    expect(await sut.end(U1, sessionId(1))).toBe(true);
    expect(await sut.check(claims(1))).toBeNull();
  });

  it('refuses, within the cache time, a session that another process ended', async () => {
    expect(await sut.check(claims(1))).not.toBeNull();
    database.ended.add(sessionId(1));
    jest.advanceTimersByTime(SESSION_CACHE_MS);
    expect(await sut.check(claims(1))).toBeNull();
  });

  it('forgets every remembered check of a person whose sessions all end', async () => {
    await sut.check(claims(1));
    await sut.check(claims(2));
    await sut.endAll(U1);
    expect(await sut.check(claims(1))).toBeNull();
    expect(await sut.check(claims(2))).toBeNull();
  });

  it('does not take a remembered check for a token naming another person or signed with another token version', async () => {
    await sut.check(claims(1));
    await sut.check({ ...claims(1), sub: '00000000-0000-4000-8000-000000000002' });
    await sut.check({ ...claims(1), tv: 1 });
    expect(database.reads).toHaveLength(3);
  });

  it('remembers a bounded number of checks, forgetting the oldest first', async () => {
    for (let n = 0; n <= SESSION_CACHE_SIZE; n++) await sut.check(claims(n));
    database.reads.length = 0;
    await sut.check(claims(SESSION_CACHE_SIZE));
    expect(database.reads).toEqual([]);
    await sut.check(claims(0));
    expect(database.reads).toEqual([sessionId(0)]);
  });

  it('removes long-ended sessions now and then when someone signs in: at most once an hour per process', async () => {
    const cleanups = () => database.writes.filter((w) => w === 'DELETE FROM user_session').length;
    expect(await sut.start(U1, 'curl/8.5.0', '203.0.113.7')).toBe(sessionId(99));
    await sut.start(U1, undefined, '203.0.113.7');
    expect(cleanups()).toBe(1);
    jest.advanceTimersByTime(60 * 60_000);
    await sut.start(U1, undefined, '203.0.113.7');
    expect(cleanups()).toBe(2);
  });

  it('brings last_seen_at up to date at most once a minute', async () => {
    await sut.check(claims(1));
    const updates = () => database.writes.filter((w) => w === 'UPDATE user_session SET').length;
    const first = updates();
    for (let i = 0; i < 11; i++) {
      jest.advanceTimersByTime(SESSION_CACHE_MS);
      await sut.check(claims(1));
    }
    expect(updates()).toBe(first);
    jest.advanceTimersByTime(SESSION_CACHE_MS);
    await sut.check(claims(1));
    expect(updates()).toBe(first + 1);
  });
});
