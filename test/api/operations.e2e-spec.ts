import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createDepartment, createEvaluation, GQL, gqlData } from './support/fixtures';
import { engine, RunningServer, startServer, TestDatabase } from './support/server';

const METRICS_TOKEN = 'e2e-metrics-token-0123456789abcdef';

function metrics(server: RunningServer, authorization?: string): Promise<Response> {
  return fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });
}

/** Whether a new TCP connection to the server is refused. */
function refusesConnections(server: RunningServer): Promise<boolean> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolveRefused) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolveRefused(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolveRefused(error.code === 'ECONNREFUSED'));
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A POST whose body is sent in two halves: `sent` resolves when the first half is out (the request
 * is in flight), `finish()` sends the rest, and `response` resolves with the status and body text.
 */
function slowPost(url: string, headers: Record<string, string>, body: Buffer) {
  let answered: (value: { status: number; text: string }) => void = () => undefined;
  let failed: (error: Error) => void = () => undefined;
  const response = new Promise<{ status: number; text: string }>((resolveResponse, reject) => {
    answered = resolveResponse;
    failed = reject;
  });
  const req = httpRequest(url, { method: 'POST', headers: { ...headers, 'content-length': String(body.length) } });
  req.on('response', (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.on('end', () => answered({ status: res.statusCode ?? 0, text }));
  });
  req.on('error', failed);
  const half = Math.floor(body.length / 2);
  const sent = new Promise<void>((resolveSent) => req.write(body.subarray(0, half), () => resolveSent()));
  return {
    sent,
    response,
    finish: () => new Promise<void>((resolveFinish) => req.end(body.subarray(half), () => resolveFinish())),
  };
}

describe('operations', () => {
  describe('with metrics off', () => {
    let server: RunningServer;
    // A web app to serve, whose index.html answers the app's own routes: /metrics must not be one.
    const webDir = mkdtempSync(join(tmpdir(), 'assay-web-'));
    const script = `export const app = [${Array.from({ length: 500 }, (_, i) => `'line ${i}'`).join(', ')}];`;
    beforeAll(async () => {
      writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Assay</title>');
      writeFileSync(join(webDir, 'main-TEST.js'), script);
      server = await startServer({ env: { ASSAY_WEB_DIR: webDir } });
    });
    afterAll(async () => {
      await server?.stop();
      rmSync(webDir, { recursive: true, force: true });
    });

    it('has no /metrics', async () => {
      expect((await fetch(`${server.url}/evaluations`, { headers: { accept: 'text/html' } })).status).toBe(200);
      expect((await metrics(server)).status).toBe(404);
      expect((await metrics(server, `Bearer ${METRICS_TOKEN}`)).status).toBe(404);
      const fromBrowser = await fetch(`${server.url}/metrics`, { headers: { accept: 'text/html' } });
      expect(fromBrowser.status).toBe(404);
    });

    it("sends the web app's files gzipped to a browser that accepts it, and the API's answers as they are", async () => {
      const get = (path: string, method = 'GET', body?: string) =>
        new Promise<{ encoding: string | undefined; body: Buffer }>((resolveGet, failed) => {
          const req = httpRequest(`${server.url}${path}`, {
            method,
            headers: { 'accept-encoding': 'gzip', accept: 'text/html,*/*', 'content-type': 'application/json' },
          });
          req.on('response', (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolveGet({
                encoding: res.headers['content-encoding'] as string | undefined,
                body: Buffer.concat(chunks),
              }),
            );
          });
          req.on('error', failed);
          req.end(body);
        });
      const js = await get('/main-TEST.js');
      expect(js.encoding).toBe('gzip');
      expect(gunzipSync(js.body).toString('utf8')).toBe(script);
      expect(js.body.length).toBeLessThan(script.length / 2);
      const graphql = await get('/graphql', 'POST', JSON.stringify({ query: `{ ${'__typename '.repeat(200)}}` }));
      expect(graphql.encoding).toBeUndefined();
      expect(JSON.parse(graphql.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
      expect((await get('/health')).encoding).toBeUndefined();
    });

    it('on SIGTERM finishes the request in flight, refuses new connections and exits 0', async () => {
      const token = await server.login();
      expect((await fetch(`${server.url}/ready`)).status).toBe(200);
      const slow = slowPost(
        `${server.url}/graphql`,
        { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        Buffer.from(JSON.stringify({ query: GQL.me })),
      );
      await slow.sent;
      await pause(300); // the API has the request's headers and waits for its body
      server.kill('SIGTERM');
      await pause(500);
      expect(await refusesConnections(server)).toBe(true);
      server.kill('SIGTERM'); // a second signal changes nothing
      await slow.finish();
      const answer = await slow.response;
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text)).toMatchObject({ data: { me: { email: 'admin@e2e.test' } } });
      expect(await server.exited()).toEqual({ code: 0, signal: null });
      expect(server.output()).not.toMatch(/cut off/);
    });
  });

  it('cuts off a request still running at ASSAY_SHUTDOWN_TIMEOUT_MS and exits 1', async () => {
    const server = await startServer({ env: { ASSAY_SHUTDOWN_TIMEOUT_MS: '500' } });
    try {
      const stuck = slowPost(
        `${server.url}/graphql`,
        { 'content-type': 'application/json' },
        Buffer.from(JSON.stringify({ query: '{ __typename }' })),
      );
      stuck.response.catch(() => undefined); // cut off: the connection is closed without an answer
      await stuck.sent;
      await pause(300);
      server.kill('SIGTERM');
      expect(await server.exited()).toEqual({ code: 1, signal: null });
      expect(server.output()).toMatch(/Requests still running after 500 ms were cut off/);
    } finally {
      await server.stop();
    }
  });

  describe('with metrics on', () => {
    let server: RunningServer;
    const scrape = async () => {
      const response = await metrics(server, `Bearer ${METRICS_TOKEN}`);
      expect(response.status).toBe(200);
      return response.text();
    };

    beforeAll(async () => {
      server = await startServer({ env: { ASSAY_METRICS: 'true', ASSAY_METRICS_TOKEN: METRICS_TOKEN } });
    });
    afterAll(() => server?.stop());

    it('answers only with the token', async () => {
      expect((await metrics(server)).status).toBe(401);
      expect((await metrics(server, `Bearer ${METRICS_TOKEN}x`)).status).toBe(401);
      expect((await metrics(server, `Bearer ${METRICS_TOKEN.slice(1)}`)).status).toBe(401);
      expect((await metrics(server, `Basic ${METRICS_TOKEN}`)).status).toBe(401);
      // A person's session is not the metrics token.
      expect((await metrics(server, `Bearer ${await server.login()}`)).status).toBe(401);
      const response = await metrics(server, `Bearer ${METRICS_TOKEN}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(server.output()).not.toContain(METRICS_TOKEN);
    });

    it('times GraphQL operations by name, counts errors by code, and reports the pool and the event loop', async () => {
      const token = await server.login();
      const me = await server.gql('query WhoAmI { me { id } }', {}, { token });
      expect(me.errors).toBeUndefined();
      const broken = await server.gql('query Broken { noSuchField }', {}, { token });
      expect(broken.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      await fetch(`${server.url}/ready`);

      const text = await scrape();
      expect(text).toMatch(/^assay_graphql_request_duration_seconds_count\{operation="WhoAmI"\} 1$/m);
      expect(text).toMatch(/^assay_graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/m);
      expect(text).toMatch(
        /^assay_http_request_duration_seconds_count\{method="GET",route="\/ready",status="2xx"\} 1$/m,
      );
      expect(text).toMatch(/^assay_db_pool_connections\{state="total"\} [1-9]/m);
      expect(text).toMatch(/^assay_db_pool_connections\{state="waiting"\} 0$/m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    });

    it('keeps operation names a bounded set, whatever names clients send', async () => {
      for (let i = 0; i < 210; i++) {
        await server.gql(`query Made${i} { __typename }`);
      }
      await server.gql('{ __typename }');
      await server.gql('query { __typename }', {}, { headers: {} });
      const names = new Set(
        [...(await scrape()).matchAll(/^assay_graphql_request_duration_seconds_count\{operation="([^"]*)"\}/gm)].map(
          (match) => match[1],
        ),
      );
      expect(names.size).toBeLessThanOrEqual(202);
      expect(names).toContain('other');
      expect(names).toContain('anonymous');
    });
  });

  (engine === 'pglite' ? describe : describe.skip)('kill -9 during a 10,000-row import (embedded database)', () => {
    let database: TestDatabase;
    let server: RunningServer | undefined;
    beforeAll(async () => {
      database = await TestDatabase.create();
    });
    afterAll(async () => {
      await server?.stop();
      await database?.drop();
    });

    const HEADERS = 'Req ID,Requirement,Dept,Must/Should\r\n';
    const rows = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => `CIRC-${from + i},Requirement ${from + i},CIRC,Must\r\n`).join('');

    function importRequest(evaluationId: string, token: string, csv: string) {
      const boundary = 'e2e-operations-boundary';
      const body = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\n` +
          `Content-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`,
      );
      return slowPost(
        `${server?.url}/api/evaluations/${evaluationId}/requirements/import?mode=commit`,
        {
          authorization: `Bearer ${token}`,
          'x-requested-with': 'assay',
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body,
      );
    }

    it('restarts over the stale lock with every committed row and the import all or nothing', async () => {
      server = await startServer({ database });
      let token = await server.login();
      await createDepartment(server, token, 'CIRC', 'Circulation');
      const evaluationId = await createEvaluation(server, token, 'Kill during import');
      const first = importRequest(evaluationId, token, HEADERS + rows(1, 1));
      await first.sent;
      await first.finish();
      expect(JSON.parse((await first.response).text)).toMatchObject({ committed: true, created: 1 });

      // How long a whole import takes on this machine (into another evaluation), to kill the next one mid-write.
      const timing = importRequest(await createEvaluation(server, token, 'Timing'), token, HEADERS + rows(2, 10_000));
      await timing.sent;
      const started = Date.now();
      await timing.finish();
      expect(JSON.parse((await timing.response).text)).toMatchObject({ committed: true, created: 10_000 });
      const seconds = (Date.now() - started) / 1000;

      const big = importRequest(evaluationId, token, HEADERS + rows(2, 10_000));
      big.response.catch(() => undefined); // the connection dies with the process
      await big.sent;
      await big.finish();
      await pause(seconds * 700); // rows are read first, then written in one transaction: kill while writing
      server.kill('SIGKILL');
      expect((await server.exited()).signal).toBe('SIGKILL');
      expect(existsSync(join(database.env['ASSAY_DATA_DIR'], 'assay.lock'))).toBe(true);

      server = await startServer({ database });
      token = await server.login();
      const total = (
        await gqlData<{ requirements: { total: number } }>(server, GQL.requirements, { id: evaluationId }, token)
      ).requirements.total;
      expect([1, 10_001]).toContain(total);
      const committedBefore = await gqlData<{ requirements: { items: { code: string }[] } }>(
        server,
        GQL.requirements,
        { id: evaluationId, filter: { search: 'CIRC-1' }, page: { limit: 5 } },
        token,
      );
      expect(committedBefore.requirements.items.map((r) => r.code)).toContain('CIRC-1');
      process.stdout.write(
        `\nkill -9 ${(seconds * 0.7).toFixed(1)} s into a ${seconds.toFixed(1)} s import: ${total === 1 ? 'nothing' : 'everything'} was kept\n`,
      );
    });
  });
});
