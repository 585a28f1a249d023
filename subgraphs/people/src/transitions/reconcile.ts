import type { Coordinator } from './coordinator.ts';
import { decide } from './decide.ts';
import { runSteps } from './steps.ts';
import { IN_FLIGHT } from './vocabulary.ts';

/**
 * Advances transitions as far as the facts allow: answers and readiness move PROPOSED and
 * AGREED ones on; APPLYING ones run their pending steps. When the graph cannot be reached
 * nothing is lost: what was done is recorded, and the next pass carries on from there.
 */
export async function reconcile(c: Coordinator, ids: string[], opts: { skipLocked?: boolean } = {}): Promise<void> {
  const rows = await c.db.transition.findMany({ where: { id: { in: ids }, status: { in: IN_FLIGHT } } });
  await decide(c, rows, opts);
  const applying = await c.db.transition.findMany({
    where: { id: { in: rows.map((t) => t.id) }, status: 'APPLYING' },
    select: { id: true },
  });
  for (const { id } of applying) await runSteps(c, id, opts);
}
