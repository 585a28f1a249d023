/**
 * Checking every row of an agency's file with the registration's own validation: each error
 * becomes a problem on the row's line and in the file's own column, and a second row with an
 * identifier already seen is refused. Nothing is written here.
 */
import type { CsvRead, CsvRow } from './csv.ts';
import { rowProblem, type RowProblem } from './problems.ts';

export interface CheckedRow<T> {
  line: number;
  submission: T;
}

export interface RowCheckOptions<K extends string, T> {
  /** Builds and validates a row's submission, throwing the kit's input errors. */
  build(values: Record<K, string>): T;
  /** The input field a validation error names, back to the column it came from. */
  columnOfField: Record<string, K>;
  /** The agency's own identifier of the row, which must not repeat, and its column. */
  idOf(submission: T): string;
  idColumn: K;
  /** "client", "PA": what one row stands for. */
  oneRowPer: string;
}

/**
 * A checker for the rows of one file, taken in file order: each row's submission, or its
 * problem. It remembers the identifiers it has seen (only those), so a file can be checked as
 * it streams past without holding its rows.
 */
export function rowChecker<K extends string, T>(
  headerOf: Record<K, string>,
  opts: RowCheckOptions<K, T>,
): (row: CsvRow<K>) => CheckedRow<T> | RowProblem {
  const columnOf = (field: string) => {
    const key = opts.columnOfField[field];
    return key ? (headerOf[key] ?? null) : null;
  };
  const firstLineOf = new Map<string, number>();
  return ({ line, values }) => {
    try {
      const submission = opts.build(values);
      const id = opts.idOf(submission);
      const first = firstLineOf.get(id);
      if (first !== undefined) {
        return { line, field: headerOf[opts.idColumn], reason: `${id} is also on line ${first}: one row per ${opts.oneRowPer}` };
      }
      firstLineOf.set(id, line);
      return { line, submission };
    } catch (err) {
      return rowProblem(err, line, columnOf);
    }
  };
}

export function checkRows<K extends string, T>(
  csv: CsvRead<K>,
  opts: RowCheckOptions<K, T>,
): { rows: CheckedRow<T>[]; problems: RowProblem[] } {
  const problems = [...csv.problems];
  const check = rowChecker(csv.headerOf, opts);
  const rows: CheckedRow<T>[] = [];
  for (const row of csv.rows) {
    const checked = check(row);
    if ('submission' in checked) rows.push(checked);
    else problems.push(checked);
  }
  return { rows, problems };
}
