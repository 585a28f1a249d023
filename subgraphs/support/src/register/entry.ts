import type { Subject } from '@continuum/access';
import type { PaContactModel } from '../generated/prisma/models.ts';

/**
 * A register entry as the graph serves it: what the PA shared, the few register facts it shows
 * (first name; DBS status when shared), the caller's organisation's latest contact through it,
 * and whose eyes it is read with (the person searched for, or the PA).
 */
export interface EntryView {
  id: string;
  personalAssistantId: string;
  givenName: string;
  familyName: string;
  employmentStatus: string;
  registerOrganisationId: string | null;
  postcodeDistrict: string;
  services: string[];
  languages: string[] | null;
  gender: string | null;
  slotMask: bigint;
  shortNotice: boolean;
  hoursPerWeek: number | null;
  /** Null unless the PA shares it. */
  dbsStatus: string | null;
  dbsCheckedOn: Date | null;
  training: string[] | null;
  careCertificate: string | null;
  careGroups: string[] | null;
  drives: boolean | null;
  publicTransport: boolean | null;
  maxTravelMiles: number | null;
  findable: boolean;
  contact: PaContactModel | null;
  /** Read for this person (a search) or as the PA's own (their entry). */
  readFor: Subject;
}

/** The columns every read of an entry selects, aliased as EntryRow names (`e` the entry, `pa` the PA). */
export const ENTRY_COLUMNS = `
  e.id, e.personal_assistant_id, pa.given_name, pa.family_name, pa.employment_status, pa.register_organisation_id,
  e.postcode_district, e.services, e.languages, e.gender, e.slot_mask, e.short_notice, e.hours_per_week::float8 AS hours_per_week,
  CASE WHEN e.share_dbs THEN pa.dbs_status END AS dbs_status, CASE WHEN e.share_dbs THEN pa.dbs_checked_on END AS dbs_checked_on,
  e.training, e.care_certificate, e.care_groups, e.drives, e.public_transport, e.max_travel_miles::float8 AS max_travel_miles, e.findable`;

/** A row selected with ENTRY_COLUMNS (PostgreSQL's names). */
export interface EntryRow {
  id: string;
  personal_assistant_id: string;
  given_name: string;
  family_name: string;
  employment_status: string;
  register_organisation_id: string | null;
  postcode_district: string;
  services: string[];
  languages: string[] | null;
  gender: string | null;
  slot_mask: bigint;
  short_notice: boolean;
  hours_per_week: number | null;
  dbs_status: string | null;
  dbs_checked_on: Date | null;
  training: string[] | null;
  care_certificate: string | null;
  care_groups: string[] | null;
  drives: boolean | null;
  public_transport: boolean | null;
  max_travel_miles: number | null;
  findable: boolean;
}

export function entryView(row: EntryRow, readFor: Subject, contact: PaContactModel | null): EntryView {
  return {
    id: row.id,
    personalAssistantId: row.personal_assistant_id,
    givenName: row.given_name,
    familyName: row.family_name,
    employmentStatus: row.employment_status,
    registerOrganisationId: row.register_organisation_id,
    postcodeDistrict: row.postcode_district,
    services: row.services,
    languages: row.languages,
    gender: row.gender,
    slotMask: BigInt(row.slot_mask),
    shortNotice: row.short_notice,
    hoursPerWeek: row.hours_per_week,
    dbsStatus: row.dbs_status,
    dbsCheckedOn: row.dbs_checked_on,
    training: row.training,
    careCertificate: row.care_certificate,
    careGroups: row.care_groups,
    drives: row.drives,
    publicTransport: row.public_transport,
    maxTravelMiles: row.max_travel_miles,
    findable: row.findable,
    contact,
    readFor,
  };
}
