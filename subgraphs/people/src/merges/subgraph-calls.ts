import type { RemoteRepointStep } from '@continuum/identity';

const personStep = (repoint: string, revert: string): RemoteRepointStep => ({
  repoint,
  revert,
  fromArg: 'fromPersonId',
  toArg: 'toPersonId',
});

/** The subgraphs holding rows that name a person, and their own repoint and revert mutations (idempotent by merge id). */
export const MERGE_SUBGRAPHS = {
  COUNCILS: personStep('repointPersonInCouncils', 'revertPersonRepointInCouncils'),
  HEALTH: personStep('repointPersonInHealth', 'revertPersonRepointInHealth'),
  SUPPORT: personStep('repointPersonInSupport', 'revertPersonRepointInSupport'),
  TRAINING: personStep('repointPersonInTraining', 'revertPersonRepointInTraining'),
} as const;

export type MergeSubgraph = keyof typeof MERGE_SUBGRAPHS;
export const MERGE_SUBGRAPH_ORDER = Object.keys(MERGE_SUBGRAPHS) as MergeSubgraph[];
