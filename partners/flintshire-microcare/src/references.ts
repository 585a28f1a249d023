/** A person or PA as this subgraph knows one: the hub id minted elsewhere in the graph. */
export interface Reference {
  id: string;
}

/** A person as the gateway hands them over for a field that @requires their postcode district (the people subgraph's). */
export interface PersonReference extends Reference {
  postcodeDistrict?: string | null;
}
