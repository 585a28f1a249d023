/** A problem with one row of an import: where it is and why it cannot be taken. */
export interface RowProblem {
  line: number;
  /** The column (in the file's own words), or null when the row as a whole is at fault. */
  field: string | null;
  reason: string;
}

/**
 * A validation error thrown while reading a row (the kit's badUserInput and friends carry
 * extensions.field and extensions.reason) as a row problem. `columnOf` maps an input field
 * ("input.dateOfBirth") back to the file's header; anything else is rethrown.
 */
export function rowProblem(err: unknown, line: number, columnOf: (field: string) => string | null): RowProblem {
  const ext = (err as { extensions?: { field?: unknown; reason?: unknown } }).extensions;
  if (!ext || typeof ext.reason !== 'string') throw err;
  const field = typeof ext.field === 'string' ? (columnOf(ext.field) ?? ext.field) : null;
  return { line, field, reason: ext.reason };
}

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Rows as CSV text with a header, for report files an agency can open beside its own. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((r) => r.map((v) => quote(v === null ? '' : String(v))).join(',')).join('\n') + '\n';
}
