/**
 * What every service does around each HTTP request it answers: gives it a request id (the
 * caller's when well-formed) and answers it in `x-request-id`; continues the caller's trace in a
 * server span when tracing is on (GraphQL requests only: probes and scrapes make no traces); and
 * writes one access line when the answer is sent. The line names the method, the path without
 * its query string (a GET's query string can hold an NHS number), the status and the time taken.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { AsyncResource } from 'node:async_hooks';
import type { Logger } from './logger.ts';
import { REQUEST_ID_HEADER, requestIdFrom, runInRequest, wellFormedTraceparent } from './request-context.ts';
import { NO_SERVER_SPAN, startServerSpan } from './tracing.ts';
import { logInternalError } from './internal-errors.ts';
import { randomUUID } from 'node:crypto';

export interface ObservedService {
  /** The service's name in spans and log lines. */
  service: string;
  logger: Logger;
  /** Paths whose requests are traced and logged at `requestLog`; others are logged at debug, untraced. */
  tracedPaths?: readonly string[];
  /** The level of the access line for those paths: info by default. */
  requestLog?: 'info' | 'debug';
}

/** Runs `handle` for one request inside its request scope and span. Never rejects: a failure `handle` left unanswered is logged and answered 500. */
export function observeRequest(
  observed: ObservedService,
  req: IncomingMessage,
  res: ServerResponse,
  handle: () => Promise<void>,
): Promise<void> {
  const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  res.setHeader(REQUEST_ID_HEADER, requestId);
  const method = req.method ?? 'GET';
  const path = new URL(req.url ?? '/', 'http://service').pathname;
  const traced = (observed.tracedPaths ?? ['/graphql']).includes(path);
  const started = performance.now();
  return runInRequest({ requestId, traceparent: wellFormedTraceparent(req.headers.traceparent) }, () => {
    const span = traced
      ? startServerSpan(`${method} ${path}`, req.headers, {
          'http.request.method': method,
          'url.path': path,
          'continuum.service': observed.service,
          'continuum.request_id': requestId,
        })
      : NO_SERVER_SPAN;
    return span.run(() => {
      // Bound here, so the line written when the answer is sent names this request and its trace.
      res.once(
        'close',
        AsyncResource.bind(() => {
          span.end(res.statusCode);
          const fields = { method, path, status: res.statusCode, durationMs: Math.round(performance.now() - started) };
          if (traced && (observed.requestLog ?? 'info') === 'info') observed.logger.info('request', fields);
          else observed.logger.debug?.('request', fields);
        }),
      );
      return handle().catch((err: unknown) => {
        logInternalError(randomUUID(), observed.service, err, observed.logger);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end();
      });
    });
  });
}

/** A node:http listener that answers each request with `listener` inside observeRequest. */
export function observedListener(
  observed: ObservedService,
  listener: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>,
): RequestListener {
  return (req, res) => void observeRequest(observed, req, res, async () => listener(req, res));
}
