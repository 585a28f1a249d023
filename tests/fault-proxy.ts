import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy between the gateway and one subgraph that can fail like a real outage:
 * it forwards everything until told to go down, or until a request matches a trigger, and
 * from then on drops every connection until `up()`. The triggering request never reaches
 * the subgraph, so "down in the middle of a transition" is exact, not timing-dependent.
 */
export async function startFaultProxy(target: string) {
  let down = false;
  let trigger: ((body: string) => boolean) | null = null;
  let hook: { when: (body: string) => boolean; run: (body: string) => Promise<unknown> } | null = null;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      if (hook?.when(body.toString('utf8'))) {
        const run = hook.run;
        hook = null;
        await run(body.toString('utf8'));
      }
      if (!down && trigger?.(body.toString('utf8'))) {
        down = true;
        trigger = null;
      }
      if (down) {
        req.socket.destroy();
        return;
      }
      const url = new URL(req.url ?? '/', target);
      const upstream = http.request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => req.socket.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${new URL(target).pathname}`,
    /** Goes down when a request body satisfies the predicate (that request is dropped too). */
    downWhen(predicate: (body: string) => boolean) {
      trigger = predicate;
    },
    /** Runs an action once (given the request body), just before forwarding the first request that matches. */
    beforeForwarding(when: (body: string) => boolean, run: (body: string) => Promise<unknown>) {
      hook = { when, run };
    },
    down() {
      down = true;
    },
    up() {
      down = false;
    },
    get isDown() {
      return down;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
