/**
 * Summarises V8 CPU profiles (.cpuprofile, as `node --cpu-prof` or `npm run bench -- --cpu-prof`
 * writes them): for each, the sampled time, where it went by package (node_modules/<package>, the
 * hub's own code by workspace folder, Node's internals), and the functions with the most self time.
 *
 *   npx tsx scripts/profile-summary.ts <dir or files...> [--top 15]
 */
import { parseCommandLine, runCommand } from '@continuum/runtime/cli';
import fs from 'node:fs';
import path from 'node:path';

const COMMAND = 'npx tsx scripts/profile-summary.ts';
const { values, positionals } = parseCommandLine({
  command: COMMAND,
  usage: `Usage: ${COMMAND} <dir or .cpuprofile files...> [--top <n>]

Prints, for each CPU profile, its sampled time by package and its top functions by self time.

  --top <n>   functions listed per profile (default 15)
  -h, --help  this help`,
  options: { top: { type: 'string', default: '15' } },
  positionals: true,
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which package or part of the hub a script belongs to. */
function owner(url: string): string {
  if (!url) return '(native, GC, idle)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node internals';
  const local = url.replace(/^file:\/\//, '');
  const parts = path.relative(path.resolve(import.meta.dirname, '..'), local).split(path.sep);
  return parts[0] === 'subgraphs' && parts[1] === 'kit' ? `kit/${parts[2]}` : parts.slice(0, 2).join('/');
}

function summarise(file: string, top: number): string {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = [...self].filter(([id]) => byId.get(id)?.callFrame.functionName === '(idle)').reduce((a, [, t]) => a + t, 0);
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, t] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    byOwner.set(owner(url), (byOwner.get(owner(url)) ?? 0) + t);
    const name = `${functionName || '(anonymous)'} ${url ? `${owner(url)}:${path.basename(url)}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + t);
  }
  const busy = total - idle;
  const pct = (t: number) => `${((100 * t) / (busy || 1)).toFixed(1).padStart(5)}%`;
  const rows = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, t]) => `  ${pct(t)}  ${k}`)
      .join('\n');
  return `${path.basename(file)}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (shares below are of busy time)\n by package:\n${rows(byOwner, 10)}\n top functions (self time):\n${rows(byFunction, top)}\n`;
}

await runCommand(COMMAND, () => {
  if (!positionals.length) throw new Error('name a directory or .cpuprofile files');
  const files = positionals.flatMap((p) =>
    fs.statSync(p).isDirectory()
      ? fs
          .readdirSync(p)
          .filter((f) => f.endsWith('.cpuprofile'))
          .map((f) => path.join(p, f))
      : [p],
  );
  for (const file of files) console.log(summarise(file, Number(values.top)));
});
