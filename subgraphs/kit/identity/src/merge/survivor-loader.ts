/** A merge chain is short (a survivor is rarely merged again); this bounds a bad one. */
export const MAX_MERGE_HOPS = 10;

/**
 * A record by any id it has been known by: a retired (merged) id answers with the survivor.
 * `rows` loads rows by id (batched); each hop along merges is one more batched load, however
 * many records are asked for.
 */
export function survivorLoader<Row extends { mergedInto: string | null }>(rows: { load(id: string): Promise<Row | null> }) {
  const load = async (id: string): Promise<Row | null> => {
    let row = await rows.load(id);
    for (let hops = 0; row?.mergedInto && hops < MAX_MERGE_HOPS; hops++) row = await rows.load(row.mergedInto);
    return row;
  };
  return { load, loadMany: (ids: readonly string[]) => Promise.all(ids.map(load)) };
}
