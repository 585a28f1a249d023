import {
  badUserInput,
  conflict,
  covers,
  isoDate,
  notFound,
  requireId,
  requireOrderedDates,
  requirePastOrToday,
  requirePositive,
  requireText,
  uniqueViolation,
} from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import { CARE_CLIENT_LIMIT } from '../capacity.ts';
import { createLoaders } from '../loaders.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { recordMicroCareHours } from '../hours/record.ts';
import { isStandardCode, QUALITY_FRAMEWORK_STANDARDS } from '../quality-framework.ts';
import { blockers } from '../readiness.ts';
import { readinessFacts } from './MicroCarer.ts';

/** Locks the micro-carer's row for the rest of the transaction, so concurrent changes to one micro-carer queue up. */
async function lockCarer(tx: Prisma.TransactionClient, id: string, field: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM micro_carer WHERE id = ${id}::uuid FOR UPDATE`;
  if (!rows.length) throw notFound('MicroCarer', field, id);
  return (await tx.microCarer.findUnique({ where: { id } }))!;
}

const carerId = (value: string, field: string) => requireId(value, field).toLowerCase();

export const Mutation: MutationResolvers = {
  addMicroCareClient: async (_parent, { input }, ctx) => {
    const microCarerId = carerId(input.microCarerId, 'input.microCarerId');
    const personId = requireId(input.personId, 'input.personId').toLowerCase();
    const hoursPerWeek = requirePositive(input.hoursPerWeek, 'input.hoursPerWeek', 168);
    return ctx.db.$transaction(async (tx) => {
      const carer = await lockCarer(tx, microCarerId, 'input.microCarerId');
      const clients = await tx.microCareClient.findMany({ where: { microCarerId, OR: [{ end: null }, { end: { gte: input.start } }] } });
      if (clients.some((c) => c.personId === personId))
        throw conflict('input.personId', `${carer.businessName} already supports this person`);
      if (input.personalCare) {
        if (!carer.services.includes('PERSONAL_CARE'))
          throw badUserInput('input.personalCare', `${carer.businessName} does not offer personal care`);
        const careClients = clients.filter((c) => c.personalCare).length;
        if (careClients >= CARE_CLIENT_LIMIT) {
          throw conflict(
            'input.personalCare',
            `rule of four: ${carer.businessName} already has ${careClients} care clients from ${isoDate(input.start)}, and a micro-carer not registered with Care Inspectorate Wales may have at most ${CARE_CLIENT_LIMIT}`,
          );
        }
      }
      const committed = clients.filter((c) => covers(c.start, c.end, input.start)).reduce((h, c) => h + c.hoursPerWeek, 0);
      if (committed + hoursPerWeek > carer.hoursAvailablePerWeek) {
        throw conflict(
          'input.hoursPerWeek',
          `${carer.businessName} has ${carer.hoursAvailablePerWeek - committed} of ${carer.hoursAvailablePerWeek} hours a week free`,
        );
      }
      if (input.funding === 'DIRECT_COMMISSIONING') {
        const missing = carer.seeksDirectCommissioning
          ? blockers(await readinessFacts(carer, createLoaders(tx as never)))
          : ['NOT_SEEKING_DIRECT_COMMISSIONING'];
        if (missing.length)
          throw conflict('input.funding', `${carer.businessName} cannot take directly commissioned work yet: ${missing.join(', ')}`);
      }
      return tx.microCareClient.create({
        data: {
          id: randomUUID(),
          microCarerId,
          personId,
          start: input.start,
          funding: input.funding,
          personalCare: input.personalCare,
          hoursPerWeek,
        },
      });
    });
  },

  endMicroCareClient: async (_parent, { id, end }, { db }) => {
    const clientId = requireId(id, 'id').toLowerCase();
    return db.$transaction(async (tx) => {
      const client = await tx.microCareClient.findUnique({ where: { id: clientId } });
      if (!client) throw notFound('MicroCareClient', 'id', id);
      requireOrderedDates(client.start, end, 'end');
      return tx.microCareClient.update({ where: { id: clientId }, data: { end } });
    });
  },

  recordQualityFrameworkStandard: async (_parent, { input }, { db }) => {
    const microCarerId = carerId(input.microCarerId, 'input.microCarerId');
    const code = input.code.trim().toUpperCase();
    if (!isStandardCode(code))
      throw badUserInput(
        'input.code',
        `not a Quality Framework standard; one of ${QUALITY_FRAMEWORK_STANDARDS.map((s) => s.code).join(', ')}`,
      );
    const on = requirePastOrToday(input.on, 'input.on');
    const signedOffBy = input.signedOffBy == null ? null : requireText(input.signedOffBy, 'input.signedOffBy', 200);
    if (input.status === 'MET' && !signedOffBy) throw badUserInput('input.signedOffBy', 'a standard is met only when someone signs it off');
    return db.$transaction(async (tx) => {
      const carer = await lockCarer(tx, microCarerId, 'input.microCarerId');
      const key = { microCarerId_code: { microCarerId, code } };
      if (input.status === 'NOT_STARTED') await tx.qualityFrameworkSubmission.deleteMany({ where: { microCarerId, code } });
      else {
        const met = input.status === 'MET';
        const data = { status: input.status, updatedOn: on, signedOffOn: met ? on : null, signedOffBy: met ? signedOffBy : null };
        await tx.qualityFrameworkSubmission.upsert({ where: key, create: { microCarerId, code, ...data }, update: data });
      }
      return carer;
    });
  },

  recordMovingAndPositioningDay: async (_parent, { input }, { db }) => {
    const microCarerId = carerId(input.microCarerId, 'input.microCarerId');
    if (input.day !== 1 && input.day !== 2) throw badUserInput('input.day', 'the course has two days: 1 or 2');
    const on = requirePastOrToday(input.on, 'input.on');
    const trainer = requireText(input.trainer, 'input.trainer', 200);
    return db.$transaction(async (tx) => {
      const carer = await lockCarer(tx, microCarerId, 'input.microCarerId');
      if (input.day === 2) {
        if (!carer.movingPositioningDay1On) throw conflict('input.day', 'day one of the course is not recorded yet');
        requireOrderedDates(carer.movingPositioningDay1On, on, 'input.on');
      }
      const data =
        input.day === 1
          ? { movingPositioningDay1On: on, movingPositioningTrainer: trainer }
          : { movingPositioningDay2On: on, movingPositioningTrainer: trainer };
      return tx.microCarer.update({ where: { id: microCarerId }, data });
    });
  },

  signDirectCommissioningContract: async (_parent, { input }, ctx) => {
    const microCarerId = carerId(input.microCarerId, 'input.microCarerId');
    const reference = requireText(input.reference, 'input.reference', 50);
    const hourlyRate = requirePositive(input.hourlyRate, 'input.hourlyRate', 100);
    const signedOn = requirePastOrToday(input.signedOn, 'input.signedOn');
    requireOrderedDates(signedOn, input.start, 'input.start');
    try {
      return await ctx.db.$transaction(async (tx) => {
        const carer = await lockCarer(tx, microCarerId, 'input.microCarerId');
        const facts = await readinessFacts(carer, createLoaders(tx as never));
        const missing = blockers(facts).filter(
          (b) => b === 'QUALITY_FRAMEWORK_MINIMUM_STANDARDS_NOT_MET' || b === 'MOVING_AND_POSITIONING_NOT_COMPLETED',
        );
        if (missing.length) throw conflict('input.microCarerId', `${carer.businessName} cannot sign yet: ${missing.join(', ')}`);
        const data = { reference, signedOn, start: input.start, end: null, hourlyRate };
        await tx.directCommissioningContract.upsert({
          where: { microCarerId },
          create: { id: randomUUID(), microCarerId, ...data },
          update: data,
        });
        return carer;
      });
    } catch (err) {
      if (uniqueViolation(err)?.includes('reference'))
        throw conflict('input.reference', `contract reference ${reference} is already in use`);
      throw err;
    }
  },

  recordMicroCareHours: (_parent, { input }, ctx) => recordMicroCareHours(ctx, input),

  agreeContingencyPartner: async (_parent, { microCarerId, partnerId, on }, { db }) => {
    const a = carerId(microCarerId, 'microCarerId');
    const b = carerId(partnerId, 'partnerId');
    if (a === b) throw badUserInput('partnerId', 'a micro-carer cannot be their own contingency partner');
    const agreedOn = requirePastOrToday(on, 'on');
    return db.$transaction(async (tx) => {
      // Lock in id order, so two agreements between the same pair cannot deadlock.
      const [first, second] = a < b ? [a, b] : [b, a];
      const locked = [
        await lockCarer(tx, first, first === a ? 'microCarerId' : 'partnerId'),
        await lockCarer(tx, second, second === a ? 'microCarerId' : 'partnerId'),
      ];
      await tx.contingencyPartnership.createMany({
        data: [
          { microCarerId: a, partnerId: b, agreedOn },
          { microCarerId: b, partnerId: a, agreedOn },
        ],
        skipDuplicates: true,
      });
      return locked.find((c) => c.id === a)!;
    });
  },
};
