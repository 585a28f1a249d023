/**
 * Entities owned by other subgraphs, as this subgraph knows them: by hub id only.
 * The gateway fetches everything else from their owners.
 */
export interface PersonReference {
  id: string;
}

export interface SupportOrganisationReference {
  __typename: 'SupportOrganisation';
  id: string;
}

/** A funding transition, owned by the people subgraph; councils add their answers to it. */
export interface TransitionReference {
  id: string;
}
