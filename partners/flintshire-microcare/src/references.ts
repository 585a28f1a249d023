/** A person as this subgraph knows one: the hub id minted by the people subgraph. */
export interface PersonReference {
  id: string;
}
