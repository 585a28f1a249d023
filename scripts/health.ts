/**
 * `npm run health`: the gateway's GET /health as the hub's operator, with each subgraph's state
 * and address and the supergraph being served. The request is signed with the hub's services key
 * in .continuum/keys (CONTINUUM_KEYS_DIR), which only the operator's machine holds; anyone else is
 * told only whether the hub is up. GATEWAY_URL names another gateway (default localhost:4000).
 */
import { DEFAULT_AUDIENCE, loadOrCreateHubKeys, signServiceToken } from '@continuum/access';
import fs from 'node:fs';
import path from 'node:path';

const keysDir = process.env.CONTINUUM_KEYS_DIR ?? path.join(path.resolve(import.meta.dirname, '..'), '.continuum', 'keys');
if (!fs.existsSync(keysDir)) {
  console.error(`No hub keys in ${keysDir}: run this where the hub runs (or set CONTINUUM_KEYS_DIR).`);
  process.exit(1);
}
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
const token = await signServiceToken(
  (await loadOrCreateHubKeys(keysDir)).services,
  'operator',
  process.env.CONTINUUM_JWT_AUDIENCE ?? DEFAULT_AUDIENCE,
);
const res = await fetch(new URL('/health', gateway), { headers: { authorization: `Bearer ${token}` } });
console.log(JSON.stringify(await res.json(), null, 2));
process.exit(res.ok ? 0 : 1);
