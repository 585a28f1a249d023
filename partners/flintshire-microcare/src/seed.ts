import type { DemoRegion } from '@continuum/kit';
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from './generated/prisma/client.ts';

/** Demo rows: one activity for each of the first twenty people of the demo region. */
export async function seed(db: PrismaClient, region: DemoRegion): Promise<void> {
  await db.activity.createMany({
    data: region.people.slice(0, 20).map((p) => ({ id: randomUUID(), personId: p.id, title: 'Introductory visit', on: new Date(`${region.asOf}T00:00:00Z`) })),
  });
}
