/**
 * README's examples, read from README itself: each is marked by a comment naming who asks,
 *
 *   <!-- example: as phb-lead.icb -->                 then a ```graphql block and its ```json answer
 *   <!-- example: as social-worker.flintshire, with the partner -->
 *   <!-- example: GET /health -->                      then a ```json block: what anyone is told
 *   <!-- example: GET /health as the operator -->      then a ```json block: the operator's view
 *
 * so the examples a reader copies and the ones the tests run are the same text.
 */
import fs from 'node:fs';
import path from 'node:path';

export const README = path.resolve(import.meta.dirname, '..', 'README.md');

export interface ReadmeExample {
  /** README line of the marker, for messages. */
  line: number;
  /** The marker's text after "example:". */
  marker: string;
  /** The demo user who asks (graphql examples). */
  user?: string;
  /** Whether the example needs the partner subgraph published. */
  partner: boolean;
  /** A GraphQL operation, or GET /health anonymously or as the operator. */
  kind: 'graphql' | 'health' | 'operator-health';
  operation?: string;
  /** The JSON README prints as the answer. */
  expected: unknown;
}

interface Block {
  line: number;
  lang: string;
  text: string;
}

/** Every fenced block of a Markdown text, with the line its fence opens on (1-based). */
export function fencedBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`README.md:${i + 1}: a fenced block that never closes`);
    blocks.push({ line: i + 1, lang: open[1], text: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

const MARKER = /^<!-- example: (.+?) -->$/;

/** The first and last line (1-based) of README's section (## heading) of that title. */
export function sectionLines(title: string, markdown = fs.readFileSync(README, 'utf8')): [number, number] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start < 0) throw new Error(`README.md has no section "${title}"`);
  const next = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return [start + 1, next < 0 ? lines.length : next];
}

export function readmeExamples(markdown = fs.readFileSync(README, 'utf8')): { examples: ReadmeExample[]; blocks: Block[] } {
  const lines = markdown.split('\n');
  const blocks = fencedBlocks(markdown);
  const examples: ReadmeExample[] = [];
  lines.forEach((text, i) => {
    const m = MARKER.exec(text.trim());
    if (!m) return;
    const line = i + 1;
    const marker = m[1];
    const next = blocks.filter((b) => b.line > line);
    const json = (b: Block | undefined) => {
      if (b?.lang !== 'json') throw new Error(`README.md:${line}: "${marker}" needs a json block with the answer`);
      try {
        return JSON.parse(b.text) as unknown;
      } catch (err) {
        throw new Error(`README.md:${b.line}: the answer is not JSON: ${(err as Error).message}`, { cause: err });
      }
    };
    const user = /^as ([\w.-]+)(, with the partner)?$/.exec(marker);
    if (user) {
      if (next[0]?.lang !== 'graphql') throw new Error(`README.md:${line}: "${marker}" needs a graphql block`);
      examples.push({
        line,
        marker,
        user: user[1],
        partner: Boolean(user[2]),
        kind: 'graphql',
        operation: next[0].text,
        expected: json(next[1]),
      });
    } else if (marker === 'GET /health' || marker === 'GET /health as the operator') {
      examples.push({
        line,
        marker,
        partner: true,
        kind: marker === 'GET /health' ? 'health' : 'operator-health',
        expected: json(next[0]),
      });
    } else throw new Error(`README.md:${line}: unknown example marker "${marker}"`);
  });
  return { examples, blocks };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const LOCAL_URL = /^http:\/\/(127\.0\.0\.1|localhost):\d+/;
/** Values that differ from run to run whatever the data: timings, file paths, the supergraph's hash. */
const VOLATILE_KEYS = new Set(['latencyMs', 'path', 'sha256', 'loadedAt']);

/**
 * An answer with what may differ between two runs of the same example replaced by a stand-in:
 * ids (UUIDs anywhere, also inside messages), instants, local addresses' ports, timings and hashes.
 */
export function normalise(value: unknown, key?: string): unknown {
  if (key !== undefined && VOLATILE_KEYS.has(key)) return `<${key}>`;
  if (Array.isArray(value)) return value.map((v) => normalise(v));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  if (typeof value !== 'string') return value;
  if (UUID.test(value)) return '<id>';
  if (INSTANT.test(value)) return '<instant>';
  return value.replace(LOCAL_URL, 'http://<host>').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>');
}

/** README's answers show the demo region at its base day: each calendar date moved as the region was. */
export function moveDates(value: unknown, day: (base: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => moveDates(v, day));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, moveDates(v, day)]));
  return typeof value === 'string' && DAY.test(value) ? day(value) : value;
}
