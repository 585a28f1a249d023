import { usePersisted } from '../api';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { SupportOfferDashboardDocument } from '../generated/graphql';
import { useSelection } from '../selection';

const PROVIDERS: Record<string, string> = {
  LOCAL_AUTHORITY: 'Council',
  SUPPORT_ORGANISATION: 'Support organisation',
  OTHER_VOLUNTARY_ORGANISATION: 'Other voluntary organisation',
};

/** D3: what councils offer individual employers and PAs, in the council survey's structure. */
export function SupportOfferPage(props: { url: URL; title: string }) {
  const selection = useSelection(props.url);
  const loaded = usePersisted(SupportOfferDashboardDocument, { filter: selection.filter ?? {} }, selection.filter !== null);
  return (
    <PageFrame
      title={props.title}
      lede="What councils offer people who employ PAs, and PAs themselves, from the latest council survey round in the period: available, in development, not available or not known, and who provides it."
      path="/support-offer"
      selection={selection}
      loaded={loaded}
      periodOf={() => null}
      periodTextOf={(d) => {
        const s = d.councilSupportOfferAggregates;
        return s.surveyYear === null ? 'no survey round in the period' : `survey round ${s.surveyYear}`;
      }}
      periodHint="The latest survey round on or before the end of the period. Default: today."
      councilHint="An NHS commissioner covers the councils in its area."
    >
      {(data) => {
        const s = data.councilSupportOfferAggregates;
        if (s.surveyYear === null)
          return (
            <p className="nhsuk-body app-empty" data-empty="survey">
              No data for this selection: no survey round falls in this period.
            </p>
          );
        const table = (audience: 'EMPLOYER' | 'PA') =>
          s.items
            .filter((i) => i.audience === audience)
            .map((i) => [
              i.label,
              String(i.available),
              String(i.inDevelopment),
              String(i.notAvailable),
              String(i.dontKnow),
              i.availableInPreviousRound === null ? 'not asked' : String(i.availableInPreviousRound),
              i.byProvider
                .filter((p) => p.councils > 0)
                .map((p) => `${PROVIDERS[p.provider]} ${p.councils}`)
                .join('; ') || 'none',
            ]);
        const bars = (audience: 'EMPLOYER' | 'PA') =>
          s.items
            .filter((i) => i.audience === audience)
            .map((i) => ({ label: i.label, value: i.available, display: `${i.available} of ${s.councils}` }));
        const columns = [
          { label: 'Support' },
          { label: 'Available', numeric: true },
          { label: 'In development', numeric: true },
          { label: 'Not available', numeric: true },
          { label: "Don't know", numeric: true },
          { label: `Available in ${s.previousSurveyYear ?? 'the previous round'}`, numeric: true },
          { label: 'Provided by (councils)' },
        ];
        return (
          <>
            <p className="nhsuk-body app-scope" data-scope>
              Survey round {s.surveyYear}, {s.councils} councils{s.previousSurveyYear ? `, compared with ${s.previousSurveyYear}` : ''}.
              These are counts of councils, not of people, so they are shown in full.
            </p>
            <Panel
              id="offer-employers"
              title="Support for people who employ PAs"
              bars={bars('EMPLOYER')}
              columns={columns}
              rows={table('EMPLOYER')}
              figure={`support-offer-employers-survey-${s.surveyYear}`}
            />
            <Panel
              id="offer-pas"
              title="Support for PAs"
              bars={bars('PA')}
              columns={columns}
              rows={table('PA')}
              figure={`support-offer-pas-survey-${s.surveyYear}`}
            />
          </>
        );
      }}
    </PageFrame>
  );
}
