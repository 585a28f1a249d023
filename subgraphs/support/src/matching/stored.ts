import type { ScoredCandidate } from '@continuum/identity';
import type { PaMatchDecisionModel, PaMatchReviewModel } from '../generated/prisma/models.ts';

/** A register organisation's own identifier for a PA. */
export interface StoredPaIdentifier {
  organisationId: string;
  value: string;
}

/** The PA identity a register submitted, validated and normalised, kept on its review as JSON. */
export interface StoredPaSubmission {
  registerOrganisationId: string;
  registerReference: string;
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  /** Two digits and a letter A-D. Restricted: held for matching, never shown in the graph. */
  niNumberSuffix: string;
  postcodeDistrict: string;
  /** Recorded sex, F or M; absent (or null) when not known. */
  sex?: 'F' | 'M' | null;
  employmentStatus: string;
  services: string[];
  languages: string[];
}

/** A candidate as matching scored it when the review was opened; personId is the PA's id. */
export type StoredPaCandidate = ScoredCandidate;

export const paSubmissionOf = (review: PaMatchReviewModel): StoredPaSubmission => review.submitted as unknown as StoredPaSubmission;
export const paCandidatesOf = (review: PaMatchReviewModel): StoredPaCandidate[] => review.candidates as unknown as StoredPaCandidate[];
export const paIdentifiersOf = (decision: PaMatchDecisionModel): StoredPaIdentifier[] =>
  decision.identifiers as unknown as StoredPaIdentifier[];

/** The register identifier a submission carries. */
export const submittedIdentifier = (s: StoredPaSubmission): StoredPaIdentifier => ({
  organisationId: s.registerOrganisationId,
  value: s.registerReference,
});

/** Whose a review is: the PA it now names, and the register that submitted the identity. */
export function paReviewSubject(review: { personalAssistantId: string | null; submitted: unknown }) {
  const register = (review.submitted as StoredPaSubmission | null)?.registerOrganisationId;
  return { paId: review.personalAssistantId, organisationCodes: register ? [register] : [] };
}
