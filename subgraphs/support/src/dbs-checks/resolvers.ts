import type { DbsCheckModel, PersonalAssistantModel } from '../generated/prisma/models.ts';
import type {
  DbsCheckResolvers,
  DbsDecision,
  DbsDiscussionParticipant,
  DbsLevel,
  DbsNegativeReturnDecisionResolvers,
  DbsPayer,
  DbsProcessorKind,
  DbsProcessorResolvers,
  DbsResult,
  DbsStatus,
  DbsStatusCheckResult,
  DbsUpdateServiceResolvers,
  PersonalAssistantResolvers,
} from '../generated/resolvers-types.ts';
import type { Context } from '../context.ts';
import { dbsCheckIsCurrent } from '../dbs.ts';
import { dbsNeed, dbsSufficiency } from './sufficiency.ts';
import { newestFirst, recordView, summaryView } from './view.ts';

/** Every check a PA holds, their own and those of PA records merged into them, newest first. */
export async function checksOf(pa: PersonalAssistantModel, { loaders }: Context): Promise<DbsCheckModel[]> {
  const former = (await loaders.formerPaIds.load(pa.id)).map((p) => p.id);
  const lists = await Promise.all([pa.id, ...former].map((id) => loaders.dbsChecksByPersonalAssistant.load(id)));
  return lists.flat().sort(newestFirst);
}

/** The PA's DBS fields: the summary with its record, every check, and whether one can be relied on. */
export const PersonalAssistantDbs: Pick<PersonalAssistantResolvers, 'dbsCheck' | 'dbsChecks' | 'dbsSufficientFor'> = {
  dbsCheck: async (pa, _args, ctx) => summaryView(pa, await checksOf(pa, ctx)),
  dbsChecks: async (pa, _args, ctx) => (await checksOf(pa, ctx)).map(recordView),
  dbsSufficientFor: async (pa, { role, household }, ctx) => dbsSufficiency(await checksOf(pa, ctx), dbsNeed(role, household)),
};

export const DbsCheck: DbsCheckResolvers = {
  status: (v) => v.status as DbsStatus,
  checkedOn: (v) => v.checkedOn,
  current: (v) => dbsCheckIsCurrent(v.status, v.checkedOn),
  id: (v) => v.record?.id ?? null,
  level: (v) => (v.record?.level as DbsLevel | undefined) ?? null,
  adultsBarredList: (v) => v.record?.adultsBarredList ?? null,
  childrenBarredList: (v) => v.record?.childrenBarredList ?? null,
  appliedOn: (v) => v.record?.appliedOn ?? null,
  requestedBy: (v) => (v.record?.requestedByPersonId ? { id: v.record.requestedByPersonId } : null),
  processedBy: (v) => v.record,
  paidBy: (v) => (v.record?.paidBy as DbsPayer | undefined) ?? null,
  result: (v) => (v.record?.result as DbsResult | null | undefined) ?? null,
  updateService: (v) => (v.record?.updateServiceSubscribedOn ? v.record : null),
  negativeReturnDecision: (v) => (v.record?.decision ? v.record : null),
  personalAssistant: async (v, _args, { loaders }) => (await loaders.personalAssistant.load(v.paId))!,
};

export const DbsProcessor: DbsProcessorResolvers = {
  kind: (c) => c.processedByKind as DbsProcessorKind,
  organisationCode: (c) => c.processedByCode,
};

export const DbsUpdateService: DbsUpdateServiceResolvers = {
  subscribedOn: (c) => c.updateServiceSubscribedOn!,
  lastStatusCheckOn: (c) => c.lastStatusCheckOn,
  lastStatusCheckResult: (c) => c.lastStatusCheckResult as DbsStatusCheckResult | null,
};

export const DbsNegativeReturnDecision: DbsNegativeReturnDecisionResolvers = {
  discussionHeldOn: (c) => c.discussionHeldOn!,
  discussedWith: (c) => c.discussedWith as DbsDiscussionParticipant[],
  decision: (c) => c.decision as DbsDecision,
  decidedOn: (c) => c.decidedOn!,
};
