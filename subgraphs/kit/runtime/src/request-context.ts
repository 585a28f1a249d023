/**
 * Which request a piece of work belongs to, wherever it runs (a resolver, a DataLoader batch, a
 * log line, a call to another service): one request id per request, taken from the caller when
 * it sent a well-formed one (a gateway, a load balancer, the dashboard server), made up otherwise,
 * answered in the response header and passed on to every service the request reaches.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface RequestScope {
  requestId: string;
  /** The caller's W3C `traceparent`, when well-formed: logged and passed on even when tracing is off. */
  traceparent?: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Letters, digits and `._:-`, at most 128: a UUID, a ULID, a load balancer's id. Anything else (spaces, line breaks, text) is not echoed or logged. */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The caller's request id if well-formed, else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && WELL_FORMED.test(given) ? given : randomUUID();
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/** A W3C `traceparent` header (version 00) with a real trace and parent id, or undefined. */
export function wellFormedTraceparent(header: string | string[] | undefined): string | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  const match = value === undefined ? null : TRACEPARENT.exec(value);
  return match && !/^0+$/.test(match[1]) && !/^0+$/.test(match[2]) ? value : undefined;
}

/** The trace id in a well-formed `traceparent`. */
export function traceIdOf(traceparent: string): string {
  return traceparent.slice(3, 35);
}

/** Runs `fn` as part of one request: everything it starts, however asynchronous, sees the same scope. */
export function runInRequest<T>(request: RequestScope, fn: () => T): T {
  return scope.run(request, fn);
}

/** The request the current work belongs to, if any (background loops belong to none). */
export function currentRequest(): RequestScope | undefined {
  return scope.getStore();
}
