/**
 * The area an aggregate filter names: a council's area, or an NHS body's (the areas of its
 * councils), as postcode districts. People and PAs count in the area they live in, whoever funds
 * them, so self-funders and PAs with no employer count too. The councils subgraph holds each
 * council's districts and the health subgraph each NHS body's councils; both are asked through
 * the graph.
 */
import { badUserInput, GraphRefusedError, notFound, type GraphClient } from '@continuum/runtime';
import { GSS_CODE_PATTERN, ODS_CODE_PATTERN, scopedPersonIds, type AggregateScope } from './filter.ts';

export interface AggregateArea {
  code: string;
  /** GSS codes of the councils whose areas make it up. */
  councilGssCodes: Set<string>;
  postcodeDistricts: string[];
}

const COUNCIL_AREA = `query AggregateCouncilArea($code: String!) { council(gssCode: $code) { gssCode postcodeDistricts } }`;
const HEALTH_BODY_AREA = `query AggregateHealthBodyArea($code: String!) {
  healthBody(odsCode: $code) { councilGssCodes }
  councils { gssCode postcodeDistricts }
}`;

const ENTITY = 'council or NHS body';

/** The scope's area, or null when it names none; NOT_FOUND (against `filter.areaCode`) for a code that is no council's or NHS body's. */
export async function scopedArea(graph: GraphClient, scope: AggregateScope, field = 'filter'): Promise<AggregateArea | null> {
  return scope.areaCode ? areaByCode(graph, scope.areaCode, `${field}.areaCode`) : null;
}

/**
 * The area a council's GSS code or an NHS body's ODS code names, for any field that takes one
 * (`at` names the field in errors): BAD_USER_INPUT for a value that is neither, NOT_FOUND for a
 * code that is no council's or NHS body's.
 */
export async function areaByCode(graph: GraphClient, value: string, at: string): Promise<AggregateArea> {
  const code = value.trim().toUpperCase();
  if (!GSS_CODE_PATTERN.test(code) && !ODS_CODE_PATTERN.test(code))
    throw badUserInput(at, `"${value}" is neither a council's GSS code (such as E08000021) nor an NHS body's ODS code (such as QHM)`);
  try {
    if (GSS_CODE_PATTERN.test(code)) {
      const { council } = await graph.request<{ council: { gssCode: string; postcodeDistricts: string[] } | null }>(COUNCIL_AREA, { code });
      if (!council) throw notFound(ENTITY, at, code);
      return { code, councilGssCodes: new Set([council.gssCode]), postcodeDistricts: council.postcodeDistricts };
    }
    const data = await graph.request<{
      healthBody: { councilGssCodes: string[] } | null;
      councils: { gssCode: string; postcodeDistricts: string[] }[];
    }>(HEALTH_BODY_AREA, { code });
    if (!data.healthBody) throw notFound(ENTITY, at, code);
    const councils = new Set(data.healthBody.councilGssCodes);
    return {
      code,
      councilGssCodes: councils,
      postcodeDistricts: data.councils.filter((c) => councils.has(c.gssCode)).flatMap((c) => c.postcodeDistricts),
    };
  } catch (err) {
    if (err instanceof GraphRefusedError && err.code === 'NOT_FOUND') throw notFound(ENTITY, at, code);
    if (err instanceof GraphRefusedError && err.code === 'BAD_USER_INPUT') throw badUserInput(at, err.reason ?? err.message);
    throw err;
  }
}

const PEOPLE_IN_DISTRICTS = `query AggregateAreaPeople($districts: [String!]!) { personIdsInPostcodeDistricts(districts: $districts) }`;

/** The people living in an area (by their postcode district), whoever funds them; from the people subgraph. */
export async function personIdsInArea(graph: GraphClient, area: AggregateArea): Promise<Set<string>> {
  if (area.postcodeDistricts.length === 0) return new Set();
  const data = await graph.request<{ personIdsInPostcodeDistricts: string[] }>(PEOPLE_IN_DISTRICTS, {
    districts: area.postcodeDistricts,
  });
  return new Set(data.personIdsInPostcodeDistricts);
}

/** Both limits at once: null means "no limit". */
export function bothLimits<T>(a: Set<T> | null, b: Set<T> | null): Set<T> | null {
  if (a && b) return new Set([...a].filter((x) => b.has(x)));
  return a ?? b;
}

/**
 * The people a scope covers: funded by its council and/or NHS body in its period and living in
 * its area (`people` null when it names neither: everyone), with the area itself for whatever
 * else it limits (districts, register-only PAs).
 */
export async function scopedPeople(
  graph: GraphClient,
  scope: AggregateScope,
): Promise<{ area: AggregateArea | null; people: Set<string> | null }> {
  const area = await scopedArea(graph, scope);
  const [funded, inArea] = await Promise.all([scopedPersonIds(graph, scope), area ? personIdsInArea(graph, area) : null]);
  return { area, people: bothLimits(funded, inArea) };
}
