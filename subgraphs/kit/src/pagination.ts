import { badUserInput } from './errors.ts';

export const MAX_PAGE_SIZE = 100;

/** Checks `first` (1..100). */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) throw badUserInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  return n;
}

/** Opaque cursors wrap the id of the last row of a page. */
export function encodeCursor(id: string): string {
  return Buffer.from(`c:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith('c:') || raw.length < 3) throw badUserInput('after', 'not a cursor returned by this API');
  return raw.slice(2);
}

/** Builds a connection from one extra row fetched beyond the page to tell if more follow. */
export function connection<T extends { id: string }>(rows: T[], size: number, totalCount: number) {
  const page = rows.slice(0, size);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null },
    totalCount,
  };
}
