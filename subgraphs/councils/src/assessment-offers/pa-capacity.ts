/**
 * Where PAs are findable, person by person: support's findable register by postcode district and the
 * people living in each of those districts, both asked through the graph (hub-only fields, never a
 * caller's), so councils imports neither subgraph.
 */
import type { GraphClient } from '@continuum/runtime';

const DISTRICTS = `query FindablePaDistricts { findablePaDistricts { postcodeDistrict findablePas } }`;

export interface PaCapacity {
  postcodeDistrict: string;
  findablePas: number;
}

/** Each person living in a district with at least one findable PA, with the district and how many PAs. */
export async function paCapacityByPerson(graph: GraphClient): Promise<Map<string, PaCapacity>> {
  const { findablePaDistricts: districts } = await graph.request<{ findablePaDistricts: PaCapacity[] }>(DISTRICTS);
  const byPerson = new Map<string, PaCapacity>();
  if (!districts.length) return byPerson;
  // One request for every district, an alias each, so each person's district is known.
  const fields = districts.map((_d, i) => `d${i}: personIdsInPostcodeDistricts(districts: $d${i})`).join('\n');
  const params = districts.map((_d, i) => `$d${i}: [String!]!`).join(', ');
  const vars = Object.fromEntries(districts.map((d, i) => [`d${i}`, [d.postcodeDistrict]]));
  const people = await graph.request<Record<string, string[]>>(`query PeopleInDistricts(${params}) {\n${fields}\n}`, vars);
  districts.forEach((d, i) => people[`d${i}`]?.forEach((id) => byPerson.set(id.toLowerCase(), d)));
  return byPerson;
}
