/**
 * Importing a checked PA register in one transaction, each row through registerPersonalAssistant's
 * own matching (register identifier first, then the engine): linked to a PA already on the
 * register, created, or sent to review. Rows whose register reference is already held, or waiting
 * in a review, are left as they are, so a re-run changes nothing. Any failure rolls back the file.
 */
import { defaultPaMatchConfig, type MatchConfig } from '@continuum/identity';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { matchPaSubmission, REGISTER_IDENTIFIER } from '../matching/register.ts';
import type { PaRow } from './rows.ts';

export type PaRowOutcome = 'CREATED' | 'LINKED' | 'SENT_TO_REVIEW' | 'ALREADY_HELD' | 'ALREADY_IN_REVIEW';

export interface ImportedPaRow {
  line: number;
  reference: string;
  outcome: PaRowOutcome;
  personalAssistantId: string | null;
  reviewId: string | null;
  matchedBy: string | null;
}

export interface PaImportSummary {
  rows: ImportedPaRow[];
  counts: Record<PaRowOutcome, number>;
}

/** The support organisation a register belongs to, by id, charity number or exact name. */
export async function findRegisterOrganisation(db: PrismaClient, given: string): Promise<{ id: string; name: string } | null> {
  const byId = /^[0-9a-f-]{36}$/i.test(given) ? await db.supportOrganisation.findUnique({ where: { id: given.toLowerCase() } }) : null;
  const found =
    byId ??
    (await db.supportOrganisation.findFirst({
      where: { OR: [{ charityNumber: given }, { name: { equals: given, mode: 'insensitive' } }] },
    }));
  return found ? { id: found.id, name: found.name } : null;
}

export async function importPaRegister(
  db: PrismaClient,
  rows: PaRow[],
  opts: { progress?: (label: string, done: number, total: number) => void; config?: MatchConfig } = {},
): Promise<PaImportSummary> {
  const config = opts.config ?? defaultPaMatchConfig();
  const started = new Date();
  return db.$transaction(
    async (tx) => {
      const out: ImportedPaRow[] = [];
      const counts: Record<PaRowOutcome, number> = { CREATED: 0, LINKED: 0, SENT_TO_REVIEW: 0, ALREADY_HELD: 0, ALREADY_IN_REVIEW: 0 };
      for (const [i, row] of rows.entries()) {
        const r = await matchPaSubmission(tx, row.submission, config);
        // A re-submission is recognised by the register reference (held) or by the review it already waits in.
        const outcome: PaRowOutcome =
          r.matchedBy === REGISTER_IDENTIFIER
            ? 'ALREADY_HELD'
            : r.outcome === 'SENT_TO_REVIEW' && r.review!.createdAt < started
              ? 'ALREADY_IN_REVIEW'
              : r.outcome;
        counts[outcome]++;
        out.push({
          line: row.line,
          reference: row.submission.registerReference,
          outcome,
          personalAssistantId: r.personalAssistant?.id ?? null,
          reviewId: r.review?.id ?? null,
          matchedBy: outcome === 'LINKED' ? r.matchedBy : null,
        });
        opts.progress?.('matching and writing', i + 1, rows.length);
      }
      return { rows: out, counts };
    },
    // A whole register is matched and written inside the transaction.
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
}
