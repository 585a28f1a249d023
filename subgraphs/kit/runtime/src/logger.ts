/**
 * Where a service's log lines go. Services take a Logger rather than deciding for themselves
 * whether to speak: in production `jsonLogger` (pino: one JSON object per line on stdout, at
 * LOG_LEVEL, each naming the request and trace it belongs to), in tests `quietLogger` or a
 * `recordingLogger` they can read back.
 *
 * What a line may carry: ids the hub made (request, trace, error, record ids), codes, names of
 * services and operations, counts and timings, errors for the operator. Never a request's
 * arguments, variables, query string or answer: those hold people's NHS numbers, names and dates
 * of birth.
 */
import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import pino, { type DestinationStream } from 'pino';
import { currentRequest, traceIdOf } from './request-context.ts';

export type LogFields = Record<string, unknown>;

export interface Logger {
  error(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  /** Detail an operator turns on with LOG_LEVEL=debug. */
  debug?(msg: string, fields?: LogFields): void;
}

/** An error's parts worth logging (its stack included: logs are for operators, never clients). */
export function errorFields(err: unknown): LogFields {
  const e = err as { name?: string; message?: string; code?: unknown; stack?: string } | null;
  return { name: e?.name, code: e?.code, message: e?.message ?? String(err), stack: e?.stack };
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const isLogLevel = (value: string): value is LogLevel => (LOG_LEVELS as readonly string[]).includes(value);

/** The request and trace the current work belongs to, added to every line. */
function correlation(): LogFields {
  const request = currentRequest();
  const span = trace.getSpanContext(context.active());
  const traced = span !== undefined && isSpanContextValid(span);
  const traceId = traced ? span.traceId : request?.traceparent ? traceIdOf(request.traceparent) : undefined;
  return {
    ...(request ? { requestId: request.requestId } : {}),
    ...(traceId ? { traceId } : {}),
    ...(traced ? { spanId: span.spanId } : {}),
  };
}

export interface PinoLoggerOptions {
  /** LOG_LEVEL by default, else info. */
  level?: string;
  /** stdout by default; a test passes a stream it reads back. */
  destination?: DestinationStream;
}

/** A pino logger behind the Logger interface: JSON lines with time, level name, msg, fields, requestId, traceId and spanId. */
export function pinoLogger(opts: PinoLoggerOptions = {}): Logger {
  const asked = opts.level ?? process.env.LOG_LEVEL ?? 'info';
  const level: LogLevel = isLogLevel(asked) ? asked : 'info';
  const log = pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: correlation,
    },
    opts.destination ?? pino.destination({ fd: 1, sync: true }),
  );
  if (level !== asked) log.warn({ asked, levels: LOG_LEVELS }, 'LOG_LEVEL is not a level; logging at info');
  return {
    error: (msg, fields) => log.error(fields ?? {}, msg),
    warn: (msg, fields) => log.warn(fields ?? {}, msg),
    info: (msg, fields) => log.info(fields ?? {}, msg),
    debug: (msg, fields) => log.debug(fields ?? {}, msg),
  };
}

let production: Logger | null = null;

/** The services' logger in production: pino on stdout at LOG_LEVEL, made on first use. */
export const jsonLogger: Logger = {
  error: (msg, fields) => (production ??= pinoLogger()).error(msg, fields),
  warn: (msg, fields) => (production ??= pinoLogger()).warn(msg, fields),
  info: (msg, fields) => (production ??= pinoLogger()).info(msg, fields),
  debug: (msg, fields) => (production ??= pinoLogger()).debug?.(msg, fields),
};

/** The same logger with fields on every line (e.g. which service of a hub run in one process is speaking). */
export function withFields(logger: Logger, fixed: LogFields): Logger {
  return {
    error: (msg, fields) => logger.error(msg, { ...fixed, ...fields }),
    warn: (msg, fields) => logger.warn(msg, { ...fixed, ...fields }),
    info: (msg, fields) => logger.info(msg, { ...fixed, ...fields }),
    debug: (msg, fields) => logger.debug?.(msg, { ...fixed, ...fields }),
  };
}

/** Says nothing. */
export const quietLogger: Logger = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} };

type Entry = { level: 'error' | 'warn' | 'info' | 'debug'; msg: string } & LogFields;

/** Keeps every entry, for a test to read back. */
export function recordingLogger(): Logger & { entries: Entry[] } {
  const entries: Entry[] = [];
  return {
    entries,
    error: (msg, fields) => void entries.push({ level: 'error', msg, ...fields }),
    warn: (msg, fields) => void entries.push({ level: 'warn', msg, ...fields }),
    info: (msg, fields) => void entries.push({ level: 'info', msg, ...fields }),
    debug: (msg, fields) => void entries.push({ level: 'debug', msg, ...fields }),
  };
}
