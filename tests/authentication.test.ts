/**
 * Who may call at all: tokens at the gateway, caller tokens at the subgraphs, the hub's own
 * service identity, and the steps only the hub may take. Every attack here is refused.
 */
import {
  DEFAULT_AUDIENCE,
  DEMO_ISSUER,
  generateSigningKey,
  INTERNAL_AUDIENCE,
  INTERNAL_ISSUER,
  signInternalToken,
  signServiceToken,
  signToken,
  signUserToken,
} from '@continuum/access';
import { demoUser, buildDemoRegion } from '@continuum/demo';
import { hubServiceCaller, claimsFromCaller } from '@continuum/runtime';
import { postGraphQL } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const ELEANOR = region.featured.movedDirectPaymentToPhb;
const PERSON = `query ($id: ID) { person(id: $id) { id givenName familyName } }`;
const PUBLIC_DIRECTORY = `{ councils { gssCode name } healthBodies { odsCode } supportOrganisations { id name } trainingProviders { id } courses { code } }`;

/** A JWT with any header and payload and no valid signature. */
function unsignedToken(claims: Record<string, unknown>, alg = 'none'): string {
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${b64({ alg, typ: 'JWT' })}.${b64(claims)}.`;
}

async function post(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('authentication at the gateway and at every subgraph', () => {
  let hub: TestHub;
  const sw = demoUser('social-worker.newcastle');
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('answers public directory data without a token', async () => {
    const res = await post(hub.gatewayUrl, PUBLIC_DIRECTORY);
    assert.equal(res.status, 200);
    assert.equal(res.body.errors, undefined, JSON.stringify(res.body.errors));
    assert.equal(res.body.data.councils.length, region.councils.length);
    assert.equal(res.body.data.courses.length, region.courses.length);
  });

  it('refuses person-level data without a token (UNAUTHENTICATED), naming nobody', async () => {
    const res = await post(hub.gatewayUrl, PERSON, { id: ELEANOR });
    assert.equal(res.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.equal(res.body.data?.person ?? null, null);
    assert.doesNotMatch(JSON.stringify(res.body), /Robson|Eleanor/);
  });

  it('accepts a demo user token from the identity provider', async () => {
    const res = await hub.as('social-worker.newcastle')(PERSON, { id: ELEANOR });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.person.familyName, 'Robson');
  });

  const refusedTokens: [string, () => Promise<string>][] = [
    ['forged (signed by a key the gateway does not trust)', async () => signUserToken(await generateSigningKey(), sw)],
    ['forged with RS256 by an unknown key', async () => signUserToken(await generateSigningKey('RS256'), sw)],
    [
      'expired',
      async () =>
        signToken(hub.keys.identityProvider, claimsFromCaller(sw), {
          issuer: DEMO_ISSUER,
          audience: DEFAULT_AUDIENCE,
          subject: sw.userId,
          seconds: -120,
        }),
    ],
    ['for another audience', async () => signUserToken(hub.keys.identityProvider, sw, { audience: 'some-other-api' })],
    ['from another issuer', async () => signUserToken(hub.keys.identityProvider, sw, { issuer: 'https://idp.example.org' })],
    [
      'unsigned (alg none)',
      async () =>
        unsignedToken({
          ...claimsFromCaller(sw),
          sub: sw.userId,
          iss: DEMO_ISSUER,
          aud: DEFAULT_AUDIENCE,
          exp: Math.floor(Date.now() / 1000) + 600,
        }),
    ],
    [
      'HMAC-signed with the public key as the secret (algorithm confusion)',
      async () => {
        const { createHmac } = await import('node:crypto');
        const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
        const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ ...claimsFromCaller(sw), sub: sw.userId, iss: DEMO_ISSUER, aud: DEFAULT_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600 })}`;
        return `${body}.${createHmac('sha256', JSON.stringify(hub.keys.identityProvider.jwks.keys[0])).update(body).digest('base64url')}`;
      },
    ],
    ['a user token claiming the hub service role', async () => signUserToken(hub.keys.identityProvider, hubServiceCaller('people'))],
    ['a caller token meant for subgraphs, replayed at the gateway', async () => signInternalToken(hub.keys.gateway, sw)],
    [
      'with no role',
      async () =>
        signToken(
          hub.keys.identityProvider,
          { org: sw.organisationCode, org_kind: 'COUNCIL', purpose: 'DIRECT_CARE' },
          { issuer: DEMO_ISSUER, audience: DEFAULT_AUDIENCE, subject: sw.userId, seconds: 600 },
        ),
    ],
    ['not a JWT at all', async () => 'not-a-token'],
  ];
  for (const [what, make] of refusedTokens) {
    it(`refuses a token ${what} with 401 UNAUTHENTICATED and no data`, async () => {
      const res = await post(hub.gatewayUrl, PERSON, { id: ELEANOR }, { authorization: `Bearer ${await make()}` });
      assert.equal(res.status, 401);
      assert.equal(res.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
      assert.equal(res.body.data, undefined);
      assert.doesNotMatch(JSON.stringify(res.body), /Robson/);
    });
  }

  it('refuses a malformed Authorization header with 401', async () => {
    const res = await post(hub.gatewayUrl, PUBLIC_DIRECTORY, undefined, { authorization: 'Basic dXNlcjpwYXNz' });
    assert.equal(res.status, 401);
    assert.equal(res.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', JSON.stringify(res.body));
    assert.equal(res.body.data, undefined);
  });

  describe('a subgraph called directly, not through the gateway', () => {
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id socialCareFunding { id } } } }`;
    const reps = { r: [{ __typename: 'Person', id: ELEANOR }] };
    const councilsUrl = () => hub.subgraph('councils').url;

    it('refuses a query with no caller token (401), every subgraph alike', async () => {
      for (const s of hub.subgraphs) {
        const res = await post(s.url, '{ __typename }');
        assert.equal(res.status, 401, s.name);
        assert.equal(res.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', s.name);
      }
    });

    it('refuses an _entities call with no caller token, and one with a user token from the identity provider', async () => {
      for (const headers of [{}, await hub.bearer('social-worker.newcastle')]) {
        const res = await post(councilsUrl(), entities, reps, headers);
        assert.equal(res.status, 401);
        assert.equal(res.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', JSON.stringify(res.body));
        assert.equal(res.body.data, undefined);
      }
    });

    it('refuses a caller token that has expired, or is signed by anyone but the gateway', async () => {
      const expired = await signToken(hub.keys.gateway, claimsFromCaller(sw), {
        issuer: INTERNAL_ISSUER,
        audience: INTERNAL_AUDIENCE,
        subject: sw.userId,
        seconds: -120,
      });
      const foreign = await signInternalToken(await generateSigningKey(), sw);
      for (const token of [expired, foreign]) {
        const res = await post(councilsUrl(), entities, reps, { authorization: `Bearer ${token}` });
        assert.equal(res.status, 401);
        assert.equal(res.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', JSON.stringify(res.body));
        assert.equal(res.body.data, undefined);
      }
    });

    it("answers crafted _entities for a person out of the caller's scope with null, in every subgraph that holds their data", async () => {
      const outsider = await signInternalToken(hub.keys.gateway, demoUser('social-worker.flintshire'));
      const insider = await signInternalToken(hub.keys.gateway, sw);
      const cases: [string, string][] = [
        ['councils', `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { socialCareFunding { id weeklyAmount } } } }`],
        ['health', `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { healthFunding { id weeklyAmount } } } }`],
        ['support', `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { paTeam { id } } } }`],
        ['people', `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { givenName familyName } } }`],
      ];
      for (const [name, query] of cases) {
        const refused = await postGraphQL(hub.subgraph(name as never).url, query, reps, { authorization: `Bearer ${outsider}` });
        assert.deepEqual(refused.data?._entities, [null], `${name}: ${JSON.stringify(refused)}`);
        assert.doesNotMatch(JSON.stringify(refused), /Robson|weeklyAmount":\d/);
        const allowed = await postGraphQL(hub.subgraph(name as never).url, query, reps, { authorization: `Bearer ${insider}` });
        assert.notEqual(allowed.data?._entities?.[0], null, `${name} answers the social worker whose council funded her`);
      }
      // An episode looked up by id is screened by whose it is, too.
      const dp = region.directPayments.find((d) => d.personId === ELEANOR)!;
      const episode = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on DirectPayment { id weeklyAmount } } }`;
      const res = await postGraphQL(
        councilsUrl(),
        episode,
        { r: [{ __typename: 'DirectPayment', id: dp.id }] },
        { authorization: `Bearer ${outsider}` },
      );
      assert.deepEqual(res.data._entities, [null]);
    });
  });

  describe("the hub's own service identity", () => {
    const OPEN_STEP = `mutation ($t: ID!, $i: OpenCouncilEpisodeInput!) { openCouncilEpisodeForTransition(transitionId: $t, input: $i) { id } }`;
    const REPOINT = `mutation { repointPersonInSupport(mergeId: "00000000-0000-4000-8000-000000000001", fromPersonId: "${ELEANOR}", toPersonId: "00000000-0000-4000-8000-000000000002") { rowsMoved } }`;

    it('refuses the hub-only transition and merge steps to every user, writing nothing', async () => {
      const dps = await (hub.subgraph('councils').database.client as any).directPayment.count();
      for (const user of ['social-worker.newcastle', 'phb-lead.icb', 'dpo.continuum']) {
        const step = await hub.as(user)(OPEN_STEP, {
          t: '00000000-0000-4000-8000-000000000009',
          i: {
            personId: ELEANOR,
            vehicle: 'DIRECT_PAYMENT',
            councilGssCode: 'E08000021',
            start: '2027-01-01',
            weeklyAmount: 100,
            hourlyRate: 10,
            hoursPerWeek: 10,
            paymentSupport: 'SELF_MANAGED',
          },
        });
        assert.equal(step.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(step.errors));
        const repoint = await hub.as(user)(REPOINT);
        assert.equal(repoint.errors?.[0]?.extensions?.code, 'FORBIDDEN');
      }
      assert.equal(await (hub.subgraph('councils').database.client as any).directPayment.count(), dps);
    });

    it("refuses the person-id lists that feed the hub's reports to users", async () => {
      const res = await hub.as('social-worker.newcastle')(
        `{ personIdsFundedByCouncil(gssCode: "E08000021", from: "2025-01-01", to: "2025-12-31") }`,
      );
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN');
      assert.equal(res.data, null);
    });

    it('lets a hub service token through the gateway to a hub-only field', async () => {
      const token = await signServiceToken(hub.keys.services, 'hub', DEFAULT_AUDIENCE);
      const res = await postGraphQL(
        hub.gatewayUrl,
        `{ personIdsFundedByCouncil(gssCode: "E08000021", from: "2025-01-01", to: "2025-12-31") }`,
        undefined,
        { authorization: `Bearer ${token}` },
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.ok(res.data.personIdsFundedByCouncil.includes(ELEANOR));
    });
  });
});
