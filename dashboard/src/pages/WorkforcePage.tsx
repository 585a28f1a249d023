import { usePersisted } from '../api';
import { Outcome } from '../components/Outcome';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { barsOf, csvName, tableRowsOf } from '../components/rows';
import { Tiles } from '../components/Tiles';
import { aggregateFilter, filterFromUrl } from '../filters';
import { WorkforceDashboardDocument } from '../generated/graphql';

/** D4: the PA workforce behind a council's or NHS commissioner's people. */
export function WorkforcePage(props: { url: URL; title: string }) {
  const values = filterFromUrl(props.url);
  const loaded = usePersisted(WorkforceDashboardDocument, { filter: aggregateFilter(values) });
  const w = loaded.data?.paWorkforceAggregates;
  return (
    <PageFrame
      title={props.title}
      lede="Personal assistants employed by the people a council or NHS commissioner funds. Each PA is counted once, however many people employ them."
      path="/workforce"
      values={values}
      periodHint="PAs with an employment in the period. Default: the year up to today."
      period={w ? { from: w.from, to: w.to } : null}
    >
      <Outcome loaded={loaded}>
        {(data) => {
          const w = data.paWorkforceAggregates;
          const cc = data.paTrainingAggregates.careCertificate;
          const name = (figure: string) => csvName(figure, w.from, w.to);
          return (
            <>
              <Tiles
                label="Headline figures"
                tiles={[
                  {
                    key: 'personalAssistants',
                    label: 'Personal assistants',
                    ...w.personalAssistants,
                    hint: 'Distinct PAs, never counted twice',
                  },
                  { key: 'employers', label: 'Employers', ...w.employers },
                  { key: 'employments', label: 'Employments', ...w.employments },
                  { key: 'withSeveralEmployers', label: 'PAs with two or more employers', ...w.withSeveralEmployers },
                  { key: 'allContractsSigned', label: 'PAs with every contract signed', ...w.allContractsSigned },
                ]}
              />
              <Panel
                id="pas-by-council"
                title="PAs by council"
                intro={
                  <p>
                    By the council funding their employers. A PA who works for people in two councils is counted in each, so the rows can
                    add up to more than the total.
                  </p>
                }
                bars={barsOf(w.byCouncil)}
                columns={[{ label: 'Council' }, { label: 'Personal assistants', numeric: true }]}
                rows={tableRowsOf(w.byCouncil)}
                csvName={name('pas-by-council')}
              />
              <Panel
                id="pas-by-dbs"
                title="PAs by DBS check"
                intro={<p>A check is current for three years from the certificate, on the last day of the period.</p>}
                bars={barsOf(w.byDbsCurrency)}
                columns={[{ label: 'DBS check' }, { label: 'Personal assistants', numeric: true }]}
                rows={tableRowsOf(w.byDbsCurrency)}
                csvName={name('pas-by-dbs-check')}
              />
              <Panel
                id="pas-by-status"
                title="PAs by employment status"
                bars={barsOf(w.byEmploymentStatus)}
                columns={[{ label: 'Employment status' }, { label: 'Personal assistants', numeric: true }]}
                rows={tableRowsOf(w.byEmploymentStatus)}
                csvName={name('pas-by-employment-status')}
              />
              <Panel
                id="pas-by-care-certificate"
                title="PAs by Care Certificate progress"
                intro={<p>From the training providers' records, on the last day of the period.</p>}
                bars={barsOf(cc)}
                columns={[{ label: 'Care Certificate' }, { label: 'Personal assistants', numeric: true }]}
                rows={tableRowsOf(cc)}
                csvName={name('pas-by-care-certificate')}
              />
            </>
          );
        }}
      </Outcome>
    </PageFrame>
  );
}
