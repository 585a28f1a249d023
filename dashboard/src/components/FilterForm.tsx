import { useEffect, useRef, useState } from 'react';
import { usePersisted } from '../api';
import { filterToSearch, type FilterValues } from '../filters';
import { DashboardFilterOptionsDocument } from '../generated/graphql';
import { navigate, onLinkClick } from '../router';

/**
 * Council, NHS commissioner and period. Applying puts them in the address (so a view can be
 * bookmarked and shared) and the page asks the hub again.
 */
export function FilterForm(props: { path: string; values: FilterValues; periodHint: string; councilHint?: string }) {
  const { path, values, periodHint } = props;
  const options = usePersisted(DashboardFilterOptionsDocument, {});
  const [draft, setDraft] = useState(values);
  const key = JSON.stringify(values);
  const last = useRef(key);
  useEffect(() => {
    if (last.current !== key) setDraft(values);
    last.current = key;
  }, [key, values]);
  const set = (name: keyof FilterValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft({ ...draft, [name]: e.target.value });
  return (
    <form
      className="app-filters nhsuk-u-margin-bottom-5"
      aria-labelledby="filters-heading"
      onSubmit={(e) => {
        e.preventDefault();
        navigate(`${path}${filterToSearch(draft)}`);
      }}
    >
      <h2 className="nhsuk-heading-s" id="filters-heading">
        Filters
      </h2>
      <div className="app-filters__fields">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="filter-council">
            Council
          </label>
          {props.councilHint && (
            <div className="nhsuk-hint" id="filter-council-hint">
              {props.councilHint}
            </div>
          )}
          <select
            className="nhsuk-select"
            id="filter-council"
            name="council"
            value={draft.council}
            onChange={set('council')}
            aria-describedby={props.councilHint ? 'filter-council-hint' : undefined}
          >
            <option value="">All councils</option>
            {options.data?.councils
              .slice()
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((c) => (
                <option key={c.gssCode} value={c.gssCode}>
                  {c.name}
                </option>
              ))}
          </select>
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="filter-icb">
            NHS commissioner
          </label>
          <select className="nhsuk-select" id="filter-icb" name="icb" value={draft.icb} onChange={set('icb')}>
            <option value="">All NHS commissioners</option>
            {options.data?.healthBodies.map((h) => (
              <option key={h.odsCode} value={h.odsCode}>
                {h.name}
              </option>
            ))}
          </select>
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="filter-from">
            Period from
          </label>
          <div className="nhsuk-hint" id="filter-period-hint">
            {periodHint}
          </div>
          <input
            className="nhsuk-input"
            type="date"
            id="filter-from"
            name="from"
            value={draft.from}
            onChange={set('from')}
            aria-describedby="filter-period-hint"
          />
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="filter-to">
            Period to
          </label>
          <input
            className="nhsuk-input"
            type="date"
            id="filter-to"
            name="to"
            value={draft.to}
            onChange={set('to')}
            aria-describedby="filter-period-hint"
          />
        </div>
      </div>
      <div className="app-filters__actions">
        <button type="submit" className="nhsuk-button nhsuk-u-margin-bottom-0">
          Apply filters
        </button>
        <a className="nhsuk-link" href={path} onClick={onLinkClick}>
          Clear filters
        </a>
      </div>
    </form>
  );
}
