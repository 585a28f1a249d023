import { covers, isId, today } from '@continuum/runtime';
import { capacity } from '../capacity.ts';
import type { Context } from '../context.ts';
import type { Loaders } from '../loaders.ts';
import type { MicroCarer as MicroCarerRow } from '../generated/prisma/client.ts';
import type { MicroCarerResolvers, MicroCareService } from '../generated/resolvers-types.ts';
import { qualityFrameworkProgress } from '../quality-framework.ts';
import { blockers, contractActive, stage, type ReadinessFacts } from '../readiness.ts';

/**
 * The facts readiness is decided on, from DataLoaders (batched across micro-carers). Mutations
 * pass loaders on their transaction, so what they write is not hidden by the request's cache.
 */
export async function readinessFacts(carer: MicroCarerRow, loaders: Loaders): Promise<ReadinessFacts> {
  const [submissions, contract, partners] = await Promise.all([
    loaders.submissions.load(carer.id),
    loaders.contract.load(carer.id),
    loaders.partnerships.load(carer.id),
  ]);
  return {
    seeksDirectCommissioning: carer.seeksDirectCommissioning,
    minimumStandardsMet: qualityFrameworkProgress(submissions).minimumStandardsMet,
    courseCompleted: carer.movingPositioningDay2On !== null,
    hasActiveContract: contractActive(contract, today()),
    contingencyPartners: partners.length,
  };
}

export async function currentClients(carer: MicroCarerRow, { loaders }: Context) {
  const day = today();
  return (await loaders.clientsByCarer.load(carer.id)).filter((c) => covers(c.start, c.end, day));
}

export const MicroCarer: MicroCarerResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.microCarer.load(ref.id.toLowerCase()) : null),
  personalAssistant: (carer) => (carer.personalAssistantId ? { id: carer.personalAssistantId } : null),
  services: (carer) => carer.services as MicroCareService[],
  qualityFramework: async (carer, _args, { loaders }) => qualityFrameworkProgress(await loaders.submissions.load(carer.id)),
  movingAndPositioning: (carer) => ({
    dayOneOn: carer.movingPositioningDay1On,
    dayTwoOn: carer.movingPositioningDay2On,
    completed: carer.movingPositioningDay2On !== null,
    trainer: carer.movingPositioningTrainer,
  }),
  contract: (carer, _args, { loaders }) => loaders.contract.load(carer.id),
  contingencyPartners: async (carer, _args, { loaders }) => {
    const partners = await loaders.microCarer.loadMany((await loaders.partnerships.load(carer.id)).map((p) => p.partnerId));
    return partners.filter((p): p is MicroCarerRow => !!p && !(p instanceof Error));
  },
  capacity: async (carer, _args, ctx) => capacity(carer, await currentClients(carer, ctx)),
  clients: async (carer, { includeEnded }, ctx) => (includeEnded ? ctx.loaders.clientsByCarer.load(carer.id) : currentClients(carer, ctx)),
  stage: async (carer, _args, ctx) => stage(await readinessFacts(carer, ctx.loaders)),
  blockers: async (carer, _args, ctx) => (carer.seeksDirectCommissioning ? blockers(await readinessFacts(carer, ctx.loaders)) : []),
};
