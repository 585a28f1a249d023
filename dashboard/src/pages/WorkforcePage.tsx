import { usePersisted } from '../api';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { barsOf, barsWithShares, bySize, shareOf, tableRowsOf, tableRowsWithShares } from '../components/rows';
import { Tiles } from '../components/Tiles';
import { PreviousPeriodNote, usePreviousPeriod } from '../components/PreviousPeriod';
import { WorkforceDashboardDocument, WorkforcePreviousPeriodDocument } from '../generated/graphql';
import { useSelection } from '../selection';

/** D4: the PA workforce behind a council's or NHS commissioner's people. */
export function WorkforcePage(props: { url: URL; title: string }) {
  const selection = useSelection(props.url);
  const loaded = usePersisted(WorkforceDashboardDocument, { filter: selection.filter ?? {} }, selection.filter !== null);
  const p = usePreviousPeriod(WorkforcePreviousPeriodDocument, selection, loaded.data?.paWorkforceAggregates)?.paWorkforceAggregates;
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
        const outOfDate = w.byDbsCurrency.find((r) => r.key === 'OUT_OF_DATE')!.count;
        const outOfDateShare = shareOf(outOfDate, w.personalAssistants);
        const previousOutOfDate = p?.byDbsCurrency.find((r) => r.key === 'OUT_OF_DATE')!.count;
        return (
          <>
            <PreviousPeriodNote period={p} />
            <Tiles
              label="Headline figures"
              tiles={[
                {
                  key: 'personalAssistants',
                  label: 'Personal assistants',
                  ...w.personalAssistants,
                  previous: p?.personalAssistants.display,
                  hint: 'Distinct PAs, never counted twice',
                },
                { key: 'employers', label: 'Employers', ...w.employers, previous: p?.employers.display },
                { key: 'employments', label: 'Employments', ...w.employments, previous: p?.employments.display },
                {
                  key: 'withSeveralEmployers',
                  label: 'PAs with two or more employers',
                  ...w.withSeveralEmployers,
                  previous: p?.withSeveralEmployers.display,
                },
                {
                  key: 'allContractsSigned',
                  label: 'PAs with every contract signed',
                  ...w.allContractsSigned,
                  previous: p?.allContractsSigned.display,
                },
                {
                  key: 'dbsOutOfDate',
                  label: 'PAs with an out-of-date DBS check',
                  ...outOfDate,
                  previous: previousOutOfDate?.display,
                  hint: outOfDateShare ? `${outOfDateShare} of PAs` : undefined,
                },
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
              bars={barsOf(bySize(w.byCouncil))}
              columns={[{ label: 'Council' }, { label: 'Personal assistants', numeric: true }]}
              rows={tableRowsOf(bySize(w.byCouncil))}
              figure="pas-by-council"
            />
            <Panel
              id="pas-by-dbs"
              title="PAs by DBS check"
              intro={
                <p>
                  A check is current for three years from the certificate, on the last day of the period. Shares are of all{' '}
                  {w.personalAssistants.display} PAs, worked out from the rounded figures.
                </p>
              }
              bars={barsWithShares(w.byDbsCurrency, w.personalAssistants)}
              columns={[{ label: 'DBS check' }, { label: 'Personal assistants', numeric: true }, { label: 'Share of PAs', numeric: true }]}
              rows={tableRowsWithShares(w.byDbsCurrency, w.personalAssistants)}
              figure="pas-by-dbs-check"
            />
            <Panel
              id="pas-by-status"
              title="PAs by employment status"
              bars={barsWithShares(w.byEmploymentStatus, w.personalAssistants)}
              columns={[
                { label: 'Employment status' },
                { label: 'Personal assistants', numeric: true },
                { label: 'Share of PAs', numeric: true },
              ]}
              rows={tableRowsWithShares(w.byEmploymentStatus, w.personalAssistants)}
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
