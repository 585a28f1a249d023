import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';

const include = {
  council: true,
  items: true,
  returns: { include: { uptake: true }, orderBy: { quarter: 'desc' } },
  complaints: { orderBy: [{ receivedOn: 'desc' }, { id: 'asc' }] },
} as const satisfies Prisma.SupportContractInclude;

type Loaded = Prisma.SupportContractGetPayload<{ include: typeof include }>;

/** A contract with its council's GSS code (who may see it is decided by it and the provider), menu, returns and complaints. */
export type ContractView = Loaded & { councilGssCode: string };
/** A return, with the requirement it is measured against. */
export type ReturnView = Loaded['returns'][number] & { peerSessionsPerQuarter: number };

type Db = PrismaClient | Prisma.TransactionClient;

export async function loadContracts(db: Db, where: Prisma.SupportContractWhereInput): Promise<ContractView[]> {
  const rows = await db.supportContract.findMany({ where, include, orderBy: [{ startsOn: 'desc' }, { id: 'asc' }] });
  return rows.map((r) => ({ ...r, councilGssCode: r.council.gssCode }));
}

export async function loadContract(db: Db, id: string): Promise<ContractView | null> {
  const [contract] = await loadContracts(db, { id });
  return contract ?? null;
}
