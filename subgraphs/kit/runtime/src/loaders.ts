import DataLoader from 'dataloader';

/**
 * DataLoader for rows looked up by a unique key: one query per tick, answers in key order,
 * null for keys with no row.
 */
export function uniqueLoader<Row, Key extends string = string>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  return new DataLoader<Key, Row | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** DataLoader for the rows that belong to each key (e.g. a person's episodes), in fetch order. */
export function groupLoader<Row, Key extends string = string>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  return new DataLoader<Key, Row[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<Key, Row[]>(keys.map((k) => [k, []]));
    for (const r of rows) groups.get(keyOf(r))?.push(r);
    return keys.map((k) => groups.get(k) ?? []);
  });
}
