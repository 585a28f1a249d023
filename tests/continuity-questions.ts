import fs from 'node:fs';
import path from 'node:path';
import { demoUser } from '@continuum/demo';
import { today as clockToday } from '@continuum/runtime';

export const QUESTIONS_DIR = path.resolve(import.meta.dirname, '..', 'docs', 'questions');

/** The five "continuity through funding change" questions and the others docs/questions holds, one GraphQL query each. */
export function continuityQuestions(today = clockToday()) {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const yearAgo = new Date(today.getTime() - 365 * 86_400_000);
  const quarter = `${today.getUTCFullYear()}-Q${Math.floor(today.getUTCMonth() / 3) + 1}`;
  const quarterStart = iso(new Date(Date.UTC(today.getUTCFullYear(), Math.floor(today.getUTCMonth() / 3) * 3, 1)));
  // The financial year so far: from the 1st of April on or before today.
  const financialYearStart = `${today.getUTCFullYear() - (today.getUTCMonth() < 3 ? 1 : 0)}-04-01`;
  const variables: Record<string, Record<string, unknown>> = {
    // Newcastle's area: the people living there, whoever funds them.
    'q2-kept-their-pas': { from: iso(yearAgo), to: iso(today), areaCode: 'E08000021' },
    'q4-payments-processed-by-councils': { quarter, areaCode: 'E08000021' },
    // The featured person, whom the ICB funds: a PA near her.
    'q7-register-pas-near-a-person': { person: demoUser('person.eleanor-robson').personId },
    'q13-training-funding-claims': { from: financialYearStart, to: iso(today) },
    // The next thirteen weeks.
    'q15-flexible-course-sessions': { from: iso(today), to: iso(new Date(today.getTime() + 90 * 86_400_000)) },
    'q26-peer-groups-this-quarter': { from: quarterStart, to: iso(today) },
    // Newcastle's offers over the last year.
    'q23-dp-mentor-offers': { council: 'E08000021', from: iso(yearAgo), to: iso(today) },
    // The last six months.
    'q21-cover-events-by-how-met': { from: iso(new Date(today.getTime() - 182 * 86_400_000)), to: iso(today) },
    // The ICB's area over the last two years: self-funders come back for council support months after using the register.
    'q25-self-funders-using-the-register': { area: 'QHM', from: iso(new Date(today.getTime() - 730 * 86_400_000)), to: iso(today) },
    // Newcastle's assessments over the last year.
    'q32-offered-only-care-home-or-home-care': { council: 'E08000021', from: iso(yearAgo), to: iso(today) },
  };
  // Most questions are the ICB PHB lead's; a council's own ("our employers") are asked by its social worker.
  const askedBy: Record<string, string> = {
    'q13-training-funding-claims': 'social-worker.newcastle',
    'q23-dp-mentor-offers': 'social-worker.newcastle',
    // A list of the council's own people: its social worker's question.
    'q32-offered-only-care-home-or-home-care': 'social-worker.newcastle',
    // Counts of PAs only: a commissioner's question.
    'q26-peer-groups-this-quarter': 'commissioner.icb',
    'q21-cover-events-by-how-met': 'commissioner.icb',
    'q11-overdue-vacancies-and-shortages': 'social-worker.newcastle',
    'q17-hours-waiting-and-micro-care-capacity': 'commissioner.icb',
    'q34-rural-sparse-supply': 'commissioner.icb',
    'q25-self-funders-using-the-register': 'commissioner.icb',
  };
  return fs
    .readdirSync(QUESTIONS_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.graphql$/, '');
      const text = fs.readFileSync(path.join(QUESTIONS_DIR, file), 'utf8');
      const comment = text
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .map((l) => l.replace(/^#\s?/, ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      return { name, file, question: comment, query: text, variables: variables[name] ?? {}, askedBy: askedBy[name] ?? 'phb-lead.icb' };
    });
}
