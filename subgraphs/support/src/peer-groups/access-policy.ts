import type { PolicyPart } from '../employer-business.ts';

/** A support organisation's own peer group work: its advisers register groups and record who came (PAs they may see). */
const organiserWork = {
  access: 'PERSON_DATA',
  fieldClass: 'PA_PROFILE',
  roles: ['SUPPORT_ADVISER'],
  organisationKinds: ['SUPPORT_ORGANISATION'],
} as const;

/** PA peer groups (access-policy.ts adds them to the subgraph's rules). */
export const peerGroupPolicy: PolicyPart = {
  Query: {
    // The groups are a public directory; meetings answer counts of PAs only, published as every count of people is.
    peerGroups: { access: 'PUBLIC' },
    peerGroupMeetings: { access: 'AUTHENTICATED' },
  },
  Mutation: {
    registerPeerGroup: organiserWork,
    recordPeerGroupMeeting: organiserWork,
  },
  types: {},
};
