import { randomUUID } from 'node:crypto';
import { badUserInput, notFound, now, requirePastOrToday, today, type Caller } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { RegisterEntryInput } from '../generated/resolvers-types.ts';
import { languageName } from './need.ts';
import { slotMask, type Slot } from './slots.ts';

/** The entry's columns from what the PA chose to share (anything left out stays unshared: null). */
function entryFields(input: RegisterEntryInput, paServices: string[]) {
  if (input.availability.length === 0) throw badUserInput('input.availability', 'give at least one day and part of the day the PA is free');
  const hours = input.hoursPerWeek ?? null;
  if (hours !== null && (!Number.isFinite(hours) || hours <= 0))
    throw badUserInput('input.hoursPerWeek', 'must be more than 0 hours a week');
  if (hours !== null && hours > 168) throw badUserInput('input.hoursPerWeek', 'a week has 168 hours');
  const travel = input.maxTravelMiles ?? null;
  if (travel !== null && (!Number.isFinite(travel) || travel < 0)) throw badUserInput('input.maxTravelMiles', 'must be 0 miles or more');
  if (travel !== null && travel > 999) throw badUserInput('input.maxTravelMiles', 'must be at most 999 miles');
  const languages = input.languages?.map(languageName) ?? null;
  if (languages?.some((l) => l.length === 0 || l.length > 40)) throw badUserInput('input.languages', 'a language is 1 to 40 characters');
  const unique = <T>(v: T[] | null | undefined) => (v == null ? null : [...new Set(v)]);
  return {
    services: unique(input.services) ?? paServices,
    languages: unique(languages),
    gender: input.gender ?? null,
    slotMask: slotMask(input.availability as Slot[]),
    shortNotice: input.shortNotice ?? false,
    hoursPerWeek: hours,
    shareDbs: input.shareDbs ?? false,
    training: unique(input.training),
    careCertificate: input.careCertificate ?? null,
    careGroups: unique(input.careGroups),
    drives: input.drives ?? null,
    publicTransport: input.publicTransport ?? null,
    maxTravelMiles: travel,
  };
}

/**
 * Publishes (or replaces) a PA's entry. The PA consents by publishing it themselves; a register
 * publishing on their behalf records the day they agreed. The entry's district is the PA's own.
 */
export async function publishEntry(db: PrismaClient, caller: Caller, personalAssistantId: string, input: RegisterEntryInput) {
  const own = caller.role === 'PERSONAL_ASSISTANT';
  if (!own && !input.consentGivenOn)
    throw badUserInput('input.consentGivenOn', 'a register publishes an entry only with the PA’s consent: give the day they agreed');
  const consentGivenOn = input.consentGivenOn ? requirePastOrToday(input.consentGivenOn, 'input.consentGivenOn') : today();
  return db.$transaction(async (tx) => {
    const pa = await tx.personalAssistant.findUnique({ where: { id: personalAssistantId } });
    if (!pa || pa.mergedInto) throw notFound('PersonalAssistant', 'personalAssistantId', personalAssistantId);
    const f = entryFields(input, pa.services);
    const publishedBy = `${caller.name} (${caller.userId})`;
    // Raw SQL: a list left out is stored as NULL (not shared), which Prisma's lists cannot say.
    await tx.$executeRaw`
      INSERT INTO register_entry (id, personal_assistant_id, findable, postcode_district, services, languages, gender, slot_mask,
        short_notice, hours_per_week, share_dbs, training, care_certificate, care_groups, drives, public_transport, max_travel_miles,
        consent_given_on, published_by, updated_at)
      VALUES (${randomUUID()}::uuid, ${personalAssistantId}::uuid, true, ${pa.postcodeDistrict}, ${f.services}::text[], ${f.languages}::text[],
        ${f.gender}, ${f.slotMask}::int8, ${f.shortNotice}, ${f.hoursPerWeek}::numeric, ${f.shareDbs}, ${f.training}::text[],
        ${f.careCertificate}, ${f.careGroups}::text[], ${f.drives}::boolean, ${f.publicTransport}::boolean, ${f.maxTravelMiles}::numeric,
        ${consentGivenOn}::date, ${publishedBy}, ${now()})
      ON CONFLICT (personal_assistant_id) DO UPDATE SET findable = true, postcode_district = EXCLUDED.postcode_district,
        services = EXCLUDED.services, languages = EXCLUDED.languages, gender = EXCLUDED.gender, slot_mask = EXCLUDED.slot_mask,
        short_notice = EXCLUDED.short_notice, hours_per_week = EXCLUDED.hours_per_week, share_dbs = EXCLUDED.share_dbs,
        training = EXCLUDED.training, care_certificate = EXCLUDED.care_certificate, care_groups = EXCLUDED.care_groups,
        drives = EXCLUDED.drives, public_transport = EXCLUDED.public_transport, max_travel_miles = EXCLUDED.max_travel_miles,
        consent_given_on = EXCLUDED.consent_given_on, published_by = EXCLUDED.published_by, updated_at = EXCLUDED.updated_at`;
  });
}

export async function withdrawEntry(db: PrismaClient, personalAssistantId: string) {
  const { count } = await db.registerEntry.updateMany({ where: { personalAssistantId }, data: { findable: false } });
  if (count === 0) throw notFound('RegisterEntry', 'personalAssistantId', personalAssistantId);
}
