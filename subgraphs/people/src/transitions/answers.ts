import type { GraphClient } from '@continuum/runtime';
import type { TransitionModel } from '../generated/prisma/models.ts';
import { partiesOf } from './record.ts';

interface Answer {
  funderCode: string;
  decision: 'AGREE' | 'REJECT';
  note: string | null;
}

interface Answers {
  councilResponses: Answer[] | null;
  healthResponses: Answer[] | null;
}

/** What the parties' answers add up to so far. */
export type Verdict = { outcome: 'REJECTED'; reason: string } | { outcome: 'AGREED' } | { outcome: 'WAITING' };

/** Keeps each request to the gateway within its alias limit (15), which the hub's own calls obey too. */
const PER_REQUEST = 15;

/**
 * Each funder keeps its own answers; the graph joins them onto the transition. Many
 * transitions are asked about in one request (aliases), so the funders load them in batches.
 */
async function fetchAnswers(graph: GraphClient, ids: string[]): Promise<Map<string, Answers>> {
  const out = new Map<string, Answers>();
  for (let from = 0; from < ids.length; from += PER_REQUEST) {
    const chunk = ids.slice(from, from + PER_REQUEST);
    const fields = 'councilResponses { funderCode decision note } healthResponses { funderCode decision note }';
    const query = `query TransitionAnswers(${chunk.map((_, i) => `$i${i}: ID!`).join(', ')}) {
      ${chunk.map((_, i) => `t${i}: transition(id: $i${i}) { ${fields} }`).join('\n')}
    }`;
    const data = await graph.request<Record<string, Answers | null>>(query, Object.fromEntries(chunk.map((id, i) => [`i${i}`, id])));
    chunk.forEach((id, i) => {
      const answers = data[`t${i}`];
      if (answers) out.set(id, answers);
    });
  }
  return out;
}

function verdict(t: TransitionModel, answers: Answers): Verdict {
  const given = partiesOf(t).map((p) =>
    (p.funderKind === 'COUNCIL' ? answers.councilResponses : answers.healthResponses)?.find((a) => a.funderCode === p.funderCode),
  );
  const rejection = given.find((a) => a?.decision === 'REJECT');
  if (rejection) return { outcome: 'REJECTED', reason: rejection.note?.trim() || `Rejected by ${rejection.funderCode}` };
  return given.every((a) => a?.decision === 'AGREE') ? { outcome: 'AGREED' } : { outcome: 'WAITING' };
}

/** The verdict on each transition, by id; throws when the graph cannot answer. */
export async function verdictsFor(graph: GraphClient, transitions: TransitionModel[]): Promise<Map<string, Verdict>> {
  if (!transitions.length) return new Map();
  const answers = await fetchAnswers(
    graph,
    transitions.map((t) => t.id),
  );
  return new Map(transitions.map((t) => [t.id, answers.has(t.id) ? verdict(t, answers.get(t.id)!) : { outcome: 'WAITING' }]));
}
