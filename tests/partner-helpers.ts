import { ensureDatabase, runtimeDatabaseUrl, withDatabase } from '@continuum/runtime';
import { freshDatabase, testServerUrl, waitFor } from '@continuum/dev/testing';
import { Registry } from '@continuum/schema/registry';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { localPartners, startPartnerProcess, type PartnerProcess } from '../scripts/partner-process.ts';
import { startTestHub, testHubKeys, type TestHub as Hub } from './helpers.ts';

export const EXAMPLE_PARTNER = 'flintshire-microcare';

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

export interface PartnerHub {
  hub: Hub;
  registry: Registry;
  partner: PartnerProcess;
  /** Publishes an SDL and waits until the gateway serves the new supergraph. */
  publish(sdl: string): Promise<Awaited<ReturnType<Registry['publish']>>>;
  /** Registers the partner at another URL (and, if given, another timeout) and waits until the gateway routes there. */
  reroute(url: string, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The hub on a fresh registry, with the example partner as its own process on its own seeded
 * database, registered (with a short timeout) but not yet published. The partner takes its access
 * decisions and writes its audit rows through the gateway's access API, as a partner elsewhere
 * does; `accessDatabase` gives it the access store's database instead (for a gateway that does
 * not sign a token per subgraph, such as Hive Gateway forwarding a test's token).
 */
export async function startPartnerHub(opts: { timeoutMs?: number; accessDatabase?: boolean } = {}): Promise<PartnerHub> {
  const registry = new Registry(fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-registry-')));
  await registry.recompose('hub');
  const server = testServerUrl();
  const database = `test_partner_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(server, database);
  const spec = localPartners().find((p) => p.name === EXAMPLE_PARTNER)!;
  const accessDatabaseUrl = await freshDatabase('access');
  const hub = await startTestHub({
    supergraph: { path: registry.supergraphPath, pollMs: 100 },
    timeoutFor: (name) => registry.store.registration(name)?.timeoutMs,
    accessDatabaseUrl,
  });
  // The partner trusts the test hub's gateway, and asks its access API (or shares its access store), as a deployed partner would.
  const gatewayJwks = (await testHubKeys()).gateway.jwks;
  const partner = await startPartnerProcess({
    partner: spec,
    databaseUrl: withDatabase(server, database),
    port: await freePort(),
    seed: true,
    access: opts.accessDatabase
      ? { gatewayJwks, accessDatabaseUrl: runtimeDatabaseUrl(accessDatabaseUrl, 'access') }
      : { gatewayJwks, accessUrl: hub.gatewayUrl.replace(/\/graphql$/, '/access') },
  }).catch(async (err: unknown) => {
    await hub.stop();
    throw err;
  });
  registry.register({
    name: spec.name,
    url: partner.url,
    organisation: spec.organisation,
    contact: spec.contact,
    timeoutMs: opts.timeoutMs,
  });
  const served = () => servedBy(hub, registry);
  return {
    hub,
    registry,
    partner,
    async publish(sdl) {
      const result = await registry.publish(EXAMPLE_PARTNER, sdl);
      if (result.published) await served();
      return result;
    },
    async reroute(url, timeoutMs) {
      const registration = registry.store.registration(EXAMPLE_PARTNER)!;
      registry.register({ ...registration, url, timeoutMs: timeoutMs ?? registration.timeoutMs });
      await registry.recompose(EXAMPLE_PARTNER);
      await served();
    },
    async stop() {
      await hub.stop();
      await partner.stop();
    },
  };
}

/** Waits until the gateway serves the registry's latest supergraph. */
export async function servedBy(hub: Hub, registry: Registry): Promise<void> {
  const sha = registry.store.history().at(-1)!.supergraphSha256;
  await waitFor(() => hub.gateway.supergraph.status().sha256 === sha, {
    message: () =>
      `the gateway to serve the published supergraph ${sha.slice(0, 12)} (it serves ${hub.gateway.supergraph.status().sha256.slice(0, 12)})`,
  });
}

export const partnerSdl = () =>
  fs.readFileSync(path.join(localPartners().find((p) => p.name === EXAMPLE_PARTNER)!.dir, 'schema.graphql'), 'utf8');
