import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import {
  freshIdentifier,
  freshIdentifierOutside,
  IDENTIFIERS,
  region,
  REGISTER,
  typo,
  unheldNhsNumbers,
  verifiedPeople,
  withoutNumber,
} from './matching-fixtures.ts';

describe('registering a person goes through matching', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  let people: () => Promise<number>;
  let reviews: () => Promise<number>;
  const [linked, typoed, unverified, twice, keyed, conflicting] = verifiedPeople();
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
    people = () => db.person.count();
    reviews = () => db.matchReview.count();
  });
  afterAll(() => sg.stop());

  it('links a verified NHS number to the person who holds it, attaching the agency identifier and creating no one', async () => {
    const before = await people();
    const id = freshIdentifier('E08000021');
    const res = await sg.execute(REGISTER, {
      input: {
        ...withoutNumber(linked),
        nhsNumber: linked.nhsNumber,
        nhsNumberVerificationStatus: 'NUMBER_PRESENT_AND_VERIFIED',
        localIdentifiers: [id],
      },
    });
    assert.equal(res.errors, undefined);
    const r = res.data.registerPerson;
    assert.equal(r.outcome, 'LINKED');
    assert.equal(r.matchedBy, 'VERIFIED_NHS_NUMBER');
    assert.equal(r.person.id, linked.id);
    assert.deepEqual(
      new Set(r.person.localIdentifiers.map((l: any) => l.value)),
      new Set([...linked.localIdentifiers.map((l) => l.value), id.value]),
    );
    assert.equal(await people(), before);
    // The automatic link is on record, so it can be unlinked like a reviewer's.
    assert.equal(r.review.status, 'LINKED');
    assert.equal(r.review.person.id, linked.id);
    assert.equal(r.review.decisions.length, 1);
    assert.deepEqual(
      {
        action: r.review.decisions[0].action,
        automatic: r.review.decisions[0].automatic,
        person: r.review.decisions[0].person.id,
        ids: r.review.decisions[0].localIdentifiers,
      },
      { action: 'LINK', automatic: true, person: linked.id, ids: [id] },
    );
    assert.match(r.review.decisions[0].reason, /VERIFIED_NHS_NUMBER/);
  });

  it('treats an identifier the linked person already holds as nothing to do', async () => {
    const own = linked.localIdentifiers[0];
    const res = await sg.execute(REGISTER, {
      input: {
        ...withoutNumber(linked),
        nhsNumber: linked.nhsNumber,
        nhsNumberVerificationStatus: 'NUMBER_PRESENT_AND_VERIFIED',
        localIdentifiers: [own],
      },
    });
    assert.equal(res.errors, undefined);
    assert.equal(res.data.registerPerson.outcome, 'LINKED');
    assert.equal(res.data.registerPerson.person.localIdentifiers.filter((l: any) => l.value === own.value).length, 1);
    assert.deepEqual(res.data.registerPerson.review.decisions[0].localIdentifiers, []);
  });

  it('refuses to link with an identifier another person holds (CONFLICT), writing nothing', async () => {
    const other = region.people.find((p) => p.id !== conflicting.id && p.localIdentifiers.length)!;
    const [beforePeople, beforeReviews] = [await people(), await reviews()];
    const res = await sg.execute(REGISTER, {
      input: {
        ...withoutNumber(conflicting),
        nhsNumber: conflicting.nhsNumber,
        nhsNumberVerificationStatus: 'NUMBER_PRESENT_AND_VERIFIED',
        localIdentifiers: [other.localIdentifiers[0]],
      },
    });
    assert.equal(res.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(res.errors?.[0].extensions?.field, 'localIdentifiers');
    assert.deepEqual([await people(), await reviews()], [beforePeople, beforeReviews]);
    const held = await sg.execute(IDENTIFIERS, { id: conflicting.id });
    assert.deepEqual(held.data.person.localIdentifiers, conflicting.localIdentifiers);
  });

  it('links the same person registered with a typo in the family name and no NHS number, by the names-DOB-postcode rule', async () => {
    const before = await people();
    const res = await sg.execute(REGISTER, {
      input: { ...withoutNumber(typoed), familyName: typo(typoed.familyName), localIdentifiers: [freshIdentifierOutside(typoed)] },
    });
    assert.equal(res.errors, undefined);
    const r = res.data.registerPerson;
    assert.equal(r.outcome, 'LINKED');
    assert.equal(r.matchedBy, 'NAMES_DOB_POSTCODE');
    assert.equal(r.person.id, typoed.id);
    assert.equal(await people(), before);
    const [candidate] = r.review.candidates;
    assert.equal(candidate.person.id, typoed.id);
    const byField = Object.fromEntries(candidate.contributions.map((c: any) => [c.field, c]));
    assert.deepEqual(Object.keys(byField).sort(), ['DATE_OF_BIRTH', 'FAMILY_NAME', 'GIVEN_NAME', 'NHS_NUMBER', 'POSTCODE_DISTRICT']);
    assert.equal(byField.FAMILY_NAME.comparison, 'FUZZY');
    assert.match(byField.FAMILY_NAME.detail, /Jaro-Winkler/);
    assert.equal(byField.NHS_NUMBER.comparison, 'MISSING');
    for (const f of ['GIVEN_NAME', 'DATE_OF_BIRTH', 'POSTCODE_DISTRICT']) assert.equal(byField[f].comparison, 'AGREE');
    const total = candidate.contributions.reduce((s: number, c: any) => s + c.weight, 0);
    assert.ok(Math.abs(total - candidate.score) < 1e-9, 'the contributions add up to the score');
  });

  it('never joins a person holding a linked record with another verified NHS number, though their own record has none: review', async () => {
    const [x, y] = unheldNhsNumbers(2);
    const identity = { givenName: 'Dafydd', familyName: 'Pryce', dateOfBirth: '1958-07-13', postcodeDistrict: 'TS19' };
    const verified = (nhsNumber: string) => ({ nhsNumber, nhsNumberVerificationStatus: 'NUMBER_PRESENT_AND_VERIFIED' });
    const first = await sg.execute(REGISTER, { input: { ...identity, localIdentifiers: [freshIdentifier('E06000047')] } });
    assert.equal(first.data.registerPerson.outcome, 'CREATED');
    const personId = first.data.registerPerson.person.id;
    // The same person with a verified number, from another council: linked by the names rule (the person's own record has no number).
    const second = await sg.execute(REGISTER, {
      input: { ...identity, ...verified(x!), localIdentifiers: [freshIdentifier('E08000021')] },
    });
    assert.equal(second.data.registerPerson.outcome, 'LINKED');
    assert.equal(second.data.registerPerson.person.id, personId);
    // A third, with another verified number: the person already holds one, so no link.
    const before = await people();
    const third = await sg.execute(REGISTER, { input: { ...identity, ...verified(y!), localIdentifiers: [freshIdentifier('E06000057')] } });
    assert.equal(third.errors, undefined);
    const r = third.data.registerPerson;
    assert.equal(r.outcome, 'SENT_TO_REVIEW');
    const candidate = r.review.candidates.find((c: any) => c.person.id === personId);
    assert.ok(candidate, 'the person is listed for the reviewer');
    assert.ok(candidate.reasons.some((x: string) => /another verified NHS number/.test(x)));
    assert.equal(await people(), before);
  });

  it('sends a registration to review when the same council already holds the person under another case number', async () => {
    const p = verifiedPeople()
      .slice(6)
      .find((q) => q.localIdentifiers.some((l) => l.agency === 'COUNCIL'))!;
    const council = p.localIdentifiers.find((l) => l.agency === 'COUNCIL')!.organisationCode;
    const res = await sg.execute(REGISTER, {
      input: {
        ...withoutNumber(p),
        nhsNumber: p.nhsNumber,
        nhsNumberVerificationStatus: 'NUMBER_PRESENT_AND_VERIFIED',
        localIdentifiers: [freshIdentifier(council)],
      },
    });
    assert.equal(res.errors, undefined);
    const r = res.data.registerPerson;
    assert.equal(r.outcome, 'SENT_TO_REVIEW', 'a perfect match, but one list never holds a person twice without a reviewer saying so');
    const candidate = r.review.candidates.find((c: any) => c.person.id === p.id);
    assert.ok(candidate.reasons.some((x: string) => /already holds the person under another client id/.test(x)));
  });

  it('never links on an unverified NHS number alone: a holder with nothing else in common goes to review, no second record', async () => {
    const [beforePeople, beforeReviews] = [await people(), await reviews()];
    const res = await sg.execute(REGISTER, {
      input: {
        nhsNumber: unverified.nhsNumber,
        givenName: 'Zebedee',
        familyName: 'Quockwell',
        dateOfBirth: '1931-02-03',
        postcodeDistrict: 'ZE1',
      },
    });
    assert.equal(res.errors, undefined);
    const r = res.data.registerPerson;
    assert.equal(r.outcome, 'SENT_TO_REVIEW');
    assert.equal(r.person, null);
    assert.equal(r.matchedBy, null);
    assert.equal(r.review.status, 'OPEN');
    const holder = r.review.candidates.find((c: any) => c.person.id === unverified.id);
    assert.ok(holder, 'the number holder is a candidate');
    assert.equal(holder.contributions.find((c: any) => c.field === 'NHS_NUMBER').comparison, 'AGREE');
    assert.ok(holder.reasons.some((x: string) => /not verified/.test(x)));
    assert.deepEqual(r.review.submitted.nhsNumber, { value: unverified.nhsNumber, verificationCode: '02' });
    assert.deepEqual([await people(), await reviews()], [beforePeople, beforeReviews + 1]);
  });

  it('does not link a verified NHS number when the date of birth and given name both disagree (possibly mistyped): review', async () => {
    const before = await people();
    const res = await sg.execute(REGISTER, {
      input: {
        nhsNumber: twice.nhsNumber,
        nhsNumberVerificationStatus: 'NUMBER_PRESENT_AND_VERIFIED',
        givenName: 'Zebedee',
        familyName: 'Quockwell',
        dateOfBirth: '1931-02-03',
      },
    });
    assert.equal(res.errors, undefined);
    assert.equal(res.data.registerPerson.outcome, 'SENT_TO_REVIEW');
    assert.ok(res.data.registerPerson.review.candidates.some((c: any) => c.person.id === twice.id));
    assert.equal(await people(), before);
  });

  it('keeps twins apart: the co-twin (same family name, date of birth and postcode, another given name) is not linked', async () => {
    const first = await sg.execute(REGISTER, {
      input: {
        givenName: 'Olwen',
        familyName: 'Testtwin',
        dateOfBirth: '2001-03-04',
        postcodeDistrict: 'NE6',
        localIdentifiers: [freshIdentifier()],
      },
    });
    assert.equal(first.errors, undefined);
    assert.equal(first.data.registerPerson.outcome, 'CREATED');
    const olwen = first.data.registerPerson.person.id;
    const before = await people();
    const second = await sg.execute(REGISTER, {
      input: {
        givenName: 'Gareth',
        familyName: 'Testtwin',
        dateOfBirth: '2001-03-04',
        postcodeDistrict: 'NE6',
        localIdentifiers: [freshIdentifier()],
      },
    });
    assert.equal(second.errors, undefined);
    const r = second.data.registerPerson;
    assert.equal(r.outcome, 'SENT_TO_REVIEW');
    assert.equal(await people(), before);
    const candidate = r.review.candidates.find((c: any) => c.person.id === olwen);
    assert.ok(candidate.reasons.some((x: string) => /twin/i.test(x)));
    const held = await sg.execute(IDENTIFIERS, { id: olwen });
    assert.equal(held.data.person.localIdentifiers.length, 1, 'nothing of the co-twin was attached to Olwen');
  });

  it('creates a new person when no one known is them, writing their match keys', async () => {
    const before = await people();
    const res = await sg.execute(REGISTER, {
      input: { givenName: 'Peregrine', familyName: 'Unmatched', dateOfBirth: '1944-12-01', postcodeDistrict: 'NE6' },
    });
    assert.equal(res.errors, undefined);
    assert.equal(res.data.registerPerson.outcome, 'CREATED');
    assert.equal(res.data.registerPerson.review, null);
    assert.equal(await people(), before + 1);
    assert.ok((await db.personMatchKey.count({ where: { personId: res.data.registerPerson.person.id } })) > 0);
    // The next registration of the same identity finds them.
    const again = await sg.execute(REGISTER, {
      input: { givenName: 'Peregrine', familyName: 'Unmatched', dateOfBirth: '1944-12-01', postcodeDistrict: 'NE6' },
    });
    assert.equal(again.data.registerPerson.outcome, 'LINKED');
    assert.equal(again.data.registerPerson.person.id, res.data.registerPerson.person.id);
    assert.equal(await people(), before + 1);
  });

  it('answers a repeat with the same idempotency key with the same registration, writing nothing more', async () => {
    const input = {
      givenName: 'Idem',
      familyName: 'Potentson',
      dateOfBirth: '1960-04-05',
      postcodeDistrict: 'NE6',
      localIdentifiers: [freshIdentifier()],
    };
    const before = await people();
    const first = await sg.execute(REGISTER, { input, key: 'reg-1' });
    const second = await sg.execute(REGISTER, { input, key: 'reg-1' });
    assert.equal(first.errors, undefined);
    assert.equal(second.errors, undefined);
    assert.equal(first.data.registerPerson.outcome, 'CREATED');
    assert.deepEqual(second.data.registerPerson, first.data.registerPerson);
    assert.equal(await people(), before + 1);
    const other = await sg.execute(REGISTER, { input: { ...input, givenName: 'Different' }, key: 'reg-1' });
    assert.equal(other.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(other.errors?.[0].extensions?.field, 'idempotencyKey');
  });

  it('answers a repeated key for a registration sent to review with the same review, not a second one', async () => {
    const input = { nhsNumber: keyed.nhsNumber, givenName: 'Somebody', familyName: 'Else', dateOfBirth: '1933-03-03' };
    const before = await reviews();
    const first = await sg.execute(REGISTER, { input, key: 'reg-review' });
    const second = await sg.execute(REGISTER, { input, key: 'reg-review' });
    assert.equal(first.data.registerPerson.outcome, 'SENT_TO_REVIEW');
    assert.deepEqual(second.data.registerPerson, first.data.registerPerson);
    assert.equal(await reviews(), before + 1);
  });

  it('lets only one of two concurrent registrations of the same new person create them', async () => {
    const before = await people();
    const input = { givenName: 'Concurrent', familyName: 'Registrant', dateOfBirth: '1955-05-05', postcodeDistrict: 'NE6' };
    const results = await Promise.all([sg.execute(REGISTER, { input }), sg.execute(REGISTER, { input })]);
    for (const r of results) assert.equal(r.errors, undefined);
    assert.deepEqual(results.map((r) => r.data.registerPerson.outcome).sort(), ['CREATED', 'LINKED']);
    assert.equal(results[0].data.registerPerson.person.id, results[1].data.registerPerson.person.id);
    assert.equal(await people(), before + 1);
  });
});
