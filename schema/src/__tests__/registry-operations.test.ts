import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, it } from '@jest/globals';
import { Registry } from '../registry/registry.ts';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const PARTNER = 'flintshire-microcare';
const partnerSdl = fs.readFileSync(path.join(root, 'partners', PARTNER, 'schema.graphql'), 'utf8');
/** A plain shell: none of the hub's routing variables set. */
const plainEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/_(PORT|URL)$/.test(k) && k !== 'CONTINUUM_HOST'));

function cli(dir: string, ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'schema', 'src', 'schema-cli.ts'), ...args, '--registry', dir],
    { cwd: root, encoding: 'utf8', env: plainEnv },
  );
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function registryWithPartner(): { dir: string; registry: Registry } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-registry-'));
  const registry = new Registry(dir);
  registry.register({
    name: PARTNER,
    url: 'http://127.0.0.1:4010/graphql',
    organisation: 'Flintshire Micro-care',
    contact: 'ops@example.org',
  });
  return { dir, registry };
}

describe('schema operations add', () => {
  let dir: string;
  let registry: Registry;
  let opFile: string;
  beforeAll(async () => {
    ({ dir, registry } = registryWithPartner());
    assert.ok((await registry.publish(PARTNER, partnerSdl)).published);
    opFile = path.join(dir, 'client-query.graphql');
    fs.writeFileSync(opFile, 'query BrokerageVacancies { microCarers(withVacancy: true) { edges { node { businessName } } } }\n');
  });

  it('registers the operation, and check then refuses removing a field it uses, naming it', () => {
    const withoutField = partnerSdl.replace(/\n[^\n]*\n\s*businessName: [^\n]*/, '');
    const schemaFile = path.join(dir, 'without-business-name.graphql');
    fs.writeFileSync(schemaFile, withoutField);
    // Nothing registered uses businessName yet: the removal is reported, not refused.
    assert.equal(cli(dir, 'check', PARTNER, schemaFile).code, 0);
    const added = cli(dir, 'operations', 'add', 'brokerage', opFile);
    assert.equal(added.code, 0, added.out);
    assert.match(added.out, /Registered operations\/brokerage\.graphql#BrokerageVacancies/);
    const check = cli(dir, 'check', PARTNER, schemaFile);
    assert.equal(check.code, 1, check.out);
    assert.match(check.out, /used by operations\/brokerage\.graphql#BrokerageVacancies/);
  });

  it('refuses an operation that does not validate against the served supergraph, a bad name or no operation; writes nothing', () => {
    const bad = path.join(dir, 'bad.graphql');
    fs.writeFileSync(bad, 'query Nope { microCarers { edges { node { noSuchField } } } }\n');
    const refused = cli(dir, 'operations', 'add', 'nope', bad);
    assert.equal(refused.code, 2, refused.out);
    assert.match(refused.out, /does not validate against the supergraph served now[\s\S]*noSuchField/);
    assert.throws(() => registry.addOperation('Bad Name', 'query A { __typename }'), /lower-case letters/);
    assert.throws(() => registry.addOperation('fragment-only', 'fragment F on Query { __typename }'), /no query, mutation or subscription/);
    assert.equal(fs.existsSync(path.join(dir, 'operations', 'nope.graphql')), false);
    assert.equal(fs.existsSync(path.join(dir, 'operations', 'fragment-only.graphql')), false);
  });
});

describe("publish from a plain shell keeps the running hub's subgraph URLs", () => {
  it('routes the hub subgraphs to the ports the hub recorded at its start, not the default ports', async () => {
    const { dir, registry } = registryWithPartner();
    // What the hub's start does when its subgraphs run on other ports.
    process.env.PEOPLE_PORT = '5101';
    process.env.TRAINING_PORT = '5105';
    try {
      assert.equal((await registry.recompose('hub')).changed, true);
    } finally {
      delete process.env.PEOPLE_PORT;
      delete process.env.TRAINING_PORT;
    }
    const schemaFile = path.join(dir, 'partner.graphql');
    fs.writeFileSync(schemaFile, partnerSdl);
    const published = cli(dir, 'publish', PARTNER, schemaFile);
    assert.equal(published.code, 0, published.out);
    const supergraph = fs.readFileSync(registry.supergraphPath, 'utf8');
    assert.match(supergraph, /@join__graph\(name: "people", url: "http:\/\/localhost:5101\/graphql"\)/);
    assert.match(supergraph, /@join__graph\(name: "training", url: "http:\/\/localhost:5105\/graphql"\)/);
    assert.match(supergraph, /@join__graph\(name: "councils", url: "http:\/\/localhost:4002\/graphql"\)/);
    assert.match(supergraph, new RegExp(`@join__graph\\(name: "${PARTNER}", url: "http://127.0.0.1:4010/graphql"\\)`));
    assert.equal(registry.list().find((s) => s.name === 'people')!.url, 'http://localhost:5101/graphql');
  });
});
