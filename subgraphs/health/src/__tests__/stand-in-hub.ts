// A stand-in for the gateway in subgraph-level tests, over real HTTP: answers the questions the
// health subgraph asks the graph (a transition's status and parties; the councils' names).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInTransition {
  id: string;
  status: string;
  parties: { funderKind: 'COUNCIL' | 'HEALTH'; funderCode: string }[];
}

export async function standInHub(transitions: StandInTransition[], councils: { gssCode: string; name: string }[] = []) {
  const byId = new Map(transitions.map((t) => [t.id, t]));
  let requests = 0;
  const server = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    requests++;
    const { query, variables } = JSON.parse(body) as { query: string; variables?: { id: string } };
    res.setHeader('content-type', 'application/json');
    const data = /\bcouncils\b/.test(query) ? { councils } : { transition: byId.get(variables?.id ?? '') ?? null };
    res.end(JSON.stringify({ data }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
