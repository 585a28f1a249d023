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

/** The gateway refuses a document with more than 15 aliases. */
const ALIASES_PER_REQUEST = 15;

function peopleInEach(graph: GraphClient, districts: PaCapacity[]): Promise<Record<string, string[]>> {
  const fields = districts.map((_d, i) => `d${i}: personIdsInPostcodeDistricts(districts: $d${i})`).join('\n');
  const params = districts.map((_d, i) => `$d${i}: [String!]!`).join(', ');
  const vars = Object.fromEntries(districts.map((d, i) => [`d${i}`, [d.postcodeDistrict]]));
  return graph.request<Record<string, string[]>>(`query PeopleInDistricts(${params}) {\n${fields}\n}`, vars);
}

/** Each person living in a district with at least one findable PA, with the district and how many PAs. */
export async function paCapacityByPerson(graph: GraphClient): Promise<Map<string, PaCapacity>> {
  const { findablePaDistricts: districts } = await graph.request<{ findablePaDistricts: PaCapacity[] }>(DISTRICTS);
  const byPerson = new Map<string, PaCapacity>();
  if (!districts.length) return byPerson;
  // An alias per district, so each person's district is known; a request holds at most the gateway's alias limit.
  const chunks: PaCapacity[][] = [];
  for (let i = 0; i < districts.length; i += ALIASES_PER_REQUEST) chunks.push(districts.slice(i, i + ALIASES_PER_REQUEST));
  const answers = await Promise.all(chunks.map((chunk) => peopleInEach(graph, chunk)));
  chunks.forEach((chunk, c) => chunk.forEach((d, i) => answers[c][`d${i}`]?.forEach((id) => byPerson.set(id.toLowerCase(), d))));
  return byPerson;
}
