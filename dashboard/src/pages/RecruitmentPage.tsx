import { usePersisted } from '../api';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { barsOf, bySize, tableRowsOf } from '../components/rows';
import { Tiles } from '../components/Tiles';
import { PreviousPeriodNote, usePreviousPeriod } from '../components/PreviousPeriod';
import { RecruitmentDashboardDocument, RecruitmentPreviousPeriodDocument } from '../generated/graphql';
import { useSelection } from '../selection';

/** A figure that does not apply to a row (vacancies never ask for short-notice cover). */
const NOT_ASKED = '–';

/** D6: the findable register's supply by area and skill against the demand vacancies and cover make, and how fast they are met. */
export function RecruitmentPage(props: { url: URL; title: string }) {
  const selection = useSelection(props.url);
  const loaded = usePersisted(RecruitmentDashboardDocument, { filter: selection.filter ?? {} }, selection.filter !== null);
  const pr = usePreviousPeriod(
    RecruitmentPreviousPeriodDocument,
    selection,
    loaded.data?.coverAndRecruitmentAggregates,
  )?.coverAndRecruitmentAggregates;
  return (
    <PageFrame
      title={props.title}
      lede="Who can be found on the PA register, where and with which skills, against the vacancies and cover requests asking for them; how long vacancies take to fill and cover to be met; and short calls left unfilled in rural districts."
      path="/recruitment"
      selection={selection}
      loaded={loaded}
      periodOf={(d) => ({ from: d.coverAndRecruitmentAggregates.from, to: d.coverAndRecruitmentAggregates.to })}
      periodHint="Cover requests and vacancies filled in the period; vacancies open on its last day. Default: the year up to today."
      councilHint="Demand from the employers it funds; PAs count where they live."
    >
      {(data) => {
        const r = data.coverAndRecruitmentAggregates;
        const skills = r.skillSupplyAndDemand.map((s) => ({ key: s.key, label: s.label, count: s.findablePas }));
        return (
          <>
            <PreviousPeriodNote period={pr} />
            <Tiles
              label="Headline figures"
              tiles={[
                { key: 'findablePas', label: 'PAs findable on the register', ...r.findablePas, hint: 'As the register stands today' },
                {
                  key: 'openVacancies',
                  label: 'Open vacancies',
                  ...r.openVacancies,
                  previous: pr?.openVacancies.display,
                  hint: "On the period's last day",
                },
                {
                  key: 'overdueVacancies',
                  label: 'Vacancies open over four weeks',
                  ...r.overdueVacancies,
                  previous: pr?.overdueVacancies.display,
                },
                { key: 'vacanciesFilled', label: 'Vacancies filled', ...r.vacanciesFilled, previous: pr?.vacanciesFilled.display },
                {
                  key: 'medianDaysToFill',
                  label: 'Median time to fill',
                  ...r.medianDaysToFill,
                  previous: pr?.medianDaysToFill.display,
                  hint: 'From posting to filling, vacancies filled in the period',
                },
                {
                  key: 'coverEvents',
                  label: 'Cover requests',
                  ...r.coverEvents,
                  previous: pr?.coverEvents.display,
                  hint: 'Starting in the period',
                },
                {
                  key: 'medianHoursToCover',
                  label: 'Median time to cover',
                  ...r.medianHoursToCover,
                  previous: pr?.medianHoursToCover.display,
                  hint: 'From asking to being met, cover requests met',
                },
                {
                  key: 'unfilledShortCallsInRuralDistricts',
                  label: 'Unfilled short calls in rural districts',
                  ...r.unfilledShortCallsInRuralDistricts,
                  previous: pr?.unfilledShortCallsInRuralDistricts.display,
                  hint: 'Open vacancies with visits of 30 minutes or less',
                },
              ]}
            />
            <Panel
              id="findable-by-area"
              title="Findable PAs by council area"
              intro={<p>By where each PA lives, whoever employs them. A PA on the register for no one yet counts too.</p>}
              bars={barsOf(bySize(r.findablePasByArea))}
              columns={[{ label: 'Council area' }, { label: 'Findable PAs', numeric: true }]}
              rows={tableRowsOf(bySize(r.findablePasByArea))}
              figure="findable-pas-by-area"
            />
            <Panel
              id="skills"
              title="Findable PAs by skill, against demand"
              intro={
                <p>
                  The chart shows the PAs offering each skill; the figures set them beside the open vacancies asking for it, and, for
                  short-notice cover, the cover requests of the period. A PA or vacancy with several skills counts in each. A dash: not
                  asked for that way.
                </p>
              }
              bars={barsOf(skills)}
              columns={[
                { label: 'Skill' },
                { label: 'Findable PAs', numeric: true },
                { label: 'Open vacancies asking', numeric: true },
                { label: 'Cover requests', numeric: true },
              ]}
              rows={r.skillSupplyAndDemand.map((s) => [
                s.label,
                s.findablePas.display,
                s.openVacancies?.display ?? NOT_ASKED,
                s.coverRequests?.display ?? NOT_ASKED,
              ])}
              figure="skills-supply-and-demand"
              empty={r.skillSupplyAndDemand.every((s) =>
                [s.findablePas, s.openVacancies, s.coverRequests].every((c) => !c || c.value === 0),
              )}
            />
            <Panel
              id="time-to-fill"
              title="Time to fill and to cover"
              intro={<p>Medians are to a whole day or hour, and not shown when fewer than five employers contribute.</p>}
              columns={[{ label: 'Figure' }, { label: 'Number', numeric: true }, { label: 'Median time', numeric: true }]}
              rows={[
                ['Vacancies filled in the period', r.vacanciesFilled.display, r.medianDaysToFill.display],
                ['Cover requests met', r.coverRequestsMet.display, r.medianHoursToCover.display],
              ]}
              figure="time-to-fill"
              empty={r.vacanciesFilled.value === 0 && r.coverRequestsMet.value === 0}
            />
            <Panel
              id="cover-by-how"
              title="Cover requests by how they were met"
              bars={barsOf(r.coverEventsByHow)}
              columns={[{ label: 'Met by' }, { label: 'Cover requests', numeric: true }]}
              rows={tableRowsOf(r.coverEventsByHow)}
              figure="cover-requests-by-how-met"
            />
            <Panel
              id="rural-supply"
              title="Rural districts short of PAs"
              intro={
                <p>
                  Mostly rural postcode districts with fewer than five findable PAs or short calls waiting, and how far away the nearest
                  findable PA lives.
                </p>
              }
              columns={[
                { label: 'Postcode district' },
                { label: 'Findable PAs', numeric: true },
                { label: 'Unfilled short calls', numeric: true },
                { label: 'Nearest findable PA (miles)', numeric: true },
              ]}
              rows={r.ruralSupply.map((d) => [
                d.postcodeDistrict,
                d.findablePas.display,
                d.unfilledShortCalls.display,
                d.nearestProviderMiles === null || d.nearestProviderMiles === undefined ? NOT_ASKED : d.nearestProviderMiles.toFixed(1),
              ])}
              figure="rural-districts-short-of-pas"
              empty={r.ruralSupply.length === 0}
            />
          </>
        );
      }}
    </PageFrame>
  );
}
