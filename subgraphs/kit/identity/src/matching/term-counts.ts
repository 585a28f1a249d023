/**
 * A register's term counts in PostgreSQL: how many of the records it holds carry each
 * normalised given name, family name and date of birth, and how many records it holds in all,
 * so that registration and import weigh agreement by frequency without reading the register.
 * The table (field, value, count) is kept current by the writes that create or remove a record:
 * one upsert per registration, one per import batch. Its "RECORDS" row, value '', is the total.
 */
import { FREQUENCY_FIELDS, frequencyTerms, TermFrequencies, type FrequencyField } from './frequencies.ts';
import { normaliseIdentity } from './normalise.ts';
import type { AnyIdentityRecord } from './types.ts';

/** The part of a Prisma client (or transaction) the counts need. */
export interface TermCountStore {
  $executeRawUnsafe(sql: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T>;
}

const TOTAL = 'RECORDS';
/** Terms per statement: arrays are one parameter each, so this bounds statement size, not parameters. */
const CHUNK = 50_000;

function tableName(table: string): string {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a term count table name: ${table}`);
  return `"${table}"`;
}

const termKey = (field: string, value: string) => `${field}\u0000${value}`;

type Deltas = Map<string, [string, string, number]>;

/** Each record's terms (and one for the total), summed into `out`: the change `sign` × these records make to the counts. */
export function termDeltas(records: Iterable<AnyIdentityRecord>, sign: 1 | -1 = 1, out: Deltas = new Map()): Deltas {
  const bump = (field: string, value: string) => {
    const k = termKey(field, value);
    const d = out.get(k);
    if (d) d[2] += sign;
    else out.set(k, [field, value, sign]);
  };
  for (const r of records) {
    bump(TOTAL, '');
    for (const [field, value] of frequencyTerms(normaliseIdentity(r))) bump(field, value);
  }
  return out;
}

/**
 * Adds (or with sign −1 takes away) the records' terms. Rows are written in (field, value)
 * order, so two transactions counting at once lock them in the same order and never deadlock.
 */
export function countTerms(db: TermCountStore, table: string, records: Iterable<AnyIdentityRecord>, sign: 1 | -1 = 1): Promise<void> {
  return writeDeltas(db, table, termDeltas(records, sign));
}

async function writeDeltas(db: TermCountStore, table: string, all: Deltas): Promise<void> {
  const deltas = [...all.values()].filter((d) => d[2] !== 0);
  deltas.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  const t = tableName(table);
  for (let i = 0; i < deltas.length; i += CHUNK) {
    const part = deltas.slice(i, i + CHUNK);
    await db.$executeRawUnsafe(
      `INSERT INTO ${t} (field, value, count)
       SELECT field, value, n FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS d(field, value, n, i) ORDER BY i
       ON CONFLICT (field, value) DO UPDATE SET count = GREATEST(0, ${t}.count + EXCLUDED.count)`,
      part.map((d) => d[0]),
      part.map((d) => d[1]),
      part.map((d) => d[2]),
    );
  }
}

/**
 * Counts every record afresh, read batch by batch: for a register whose counts were never kept,
 * or to put them right. Run it in a transaction: the table is locked first, so a record created
 * meanwhile waits and counts itself once the recount has committed.
 */
export async function recountTerms(db: TermCountStore, table: string, batches: AsyncIterable<readonly AnyIdentityRecord[]>): Promise<void> {
  const t = tableName(table);
  await db.$executeRawUnsafe(`LOCK TABLE ${t} IN EXCLUSIVE MODE`);
  const deltas: Deltas = new Map();
  for await (const batch of batches) termDeltas(batch, 1, deltas);
  await db.$executeRawUnsafe(`DELETE FROM ${t}`);
  await writeDeltas(db, table, deltas);
}

/**
 * The frequencies of the given records' values among everything the register holds (the total
 * and the count of each of their terms, read in one query per chunk), for decide.
 */
export async function loadTermFrequencies(
  db: TermCountStore,
  table: string,
  records: Iterable<AnyIdentityRecord>,
): Promise<TermFrequencies> {
  const wanted = [...termDeltas(records).values()].filter((d) => d[0] !== TOTAL);
  const t = tableName(table);
  const [total] = await db.$queryRawUnsafe<{ count: number }[]>(`SELECT count FROM ${t} WHERE field = $1 AND value = ''`, TOTAL);
  const counts: [FrequencyField, string, number][] = [];
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const part = wanted.slice(i, i + CHUNK);
    const rows = await db.$queryRawUnsafe<{ field: string; value: string; count: number }[]>(
      `SELECT c.field, c.value, c.count FROM ${t} c JOIN unnest($1::text[], $2::text[]) AS q(field, value) USING (field, value)`,
      part.map((d) => d[0]),
      part.map((d) => d[1]),
    );
    for (const r of rows)
      if ((FREQUENCY_FIELDS as readonly string[]).includes(r.field)) counts.push([r.field as FrequencyField, r.value, r.count]);
  }
  return TermFrequencies.fromCounts(total?.count ?? 0, counts);
}
