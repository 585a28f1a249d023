import {
  addDays,
  badUserInput,
  GraphRefusedError,
  GraphUnavailableError,
  isoDate,
  parseIsoDate,
  type GraphClient,
} from '@continuum/runtime';
import type { FunderKind } from '../generated/resolvers-types.ts';
import { notFoundAt, unavailable } from './errors.ts';
import type { ProposalDraft } from './proposal-input.ts';
import type { Party } from './record.ts';
import { FUNDER_KIND_OF_VEHICLE, VEHICLE_OF_EPISODE_TYPE } from './vocabulary.ts';

export interface FromEpisode {
  fromEpisodeType: string;
  fromFunderKind: FunderKind;
  fromFunderCode: string;
  fromEpisodeStart: Date;
}

interface EpisodeFact {
  __typename: string;
  id: string;
  start: string;
  end: string | null;
  funderCode: string;
}

interface Facts {
  peopleById: ({ fundingHistory: EpisodeFact[] | null } | null)[];
  councils?: { gssCode: string }[];
  healthBodies?: { odsCode: string }[];
  courses?: { code: string }[];
}

/** One request for everything the proposal names that other agencies hold; only the parts it needs. */
function factsQuery(draft: ProposalDraft): string {
  const needsCouncils = draft.toFunderKind === 'COUNCIL' || draft.shares.some((s) => s.funderKind === 'COUNCIL');
  return `query ProposalFacts($personId: ID!) {
    peopleById(ids: [$personId]) { fundingHistory { __typename id start end funderCode } }
    ${needsCouncils ? 'councils { gssCode }' : ''}
    ${draft.toFunderKind === 'HEALTH' ? 'healthBodies { odsCode }' : ''}
    ${draft.requiredCompetences.length ? 'courses { code }' : ''}
  }`;
}

async function fetchFacts(graph: GraphClient, draft: ProposalDraft): Promise<Facts> {
  try {
    return await graph.request<Facts>(factsQuery(draft), { personId: draft.personId });
  } catch (err) {
    if (err instanceof GraphUnavailableError) throw unavailable(err, 'The proposal');
    if (err instanceof GraphRefusedError) throw badUserInput('input', err.reason ?? err.message);
    throw err;
  }
}

function checkFromEpisode(draft: ProposalDraft, episodes: EpisodeFact[]): FromEpisode {
  const episode = episodes.find((e) => e.id === draft.fromEpisodeId);
  const vehicle = episode && VEHICLE_OF_EPISODE_TYPE[episode.__typename];
  if (!episode || !vehicle) throw notFoundAt('input.fromEpisodeId', 'the person has no funding episode with this id');
  const start = parseIsoDate(episode.start)!;
  if (draft.effectiveDate.getTime() <= start.getTime()) {
    throw badUserInput('input.effectiveDate', `is before the old episode started (${episode.start}); the new funding must start after it`);
  }
  // The old episode must still run to the day before the new one starts, or there would be a gap to cover.
  const dayBefore = addDays(draft.effectiveDate, -1);
  if (episode.end !== null && parseIsoDate(episode.end)!.getTime() < dayBefore.getTime()) {
    throw badUserInput(
      'input.fromEpisodeId',
      `already ended on ${episode.end}, before ${isoDate(dayBefore)} (the day before the effective date)`,
    );
  }
  return {
    fromEpisodeType: episode.__typename,
    fromFunderKind: FUNDER_KIND_OF_VEHICLE[vehicle],
    fromFunderCode: episode.funderCode,
    fromEpisodeStart: start,
  };
}

function checkOrganisations(draft: ProposalDraft, facts: Facts): void {
  const councils = new Set((facts.councils ?? []).map((c) => c.gssCode));
  const bodies = new Set((facts.healthBodies ?? []).map((h) => h.odsCode));
  const known = (kind: FunderKind, code: string) => (kind === 'COUNCIL' ? councils : bodies).has(code);
  if (!known(draft.toFunderKind, draft.toFunderCode)) {
    throw notFoundAt(
      'input.toFunderCode',
      `no ${draft.toFunderKind === 'COUNCIL' ? 'council' : 'NHS body'} has the code ${draft.toFunderCode}`,
    );
  }
  draft.shares.forEach((s, i) => {
    if (s.funderKind === 'COUNCIL' && !known('COUNCIL', s.funderCode))
      throw notFoundAt(`input.shares[${i}].funderCode`, `no council has the code ${s.funderCode}`);
  });
  const courses = new Set((facts.courses ?? []).map((c) => c.code));
  draft.requiredCompetences.forEach((code, i) => {
    if (!courses.has(code)) throw notFoundAt(`input.requiredCompetences[${i}]`, `no course has the code ${code}`);
  });
}

/** Who must agree: the current funder, the new one, and for an integrated budget every council sharing it. */
export function partiesFor(draft: ProposalDraft, from: FromEpisode): Party[] {
  const parties: Party[] = [{ funderKind: from.fromFunderKind, funderCode: from.fromFunderCode, role: 'CURRENT_FUNDER' }];
  const add = (funderKind: FunderKind, funderCode: string) => {
    if (!parties.some((p) => p.funderCode === funderCode)) parties.push({ funderKind, funderCode, role: 'NEW_FUNDER' });
  };
  add(draft.toFunderKind, draft.toFunderCode);
  for (const s of draft.shares) add(s.funderKind, s.funderCode);
  return parties;
}

/** The checks that need other agencies' records, asked of the graph in one request. */
export async function checkAgainstGraph(graph: GraphClient, draft: ProposalDraft): Promise<FromEpisode> {
  const facts = await fetchFacts(graph, draft);
  const from = checkFromEpisode(draft, facts.peopleById[0]?.fundingHistory ?? []);
  checkOrganisations(draft, facts);
  return from;
}
