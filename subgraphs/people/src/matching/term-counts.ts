/**
 * The people's term counts (person_term_count): every person row counts once, retired ones
 * included (their names are still matched through their survivor). Written by whatever creates
 * or removes a person; read for the frequencies of the values a registration or import carries.
 */
import { countTerms, loadTermFrequencies, recountTerms, type IdentityRecord, type TermFrequencies } from '@continuum/identity';
import type { Tx } from './tx.ts';

const TABLE = 'person_term_count';

type Store = Parameters<typeof countTerms>[0];

/** Counts these people in (sign 1) or out (sign −1). */
export const countPeople = (db: Store, people: Iterable<IdentityRecord>, sign: 1 | -1 = 1): Promise<void> =>
  countTerms(db, TABLE, people, sign);

/** Counts every person afresh (in a transaction: see recountTerms). */
export const recountPeople = (tx: Tx, batches: AsyncIterable<readonly IdentityRecord[]>): Promise<void> => recountTerms(tx, TABLE, batches);

/** How common the names and dates of birth of these identities are among the people held. */
export const peopleFrequencies = (tx: Tx, identities: Iterable<IdentityRecord>): Promise<TermFrequencies> =>
  loadTermFrequencies(tx, TABLE, identities);
