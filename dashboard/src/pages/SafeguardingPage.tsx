import { usePersisted } from '../api';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { barsOf, bySize, shareOf, tableRowsOf, tableRowsWithShares, barsWithShares, type Published } from '../components/rows';
import { Tiles } from '../components/Tiles';
import { PreviousPeriodNote, usePreviousPeriod } from '../components/PreviousPeriod';
import { SafeguardingDashboardDocument, SafeguardingPreviousPeriodDocument } from '../generated/graphql';
import { useSelection } from '../selection';

/** A figure's share of another, for a tile's hint ("80% of negative returns"). */
const shareHint = (part: Published, whole: Published, of: string) => {
  const share = shareOf(part, whole);
  return share ? `${share} of ${of}` : undefined;
};

/** D8: safeguarding concerns and follow-ups at area level, and the DBS checks behind the PAs. */
export function SafeguardingPage(props: { url: URL; title: string }) {
  const selection = useSelection(props.url);
  const loaded = usePersisted(SafeguardingDashboardDocument, { filter: selection.filter ?? {} }, selection.filter !== null);
  const previous = usePreviousPeriod(SafeguardingPreviousPeriodDocument, selection, loaded.data?.safeguardingAggregates);
  const ps = previous?.safeguardingAggregates;
  const pd = previous?.dbsCheckAggregates;
  return (
    <PageFrame
      title={props.title}
      lede="Safeguarding concerns about the people a council or NHS commissioner covers, counted for the area only and never naming anyone; the review calls that follow a new placement; and the DBS checks of their PAs: who processed them, how long they took, and what was done about negative returns."
      path="/safeguarding"
      selection={selection}
      loaded={loaded}
      periodOf={(d) => ({ from: d.safeguardingAggregates.from, to: d.safeguardingAggregates.to })}
      periodHint="Concerns raised, follow-ups due and DBS certificates issued in the period. Default: the year up to today."
      councilHint="The people it funds and the PAs they employ."
    >
      {(data) => {
        const s = data.safeguardingAggregates;
        const d = data.dbsCheckAggregates;
        const followUps = [
          { key: 'DONE_ON_TIME', label: 'Done on time', count: s.followUpsDoneOnTime },
          { key: 'DONE_LATE', label: 'Done late', count: s.followUpsDoneLate },
          { key: 'OVERDUE', label: 'Overdue', count: s.followUpsOverdue },
        ];
        const processors = d.byProcessor.map((p) => ({ key: p.processedByKind, label: p.label, count: p.certificates }));
        return (
          <>
            <PreviousPeriodNote period={ps} />
            <Tiles
              label="Headline figures"
              tiles={[
                { key: 'concernsRaised', label: 'Safeguarding concerns raised', ...s.concernsRaised, previous: ps?.concernsRaised.display },
                {
                  key: 'enquiries',
                  label: 'Section 42 enquiries',
                  ...s.enquiries,
                  previous: ps?.enquiries.display,
                  hint: shareHint(s.enquiries, s.concernsRaised, 'concerns raised'),
                },
                { key: 'followUpsDue', label: 'Review calls and follow-ups due', ...s.followUpsDue, previous: ps?.followUpsDue.display },
                {
                  key: 'followUpsOverdue',
                  label: 'Follow-ups overdue',
                  ...s.followUpsOverdue,
                  previous: ps?.followUpsOverdue.display,
                  hint: shareHint(s.followUpsOverdue, s.followUpsDue, 'follow-ups due'),
                },
                { key: 'certificates', label: 'DBS certificates issued', ...d.certificates, previous: pd?.certificates.display },
                {
                  key: 'medianTurnaroundDays',
                  label: 'Median DBS turnaround',
                  ...d.medianTurnaroundDays,
                  previous: pd?.medianTurnaroundDays.display,
                  hint: 'From application to certificate',
                },
                {
                  key: 'onUpdateService',
                  label: 'Certificates on the Update Service',
                  ...d.onUpdateService,
                  previous: pd?.onUpdateService.display,
                  hint: shareHint(d.onUpdateService, d.certificates, 'certificates'),
                },
                {
                  key: 'informationDisclosedDiscussedAndDecided',
                  label: 'Negative returns discussed and decided',
                  ...d.informationDisclosedDiscussedAndDecided,
                  previous: pd?.informationDisclosedDiscussedAndDecided.display,
                  hint: shareHint(d.informationDisclosedDiscussedAndDecided, d.informationDisclosed, 'negative returns'),
                },
              ]}
            />
            <Panel
              id="concerns-by-category"
              title="Concerns by category"
              intro={<p>Concerns raised in the period, by the kinds of abuse and neglect in the Care Act 2014 statutory guidance.</p>}
              bars={barsWithShares(bySize(s.byCategory), s.concernsRaised)}
              columns={[{ label: 'Category' }, { label: 'Concerns', numeric: true }, { label: 'Share of concerns', numeric: true }]}
              rows={tableRowsWithShares(bySize(s.byCategory), s.concernsRaised)}
              figure="concerns-by-category"
            />
            <Panel
              id="concerns-by-source"
              title="Concerns by who raised them"
              intro={<p>Who brought each concern to the council: family, the council's own review call, a provider, a PA, NHS staff.</p>}
              bars={barsWithShares(bySize(s.bySource), s.concernsRaised)}
              columns={[{ label: 'Raised by' }, { label: 'Concerns', numeric: true }, { label: 'Share of concerns', numeric: true }]}
              rows={tableRowsWithShares(bySize(s.bySource), s.concernsRaised)}
              figure="concerns-by-source"
            />
            <Panel
              id="concerns-by-organisation"
              title="Concerns by the organisation recording them"
              intro={
                <p>The council's own records, and concerns raised through the hub by a council, an NHS body or another organisation.</p>
              }
              columns={[{ label: 'Recorded by' }, { label: 'Concerns', numeric: true }, { label: 'Share of concerns', numeric: true }]}
              rows={tableRowsWithShares(s.byRaisingOrganisation, s.concernsRaised)}
              figure="concerns-by-recording-organisation"
              empty={s.concernsRaised.value === 0}
            />
            <Panel
              id="concerns-by-status"
              title="Concerns by where they stand"
              intro={<p>On the last day of the period: raised only, under a section 42 enquiry, or closed with its outcome.</p>}
              bars={barsWithShares(s.byStatus, s.concernsRaised)}
              columns={[{ label: 'Status' }, { label: 'Concerns', numeric: true }, { label: 'Share of concerns', numeric: true }]}
              rows={tableRowsWithShares(s.byStatus, s.concernsRaised)}
              figure="concerns-by-status"
            />
            <Panel
              id="follow-ups"
              title="Review calls and follow-ups"
              intro={
                <p>
                  Follow-ups due in the period, such as the call four weeks after a PA starts, as they stood on its last day. Shares are of
                  the {s.followUpsDue.display} due, worked out from the rounded figures.
                </p>
              }
              bars={barsWithShares(followUps, s.followUpsDue)}
              columns={[
                { label: 'Follow-up' },
                { label: 'Due', numeric: true },
                { label: 'Done on time', numeric: true },
                { label: 'Done late', numeric: true },
                { label: 'Overdue', numeric: true },
                { label: 'Concerns raised', numeric: true },
              ]}
              rows={[
                ...s.followUpsByKind.map((k) => [
                  k.label,
                  k.due.display,
                  k.doneOnTime.display,
                  k.doneLate.display,
                  k.overdue.display,
                  k.concernsRaised.display,
                ]),
                [
                  'All follow-ups',
                  s.followUpsDue.display,
                  s.followUpsDoneOnTime.display,
                  s.followUpsDoneLate.display,
                  s.followUpsOverdue.display,
                  s.concernsRaisedAtFollowUps.display,
                ],
              ]}
              figure="follow-ups"
              empty={s.followUpsDue.value === 0}
            />
            <Panel
              id="dbs-by-processor"
              title="DBS certificates by who processed them"
              intro={
                <p>
                  Certificates issued in the period, by who checked the identity documents and submitted the application. Turnaround is the
                  median number of days from the application to the certificate, not shown when fewer than five PAs contribute.
                </p>
              }
              bars={barsWithShares(processors, d.certificates)}
              columns={[
                { label: 'Processed by' },
                { label: 'Certificates', numeric: true },
                { label: 'Share of certificates', numeric: true },
                { label: 'Median turnaround', numeric: true },
              ]}
              rows={[
                ...d.byProcessor.map((p) => [
                  p.label,
                  p.certificates.display,
                  shareOf(p.certificates, d.certificates) ?? '–',
                  p.medianTurnaroundDays.display,
                ]),
                ['All processors', d.certificates.display, '–', d.medianTurnaroundDays.display],
              ]}
              figure="dbs-by-processor"
              empty={d.certificates.value === 0}
            />
            <Panel
              id="dbs-by-payer"
              title="DBS certificates by who paid"
              bars={barsOf(bySize(d.byPayer))}
              columns={[{ label: 'Paid by' }, { label: 'Certificates', numeric: true }]}
              rows={tableRowsOf(bySize(d.byPayer))}
              figure="dbs-by-payer"
            />
            <Panel
              id="negative-returns"
              title="Negative returns"
              intro={
                <p>
                  Certificates that disclosed information. The employer and the applicant, often with the care manager, should discuss each
                  one and record a decision; the certificate's content is never held.
                </p>
              }
              columns={[{ label: 'Figure' }, { label: 'Certificates', numeric: true }, { label: 'Share', numeric: true }]}
              rows={[
                ['Certificates issued', d.certificates.display, '–'],
                ['Information disclosed', d.informationDisclosed.display, shareOf(d.informationDisclosed, d.certificates) ?? '–'],
                [
                  'Discussed, with a decision recorded',
                  d.informationDisclosedDiscussedAndDecided.display,
                  shareOf(d.informationDisclosedDiscussedAndDecided, d.informationDisclosed) ?? '–',
                ],
              ]}
              figure="negative-returns"
              empty={d.certificates.value === 0}
            />
          </>
        );
      }}
    </PageFrame>
  );
}
