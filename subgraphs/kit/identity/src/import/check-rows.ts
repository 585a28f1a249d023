/**
 * Checking every row of an agency's file with the registration's own validation: each error
 * becomes a problem on the row's line and in the file's own column, and a second row with an
 * identifier already seen is refused. Nothing is written here.
 */
import type { CsvRead } from './csv.ts';
import { rowProblem, type RowProblem } from './problems.ts';

export interface CheckedRow<T> {
  line: number;
  submission: T;
}

export function checkRows<K extends string, T>(
  csv: CsvRead<K>,
  opts: {
    /** Builds and validates a row's submission, throwing the kit's input errors. */
    build(values: Record<K, string>): T;
    /** The input field a validation error names, back to the column it came from. */
    columnOfField: Record<string, K>;
    /** The agency's own identifier of the row, which must not repeat, and its column. */
    idOf(submission: T): string;
    idColumn: K;
    /** "client", "PA": what one row stands for. */
    oneRowPer: string;
  },
): { rows: CheckedRow<T>[]; problems: RowProblem[] } {
  const problems = [...csv.problems];
  const columnOf = (field: string) => {
    const key = opts.columnOfField[field];
    return key ? (csv.headerOf[key] ?? null) : null;
  };
  const rows: CheckedRow<T>[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, values } of csv.rows) {
    try {
      const submission = opts.build(values);
      const id = opts.idOf(submission);
      const first = firstLineOf.get(id);
      if (first !== undefined) {
        problems.push({
          line,
          field: csv.headerOf[opts.idColumn],
          reason: `${id} is also on line ${first}: one row per ${opts.oneRowPer}`,
        });
        continue;
      }
      firstLineOf.set(id, line);
      rows.push({ line, submission });
    } catch (err) {
      problems.push(rowProblem(err, line, columnOf));
    }
  }
  return { rows, problems };
}
