/**
 * Recording a micro-carer's hours return: hours of one kind delivered to a client on one day.
 * The day must fall within the client's support and not in the future; personal care only for a
 * client who receives it; hours to the quarter hour. A second entry for the same client, day and
 * kind is refused rather than added to, so a return entered twice does not count twice.
 */
import {
  badUserInput,
  conflict,
  covers,
  isoDate,
  notFound,
  requireId,
  requirePastOrToday,
  requirePositive,
  uniqueViolation,
} from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { Context } from '../context.ts';
import type { RecordMicroCareHoursInput } from '../generated/resolvers-types.ts';
import type { HoursView } from './view.ts';

const QUARTER_HOUR = 0.25;

export async function recordMicroCareHours({ db }: Context, input: RecordMicroCareHoursInput): Promise<HoursView> {
  const clientId = requireId(input.clientId, 'input.clientId').toLowerCase();
  const deliveredOn = requirePastOrToday(input.deliveredOn, 'input.deliveredOn');
  const hours = requirePositive(input.hours, 'input.hours', 24);
  if (Math.abs(hours / QUARTER_HOUR - Math.round(hours / QUARTER_HOUR)) > 1e-9)
    throw badUserInput('input.hours', 'hours are recorded to the quarter hour (e.g. 1.25)');
  return db.$transaction(async (tx) => {
    const client = await tx.microCareClient.findUnique({ where: { id: clientId } });
    if (!client) throw notFound('MicroCareClient', 'input.clientId', input.clientId);
    if (!covers(client.start, client.end, deliveredOn))
      throw badUserInput(
        'input.deliveredOn',
        `${isoDate(deliveredOn)} is outside the client's support (${isoDate(client.start)} to ${client.end ? isoDate(client.end) : 'now'})`,
      );
    if (input.category === 'PERSONAL_CARE' && !client.personalCare)
      throw badUserInput('input.category', 'this client does not receive personal care from the micro-carer');
    try {
      const row = await tx.microCareHours.create({
        data: { id: randomUUID(), clientId, deliveredOn, category: input.category, hours },
      });
      return { ...row, personId: client.personId };
    } catch (err) {
      if (uniqueViolation(err) !== null)
        throw conflict(
          'input.deliveredOn',
          `${input.category.toLowerCase().replace('_', ' ')} hours for ${isoDate(deliveredOn)} are already recorded for this client`,
        );
      throw err;
    }
  });
}
