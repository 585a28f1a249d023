/**
 * One service's Prometheus metrics. Every service (the gateway, each subgraph, a partner, the
 * dashboard's server) has its own registry, labelled with its name: several of them share one
 * process under `npm start` and in the tests, and prom-client's global registry would make them
 * collide. What the process itself measures (event-loop lag, heap, CPU, garbage collection) is
 * collected once per process, and only once something serves metrics.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds: from a fast cached read to a caseload of 200 or a slow agency near its deadline. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Operation names come from clients: at most this many distinct ones are kept apart, the rest count as "(other)". */
export const MAX_OPERATION_NAMES = 200;
const MAX_CODES = 50;

/**
 * Keeps a label's values few. Metrics are kept per value for the life of the process, so a
 * value a client chooses (an operation name) is taken as it is only while few have been seen.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();
  constructor(private readonly max: number) {}

  value(raw: string): string {
    if (this.seen.has(raw)) return raw;
    if (this.seen.size >= this.max || raw.length > 100) return '(other)';
    this.seen.add(raw);
    return raw;
  }
}

/** The numbers a pg Pool keeps of its connections. */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations = new BoundedLabel(MAX_OPERATION_NAMES);
  private readonly codes = new BoundedLabel(MAX_CODES);
  private readonly requests: Counter<'operation'>;
  private readonly errors: Counter<'operation' | 'code'>;
  private readonly duration: Histogram<'operation'>;
  private readonly responses: Counter<'route' | 'status'>;
  private subgraphFetch: { duration: Histogram<'subgraph'>; errors: Counter<'subgraph' | 'code'> } | null = null;
  private audit: { rows: Counter; failures: Counter } | null = null;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'continuum_graphql_requests_total',
      help: 'GraphQL requests answered, by operation name ("(anonymous)" when the document names none)',
      labelNames: ['operation'],
      registers,
    });
    this.errors = new Counter({
      name: 'continuum_graphql_errors_total',
      help: 'Errors in GraphQL answers, by operation name and extensions.code',
      labelNames: ['operation', 'code'],
      registers,
    });
    this.duration = new Histogram({
      name: 'continuum_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its answer, by operation name',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.responses = new Counter({
      name: 'continuum_http_responses_total',
      help: 'HTTP responses by route and status, including requests refused before GraphQL saw them',
      labelNames: ['route', 'status'],
      registers,
    });
  }

  /** One GraphQL answer: its operation, how long it took, and the code of each error in it. */
  graphqlRequest(operation: string, seconds: number, errorCodes: string[]): void {
    const op = this.operations.value(operation);
    this.requests.inc({ operation: op });
    this.duration.observe({ operation: op }, seconds);
    for (const code of errorCodes) this.errors.inc({ operation: op, code: this.codes.value(code) });
  }

  httpResponse(route: string, status: number): void {
    this.responses.inc({ route, status: String(status) });
  }

  /** The gateway's calls to subgraphs: latency, and failures by code (SUBGRAPH_TIMEOUT, SUBGRAPH_UNAVAILABLE, HTTP_<status>). */
  subgraphFetched(subgraph: string, seconds: number, errorCode?: string): void {
    this.subgraphFetch ??= {
      duration: new Histogram({
        name: 'continuum_subgraph_fetch_duration_seconds',
        help: 'Time the gateway waited for each call to a subgraph, by subgraph, failed calls included',
        labelNames: ['subgraph'],
        buckets: LATENCY_BUCKETS,
        registers: [this.registry],
      }),
      errors: new Counter({
        name: 'continuum_subgraph_fetch_errors_total',
        help: 'Calls from the gateway to a subgraph that failed, by subgraph and code',
        labelNames: ['subgraph', 'code'],
        registers: [this.registry],
      }),
    };
    this.subgraphFetch.duration.observe({ subgraph }, seconds);
    if (errorCode) this.subgraphFetch.errors.inc({ subgraph, code: this.codes.value(errorCode) });
  }

  /** The access layer's audit flush: rows written. */
  auditRowsWritten(rows: number): void {
    this.auditCounters().rows.inc(rows);
  }

  /** A failed audit write (the data was withheld). */
  auditWriteFailed(): void {
    this.auditCounters().failures.inc();
  }

  private auditCounters(): { rows: Counter; failures: Counter } {
    return (this.audit ??= {
      rows: new Counter({
        name: 'continuum_audit_rows_written_total',
        help: 'Audit trail rows written to the access store',
        registers: [this.registry],
      }),
      failures: new Counter({
        name: 'continuum_audit_write_failures_total',
        help: 'Audit trail writes that failed (the answer was withheld with AUDIT_UNAVAILABLE)',
        registers: [this.registry],
      }),
    });
  }

  /** The service's database pool, read at every scrape. */
  watchPool(use: () => PoolUse): void {
    const gauge = (name: string, help: string, read: (u: PoolUse) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read(use()));
        },
      });
    gauge('continuum_db_pool_connections', 'Connections the database pool holds (in use and idle)', (u) => u.total);
    gauge('continuum_db_pool_idle_connections', 'Connections the database pool holds idle', (u) => u.idle);
    gauge('continuum_db_pool_waiting_requests', 'Queries waiting for a free connection', (u) => u.waiting);
    gauge('continuum_db_pool_max_connections', 'The most connections the database pool may open', (u) => u.max);
  }

  /** SQL statements the service's database client has sent, read at every scrape (the benchmark's statements per request). */
  watchStatements(count: () => number): void {
    let reported = 0;
    new Counter({
      name: 'continuum_db_statements_total',
      help: 'SQL statements sent to the service database',
      registers: [this.registry],
      collect() {
        const now = count();
        this.inc(now - reported);
        reported = now;
      },
    });
  }

  /** The Prometheus text of this service, then the process's own metrics. */
  async text(): Promise<string> {
    const own = await this.registry.metrics();
    return processRegistry ? `${own}\n${await processRegistry.metrics()}` : own;
  }
}

let processRegistry: Registry | null = null;

/** Starts collecting the process's metrics (event-loop lag among them); once per process, however many services it runs. */
export function collectProcessMetrics(): void {
  if (processRegistry) return;
  processRegistry = new Registry();
  collectDefaultMetrics({ register: processRegistry });
}

export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;
