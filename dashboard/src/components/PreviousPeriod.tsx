import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { usePersisted } from '../api';
import { longDate, previousPeriod } from '../dates';
import type { AggregateFilter } from '../generated/graphql';
import type { PageSelection } from '../selection';

/**
 * The page's figures for the previous period of the same length (ending the day before this
 * one's first), asked as a second persisted operation once the hub has said which period this
 * one is; null until answered, or when it could not be (the page then shows this period alone).
 */
export function usePreviousPeriod<Result>(
  document: TypedDocumentNode<Result, { filter?: AggregateFilter | null }>,
  selection: PageSelection,
  period: { from: string; to: string } | undefined,
): Result | null {
  const before = period ? previousPeriod(period.from, period.to) : null;
  const previous = usePersisted(document, { filter: { ...selection.filter, ...before } }, before !== null && selection.filter !== null);
  return previous.data && !previous.loading ? previous.data : null;
}

/** The line that says which period the "Previous period" figures beside the headline figures are for. */
export function PreviousPeriodNote(props: { period: { from: string; to: string } | null | undefined }) {
  if (!props.period) return null;
  return (
    <p className="nhsuk-body" data-previous-period>
      Beside each headline figure, the same figure for the previous period of the same length: {longDate(props.period.from)} to{' '}
      {longDate(props.period.to)}.
    </p>
  );
}
