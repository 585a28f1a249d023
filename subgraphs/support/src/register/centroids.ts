/**
 * The postcode district centroids register searches measure distance with. The demo region ships
 * its own (DEMO_DISTRICT_CENTROIDS); a deployment loads the national file, the ONS Postcode
 * Directory (ONSPD) CSV, with `npm run import -- centroids <ONSPD.csv>`: each live postcode's
 * latitude and longitude are averaged by outward code, and a district is rural when most of its
 * postcodes are (the 2011 rural-urban classification, column ru11ind).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { insertRows } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';

export interface DistrictCentroid {
  district: string;
  latitude: number;
  longitude: number;
  rural: boolean;
}

/** ONSPD's rural codes: England and Wales D1–F2, Scotland 6–8 (Northern Ireland's H–G bands are settlements of under 5,000). */
const RURAL_CODES = new Set(['D1', 'D2', 'E1', 'E2', 'F1', 'F2', '6', '7', '8', 'F', 'G', 'H']);
/** ONSPD gives postcodes without a grid reference this latitude. */
const NO_LOCATION = 99.999999;

/** Splits one CSV line (ONSPD quotes every field; none holds a comma). */
const fields = (line: string) => line.split(',').map((f) => f.replace(/^"|"$/g, '').trim());

/** Reads an ONSPD CSV into district centroids: live postcodes with a location only. */
export async function centroidsFromOnspd(file: string): Promise<DistrictCentroid[]> {
  const sums = new Map<string, { lat: number; lon: number; n: number; rural: number }>();
  let header: string[] | null = null;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const row = fields(line);
    if (!header) {
      header = row.map((h) => h.toLowerCase());
      for (const need of ['pcds', 'lat', 'long', 'doterm'])
        if (!header.includes(need)) throw new Error(`${file} is not an ONSPD file: no ${need} column`);
      continue;
    }
    const at = (name: string) => row[header!.indexOf(name)] ?? '';
    if (at('doterm')) continue;
    const lat = Number(at('lat'));
    const lon = Number(at('long'));
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || lat === NO_LOCATION) continue;
    const district = at('pcds').split(' ')[0]!.toUpperCase();
    const s = sums.get(district) ?? { lat: 0, lon: 0, n: 0, rural: 0 };
    s.lat += lat;
    s.lon += lon;
    s.n += 1;
    if (RURAL_CODES.has(at('ru11ind'))) s.rural += 1;
    sums.set(district, s);
  }
  return [...sums].map(([district, s]) => ({
    district,
    latitude: Math.round((s.lat / s.n) * 1e5) / 1e5,
    longitude: Math.round((s.lon / s.n) * 1e5) / 1e5,
    rural: s.rural * 2 > s.n,
  }));
}

/** Adds the centroids, replacing any held for the same districts; returns how many were written. */
export async function loadCentroids(db: PrismaClient, centroids: readonly DistrictCentroid[]): Promise<number> {
  await db.$transaction(async (tx) => {
    await tx.districtCentroid.deleteMany({ where: { district: { in: centroids.map((c) => c.district) } } });
    await insertRows(
      tx,
      'district_centroid',
      ['district', 'latitude', 'longitude', 'rural'],
      centroids.map((c) => [c.district, c.latitude, c.longitude, c.rural]),
    );
  });
  return centroids.length;
}
