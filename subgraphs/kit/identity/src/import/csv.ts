/**
 * Reading an agency's CSV export: columns found by their header (agencies name them in many
 * ways), each record with the line it starts on, so every problem can be reported by line.
 */
import { parse as parseStream } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import type { RowProblem } from './problems.ts';

/** A column the importer understands, and the headers agencies give it. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  /** Header spellings, compared without case, spaces or punctuation ("NHS No." = "nhs_no"). */
  headers: readonly string[];
  required: boolean;
}

export interface CsvRow<K extends string = string> {
  /** The line of the file the record starts on (the header is line 1). */
  line: number;
  values: Record<K, string>;
}

export interface CsvRead<K extends string = string> {
  rows: CsvRow<K>[];
  /** The header each column was read from (for reports in the file's own words). */
  headerOf: Record<K, string>;
  problems: RowProblem[];
}

const fold = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Where each column sits in the header, and the header it was read from. */
interface HeaderMap<K extends string> {
  position: Map<K, number>;
  headerOf: Record<K, string>;
  width: number;
  problems: RowProblem[];
}

/** Maps a header line onto `columns`: a missing required column or a header two columns claim is a problem. */
function mapHeader<K extends string>(header: readonly string[], columns: readonly ColumnSpec<K>[]): HeaderMap<K> {
  const problems: RowProblem[] = [];
  const position = new Map<K, number>();
  const headerOf = {} as Record<K, string>;
  header.forEach((name, i) => {
    const spec = columns.find((c) => c.headers.some((h) => fold(h) === fold(name)));
    if (!spec) return;
    if (position.has(spec.key)) {
      problems.push({ line: 1, field: name, reason: `more than one column means ${headerOf[spec.key]}` });
      return;
    }
    position.set(spec.key, i);
    headerOf[spec.key] = name;
  });
  for (const c of columns) {
    if (c.required && !position.has(c.key))
      problems.push({ line: 1, field: c.headers[0]!, reason: `missing column (expected one of: ${c.headers.join(', ')})` });
  }
  return { position, headerOf, width: header.length, problems };
}

/** One parsed record as a row of the columns, or the problem with it. */
function rowOf<K extends string>(
  record: readonly string[],
  endLine: number,
  header: HeaderMap<K>,
  columns: readonly ColumnSpec<K>[],
): CsvRow<K> | RowProblem {
  // The parser reports where the record ends; quoted fields may span lines.
  const line = endLine - record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
  if (record.length !== header.width)
    return { line, field: null, reason: `has ${record.length} fields where the header has ${header.width}` };
  const values = {} as Record<K, string>;
  for (const c of columns) values[c.key] = header.position.has(c.key) ? record[header.position.get(c.key)!]! : '';
  return { line, values };
}

const PARSE_OPTIONS = { info: true, skip_empty_lines: true, relax_column_count: true, trim: true } as const;

const notValidCsv = (err: unknown): RowProblem => {
  const e = err as { message: string; lines?: number };
  return { line: e.lines ?? 1, field: null, reason: `the file is not valid CSV: ${e.message}` };
};

/** A row's problem rather than the row. */
export const isRowProblem = <K extends string>(x: CsvRow<K> | RowProblem): x is RowProblem => 'reason' in x;

/**
 * Parses the file and maps its headers onto `columns`. A missing required column, a header
 * that two columns claim, a malformed record or a record with the wrong number of fields is a
 * problem of its own; records are returned only when the file as a whole can be read.
 */
export function readCsv<K extends string>(text: string, columns: readonly ColumnSpec<K>[]): CsvRead<K> {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), PARSE_OPTIONS) as never;
  } catch (err) {
    return { rows: [], headerOf: {} as Record<K, string>, problems: [notValidCsv(err)] };
  }
  const [first, ...body] = records;
  if (!first) return { rows: [], headerOf: {} as Record<K, string>, problems: [EMPTY] };
  const header = mapHeader(first.record, columns);
  const problems = header.problems;
  if (problems.length) return { rows: [], headerOf: header.headerOf, problems };
  const rows: CsvRow<K>[] = [];
  for (const { record, info } of body) {
    const row = rowOf(record, info.lines, header, columns);
    if (isRowProblem(row)) problems.push(row);
    else rows.push(row);
  }
  return { rows, headerOf: header.headerOf, problems };
}

const EMPTY: RowProblem = { line: 1, field: null, reason: 'the file is empty: a header line is needed' };

/** A CSV file read a record at a time: its header, and its rows (or their problems) in file order. */
export interface CsvStream<K extends string = string> {
  /** The header each column was read from. */
  headerOf: Record<K, string>;
  /** Problems with the header: when there are any, `rows` yields nothing. */
  problems: RowProblem[];
  rows: AsyncIterable<CsvRow<K> | RowProblem>;
}

/**
 * Opens a CSV file to be read a record at a time, never whole: the header is read and mapped
 * onto `columns` at once, the rows as they are iterated. A malformed record ends the rows with
 * a problem saying where.
 */
export async function openCsv<K extends string>(file: string, columns: readonly ColumnSpec<K>[]): Promise<CsvStream<K>> {
  const records = fs.createReadStream(file).pipe(parseStream({ ...PARSE_OPTIONS, bom: true }));
  const it = records[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  let first: IteratorResult<{ record: string[]; info: { lines: number } }>;
  try {
    first = await it.next();
  } catch (err) {
    return { headerOf: {} as Record<K, string>, problems: [notValidCsv(err)], rows: none() };
  }
  if (first.done) return { headerOf: {} as Record<K, string>, problems: [EMPTY], rows: none() };
  const header = mapHeader(first.value.record, columns);
  if (header.problems.length) {
    records.destroy();
    return { headerOf: header.headerOf, problems: header.problems, rows: none() };
  }
  async function* rows(): AsyncGenerator<CsvRow<K> | RowProblem> {
    try {
      for (;;) {
        const next = await it.next();
        if (next.done) return;
        yield rowOf(next.value.record, next.value.info.lines, header, columns);
      }
    } catch (err) {
      yield notValidCsv(err);
    } finally {
      records.destroy();
    }
  }
  return { headerOf: header.headerOf, problems: [], rows: rows() };
}

async function* none(): AsyncGenerator<never> {}
