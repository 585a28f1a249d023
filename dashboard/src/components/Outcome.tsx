import { useEffect, useRef } from 'react';
import type { Loaded } from '../api';

/**
 * Loading, error or the page's figures. A refusal from the hub (a bad date, an unknown council)
 * is shown as an NHS error summary that takes focus, with the hub's own reason.
 */
export function Outcome<T>(props: { loaded: Loaded<T>; children: (data: T) => React.ReactNode }) {
  const { data, error, loading } = props.loaded;
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);
  if (error) {
    return (
      <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={summary}>
        <h2 className="nhsuk-error-summary__title" id="error-summary-title">
          The figures could not be shown
        </h2>
        <div className="nhsuk-error-summary__body">
          <p data-error-code={error.code}>{error.message}</p>
        </div>
      </div>
    );
  }
  if (!data) {
    return (
      <p className="nhsuk-body" role="status">
        {loading ? 'Loading figures…' : 'No figures.'}
      </p>
    );
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
