import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import { centroidsFromOnspd } from '../register/centroids.ts';

/** A few rows in the ONS Postcode Directory's layout (its real column names, more columns than are read). */
const ONSPD = `"pcd","pcd2","pcds","dointr","doterm","oscty","lat","long","ru11ind"
"NE3 1AA","NE3  1AA","NE3 1AA","198001","","E99999999",55.0100,-1.6300,"A1"
"NE3 1AB","NE3  1AB","NE3 1AB","198001","","E99999999",55.0200,-1.6400,"A1"
"NE3 9ZZ","NE3  9ZZ","NE3 9ZZ","198001","200312","E99999999",56.0000,-2.0000,"A1"
"NE66 1AA","NE66 1AA","NE66 1AA","198001","","E99999999",55.4100,-1.7000,"E1"
"NE66 2AB","NE66 2AB","NE66 2AB","198001","","E99999999",55.4300,-1.7200,"D1"
"NE66 3AC","NE66 3AC","NE66 3AC","198001","","E99999999",55.4200,-1.7100,"C1"
"ZZ1 1ZZ","ZZ1  1ZZ","ZZ1 1ZZ","198001","","E99999999",99.999999,0.000000,""
`;

function write(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'onspd-')), 'ONSPD.csv');
  fs.writeFileSync(file, text);
  return file;
}

describe('postcode district centroids from the ONS Postcode Directory', () => {
  it('averages live postcodes with a location by district, and calls a district rural when most of its postcodes are', async () => {
    const centroids = await centroidsFromOnspd(write(ONSPD));
    assert.deepEqual(
      centroids.sort((a, b) => a.district.localeCompare(b.district)),
      [
        // The terminated NE3 9ZZ is left out, as is ZZ1 1ZZ, which has no grid reference.
        { district: 'NE3', latitude: 55.015, longitude: -1.635, rural: false },
        { district: 'NE66', latitude: 55.42, longitude: -1.71, rural: true },
      ],
    );
  });

  it('refuses a file that is not the ONSPD', async () => {
    await assert.rejects(centroidsFromOnspd(write('district,latitude\nNE3,55\n')), /not an ONSPD file: no pcds column/);
  });
});
