import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { pinoLogger, withFields } from '../logger.ts';
import { requestIdFrom, runInRequest, wellFormedTraceparent } from '../request-context.ts';

/** A pino logger at `level` whose lines a test reads back, parsed. */
function readable(level?: string) {
  const lines: string[] = [];
  const logger = pinoLogger({ level, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('the production logger (pino)', () => {
  it('writes one JSON object per line with the time, the level by name, the message and the fields', () => {
    const { logger, entries } = readable('info');
    logger.error('internal error', { errorId: 'e-1', where: 'people' });
    const [line] = entries();
    assert.equal(line.level, 'error');
    assert.equal(line.msg, 'internal error');
    assert.equal(line.errorId, 'e-1');
    assert.equal(line.where, 'people');
    assert.match(String(line.time), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("names the request id and the caller's trace on every line written while a request runs, and neither outside one", async () => {
    const { logger, entries } = readable('info');
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    await runInRequest({ requestId: 'req-1', traceparent }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      logger.info('inside');
    });
    logger.info('outside');
    const [inside, outside] = entries();
    assert.equal(inside.requestId, 'req-1');
    assert.equal(inside.traceId, '4bf92f3577b34da6a3ce929d0e0e4736');
    assert.equal('requestId' in outside || 'traceId' in outside, false);
  });

  it('writes only lines at its level or above: LOG_LEVEL, info by default', () => {
    const warn = readable('warn');
    warn.logger.info('not written');
    warn.logger.warn('written');
    assert.deepEqual(
      warn.entries().map((l) => l.msg),
      ['written'],
    );
    const saved = process.env.LOG_LEVEL;
    try {
      process.env.LOG_LEVEL = 'error';
      const fromEnv = readable();
      fromEnv.logger.warn('not written');
      fromEnv.logger.error('written');
      assert.deepEqual(
        fromEnv.entries().map((l) => l.msg),
        ['written'],
      );
      delete process.env.LOG_LEVEL;
      const byDefault = readable();
      byDefault.logger.debug?.('not written');
      byDefault.logger.info('written');
      assert.deepEqual(
        byDefault.entries().map((l) => l.msg),
        ['written'],
      );
    } finally {
      if (saved === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = saved;
    }
  });

  it('logs at info, and says so, when LOG_LEVEL names no level', () => {
    const { logger, entries } = readable('loud');
    logger.info('written');
    const [warning, line] = entries();
    assert.equal(warning.level, 'warn');
    assert.match(String(warning.msg), /LOG_LEVEL/);
    assert.equal(line.msg, 'written');
  });

  it('withFields adds its fields to every line (which service of the hub is speaking)', () => {
    const { logger, entries } = readable('info');
    withFields(logger, { service: 'people' }).warn('slow', { ms: 3 });
    assert.deepEqual([entries()[0].service, entries()[0].ms], ['people', 3]);
  });
});

describe('request ids and trace context from callers', () => {
  it("keeps a caller's well-formed x-request-id", () => {
    for (const id of ['readme-1', '0f8fad5b-d9cb-469f-a165-70867728950e', '01ARZ3NDEKTSV4RRFFQ69G5FAV', 'lb:abc.123_x-y'])
      assert.equal(requestIdFrom(id), id);
    assert.equal(requestIdFrom(['first', 'second']), 'first');
  });

  it('replaces a missing or malformed x-request-id with a new UUID', () => {
    for (const bad of [undefined, '', 'has space', 'x'.repeat(129), '-leading-dash', 'quote"d', 'é'])
      assert.match(requestIdFrom(bad), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, String(bad));
  });

  it('takes a traceparent only when it is a W3C version 00 header with real ids', () => {
    const good = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    assert.equal(wellFormedTraceparent(good), good);
    for (const bad of [
      '00-00000000000000000000000000000000-00f067aa0ba902b7-01',
      '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01',
      '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01',
      '01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      'Eleanor Robson',
    ])
      assert.equal(wellFormedTraceparent(bad), undefined, bad);
  });
});
