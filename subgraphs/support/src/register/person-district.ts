import { badUserInput, graphqlError, GraphRefusedError, GraphUnavailableError, type Caller } from '@continuum/runtime';
import type { Context } from '../context.ts';

/** The person's own postcode district, asked of the people subgraph through the graph for the caller. */
export async function personDistrict(ctx: Context, caller: Caller, personId: string): Promise<string> {
  let district: string | null | undefined;
  try {
    const data = await ctx.graph
      .actingFor(caller)
      .request<{ person: { postcodeDistrict: string | null } | null }>('query ($id: ID!) { person(id: $id) { postcodeDistrict } }', {
        id: personId,
      });
    district = data.person?.postcodeDistrict;
  } catch (err) {
    if (!(err instanceof GraphUnavailableError || err instanceof GraphRefusedError)) throw err;
    throw graphqlError('SUBGRAPH_UNAVAILABLE', `The person's postcode district could not be asked for: ${err.message}`, {
      field: 'need.near',
      reason: 'give need.near, or try again when the people subgraph answers',
    });
  }
  if (!district) throw badUserInput('need.near', 'the person has no postcode district on record: give need.near');
  return district;
}
