import type { MatchReviewModel, PersonModel } from '../generated/prisma/models.ts';
import type { RegistrationOutcome } from '../generated/resolvers-types.ts';
import type { Tx } from './tx.ts';

/** What a registration came to, as the PersonRegistration type shows it. */
export interface Registration {
  /** What an idempotency key remembers: enough to answer a repeat with this registration. */
  id: string;
  outcome: RegistrationOutcome;
  person: PersonModel | null;
  review: MatchReviewModel | null;
  matchedBy: string | null;
}

interface Remembered {
  outcome: RegistrationOutcome;
  personId: string | null;
  reviewId: string | null;
  matchedBy: string | null;
}

export function registration(
  outcome: RegistrationOutcome,
  person: PersonModel | null,
  review: MatchReviewModel | null,
  matchedBy: string | null = null,
): Registration {
  const remembered: Remembered = { outcome, personId: person?.id ?? null, reviewId: review?.id ?? null, matchedBy };
  return { id: JSON.stringify(remembered), outcome, person, review, matchedBy };
}

/**
 * The registration an idempotency key remembers. The person and review are read as they are
 * now (a review may have been decided since); the outcome is the one first given.
 */
export async function rememberedRegistration(tx: Tx, id: string): Promise<Registration> {
  const r = JSON.parse(id) as Remembered;
  const person = r.personId ? await tx.person.findUnique({ where: { id: r.personId } }) : null;
  const review = r.reviewId ? await tx.matchReview.findUnique({ where: { id: r.reviewId } }) : null;
  return { id, outcome: r.outcome, person, review, matchedBy: r.matchedBy };
}
