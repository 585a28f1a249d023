import type { GraphClient } from '@continuum/kit';

/** The subgraphs holding rows that name a person, and their own repoint and revert mutations. */
export const MERGE_SUBGRAPHS = {
  COUNCILS: { repoint: 'repointPersonInCouncils', revert: 'revertPersonRepointInCouncils' },
  HEALTH: { repoint: 'repointPersonInHealth', revert: 'revertPersonRepointInHealth' },
  SUPPORT: { repoint: 'repointPersonInSupport', revert: 'revertPersonRepointInSupport' },
} as const;

export type MergeSubgraph = keyof typeof MERGE_SUBGRAPHS;
export const MERGE_SUBGRAPH_ORDER = Object.keys(MERGE_SUBGRAPHS) as MergeSubgraph[];

export interface RepointResult {
  mergeId: string;
  rowsMoved: number;
  overlaps: string[];
}

interface MergeRef {
  id: string;
  survivorId: string;
  retiredPersonId: string;
}

/** Each is idempotent by merge id at the subgraph: a repeat after a lost answer moves nothing twice. */
export async function repointIn(graph: GraphClient, subgraph: MergeSubgraph, m: MergeRef): Promise<RepointResult> {
  const field = MERGE_SUBGRAPHS[subgraph].repoint;
  const data = await graph.request<{ result: RepointResult }>(
    `mutation Repoint($mergeId: ID!, $from: ID!, $to: ID!) { result: ${field}(mergeId: $mergeId, fromPersonId: $from, toPersonId: $to) { mergeId rowsMoved overlaps } }`,
    { mergeId: m.id, from: m.retiredPersonId, to: m.survivorId },
  );
  return data.result;
}

export async function revertIn(graph: GraphClient, subgraph: MergeSubgraph, mergeId: string): Promise<RepointResult> {
  const field = MERGE_SUBGRAPHS[subgraph].revert;
  const data = await graph.request<{ result: RepointResult }>(`mutation Revert($mergeId: ID!) { result: ${field}(mergeId: $mergeId) { mergeId rowsMoved overlaps } }`, { mergeId });
  return data.result;
}
