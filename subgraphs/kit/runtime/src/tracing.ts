/**
 * OpenTelemetry traces, on only when an operator asks for them (OTEL_EXPORTER_OTLP_ENDPOINT):
 * otherwise no provider is registered and every helper here runs its work as it is, so tracing
 * costs nothing when it is off. One provider per process, started by the service's entry point.
 *
 * What a span may carry: names of operations, loaders and services, SQL with its parameters as
 * placeholders, counts, status codes, ids made by the hub. Never an argument, a variable, a row,
 * an error message or a GraphQL document: any of them can hold a person's NHS number, name or date
 * of birth.
 */
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
  type TextMapGetter,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { IncomingHttpHeaders } from 'node:http';
import { currentRequest, REQUEST_ID_HEADER } from './request-context.ts';

export { SpanKind } from '@opentelemetry/api';

let provider: NodeTracerProvider | null = null;

export interface TracingOptions {
  /** The service's name in every span it exports (OTEL_SERVICE_NAME overrides it). */
  service: string;
  /** Spans go here, each as it ends, instead of over OTLP (tests' in-memory exporter). */
  exporter?: SpanExporter;
}

export interface Tracing {
  /** Sends what is still buffered and unregisters the provider. */
  shutdown(): Promise<void>;
}

/** Whether an operator has named an OTLP endpoint for traces. */
export function otlpConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true') return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * Registers this process's tracer provider, exporting over OTLP (HTTP, protobuf) to
 * OTEL_EXPORTER_OTLP_ENDPOINT in batches, or to the exporter given. Returns null, and registers
 * nothing, when neither is there.
 */
export function startTracing(opts: TracingOptions): Tracing | null {
  if (provider) throw new Error('tracing is already started in this process');
  if (!opts.exporter && !otlpConfigured()) return null;
  const started = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: process.env.OTEL_SERVICE_NAME || opts.service }),
    spanProcessors: [opts.exporter ? new SimpleSpanProcessor(opts.exporter) : new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // The W3C trace context propagator and an AsyncLocalStorage context manager, globally (@apollo/gateway's spans use them too).
  started.register();
  provider = started;
  return {
    shutdown: async () => {
      if (provider !== started) return;
      provider = null;
      await started.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

export function tracingEnabled(): boolean {
  return provider !== null;
}

const tracer = () => trace.getTracer('continuum');

/** An error's kind for a span (a code or a class name), never its message, which may quote input. */
function errorType(err: unknown): string {
  const e = err as { code?: unknown; name?: unknown } | null;
  if (typeof e?.code === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(e.code)) return e.code;
  return typeof e?.name === 'string' ? e.name : 'Error';
}

function failed(span: Span, err: unknown): void {
  span.setAttribute('error.type', errorType(err));
  span.setStatus({ code: SpanStatusCode.ERROR });
}

/** Runs `fn` in a span of its own when tracing is on; just runs it otherwise. */
export async function inSpan<T>(
  name: string,
  attributes: Attributes,
  fn: () => Promise<T>,
  kind: SpanKind = SpanKind.INTERNAL,
): Promise<T> {
  if (!provider) return fn();
  return tracer().startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      return await fn();
    } catch (err) {
      failed(span, err);
      throw err;
    } finally {
      span.end();
    }
  });
}

/** String literals in SQL text, replaced in spans: the hub passes values as parameters, and this keeps any literal out too. */
const STRING_LITERAL = /'(?:[^']|'')*'/g;

/** One SQL statement as a client span: its text with placeholders, its database; never its parameters. */
export function sqlSpan<T>(text: string, database: string, fn: () => Promise<T>): Promise<T> {
  if (!provider) return fn();
  const operation = /^\s*([A-Za-z]+)/.exec(text)?.[1]?.toUpperCase() ?? 'SQL';
  return inSpan(
    `${operation} ${database}`,
    {
      'db.system.name': 'postgresql',
      'db.namespace': database,
      'db.operation.name': operation,
      'db.query.text': text.replace(STRING_LITERAL, "'?'").slice(0, 4_000),
    },
    fn,
    SpanKind.CLIENT,
  );
}

const headerGetter: TextMapGetter<IncomingHttpHeaders> = {
  keys: (headers) => Object.keys(headers),
  get: (headers, key) => headers[key.toLowerCase()],
};

/** An incoming request's server span, continuing the caller's trace (W3C traceparent), or nothing when tracing is off. */
export interface ServerSpan {
  /** Runs `fn` with the span active (as is when there is none). */
  run<T>(fn: () => T): T;
  end(statusCode: number): void;
}

/** What an untraced request runs in. */
export const NO_SERVER_SPAN: ServerSpan = { run: (fn) => fn(), end: () => {} };

export function startServerSpan(name: string, headers: IncomingHttpHeaders, attributes: Attributes): ServerSpan {
  if (!provider) return NO_SERVER_SPAN;
  const parent = propagation.extract(ROOT_CONTEXT, headers, headerGetter);
  const span = tracer().startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
  const active = trace.setSpan(parent, span);
  return {
    run: (fn) => context.with(active, fn),
    end: (statusCode) => {
      span.setAttribute('http.response.status_code', statusCode);
      if (statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}

/** Headers for a call to another service on behalf of the current request: its request id and trace context. */
export function propagationHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const request = currentRequest();
  if (request) headers[REQUEST_ID_HEADER] = request.requestId;
  if (provider) propagation.inject(context.active(), headers);
  // With tracing off, the caller's own trace context travels on unchanged, so every service's log lines name it.
  else if (request?.traceparent) headers.traceparent = request.traceparent;
  return headers;
}
