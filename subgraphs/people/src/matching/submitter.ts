import { requestAccessOf } from '@continuum/access';
import type { StoredSubmission } from './stored.ts';

/** The organisation a user registering an identity acts for; null for the hub's own services. */
export function submitterOf(ctx: unknown): string | null {
  const { caller } = requestAccessOf(ctx);
  return caller.role === 'HUB_SERVICE' ? null : caller.organisationCode;
}

/** Whose a review is: the person it now names, and the organisation that submitted the identity. */
export function reviewSubject(review: { personId: string | null; submitted: unknown }) {
  const by = (review.submitted as StoredSubmission | null)?.submittedBy;
  return { personId: review.personId, organisationCodes: by ? [by] : [] };
}
