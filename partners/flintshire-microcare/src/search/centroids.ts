/**
 * Postcode district centroids, held here so the distance from a person's district to a
 * micro-carer's is measured without asking another subgraph. The demo seed loads the demo
 * region's; a deployment loads the districts it serves with loadCentroids (from the ONS Postcode
 * Directory, averaged by outward code as the hub's register does).
 */
import type { PrismaClient } from '../generated/prisma/client.ts';

export interface DistrictCentroid {
  district: string;
  latitude: number;
  longitude: number;
  rural: boolean;
}

const EARTH_MILES = 3958.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Miles between two centroids, as the register's search measures them (flat-earth over a region's distances). */
export function milesBetween(a: DistrictCentroid, b: DistrictCentroid): number {
  return (
    EARTH_MILES * Math.hypot(rad(b.latitude - a.latitude), Math.cos(rad((a.latitude + b.latitude) / 2)) * rad(b.longitude - a.longitude))
  );
}

/** Adds the centroids, replacing any held for the same districts; returns how many were written. */
export async function loadCentroids(db: PrismaClient, centroids: readonly DistrictCentroid[]): Promise<number> {
  await db.$transaction([
    db.districtCentroid.deleteMany({ where: { district: { in: centroids.map((c) => c.district) } } }),
    db.districtCentroid.createMany({ data: centroids.map((c) => ({ ...c })) }),
  ]);
  return centroids.length;
}
