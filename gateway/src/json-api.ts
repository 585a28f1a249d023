/**
 * What the gateway's small JSON APIs (the registry's, the access API partners call) share: a
 * refusal carrying its HTTP status and error code, and reading a request's body as one JSON
 * object, refused past a size limit.
 */
import type { ErrorCode } from '@continuum/runtime';
import type http from 'node:http';

/** A request refused: answered with `status` and a GraphQL-style error of `code`. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The body as a JSON object; 413 past `limit` bytes, 400 when it is not one object. */
export async function readJsonObject(req: http.IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Refusal(413, 'PAYLOAD_TOO_LARGE', 'Request body too large');
    chunks.push(chunk);
  }
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new Refusal(400, 'BAD_REQUEST', 'The body must be a JSON object');
}
