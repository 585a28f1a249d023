/**
 * PA peer group meetings and attendances for scopes of organiser and council area: the councils
 * subgraph asks this for its support-contract aggregate (the groups a contract's organisation runs
 * in the contract's council area), and publishes attendances suppressed. Exact counts, so the hub's
 * own callers only.
 */
import { GSS_CODE_PATTERN } from '@continuum/access';
import { badUserInput, requireId } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { PeerGroupMeetingCount, PeerGroupScopeInput } from '../generated/resolvers-types.ts';

interface Held {
  organiserId: string;
  councilGssCode: string;
  attendances: number;
}

export async function peerGroupMeetingCounts(
  db: PrismaClient,
  from: Date,
  to: Date,
  scopes: PeerGroupScopeInput[],
): Promise<PeerGroupMeetingCount[]> {
  if (to.getTime() < from.getTime()) throw badUserInput('to', 'must be on or after from');
  const keys = new Set<string>();
  const asked = scopes.map((g, i) => {
    if (keys.has(g.key)) throw badUserInput(`scopes[${i}].key`, `"${g.key}" is given twice`);
    keys.add(g.key);
    const councilGssCode = g.councilGssCode.trim().toUpperCase();
    if (!GSS_CODE_PATTERN.test(councilGssCode))
      throw badUserInput(`scopes[${i}].councilGssCode`, `"${g.councilGssCode}" is not a GSS code such as E08000021`);
    return { key: g.key, organiserId: requireId(g.supportOrganisationId, `scopes[${i}].supportOrganisationId`), councilGssCode };
  });
  const organisers = [...new Set(asked.map((g) => g.organiserId))];
  // One row per meeting, with how many PAs came.
  const meetings = organisers.length
    ? await db.$queryRaw<Held[]>`
        SELECT g.organiser_id::text AS "organiserId", g.council_gss_code AS "councilGssCode",
               (SELECT count(*) FROM peer_group_attendance a WHERE a.meeting_id = m.id)::int AS attendances
        FROM peer_group_meeting m JOIN peer_group g ON g.id = m.peer_group_id
        WHERE m.held_on BETWEEN ${from} AND ${to} AND g.organiser_id = ANY(${organisers}::uuid[])`
    : [];
  return asked.map((g) => {
    const of = meetings.filter((m) => m.organiserId === g.organiserId && m.councilGssCode === g.councilGssCode);
    return { key: g.key, meetings: of.length, attendances: of.reduce((n, m) => n + m.attendances, 0) };
  });
}
