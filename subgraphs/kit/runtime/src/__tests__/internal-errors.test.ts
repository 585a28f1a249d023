import { describe, expect, it } from '@jest/globals';
import type { Logger } from '../logger.ts';
import { INTERNAL_ERROR_MESSAGE, maskInternalError } from '../internal-errors.ts';

const logged: { level: string; msg: string }[] = [];
const logger = {
  error: (msg: string) => logged.push({ level: 'error', msg }),
  warn: (msg: string) => logged.push({ level: 'warn', msg }),
  info: () => {},
  debug: () => {},
} as unknown as Logger;

/** What Prisma 7's pg adapter throws when the server is not there (shape as thrown, fields trimmed). */
function prismaUnreachable(): Error {
  return Object.assign(new Error('Invalid invocation'), {
    name: 'PrismaClientKnownRequestError',
    code: 'P1001',
    meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 } } },
  });
}

const formatted = { message: 'anything', path: ['person'], extensions: { code: 'INTERNAL_SERVER_ERROR' } };

describe('maskInternalError', () => {
  it('answers a database that cannot be reached as retryable DATABASE_UNAVAILABLE naming the service, with no error id', () => {
    const out = maskInternalError(formatted, prismaUnreachable(), 'training', logger);
    expect(out.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', serviceName: 'training' });
    expect(out.path).toEqual(['person']);
    expect(logged.at(-1)?.level).toBe('warn');
  });

  it('recognises a connection cut by a server shutting down (SQLSTATE 57P01) behind the driver adapter', () => {
    const err = Object.assign(new Error('x'), { meta: { driverAdapterError: { cause: { kind: 'postgres', originalCode: '57P01' } } } });
    expect(maskInternalError(formatted, err, 'people', logger).extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(maskInternalError(formatted, new Error('Connection terminated unexpectedly'), 'people', logger).extensions?.code).toBe(
      'DATABASE_UNAVAILABLE',
    );
  });

  it('still masks any other failure (a constraint, a programming error) as INTERNAL_SERVER_ERROR with a logged error id', () => {
    const constraint = Object.assign(new Error('Unique constraint failed'), { code: 'P2002' });
    for (const err of [constraint, new TypeError('x is undefined')]) {
      const out = maskInternalError(formatted, err, 'support', logger);
      expect(out.message).toBe(INTERNAL_ERROR_MESSAGE);
      expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(typeof out.extensions?.errorId).toBe('string');
      expect(logged.at(-1)?.level).toBe('error');
    }
  });
});
