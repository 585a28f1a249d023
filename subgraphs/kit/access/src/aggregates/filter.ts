/**
 * The filter every dashboard aggregate takes (council, NHS commissioner, area, period) and how an
 * owner subgraph turns it into the people it covers: by asking the funders' subgraphs through
 * the graph, never by copying their data.
 */
import { today, addDays, isoDate, badUserInput, notFound, GraphRefusedError, type GraphClient } from '@continuum/runtime';

export const GSS_CODE_PATTERN = /^[EWSN][0-9]{8}$/;
export const ODS_CODE_PATTERN = /^[A-Z0-9]{3,5}$/;

export interface AggregateFilterInput {
  councilGssCode?: string | null;
  icbOdsCode?: string | null;
  areaCode?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** A checked filter: codes upper-cased, the period defaulting to the year up to today. */
export interface AggregateScope {
  councilGssCode: string | null;
  icbOdsCode: string | null;
  /** A council's GSS code or an NHS body's ODS code: where people and PAs live, whoever funds them. */
  areaCode: string | null;
  from: Date;
  to: Date;
}

/** Periods longer than this are refused: the figures would mean little and cost a lot. */
const LONGEST_PERIOD_DAYS = 366 * 10;

export function aggregateScope(filter: AggregateFilterInput | null | undefined, field = 'filter'): AggregateScope {
  const council = filter?.councilGssCode?.trim().toUpperCase() || null;
  const icb = filter?.icbOdsCode?.trim().toUpperCase() || null;
  if (council && !GSS_CODE_PATTERN.test(council))
    throw badUserInput(`${field}.councilGssCode`, `"${filter?.councilGssCode}" is not a GSS code such as E08000021`);
  if (icb && !ODS_CODE_PATTERN.test(icb))
    throw badUserInput(`${field}.icbOdsCode`, `"${filter?.icbOdsCode}" is not an ODS code such as QHM`);
  const area = filter?.areaCode?.trim().toUpperCase() || null;
  if (area && !GSS_CODE_PATTERN.test(area) && !ODS_CODE_PATTERN.test(area))
    throw badUserInput(
      `${field}.areaCode`,
      `"${filter?.areaCode}" is neither a council's GSS code (such as E08000021) nor an NHS body's ODS code (such as QHM)`,
    );
  const now = today();
  const asked = filter?.to ?? now;
  const from = filter?.from ?? addDays(asked, -364);
  if (asked.getTime() < from.getTime()) throw badUserInput(`${field}.to`, 'must be on or after from');
  if ((asked.getTime() - from.getTime()) / 86_400_000 > LONGEST_PERIOD_DAYS)
    throw badUserInput(`${field}.from`, 'the period must be at most ten years');
  if (from.getTime() > now.getTime())
    throw badUserInput(`${field}.from`, `the period starts after today (${isoDate(now)}): there are no figures for the future`);
  // Nothing is known of the days after today: a period running past it is counted to today.
  const to = asked.getTime() > now.getTime() ? now : asked;
  return { councilGssCode: council, icbOdsCode: icb, areaCode: area, from, to };
}

/** Both ends of a scope's period as YYYY-MM-DD. */
export function scopePeriod(scope: AggregateScope): { from: string; to: string } {
  return { from: isoDate(scope.from), to: isoDate(scope.to) };
}

/** Asks the graph about a funder; a refusal about its code (unknown, malformed) is reported against the caller's own argument. */
async function ask<T>(
  graph: GraphClient,
  query: string,
  vars: { code: string } & Record<string, unknown>,
  entity: string,
  field: string,
): Promise<T> {
  try {
    return await graph.request<T>(query, vars);
  } catch (err) {
    if (err instanceof GraphRefusedError && err.code === 'NOT_FOUND') throw notFound(entity, field, vars.code);
    if (err instanceof GraphRefusedError && err.code === 'BAD_USER_INPUT') throw badUserInput(field, err.reason ?? err.message);
    throw err;
  }
}

const COUNCIL_PEOPLE = `query AggregateCouncilPeople($code: String!, $from: Date!, $to: Date!) {
  council(gssCode: $code) { id }
  personIdsFundedByCouncil(gssCode: $code, from: $from, to: $to)
}`;

const HEALTH_BODY_PEOPLE = `query AggregateHealthBodyPeople($code: String!, $from: Date!, $to: Date!) {
  healthBody(odsCode: $code) { id }
  personIdsFundedByHealthBody(odsCode: $code, from: $from, to: $to)
}`;

/** People with an episode of this council covering any day in [from, to]; NOT_FOUND for an unknown council. */
export async function personIdsFundedByCouncil(
  graph: GraphClient,
  gssCode: string,
  from: Date,
  to: Date,
  field: string,
): Promise<string[]> {
  const data = await ask<{ council: { id: string } | null; personIdsFundedByCouncil: string[] }>(
    graph,
    COUNCIL_PEOPLE,
    { code: gssCode, from: isoDate(from), to: isoDate(to) },
    'council',
    field,
  );
  if (!data.council) throw notFound('council', field, gssCode);
  return data.personIdsFundedByCouncil;
}

/** People with an episode of this NHS body covering any day in [from, to]; NOT_FOUND for an unknown body. */
export async function personIdsFundedByHealthBody(
  graph: GraphClient,
  odsCode: string,
  from: Date,
  to: Date,
  field: string,
): Promise<string[]> {
  const data = await ask<{ healthBody: { id: string } | null; personIdsFundedByHealthBody: string[] }>(
    graph,
    HEALTH_BODY_PEOPLE,
    { code: odsCode, from: isoDate(from), to: isoDate(to) },
    'health body',
    field,
  );
  if (!data.healthBody) throw notFound('health body', field, odsCode);
  return data.personIdsFundedByHealthBody;
}

/**
 * The people a scope covers as employers or recipients: those funded by its council and/or its
 * NHS body in its period (both given: funded by both). Null when the scope names no funder.
 */
export async function scopedPersonIds(graph: GraphClient, scope: AggregateScope, field = 'filter'): Promise<Set<string> | null> {
  const [council, icb] = await Promise.all([
    scope.councilGssCode ? personIdsFundedByCouncil(graph, scope.councilGssCode, scope.from, scope.to, `${field}.councilGssCode`) : null,
    scope.icbOdsCode ? personIdsFundedByHealthBody(graph, scope.icbOdsCode, scope.from, scope.to, `${field}.icbOdsCode`) : null,
  ]);
  if (council && icb) {
    const inIcb = new Set(icb);
    return new Set(council.filter((id) => inIcb.has(id)));
  }
  return council ? new Set(council) : icb ? new Set(icb) : null;
}

const COUNCILS = `query AggregateCouncils { councils { gssCode name } }`;

/** Every council on the hub, by name. */
export async function councilsOnHub(graph: GraphClient): Promise<{ gssCode: string; name: string }[]> {
  const data = await graph.request<{ councils: { gssCode: string; name: string }[] }>(COUNCILS);
  return [...data.councils].sort((a, b) => a.name.localeCompare(b.name));
}

/** Each council's funded people in a period, in one request to the graph. */
export async function personIdsByCouncil(
  graph: GraphClient,
  from: Date,
  to: Date,
): Promise<{ gssCode: string; name: string; personIds: Set<string> }[]> {
  const councils = await councilsOnHub(graph);
  if (councils.length === 0) return [];
  const fields = councils.map((c, i) => `c${i}: personIdsFundedByCouncil(gssCode: "${c.gssCode}", from: $from, to: $to)`).join('\n  ');
  const data = await graph.request<Record<string, string[]>>(
    `query AggregateCouncilPeopleAll($from: Date!, $to: Date!) {\n  ${fields}\n}`,
    { from: isoDate(from), to: isoDate(to) },
  );
  return councils.map((c, i) => ({ ...c, personIds: new Set(data[`c${i}`]) }));
}

const HEALTH_BODY_COUNCILS = `query AggregateHealthBodyCouncils($code: String!) { healthBody(odsCode: $code) { councilGssCodes } }`;

/**
 * The councils a scope covers, for facts held by council area rather than by person: its
 * council, the councils in its NHS body's area, or both (the council if it is in the area).
 * Null when the scope names neither.
 */
export async function scopedCouncilCodes(graph: GraphClient, scope: AggregateScope, field = 'filter'): Promise<Set<string> | null> {
  let codes: Set<string> | null = null;
  if (scope.icbOdsCode) {
    const data = await ask<{ healthBody: { councilGssCodes: string[] } | null }>(
      graph,
      HEALTH_BODY_COUNCILS,
      { code: scope.icbOdsCode },
      'health body',
      `${field}.icbOdsCode`,
    );
    if (!data.healthBody) throw notFound('health body', `${field}.icbOdsCode`, scope.icbOdsCode);
    codes = new Set(data.healthBody.councilGssCodes);
  }
  if (scope.councilGssCode) {
    const { council } = await ask<{ council: { id: string } | null }>(
      graph,
      `query AggregateCouncil($code: String!) { council(gssCode: $code) { id } }`,
      { code: scope.councilGssCode },
      'council',
      `${field}.councilGssCode`,
    );
    if (!council) throw notFound('council', `${field}.councilGssCode`, scope.councilGssCode);
    codes = codes ? new Set([...codes].filter((c) => c === scope.councilGssCode)) : new Set([scope.councilGssCode]);
  }
  return codes;
}
