/**
 * Hive Gateway serving HIVE_SUPERGRAPH_FILE on 127.0.0.1:HIVE_PORT (started by hive-gateway.ts),
 * passing the client's Authorization header on to every subgraph. By default it sends identical
 * queries in flight to a subgraph once (same document, variables and headers, so the same caller
 * token); HIVE_DEDUPLICATE=off sends each, as our gateway does.
 */
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import fs from 'node:fs';
import http from 'node:http';

const runtime = createGatewayRuntime({
  supergraph: fs.readFileSync(process.env.HIVE_SUPERGRAPH_FILE!, 'utf8'),
  logging: 'error',
  landingPage: false,
  graphqlEndpoint: '/graphql',
  ...(process.env.HIVE_DEDUPLICATE === 'off'
    ? { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } }
    : {}),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const authorization = request.headers.get('authorization');
      return authorization ? { authorization } : {};
    },
  },
});
const server = http.createServer(runtime);
server.listen(Number(process.env.HIVE_PORT), '127.0.0.1');
const stop = () => {
  server.closeAllConnections();
  server.close(() => void Promise.resolve(runtime.dispose()).then(() => process.exit(0)));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
