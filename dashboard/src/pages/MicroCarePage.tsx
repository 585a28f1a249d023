import { usePersisted } from '../api';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { barsOf, tableRowsOf, type Published } from '../components/rows';
import { Tiles } from '../components/Tiles';
import { MicroCareDashboardDocument } from '../generated/graphql';
import { useSelection } from '../selection';

const amountRows = (rows: { key: string; label: string; amount: Published }[]) =>
  rows.map((r) => ({ key: r.key, label: r.label, count: r.amount }));

/** D1: micro-care "impact at a glance", the Flintshire tiles. */
export function MicroCarePage(props: { url: URL; title: string }) {
  const selection = useSelection(props.url);
  const loaded = usePersisted(MicroCareDashboardDocument, { filter: selection.filter ?? {} }, selection.filter !== null);
  return (
    <PageFrame
      title={props.title}
      lede="Small local care businesses supported by a council's micro-care programme: how many, the care they give, the people they support, the jobs they create and the money that stays local."
      path="/micro-care"
      selection={selection}
      loaded={loaded}
      periodOf={(d) => ({ from: d.microCareAggregates.from, to: d.microCareAggregates.to })}
      periodHint="Default: the whole programme, from its first recorded month to the end of its last."
      councilHint="An NHS commissioner covers the councils in its area."
    >
      {(data) => {
        const m = data.microCareAggregates;
        const categories = amountRows(m.hoursByCategory);
        const years = amountRows(m.hoursByFinancialYear);
        return (
          <>
            <Tiles
              label="Impact at a glance"
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
              title="Hours by kind of care"
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
              title="Hours by financial year"
              bars={barsOf(years)}
              columns={[{ label: 'Financial year' }, { label: 'Hours', numeric: true }]}
              rows={tableRowsOf(years)}
              figure="micro-care-hours-by-year"
            />
            <Panel
              id="direct-commissioning"
              title="Readiness for direct commissioning"
              bars={barsOf(m.directCommissioning)}
              columns={[{ label: 'Readiness' }, { label: 'Businesses', numeric: true }]}
              rows={tableRowsOf(m.directCommissioning)}
              figure="micro-care-direct-commissioning"
            />
            <Panel
              id="programme"
              title="The programme"
              columns={[{ label: 'Figure' }, { label: 'Businesses', numeric: true }]}
              rows={[
                ['Registered in the period', m.newBusinesses.display],
                ['Quality Framework completed', m.qualityFrameworkCompleted.display],
                ['Started by PAs who had been employed', m.startedByFormerPas.display],
              ]}
              figure="micro-care-programme"
            />
          </>
        );
      }}
    </PageFrame>
  );
}
