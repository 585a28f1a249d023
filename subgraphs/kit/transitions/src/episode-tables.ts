/** The columns every funding-episode table has for the transitions that open and end it. */
export interface EpisodeRow {
  start: Date;
  end: Date | null;
  endedByTransitionId: string | null;
}

/** What ending an episode for a transition writes; endBeforeTransition is what an undo restores. */
export interface EpisodeEnding {
  end: Date;
  endedByTransitionId: string;
  endBeforeTransition: Date | null;
}

/** The Prisma delegate for one episode table, as far as the transition steps use it. */
export interface EpisodeTable<Row> {
  findUnique(args: { where: { id: string } | { openedByTransitionId: string } }): PromiseLike<Row | null>;
  update(args: { where: { id: string }; data: EpisodeEnding }): PromiseLike<Row>;
}

/** A subgraph's episode tables: the delegates in the order they are searched, and for raw SQL their names and end column. */
export interface EpisodeTables<Client, Row> {
  delegates(client: Client): EpisodeTable<Row>[];
  names: readonly string[];
  endColumn: string;
}

/** The episode a transition opened (at most one: the column is UNIQUE), from whichever table holds it. */
export async function findOpenedBy<Row>(delegates: EpisodeTable<Row>[], transitionId: string): Promise<Row | null> {
  for (const table of delegates) {
    const row = await table.findUnique({ where: { openedByTransitionId: transitionId } });
    if (row) return row;
  }
  return null;
}

/** An episode by id with the delegate of the table it is in, so it can be written back there. */
export async function findEpisodeById<Row>(
  delegates: EpisodeTable<Row>[],
  id: string,
): Promise<{ row: Row; table: EpisodeTable<Row> } | null> {
  for (const table of delegates) {
    const row = await table.findUnique({ where: { id } });
    if (row) return { row, table };
  }
  return null;
}
