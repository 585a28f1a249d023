import type { MicroCareHoursModel } from '../generated/prisma/models.ts';

/** A day's hours as served: with the person they were delivered to, whose record it is. */
export interface HoursView extends MicroCareHoursModel {
  personId: string;
}
