/**
 * DBS checks for commissioners (dashboard D8): certificates issued in the period by who processed
 * and who paid for them, the median days from application to certificate, the Update Service and
 * negative returns with a recorded discussion and decision. The PAs a filter covers are those the
 * workforce figures count: the PAs of the employers in scope and, with an area, the PAs living in
 * it with no employer; without a funder or area, every check counts. Counts only, suppressed and
 * rounded by the kit; no id leaves here.
 */
import { median, publishAmount, publishBreakdown, publishCount, type AggregateFilterInput } from '@continuum/access';
import type { GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { DbsProcessorKind, ResolversTypes } from '../generated/resolvers-types.ts';
import { plural } from './plural.ts';
import { employmentsInScope, registerOnlyPasInArea } from './scope-employments.ts';

const PROCESSORS: { key: DbsProcessorKind; label: string }[] = [
  { key: 'COUNCIL', label: 'The council' },
  { key: 'SUPPORT_ORGANISATION', label: 'A support organisation' },
  { key: 'OTHER_REGISTERED_BODY', label: 'Another registered body' },
];

const PAYERS = [
  { key: 'COUNCIL', label: 'The council' },
  { key: 'DIRECT_PAYMENT', label: 'The direct payment' },
  { key: 'EMPLOYER_OWN_FUNDS', label: "The employer's own money" },
  { key: 'SUPPORT_ORGANISATION', label: 'The support organisation' },
  { key: 'PERSONAL_ASSISTANT', label: 'The PA' },
];

const DAY_MS = 86_400_000;

interface Certificate {
  personalAssistantId: string;
  processedByKind: string;
  paidBy: string;
  appliedOn: Date;
  certificateIssuedOn: Date;
  result: string | null;
  updateServiceSubscribedOn: Date | null;
  discussionHeldOn: Date | null;
  decision: string | null;
  decidedOn: Date | null;
}

/** The median days from application to certificate, suppressed under five PAs and rounded to a whole day. */
function turnaround(of: Certificate[]) {
  const days = of.map((c) => Math.round((c.certificateIssuedOn.getTime() - c.appliedOn.getTime()) / DAY_MS));
  return publishAmount(median(days), new Set(of.map((c) => c.personalAssistantId)).size, 1, plural('day'));
}

export async function dbsCheckAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['DbsCheckAggregates']> {
  const { scope, area, employments } = await employmentsInScope(db, graph, filter);
  const { from, to } = scope;
  const [issued, registerOnly] = await Promise.all([
    db.dbsCheck.findMany({
      where: { certificateIssuedOn: { gte: from, lte: to } },
      select: {
        personalAssistantId: true,
        processedByKind: true,
        paidBy: true,
        appliedOn: true,
        certificateIssuedOn: true,
        result: true,
        updateServiceSubscribedOn: true,
        discussionHeldOn: true,
        decision: true,
        decidedOn: true,
      },
    }) as Promise<Certificate[]>,
    registerOnlyPasInArea(db, scope, area),
  ]);
  const unscoped = !scope.councilGssCode && !scope.icbOdsCode && !scope.areaCode;
  const pas = new Set([...employments.map((e) => e.personalAssistantId), ...registerOnly]);
  const certificates = unscoped ? issued : issued.filter((c) => pas.has(c.personalAssistantId));
  const disclosed = certificates.filter((c) => c.result === 'INFORMATION_DISCLOSED');
  return {
    from,
    to,
    certificates: publishCount(certificates.length),
    byProcessor: PROCESSORS.map((p) => {
      const of = certificates.filter((c) => c.processedByKind === p.key);
      return { processedByKind: p.key, label: p.label, certificates: publishCount(of.length), medianTurnaroundDays: turnaround(of) };
    }),
    byPayer: publishBreakdown(PAYERS.map((p) => ({ ...p, count: certificates.filter((c) => c.paidBy === p.key).length }))),
    medianTurnaroundDays: turnaround(certificates),
    onUpdateService: publishCount(certificates.filter((c) => c.updateServiceSubscribedOn && c.updateServiceSubscribedOn <= to).length),
    informationDisclosed: publishCount(disclosed.length),
    informationDisclosedDiscussedAndDecided: publishCount(
      disclosed.filter((c) => c.discussionHeldOn && c.discussionHeldOn <= to && c.decision && c.decidedOn && c.decidedOn <= to).length,
    ),
  };
}
