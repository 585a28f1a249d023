/**
 * The review workflow shared by every register that matches identities (people at the hub,
 * PAs at the support register): who decides and why, which status each decision needs, the
 * reason an automatic link records, and the row lock that makes competing decisions take turns.
 */
import { randomUUID } from 'node:crypto';
import {
  conflict,
  notFound,
  uniqueViolation,
  type RawStatements,
  type TransactionRunner,
  requireId,
  requireText,
} from '@continuum/runtime';
import type { MatchConfig, ScoredCandidate } from './types.ts';

export type ReviewAction = 'LINK' | 'NOT_A_MATCH' | 'UNLINK' | 'REOPEN';
export type ReviewStatus = 'OPEN' | 'LINKED' | 'NOT_A_MATCH';

/** decidedBy of the decisions matching takes on its own. */
export const AUTOMATIC = 'automatic matching';

export interface ReviewDecider {
  decidedBy: string;
  reason: string;
}

/** Who decided and why: both required, trimmed, bounded. */
export function reviewDecider(decidedBy: string, reason: string): ReviewDecider {
  return { decidedBy: requireText(decidedBy, 'decidedBy', 200), reason: requireText(reason, 'reason', 1_000) };
}

export function requireReviewStatus(review: { status: string }, allowed: ReviewStatus, action: ReviewAction): void {
  if (review.status !== allowed) throw conflict('id', `the review is ${review.status}; ${action} needs it ${allowed}`);
}

/** The reason recorded for a link matching made on its own: the rule or the score, then each field's reason. */
export function automaticLinkReason(candidate: ScoredCandidate, config: MatchConfig): string {
  const why = candidate.rule
    ? `approved rule ${candidate.rule}`
    : `score ${candidate.score.toFixed(2)} at or above the link threshold ${config.linkThreshold}`;
  return [`Linked at registration by ${why}`, ...candidate.reasons].join('; ');
}

interface RawQueries extends RawStatements {
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): PromiseLike<T>;
}

/**
 * Runs one decision on a review in a transaction holding the review's row lock, so concurrent
 * decisions take turns and each sees the status the previous one left: exactly one of two
 * competing decisions wins, the other is a CONFLICT. `decision` loads the review, checks and
 * applies the decision and records it; an identifier taken meanwhile is a CONFLICT too.
 */
export async function withLockedReview<Tx extends RawQueries, R>(
  db: TransactionRunner<Tx> & {
    $transaction<T>(fn: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): PromiseLike<T>;
  },
  review: { table: string; typeName: string; rawId: string; identifiersField: string },
  options: { timeout: number; maxWait: number },
  decision: (tx: Tx, id: string) => Promise<R>,
): Promise<R> {
  const id = requireId(review.rawId, 'id');
  try {
    return await db.$transaction(async (tx) => {
      const locked = await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${review.table}" WHERE id = $1::uuid FOR UPDATE`, id);
      if (!locked.length) throw notFound(review.typeName, 'id', review.rawId);
      return decision(tx, id);
    }, options);
  } catch (err) {
    if (uniqueViolation(err) !== null)
      throw conflict(review.identifiersField, 'an identifier of this review now belongs to another record');
    throw err;
  }
}

/** The columns every decision row has: id, review, action, what it attached or removed, who and why. */
export function decisionRow(reviewId: string, action: ReviewAction, identifiers: unknown[], by: ReviewDecider, automatic = false) {
  return { id: randomUUID(), reviewId, action, identifiers: identifiers as never, automatic, decidedBy: by.decidedBy, reason: by.reason };
}
