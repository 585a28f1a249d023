import { decide, MatchIndex, type MatchConfig, type MatchOutcome } from '@continuum/identity';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { paIdentity, submittedPaIdentity } from './identity.ts';
import type { StoredPaSubmission } from './stored.ts';

/**
 * What a bulk import of PAs needs beside the writers in outcomes.ts: the register in memory as
 * a blocking index, and a decision for one submission against it. After writing an outcome the
 * importer files the PA it created or linked (index.add) so later rows of the file find it.
 */

/** Every current PA on the register, filed under its blocking keys. */
export async function loadPaMatchIndex(db: PrismaClient): Promise<MatchIndex> {
  const index = new MatchIndex();
  for (const pa of await db.personalAssistant.findMany({ where: { mergedInto: null }, orderBy: { id: 'asc' } })) index.add(paIdentity(pa));
  return index;
}

/** The decision for a validated submission (see paSubmissionFrom) against the index. */
export function decidePaSubmission(index: MatchIndex, submission: StoredPaSubmission, config: MatchConfig): MatchOutcome {
  const identity = submittedPaIdentity(submission);
  return decide(identity, index.candidates(identity), config);
}
