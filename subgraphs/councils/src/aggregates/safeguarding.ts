/**
 * Safeguarding for commissioners (dashboard D8), at area level only: concerns raised in the
 * period about the people a filter covers, by category, source, raising organisation and where
 * they stood on the period's last day; and the follow-ups due in the period, done on time, done
 * late or overdue on that day. Counts only, each suppressed and rounded by the kit; no id of a
 * person leaves here.
 */
import {
  aggregateScope,
  GSS_CODE_PATTERN,
  ODS_CODE_PATTERN,
  publishBreakdown,
  publishCount,
  scopedPeople,
  type AggregateFilterInput,
} from '@continuum/access';
import type { GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ResolversTypes, SafeguardingFollowUpKind } from '../generated/resolvers-types.ts';

const CATEGORIES = [
  { key: 'PHYSICAL', label: 'Physical abuse' },
  { key: 'DOMESTIC', label: 'Domestic abuse' },
  { key: 'SEXUAL', label: 'Sexual abuse' },
  { key: 'PSYCHOLOGICAL', label: 'Psychological or emotional abuse' },
  { key: 'FINANCIAL_OR_MATERIAL', label: 'Financial or material abuse' },
  { key: 'MODERN_SLAVERY', label: 'Modern slavery' },
  { key: 'DISCRIMINATORY', label: 'Discriminatory abuse' },
  { key: 'ORGANISATIONAL', label: 'Organisational abuse' },
  { key: 'NEGLECT_AND_ACTS_OF_OMISSION', label: 'Neglect and acts of omission' },
  { key: 'SELF_NEGLECT', label: 'Self-neglect' },
];

const SOURCES = [
  { key: 'FAMILY_MEMBER', label: 'A family member' },
  { key: 'REVIEW_CALL', label: "The council's review call" },
  { key: 'PROVIDER', label: 'A care provider' },
  { key: 'MICRO_CARE_DEVELOPMENT_OFFICER', label: 'A micro-care development officer' },
  { key: 'PERSONAL_ASSISTANT', label: 'A PA' },
  { key: 'THE_PERSON', label: 'The person themselves' },
  { key: 'NHS_STAFF', label: 'NHS staff' },
  { key: 'OTHER', label: 'Someone else' },
];

const RAISERS = [
  { key: 'COUNCIL_RECORD', label: "The council's own record" },
  { key: 'COUNCIL', label: 'A council, through the hub' },
  { key: 'NHS_BODY', label: 'An NHS body, through the hub' },
  { key: 'OTHER_ORGANISATION', label: 'Another organisation, through the hub' },
];

const STATUSES = [
  { key: 'RAISED', label: 'Raised, no enquiry' },
  { key: 'ENQUIRY', label: 'Section 42 enquiry' },
  { key: 'CLOSED_NO_FURTHER_ACTION', label: 'Closed, no further action' },
  { key: 'CLOSED_ACTION_TAKEN', label: 'Closed, action taken' },
];

const KINDS: { key: SafeguardingFollowUpKind; label: string }[] = [
  { key: 'FOUR_WEEK_REVIEW_CALL', label: 'Four-week review call' },
  { key: 'PLACEMENT_REVIEW', label: 'Placement review' },
  { key: 'CONCERN_FOLLOW_UP', label: 'Follow-up after a concern' },
  { key: 'OTHER', label: 'Other follow-up' },
];

interface Concern {
  raisedByOrganisation: string | null;
  enquiryStartedOn: Date | null;
  closedOn: Date | null;
  outcome: string | null;
}

interface FollowUp {
  kind: string;
  dueOn: Date;
  doneOn: Date | null;
  outcome: string | null;
}

/** The kind of organisation that recorded a concern, from its code's shape: a GSS code is a council's, an ODS code an NHS body's. */
function raiserOf(code: string | null): string {
  if (code === null) return 'COUNCIL_RECORD';
  if (GSS_CODE_PATTERN.test(code)) return 'COUNCIL';
  if (ODS_CODE_PATTERN.test(code)) return 'NHS_BODY';
  return 'OTHER_ORGANISATION';
}

/** Where a concern stood on a day: what had happened to it by then. */
function statusOn(c: Concern, day: Date): string {
  if (c.closedOn && c.closedOn <= day) return c.outcome === 'ACTION_TAKEN' ? 'CLOSED_ACTION_TAKEN' : 'CLOSED_NO_FURTHER_ACTION';
  return c.enquiryStartedOn && c.enquiryStartedOn <= day ? 'ENQUIRY' : 'RAISED';
}

function breakdown(keys: { key: string; label: string }[], values: string[]) {
  return publishBreakdown(keys.map((k) => ({ ...k, count: values.filter((v) => v === k.key).length })));
}

/** Follow-ups as they stood on the period's last day: a call done after it was not yet done then. */
function followUpCounts(of: FollowUp[], last: Date) {
  const done = of.filter((f) => f.doneOn !== null && f.doneOn <= last);
  return {
    due: publishCount(of.length),
    doneOnTime: publishCount(done.filter((f) => f.doneOn! <= f.dueOn).length),
    doneLate: publishCount(done.filter((f) => f.doneOn! > f.dueOn).length),
    overdue: publishCount(of.filter((f) => !done.includes(f) && f.dueOn < last).length),
    concernsRaised: publishCount(done.filter((f) => f.outcome === 'CONCERN_RAISED').length),
  };
}

export async function safeguardingAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['SafeguardingAggregates']> {
  const scope = aggregateScope(filter);
  const { from, to } = scope;
  // A period's concerns and follow-ups are few: read them all and keep those of the people in scope.
  const [{ people }, raised, due] = await Promise.all([
    scopedPeople(graph, scope),
    db.safeguardingConcern.findMany({
      where: { raisedOn: { gte: from, lte: to } },
      select: {
        personId: true,
        raisedByOrganisation: true,
        enquiryStartedOn: true,
        closedOn: true,
        outcome: true,
        category: true,
        source: true,
      },
    }),
    db.safeguardingFollowUp.findMany({
      where: { dueOn: { gte: from, lte: to } },
      select: { personId: true, kind: true, dueOn: true, doneOn: true, outcome: true },
    }),
  ]);
  const concerns = people ? raised.filter((c) => people.has(c.personId)) : raised;
  const followUps = people ? due.filter((f) => people.has(f.personId)) : due;
  const all = followUpCounts(followUps, to);
  return {
    from,
    to,
    concernsRaised: publishCount(concerns.length),
    enquiries: publishCount(concerns.filter((c) => c.enquiryStartedOn && c.enquiryStartedOn <= to).length),
    byCategory: breakdown(
      CATEGORIES,
      concerns.map((c) => c.category),
    ),
    bySource: breakdown(
      SOURCES,
      concerns.map((c) => c.source),
    ),
    byRaisingOrganisation: breakdown(
      RAISERS,
      concerns.map((c) => raiserOf(c.raisedByOrganisation)),
    ),
    byStatus: breakdown(
      STATUSES,
      concerns.map((c) => statusOn(c, to)),
    ),
    followUpsDue: all.due,
    followUpsDoneOnTime: all.doneOnTime,
    followUpsDoneLate: all.doneLate,
    followUpsOverdue: all.overdue,
    concernsRaisedAtFollowUps: all.concernsRaised,
    followUpsByKind: KINDS.map((k) => ({
      kind: k.key,
      label: k.label,
      ...followUpCounts(
        followUps.filter((f) => f.kind === k.key),
        to,
      ),
    })),
  };
}
