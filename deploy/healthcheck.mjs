// The image's HEALTHCHECK: asks the probe of whichever service this container runs (the
// entrypoint wrote its URL). Plain JavaScript, so a check costs one short Node process.
/* global fetch, AbortSignal */
import fs from 'node:fs';

const PROBE_URL_FILE = '/tmp/continuum-probe-url';

try {
  const url = fs.readFileSync(PROBE_URL_FILE, 'utf8').trim();
  const res = await fetch(url, { signal: AbortSignal.timeout(4000) });
  process.exit(res.ok ? 0 : 1);
} catch {
  // Not started yet, not listening, or a job with nothing to probe.
  process.exit(1);
}
