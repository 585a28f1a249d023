import { usePersisted } from '../api';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { barsWithShares, shareOf, tableRowsOf, tableRowsWithShares } from '../components/rows';
import { Tiles } from '../components/Tiles';
import { PreviousPeriodNote, usePreviousPeriod } from '../components/PreviousPeriod';
import { TrainingDashboardDocument, TrainingPreviousPeriodDocument } from '../generated/graphql';
import { useSelection } from '../selection';

const CATEGORY_LABELS: Record<string, string> = {
  MOVING_AND_POSITIONING: 'Moving and positioning',
  MEDICATION: 'Medication',
  ESSENTIAL_SKILLS: 'Essential skills',
  HEALTH_TASK_COMPETENCE: 'Health-task competence (signed off by NHS staff)',
  CARE_CERTIFICATE_STANDARD: 'Care Certificate',
};

/** D7: training and the Care Certificate among the PAs a filter covers. */
export function TrainingPage(props: { url: URL; title: string }) {
  const selection = useSelection(props.url);
  const loaded = usePersisted(TrainingDashboardDocument, { filter: selection.filter ?? {} }, selection.filter !== null);
  const pt = usePreviousPeriod(TrainingPreviousPeriodDocument, selection, loaded.data?.paTrainingAggregates)?.paTrainingAggregates;
  return (
    <PageFrame
      title={props.title}
      lede="Training of the personal assistants employed by the people a council or NHS commissioner funds, from the training providers' records."
      path="/training"
      selection={selection}
      loaded={loaded}
      periodOf={(d) => ({ from: d.paTrainingAggregates.from, to: d.paTrainingAggregates.to })}
      periodHint="PAs employed in the period; progress on its last day. Default: the year up to today."
    >
      {(data) => {
        const t = data.paTrainingAggregates;
        const courses = t.currentCourses.map((c) => ({ ...c, label: `${c.label} (${CATEGORY_LABELS[c.category] ?? c.category})` }));
        const complete = t.careCertificate.find((r) => r.key === 'COMPLETE')!.count;
        const completeShare = shareOf(complete, t.personalAssistants);
        return (
          <>
            <PreviousPeriodNote period={pt} />
            <Tiles
              label="Headline figures"
              tiles={[
                {
                  key: 'personalAssistants',
                  label: 'Personal assistants',
                  ...t.personalAssistants,
                  previous: pt?.personalAssistants.display,
                },
                {
                  key: 'careCertificateComplete',
                  label: 'Care Certificate complete',
                  ...complete,
                  previous: pt?.careCertificate.find((r) => r.key === 'COMPLETE')?.count.display,
                  hint: completeShare ? `${completeShare} of PAs` : undefined,
                },
                {
                  key: 'completionsInPeriod',
                  label: 'Courses completed in the period',
                  ...t.completionsInPeriod,
                  previous: pt?.completionsInPeriod.display,
                },
              ]}
            />
            <Panel
              id="care-certificate"
              title="Care Certificate progress"
              intro={<p>Shares are of all {t.personalAssistants.display} PAs, worked out from the rounded figures.</p>}
              bars={barsWithShares(t.careCertificate, t.personalAssistants)}
              columns={[{ label: 'Progress' }, { label: 'Personal assistants', numeric: true }, { label: 'Share of PAs', numeric: true }]}
              rows={tableRowsWithShares(t.careCertificate, t.personalAssistants)}
              figure="care-certificate-progress"
            />
            <Panel
              id="care-certificate-standards"
              title="PAs who have completed each Care Certificate standard"
              bars={barsWithShares(t.careCertificateStandards, t.personalAssistants)}
              columns={[{ label: 'Standard' }, { label: 'Personal assistants', numeric: true }, { label: 'Share of PAs', numeric: true }]}
              rows={tableRowsWithShares(t.careCertificateStandards, t.personalAssistants)}
              figure="care-certificate-standards"
            />
            <Panel
              id="current-courses"
              title="PAs holding a current completion of each course"
              intro={
                <p>
                  Current on the last day of the period: completions that expire (moving and positioning, medication, health-task
                  competences) count until they lapse.
                </p>
              }
              columns={[{ label: 'Course' }, { label: 'Personal assistants', numeric: true }]}
              rows={tableRowsOf(courses)}
              figure="current-courses"
            />
          </>
        );
      }}
    </PageFrame>
  );
}
