import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import { byStartThenId, dbsCurrent, EMPLOYMENT_FIELDS, employmentView, isActive } from './expected.ts';

const region = buildDemoRegion();
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { __typename FIELDS } }`;

function entities(fields: string) {
  return ENTITIES.replace('FIELDS', fields);
}

describe('support subgraph _entities contract', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
  });
  afterAll(() => sg.stop());

  it('resolves SupportOrganisation representations to the seeded organisation, null for unknown ids', async () => {
    const org = region.supportOrganisations.find((o) => o.charityNumber) ?? region.supportOrganisations[0];
    const res = await sg.execute(entities('... on SupportOrganisation { id name kinds charityNumber companyNumber areasServed }'), {
      reps: [
        { __typename: 'SupportOrganisation', id: org.id },
        { __typename: 'SupportOrganisation', id: UNKNOWN },
        { __typename: 'SupportOrganisation', id: 'nope' },
      ],
    });
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data._entities[0], {
      __typename: 'SupportOrganisation',
      id: org.id,
      name: org.name,
      kinds: org.kinds,
      charityNumber: org.charityNumber,
      companyNumber: org.companyNumber,
      areasServed: org.areasServed,
    });
    assert.equal(res.data._entities[1], null);
    assert.equal(res.data._entities[2], null);
  });

  it('resolves PersonalAssistant representations field by field, null for unknown and malformed ids', async () => {
    // One PA with a dated DBS check and a register, one without either where the region has such.
    const pas = [
      region.personalAssistants.find((p) => p.dbsCheckedOn && p.registerOrganisationId) ?? region.personalAssistants[0],
      region.personalAssistants.find((p) => !p.dbsCheckedOn) ?? region.personalAssistants[1],
    ];
    const res = await sg.execute(
      entities(
        '... on PersonalAssistant { id givenName familyName employmentStatus postcodeDistrict dbsCheck { status checkedOn current } services languages availability { day period } register { id name } }',
      ),
      {
        reps: [
          ...pas.map((p) => ({ __typename: 'PersonalAssistant', id: p.id })),
          { __typename: 'PersonalAssistant', id: UNKNOWN },
          { __typename: 'PersonalAssistant', id: '42' },
        ],
      },
    );
    assert.equal(res.errors, undefined);
    pas.forEach((pa, i) => {
      const org = region.supportOrganisations.find((o) => o.id === pa.registerOrganisationId);
      assert.deepEqual(res.data._entities[i], {
        __typename: 'PersonalAssistant',
        id: pa.id,
        givenName: pa.givenName,
        familyName: pa.familyName,
        employmentStatus: pa.employmentStatus,
        postcodeDistrict: pa.postcodeDistrict,
        dbsCheck: { status: pa.dbsStatus, checkedOn: pa.dbsCheckedOn, current: dbsCurrent(pa) },
        services: pa.services,
        languages: pa.languages,
        availability: pa.availability,
        register: org ? { id: org.id, name: org.name } : null,
      });
    });
    assert.equal(res.data._entities[2], null);
    assert.equal(res.data._entities[3], null);
  });

  it('works out DBS currency for 200 PAs as the region implies, current and out of date alike', async () => {
    const pas = region.personalAssistants.slice(0, 200);
    const res = await sg.execute(entities('... on PersonalAssistant { id dbsCheck { status checkedOn current } }'), {
      reps: pas.map((p) => ({ __typename: 'PersonalAssistant', id: p.id })),
    });
    assert.equal(res.errors, undefined);
    const expected = pas.map((p) => ({
      __typename: 'PersonalAssistant',
      id: p.id,
      dbsCheck: { status: p.dbsStatus, checkedOn: p.dbsCheckedOn, current: dbsCurrent(p) },
    }));
    assert.deepEqual(res.data._entities, expected);
    assert.deepEqual(new Set(expected.map((e) => e.dbsCheck.current)), new Set([true, false]));
  });

  it('resolves Employment representations field by field, null for unknown ids', async () => {
    const ended = region.employments.find((e) => e.end && !isActive(e)) ?? region.employments[0];
    const open = region.employments.find((e) => !e.end) ?? region.employments[1];
    const res = await sg.execute(entities(`... on Employment { ${EMPLOYMENT_FIELDS} }`), {
      reps: [ended, open].map((e) => ({ __typename: 'Employment', id: e.id })).concat([{ __typename: 'Employment', id: UNKNOWN }]),
    });
    assert.equal(res.errors, undefined);
    assert.deepEqual(
      res.data._entities.slice(0, 2),
      [ended, open].map((e) => ({ __typename: 'Employment', ...employmentView(e) })),
    );
    assert.equal(res.data._entities[2], null);
  });

  it('contributes Person.paTeam: active employments by default, every one with includeEnded, in start order', async () => {
    const personId = region.featured.movedDirectPaymentToPhb;
    const theirs = region.employments.filter((e) => e.employerPersonId === personId).sort(byStartThenId);
    assert.ok(theirs.length > 0, 'the featured person employs PAs');
    const res = await sg.execute(
      entities(`... on Person { id active: paTeam { id } all: paTeam(includeEnded: true) { ${EMPLOYMENT_FIELDS} } }`),
      { reps: [{ __typename: 'Person', id: personId }] },
    );
    assert.equal(res.errors, undefined);
    const person = res.data._entities[0];
    assert.deepEqual(person.all, theirs.map(employmentView));
    assert.deepEqual(
      person.active,
      theirs.filter(isActive).map((e) => ({ id: e.id })),
    );
  });

  it('answers paTeam for every person with employments exactly as the region says', async () => {
    const employers = [...new Set(region.employments.map((e) => e.employerPersonId))].slice(0, 50);
    const res = await sg.execute(entities('... on Person { id paTeam(includeEnded: true) { id } }'), {
      reps: employers.map((id) => ({ __typename: 'Person', id })),
    });
    assert.equal(res.errors, undefined);
    employers.forEach((id, i) => {
      const expected = region.employments
        .filter((e) => e.employerPersonId === id)
        .sort(byStartThenId)
        .map((e) => ({ id: e.id }));
      assert.deepEqual(res.data._entities[i], { __typename: 'Person', id, paTeam: expected });
    });
  });

  it('gives an empty PA team to a person with no employments and to a malformed id', async () => {
    const res = await sg.execute(entities('... on Person { id paTeam(includeEnded: true) { id } }'), {
      reps: [
        { __typename: 'Person', id: UNKNOWN },
        { __typename: 'Person', id: 'not-a-uuid' },
      ],
    });
    assert.equal(res.errors, undefined);
    assert.deepEqual(
      res.data._entities.map((p: any) => p.paTeam),
      [[], []],
    );
  });

  it('resolves PersonalAssistant.employers across employers: the cross-border PA works for more than one person', async () => {
    const paId = region.featured.crossBorderPa;
    const theirs = region.employments.filter((e) => e.personalAssistantId === paId).sort(byStartThenId);
    const res = await sg.execute(entities(`... on PersonalAssistant { id employers { ${EMPLOYMENT_FIELDS} } }`), {
      reps: [{ __typename: 'PersonalAssistant', id: paId }],
    });
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data._entities[0].employers, theirs.map(employmentView));
    assert.ok(new Set(theirs.map((e) => e.employerPersonId)).size > 1);
  });

  it('publishes its SDL through _service, the restricted fields only as registration input, never as output', async () => {
    const res = await sg.execute('{ _service { sdl } }');
    const sdl: string = res.data._service.sdl;
    assert.match(sdl, /type PersonalAssistant\s+@key\(fields: "id"\)/);
    assert.match(sdl, /type Employment\s+@key\(fields: "id"\)/);
    // A register submits a PA's date of birth and NI suffix (write-only); no type shows them.
    const outputs = sdl.replace(/input \w+[^}]*}/g, '');
    assert.doesNotMatch(outputs, /dateOfBirth|niNumber/i);
    assert.match(sdl, /input RegisterPersonalAssistantInput[^}]*niNumberSuffix/);
  });
});
