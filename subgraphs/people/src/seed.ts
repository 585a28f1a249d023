import type { DemoRegion, Progress } from '@continuum/kit';
import type { PrismaClient } from './generated/prisma/client.ts';

const BATCH = 2_000;

/** Writes the demo region's people and their agency identifiers. */
export async function seed(db: PrismaClient, region: DemoRegion, progress?: Progress): Promise<void> {
  const people = region.people;
  for (let i = 0; i < people.length; i += BATCH) {
    const batch = people.slice(i, i + BATCH);
    await db.person.createMany({
      data: batch.map((p) => ({
        id: p.id,
        nhsNumber: p.nhsNumber,
        nhsNumberStatus: p.nhsNumberStatus,
        givenName: p.givenName,
        familyName: p.familyName,
        dateOfBirth: new Date(`${p.dateOfBirth}T00:00:00Z`),
        postcodeDistrict: p.postcodeDistrict,
      })),
    });
    await db.localIdentifier.createMany({
      data: batch.flatMap((p) => p.localIdentifiers.map((l) => ({ personId: p.id, ...l }))),
    });
    progress?.('people', Math.min(i + BATCH, people.length), people.length);
  }
}
