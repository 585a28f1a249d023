import type { PaMatchReviewModel, PersonalAssistantModel } from '../generated/prisma/models.ts';
import type { PaRegistrationOutcome } from '../generated/resolvers-types.ts';
import type { Tx } from './tx.ts';

/** What a PA registration came to, as the PaRegistration type shows it. */
export interface PaRegistrationResult {
  /** What an idempotency key remembers: enough to answer a repeat with this registration. */
  id: string;
  outcome: PaRegistrationOutcome;
  personalAssistant: PersonalAssistantModel | null;
  review: PaMatchReviewModel | null;
  matchedBy: string | null;
}

interface Remembered {
  outcome: PaRegistrationOutcome;
  personalAssistantId: string | null;
  reviewId: string | null;
  matchedBy: string | null;
}

export function paRegistration(
  outcome: PaRegistrationOutcome,
  personalAssistant: PersonalAssistantModel | null,
  review: PaMatchReviewModel | null,
  matchedBy: string | null = null,
): PaRegistrationResult {
  const remembered: Remembered = { outcome, personalAssistantId: personalAssistant?.id ?? null, reviewId: review?.id ?? null, matchedBy };
  return { id: JSON.stringify(remembered), outcome, personalAssistant, review, matchedBy };
}

/** The registration an idempotency key remembers, the PA and review read as they are now. */
export async function rememberedPaRegistration(tx: Tx, id: string): Promise<PaRegistrationResult> {
  const r = JSON.parse(id) as Remembered;
  const personalAssistant = r.personalAssistantId ? await tx.personalAssistant.findUnique({ where: { id: r.personalAssistantId } }) : null;
  const review = r.reviewId ? await tx.paMatchReview.findUnique({ where: { id: r.reviewId } }) : null;
  return { id, outcome: r.outcome, personalAssistant, review, matchedBy: r.matchedBy };
}
