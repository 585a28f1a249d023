/**
 * Findable PAs on the register by postcode district and by what they offer (dashboard D6):
 * languages, training (health-task competences among them), short-notice cover and waking
 * nights, counted in SQL so a national-size register sends one row per district and skill.
 */
import type { PrismaClient } from '../generated/prisma/client.ts';
import { DAYS, slotMask } from '../register/slots.ts';

/** Every day's waking-night slot: a PA or a vacancy with any of them offers (or asks for) waking nights. */
export const WAKING_NIGHTS = slotMask(DAYS.map((day) => ({ day, period: 'WAKING_NIGHT' as const })));

export const SHORT_NOTICE = 'SHORT_NOTICE';
export const WAKING_NIGHT = 'WAKING_NIGHT';

export interface SkillCount {
  district: string;
  skill: string;
  findable: number;
}

const words = (v: string) => v.toLowerCase().replace(/_/g, ' ');

/** "Speaks BSL", "Trained in moving and positioning", "Covers at short notice", "Works waking nights". */
export function skillLabel(key: string): string {
  if (key === SHORT_NOTICE) return 'Covers at short notice';
  if (key === WAKING_NIGHT) return 'Works waking nights';
  const [kind, value] = key.split(':') as [string, string];
  return kind === 'LANGUAGE' ? `Speaks ${value}` : `Trained in ${words(value)}`;
}

/** Findable PAs (live records, not merged away) by district and skill; a PA offering several skills counts in each. */
export function findableSkillsByDistrict(db: PrismaClient): Promise<SkillCount[]> {
  return db.$queryRaw<SkillCount[]>`
    SELECT e.postcode_district AS district, k.skill, count(*)::int AS findable
    FROM register_entry e
    JOIN personal_assistant pa ON pa.id = e.personal_assistant_id AND pa.merged_into IS NULL
    CROSS JOIN LATERAL (
      SELECT DISTINCT 'LANGUAGE:' || l FROM unnest(coalesce(e.languages, '{}')) l
      UNION ALL SELECT DISTINCT 'TRAINING:' || t FROM unnest(coalesce(e.training, '{}')) t
      UNION ALL SELECT ${SHORT_NOTICE}::text WHERE e.short_notice
      UNION ALL SELECT ${WAKING_NIGHT}::text WHERE e.slot_mask & ${WAKING_NIGHTS}::bigint <> 0
    ) k(skill)
    WHERE e.findable
    GROUP BY e.postcode_district, k.skill`;
}
