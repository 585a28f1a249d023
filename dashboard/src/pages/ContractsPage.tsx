import { usePersisted } from '../api';
import type { Bar } from '../components/BarChart';
import { PageFrame } from '../components/PageFrame';
import { Panel } from '../components/Panel';
import { shareOf } from '../components/rows';
import { Tiles } from '../components/Tiles';
import { PreviousPeriodNote, usePreviousPeriod } from '../components/PreviousPeriod';
import { ContractsDashboardDocument, ContractsPreviousPeriodDocument, type SupportContractType } from '../generated/graphql';
import { useSelection } from '../selection';

/** The three kinds of contract councils hold with support organisations, in the order the hub gives them. */
export const CONTRACT_TYPES: Record<SupportContractType, string> = {
  BLOCK: 'Block',
  PAY_AS_YOU_GO: 'Pay as you go',
  HYBRID: 'Hybrid',
};

const pounds = (n: number) => `£${Math.round(n).toLocaleString('en-GB')}`;
const percent = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${n}%`);
/** PAs a meeting, from the published (rounded) attendances; "–" when suppressed or no meeting was held. */
const perMeeting = (attendances: { value?: number | null }, meetings: number) =>
  meetings && attendances.value !== null && attendances.value !== undefined ? String(Math.round(attendances.value / meetings)) : '–';

/** D9: support-service contracts by type: what they cost per employer, what employers use, payslips on time, peer support. */
export function ContractsPage(props: { url: URL; title: string }) {
  const selection = useSelection(props.url);
  const loaded = usePersisted(ContractsDashboardDocument, { filter: selection.filter ?? {} }, selection.filter !== null);
  const p = usePreviousPeriod(
    ContractsPreviousPeriodDocument,
    selection,
    loaded.data?.supportContractAggregates,
  )?.supportContractAggregates;
  return (
    <PageFrame
      title={props.title}
      lede="The contracts councils hold with support organisations to help people employ their own PAs, by type: block (the council pays for everything), pay as you go (employers buy from a menu) and hybrid. What each costs per employer supported, which services employers use, managed accounts, whether payslips reach PAs on time, complaints, and peer support against what the contracts ask."
      path="/contracts"
      selection={selection}
      loaded={loaded}
      periodOf={(d) => ({ from: d.supportContractAggregates.from, to: d.supportContractAggregates.to })}
      periodHint="Contracts in force in the period; employers supported and uptake from each contract's latest quarter returned in it. Default: the year up to today."
      councilHint="Its own contracts."
    >
      {(data) => {
        const a = data.supportContractAggregates;
        const types = a.byType.map((t) => ({ ...t, label: CONTRACT_TYPES[t.contractType] }));
        const held = types.filter((t) => t.contracts > 0);
        const previousOf = (type: SupportContractType) => p?.byType.find((t) => t.contractType === type);
        const uptakeRows = held.flatMap((t) =>
          t.menuUptake.map((m) => ({ ...m, type: t.label, key: `${t.contractType}-${m.item}`, count: m.employersUsing })),
        );
        const uptakeBars: Bar[] = uptakeRows.map((m) => ({
          label: `${m.type}: ${m.label}`,
          value: m.uptakePercent ?? (m.employersUsing.suppressed || m.employersOffered.suppressed ? null : 0),
          display: m.uptakePercent !== null && m.uptakePercent !== undefined ? `${m.uptakePercent}%` : m.employersUsing.display,
        }));
        const late = types.map((t) => ({ key: t.contractType, label: t.label, count: t.payslipsLate }));
        return (
          <>
            <PreviousPeriodNote period={p} />
            <Tiles
              label="Headline figures"
              tiles={types.map((t) => ({
                key: `costPerEmployer-${t.contractType}`,
                label: `Cost per employer supported: ${t.label.toLowerCase()} contracts`,
                ...t.costPerEmployerSupported,
                // Nothing to show for a type with no contracts in the selection.
                value: t.contracts ? t.costPerEmployerSupported.value : 0,
                display: t.contracts ? t.costPerEmployerSupported.display : 'None held',
                previous: previousOf(t.contractType)?.costPerEmployerSupported.display,
                hint: `${t.employersSupported.display} employers supported under ${t.contracts} ${t.contracts === 1 ? 'contract' : 'contracts'}`,
              }))}
            />
            <Panel
              id="contracts-by-type"
              title="Contracts by type"
              intro={
                <p>
                  Employers supported in each contract's latest quarter returned in the period. The council's cost is each contract's value
                  spread evenly over its term, for the days of the period; employers' fees are what they paid for menu items from their
                  direct payment or their own money. The cost per employer is both together over the rounded number of employers.
                </p>
              }
              bars={types.map((t) => ({
                label: t.label,
                value: t.employersSupported.suppressed ? null : (t.employersSupported.value ?? 0),
                display: t.employersSupported.display,
              }))}
              columns={[
                { label: 'Contract type' },
                { label: 'Contracts', numeric: true },
                { label: 'Support organisations', numeric: true },
                { label: 'Value over their terms', numeric: true },
                { label: "Councils' cost in the period", numeric: true },
                { label: "Employers' fees", numeric: true },
                { label: 'Employers supported', numeric: true },
                { label: 'Cost per employer supported', numeric: true },
              ]}
              rows={types.map((t) => [
                t.label,
                String(t.contracts),
                String(t.supportOrganisations),
                pounds(t.value),
                pounds(t.councilCost),
                t.employerFees.display,
                t.employersSupported.display,
                t.contracts ? t.costPerEmployerSupported.display : '–',
              ])}
              figure="contracts-by-type"
              empty={held.length === 0}
            />
            <Panel
              id="menu-uptake"
              title="Uptake of menu items"
              intro={
                <p>
                  Employers who used each service as a share of the employers supported under the contracts offering it, worked out from the
                  rounded figures.
                </p>
              }
              bars={uptakeBars}
              columns={[
                { label: 'Contract type' },
                { label: 'Service' },
                { label: 'Employers using it', numeric: true },
                { label: 'Employers offered it', numeric: true },
                { label: 'Uptake', numeric: true },
              ]}
              rows={uptakeRows.map((m) => [
                m.type,
                m.label,
                m.employersUsing.display,
                m.employersOffered.display,
                percent(m.uptakePercent),
              ])}
              figure="menu-uptake"
              empty={uptakeRows.length === 0}
            />
            <Panel
              id="managed-accounts"
              title="Managed accounts"
              intro={
                <p>
                  Employers whose direct payment goes into a managed account held by the contract's organisation. A council sets one up only
                  where the person's care plan names it and a social worker approved it, so uptake stays low.
                </p>
              }
              bars={types.map((t) => ({
                label: t.label,
                value: t.managedAccounts.suppressed ? null : (t.managedAccounts.value ?? 0),
                display:
                  t.managedAccountPercent === null || t.managedAccountPercent === undefined
                    ? t.managedAccounts.display
                    : `${t.managedAccounts.display} · ${t.managedAccountPercent}%`,
              }))}
              columns={[
                { label: 'Contract type' },
                { label: 'Managed accounts', numeric: true },
                { label: 'Employers supported', numeric: true },
                { label: 'Share of employers supported', numeric: true },
                { label: 'On the menu' },
              ]}
              rows={types.map((t) => [
                t.label,
                t.managedAccounts.display,
                t.employersSupported.display,
                percent(t.managedAccountPercent),
                t.menuUptake.some((m) => m.item === 'MANAGED_ACCOUNT') ? 'Yes' : 'No',
              ])}
              figure="managed-accounts"
              empty={held.length === 0}
            />
            <Panel
              id="payslip-timeliness"
              title="Payslips sent late"
              intro={
                <p>
                  Payslips due in the period that the contracts' organisations ran as payroll providers for the councils' employers, and how
                  many reached PAs late or are still not sent. Shares are worked out from the rounded figures.
                </p>
              }
              bars={late.map((l, i) => {
                const share = shareOf(l.count, types[i]!.payslipsDue);
                return {
                  label: l.label,
                  value: l.count.suppressed ? null : (l.count.value ?? 0),
                  display: share ? `${l.count.display} · ${share}` : l.count.display,
                };
              })}
              columns={[
                { label: 'Contract type' },
                { label: 'Payslips due', numeric: true },
                { label: 'Sent late or not sent', numeric: true },
                { label: 'Share late', numeric: true },
              ]}
              rows={types.map((t) => [
                t.label,
                t.payslipsDue.display,
                t.payslipsLate.display,
                shareOf(t.payslipsLate, t.payslipsDue) ?? '–',
              ])}
              figure="payslip-timeliness"
              empty={types.every((t) => !t.payslipsDue.suppressed && !t.payslipsDue.value)}
            />
            <Panel
              id="support-organisations"
              title="Support organisations"
              intro={<p>Each organisation holding a contract in the selection, with the payslips it ran for the councils' employers.</p>}
              columns={[
                { label: 'Support organisation' },
                { label: 'Contract types' },
                { label: 'Contracts', numeric: true },
                { label: 'Employers supported', numeric: true },
                { label: 'Payslips due', numeric: true },
                { label: 'Sent late or not sent', numeric: true },
                { label: 'Share late', numeric: true },
              ]}
              rows={a.byOrganisation.map((o) => [
                o.organisation,
                o.contractTypes.map((t) => CONTRACT_TYPES[t]).join(', '),
                String(o.contracts),
                o.employersSupported.display,
                o.payslipsDue.display,
                o.payslipsLate.display,
                shareOf(o.payslipsLate, o.payslipsDue) ?? '–',
              ])}
              figure="support-organisations"
              empty={a.byOrganisation.length === 0}
            />
            <Panel
              id="complaints"
              title="Complaints"
              intro={
                <p>
                  Complaints about the contracts' support received in the period, those closed in it and how many of them were upheld in
                  whole or in part. Shares are worked out from the rounded figures.
                </p>
              }
              bars={types.map((t) => ({
                label: t.label,
                value: t.complaintsReceived.suppressed ? null : (t.complaintsReceived.value ?? 0),
                display: t.complaintsReceived.display,
              }))}
              columns={[
                { label: 'Contract type' },
                { label: 'Received', numeric: true },
                { label: 'Closed', numeric: true },
                { label: 'Upheld in whole or part', numeric: true },
                { label: 'Share of those closed', numeric: true },
              ]}
              rows={types.map((t) => [
                t.label,
                t.complaintsReceived.display,
                t.complaintsClosed.display,
                t.complaintsUpheld.display,
                shareOf(t.complaintsUpheld, t.complaintsClosed) ?? '–',
              ])}
              figure="complaints"
              empty={types.every((t) => !t.complaintsReceived.suppressed && !t.complaintsReceived.value && !t.complaintsClosed.value)}
            />
            <Panel
              id="peer-support"
              title="Peer support against the contracts' requirement"
              intro={
                <p>
                  Peer-support sessions the contracts ask for each quarter, against the sessions the organisations returned as held, over
                  the quarters returned in the period; and the PA peer group meetings the organisations ran in the contracts' council areas
                  in the period, with the PAs who came (a PA at two meetings counted twice).
                </p>
              }
              columns={[
                { label: 'Contract type' },
                { label: 'Quarters returned', numeric: true },
                { label: 'Sessions required', numeric: true },
                { label: 'Sessions held', numeric: true },
                { label: 'Quarters meeting the requirement', numeric: true },
                { label: 'PA peer group meetings', numeric: true },
                { label: 'PA attendances', numeric: true },
                { label: 'PAs a meeting', numeric: true },
              ]}
              rows={types.map((t) => [
                t.label,
                String(t.quartersReturned),
                String(t.peerSessionsRequired),
                String(t.peerSessionsHeld),
                String(t.quartersPeerRequirementMet),
                String(t.peerGroupMeetings),
                t.peerGroupAttendances.display,
                perMeeting(t.peerGroupAttendances, t.peerGroupMeetings),
              ])}
              figure="peer-support"
              empty={types.every((t) => t.quartersReturned === 0 && t.peerGroupMeetings === 0)}
            />
          </>
        );
      }}
    </PageFrame>
  );
}
