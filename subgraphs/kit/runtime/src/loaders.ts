import DataLoader from 'dataloader';
import { inSpan } from './tracing.ts';

/**
 * One batch as a span when tracing is on: the loader's name (see nameLoaders) and how many keys,
 * never the keys themselves (an id can be an NHS number).
 */
function traced<Key, Value>(kind: string, loader: () => DataLoader<Key, Value>, batch: (keys: readonly Key[]) => Promise<Value[]>) {
  return (keys: readonly Key[]) => {
    const name = loader().name ?? kind;
    return inSpan(
      `dataloader ${name}`,
      { 'continuum.loader': name, 'continuum.loader.kind': kind, 'continuum.loader.keys': keys.length },
      () => batch(keys),
    );
  };
}

/** Names each DataLoader in a request's loaders by its key, so its batches' spans say which it is. */
export function nameLoaders(loaders: object): void {
  for (const [key, value] of Object.entries(loaders)) if (value instanceof DataLoader && !value.name) value.name = key;
}

/**
 * DataLoader for rows looked up by a unique key: one query per tick, answers in key order,
 * null for keys with no row.
 */
export function uniqueLoader<Row, Key extends string = string>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  const loader: DataLoader<Key, Row | null> = new DataLoader<Key, Row | null>(
    traced(
      'unique',
      () => loader,
      async (keys) => {
        const rows = await fetch(keys);
        const byKey = new Map(rows.map((r) => [keyOf(r), r]));
        return keys.map((k) => byKey.get(k) ?? null);
      },
    ),
  );
  return loader;
}

/** DataLoader for the rows that belong to each key (e.g. a person's episodes), in fetch order. */
export function groupLoader<Row, Key extends string = string>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  const loader: DataLoader<Key, Row[]> = new DataLoader<Key, Row[]>(
    traced(
      'group',
      () => loader,
      async (keys) => {
        const rows = await fetch(keys);
        const groups = new Map<Key, Row[]>(keys.map((k) => [k, []]));
        for (const r of rows) groups.get(keyOf(r))?.push(r);
        return keys.map((k) => groups.get(k) ?? []);
      },
    ),
  );
  return loader;
}
