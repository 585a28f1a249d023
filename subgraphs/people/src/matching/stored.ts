import type { ScoredCandidate } from '@continuum/identity';
import type { MatchDecisionModel, MatchReviewModel } from '../generated/prisma/models.ts';

/** An agency's own identifier for a person, as kept in a review's JSON. */
export interface StoredIdentifier {
  agency: 'COUNCIL' | 'HEALTH' | 'SUPPORT_ORGANISATION' | 'TRAINING_PROVIDER';
  organisationCode: string;
  value: string;
}

/** The identity an agency submitted, validated and normalised, kept on its review as JSON. */
export interface StoredSubmission {
  nhsNumber: string | null;
  /** UK Core verification code, 01-08. */
  nhsNumberStatus: string;
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  postcodeDistrict: string | null;
  /** Recorded sex, F or M; absent (or null) when not known. */
  sex?: 'F' | 'M' | null;
  localIdentifiers: StoredIdentifier[];
  /** The organisation that submitted it (its code): its own to see. Absent when the hub's services did. */
  submittedBy?: string | null;
}

/** A candidate as matching scored it when the review was opened. */
export type StoredCandidate = ScoredCandidate;

export const submissionOf = (review: MatchReviewModel): StoredSubmission => review.submitted as unknown as StoredSubmission;
export const candidatesOf = (review: MatchReviewModel): StoredCandidate[] => review.candidates as unknown as StoredCandidate[];
export const identifiersOf = (decision: MatchDecisionModel): StoredIdentifier[] => decision.identifiers as unknown as StoredIdentifier[];

/** The key an identifier is unique by (agency, organisation, value). */
export const identifierKey = (l: StoredIdentifier): string => `${l.agency}|${l.organisationCode}|${l.value}`;
