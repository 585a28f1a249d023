import { requireId, today } from '@continuum/runtime';
import type { Prisma } from './generated/prisma/client.ts';
import type { EmploymentFilter } from './generated/resolvers-types.ts';

/** Cover is incomplete when either the insurance or the pay rate has not been updated for the health duties. */
const COVER_INCOMPLETE: Prisma.EmploymentWhereInput = { OR: [{ insuranceUpdated: false }, { payRateUpdated: false }] };

/** The Prisma condition for Query.employments' filter; malformed ids are BAD_USER_INPUT on their filter field. */
export function employmentWhere(filter: EmploymentFilter | null | undefined): Prisma.EmploymentWhereInput {
  const and: Prisma.EmploymentWhereInput[] = [];
  if (filter?.employerPersonId != null) and.push({ employerPersonId: requireId(filter.employerPersonId, 'filter.employerPersonId') });
  if (filter?.personalAssistantId != null)
    and.push({ personalAssistantId: requireId(filter.personalAssistantId, 'filter.personalAssistantId') });
  if (filter?.activeOnly) {
    const day = today();
    and.push({ start: { lte: day }, OR: [{ end: null }, { end: { gte: day } }] });
  }
  if (filter?.healthDuties != null) and.push({ healthDuties: filter.healthDuties });
  // Cover only means something for health duties, so either answer narrows to those.
  if (filter?.healthDutiesCoverComplete === true) and.push({ healthDuties: true, insuranceUpdated: true, payRateUpdated: true });
  if (filter?.healthDutiesCoverComplete === false) and.push({ healthDuties: true, ...COVER_INCOMPLETE });
  return and.length === 0 ? {} : { AND: and };
}
