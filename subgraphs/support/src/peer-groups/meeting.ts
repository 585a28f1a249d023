import type { PeerGroupMeetingModel } from '../generated/prisma/models.ts';

/** A meeting as the graph serves it: the row and how many PAs attended. */
export interface MeetingView extends PeerGroupMeetingModel {
  attendeeCount: number;
}
