/** A person or PA as this subgraph knows one: the hub id minted elsewhere in the graph. */
export interface Reference {
  id: string;
}
