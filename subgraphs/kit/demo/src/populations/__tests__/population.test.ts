import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { isValidNhsNumber } from '@continuum/runtime';
import { defaultMatchConfig, decide, normaliseIdentity } from '@continuum/identity';
import { MATCHING_TARGETS, runMatchingBenchmark } from '../benchmark.ts';
import { noisyPopulation } from '../noisy-population.ts';

describe('noisy population', () => {
  const pop = noisyPopulation({ people: 4000, seed: 11, duplicateRate: 0.3 });

  it('is deterministic for a seed and differs between seeds', () => {
    assert.deepEqual(noisyPopulation({ people: 4000, seed: 11, duplicateRate: 0.3 }).records, pop.records);
    const other = noisyPopulation({ people: 4000, seed: 12, duplicateRate: 0.3 });
    assert.notDeepEqual(other.records.slice(0, 50), pop.records.slice(0, 50));
  });

  it('gives every person one clean record with a verified, valid NHS number from the 999 range', () => {
    const originals = pop.records.filter((r) => r.original);
    assert.equal(originals.length, 4000);
    assert.equal(new Set(originals.map((r) => r.truthId)).size, 4000);
    assert.equal(new Set(originals.map((r) => r.nhsNumber)).size, 4000);
    for (const r of originals) {
      assert.equal(r.nhsNumberStatus, '01');
      assert.ok(isValidNhsNumber(r.nhsNumber!) && r.nhsNumber!.startsWith('999'), r.nhsNumber!);
    }
    assert.equal(pop.records.length, 4000 + pop.duplicates);
    assert.equal(pop.duplicates, 1200);
  });

  it('adds the noise agencies produce, and hard negatives', () => {
    const dups = pop.records.filter((r) => !r.original);
    const share = (pred: (n: string) => boolean) => dups.filter((r) => r.noise.some(pred)).length / dups.length;
    assert.ok(Math.abs(share((n) => n === 'no NHS number') - 0.3) < 0.05, 'about 30% of duplicates lack an NHS number');
    for (const kind of ['given typo', 'family typo', 'nickname', 'day and month transposed', 'moved to', 'NHS number status']) {
      assert.ok(share((n) => n.startsWith(kind)) > 0.01, kind);
    }
    assert.ok(pop.twins > 0 && pop.householdMembers > 0);
    const originals = new Map(pop.records.filter((r) => r.original).map((r) => [r.truthId, r]));
    // Twins: same family name, date of birth and postcode as the person before them, another given name.
    for (const t of pop.records.filter((r) => r.original && r.personKind === 'TWIN')) {
      const n = Number(t.truthId.slice(1));
      const sibling = originals.get(`P${n - 1}`)!;
      assert.equal(normaliseIdentity(t).familyName, normaliseIdentity(sibling).familyName);
      assert.equal(t.dateOfBirth, sibling.dateOfBirth);
      assert.notEqual(normaliseIdentity(t).givenFirst, normaliseIdentity(sibling).givenFirst);
    }
  });

  it('orders records so a person’s first record usually comes before their duplicates', () => {
    const firstSeen = new Map<string, boolean>();
    let dupAfterOriginal = 0;
    let dups = 0;
    for (const r of pop.records) {
      if (r.original) firstSeen.set(r.truthId, true);
      else {
        dups++;
        if (firstSeen.get(r.truthId)) dupAfterOriginal++;
      }
    }
    assert.ok(dupAfterOriginal / dups > 0.9);
  });
});

describe('generated hard negatives', () => {
  const pop = noisyPopulation({ people: 4000, seed: 5, duplicateRate: 0.3 });
  const originals = new Map(pop.records.filter((r) => r.original).map((r) => [r.truthId, r]));
  const config = defaultMatchConfig();

  it('never links a twin to the other twin, even without NHS numbers', () => {
    let pairs = 0;
    for (const twin of pop.records.filter((r) => r.personKind === 'TWIN')) {
      const sibling = originals.get(`P${Number(twin.truthId.slice(1)) - 1}`)!;
      for (const incoming of [twin, { ...twin, nhsNumber: null, nhsNumberStatus: '07' }]) {
        const o = decide(incoming, [{ ...sibling, id: sibling.truthId }], config);
        assert.notEqual(o.kind, 'LINK', `${incoming.givenName} → ${sibling.givenName}`);
        pairs++;
      }
    }
    assert.ok(pairs > 50, `${pairs} twin pairs`);
  });

  it('never links household members to each other', () => {
    let pairs = 0;
    for (const member of pop.records.filter((r) => r.original && r.personKind === 'HOUSEHOLD_MEMBER')) {
      const household = pop.records.filter(
        (r) =>
          r.original &&
          r.truthId !== member.truthId &&
          r.postcodeDistrict === member.postcodeDistrict &&
          normaliseIdentity(r).familyName === normaliseIdentity(member).familyName,
      );
      for (const other of household) {
        const o = decide({ ...member, nhsNumber: null, nhsNumberStatus: '07' }, [{ ...other, id: other.truthId }], config);
        assert.notEqual(o.kind, 'LINK', `${member.givenName} ${member.familyName} → ${other.givenName}`);
        pairs++;
      }
    }
    assert.ok(pairs > 100, `${pairs} household pairs`);
  });
});

describe('a population dense with lookalikes', () => {
  const standard = noisyPopulation({ people: 4000, seed: 11, duplicateRate: 0.3 });
  const dense = noisyPopulation({ people: 4000, seed: 11, duplicateRate: 0.3, dense: true });

  it('adds namesakes (an earlier person’s full name and date of birth, in another district) and marriages', () => {
    const originals = new Map(dense.records.filter((r) => r.original).map((r) => [r.truthId, r]));
    const namesakes = dense.records.filter((r) => r.original && r.personKind === 'NAMESAKE');
    assert.equal(namesakes.length, dense.namesakes);
    assert.ok(namesakes.length >= 5, `${namesakes.length} namesakes`);
    for (const n of namesakes) {
      const same = [...originals.values()].filter(
        (o) =>
          o.truthId !== n.truthId &&
          o.dateOfBirth === n.dateOfBirth &&
          normaliseIdentity(o).givenName === normaliseIdentity(n).givenName &&
          normaliseIdentity(o).familyName === normaliseIdentity(n).familyName,
      );
      assert.ok(same.length > 0, `${n.givenName} ${n.familyName} has a namesake`);
      assert.ok(same.some((o) => normaliseIdentity(o).postcodeDistrict !== normaliseIdentity(n).postcodeDistrict));
      assert.ok(same.every((o) => o.nhsNumber !== n.nhsNumber));
    }
    const married = dense.records.filter((r) => r.noise.some((n) => n.startsWith('married name')));
    assert.ok(married.length > 20, `${married.length} marriages`);
    for (const r of married) assert.notEqual(normaliseIdentity(r).familyName, normaliseIdentity(originals.get(r.truthId)!).familyName);
    assert.ok(dense.twins > standard.twins && dense.householdMembers > standard.householdMembers);
  });

  it('leaves the standard population as it was for a seed', () => {
    assert.equal(standard.namesakes, 0);
    assert.ok(standard.records.every((r) => !r.noise.some((n) => n.startsWith('married name'))));
  });

  it('is matched within the floors (a sample of 5,000 records)', () => {
    const r = runMatchingBenchmark({ records: 5000, seed: 3, dense: true });
    const figures = `precision ${r.precision}, recall auto+review ${r.recallAutoPlusReview}, review ${r.reviewShare}`;
    assert.ok(r.precision >= MATCHING_TARGETS.precision, figures);
    assert.ok(r.recallAutoPlusReview >= MATCHING_TARGETS.recallAutoPlusReview, figures);
    assert.ok(r.reviewShare <= MATCHING_TARGETS.reviewShare, figures);
    assert.equal(r.twinsAutoLinked, 0, figures);
  });
});

describe('matching a sample of 5,000 generated records', () => {
  for (const seed of [3, 17]) {
    it(`meets the precision, recall and review floors (seed ${seed})`, () => {
      const r = runMatchingBenchmark({ records: 5000, seed });
      const figures = `precision ${r.precision}, recall auto+review ${r.recallAutoPlusReview}, review ${r.reviewShare}, ${Math.round(r.recordsPerSecond)} records/s`;
      assert.ok(r.trueDuplicates > 1000, figures);
      assert.ok(r.precision >= MATCHING_TARGETS.precision, figures);
      assert.ok(r.recallAutoPlusReview >= MATCHING_TARGETS.recallAutoPlusReview, figures);
      assert.ok(r.reviewShare <= MATCHING_TARGETS.reviewShare, figures);
      // Issue 20's rules send one-digit date slips and changed family names without an NHS number to review: fewer automatic links.
      assert.ok(r.recallAuto >= 0.88, figures);
      assert.equal(r.twinsAutoLinked, 0, figures);
      assert.ok(r.recordsPerSecond >= MATCHING_TARGETS.recordsPerSecond, figures);
    });
  }
});
