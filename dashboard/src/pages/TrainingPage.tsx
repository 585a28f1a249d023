import { usePersisted } from '../api';
import { Outcome } from '../components/Outcome';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { barsOf, csvName, tableRowsOf } from '../components/rows';
import { Tiles } from '../components/Tiles';
import { aggregateFilter, filterFromUrl } from '../filters';
import { TrainingDashboardDocument } from '../generated/graphql';

const CATEGORY_LABELS: Record<string, string> = {
  MOVING_AND_POSITIONING: 'Moving and positioning',
  MEDICATION: 'Medication',
  ESSENTIAL_SKILLS: 'Essential skills',
  HEALTH_TASK_COMPETENCE: 'Health-task competence (signed off by NHS staff)',
  CARE_CERTIFICATE_STANDARD: 'Care Certificate',
};

/** D7: training and the Care Certificate among the PAs a filter covers. */
export function TrainingPage(props: { url: URL; title: string }) {
  const values = filterFromUrl(props.url);
  const loaded = usePersisted(TrainingDashboardDocument, { filter: aggregateFilter(values) });
  const t = loaded.data?.paTrainingAggregates;
  return (
    <PageFrame
      title={props.title}
      lede="Training of the personal assistants employed by the people a council or NHS commissioner funds, from the training providers' records."
      path="/training"
      values={values}
      periodHint="PAs employed in the period; progress on its last day. Default: the year up to today."
      period={t ? { from: t.from, to: t.to } : null}
    >
      <Outcome loaded={loaded}>
        {(data) => {
          const t = data.paTrainingAggregates;
          const name = (figure: string) => csvName(figure, t.from, t.to);
          const courses = t.currentCourses.map((c) => ({ ...c, label: `${c.label} (${CATEGORY_LABELS[c.category] ?? c.category})` }));
          return (
            <>
              <Tiles
                label="Headline figures"
                tiles={[
                  { key: 'personalAssistants', label: 'Personal assistants', ...t.personalAssistants },
                  {
                    key: 'careCertificateComplete',
                    label: 'Care Certificate complete',
                    ...t.careCertificate.find((r) => r.key === 'COMPLETE')!.count,
                  },
                  { key: 'completionsInPeriod', label: 'Courses completed in the period', ...t.completionsInPeriod },
                ]}
              />
              <Panel
                id="care-certificate"
                title="Care Certificate progress"
                bars={barsOf(t.careCertificate)}
                columns={[{ label: 'Progress' }, { label: 'Personal assistants', numeric: true }]}
                rows={tableRowsOf(t.careCertificate)}
                csvName={name('care-certificate-progress')}
              />
              <Panel
                id="care-certificate-standards"
                title="PAs who have completed each Care Certificate standard"
                bars={barsOf(t.careCertificateStandards)}
                columns={[{ label: 'Standard' }, { label: 'Personal assistants', numeric: true }]}
                rows={tableRowsOf(t.careCertificateStandards)}
                csvName={name('care-certificate-standards')}
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
                csvName={name('current-courses')}
              />
            </>
          );
        }}
      </Outcome>
    </PageFrame>
  );
}
