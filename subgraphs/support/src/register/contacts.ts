import { randomUUID } from 'node:crypto';
import { conflict, notFound, now, requireText, type Caller } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';

/** A professional asks to contact a findable PA for a person; the PA is asked, nothing more is opened yet. */
export async function requestContact(db: PrismaClient, caller: Caller, entryId: string, forPersonId: string, message: string) {
  const text = requireText(message, 'message', 1000);
  const entry = await db.registerEntry.findUnique({ where: { id: entryId }, select: { findable: true, personalAssistantId: true } });
  if (!entry?.findable) throw notFound('RegisterEntry', 'entryId', entryId);
  return db.paContact.create({
    data: {
      id: randomUUID(),
      registerEntryId: entryId,
      personalAssistantId: entry.personalAssistantId,
      forPersonId,
      requestedBy: `${caller.name} (${caller.userId})`,
      requestedByOrganisation: caller.organisationCode,
      message: text,
      requestedAt: now(),
    },
  });
}

/** The PA's answer; a contact is answered once. */
export async function answerContact(db: PrismaClient, id: string, accept: boolean) {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM pa_contact WHERE id = ${id}::uuid FOR UPDATE`;
    if (locked.length === 0) throw notFound('PaContact', 'id', id);
    if (locked[0].status !== 'PENDING') throw conflict('id', `the contact was already ${locked[0].status.toLowerCase()}`);
    return tx.paContact.update({ where: { id }, data: { status: accept ? 'ACCEPTED' : 'DECLINED', answeredAt: now() } });
  });
}
