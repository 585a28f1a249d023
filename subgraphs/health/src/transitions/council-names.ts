import { graphFailureOn, notFound, type GraphClient } from '@continuum/runtime';

/**
 * Names of the councils whose shares of an integrated budget were given without one, from
 * the councils subgraph through the graph. A council the graph does not know is NOT_FOUND.
 */
export async function councilNames(graph: GraphClient, codes: { code: string; field: string }[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  let data: { councils: { gssCode: string; name: string }[] };
  try {
    data = await graph.request<typeof data>(`query CouncilNamesForShares { councils { gssCode name } }`);
  } catch (err) {
    throw graphFailureOn(err, 'input.shares', {
      message: 'The councils sharing the budget could not be looked up, so nothing was written',
      reason: 'the councils cannot be reached to name their shares',
    });
  }
  const names = new Map(data.councils.map((c) => [c.gssCode, c.name]));
  for (const { code, field } of codes) if (!names.has(code)) throw notFound('Council', field, code);
  return names;
}
