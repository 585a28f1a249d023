/** The check's findings as text a partner's developer (or their CI log) can act on. */
import type { CheckReport } from './registry.ts';

export function formatReport(r: CheckReport): string {
  const lines: string[] = [];
  if (r.compositionErrors.length) {
    lines.push(`✗ ${r.subgraph} does not compose with the rest of the graph (${r.compositionErrors.length} error(s)):`);
    for (const e of r.compositionErrors) lines.push(`  - ${e}`);
    return lines.join('\n');
  }
  lines.push(
    r.ok
      ? `✓ ${r.subgraph} composes with the rest of the graph and breaks no registered operation.`
      : `✗ ${r.subgraph} would break clients of the graph:`,
  );
  for (const b of r.breaking ?? []) {
    lines.push(`  BREAKING  ${b.message}`);
    for (const op of b.operations) lines.push(`            used by ${op}`);
  }
  for (const b of r.brokenOperations ?? []) {
    lines.push(`  BREAKING  registered operation ${b.operation} no longer validates:`);
    for (const e of b.errors) lines.push(`            ${e}`);
  }
  const notes: [string, { message: string }[] | undefined][] = [
    ['breaking, but no registered operation uses it', r.unusedBreaking],
    ['dangerous', r.dangerous],
    ['safe', r.safe],
  ];
  for (const [label, changes] of notes) {
    if (changes?.length) lines.push(`  ${changes.length} ${label}:`, ...changes.map((c) => `    - ${c.message}`));
  }
  if (r.ok && !r.safe?.length && !r.dangerous?.length && !r.unusedBreaking?.length) lines.push('  No change to the public schema.');
  return lines.join('\n');
}
