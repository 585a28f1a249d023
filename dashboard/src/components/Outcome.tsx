import type { GraphError, Loaded } from '../api';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';

/** The form field a refusal's GraphQL field names, for the error summary's link. */
const FIELD_TARGETS: Record<string, { href: string; label: string }> = {
  'filter.councilGssCode': { href: '#filter-council', label: 'Choose a council from the list' },
  'filter.icbOdsCode': { href: '#filter-icb', label: 'Choose an NHS commissioner from the list' },
  'filter.areaCode': { href: '#filter-area', label: 'Choose an area from the list' },
  'filter.from': { href: '#filter-from-day', label: 'Check the start of the period' },
  'filter.to': { href: '#filter-to-day', label: 'Check the end of the period' },
};

/** What the reader is told about a failure: what happened in their words, and where to correct it. */
export function failureItems(error: GraphError): { title: string; items: SummaryItem[]; canRetry: boolean } {
  if (error.kind === 'NETWORK')
    return {
      title: 'The figures could not be loaded',
      items: [{ message: 'The dashboard could not reach the hub. Check your internet connection, then try again.' }],
      canRetry: true,
    };
  if (error.kind === 'UNAVAILABLE')
    return {
      title: 'The figures could not be loaded',
      items: [{ message: 'The hub is not answering at the moment. Try again in a few minutes.' }],
      canRetry: true,
    };
  const target = error.field ? FIELD_TARGETS[error.field] : undefined;
  if (target) return { title: 'There is a problem', items: [{ message: target.label, href: target.href }], canRetry: false };
  return {
    title: 'The figures could not be shown',
    items: [{ message: 'The hub could not answer for this selection. Try another selection, or try again later.' }],
    canRetry: true,
  };
}

/**
 * Loading, a failure or the page's figures. A failure is told in the reader's words (never the
 * hub's raw text): a connection lost, the hub not answering, or a field to correct, linked.
 */
export function Outcome<T>(props: { loaded: Loaded<T>; children: (data: T) => React.ReactNode }) {
  const { data, error, loading, retry } = props.loaded;
  if (error) {
    const failure = failureItems(error);
    return (
      <ErrorSummary title={failure.title} items={failure.items} code={error.code ?? error.kind}>
        {failure.canRetry && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={retry}>
            Try again
          </button>
        )}
      </ErrorSummary>
    );
  }
  if (!data) {
    return loading ? (
      <p className="nhsuk-body" role="status">
        Loading figures…
      </p>
    ) : null;
  }
  return (
    <div aria-busy={loading}>
      {loading && (
        <p className="nhsuk-u-visually-hidden" role="status">
          Updating figures…
        </p>
      )}
      {props.children(data)}
    </div>
  );
}
