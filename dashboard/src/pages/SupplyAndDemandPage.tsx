import { usePersisted } from '../api';
import type { Bar } from '../components/BarChart';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { barsWithShares, bySize, tableRowsWithShares, type Published } from '../components/rows';
import { Tiles } from '../components/Tiles';
import { longDate, weekEnding } from '../dates';
import { SupplyAndDemandDashboardDocument, SupplyAndDemandMicroCareDocument } from '../generated/graphql';
import { useSelection } from '../selection';
import { withCurrent } from './micro-care-loaded';

/** The seed's figures for Flintshire at the height of the pandemic, beside ours for comparison. */
const FLINTSHIRE_2021 = 'Flintshire, December 2021';

/** A published sum's value, or null when it is suppressed. */
const valueOf = (figure: Published) => (figure.suppressed ? null : (figure.value ?? 0));

/** D2: care at home waiting for a provider, what micro-carers cover, and people waiting in a bed for it. */
export function SupplyAndDemandPage(props: { url: URL; title: string }) {
  const selection = useSelection(props.url);
  const variables = { filter: selection.filter ?? {} };
  const enabled = selection.filter !== null;
  const main = usePersisted(SupplyAndDemandDashboardDocument, variables, enabled);
  // Micro-care hours in the week to the period's last day, as the hours waiting are on that day: from the
  // partner subgraph, asked on their own once the period is known, so that without it only they are missing.
  const end = main.data?.domiciliarySupplyAggregates.to;
  const week = end ? weekEnding(end) : null;
  const loaded = withCurrent(
    main,
    usePersisted(SupplyAndDemandMicroCareDocument, { filter: { ...variables.filter, ...week } }, enabled && week !== null),
  );
  return (
    <PageFrame
      title={props.title}
      lede="Whether there is enough care at home: the hours a week councils have agreed people need that are still waiting for a provider, how long people wait and who takes the work, the hours micro-carers cover, and the people waiting in hospital or in a step-up bed in a care home until care at home can start."
      path="/supply-and-demand"
      selection={selection}
      loaded={loaded}
      periodOf={({ historic: d }) => ({ from: d.domiciliarySupplyAggregates.from, to: d.domiciliarySupplyAggregates.to })}
      periodHint="Hours and people waiting on the period's last day, and on the last day of the period before it; requests closed in the period. Default: the year up to today."
      councilHint="The requests it holds, and the people living in its area waiting in a bed."
    >
      {({ historic: data, current }) => {
        const s = data.domiciliarySupplyAggregates;
        const h = data.dischargeWaitAggregates;
        const micro = current?.microCareActivityAggregates ?? null;
        // Micro-care hours delivered in the week to the period's last day, as published (rounded to 10).
        const microWeekly = micro ? valueOf(micro.totalHours) : null;
        const waitingHours = valueOf(s.unallocatedHours);
        const without = microWeekly === null || waitingHours === null ? null : waitingHours + microWeekly;
        const hours = (n: number | null) => (n === null ? '–' : `${n.toLocaleString('en-GB')} hours`);
        const outcomes = bySize(s.closedByOutcome);
        const closedTotal = s.closedByOutcome.reduce<Published>(
          (total, r) =>
            total.suppressed || r.count.suppressed
              ? { display: '–', value: null, suppressed: true }
              : { display: '', value: (total.value ?? 0) + (r.count.value ?? 0), suppressed: false },
          { display: '', value: 0, suppressed: false },
        );
        const councilBars: Bar[] = s.byCouncil.map((c) => ({
          label: c.councilName,
          value: valueOf(c.unallocatedHours),
          display: c.unallocatedHours.display,
        }));
        const beds = [
          { key: 'HOSPITAL', label: 'In hospital', count: h.waitingInHospital },
          { key: 'STEP_UP_BED', label: 'In a step-up bed in a care home', count: h.waitingInStepUpBeds },
        ];
        return (
          <>
            <Tiles
              label="Headline figures"
              tiles={[
                {
                  key: 'unallocatedHours',
                  label: 'Hours a week waiting for a provider',
                  ...s.unallocatedHours,
                  previous: s.previousUnallocatedHours.display,
                  hint: `On ${longDate(s.to)}. ${FLINTSHIRE_2021}: 630 hours, against a North Wales average of 950`,
                },
                {
                  key: 'requestsWaiting',
                  label: 'Requests waiting for a provider',
                  ...s.requestsWaiting,
                  previous: s.previousRequestsWaiting.display,
                },
                {
                  key: 'medianDaysWaiting',
                  label: 'Median wait so far',
                  ...s.medianDaysWaiting,
                  hint: 'Of the requests still waiting, from the day asked',
                },
                {
                  key: 'medianDaysToAllocate',
                  label: 'Median wait for a provider',
                  ...s.medianDaysToAllocate,
                  hint: 'Of the requests allocated in the period',
                },
                {
                  key: 'microCareHoursWeekly',
                  label: 'Hours a week covered by micro-carers',
                  display: micro?.totalHours.suppressed ? micro.totalHours.display : hours(microWeekly),
                  value: microWeekly,
                  suppressed: micro?.totalHours.suppressed ?? false,
                  hint: micro
                    ? `In the week to ${longDate(micro.to)}, from Flintshire Micro-care Support's hours returns. ${FLINTSHIRE_2021}: about 400 hours`
                    : `Unavailable: Flintshire Micro-care Support's system is not answering. ${FLINTSHIRE_2021}: about 400 hours`,
                },
                {
                  key: 'withoutMicroCare',
                  label: 'Hours a week that would wait without micro-carers',
                  display: hours(without),
                  value: without,
                  suppressed: false,
                  hint: `The hours waiting and the hours micro-carers cover. ${FLINTSHIRE_2021}: over 1,000`,
                },
                {
                  key: 'waitingInBeds',
                  label: 'People waiting in hospital or a step-up bed',
                  ...h.waiting,
                  previous: h.previousWaiting.display,
                  hint: `Ready to leave on ${longDate(s.to)}, waiting for care at home`,
                },
                {
                  key: 'medianDaysDelayed',
                  label: 'Median days delayed',
                  ...h.medianDaysDelayed,
                  hint: 'Of those waiting, from the day they were ready to leave',
                },
              ]}
            />
            <Panel
              id="waiting-by-council"
              title="Hours a week waiting for a provider by council"
              intro={
                <p>
                  Hours of care at home each council has agreed people need and not yet allocated, on {longDate(s.to)}, most first. For
                  comparison, in December 2021 Flintshire County Council had 630 hours waiting, against a North Wales average of 950.
                </p>
              }
              bars={councilBars}
              empty={s.byCouncil.every((c) => c.requestsWaiting.value === 0)}
              columns={[{ label: 'Council' }, { label: 'Requests waiting', numeric: true }, { label: 'Hours a week', numeric: true }]}
              rows={s.byCouncil.map((c) => [c.councilName, c.requestsWaiting.display, c.unallocatedHours.display])}
              figure="hours-waiting-by-council"
            />
            <Panel
              id="closed-by-outcome"
              title="Requests closed by who took them"
              intro={
                <p>
                  Requests allocated in the period to an agency, a micro-carer, a PA or a direct payment, or withdrawn (no longer needed, or
                  met another way). Shares are of the {closedTotal.suppressed ? '' : `${(closedTotal.value ?? 0).toLocaleString('en-GB')} `}
                  requests closed, worked out from the rounded figures.
                </p>
              }
              bars={barsWithShares(outcomes, closedTotal)}
              columns={[{ label: 'Closed by' }, { label: 'Requests', numeric: true }, { label: 'Share of requests', numeric: true }]}
              rows={tableRowsWithShares(outcomes, closedTotal)}
              figure="requests-closed-by-outcome"
            />
            <Panel
              id="waiting-in-beds"
              title="People waiting in a bed for care at home"
              intro={
                <p>
                  People ready to leave on {longDate(s.to)} but waiting for care at home to start: in hospital, or in a step-up bed in a
                  care home taken while it is found. {h.discharged.display} went home in the period
                  {h.medianDaysDelayedDischarged.suppressed ? '' : `, after a median delay of ${h.medianDaysDelayedDischarged.display}`}.
                </p>
              }
              bars={barsWithShares(beds, h.waiting)}
              columns={[{ label: 'Where' }, { label: 'People', numeric: true }, { label: 'Share of people waiting', numeric: true }]}
              rows={tableRowsWithShares(beds, h.waiting)}
              figure="people-waiting-in-beds"
            />
          </>
        );
      }}
    </PageFrame>
  );
}
