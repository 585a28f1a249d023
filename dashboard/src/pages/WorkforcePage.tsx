import { usePersisted } from '../api';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { barsOf, tableRowsOf } from '../components/rows';
import { Tiles } from '../components/Tiles';
import { WorkforceDashboardDocument } from '../generated/graphql';
import { useSelection } from '../selection';

/** D4: the PA workforce behind a council's or NHS commissioner's people. */
export function WorkforcePage(props: { url: URL; title: string }) {
  const selection = useSelection(props.url);
  const loaded = usePersisted(WorkforceDashboardDocument, { filter: selection.filter ?? {} }, selection.filter !== null);
  return (
    <PageFrame
      title={props.title}
      lede="Personal assistants employed by the people a council or NHS commissioner funds. Each PA is counted once, however many people employ them."
      path="/workforce"
      selection={selection}
      loaded={loaded}
      periodOf={(d) => ({ from: d.paWorkforceAggregates.from, to: d.paWorkforceAggregates.to })}
      periodHint="PAs with an employment in the period. Default: the year up to today."
    >
      {(data) => {
        const w = data.paWorkforceAggregates;
        const cc = data.paTrainingAggregates.careCertificate;
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
                  By the council funding their employers. A PA who works for people in two councils is counted in each, so the rows can add
                  up to more than the total.
                </p>
              }
              bars={barsOf(w.byCouncil)}
              columns={[{ label: 'Council' }, { label: 'Personal assistants', numeric: true }]}
              rows={tableRowsOf(w.byCouncil)}
              figure="pas-by-council"
            />
            <Panel
              id="pas-by-dbs"
              title="PAs by DBS check"
              intro={<p>A check is current for three years from the certificate, on the last day of the period.</p>}
              bars={barsOf(w.byDbsCurrency)}
              columns={[{ label: 'DBS check' }, { label: 'Personal assistants', numeric: true }]}
              rows={tableRowsOf(w.byDbsCurrency)}
              figure="pas-by-dbs-check"
            />
            <Panel
              id="pas-by-status"
              title="PAs by employment status"
              bars={barsOf(w.byEmploymentStatus)}
              columns={[{ label: 'Employment status' }, { label: 'Personal assistants', numeric: true }]}
              rows={tableRowsOf(w.byEmploymentStatus)}
              figure="pas-by-employment-status"
            />
            <Panel
              id="pas-by-care-certificate"
              title="PAs by Care Certificate progress"
              intro={<p>From the training providers' records, on the last day of the period.</p>}
              bars={barsOf(cc)}
              columns={[{ label: 'Care Certificate' }, { label: 'Personal assistants', numeric: true }]}
              rows={tableRowsOf(cc)}
              figure="pas-by-care-certificate"
            />
          </>
        );
      }}
    </PageFrame>
  );
}
