import { jsonLogger, type Logger } from './logger.ts';

const DEFAULT_INTERVAL_MS = 2_000;

/** CONTINUUM_RECONCILE_INTERVAL_MS (2 s by default; 0 turns background sweeps off). */
export function sweepIntervalMs(): number {
  const raw = process.env.CONTINUUM_RECONCILE_INTERVAL_MS;
  const n = raw === undefined || raw === '' ? DEFAULT_INTERVAL_MS : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_INTERVAL_MS;
}

const completed = new Map<string, number>();

/** How many sweeps each loop in this process has finished, by label (a loop that has not swept is absent). */
export function completedSweeps(): Record<string, number> {
  return Object.fromEntries(completed);
}

/**
 * Runs `sweep` every CONTINUUM_RECONCILE_INTERVAL_MS, one sweep at a time, re-driving work left
 * unfinished (steps pending while a subgraph was down). A failure is reported once while the
 * same problem lasts. stop() waits for the running sweep to finish.
 */
export function startSweepLoop(label: string, sweep: () => Promise<void>, logger: Logger = jsonLogger): { stop(): Promise<void> } {
  const every = sweepIntervalMs();
  if (every === 0) return { stop: async () => {} };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let lastProblem = '';
  const tick = () => {
    running = sweep()
      .then(() => {
        lastProblem = '';
        completed.set(label, (completed.get(label) ?? 0) + 1);
      })
      .catch((err: Error) => {
        if (!stopped && err.message !== lastProblem) logger.warn(`${label} failed`, { reason: err.message });
        lastProblem = err.message;
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, every);
      });
  };
  timer = setTimeout(tick, every);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
