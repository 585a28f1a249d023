import { usePersisted } from '../api';
import type { Bar } from '../components/BarChart';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { barsOf, barsWithShares, bySize, shareOf, tableRowsWithShares, type Published } from '../components/rows';
import { Tiles } from '../components/Tiles';
import { PreviousPeriodNote, usePreviousPeriod } from '../components/PreviousPeriod';
import { MarketDashboardDocument, MarketMicroCareDocument, MarketPreviousPeriodDocument } from '../generated/graphql';
import { withCurrent } from './micro-care-loaded';
import { useSelection } from '../selection';

/** The seeds' published figures from other councils and programmes, shown beside ours for comparison. */
const OXFORDSHIRE = 'Oxfordshire, another council, 2013–14';

interface Behind {
  key: string;
  label: string;
  employers: Published;
  personalAssistants: Published;
}

/** Organisations by their employers, largest first, as bars and as table rows. */
const byEmployers = (rows: Behind[]) => bySize(rows.map((r) => ({ ...r, count: r.employers })));
const behindRows = (rows: Behind[]) => byEmployers(rows).map((r) => [r.label, r.employers.display, r.personalAssistants.display]);

/** D11: personal budgets by delivery route, the share of the hourly rate reaching PAs, and who supports and funds employers. */
export function MarketPage(props: { url: URL; title: string }) {
  const selection = useSelection(props.url);
  const variables = { filter: selection.filter ?? {} };
  const main = usePersisted(MarketDashboardDocument, variables, selection.filter !== null);
  const pb = usePreviousPeriod(MarketPreviousPeriodDocument, selection, main.data?.personalBudgetAggregates)?.personalBudgetAggregates;
  // Micro-care from the partner subgraph: without it only money kept local is unavailable.
  const loaded = withCurrent(main, usePersisted(MarketMicroCareDocument, variables, selection.filter !== null));
  return (
    <PageFrame
      title={props.title}
      lede="How people's care is bought and who it pays: personal budgets by how they are delivered and what they are worth a week, how much of the direct-payment rate reaches the PAs, the support organisations and NHS bodies behind individual employers, and money kept local by micro-care."
      path="/market"
      selection={selection}
      loaded={loaded}
      periodOf={({ historic: d }) => ({ from: d.personalBudgetAggregates.from, to: d.personalBudgetAggregates.to })}
      periodHint="Budgets and employments on any day of the period. Default: the year up to today."
    >
      {({ historic: data, current }) => {
        const b = data.personalBudgetAggregates;
        const m = data.employerMarketAggregates;
        const micro = current?.microCareActivityAggregates ?? null;
        const routes = bySize(b.byRoute.map((r) => ({ ...r, count: r.people })));
        const dpShare = shareOf(b.directPayments, b.personalBudgets);
        // Across councils: each council's published share weighted by its published PAs, worked out here from the published figures.
        const priced = m.payReachingPas.filter((c) => typeof c.sharePercent === 'number' && c.personalAssistants.value);
        const weight = priced.reduce((n, c) => n + c.personalAssistants.value!, 0);
        const overallShare = weight
          ? Math.round(priced.reduce((n, c) => n + c.sharePercent! * c.personalAssistants.value!, 0) / weight)
          : null;
        const payBars: Bar[] = m.payReachingPas.map((c) =>
          c.sharePercent !== null && c.sharePercent !== undefined
            ? { label: c.label, value: c.sharePercent, display: `${c.sharePercent}%` }
            : {
                label: c.label,
                value: c.averageWeekdayRate.suppressed ? null : 0,
                display: c.averageWeekdayRate.suppressed ? '<5 PAs' : '–',
              },
        );
        return (
          <>
            <PreviousPeriodNote period={pb} />
            <Tiles
              label="Headline figures"
              tiles={[
                {
                  key: 'personalBudgets',
                  label: 'People with a personal budget',
                  ...b.personalBudgets,
                  previous: pb?.personalBudgets.display,
                  hint: `${OXFORDSHIRE}: 6,875`,
                },
                {
                  key: 'directPayments',
                  label: 'Of them, with a direct payment',
                  ...b.directPayments,
                  previous: pb?.directPayments.display,
                  hint: `${dpShare ? `${dpShare} of personal budgets. ` : ''}${OXFORDSHIRE}: 3,990, 58%`,
                },
                {
                  key: 'averageDirectPaymentWeekly',
                  label: 'Average direct payment a week',
                  ...b.averageDirectPaymentWeekly,
                  previous: pb?.averageDirectPaymentWeekly.display,
                  hint: 'Oxfordshire, another council, 2012–13: £217',
                },
                {
                  key: 'shareReachingPas',
                  label: 'Share of the direct-payment rate reaching PAs',
                  display: overallShare === null ? '–' : `${overallShare}%`,
                  value: overallShare,
                  suppressed: false,
                  hint: `Each council's share weighted by its PAs. Somerset (another council), through an umbrella organisation: 80%`,
                },
                {
                  key: 'moneyKeptLocal',
                  label: 'Money kept local by micro-care',
                  ...(micro ? micro.totalValue : { display: '–', value: null, suppressed: false }),
                  hint: micro
                    ? `Over ${micro.totalHours.display} hours, each at the rate in force that day. Flintshire's pilot as published: £342,481 over 25,789 hours`
                    : 'Unavailable: the micro-care partner is not answering just now',
                },
              ]}
            />
            <Panel
              id="budgets-by-route"
              title="Personal budgets by delivery route"
              intro={
                <p>
                  People with a council budget on any day of the period; someone who moved from one route to another counts in each. The
                  average is of each person&apos;s latest weekly amount by the route. Shares are of all {b.personalBudgets.display} people,
                  worked out from the rounded figures.
                </p>
              }
              bars={barsWithShares(routes, b.personalBudgets)}
              columns={[
                { label: 'Delivery route' },
                { label: 'People', numeric: true },
                { label: 'Share of budgets', numeric: true },
                { label: 'Average a week', numeric: true },
              ]}
              rows={tableRowsWithShares(routes, b.personalBudgets).map((row, i) => [...row, routes[i]!.averageWeeklyAmount.display])}
              figure="personal-budgets-by-route"
            />
            <Panel
              id="pay-reaching-pas"
              title="Share of the direct-payment rate reaching PAs"
              intro={
                <p>
                  The average weekday hourly rate in the PAs&apos; terms of employment, against the council&apos;s published direct-payment
                  rate on the last day of the period. For comparison, an umbrella organisation in Somerset (another council) charges £17.10
                  an hour, of which £13.68 (80%) goes to the worker.
                </p>
              }
              bars={payBars}
              empty={m.payReachingPas.every((c) => c.personalAssistants.value === 0)}
              columns={[
                { label: 'Council' },
                { label: 'Direct-payment rate', numeric: true },
                { label: 'PAs', numeric: true },
                { label: 'Average weekday rate', numeric: true },
                { label: 'Share reaching PAs', numeric: true },
              ]}
              rows={m.payReachingPas.map((c) => [
                c.label,
                c.directPaymentRate === null || c.directPaymentRate === undefined ? 'Not published' : `£${c.directPaymentRate.toFixed(2)}`,
                c.personalAssistants.display,
                c.averageWeekdayRate.display,
                c.sharePercent === null || c.sharePercent === undefined ? '–' : `${c.sharePercent}%`,
              ])}
              figure="pay-reaching-pas"
            />
            <Panel
              id="by-support-organisation"
              title="Employers and PAs per support organisation"
              intro={
                <p>Employers whose payroll a support organisation runs, and the PAs they employ, each counted once per organisation.</p>
              }
              bars={barsOf(byEmployers(m.bySupportOrganisation))}
              columns={[{ label: 'Support organisation' }, { label: 'Employers', numeric: true }, { label: 'PAs', numeric: true }]}
              rows={behindRows(m.bySupportOrganisation)}
              figure="employers-per-support-organisation"
            />
            <Panel
              id="by-health-body"
              title="Employers and PAs per NHS body"
              intro={
                <p>
                  Employers an NHS body funded on any day of the period (a personal health budget, continuing healthcare or an integrated
                  budget), and their PAs.
                </p>
              }
              bars={barsOf(byEmployers(m.byHealthBody))}
              columns={[{ label: 'NHS body' }, { label: 'Employers', numeric: true }, { label: 'PAs', numeric: true }]}
              rows={behindRows(m.byHealthBody)}
              figure="employers-per-nhs-body"
            />
          </>
        );
      }}
    </PageFrame>
  );
}
