/**
 * The supergraph is not tied to one planner: README's example operations, and a caseload with
 * the flagship Person.fundingHistory, answer the same through @apollo/gateway (the hub's gateway)
 * and through Hive Gateway put in front of the same running subgraphs (the partner included).
 *
 * Hive Gateway 2.x has one defect on this graph, kept here as failing tests so that a Hive release
 * that fixes it is noticed: it plans fundingHistory (the people subgraph's FundingEpisode has no
 * field that is @external on every implementation, which is what it could not plan), and answers
 * it when fundingHistory comes first among the person's fields, but answers null (without an error)
 * when another of the people subgraph's fields is selected before it. Every subgraph request it
 * makes is right; the merge of the answers drops the field.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { Kind, parse, visit, type FieldNode } from 'graphql';
import { signInternalToken } from '@continuum/access';
import { demoUser } from '@continuum/demo';
import { postGraphQL } from '@continuum/dev/testing';
import { startHiveGateway } from '../scripts/hive-gateway.ts';
import type { ServiceProcess } from '../scripts/service-process.ts';
import { partnerSdl, startPartnerHub, type PartnerHub } from './partner-helpers.ts';
import { normalise, readmeExamples } from './readme-examples.ts';

/** Whether an operation selects fundingHistory after another field of the same object (what Hive answers null). */
function fieldBeforeFundingHistory(operation: string): boolean {
  let found = false;
  visit(parse(operation), {
    SelectionSet(node) {
      const names = node.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD).map((f) => f.name.value);
      const at = names.indexOf('fundingHistory');
      if (at > 0 && names.slice(0, at).some((n) => n !== '__typename')) found = true;
    },
  });
  return found;
}

const operations = readmeExamples().examples.filter((e) => e.kind === 'graphql');
const portable = operations.filter((e) => !fieldBeforeFundingHistory(e.operation!));
const hitByHiveDefect = operations.filter((e) => fieldBeforeFundingHistory(e.operation!));

/** A caseload: each person's funding from both funders as one timeline, and their PA team. */
const caseload = (fundingHistoryFirst: boolean) => {
  const history = `fundingHistory {
      __typename id start end funderName
      ... on PersonalHealthBudget { management }
      ... on IntegratedBudget { shares { funderKind percentage } }
    }`;
  const rest = `id familyName socialCareFunding { id } healthFunding { id }
    paTeam { start personalAssistant { familyName dbsCheck { status } } }`;
  return `query Caseload($ids: [ID!]!) { peopleById(ids: $ids) { ${fundingHistoryFirst ? `${history} ${rest}` : `${rest} ${history}`} } }`;
};

describe('portable federation (@apollo/gateway and Hive Gateway on the same subgraphs)', () => {
  let ph: PartnerHub;
  let hive: ServiceProcess;
  let ids: string[];
  beforeAll(async () => {
    // Hive Gateway forwards the test's one token to every subgraph: the partner takes the access store itself.
    ph = await startPartnerHub({ timeoutMs: 30_000, accessDatabase: true });
    const { published } = await ph.publish(partnerSdl());
    assert.ok(published, 'the partner is published');
    const urls = Object.fromEntries(ph.hub.subgraphs.map((s) => [s.name, s.url]));
    hive = await startHiveGateway({ supergraphSdl: fs.readFileSync(ph.registry.supergraphPath, 'utf8'), urls });
    const page = await ph.hub.as('phb-lead.icb')('{ people(first: 100) { edges { node { id } } } }');
    ids = (page.data as any).people.edges.map((e: any) => e.node.id);
  });
  afterAll(async () => {
    await hive?.stop();
    await ph?.stop();
  });

  /** Hive passes on the caller's token: the one our gateway would sign for that user. */
  const viaHive = async (user: string, query: string, variables?: Record<string, unknown>) =>
    postGraphQL(hive.url, query, variables, { authorization: `Bearer ${await signInternalToken(ph.hub.keys.gateway, demoUser(user))}` });
  const viaOurs = (user: string, query: string, variables?: Record<string, unknown>) => ph.hub.as(user)(query, variables);
  /** What both must agree on: the data, and each error's message, path and code. */
  const answer = (res: { data?: unknown; errors?: readonly any[] }) =>
    normalise({
      data: res.data ?? null,
      errors: (res.errors ?? []).map((e) => ({ message: e.message, path: e.path ?? null, code: e.extensions?.code ?? null })),
    });
  const bothAnswer = async (user: string, query: string, variables?: Record<string, unknown>) => {
    const [ours, theirs] = await Promise.all([viaOurs(user, query, variables), viaHive(user, query, variables)]);
    return { ours, theirs };
  };

  it("runs every one of README's GraphQL examples, fundingHistory among them", () => {
    assert.ok(operations.length >= 5, `README's GraphQL examples: ${operations.length}`);
    assert.ok(operations.some((e) => /fundingHistory/.test(e.operation!)));
    assert.ok(portable.some((e) => e.partner));
  });

  it.each(portable.map((e) => [`README.md:${e.line} (${e.marker})`, e] as const))(
    '%s answers the same through both gateways',
    async (_label, e) => {
      const { ours, theirs } = await bothAnswer(e.user!, e.operation!);
      assert.deepEqual(answer(theirs), answer(ours));
    },
  );

  it("plans and answers fundingHistory the same through both for the ICB's caseload, people funded by a council and then the NHS among them", async () => {
    const { ours, theirs } = await bothAnswer('phb-lead.icb', caseload(true), { ids });
    assert.equal(ours.errors, undefined, JSON.stringify(ours.errors));
    const people = (ours.data as any).peopleById;
    assert.ok(people.length >= 50, `caseload of ${people.length}`);
    assert.ok(people.some((p: any) => p.socialCareFunding?.length && p.healthFunding?.length));
    for (const p of people) assert.equal(p.fundingHistory.length, p.socialCareFunding.length + p.healthFunding.length);
    assert.deepEqual(answer(theirs), answer(ours));
  });

  // Hive Gateway's defect (see the top of this file): these pass once a Hive release answers them as ours does.
  it.failing.each(hitByHiveDefect.map((e) => [`README.md:${e.line} (${e.marker})`, e] as const))(
    'Hive defect: %s (fundingHistory after another field) answers the same through both gateways',
    async (_label, e) => {
      const { ours, theirs } = await bothAnswer(e.user!, e.operation!);
      assert.deepEqual(answer(theirs), answer(ours));
    },
  );

  it.failing('Hive defect: the caseload with fundingHistory after the other fields answers the same through both', async () => {
    const { ours, theirs } = await bothAnswer('phb-lead.icb', caseload(false), { ids });
    assert.deepEqual(answer(theirs), answer(ours));
  });

  it('our gateway answers the caseload the same whatever the order of the fields', async () => {
    const [first, last] = await Promise.all([
      viaOurs('phb-lead.icb', caseload(true), { ids }),
      viaOurs('phb-lead.icb', caseload(false), { ids }),
    ]);
    assert.deepEqual(answer(last), answer(first));
  });
});
