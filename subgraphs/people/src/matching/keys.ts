import { blockingKeys, type IdentityRecord } from '@continuum/identity';
import { lockNames } from '@continuum/runtime';
import type { Tx } from './tx.ts';

/** An NHS number is always a key of its own, whatever keys the engine derives. */
const nhsKey = (nhsNumber: string) => `nhs:${nhsNumber}`;

/** The keys an identity is found by: the engine's blocking keys plus its NHS number. */
export function matchKeys(identity: IdentityRecord): string[] {
  const keys = new Set(blockingKeys(identity));
  if (identity.nhsNumber) keys.add(nhsKey(identity.nhsNumber));
  return [...keys].sort();
}

/** Records a person's keys, so later registrations find them as a candidate. */
export async function writeMatchKeys(tx: Tx, personId: string, identity: IdentityRecord): Promise<void> {
  await tx.personMatchKey.createMany({ data: matchKeys(identity).map((key) => ({ personId, key })), skipDuplicates: true });
}

/** Two registrations that could match each other run one after the other: the second sees the first's person as a candidate. */
export const lockMatchKeys = (tx: Tx, keys: string[]) => lockNames(tx, keys);

/** Everyone sharing any of the keys: one query. */
export function candidatesByKeys(tx: Tx, keys: string[]) {
  return tx.person.findMany({ where: { matchKeys: { some: { key: { in: keys } } } }, orderBy: { id: 'asc' } });
}
