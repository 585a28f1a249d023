/**
 * The RISCA rule of four: a micro-carer who is not registered with Care Inspectorate Wales may
 * have at most four care (personal care) clients at once. Support and well-being clients do
 * not count towards it.
 */
import type { MicroCareClient, MicroCarer } from './generated/prisma/client.ts';

export const CARE_CLIENT_LIMIT = 4;

export interface Capacity {
  careClients: number;
  careClientLimit: number;
  vacancies: number;
  otherClients: number;
  hoursAvailablePerWeek: number;
  hoursCommittedPerWeek: number;
}

export function capacity(carer: MicroCarer, currentClients: MicroCareClient[]): Capacity {
  const careClients = currentClients.filter((c) => c.personalCare).length;
  return {
    careClients,
    careClientLimit: CARE_CLIENT_LIMIT,
    vacancies: Math.max(0, CARE_CLIENT_LIMIT - careClients),
    otherClients: currentClients.length - careClients,
    hoursAvailablePerWeek: carer.hoursAvailablePerWeek,
    hoursCommittedPerWeek: currentClients.reduce((h, c) => h + c.hoursPerWeek, 0),
  };
}
