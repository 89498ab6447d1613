import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** Request durations, in seconds: from a cached read to a 10,000-row import. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Distinct GraphQL operation names kept as labels; later names count as "other". */
export const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** What node-postgres's Pool says about its connections (the PGlite adapter uses one too). */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The Prometheus metrics of one API process, in a registry of its own: GraphQL durations by
 * operation name and errors by code (through `graphqlPlugin`), REST durations by route, the
 * database pool, and Node's defaults (event-loop lag, memory, GC). Recording a request costs a
 * label lookup and a histogram update; nothing is computed until Prometheus scrapes.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly graphqlDuration = new Histogram({
    name: 'assay_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation name ("anonymous" when unnamed, "other" past the first 200 names).',
    labelNames: ['operation'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly graphqlErrors = new Counter({
    name: 'assay_graphql_errors_total',
    help: 'Errors in GraphQL responses, by error code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'assay_http_request_duration_seconds',
    help: 'REST requests (everything but /graphql) by method, route pattern and status class.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'assay_db_pool_connections',
      help: 'Database connections in the pool: total, idle, and requests waiting for one (the embedded database has one).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = (dataSource.driver as unknown as { master?: Partial<PoolCounts> }).master;
        this.set({ state: 'total' }, pool?.totalCount ?? 0);
        this.set({ state: 'idle' }, pool?.idleCount ?? 0);
        this.set({ state: 'waiting' }, pool?.waitingCount ?? 0);
      },
    });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  /** A REST request that took `seconds`; `route` is the matched pattern, never the raw path. */
  recordHttp(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status: `${Math.floor(status / 100)}xx` }, seconds);
  }

  /** Times each GraphQL request by its operation name and counts the errors of its response by code. */
  graphqlPlugin(): ApolloServerPlugin {
    const finished = (context: GraphQLRequestContextWillSendResponse<object>, started: bigint): void => {
      this.graphqlDuration.observe(
        { operation: this.operationLabel(context.operationName ?? context.request.operationName) },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
      const body = context.response.body;
      if (body.kind !== 'single') return;
      for (const error of body.singleResult.errors ?? []) {
        const code = error.extensions?.['code'];
        this.graphqlErrors.inc({ code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' });
      }
    };
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return { willSendResponse: async (context) => finished(context, started) };
      },
    };
  }

  /** A bounded label: clients choose operation names, and must not grow the label set without end. */
  private operationLabel(name: string | null | undefined): string {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}
