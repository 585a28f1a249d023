import { usePersisted } from '../api';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { barsOf, bySize, tableRowsOf } from '../components/rows';
import { Tiles } from '../components/Tiles';
import { PreviousPeriodNote, usePreviousPeriod } from '../components/PreviousPeriod';
import { TransitionsDashboardDocument, TransitionsPreviousPeriodDocument } from '../generated/graphql';
import { useSelection } from '../selection';

/** D5: moves between council and NHS funding, from the transition tracker's facts. */
export function TransitionsPage(props: { url: URL; title: string }) {
  const selection = useSelection(props.url);
  const loaded = usePersisted(TransitionsDashboardDocument, { filter: selection.filter ?? {} }, selection.filter !== null);
  const pt = usePreviousPeriod(TransitionsPreviousPeriodDocument, selection, loaded.data?.transitionAggregates)?.transitionAggregates;
  return (
    <PageFrame
      title={props.title}
      lede="Moves of people's care between council and NHS funding: those in flight and what holds them back, those completed and whether people kept their PAs, and days with no funder or two."
      path="/transitions"
      selection={selection}
      loaded={loaded}
      periodOf={(d) => ({ from: d.transitionAggregates.from, to: d.transitionAggregates.to })}
      periodHint="Moves taking effect, and gaps and overlaps, in the period. Default: the year up to today."
      councilHint="Moves in which the council is a party."
    >
      {(data) => {
        const t = data.transitionAggregates;
        const c = t.continuity;
        return (
          <>
            <PreviousPeriodNote period={pt} />
            <Tiles
              label="Headline figures"
              tiles={[
                { key: 'inFlight', label: 'Moves in flight now', ...t.inFlight },
                { key: 'readyToApply', label: 'Agreed and ready', ...t.readyToApply },
                {
                  key: 'completedInPeriod',
                  label: 'Moves completed in the period',
                  ...t.completedInPeriod,
                  previous: pt?.completedInPeriod.display,
                },
                {
                  key: 'keptAllPersonalAssistants',
                  label: 'Completed moves keeping every PA',
                  ...t.keptAllPersonalAssistants,
                  previous: pt?.keptAllPersonalAssistants.display,
                },
              ]}
            />
            <Panel
              id="in-flight-by-stage"
              title="Moves in flight by stage"
              bars={barsOf(t.inFlightByStage)}
              columns={[{ label: 'Stage' }, { label: 'Moves', numeric: true }]}
              rows={tableRowsOf(t.inFlightByStage)}
              figure="moves-in-flight-by-stage"
            />
            <Panel
              id="blockers"
              title="What holds moves back"
              intro={<p>Moves in flight held back by each readiness blocker, the commonest first; one move can be held back by several.</p>}
              bars={barsOf(bySize(t.blockedBy))}
              columns={[{ label: 'Blocker' }, { label: 'Moves', numeric: true }]}
              rows={tableRowsOf(bySize(t.blockedBy))}
              figure="readiness-blockers"
            />
            <Panel
              id="in-flight-by-destination"
              title="Moves in flight by new funding"
              bars={barsOf(t.inFlightByDestination)}
              columns={[{ label: 'New funding' }, { label: 'Moves', numeric: true }]}
              rows={tableRowsOf(t.inFlightByDestination)}
              figure="moves-in-flight-by-destination"
            />
            {c ? (
              <Panel
                id="continuity"
                title="Gaps and overlaps in funding"
                intro={<p>A gap is a day when a person employs PAs but no funder pays; an overlap, a day when two funders pay.</p>}
                columns={[{ label: 'Figure' }, { label: 'People', numeric: true }, { label: 'Days', numeric: true }]}
                rows={[
                  ['Funding gaps', c.peopleWithGaps.display, c.gapDays.display],
                  ['Funding overlaps', c.peopleWithOverlaps.display, c.overlapDays.display],
                ]}
                figure="funding-gaps-and-overlaps"
              />
            ) : (
              <section className="app-panel" aria-labelledby="continuity-heading">
                <h2 className="nhsuk-heading-m" id="continuity-heading">
                  Gaps and overlaps in funding
                </h2>
                <p className="nhsuk-body" data-continuity-hint>
                  Choose a council or an NHS commissioner to see the gaps and overlaps among the people it funds.
                </p>
              </section>
            )}
          </>
        );
      }}
    </PageFrame>
  );
}
