import type { PaContactModel } from '../generated/prisma/models.ts';

const instant = (v: unknown) => (v == null ? null : new Date(String(v)));

/** A contact row as PostgreSQL's row_to_json gives it (a search reads it in the same statement). */
export function contactFromJson(json: Record<string, unknown>): PaContactModel {
  return {
    id: String(json.id),
    registerEntryId: String(json.register_entry_id),
    personalAssistantId: String(json.personal_assistant_id),
    forPersonId: String(json.for_person_id),
    requestedBy: String(json.requested_by),
    requestedByOrganisation: String(json.requested_by_organisation),
    message: String(json.message),
    status: String(json.status),
    requestedAt: instant(json.requested_at)!,
    answeredAt: instant(json.answered_at),
  };
}
