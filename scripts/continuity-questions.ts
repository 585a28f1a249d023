/**
 * Runs the five continuity questions (docs/questions/*.graphql) against a running hub
 * (`npm start`) and writes each query and its answer into docs/transitions.md.
 *   CONTINUUM_TOKEN=$(npm run -s token -- --user phb-lead.icb) npx tsx scripts/continuity-questions.ts [gateway URL]
 */
import { today } from '@continuum/runtime';
import fs from 'node:fs';
import path from 'node:path';
import { continuityQuestions } from '../tests/continuity-questions.ts';

const gateway = process.argv[2] ?? 'http://localhost:4000/graphql';
const doc = path.resolve(import.meta.dirname, '..', 'docs', 'transitions.md');
const START = '<!-- continuity-questions:start -->';
const END = '<!-- continuity-questions:end -->';

/** Long answers are cut to their first entries so the page stays readable. */
function trimLists(value: unknown, max = 3): unknown {
  if (Array.isArray(value)) {
    const kept = value.slice(0, max).map((v) => trimLists(v, max));
    return value.length > max ? [...kept, `… ${value.length - max} more`] : kept;
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimLists(v, max)]));
  return value;
}

const sections: string[] = [];
for (const q of continuityQuestions(today())) {
  const res = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.CONTINUUM_TOKEN ?? ''}` },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
  const body = await res.json();
  const vars = Object.keys(q.variables).length ? `\nVariables: \`${JSON.stringify(q.variables)}\`\n` : '';
  sections.push(
    `### ${q.question}\n\n\`docs/questions/${q.file}\`\n\n\`\`\`graphql\n${q.query
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n')
      .trim()}\n\`\`\`\n${vars}\nAnswer on the demo data (lists cut to their first three entries):\n\n\`\`\`json\n${JSON.stringify(trimLists(body), null, 2)}\n\`\`\`\n`,
  );
}
const text = fs.readFileSync(doc, 'utf8');
const block = `${START}\n## The five continuity questions\n\nEach is one GraphQL query through the gateway; \`tests/continuity-questions.test.ts\` runs them all.\n\n${sections.join('\n')}${END}`;
const next = text.includes(START) ? text.replace(new RegExp(`${START}[\\s\\S]*${END}`), block) : text.replace('QUESTIONS_SECTION', block);
fs.writeFileSync(doc, next);
console.log(`Wrote ${sections.length} questions into ${path.relative(process.cwd(), doc)}`);
