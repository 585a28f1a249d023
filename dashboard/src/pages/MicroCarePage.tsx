import { usePersisted } from '../api';
import { longDate } from '../dates';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { barsOf, tableRowsOf, type Published } from '../components/rows';
import { Tiles } from '../components/Tiles';
import { MicroCareCurrentDocument, MicroCareDashboardDocument } from '../generated/graphql';
import { figuresScope, ScopeContext, useSelection } from '../selection';
import { withCurrent } from './micro-care-loaded';

const amountRows = (rows: { key: string; label: string; amount: Published }[]) =>
  rows.map((r) => ({ key: r.key, label: r.label, count: r.amount }));
const hoursRows = (rows: { key: string; label: string; hours: Published }[]) =>
  rows.map((r) => ({ key: r.key, label: r.label, count: r.hours }));

const RATE_ROUTES: Record<string, string> = {
  PRIVATE: 'Paid privately',
  DIRECT_PAYMENT: 'Direct payment',
  COMMISSIONED_SOLE_TRADER: 'Commissioned directly, sole trader',
  COMMISSIONED_WITH_EMPLOYEES: 'Commissioned directly, business with employees',
};
const pounds = (n: number) => `£${n.toFixed(2)}`;

/**
 * D1: micro-care. Current figures (businesses, people supported, hours by kind of care and
 * funding route, valued at the rates in force) from the Flintshire partner, their one owner; the
 * programme's evaluation below them as historic figures, labelled as such.
 */
export function MicroCarePage(props: { url: URL; title: string }) {
  const selection = useSelection(props.url);
  const variables = { filter: selection.filter ?? {} };
  const enabled = selection.filter !== null;
  const loaded = withCurrent(
    usePersisted(MicroCareDashboardDocument, variables, enabled),
    usePersisted(MicroCareCurrentDocument, variables, enabled),
  );
  return (
    <PageFrame
      title={props.title}
      lede="Small local care businesses supported by a council's micro-care programme: how many, the people they support, the hours of care they give and what those hours are worth, the jobs they create and the money that stays local."
      path="/micro-care"
      selection={selection}
      loaded={loaded}
      periodOf={(d) => {
        const p = d.current?.microCareActivityAggregates ?? d.historic.microCareAggregates;
        return { from: p.from, to: p.to };
      }}
      periodHint="Default: the year up to today for current figures, and the whole programme for its historic figures."
      councilHint="An NHS commissioner covers the councils in its area."
    >
      {({ historic, current, currentError }) => {
        const m = historic.microCareAggregates;
        const now = current?.microCareActivityAggregates;
        const categories = amountRows(m.hoursByCategory);
        const years = amountRows(m.hoursByFinancialYear);
        const recorded = m.recordedFrom && m.recordedTo ? `${longDate(m.recordedFrom)} to ${longDate(m.recordedTo)}` : null;
        return (
          <>
            <h2 className="nhsuk-heading-l" id="current" data-section="current">
              Current figures
            </h2>
            {!now ? (
              <div className="nhsuk-inset-text" data-unavailable="current" data-code={currentError?.code ?? currentError?.kind}>
                <span className="nhsuk-u-visually-hidden">Information: </span>
                <p>
                  Current micro-care figures are unavailable. They come from Flintshire Micro-care Support&apos;s own system, which is not
                  part of the hub&apos;s graph or is not answering at the moment; no figure here stands in for them. The historic figures
                  below are the programme&apos;s evaluation.
                </p>
              </div>
            ) : (
              <>
                <p className="nhsuk-body" data-period="current">
                  From Flintshire Micro-care Support, {longDate(now.from)} to {longDate(now.to)}.
                </p>
                <Tiles
                  label="Current micro-care"
                  tiles={[
                    { key: 'currentBusinesses', label: 'Micro-care businesses', ...now.businesses },
                    { key: 'currentPeopleSupported', label: 'People supported', ...now.peopleSupported, hint: 'Current clients included' },
                    { key: 'currentHours', label: 'Hours of care and support', ...now.totalHours },
                    {
                      key: 'currentValue',
                      label: 'Value of those hours',
                      ...now.totalValue,
                      hint: 'Each hour at the rate in force on its day',
                    },
                  ]}
                />
                <Panel
                  id="current-hours-by-category"
                  title="Hours by kind of care"
                  bars={barsOf(hoursRows(now.byCategory))}
                  columns={[{ label: 'Kind of care' }, { label: 'People', numeric: true }, { label: 'Hours', numeric: true }]}
                  rows={now.byCategory.map((r) => [r.label, r.people.display, r.hours.display])}
                  figure="micro-care-current-hours-by-category"
                />
                <Panel
                  id="current-hours-by-funding"
                  title="Hours by who pays, valued at the rates in force"
                  bars={barsOf(hoursRows(now.byFundingRoute))}
                  columns={[
                    { label: 'Funding route' },
                    { label: 'People', numeric: true },
                    { label: 'Hours', numeric: true },
                    { label: 'Value', numeric: true },
                  ]}
                  rows={now.byFundingRoute.map((r) => [r.label, r.people.display, r.hours.display, r.value.display])}
                  figure="micro-care-current-hours-by-funding"
                />
                <Panel
                  id="current-rates"
                  title="Hourly rates the hours are valued at"
                  intro={<p>Private hours are valued at the direct-payment rate, which micro-carers align their private charges to.</p>}
                  columns={[{ label: 'Funding route' }, { label: 'In force from' }, { label: 'Per hour', numeric: true }]}
                  rows={now.ratesInForce.map((r) => [RATE_ROUTES[r.route] ?? r.route, longDate(r.effectiveFrom), pounds(r.hourlyRate)])}
                  empty={now.ratesInForce.length === 0}
                  figure="micro-care-current-rates"
                />
              </>
            )}
            {/* The historic figures' headings and CSVs name the period they were counted for. */}
            <ScopeContext.Provider value={figuresScope(selection, { from: m.from, to: m.to })}>
              <h2 className="nhsuk-heading-l" id="historic" data-section="historic">
                Historic figures: the programme&apos;s evaluation
              </h2>
              <p className="nhsuk-body" data-period="historic">
                {recorded
                  ? `As the programme's evaluation recorded them, ${recorded}, for the part of the period within those months. They are not part of the current figures.`
                  : 'The programme recorded no historic figures.'}
              </p>
              <Tiles
                label="Historic impact at a glance"
                tiles={[
                  { key: 'businesses', label: 'Micro-care businesses', ...m.businesses },
                  {
                    key: 'totalHours',
                    label: 'Hours of care and support',
                    ...m.totalHours,
                    hint: 'Includes hours recorded without a category',
                  },
                  { key: 'peopleSupported', label: 'People supported', ...m.peopleSupported },
                  { key: 'careJobs', label: 'Care jobs', ...m.careJobs, hint: 'Owners and the care workers they employ' },
                  { key: 'becameAgencies', label: 'Moved from sole trader to agency', ...m.becameAgencies },
                  {
                    key: 'moneyKeptLocal',
                    label: 'Money kept local',
                    ...m.moneyKeptLocal,
                    hint: 'Hours with a recorded rate, times the rate',
                  },
                ]}
              />
              <Panel
                id="hours-by-category"
                title="Historic hours by kind of care"
                intro={
                  <p>
                    Some hours were recorded without a category; they count in the total but have no rate, so they are not in the money kept
                    local.
                  </p>
                }
                bars={barsOf(categories)}
                columns={[{ label: 'Kind of care' }, { label: 'Hours', numeric: true }]}
                rows={tableRowsOf(categories)}
                figure="micro-care-hours-by-category"
              />
              <Panel
                id="hours-by-year"
                title="Historic hours by financial year"
                bars={barsOf(years)}
                columns={[{ label: 'Financial year' }, { label: 'Hours', numeric: true }]}
                rows={tableRowsOf(years)}
                figure="micro-care-hours-by-year"
              />
              <Panel
                id="direct-commissioning"
                title="Historic readiness for direct commissioning"
                bars={barsOf(m.directCommissioning)}
                columns={[{ label: 'Readiness' }, { label: 'Businesses', numeric: true }]}
                rows={tableRowsOf(m.directCommissioning)}
                figure="micro-care-direct-commissioning"
              />
              <Panel
                id="programme"
                title="The programme, historic"
                columns={[{ label: 'Figure' }, { label: 'Businesses', numeric: true }]}
                rows={[
                  ['Registered in the period', m.newBusinesses.display],
                  ['Quality Framework completed', m.qualityFrameworkCompleted.display],
                  ['Started by PAs who had been employed', m.startedByFormerPas.display],
                ]}
                figure="micro-care-programme"
              />
            </ScopeContext.Provider>
          </>
        );
      }}
    </PageFrame>
  );
}
