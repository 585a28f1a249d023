import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, it } from '@jest/globals';
import { Registry, RegistryError } from '../registry/registry.ts';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const PARTNER = 'flintshire-microcare';
const partnerSdl = fs.readFileSync(path.join(root, 'partners', PARTNER, 'schema.graphql'), 'utf8');
const withField = (sdl: string, type: string, field: string) =>
  sdl.replace(new RegExp(`(type ${type} @key\\(fields: "id"\\) \\{\\n)`), `$1  ${field}\n`);
/** The SDL without the lines matching `line` (the first `limit` of them), each with the description above it. */
function without(sdl: string, line: RegExp, limit = Infinity): string {
  const kept: string[] = [];
  let removed = 0;
  for (const l of sdl.split('\n')) {
    if (removed >= limit || !line.test(l)) {
      kept.push(l);
      continue;
    }
    removed++;
    const last = kept.at(-1)?.trim() ?? '';
    if (last === '"""') {
      kept.pop();
      while (kept.length && kept.at(-1)!.trim() !== '"""') kept.pop();
      kept.pop();
    } else if (last.length > 1 && last.startsWith('"') && last.endsWith('"')) kept.pop();
  }
  return kept.join('\n');
}

function cli(dir: string, ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'schema', 'src', 'schema-cli.ts'), ...args, '--registry', dir],
    { cwd: root, encoding: 'utf8' },
  );
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('schema registry', () => {
  let dir: string;
  let registry: Registry;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-registry-'));
    registry = new Registry(dir);
    registry.register({
      name: PARTNER,
      url: 'http://127.0.0.1:4010/graphql',
      organisation: 'Flintshire Micro-care Support',
      contact: 'micro-care@flintshire-microcare.example',
      timeoutMs: 2000,
    });
    // A client of the partner registers the operation it sends.
    fs.mkdirSync(path.join(dir, 'operations'));
    fs.writeFileSync(
      path.join(dir, 'operations', 'brokerage.graphql'),
      'query BrokerageVacancies { microCarers(withVacancy: true) { edges { node { businessName capacity { vacancies } } } } }\n',
    );
  });

  it("lists the hub's subgraphs and the registered partner with its organisation and contact", () => {
    const list = registry.list();
    assert.deepEqual(
      list.filter((s) => s.kind === 'hub').map((s) => s.name),
      ['people', 'councils', 'health', 'support', 'training'],
    );
    const partner = list.find((s) => s.name === PARTNER)!;
    assert.deepEqual(
      [partner.kind, partner.published, partner.organisation, partner.contact, partner.timeoutMs],
      ['partner', false, 'Flintshire Micro-care Support', 'micro-care@flintshire-microcare.example', 2000],
    );
  });

  it("refuses registrations with a bad name, a hub subgraph's name, a non-HTTP URL or no contact", () => {
    const base = { name: 'ok-name', url: 'http://localhost:1/graphql', organisation: 'Org', contact: 'a@b.example' };
    assert.throws(
      () => registry.register({ ...base, name: 'Bad_Name' }),
      (e: Error) => e instanceof RegistryError && /lower-case/.test(e.message),
    );
    assert.throws(() => registry.register({ ...base, name: 'people' }), /hub's own/);
    assert.throws(() => registry.register({ ...base, url: 'ftp://x/graphql' }), /http or https/);
    assert.throws(() => registry.register({ ...base, contact: ' ' }), /contact is required/);
    assert.equal(registry.store.registration('ok-name'), null);
  });

  it('publishes the partner: the supergraph routes its fields and the history records version 1', async () => {
    const result = await registry.publish(PARTNER, partnerSdl);
    assert.equal(result.report.ok, true);
    assert.equal(result.published?.version, 1);
    const supergraph = fs.readFileSync(registry.supergraphPath, 'utf8');
    assert.match(
      supergraph,
      /FLINTSHIRE_MICROCARE @join__graph\(name: "flintshire-microcare", url: "http:\/\/127\.0\.0\.1:4010\/graphql"\)/,
    );
    assert.match(
      supergraph,
      /microCare\([^)]*includeEnded: Boolean = false\s*\): \[MicroCareClient!\] @join__field\(graph: FLINTSHIRE_MICROCARE\)/,
    );
    const again = await registry.publish(PARTNER, partnerSdl);
    assert.equal(again.unchanged, true, 'the same SDL again is not a new version');
  });

  it('publishes an additive change and keeps the history: version 2 with the added field reported as safe', async () => {
    const sdl = withField(partnerSdl, 'MicroCarer', '"Languages the micro-carer works in." languages: [String!]');
    const result = await registry.publish(PARTNER, sdl);
    assert.equal(result.report.ok, true);
    assert.equal(result.published?.version, 2);
    assert.ok(result.report.safe!.some((c) => c.message === "Field 'languages' was added to object type 'MicroCarer'"));
    // Spread into this file's own array: one built from fs.readdirSync carries Node's realm outside jest's sandbox.
    assert.deepEqual(
      [...registry.store.history()].map((h) => [h.version, h.subgraph, h.sdl === sdl]),
      [
        [1, PARTNER, false],
        [2, PARTNER, true],
      ],
    );
    assert.equal(registry.store.publishedSdl(PARTNER), sdl);
  });

  it('refuses a breaking change to a field a registered operation uses, naming the change and the operation; nothing is published', async () => {
    const before = fs.readFileSync(registry.supergraphPath, 'utf8');
    const sdl = without(registry.store.publishedSdl(PARTNER)!, /^\s+businessName: String!$/);
    const result = await registry.publish(PARTNER, sdl);
    assert.equal(result.report.ok, false);
    assert.equal(result.published, null);
    const change = result.report.breaking!.find((b) => b.path === 'MicroCarer.businessName')!;
    assert.equal(change.message, "Field 'businessName' was removed from object type 'MicroCarer'");
    assert.deepEqual(change.operations, ['operations/brokerage.graphql#BrokerageVacancies']);
    assert.equal(fs.readFileSync(registry.supergraphPath, 'utf8'), before, 'the published supergraph is untouched');
    assert.equal(registry.store.history().length, 2);

    // The same through the command line a partner's CI runs: exit code 1 and a readable report.
    const file = path.join(dir, 'breaking.graphql');
    fs.writeFileSync(file, sdl);
    const { code, out } = cli(dir, 'check', PARTNER, file);
    assert.equal(code, 1, out);
    assert.match(out, /✗ flintshire-microcare would break clients of the graph:/);
    assert.match(
      out,
      /BREAKING {2}Field 'businessName' was removed from object type 'MicroCarer'\n\s+used by operations\/brokerage\.graphql#BrokerageVacancies/,
    );
  });

  it('allows removing a field no registered operation uses, reporting it as breaking-but-unused', async () => {
    const report = await registry.check(PARTNER, without(registry.store.publishedSdl(PARTNER)!, /^\s+joinedOn: Date!$/));
    assert.equal(report.ok, true);
    assert.ok(report.unusedBreaking!.some((c) => c.message === "Field 'joinedOn' was removed from object type 'MicroCarer'"));
  });

  it('reports composition errors, such as a partner redefining a hub field with another type', async () => {
    const sdl = withField(partnerSdl, 'Person', 'givenName: Int');
    const report = await registry.check(PARTNER, sdl);
    assert.equal(report.ok, false);
    assert.ok(
      report.compositionErrors.some((e) => /Person\.givenName/.test(e)),
      report.compositionErrors.join('\n'),
    );
  });

  it("guards the hub's own operations too: removing Person.givenName from people breaks the README examples and continuity questions", async () => {
    const peopleSdl = fs.readFileSync(path.join(root, 'subgraphs', 'people', 'schema.graphql'), 'utf8');
    const report = await registry.check('people', without(peopleSdl, /^ {2}givenName: String!$/, 1));
    const change = report.breaking!.find((b) => b.path === 'Person.givenName')!;
    assert.ok(change.operations.some((op) => op.startsWith('schema/operations/')));
    assert.ok(change.operations.some((op) => op.startsWith('docs/questions/')));
    await assert.rejects(registry.publish('people', peopleSdl), /ships with the hub's code/);
  });

  it('CLI: an unknown subgraph or a missing file is a usage error (exit 2)', () => {
    const unknown = cli(dir, 'check', 'nobody', path.join(root, 'partners', PARTNER, 'schema.graphql'));
    assert.equal(unknown.code, 2);
    assert.match(unknown.out, /No subgraph "nobody" is registered/);
    assert.equal(cli(dir, 'publish', PARTNER, path.join(dir, 'missing.graphql')).code, 2);
  });
});
