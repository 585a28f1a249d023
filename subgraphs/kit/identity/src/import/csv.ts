/**
 * Reading an agency's CSV export: columns found by their header (agencies name them in many
 * ways), each record with the line it starts on, so every problem can be reported by line.
 */
import { parse } from 'csv-parse/sync';
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

/**
 * Parses the file and maps its headers onto `columns`. A missing required column, a header
 * that two columns claim, a malformed record or a record with the wrong number of fields is a
 * problem of its own; records are returned only when the file as a whole can be read.
 */
export function readCsv<K extends string>(text: string, columns: readonly ColumnSpec<K>[]): CsvRead<K> {
  const problems: RowProblem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as never;
  } catch (err) {
    const e = err as { message: string; lines?: number };
    return {
      rows: [],
      headerOf: {} as Record<K, string>,
      problems: [{ line: e.lines ?? 1, field: null, reason: `the file is not valid CSV: ${e.message}` }],
    };
  }
  const [header, ...body] = records;
  if (!header)
    return {
      rows: [],
      headerOf: {} as Record<K, string>,
      problems: [{ line: 1, field: null, reason: 'the file is empty: a header line is needed' }],
    };

  const position = new Map<K, number>();
  const headerOf = {} as Record<K, string>;
  header.record.forEach((name, i) => {
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
  if (problems.length) return { rows: [], headerOf, problems };

  const rows: CsvRow<K>[] = [];
  for (const { record, info } of body) {
    // info.lines is where the record ends; quoted fields may span lines.
    const line = info.lines - record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== header.record.length) {
      problems.push({ line, field: null, reason: `has ${record.length} fields where the header has ${header.record.length}` });
      continue;
    }
    const values = {} as Record<K, string>;
    for (const c of columns) values[c.key] = position.has(c.key) ? record[position.get(c.key)!]! : '';
    rows.push({ line, values });
  }
  return { rows, headerOf, problems };
}
