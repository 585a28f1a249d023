import { badUserInput } from './errors.ts';
import { isId } from './validate.ts';

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

/** The parts of a Prisma model delegate a queue page needs (typed structurally: any subgraph's client). */
export interface QueueModel<Row> {
  findUnique(args: { where: { id: string }; select: { id: true; createdAt: true } }): PromiseLike<{ id: string; createdAt: Date } | null>;
  findMany(args: { where: object; orderBy: object[]; take: number }): PromiseLike<Row[]>;
  count(args: { where: object }): PromiseLike<number>;
}

/**
 * A page of a work queue (review items), oldest first: the longest waiting at the top. The
 * cursor is a position in (createdAt, id) order, so an item settled since it was handed out
 * still marks the place where the next page starts.
 */
export async function oldestFirstPage<Row extends { id: string }>(
  model: QueueModel<Row>,
  queue: object,
  first: number | null | undefined,
  after: string | null | undefined,
  /** The ids of the items the caller may see (null: all), so the total counts only those. */
  visibleIds: string[] | null = null,
) {
  const size = pageSize(first);
  const afterId = decodeCursor(after);
  const inQueue = visibleIds ? { ...queue, id: { in: visibleIds } } : queue;
  let where = inQueue;
  if (afterId) {
    const mark = isId(afterId) ? await model.findUnique({ where: { id: afterId }, select: { id: true, createdAt: true } }) : null;
    if (!mark) throw badUserInput('after', 'the cursor names an item no longer held');
    where = { ...inQueue, OR: [{ createdAt: { gt: mark.createdAt } }, { createdAt: mark.createdAt, id: { gt: mark.id } }] };
  }
  const [rows, total] = await Promise.all([
    model.findMany({ where, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: size + 1 }),
    model.count({ where: inQueue }),
  ]);
  return connection(rows, size, total);
}
