/**
 * Direct payment mentors over real HTTP through the gateway: a council's direct payment support
 * team (its social workers) adds experienced employers to its mentor directory and records the
 * mentor offered to a new recipient, and the one they were referred to; others see a mentor only
 * by id and first name; whether a referred recipient went on to employ a PA is read from their
 * employments. Each write is refused for the wrong role, another council's mentor and bad input,
 * with nothing written, and audited.
 */
import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';
import { assertRefusedWrite } from './refused-write.ts';

const region = buildDemoRegion();
const NEWCASTLE = 'E08000021';
const DURHAM = 'E06000047';
const seen = peopleRelatedTo(region, NEWCASTLE);
const alreadyMentors = new Set(region.dpMentors.map((m) => m.personId));
const [mentorPerson, recipient, otherRecipient] = region.people.filter((p) => seen.has(p.id) && !alreadyMentors.has(p.id));
const stranger = region.people.find((p) => !seen.has(p.id))!;
const durhamMentor = region.dpMentors.find((m) => m.councilGssCode === DURHAM)!;
const SW = 'social-worker.newcastle';

const REGISTER = `mutation ($input: RegisterDpMentorInput!) { registerDpMentor(input: $input) { id firstName } }`;
const OFFER = `mutation ($input: RecordDpMentorOfferInput!) { recordDpMentorOffer(input: $input) {
  id employer { id } councilGssCode offeredOn referred mentor { id firstName } employedPaFrom } }`;
const OFFERS = `query ($council: String!, $from: Date!, $to: Date!) { dpMentorOffers(councilGssCode: $council, from: $from, to: $to) {
  offered referred referredAndEmployedPa percentReferredEmployedPa offers { id } } }`;

describe('direct payment mentors', () => {
  let hub: TestHub;
  const refused = (caller: Parameters<TestHub['as']>[0], query: string, variables: Record<string, unknown>, code: string, field?: string) =>
    assertRefusedWrite(hub, hub.as(caller), query, variables, code, field);

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('a council adds a mentor and records offers, declined and referred; bad input, strangers, other councils and other roles refused', async () => {
    const join = (extra: Record<string, unknown> = {}) => ({
      input: { personId: mentorPerson!.id, firstName: mentorPerson!.givenName, joinedOn: dayFromToday(-10), ...extra },
    });
    await refused(SW, REGISTER, join({ firstName: ' ' }), 'BAD_USER_INPUT', 'input.firstName');
    await refused(SW, REGISTER, join({ joinedOn: dayFromToday(1) }), 'BAD_USER_INPUT', 'input.joinedOn');
    await refused(SW, REGISTER, join({ personId: stranger.id }), 'NOT_FOUND');
    for (const user of ['support-adviser.tyneside-payroll', 'phb-lead.icb', 'commissioner.icb', 'person.eleanor-robson'])
      await refused(user, REGISTER, join(), 'FORBIDDEN');
    const lastAudit = Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
    const mentor = (await gqlData(hub.as(SW), REGISTER, join())).registerDpMentor;
    assert.equal(mentor.firstName, mentorPerson!.givenName);
    await refused(SW, REGISTER, join(), 'CONFLICT', 'input.personId');

    const offer = (extra: Record<string, unknown> = {}) => ({
      input: { employerPersonId: recipient!.id, offeredOn: dayFromToday(0), mentorId: mentor.id, ...extra },
    });
    await refused(SW, OFFER, offer({ offeredOn: dayFromToday(1) }), 'BAD_USER_INPUT', 'input.offeredOn');
    await refused(SW, OFFER, offer({ offeredOn: dayFromToday(-11) }), 'BAD_USER_INPUT', 'input.offeredOn');
    await refused(SW, OFFER, offer({ mentorId: durhamMentor.id }), 'NOT_FOUND', 'input.mentorId');
    await refused(SW, OFFER, offer({ employerPersonId: mentorPerson!.id }), 'BAD_USER_INPUT', 'input.mentorId');
    await refused(SW, OFFER, offer({ employerPersonId: stranger.id }), 'NOT_FOUND');
    for (const user of ['support-adviser.tyneside-payroll', 'chc-nurse.icb', 'trainer.newcastle-hospitals'])
      await refused(user, OFFER, offer(), 'FORBIDDEN');

    const referred = (await gqlData(hub.as(SW), OFFER, offer())).recordDpMentorOffer;
    const employedFrom = region.employments
      .filter((e) => e.employerPersonId === recipient!.id && e.start >= dayFromToday(0))
      .map((e) => e.start)
      .sort()[0];
    assert.deepEqual(
      { ...referred, id: undefined },
      {
        id: undefined,
        employer: { id: recipient!.id },
        councilGssCode: NEWCASTLE,
        offeredOn: dayFromToday(0),
        referred: true,
        mentor: { id: mentor.id, firstName: mentorPerson!.givenName },
        employedPaFrom: employedFrom ?? null,
      },
    );
    const declined = (await gqlData(hub.as(SW), OFFER, offer({ employerPersonId: otherRecipient!.id, mentorId: null })))
      .recordDpMentorOffer;
    assert.deepEqual([declined.referred, declined.mentor], [false, null]);
    const audit = await hub.accessStore.pool.query('SELECT * FROM audit_event WHERE id > $1 AND action = $2 AND outcome = $3', [
      lastAudit,
      'WRITE',
      'ALLOWED',
    ]);
    // Each write is audited under the mutation's name (the offers written also under their type).
    const writes = audit.rows.filter((a: any) => a.user_id === SW && /^(record|register)/.test(a.record_type));
    assert.deepEqual(writes.map((a: any) => a.record_type).sort(), ['recordDpMentorOffer', 'recordDpMentorOffer', 'registerDpMentor']);

    // The council reads its own offers, counted with the new ones; not another council's, nor a commissioner.
    const today = { council: NEWCASTLE, from: dayFromToday(0), to: dayFromToday(0) };
    const own = (await gqlData(hub.as(SW), OFFERS, today)).dpMentorOffers;
    const seeded = region.dpMentorOffers.filter(
      (o) => o.councilGssCode === NEWCASTLE && o.offeredOn === dayFromToday(0) && seen.has(o.employerPersonId),
    );
    assert.equal(own.offered, seeded.length + 2);
    assert.ok(own.offers.some((o: any) => o.id === referred.id) && own.offers.some((o: any) => o.id === declined.id));
    assert.equal((await hub.as(SW)(OFFERS, { ...today, council: DURHAM })).errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal((await hub.as('commissioner.icb')(OFFERS, today)).errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const tooLong = await hub.as(SW)(OFFERS, { ...today, from: dayFromToday(-800) });
    assert.equal(tooLong.errors?.[0]?.extensions?.field, 'to');
  });
});
