import { useEffect, useRef, useState } from 'react';
import { isoOf, partsOf, periodPresets, type DateParts } from '../dates';
import { ALL, filterToSearch, type FilterField, type FilterValues } from '../filters';
import type { DashboardFilterOptionsQuery } from '../generated/graphql';
import { navigate, onLinkClick } from '../router';
import { DateInput } from './DateInput';

interface Draft {
  council: string;
  icb: string;
  area: string;
  from: DateParts;
  to: DateParts;
}

const draftOf = (values: FilterValues): Draft => ({
  council: values.council || ALL,
  icb: values.icb || ALL,
  area: values.area,
  from: partsOf(values.from),
  to: partsOf(values.to),
});

/** A date as typed: the ISO date it names, or what was typed (for the page to report), or '' when left empty. */
function typed(parts: DateParts): string {
  if (!parts.day.trim() && !parts.month.trim() && !parts.year.trim()) return '';
  return isoOf(parts) ?? `${parts.year.trim()}-${parts.month.trim()}-${parts.day.trim()}`;
}

/**
 * Council, NHS commissioner, area and period (NHS.UK date inputs), and the reporting periods a
 * commissioner uses most as links. Applying puts the values in the address (so a view can be
 * bookmarked and shared) and the page checks them and asks the hub again; a value to correct is
 * marked on its field, and the form keeps what was there.
 */
export function FilterForm(props: {
  path: string;
  values: FilterValues;
  errors: Partial<Record<FilterField, string>>;
  options: DashboardFilterOptionsQuery | null;
  today: string | null;
  periodHint: string;
  councilHint?: string;
}) {
  const { path, values, errors, options, today, periodHint } = props;
  const [draft, setDraft] = useState(() => draftOf(values));
  const key = JSON.stringify(values);
  const last = useRef(key);
  useEffect(() => {
    if (last.current !== key) setDraft(draftOf(values));
    last.current = key;
  }, [key, values]);
  const councils = options?.councils.slice().sort((a, b) => a.name.localeCompare(b.name)) ?? [];
  const healthBodies = options?.healthBodies.slice().sort((a, b) => a.name.localeCompare(b.name)) ?? [];
  const unlisted = (code: string, codes: string[]) => (code !== ALL && options && !codes.includes(code) ? code : null);
  const unlistedCouncil = unlisted(
    draft.council,
    councils.map((c) => c.gssCode),
  );
  const unlistedIcb = unlisted(
    draft.icb,
    healthBodies.map((h) => h.odsCode),
  );
  const unlistedArea =
    draft.area && options && ![...councils.map((c) => c.gssCode), ...healthBodies.map((h) => h.odsCode)].includes(draft.area)
      ? draft.area
      : null;
  const group = (field: FilterField) => (errors[field] ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group');
  const errorOf = (field: FilterField, id: string) =>
    errors[field] && (
      <span className="nhsuk-error-message" id={`${id}-error`}>
        <span className="nhsuk-u-visually-hidden">Error:</span> {errors[field]}
      </span>
    );
  const presets = today ? periodPresets(today) : [];
  return (
    <form
      className="app-filters nhsuk-u-margin-bottom-5"
      aria-labelledby="filters-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        navigate(
          `${path}${filterToSearch({ council: draft.council, icb: draft.icb, area: draft.area, from: typed(draft.from), to: typed(draft.to) })}`,
        );
      }}
    >
      <h2 className="nhsuk-heading-s" id="filters-heading">
        Filters
      </h2>
      <div className="app-filters__fields">
        <div className={group('council')}>
          <label className="nhsuk-label" htmlFor="filter-council">
            Council
          </label>
          {props.councilHint && (
            <div className="nhsuk-hint" id="filter-council-hint">
              {props.councilHint}
            </div>
          )}
          {errorOf('council', 'filter-council')}
          <select
            className={errors.council ? 'nhsuk-select nhsuk-select--error' : 'nhsuk-select'}
            id="filter-council"
            name="council"
            value={draft.council}
            onChange={(e) => setDraft({ ...draft, council: e.target.value })}
            aria-describedby={
              [props.councilHint ? 'filter-council-hint' : null, errors.council ? 'filter-council-error' : null]
                .filter(Boolean)
                .join(' ') || undefined
            }
          >
            <option value={ALL}>All councils</option>
            {unlistedCouncil && <option value={unlistedCouncil}>Not a council on the hub ({unlistedCouncil})</option>}
            {councils.map((c) => (
              <option key={c.gssCode} value={c.gssCode}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className={group('icb')}>
          <label className="nhsuk-label" htmlFor="filter-icb">
            NHS commissioner
          </label>
          {errorOf('icb', 'filter-icb')}
          <select
            className={errors.icb ? 'nhsuk-select nhsuk-select--error' : 'nhsuk-select'}
            id="filter-icb"
            name="icb"
            value={draft.icb}
            onChange={(e) => setDraft({ ...draft, icb: e.target.value })}
            aria-describedby={errors.icb ? 'filter-icb-error' : undefined}
          >
            <option value={ALL}>All NHS commissioners</option>
            {unlistedIcb && <option value={unlistedIcb}>Not an NHS commissioner on the hub ({unlistedIcb})</option>}
            {healthBodies.map((h) => (
              <option key={h.odsCode} value={h.odsCode}>
                {h.name}
              </option>
            ))}
          </select>
        </div>
        <div className={group('area')}>
          <label className="nhsuk-label" htmlFor="filter-area">
            Area
          </label>
          <div className="nhsuk-hint" id="filter-area-hint">
            Where people and PAs live, whoever funds them
          </div>
          {errorOf('area', 'filter-area')}
          <select
            className={errors.area ? 'nhsuk-select nhsuk-select--error' : 'nhsuk-select'}
            id="filter-area"
            name="area"
            value={draft.area}
            onChange={(e) => setDraft({ ...draft, area: e.target.value })}
            aria-describedby={['filter-area-hint', errors.area ? 'filter-area-error' : null].filter(Boolean).join(' ')}
          >
            <option value="">Every area</option>
            {unlistedArea && <option value={unlistedArea}>Not an area on the hub ({unlistedArea})</option>}
            <optgroup label="A council's area">
              {councils.map((c) => (
                <option key={c.gssCode} value={c.gssCode}>
                  {c.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="An NHS commissioner's area">
              {healthBodies.map((h) => (
                <option key={h.odsCode} value={h.odsCode}>
                  {h.name}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
      </div>
      <div className="nhsuk-hint" id="filter-period-hint">
        {periodHint} For example, 1 4 2026.
      </div>
      <div className="app-filters__dates">
        <DateInput
          id="filter-from"
          legend="Period from"
          hintId="filter-period-hint"
          error={errors.from}
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <DateInput
          id="filter-to"
          legend="Period to"
          hintId="filter-period-hint"
          error={errors.to}
          value={draft.to}
          onChange={(to) => setDraft({ ...draft, to })}
        />
      </div>
      <div className="app-filters__actions">
        <button type="submit" className="nhsuk-button nhsuk-u-margin-bottom-0">
          Apply filters
        </button>
        <a className="nhsuk-link" href={path} onClick={onLinkClick}>
          Clear filters
        </a>
      </div>
      {presets.length > 0 && (
        <nav className="app-presets" aria-labelledby="presets-heading">
          <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-2" id="presets-heading">
            Or show a reporting period
          </h3>
          <ul className="nhsuk-list app-presets__list" data-presets>
            {presets.map((p) => (
              <li key={p.label}>
                <a
                  className="nhsuk-link"
                  href={`${path}${filterToSearch({ council: values.council, icb: values.icb, area: values.area, from: p.from, to: p.to })}`}
                  onClick={onLinkClick}
                >
                  {p.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </form>
  );
}
