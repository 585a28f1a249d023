/**
 * Where a service's log lines go. Services take a Logger rather than deciding for themselves
 * whether to speak: the hub gives them `jsonLogger` (one JSON object per line, on the console's
 * streams), tests give them `quietLogger` or a `recordingLogger` they can read back.
 */
export type LogFields = Record<string, unknown>;

export interface Logger {
  error(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
}

/** An error's parts worth logging (its stack included: logs are for operators, never clients). */
export function errorFields(err: unknown): LogFields {
  const e = err as { name?: string; message?: string; code?: unknown; stack?: string } | null;
  return { name: e?.name, code: e?.code, message: e?.message ?? String(err), stack: e?.stack };
}

/** One JSON line per entry: errors on stderr (console.error), warnings and notes beside them. */
export const jsonLogger: Logger = {
  error: (msg, fields) => console.error(JSON.stringify({ level: 'error', msg, ...fields })),
  warn: (msg, fields) => console.warn(JSON.stringify({ level: 'warn', msg, ...fields })),
  info: (msg, fields) => console.log(JSON.stringify({ level: 'info', msg, ...fields })),
};

/** Says nothing. */
export const quietLogger: Logger = { error: () => {}, warn: () => {}, info: () => {} };

/** Keeps every entry, for a test to read back. */
export function recordingLogger(): Logger & { entries: ({ level: 'error' | 'warn' | 'info'; msg: string } & LogFields)[] } {
  const entries: ({ level: 'error' | 'warn' | 'info'; msg: string } & LogFields)[] = [];
  return {
    entries,
    error: (msg, fields) => void entries.push({ level: 'error', msg, ...fields }),
    warn: (msg, fields) => void entries.push({ level: 'warn', msg, ...fields }),
    info: (msg, fields) => void entries.push({ level: 'info', msg, ...fields }),
  };
}
