import { SuppressionNote } from '../App';
import type { Loaded } from '../api';
import { longDate } from '../dates';
import type { FilterField } from '../filters';
import { figuresScope, ScopeContext, type PageSelection } from '../selection';
import { ErrorSummary } from './ErrorSummary';
import { FilterForm } from './FilterForm';
import { failureItems, Outcome } from './Outcome';

const FIELD_IDS: Record<FilterField, string> = {
  council: '#filter-council',
  icb: '#filter-icb',
  area: '#filter-area',
  from: '#filter-from-day',
  to: '#filter-to-day',
};

/** The GraphQL field of a refusal, as the form's field it concerns. */
const REFUSED_FIELDS: Record<string, FilterField> = {
  'filter.councilGssCode': 'council',
  'filter.icbOdsCode': 'icb',
  'filter.areaCode': 'area',
  'filter.from': 'from',
  'filter.to': 'to',
};

/**
 * What every dashboard page has: values to correct in an error summary at the top, its heading
 * and purpose, the filters, the selection its figures are for (named in words, and in every
 * figure's heading and CSV), the figures, and the suppression note.
 */
export function PageFrame<T>(props: {
  title: string;
  lede: string;
  path: string;
  selection: PageSelection;
  loaded: Loaded<T>;
  /** The period the hub answered for, from its answer; null for figures not of a period. */
  periodOf: (data: T) => { from: string; to: string } | null;
  /** Words for the period when it is not a range of dates (a survey round). */
  periodTextOf?: (data: T) => string;
  periodHint: string;
  councilHint?: string;
  children: (data: T) => React.ReactNode;
}) {
  const { title, lede, path, selection, loaded, periodHint } = props;
  const refused = loaded.error?.field ? REFUSED_FIELDS[loaded.error.field] : undefined;
  const errors: Partial<Record<FilterField, string>> = Object.fromEntries(selection.problems.map((p) => [p.field, p.message]));
  if (refused && loaded.error && !errors[refused]) errors[refused] = failureItems(loaded.error).items[0]!.message;
  const { values, today } = selection;
  const endsAfterToday = Boolean(today && values.to && values.to > today && selection.problems.length === 0);
  return (
    <>
      {selection.problems.length > 0 && (
        <ErrorSummary
          title="There is a problem"
          items={selection.problems.map((p) => ({ message: p.message, href: FIELD_IDS[p.field] }))}
        />
      )}
      <h1 className="nhsuk-heading-xl nhsuk-u-margin-bottom-3" tabIndex={-1}>
        {title}
        <span className="nhsuk-u-visually-hidden">: </span>
        <span className="nhsuk-caption-l app-heading-scope" data-page-scope>
          {selection.area.charAt(0).toUpperCase() + selection.area.slice(1)}
        </span>
      </h1>
      <p className="nhsuk-lede-text">{lede}</p>
      <FilterForm
        path={path}
        values={values}
        errors={errors}
        options={selection.options}
        today={today}
        periodHint={periodHint}
        councilHint={props.councilHint}
      />
      {!selection.ready ? (
        <p className="nhsuk-body" role="status">
          Loading figures…
        </p>
      ) : (
        selection.problems.length === 0 && (
          <Outcome loaded={loaded}>
            {(data) => {
              const period = props.periodOf(data);
              const scope = figuresScope(selection, period, props.periodTextOf?.(data));
              return (
                <ScopeContext.Provider value={scope}>
                  <p className="nhsuk-body app-scope" data-scope>
                    Figures for {scope.area}
                    {scope.when && `, ${scope.when}`}.
                    {endsAfterToday && today && <> The period chosen ends after today: figures run to today, {longDate(today)}.</>}
                  </p>
                  {props.children(data)}
                </ScopeContext.Provider>
              );
            }}
          </Outcome>
        )
      )}
      <SuppressionNote />
    </>
  );
}
