/**
 * The support options offered at an assessment, over real HTTP through the gateway: a council's
 * social worker records them for someone they may see (audited with the caller), and only the social
 * workers of the assessing council read them on the person or list those offered only a care home
 * or home care where PAs are findable; anyone else is refused. An empty option list, a day in the
 * future, an unknown person or another council is refused with nothing written.
 */
import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, rowCounts, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const ELEANOR = region.featured.movedDirectPaymentToPhb;
const NEWCASTLE = 'E08000021';
const RECORD = `mutation ($input: RecordAssessmentOffersInput!) { recordAssessmentOffers(input: $input) {
  id assessedOn options recordedBy council { gssCode } person { id } } }`;
const OF_PERSON = `query ($id: ID!) { person(id: $id) { id assessmentOffers { id assessedOn options } } }`;
const LIST = `query ($gss: String!) { onlyCareHomeOrHomeCareOffers(councilGssCode: $gss) { offer { id person { id } } postcodeDistrict findablePas } }`;
const counted = (hub: TestHub) => rowCounts(hub, { councils: ['assessment_offer'] });
const codeAndField = (res: any) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

describe('assessment offers: the options offered at an assessment, recorded and read by the assessing council', () => {
  let hub: TestHub;
  const newcastle = () => hub.as('social-worker.newcastle');
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it("a Newcastle social worker records the options (each once, in list order), audited; the person's record and the council's list show them", async () => {
    const lastAudit = (await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS id FROM audit_event')).rows[0].id;
    const input = {
      personId: ELEANOR,
      councilGssCode: NEWCASTLE,
      assessedOn: dayFromToday(0),
      options: ['DOMICILIARY_CARE', 'RESIDENTIAL_CARE', 'DOMICILIARY_CARE'],
    };
    const offer = (await gqlData(newcastle(), RECORD, { input })).recordAssessmentOffers;
    assert.deepEqual(
      [offer.assessedOn, offer.options, offer.council.gssCode, offer.person.id],
      [dayFromToday(0), ['RESIDENTIAL_CARE', 'DOMICILIARY_CARE'], NEWCASTLE, ELEANOR],
    );
    const audit = await hub.accessStore.pool.query(
      "SELECT user_id FROM audit_event WHERE id > $1 AND action = 'WRITE' AND outcome = 'ALLOWED' AND record_type = 'recordAssessmentOffers'",
      [lastAudit],
    );
    assert.deepEqual(
      audit.rows.map((a: any) => a.user_id),
      ['social-worker.newcastle'],
    );
    const own = (await gqlData(newcastle(), OF_PERSON, { id: ELEANOR })).person.assessmentOffers;
    assert.equal(own[0].id, offer.id, 'the latest assessment first');
    // Eleanor's ICB may see her, but not the council's assessment casework.
    assert.deepEqual((await gqlData(hub.as('phb-lead.icb'), OF_PERSON, { id: ELEANOR })).person.assessmentOffers, []);
    // Her latest assessment offered only a care home or home care, and PAs are findable where she lives.
    const listed = (await gqlData(newcastle(), LIST, { gss: NEWCASTLE })).onlyCareHomeOrHomeCareOffers;
    const hers = listed.find((r: any) => r.offer.person.id === ELEANOR);
    const district = region.people.find((p) => p.id === ELEANOR)!.postcodeDistrict;
    assert.deepEqual(
      [hers?.offer.id, hers?.postcodeDistrict, hers?.findablePas],
      [offer.id, district, region.registerEntries.filter((e) => e.postcodeDistrict === district).length],
    );
  });

  it('refuses an empty option list, a day in the future, an unknown person, a council named other than by its code or an unknown option, writing nothing', async () => {
    const before = await counted(hub);
    const base = { personId: ELEANOR, councilGssCode: NEWCASTLE, options: ['MICRO_CARE'] };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...base, options: [] }, 'BAD_USER_INPUT', 'input.options'],
      [{ ...base, assessedOn: dayFromToday(1) }, 'BAD_USER_INPUT', 'input.assessedOn'],
      [{ ...base, personId: '0f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c' }, 'NOT_FOUND', 'input.personId'],
      // A council named other than by its code is not the caller's own.
      [{ ...base, councilGssCode: 'Newcastle' }, 'FORBIDDEN', 'input.councilGssCode'],
    ];
    for (const [input, code, field] of cases) {
      const res = await newcastle()(RECORD, { input });
      assert.deepEqual(codeAndField(res), [code, field], JSON.stringify(res.errors));
      assert.ok(res.errors?.[0]?.message, 'a message says why');
    }
    const unknownOption = await newcastle()(RECORD, { input: { ...base, options: ['CARE_HOME'] } });
    assert.equal(unknownOption.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(unknownOption.errors));
    assert.deepEqual(await counted(hub), before);
  });

  it("only the assessing council's social workers record offers or list them; others are refused, writing nothing", async () => {
    const before = await counted(hub);
    const record = { input: { personId: ELEANOR, councilGssCode: NEWCASTLE, options: ['DIRECT_PAYMENT_WITH_PA'] } };
    for (const user of ['phb-lead.icb', 'chc-nurse.icb', 'support-adviser.tyneside-payroll', 'commissioner.icb', 'person.eleanor-robson']) {
      for (const [query, vars] of [
        [RECORD, record],
        [LIST, { gss: NEWCASTLE }],
      ] as const) {
        const res = await hub.as(user)(query, vars);
        assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${user}: ${JSON.stringify(res.errors)}`);
      }
    }
    const durham = hub.as('social-worker.durham');
    assert.deepEqual(codeAndField(await durham(RECORD, record)), ['FORBIDDEN', 'input.councilGssCode']);
    assert.equal((await durham(LIST, { gss: NEWCASTLE })).errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.deepEqual(await counted(hub), before);
  });
});
