/**
 * Several API processes on one PostgreSQL server, as behind a load balancer: requests go to both in
 * turn, and what one process wrote or remembers (versions, scores, sign-in failures, imports,
 * sessions, the signing key, uploaded files) is what the other sees. Sign-out across processes and
 * API tokens are in sessions.e2e-spec and api-tokens.e2e-spec.
 */
import { createHash } from 'node:crypto';
import { minimalPdf } from './support/files';
import {
  ALPHA_AND_BETA,
  approvedRequirement,
  cast,
  createDepartment,
  createEvaluation,
  createPerson,
  createTeam,
  declareNoConflicts,
  draftRubric,
  GQL,
  gqlData,
  moveToScoring,
  openScoringRound,
  saveCriterion,
  saveScore,
  shortlistProducts,
} from './support/fixtures';
import {
  codeOf,
  engine,
  GraphQLResponse,
  processMemory,
  resetPeakMemory,
  RunningServer,
  sql,
  startServer,
  TestDatabase,
} from './support/server';

const LOGIN_LIMIT = 4;
const MB = 1024 * 1024;
/** Large enough that holding it whole in memory would show above what streaming it takes. */
const LARGE_FILE_MB = 128;

const onServer = engine === 'postgres' ? describe : describe.skip;

onServer('two API processes on one database (PostgreSQL server)', () => {
  let database: TestDatabase;
  let first: RunningServer;
  let second: RunningServer;
  let admin: string;
  let department: string;

  /** The process the n-th request goes to: the first, the second, the first… */
  const through = (n: number) => (n % 2 === 0 ? first : second);

  /** Asks `ask` until its answer is refused, for up to 15 s: a process re-checks a session it remembers within seconds. */
  async function refusedSoon(ask: () => Promise<GraphQLResponse>): Promise<string | undefined> {
    const deadline = Date.now() + 15_000;
    let answer = await ask();
    while (!answer.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await ask();
    }
    return codeOf(answer);
  }

  beforeAll(async () => {
    database = await TestDatabase.create();
    // Started together, so that both generate a signing key at the same moment.
    const env = { ASSAY_LOGIN_MAX_FAILURES: String(LOGIN_LIMIT), ASSAY_MAX_UPLOAD_MB: String(2 * LARGE_FILE_MB) };
    [first, second] = await Promise.all([startServer({ database, env }), startServer({ database, env })]);
    admin = await first.login();
    department = await createDepartment(first, admin, 'CIRC', 'Circulation');
  }, 180_000);
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await database?.drop();
  });

  it('share one generated signing key, even when started together', async () => {
    expect(await sql(database, `SELECT count(*)::int AS keys FROM setting WHERE key = 'session_signing_key'`)).toEqual([
      { keys: 1 },
    ]);
    const fromSecond = await second.login();
    expect((await first.gql(GQL.me, {}, { token: fromSecond })).errors).toBeUndefined();
    expect((await second.gql(GQL.me, {}, { token: admin })).errors).toBeUndefined();
  });

  it('refuses a stale edit through the second process after a save through the first', async () => {
    const vendor = await gqlData<{ createVendor: { id: string; version: number } }>(
      first,
      GQL.createVendor,
      { input: { name: 'Stale Edits Ltd' } },
      admin,
    );
    const { id, version } = vendor.createVendor;
    const saved = await first.gql(
      GQL.updateVendor,
      { input: { id, version, headquarters: 'Leeds' } },
      { token: admin },
    );
    expect(saved.errors).toBeUndefined();
    const stale = await second.gql(
      GQL.updateVendor,
      { input: { id, version, headquarters: 'York' } },
      { token: admin },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const { updateVendor } = await gqlData<{ updateVendor: { headquarters: string } }>(
      second,
      GQL.updateVendor,
      { input: { id, version: version + 1, headquarters: 'York' } },
      admin,
    );
    expect(updateVendor.headquarters).toBe('York');
  });

  it('keeps exactly one row per cell when 20 clients save scores through both processes at once', async () => {
    const team = await createTeam(first, admin, 'Scores', department, cast('lia', 'ada', 'ben', 'eve', 'hal'), {
      tag: 'scores',
    });
    const { evaluationId, people } = team;
    const candidates = await shortlistProducts(first, admin, evaluationId, { ...ALPHA_AND_BETA, vendor: 'Scores Co' });
    await approvedRequirement(first, admin, { evaluationId, departmentId: department, title: 'Holds' });
    await moveToScoring(first, admin, evaluationId);
    const lead = people['lia'].token;
    const draft = await draftRubric(first, lead, evaluationId);
    const parentId = (await saveCriterion(first, lead, { rubricVersionId: draft.id, title: 'Functional' }))[0].id;
    for (const title of ['Circulation', 'Cataloguing', 'Reporting'])
      await saveCriterion(first, lead, { rubricVersionId: draft.id, title, parentId });
    const criteria = (await saveCriterion(first, lead, { rubricVersionId: draft.id, title: 'Support', parentId }))
      .filter((criterion) => criterion.parentId)
      .map((criterion) => criterion.id);
    const roundId = await openScoringRound(first, lead, evaluationId);
    for (const who of ['ada', 'ben', 'eve']) await declareNoConflicts(first, people[who].token, evaluationId);

    // 20 clients: each evaluator's cells, every client saving its cell twice, once through each process.
    const evaluators = ['ada', 'ben', 'eve'];
    const cells = evaluators
      .flatMap((who) =>
        candidates.flatMap((candidateId) => criteria.map((criterionId) => ({ who, candidateId, criterionId }))),
      )
      .slice(0, 20);
    expect(cells).toHaveLength(20);
    await Promise.all(
      cells.map(async ({ who, candidateId, criterionId }, n) => {
        const input = { roundId, candidateId, criterionId };
        await saveScore(through(n), people[who].token, { ...input, value: 1 });
        await saveScore(through(n + 1), people[who].token, { ...input, value: 3, comment: `Client ${n}` });
      }),
    );

    const rows = await sql(
      database,
      `SELECT count(*)::int AS rows, count(DISTINCT (evaluator_id, candidate_id, criterion_id))::int AS cells,
              count(*) FILTER (WHERE value = 3 AND comment LIKE 'Client %')::int AS last
         FROM score WHERE round_id = '${roundId}'`,
    );
    expect(rows).toEqual([{ rows: 20, cells: 20, last: 20 }]);
  });

  it('counts failed sign-ins through both processes towards one limit', async () => {
    const email = 'limited@e2e.test';
    const password = 'the-right-password-1';
    await createPerson(first, admin, { email, key: 'limited', displayName: 'Lim Ited', password });
    const attempt = async (n: number, withPassword: string) =>
      codeOf(await through(n).gql(GQL.login, { input: { email, password: withPassword } })) ?? 'signed-in';

    const failures: (string | undefined)[] = [];
    for (let n = 0; n < LOGIN_LIMIT; n++) failures.push(await attempt(n, `wrong-password-${n}`));
    expect(failures).toEqual(Array(LOGIN_LIMIT).fill('UNAUTHENTICATED'));
    // Each process saw only half of the failures; together they reached the limit.
    expect(await attempt(0, password)).toBe('RATE_LIMITED');
    expect(await attempt(1, password)).toBe('RATE_LIMITED');
  });

  it('reads through the second process a requirements import committed through the first', async () => {
    const evaluationId = await createEvaluation(first, admin, 'Imported', []);
    const rows = Array.from(
      { length: 30 },
      (_, i) => `CIRC-${String(i + 1).padStart(3, '0')},Requirement ${i + 1},CIRC,Must`,
    );
    const form = new FormData();
    form.append('file', new Blob([['Req ID,Requirement,Dept,Must/Should', ...rows].join('\r\n')]), 'requirements.csv');
    const response = await fetch(`${first.url}/api/evaluations/${evaluationId}/requirements/import?mode=commit`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'x-requested-with': 'assay' },
      body: form,
    });
    expect(await response.json()).toMatchObject({ committed: true, created: 30 });

    const { requirements } = await gqlData<{ requirements: { total: number; items: { code: string }[] } }>(
      second,
      GQL.requirements,
      { id: evaluationId, page: { offset: 0, limit: 100 } },
      admin,
    );
    expect(requirements.total).toBe(30);
    expect(requirements.items.map((item) => item.code).sort()).toEqual(rows.map((row) => row.split(',')[0]).sort());
  });

  it('ends on both processes the other sessions of someone who changes their password on one', async () => {
    const email = 'changer@e2e.test';
    const password = 'replica-password-1';
    await createPerson(first, admin, { email, key: 'changer', displayName: 'Cha Nger', password });
    const onFirst = await first.login(email, password);
    const onSecond = await second.login(email, password);
    // Each session is valid on the other process too.
    expect((await second.gql(GQL.me, {}, { token: onFirst })).errors).toBeUndefined();
    expect((await first.gql(GQL.me, {}, { token: onSecond })).errors).toBeUndefined();

    const changed = await gqlData<{ changePassword: { accessToken: string } }>(
      second,
      GQL.changePassword,
      { input: { currentPassword: password, newPassword: 'replica-password-2' } },
      onSecond,
    );
    expect(codeOf(await second.gql(GQL.me, {}, { token: onFirst }))).toBe('UNAUTHENTICATED');
    expect(await refusedSoon(() => first.gql(GQL.me, {}, { token: onFirst }))).toBe('UNAUTHENTICATED');
    const kept = changed.changePassword.accessToken;
    expect((await first.gql(GQL.me, {}, { token: kept })).errors).toBeUndefined();
    expect((await second.gql(GQL.me, {}, { token: kept })).errors).toBeUndefined();
  });

  /** A PDF of `size` bytes attached to a new vendor through `server`, and how it answers. */
  async function uploadPdf(server: RunningServer, vendor: string, size: number) {
    const vendorId = (
      await gqlData<{ createVendor: { id: string } }>(server, GQL.createVendor, { input: { name: vendor } }, admin)
    ).createVendor.id;
    const head = minimalPdf(vendor);
    const pdf = Buffer.concat([head, Buffer.alloc(size - head.length, '%')]);
    const form = new FormData();
    form.append('ownerKind', 'VENDOR');
    form.append('ownerId', vendorId);
    form.append('file', new Blob([new Uint8Array(pdf)]), 'brochure.pdf');
    const uploaded = await fetch(`${server.url}/api/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'x-requested-with': 'assay' },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    return { pdf, ...((await uploaded.json()) as { id: string; downloadUrl: string }) };
  }

  /** How far `act` made the process's resident memory grow at most, in MB. */
  async function growthOf(server: RunningServer, act: () => Promise<void>): Promise<number> {
    const before = processMemory(server.pid).rss;
    const peakReset = resetPeakMemory(server.pid);
    let highest = before;
    const sampler = setInterval(() => (highest = Math.max(highest, processMemory(server.pid).rss)), 10);
    try {
      await act();
    } finally {
      clearInterval(sampler);
    }
    const memory = processMemory(server.pid);
    return (Math.max(highest, memory.rss, peakReset ? memory.peak : 0) - before) / MB;
  }

  it('downloads through the second process a file uploaded through the first, kept in the database', async () => {
    // Over 256 KB, so that it spans several chunks.
    const { pdf, id, downloadUrl } = await uploadPdf(first, 'Files Inc', 700 * 1024);

    const download = (server: RunningServer) =>
      fetch(`${server.url}${downloadUrl}`, { headers: { authorization: `Bearer ${admin}` } });
    const response = await download(second);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(
      await sql(
        database,
        `SELECT f.size_bytes::int AS size, count(c.seq)::int AS chunks
           FROM attachment a JOIN stored_file f ON f.key = a.storage_key JOIN file_chunk c ON c.file_key = f.key
          WHERE a.id = '${id}' GROUP BY f.size_bytes`,
      ),
    ).toEqual([{ size: pdf.length, chunks: 3 }]);

    expect(await gqlData(second, GQL.deleteAttachment, { id }, admin)).toEqual({ deleteAttachment: true });
    expect((await download(first)).status).toBe(404);
    expect(await sql(database, `SELECT key FROM stored_file`)).toEqual([]);
  });

  it('streams a large file into the database through one process and back out through the other', async () => {
    let upload!: Awaited<ReturnType<typeof uploadPdf>>;
    const inbound = await growthOf(first, async () => {
      upload = await uploadPdf(first, 'Large Files Ltd', LARGE_FILE_MB * MB);
    });
    let bytes = Buffer.alloc(0);
    const outbound = await growthOf(second, async () => {
      const response = await fetch(`${second.url}${upload.downloadUrl}`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(response.status).toBe(200);
      bytes = Buffer.from(await response.arrayBuffer());
    });
    process.stdout.write(
      `\n${LARGE_FILE_MB} MB file: API memory +${inbound.toFixed(0)} MB uploading, +${outbound.toFixed(0)} MB downloading\n`,
    );
    expect(bytes.equals(upload.pdf)).toBe(true);
    // The growth is printed, not asserted: it is mostly garbage not yet collected (each chunk comes
    // back as bytea text), so it depends on when the collector runs. That the store reads one chunk
    // at a time as the reader asks is asserted in database-file-storage.spec.ts.
  }, 180_000);
});
