/**
 * Importing a checked client list in one transaction, through the same matching as
 * registerPerson: each row links to someone known, creates a person, or opens a review.
 * Rows are taken a batch at a time: the batch's candidates are loaded (the people earlier
 * batches created or linked among them, written in the same transaction), its rows matched in
 * memory (seeing the people earlier rows of the batch created or linked), and what they gather
 * written with multi-row inserts before the next batch is read, so memory holds one batch. Rows whose
 * agency identifier the hub already holds, or has in an open review, are left as they are, so a
 * re-run of the same file changes nothing. Any failure rolls the whole file back.
 */
import {
  decide,
  defaultMatchConfig,
  MatchIndex,
  normaliseIdentity,
  type IdentityRecord,
  type MatchConfig,
  type ScoredCandidate,
  AUTOMATIC,
  automaticLinkReason,
} from '@continuum/identity';
import { insertRows, now } from '@continuum/runtime';
import { createHash, randomUUID } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { PersonModel } from '../generated/prisma/models.ts';
import { personIdentity, submittedIdentity } from '../matching/identity.ts';
import { heldRecords } from '../matching/held-records.ts';
import { matchKeys } from '../matching/keys.ts';
import { withNumberHolder } from '../matching/register.ts';
import type { StoredSubmission } from '../matching/stored.ts';
import { countPeople, peopleFrequencies } from '../matching/term-counts.ts';
import type { Tx } from '../matching/tx.ts';
import type { Agency, ClientRow } from './rows.ts';

export type RowOutcome = 'CREATED' | 'LINKED' | 'SENT_TO_REVIEW' | 'ALREADY_HELD' | 'ALREADY_IN_REVIEW';

export interface ImportedRow {
  line: number;
  localId: string;
  outcome: RowOutcome;
  personId: string | null;
  reviewId: string | null;
  /** The approved rule or "score" behind a link. */
  matchedBy: string | null;
}

export interface ImportSummary {
  runId: string;
  rows: ImportedRow[];
  counts: Record<RowOutcome, number>;
}

export interface ImportOptions {
  agency: Agency;
  organisationCode: string;
  fileName: string;
  /** The file, or its SHA-256 in hex (for a file read in batches, never whole). */
  fileText?: string;
  fileSha256?: string;
  /** Rows in the file, for progress when the rows come in batches. */
  rowCount?: number;
  importedBy: string;
  progress?: (label: string, done: number, total: number) => void;
  config?: MatchConfig;
}

/** One query per chunk keeps within PostgreSQL's parameter limits on big files. */
const CHUNK = 10_000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Which of these agency identifiers of this organisation are already held, or waiting in an open review. */
async function alreadyKnown(tx: Tx, agency: Agency, organisationCode: string, values: string[]) {
  const held = new Map<string, string>();
  const inReview = new Map<string, string>();
  for (const part of chunks(values)) {
    const rows = await tx.localIdentifier.findMany({
      where: { agency, organisationCode, value: { in: part } },
      select: { value: true, personId: true },
    });
    for (const r of rows) held.set(r.value, r.personId);
    const open = await tx.$queryRawUnsafe<{ value: string; id: string }[]>(
      `SELECT e->>'value' AS value, r.id::text AS id FROM match_review r, jsonb_array_elements(r.submitted->'localIdentifiers') e
        WHERE r.status = 'OPEN' AND e->>'agency' = $1 AND e->>'organisationCode' = $2 AND e->>'value' = ANY($3::text[])`,
      agency,
      organisationCode,
      part,
    );
    for (const r of open) inReview.set(r.value, r.id);
  }
  return { held, inReview };
}

/** Everyone who could match a row: sharing a match key, or holding one of the NHS numbers. */
async function loadCandidates(tx: Tx, submissions: StoredSubmission[]): Promise<PersonModel[]> {
  const keys = [...new Set(submissions.flatMap((s) => matchKeys(submittedIdentity(s))))];
  const numbers = [...new Set(submissions.map((s) => s.nhsNumber).filter((n): n is string => n !== null))];
  const ids = new Set<string>();
  for (const part of chunks(keys)) {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      'SELECT DISTINCT person_id::text AS id FROM person_match_key WHERE key = ANY($1::text[])',
      part,
    );
    for (const r of rows) ids.add(r.id);
  }
  for (const part of chunks(numbers)) {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>('SELECT id::text AS id FROM person WHERE nhs_number = ANY($1::text[])', part);
    for (const r of rows) ids.add(r.id);
  }
  const people: PersonModel[] = [];
  for (const part of chunks([...ids])) people.push(...(await tx.person.findMany({ where: { id: { in: part }, mergedInto: null } })));
  return people;
}

/**
 * Rows matched together between two writes: what they gather is written in the same
 * transaction, then let go. A thousand rows of a 100,000-row file bring about 15,000 people in
 * as candidates; five thousand brought 2.6 times as many at once and were no faster.
 */
export const IMPORT_BATCH = 1_000;

function* inBatches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The rows to write, gathered while matching and inserted a batch at a time. */
class Writes {
  people: unknown[][] = [];
  keys: unknown[][] = [];
  identifiers: unknown[][] = [];
  reviews: unknown[][] = [];
  decisions: unknown[][] = [];
  /** The people created, counted into the term counts with the rest of the writes. */
  created: IdentityRecord[] = [];

  addKeys(personId: string, identity: IdentityRecord): void {
    for (const key of matchKeys(identity)) this.keys.push([personId, key]);
  }

  addIdentifiers(personId: string, s: StoredSubmission): void {
    for (const l of s.localIdentifiers) this.identifiers.push([personId, l.agency, l.organisationCode, l.value]);
  }

  /** Lets go of what has been written. */
  clear(): void {
    this.people = [];
    this.keys = [];
    this.identifiers = [];
    this.reviews = [];
    this.decisions = [];
    this.created = [];
  }
}

function newPerson(s: StoredSubmission): PersonModel {
  return {
    id: randomUUID(),
    nhsNumber: s.nhsNumber,
    nhsNumberStatus: s.nhsNumberStatus,
    givenName: s.givenName,
    familyName: s.familyName,
    dateOfBirth: new Date(s.dateOfBirth),
    postcodeDistrict: s.postcodeDistrict,
    sex: s.sex ?? null,
    createdAt: now(),
    mergedInto: null,
  };
}

async function writeAll(tx: Tx, w: Writes, progress: ImportOptions['progress']): Promise<void> {
  const tables: [string, string[], unknown[][], boolean][] = [
    [
      'person',
      ['id', 'nhs_number', 'nhs_number_status', 'given_name', 'family_name', 'date_of_birth', 'postcode_district', 'sex'],
      w.people,
      false,
    ],
    // A linked variant may share keys the person already has.
    ['person_match_key', ['person_id', 'key'], w.keys, true],
    ['local_identifier', ['person_id', 'agency', 'organisation_code', 'value'], w.identifiers, false],
    ['match_review', ['id', 'status', 'submitted', 'candidates', 'person_id'], w.reviews, false],
    ['match_decision', ['id', 'review_id', 'action', 'person_id', 'identifiers', 'automatic', 'decided_by', 'reason'], w.decisions, false],
  ];
  for (const [table, columns, rows, ignoreConflicts] of tables) {
    await insertRows(tx, table, columns, rows, (done) => progress?.(`writing ${table}`, done, rows.length), { ignoreConflicts });
  }
  await countPeople(tx, w.created);
  w.clear();
}

function emptyCounts(): Record<RowOutcome, number> {
  return { CREATED: 0, LINKED: 0, SENT_TO_REVIEW: 0, ALREADY_HELD: 0, ALREADY_IN_REVIEW: 0 };
}

/** Where a run stands: its rows' outcomes so far, counted. */
interface Run {
  out: ImportedRow[];
  counts: Record<RowOutcome, number>;
  matched: number;
}

/**
 * Imports checked rows (see readClientList, or clientListBatches for a file read a batch at a
 * time) in one transaction and records the run. Concurrent registrations wait until the import
 * has committed, so neither misses the other's people.
 */
export async function importClientList(
  db: PrismaClient,
  rows: readonly ClientRow[] | AsyncIterable<readonly ClientRow[]>,
  opts: ImportOptions,
): Promise<ImportSummary> {
  const config = opts.config ?? defaultMatchConfig();
  const startedAt = now();
  const whole = Array.isArray(rows) ? (rows as readonly ClientRow[]) : null;
  const batches = whole ? inBatches(whole, IMPORT_BATCH) : (rows as AsyncIterable<readonly ClientRow[]>);
  const total = opts.rowCount ?? whole?.length ?? 0;
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe('LOCK TABLE person, person_match_key, local_identifier, match_review IN SHARE ROW EXCLUSIVE MODE');
      const run: Run = { out: [], counts: emptyCounts(), matched: 0 };
      for await (const batch of batches) await importBatch(tx, batch, opts, config, run, total);
      const runId = randomUUID();
      await tx.importRun.create({
        data: {
          id: runId,
          agency: opts.agency,
          organisationCode: opts.organisationCode,
          fileName: opts.fileName,
          fileSha256:
            opts.fileSha256 ??
            createHash('sha256')
              .update(opts.fileText ?? '')
              .digest('hex'),
          rows: run.out.length,
          created: run.counts.CREATED,
          linked: run.counts.LINKED,
          sentToReview: run.counts.SENT_TO_REVIEW,
          alreadyHeld: run.counts.ALREADY_HELD + run.counts.ALREADY_IN_REVIEW,
          importedBy: opts.importedBy,
          startedAt,
        },
      });
      return { runId, rows: run.out, counts: run.counts };
    },
    // A big file is matched and written inside the transaction.
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
}

/** Matches one batch of rows against the people held (earlier batches' included) and writes what it gathers. */
async function importBatch(tx: Tx, rows: readonly ClientRow[], opts: ImportOptions, config: MatchConfig, run: Run, total: number) {
  const values = rows.map((r) => r.submission.localIdentifiers[0]!.value);
  const { held, inReview } = await alreadyKnown(tx, opts.agency, opts.organisationCode, values);
  const fresh = rows.filter(
    (r) => !held.has(r.submission.localIdentifiers[0]!.value) && !inReview.has(r.submission.localIdentifiers[0]!.value),
  );

  const known = await loadCandidates(
    tx,
    fresh.map((r) => r.submission),
  );
  // How common each row's names and date of birth are among the people held; the people
  // this batch creates are counted in as they are created.
  const frequencies = await peopleFrequencies(
    tx,
    fresh.map((r) => submittedIdentity(r.submission)),
  );
  const index = new MatchIndex();
  const byId = new Map<string, PersonModel>();
  const byNumber = new Map<string, PersonModel>();
  const file = (p: PersonModel, identity: IdentityRecord) => {
    index.add({ ...identity, id: p.id });
    byId.set(p.id, p);
    if (p.nhsNumber) byNumber.set(p.nhsNumber, p);
  };
  // Every record each known person holds, so a row is judged against all of them.
  const knownById = new Map(known.map((p) => [p.id, p]));
  for (const r of await heldRecords(tx, known)) file(knownById.get(r.id!)!, r);

  const w = new Writes();
  const record = (r: ImportedRow) => {
    run.out.push(r);
    run.counts[r.outcome]++;
  };
  for (const row of rows) {
    opts.progress?.('matching', ++run.matched, Math.max(total, run.matched));
    const s = row.submission;
    const localId = s.localIdentifiers[0]!.value;
    if (held.has(localId)) {
      record({ line: row.line, localId, outcome: 'ALREADY_HELD', personId: held.get(localId)!, reviewId: null, matchedBy: null });
      continue;
    }
    if (inReview.has(localId)) {
      record({
        line: row.line,
        localId,
        outcome: 'ALREADY_IN_REVIEW',
        personId: null,
        reviewId: inReview.get(localId)!,
        matchedBy: null,
      });
      continue;
    }
    const incoming = submittedIdentity(s);
    const holder = s.nhsNumber ? byNumber.get(s.nhsNumber) : undefined;
    const outcome = withNumberHolder(
      decide(incoming, index.candidates(incoming), config, frequencies),
      incoming,
      holder,
      config,
      frequencies,
    );
    if (outcome.kind === 'LINK') {
      const target = byId.get(outcome.candidate.personId)!;
      const reviewId = link(w, s, incoming, outcome.candidate, target.id, config);
      file(target, incoming);
      record({
        line: row.line,
        localId,
        outcome: 'LINKED',
        personId: target.id,
        reviewId,
        matchedBy: outcome.candidate.rule ?? 'score',
      });
    } else if (outcome.kind === 'REVIEW') {
      const reviewId = randomUUID();
      w.reviews.push([reviewId, 'OPEN', JSON.stringify(s), JSON.stringify(outcome.candidates), null]);
      record({ line: row.line, localId, outcome: 'SENT_TO_REVIEW', personId: null, reviewId, matchedBy: null });
    } else {
      const person = newPerson(s);
      w.people.push([
        person.id,
        person.nhsNumber,
        person.nhsNumberStatus,
        person.givenName,
        person.familyName,
        s.dateOfBirth,
        person.postcodeDistrict,
        person.sex,
      ]);
      w.addKeys(person.id, incoming);
      w.created.push(incoming);
      frequencies.add(normaliseIdentity(incoming));
      w.addIdentifiers(person.id, s);
      file(person, personIdentity(person, s.localIdentifiers));
      record({ line: row.line, localId, outcome: 'CREATED', personId: person.id, reviewId: null, matchedBy: null });
    }
  }
  await writeAll(tx, w, opts.progress);
}

/** A link as registerPerson records it: identifiers and keys attached, a settled review with its automatic decision. */
function link(
  w: Writes,
  s: StoredSubmission,
  incoming: IdentityRecord,
  candidate: ScoredCandidate,
  personId: string,
  config: MatchConfig,
): string {
  w.addIdentifiers(personId, s);
  w.addKeys(personId, incoming);
  const reviewId = randomUUID();
  w.reviews.push([reviewId, 'LINKED', JSON.stringify(s), JSON.stringify([candidate]), personId]);
  w.decisions.push([
    randomUUID(),
    reviewId,
    'LINK',
    personId,
    JSON.stringify(s.localIdentifiers),
    true,
    AUTOMATIC,
    automaticLinkReason(candidate, config),
  ]);
  return reviewId;
}
