/**
 * PA peer groups over real HTTP through the gateway: a support organisation registers a group in an
 * area it serves and records its meetings, who came (PAs it may see) and whether they were paid to
 * attend; anyone signed in reads the meetings as counts of PAs, published as every count of people
 * is. Each write is refused for the wrong role, another organisation's group and bad input, with
 * nothing written, and audited.
 */
import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, pasVisibleTo, registerLead, startTestHub, type TestHub } from './helpers.ts';
import { assertRefusedWrite } from './refused-write.ts';

const region = buildDemoRegion();
const [group, otherGroup] = region.peerGroups;
const organiser = region.supportOrganisations.find((o) => o.id === group!.organiserId)!;
const LEAD = registerLead(organiser.id);
const seen = pasVisibleTo(region, organiser.id);
const attendees = region.personalAssistants.filter((pa) => pa.registerOrganisationId === organiser.id && seen.has(pa.id)).slice(0, 6);
const strangerPa = region.personalAssistants.find((pa) => !seen.has(pa.id))!;
const notServed = region.councils.find((c) => !organiser.areasServed.includes(c.gssCode))!;

const REGISTER = `mutation ($input: RegisterPeerGroupInput!) { registerPeerGroup(input: $input) { id name organiser { id } councilGssCode frequency } }`;
const RECORD = `mutation ($input: RecordPeerGroupMeetingInput!) { recordPeerGroupMeeting(input: $input) {
  id group { id } heldOn attendees { display value suppressed } paidToAttend hourlyRate } }`;
const MEETINGS = `query ($filter: PeerGroupMeetingFilter!) { peerGroupMeetings(filter: $filter) { id heldOn attendees { display } paidToAttend } }`;

describe('PA peer groups', () => {
  let hub: TestHub;
  const refused = (caller: Parameters<TestHub['as']>[0], query: string, variables: Record<string, unknown>, code: string, field?: string) =>
    assertRefusedWrite(hub, hub.as(caller), query, variables, code, field);

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('the demo region has groups whose organisers may see the PAs on their registers', () => {
    assert.ok(group && otherGroup && otherGroup.organiserId !== group.organiserId);
    assert.equal(attendees.length, 6);
  });

  it('a support organisation registers a group in an area it serves; other areas, bad names and other roles refused', async () => {
    const input = (extra: Record<string, unknown> = {}) => ({
      input: { name: 'Evening PA meet-up', councilGssCode: organiser.areasServed[0], frequency: 'MONTHLY', ...extra },
    });
    await refused(LEAD, REGISTER, input({ name: '  ' }), 'BAD_USER_INPUT', 'input.name');
    await refused(LEAD, REGISTER, input({ councilGssCode: notServed.gssCode }), 'BAD_USER_INPUT', 'input.councilGssCode');
    for (const user of [
      'social-worker.newcastle',
      'trainer.newcastle-hospitals',
      'pa.aisha-khan',
      'commissioner.icb',
      'person.eleanor-robson',
    ])
      await refused(user, REGISTER, input(), 'FORBIDDEN');
    const made = (await gqlData(hub.as(LEAD), REGISTER, input())).registerPeerGroup;
    assert.deepEqual(
      { ...made, id: undefined },
      {
        id: undefined,
        name: 'Evening PA meet-up',
        organiser: { id: organiser.id },
        councilGssCode: organiser.areasServed[0],
        frequency: 'MONTHLY',
      },
    );
  });

  it('records a paid meeting of its own group with the PAs who came, once a day; bad input, strangers and other groups refused', async () => {
    const input = (extra: Record<string, unknown> = {}) => ({
      input: {
        peerGroupId: group!.id,
        heldOn: dayFromToday(0),
        attendeeIds: attendees.map((pa) => pa.id),
        paidToAttend: true,
        hourlyRate: 12.6,
        ...extra,
      },
    });
    await refused(LEAD, RECORD, input({ heldOn: dayFromToday(1) }), 'BAD_USER_INPUT', 'input.heldOn');
    await refused(LEAD, RECORD, input({ attendeeIds: [attendees[0]!.id, attendees[0]!.id] }), 'BAD_USER_INPUT', 'input.attendeeIds');
    await refused(LEAD, RECORD, input({ hourlyRate: null }), 'BAD_USER_INPUT', 'input.hourlyRate');
    await refused(LEAD, RECORD, input({ paidToAttend: false }), 'BAD_USER_INPUT', 'input.hourlyRate');
    for (const hourlyRate of [0, -1, 100.5]) await refused(LEAD, RECORD, input({ hourlyRate }), 'BAD_USER_INPUT', 'input.hourlyRate');
    await refused(LEAD, RECORD, input({ attendeeIds: [attendees[0]!.id, strangerPa.id] }), 'NOT_FOUND', 'input.attendeeIds');
    await refused(LEAD, RECORD, input({ peerGroupId: otherGroup!.id }), 'FORBIDDEN', 'input.peerGroupId');
    await refused(LEAD, RECORD, input({ peerGroupId: '0f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c' }), 'NOT_FOUND', 'input.peerGroupId');
    for (const user of ['social-worker.newcastle', 'support-adviser.tyneside-payroll', 'pa.aisha-khan', 'commissioner.icb'])
      await refused(user, RECORD, input(), 'FORBIDDEN');

    const lastAudit = Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
    const meeting = (await gqlData(hub.as(LEAD), RECORD, input())).recordPeerGroupMeeting;
    assert.deepEqual(
      { ...meeting, id: undefined },
      {
        id: undefined,
        group: { id: group!.id },
        heldOn: dayFromToday(0),
        attendees: { display: '10', value: 10, suppressed: false },
        paidToAttend: true,
        hourlyRate: 12.6,
      },
    );
    const audit = await hub.accessStore.pool.query('SELECT * FROM audit_event WHERE id > $1 AND action = $2 AND record_type = $3', [
      lastAudit,
      'WRITE',
      'recordPeerGroupMeeting',
    ]);
    assert.ok(audit.rows.some((a: any) => a.user_id === LEAD.userId && a.outcome === 'ALLOWED'));
    await refused(LEAD, RECORD, input(), 'CONFLICT', 'input.heldOn');

    // Anyone signed in reads the meeting as a count; a small one is shown only as "<5".
    const small = (
      await gqlData(
        hub.as(LEAD),
        RECORD,
        input({ heldOn: dayFromToday(-1), attendeeIds: [attendees[0]!.id], paidToAttend: false, hourlyRate: null }),
      )
    ).recordPeerGroupMeeting;
    assert.deepEqual(small.attendees, { display: '<5', value: null, suppressed: true });
    const listed = (await gqlData(hub.as('commissioner.icb'), MEETINGS, { filter: { from: dayFromToday(-1), to: dayFromToday(0) } }))
      .peerGroupMeetings;
    assert.deepEqual(
      listed.filter((m: any) => m.id === meeting.id || m.id === small.id),
      [
        { id: small.id, heldOn: dayFromToday(-1), attendees: { display: '<5' }, paidToAttend: false },
        { id: meeting.id, heldOn: dayFromToday(0), attendees: { display: '10' }, paidToAttend: true },
      ],
    );
    const tooLong = await hub.as('commissioner.icb')(MEETINGS, { filter: { from: dayFromToday(-400), to: dayFromToday(0) } });
    assert.equal(tooLong.errors?.[0]?.extensions?.field, 'filter.to');
  });
});
