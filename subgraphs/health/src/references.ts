/** Entities owned by other subgraphs: this subgraph only ever holds and hands out their ids. */
export interface PersonReference {
  __typename?: 'Person';
  id: string;
}

export interface SupportOrganisationReference {
  __typename: 'SupportOrganisation';
  id: string;
}
