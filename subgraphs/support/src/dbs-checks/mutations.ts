import { requestAccessOf } from '@continuum/access';
import { badUserInput, conflict, isoDate, notFound, now, requireId } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client.ts';
import type { DbsCheckModel } from '../generated/prisma/models.ts';
import type { MutationResolvers, RecordDbsCheckInput } from '../generated/resolvers-types.ts';
import { requireDayBetween } from './dates.ts';
import { updatePaSummary } from './summary.ts';
import { recordView } from './view.ts';

/** The processing organisation is the caller's own: a council or a support organisation (the access rule admits no other). */
function processorOf(ctx: unknown): { kind: string; code: string; name: string } {
  const { caller } = requestAccessOf(ctx);
  return { kind: caller.organisationKind, code: caller.organisationCode, name: caller.name };
}

/** The columns of a new check, refused field by field before anything is written. */
function newCheck(
  input: RecordDbsCheckInput,
  paId: string,
  processor: ReturnType<typeof processorOf>,
): Prisma.DbsCheckUncheckedCreateInput {
  const requestedByPersonId = input.requestedByPersonId == null ? null : requireId(input.requestedByPersonId, 'input.requestedByPersonId');
  const adults = input.adultsBarredList ?? false;
  const children = input.childrenBarredList ?? false;
  if (input.level !== 'ENHANCED' && (adults || children)) {
    throw badUserInput(adults ? 'input.adultsBarredList' : 'input.childrenBarredList', 'only an enhanced check searches the barred lists');
  }
  const appliedOn = requireDayBetween(input.appliedOn, 'input.appliedOn', null, '');
  const issued = input.certificateIssuedOn ?? null;
  if ((issued === null) !== (input.result == null)) {
    throw badUserInput(
      issued === null ? 'input.certificateIssuedOn' : 'input.result',
      'a certificate is recorded with its day and its result together',
    );
  }
  if (issued) requireDayBetween(issued, 'input.certificateIssuedOn', appliedOn, 'the application');
  const subscribed = input.updateServiceSubscribedOn ?? null;
  if (subscribed && !issued)
    throw badUserInput('input.updateServiceSubscribedOn', 'only an issued certificate can be on the Update Service');
  if (subscribed) requireDayBetween(subscribed, 'input.updateServiceSubscribedOn', issued, 'the certificate');
  return {
    id: randomUUID(),
    personalAssistantId: paId,
    level: input.level,
    adultsBarredList: adults,
    childrenBarredList: children,
    requestedByPersonId,
    appliedOn,
    processedByKind: processor.kind,
    processedByCode: processor.code,
    paidBy: input.paidBy,
    certificateIssuedOn: issued,
    result: input.result ?? null,
    updateServiceSubscribedOn: subscribed,
    recordedBy: processor.name,
  };
}

/** Locks a check (so two writers cannot both record its certificate or decision) and returns it. */
async function lockCheck(tx: Prisma.TransactionClient, id: string, given: string): Promise<DbsCheckModel> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM dbs_check WHERE id = ${id}::uuid FOR UPDATE`;
  if (locked.length === 0) throw notFound('DbsCheck', 'id', given);
  return (await tx.dbsCheck.findUnique({ where: { id } }))!;
}

export const DbsCheckMutation: MutationResolvers = {
  recordDbsCheck: async (_parent, { input }, ctx) => {
    const given = requireId(input.personalAssistantId, 'input.personalAssistantId');
    const processor = processorOf(ctx);
    return ctx.db.$transaction(async (tx) => {
      // A merged PA's id stands for the survivor, who holds the check; the lock orders writers of the summary.
      const [pa] = await tx.$queryRaw<{ id: string }[]>`
        SELECT coalesce(merged_into, id) AS id FROM personal_assistant WHERE id = ${given}::uuid FOR UPDATE`;
      if (!pa) throw notFound('PersonalAssistant', 'input.personalAssistantId', input.personalAssistantId);
      const created = await tx.dbsCheck.create({ data: newCheck(input, pa.id, processor) });
      await updatePaSummary(tx, pa.id, created);
      return recordView(created);
    });
  },

  recordDbsCertificate: async (_parent, { id, issuedOn, result }, ctx) => {
    const checkId = requireId(id, 'id');
    const { name } = processorOf(ctx);
    return ctx.db.$transaction(async (tx) => {
      const check = await lockCheck(tx, checkId, id);
      if (check.certificateIssuedOn)
        throw conflict('id', `the certificate was already recorded, issued on ${isoDate(check.certificateIssuedOn)}`);
      requireDayBetween(issuedOn, 'issuedOn', check.appliedOn, 'the application');
      const updated = await tx.dbsCheck.update({
        where: { id: checkId },
        data: { certificateIssuedOn: issuedOn, result, recordedBy: name, updatedAt: now() },
      });
      await updatePaSummary(tx, updated.personalAssistantId, updated);
      return recordView(updated);
    });
  },

  recordDbsStatusCheck: async (_parent, { id, input }, ctx) => {
    const checkId = requireId(id, 'id');
    const { name } = processorOf(ctx);
    return ctx.db.$transaction(async (tx) => {
      const check = await lockCheck(tx, checkId, id);
      if (!check.certificateIssuedOn) throw conflict('id', 'no certificate has been issued for this check yet');
      let subscribedOn = check.updateServiceSubscribedOn;
      if (input.subscribedOn && subscribedOn && input.subscribedOn.getTime() !== subscribedOn.getTime()) {
        throw badUserInput('input.subscribedOn', `the subscription is already recorded, from ${isoDate(subscribedOn)}`);
      }
      if (!subscribedOn) {
        if (!input.subscribedOn)
          throw badUserInput('input.subscribedOn', 'the certificate is not on the Update Service: give the day the PA subscribed');
        subscribedOn = requireDayBetween(input.subscribedOn, 'input.subscribedOn', check.certificateIssuedOn, 'the certificate');
      }
      requireDayBetween(
        input.checkedOn,
        'input.checkedOn',
        check.lastStatusCheckOn ?? subscribedOn,
        check.lastStatusCheckOn ? 'the last status check' : 'the subscription',
      );
      const updated = await tx.dbsCheck.update({
        where: { id: checkId },
        data: {
          updateServiceSubscribedOn: subscribedOn,
          lastStatusCheckOn: input.checkedOn,
          lastStatusCheckResult: input.result,
          recordedBy: name,
          updatedAt: now(),
        },
      });
      return recordView(updated);
    });
  },

  recordDbsNegativeReturnDecision: async (_parent, { id, input }, ctx) => {
    const checkId = requireId(id, 'id');
    const { name } = processorOf(ctx);
    const discussedWith = [...new Set(input.discussedWith)];
    if (!discussedWith.includes('EMPLOYER') || !discussedWith.includes('APPLICANT')) {
      throw badUserInput('input.discussedWith', 'the employer and the applicant both take part in the discussion');
    }
    return ctx.db.$transaction(async (tx) => {
      const check = await lockCheck(tx, checkId, id);
      if (check.result !== 'INFORMATION_DISCLOSED')
        throw conflict('id', 'only a check that disclosed information has a negative-return decision');
      if (check.decision) throw conflict('id', `a decision was already recorded on ${isoDate(check.decidedOn)}`);
      const held = requireDayBetween(input.discussionHeldOn, 'input.discussionHeldOn', check.certificateIssuedOn, 'the certificate');
      const decidedOn = requireDayBetween(input.decidedOn ?? held, 'input.decidedOn', held, 'the discussion');
      const updated = await tx.dbsCheck.update({
        where: { id: checkId },
        data: { discussionHeldOn: held, discussedWith, decision: input.decision, decidedOn, recordedBy: name, updatedAt: now() },
      });
      return recordView(updated);
    });
  },
};
