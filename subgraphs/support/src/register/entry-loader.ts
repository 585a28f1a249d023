import type { Subject } from '@continuum/access';
import { requestAccessOf } from '@continuum/access';
import { uniqueLoader } from '@continuum/runtime';
import type { Context } from '../context.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { PaContactModel } from '../generated/prisma/models.ts';
import { ENTRY_COLUMNS, entryView, type EntryRow, type EntryView } from './entry.ts';

interface Found {
  row: EntryRow;
  contact: PaContactModel | null;
}

/** Entries with the caller's organisation's latest contact through each: two statements per batch. */
async function load(ctx: Context, column: 'id' | 'personal_assistant_id', ids: readonly string[]): Promise<Found[]> {
  const organisation = requestAccessOf(ctx).caller.organisationCode;
  const rows = await ctx.db.$queryRaw<EntryRow[]>`
    SELECT ${Prisma.raw(ENTRY_COLUMNS)} FROM register_entry e JOIN personal_assistant pa ON pa.id = e.personal_assistant_id
    WHERE e.${Prisma.raw(column)} = ANY(${[...ids]}::uuid[])`;
  const contacts = rows.length
    ? await ctx.db.paContact.findMany({
        where: { registerEntryId: { in: rows.map((r) => r.id) }, requestedByOrganisation: organisation },
        orderBy: [{ requestedAt: 'desc' }, { id: 'asc' }],
      })
    : [];
  return rows.map((row) => ({ row, contact: contacts.find((c) => c.registerEntryId === row.id) ?? null }));
}

function createEntryLoaders(ctx: Context) {
  return {
    byId: uniqueLoader(
      (ids: readonly string[]) => load(ctx, 'id', ids),
      (f) => f.row.id,
    ),
    byPa: uniqueLoader(
      (ids: readonly string[]) => load(ctx, 'personal_assistant_id', ids),
      (f) => f.row.personal_assistant_id,
    ),
  };
}

// One set per request (the context lives as long as the request), made only when an entry is read.
const perRequest = new WeakMap<Context, ReturnType<typeof createEntryLoaders>>();
export function entryLoaders(ctx: Context) {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = createEntryLoaders(ctx)));
  return loaders;
}

export const viewFor = (found: Found | null, readFor: Subject): EntryView | null =>
  found ? entryView(found.row, readFor, found.contact) : null;
