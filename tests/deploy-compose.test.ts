/**
 * docker-compose.yml runs the whole hub from the image. Docker cannot run here, so this reads
 * the file (the `yaml` package) and checks every service against the code's own settings
 * (deploy/services.ts, the list the launcher and the image use): each command is one the image
 * accepts, with the settings its service cannot start without and the port the code gives it;
 * secrets are files the keys job makes, mounted where the settings point; probes ask the hub's
 * probe paths; only the gateway and the dashboards are published; and start-up waits on health.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { makeSecrets } from '../deploy/keys.ts';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';
import { checkContainer, graphqlUrl, SERVICES, serviceFor, type DeployedContainer } from './deploy-settings.ts';

const root = path.resolve(import.meta.dirname, '..');

interface ComposeService {
  image?: string;
  build?: { context: string; target: string };
  command?: string[];
  environment?: Record<string, string>;
  secrets?: (string | { source: string; target: string })[];
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  profiles?: string[];
  healthcheck?: { test?: string[]; disable?: boolean };
  depends_on?: Record<string, { condition: string }>;
}
interface Compose {
  services: Record<string, ComposeService>;
  secrets: Record<string, { file: string }>;
  volumes: Record<string, unknown>;
}

const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as Compose;
const services = compose.services;
/** The compose services that run one of the image's commands (the jobs included). */
const fromImage = Object.entries(services).filter(([, s]) => s.command);

/** Where a compose secret is mounted: its target, or /run/secrets/<name>. */
function secretPath(s: string | { source: string; target: string }): string {
  if (typeof s === 'string') return `/run/secrets/${s}`;
  return s.target.startsWith('/') ? s.target : `/run/secrets/${s.target}`;
}

function container(name: string, s: ComposeService): DeployedContainer {
  return { where: `docker-compose.yml ${name}`, args: s.command!, env: s.environment ?? {}, files: (s.secrets ?? []).map(secretPath) };
}

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, the migrate job, every service the image runs (the five subgraphs, the gateway, the dashboard, the partner), and the keys job on request', () => {
    const commands = new Set(fromImage.map(([, s]) => s.command![0]));
    for (const s of SERVICES) assert.ok(commands.has(s.command), `${s.command} runs in compose`);
    assert.equal(services.postgres.image, 'postgres:18');
    assert.deepEqual(services.keys.profiles, ['setup']);
    for (const [name, s] of fromImage) {
      assert.equal(s.image, 'continuum:demo', name);
      assert.deepEqual(s.build, { context: '.', target: 'demo' }, name);
    }
  });

  it.each(fromImage.map(([name]) => name))(
    'gives %s a command the image knows, every setting it needs and the ports the code gives it',
    (name) => {
      const s = services[name];
      assert.deepEqual(checkContainer(container(name, s)), []);
      const service = serviceFor(s.command![0]);
      if (service.kind === 'service') {
        assert.equal(s.environment?.[service.portVariable!], String(service.port), `${name} sets ${service.portVariable}`);
        assert.ok(
          (s.expose ?? []).includes(String(service.port)) || (s.ports ?? []).includes(`${service.port}:${service.port}`),
          `${name} listens on ${service.port}`,
        );
      }
    },
  );

  it("points each subgraph at the gateway, and the gateway at each subgraph, by service name and the code's ports", () => {
    for (const mod of SUBGRAPH_MODULES) {
      const name = Object.entries(services).find(([, s]) => s.command?.[0] === mod.name)![0];
      assert.equal(services[name].environment?.CONTINUUM_GATEWAY_URL, graphqlUrl('gateway', 'gateway'));
      assert.equal(services.gateway.environment?.[`${mod.name.toUpperCase()}_URL`], graphqlUrl(name, mod.name));
    }
    assert.equal(services.dashboard.environment?.GATEWAY_URL, graphqlUrl('gateway', 'gateway'));
    // The partner is published into the registry the gateway serves, at its compose address.
    assert.equal(services.migrate.environment?.CONTINUUM_PUBLISH_PARTNERS, `flintshire-microcare=${graphqlUrl('partner', 'partner')}`);
    // The partner takes access decisions and writes audit rows through the gateway's access API, holding no access store URL.
    assert.equal(services.partner.environment?.CONTINUUM_ACCESS_URL, graphqlUrl('gateway', 'gateway').replace(/\/graphql$/, '/access'));
    assert.equal(services.partner.environment?.CONTINUUM_ACCESS_DATABASE_URL, undefined);
    assert.equal(services.migrate.environment?.CONTINUUM_REGISTRY_DIR, services.gateway.environment?.CONTINUUM_REGISTRY_DIR);
    assert.equal(
      services.gateway.environment?.SUPERGRAPH_PATH,
      `${services.gateway.environment?.CONTINUUM_REGISTRY_DIR}/supergraph.graphql`,
    );
    const registryVolume = `registry:${services.gateway.environment?.CONTINUUM_REGISTRY_DIR}`;
    assert.ok(services.gateway.volumes?.includes(registryVolume) && services.migrate.volumes?.includes(registryVolume));
  });

  it('publishes only the gateway and the dashboards', () => {
    const published = Object.entries(services).flatMap(([name, s]) => (s.ports ?? []).map((p) => `${name} ${p}`));
    assert.deepEqual(published.sort(), [
      `dashboard ${serviceFor('dashboard').port}:${serviceFor('dashboard').port}`,
      `gateway ${serviceFor('gateway').port}:${serviceFor('gateway').port}`,
    ]);
  });

  it("probes every service with the image's health check (its readiness probe), and never the jobs", () => {
    for (const [name, s] of fromImage) {
      if (serviceFor(s.command![0]).kind === 'job') assert.equal(s.healthcheck?.disable, true, name);
      else assert.deepEqual(s.healthcheck?.test, ['CMD', 'node', 'deploy/healthcheck.mjs'], name);
    }
    assert.deepEqual(services.postgres.healthcheck?.test, ['CMD', 'pg_isready', '-U', 'continuum', '-d', 'postgres']);
  });

  it('starts in order: PostgreSQL healthy, then migrate completed, then the subgraphs and partner, then the gateway once they are healthy, then the dashboards', () => {
    assert.deepEqual(services.migrate.depends_on, { postgres: { condition: 'service_healthy' } });
    const subgraphs = Object.entries(services).filter(
      ([, s]) => SUBGRAPH_MODULES.some((m) => m.name === s.command?.[0]) || s.command?.[0] === 'partner',
    );
    for (const [name, s] of subgraphs) {
      assert.deepEqual(s.depends_on, { migrate: { condition: 'service_completed_successfully' } }, name);
      assert.deepEqual(services.gateway.depends_on?.[name], { condition: 'service_healthy' }, `gateway waits for ${name}`);
    }
    assert.deepEqual(services.dashboard.depends_on, { gateway: { condition: 'service_healthy' } });
    // Every dependency is a service here.
    for (const [name, s] of Object.entries(services))
      for (const dep of Object.keys(s.depends_on ?? {})) assert.ok(dep in services, `${name} → ${dep}`);
  });

  describe('secrets', () => {
    let made: string;
    beforeAll(async () => {
      made = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-compose-secrets-'));
      await makeSecrets(made);
    });
    afterAll(() => fs.rmSync(made, { recursive: true, force: true }));

    it('are exactly the files the keys job makes, kept under .continuum/ (never committed), where the keys job writes them', () => {
      const dir = services.keys.volumes![0].split(':')[0];
      assert.equal(services.keys.command?.[1], services.keys.volumes![0].split(':')[1]);
      assert.deepEqual(
        Object.values(compose.secrets)
          .map((s) => s.file)
          .sort(),
        [...fs.readdirSync(made)].sort().map((f) => `${dir}/${f}`),
      );
      assert.match(dir, /^\.\/\.continuum\//);
      assert.ok(fs.readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n').includes('.continuum/'));
    });

    it('are each declared, mounted only into the services that read them, and PostgreSQL takes its password from one', () => {
      for (const [name, s] of Object.entries(services))
        for (const secret of s.secrets ?? [])
          assert.ok((typeof secret === 'string' ? secret : secret.source) in compose.secrets, `${name}: ${JSON.stringify(secret)}`);
      assert.equal(services.postgres.environment?.POSTGRES_PASSWORD_FILE, '/run/secrets/postgres-password');
      // The subgraphs never hold a private key but the hub services' (to ask the graph), nor the dashboard a database password.
      for (const mod of SUBGRAPH_MODULES) {
        const mounted = container(mod.name, services[mod.name]).files.filter((f) => f.includes('private'));
        assert.deepEqual(mounted, ['/run/secrets/continuum-keys/hub-services.private.jwk.json'], mod.name);
      }
      assert.ok(!container('partner', services.partner).files.some((f) => f.includes('private')), 'the partner holds no hub private key');
      assert.ok(!container('dashboard', services.dashboard).files.some((f) => /password|database/.test(f)));
      // No password is written into the file itself.
      for (const [name, s] of Object.entries(services))
        for (const [key, value] of Object.entries(s.environment ?? {}))
          assert.doesNotMatch(String(value), /:\/\/[^@/]*:[^@/]*@/, `${name} ${key} carries a password`);
    });
  });
});
