/** Entities owned by other subgraphs: this subgraph only ever holds and hands out their ids. */
export interface PersonReference {
  __typename?: 'Person';
  id: string;
}

export interface SupportOrganisationReference {
  __typename: 'SupportOrganisation';
  id: string;
}

/** A funding transition, owned by the people subgraph; NHS bodies add their answers to it. */
export interface TransitionReference {
  id: string;
}

/** A council, owned by the councils subgraph, known here by its GSS code. */
export interface CouncilReference {
  __typename: 'Council';
  gssCode: string;
}
