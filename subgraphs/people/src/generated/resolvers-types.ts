import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonModel, LocalIdentifierModel, TransitionModel, TransitionStepModel, MatchReviewModel, MatchDecisionModel, PersonMergeModel, PersonMergeStepModel } from './prisma/models.ts';
import type { ConsentRow, BreakGlassRow, AssertedRelationshipRow, AuditEventRow } from '@continuum/access';
import type { Registration } from '../matching/registration.ts';
import type { StoredCandidate, StoredSubmission } from '../matching/stored.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: Date; output: Date; }
  /** An instant, ISO 8601 with time zone. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: string; output: string; }
};

/** Whether an access read or changed data. */
export type AccessAction =
  /** A read of personal data. */
  | 'READ'
  /** A write: made or refused. */
  | 'WRITE';

/** A page of the person's access log. */
export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  /** The entries on this page. */
  edges: Array<AccessLogEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many entries the log holds for the person. */
  totalCount: Scalars['Int']['output'];
};

/** One audit entry in a page. */
export type AccessLogEdge = {
  __typename?: 'AccessLogEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AccessLogEntry;
};

/** One entry of the audit trail: who read or changed which of a person's records and fields, and when. */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** Read or write. */
  action: AccessAction;
  /** When, by the database server's clock. */
  at: Scalars['DateTime']['output'];
  /** The access rested on a break-glass grant. */
  breakGlass: Scalars['Boolean']['output'];
  /** The fields asked for or written. */
  fields: Array<Scalars['String']['output']>;
  /** When the hub's own service did this (userId service:…) for a user, as in a report computed for them: that user. */
  onBehalfOf?: Maybe<AccessLogUser>;
  /** GSS, ODS or hub id of the user's organisation. */
  organisationCode: Scalars['String']['output'];
  /** Allowed or denied. */
  outcome: AccessOutcome;
  /** The purpose of use the user's token stated. */
  purpose: Scalars['String']['output'];
  /** Hub ids of the records read or written. */
  recordIds: Array<Scalars['String']['output']>;
  /** The kind of record, e.g. Person, DirectPayment, Employment. */
  recordType: Scalars['String']['output'];
  /** A refused write: the code it was refused with (NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT…). */
  refusal?: Maybe<Scalars['String']['output']>;
  /** The user's role, e.g. SOCIAL_WORKER. */
  role: Scalars['String']['output'];
  /** The part of the hub that served it (people, councils, health, support, training). */
  service: Scalars['String']['output'];
  /** The user's id at their identity provider (or service:hub for the hub's own services). */
  userId: Scalars['String']['output'];
  /** The user's name. */
  userName: Scalars['String']['output'];
};

/** The user a hub service acted for. */
export type AccessLogUser = {
  __typename?: 'AccessLogUser';
  /** GSS, ODS or hub id of the user's organisation. */
  organisationCode: Scalars['String']['output'];
  /** The user's role. */
  role: Scalars['String']['output'];
  /** The user's id at their identity provider. */
  userId: Scalars['String']['output'];
  /** The user's name. */
  userName: Scalars['String']['output'];
};

/** Whether an access was allowed. */
export type AccessOutcome =
  /** Allowed: the data was served, or the write made. */
  | 'ALLOWED'
  /** Refused: the caller was answered as if the record did not exist. */
  | 'DENIED';

/** The kind of agency that holds a local identifier for a person. */
export type AgencyKind =
  /** A council (its organisation code is a GSS code). */
  | 'COUNCIL'
  /** An NHS body (its organisation code is an ODS code). */
  | 'HEALTH'
  /** A support organisation (its organisation code is its hub id). */
  | 'SUPPORT_ORGANISATION'
  /** A training provider (its organisation code is its hub id). */
  | 'TRAINING_PROVIDER';

/** Which people a dashboard figure covers. */
export type AggregateFilter = {
  /**
   * Only people and PAs living in this area, by their postcode district, whoever funds them (self-funders and PAs with
   * no employer included): a council's GSS code (its area) or an NHS body's ODS code (the areas of its councils). With a
   * council or NHS commissioner as well, those they fund who live in the area.
   */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** Only people funded by this council (GSS code, e.g. E08000021) in the period. */
  councilGssCode?: InputMaybe<Scalars['String']['input']>;
  /** First day of the period; by default a year before the last. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only people funded by this NHS commissioner (ODS code, e.g. QHM) in the period; with a council, people funded by both. */
  icbOdsCode?: InputMaybe<Scalars['String']['input']>;
  /** Last day of the period; by default today. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One labelled row of a breakdown. */
export type AggregateRow = {
  __typename?: 'AggregateRow';
  /** The row's count, suppressed and rounded. */
  count: SuppressedCount;
  /** Stable key of the row (an enum value or code), for software. */
  key: Scalars['String']['output'];
  /** The row's label in plain words, for people. */
  label: Scalars['String']['output'];
};

/**
 * A relationship a user's write recorded, listed for a data protection officer: every one still
 * pending, and every registration (or duplicate-review decision) that matched someone already held.
 * A write never opens access on its own: what it records is PENDING, and counts for nothing, until
 * it is corroborated (by a relationship the organisation already had with the person or PA, or a
 * registration whose verified NHS number, names and date of birth agree with the record) or the
 * data protection officer confirms it. Revoked, it counts for nothing.
 */
export type AssertedRelationship = {
  __typename?: 'AssertedRelationship';
  /** When it was recorded. */
  assertedAt: Scalars['DateTime']['output'];
  /** The user whose write recorded it, and their user id; null for the hub's own steps. */
  assertedBy?: Maybe<Scalars['String']['output']>;
  /** Their user id. */
  assertedByUserId?: Maybe<Scalars['String']['output']>;
  /** The write that recorded it (e.g. startDirectPayment). */
  assertedThrough?: Maybe<Scalars['String']['output']>;
  /** Why it stands, in plain words; null while pending. */
  corroboration?: Maybe<Scalars['String']['output']>;
  /** The last day it counts; null while open. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** Hub id of the relationship (a UUID). */
  id: Scalars['ID']['output'];
  /** What the relationship is: REGISTERED, PA_REGISTER, FUNDER, EMPLOYER_SUPPORT, CHC_ASSESSMENT, TRAINER, TRANSITION_PARTY, SAFEGUARDING_LEAD, EMPLOYMENT_RECORDED, … */
  kind: Scalars['String']['output'];
  /** The organisation it relates to the person or PA: a GSS code, ODS code or hub id. */
  organisationCode: Scalars['String']['output'];
  /** Their note; null until reviewed. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** Null until a data protection officer has reviewed it. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The data protection officer who reviewed it; null until reviewed. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** Set when the review revoked it: the organisation no longer has this relationship. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record (episode, decision, registration review, training record, employment) that implies it. */
  sourceId: Scalars['ID']['output'];
  /** The kind of record that implies it (DirectPayment, ChcDecision, Registration, TrainingRecord, Employment, …). */
  sourceType: Scalars['String']['output'];
  /** The first day it counts (an episode's start). */
  startsOn: Scalars['Date']['output'];
  /** PENDING (counts for nothing yet), STANDING (corroborated or confirmed) or REVOKED. */
  status: AssertedRelationshipStatus;
  /** The person's or PA's hub id. */
  subjectId: Scalars['ID']['output'];
  /** PERSON or PA. */
  subjectKind: Scalars['String']['output'];
};

/** A data protection officer's decision on an asserted relationship. */
export type AssertedRelationshipDecision =
  /** The organisation does work with the person or PA. */
  | 'CONFIRM'
  /** It does not: the relationship counts for nothing from now on. */
  | 'REVOKE';

/** Whether an asserted relationship counts. */
export type AssertedRelationshipStatus =
  /** Recorded by a write and not corroborated: it gives no access until a data protection officer confirms it. */
  | 'PENDING'
  /** Revoked by a data protection officer: it counts for nothing. */
  | 'REVOKED'
  /** Corroborated when recorded, or confirmed by a data protection officer: it counts. */
  | 'STANDING';

/** The kind of emergency that justifies breaking the glass. */
export type BreakGlassCategory =
  /** The person's care has broken down (no PA, no cover) and must be arranged now. */
  | 'CARE_BREAKDOWN'
  /** Urgent treatment or care needs the record (e.g. an emergency admission). */
  | 'CLINICAL_EMERGENCY'
  /** Someone's life is at immediate risk. */
  | 'IMMEDIATE_RISK_TO_LIFE'
  /** An adult at risk needs protecting now, before the council holding the case can be reached. */
  | 'SAFEGUARDING_EMERGENCY'
  /** A discharge from hospital that cannot wait for the funder. */
  | 'URGENT_HOSPITAL_DISCHARGE';

/** Emergency access to a person's record outside the usual relationships: stated reason, time-limited, reviewed by a data protection officer. */
export type BreakGlassGrant = {
  __typename?: 'BreakGlassGrant';
  /** Not yet expired. */
  active: Scalars['Boolean']['output'];
  /** Null only on grants made before the hub asked for one. */
  category?: Maybe<BreakGlassCategory>;
  /** When it ends (at most 240 minutes after it started). */
  expiresAt: Scalars['DateTime']['output'];
  /** When it started. */
  grantedAt: Scalars['DateTime']['output'];
  /** Hub id of the grant (a UUID). */
  id: Scalars['ID']['output'];
  /** Their organisation's code (GSS, ODS or hub id). */
  organisationCode: Scalars['String']['output'];
  /** Hub id of the person whose record was opened. */
  personId: Scalars['ID']['output'];
  /** The reason they gave. */
  reason: Scalars['String']['output'];
  /** Their note; null until reviewed. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** A data protection officer has reviewed it. */
  reviewed: Scalars['Boolean']['output'];
  /** Null until a data protection officer has reviewed it. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The data protection officer who reviewed it; null until reviewed. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** Their role. */
  role: Scalars['String']['output'];
  /** The user who broke the glass. */
  userId: Scalars['String']['output'];
  /** Their name. */
  userName: Scalars['String']['output'];
};

/** A page of break-glass grants. */
export type BreakGlassGrantConnection = {
  __typename?: 'BreakGlassGrantConnection';
  /** The grants on this page. */
  edges: Array<BreakGlassGrantEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many grants match in all. */
  totalCount: Scalars['Int']['output'];
};

/** One grant in a page. */
export type BreakGlassGrantEdge = {
  __typename?: 'BreakGlassGrantEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The grant. */
  node: BreakGlassGrant;
};

/** A package the council commissions from a provider. */
export type CommissionedPackage = FundingEpisode & {
  __typename?: 'CommissionedPackage';
  /** Hub id of the commissioned package (a UUID). */
  id: Scalars['ID']['output'];
  /** First day funded. */
  start: Scalars['Date']['output'];
};

/** Who gave a consent or objection. */
export type ConsentGiver =
  /** The person themselves. */
  | 'PERSON'
  /** Someone acting for the person, named with their relationship to them. */
  | 'REPRESENTATIVE';

/** Consent or objection. */
export type ConsentKind =
  /** The person agrees to share for the purpose with the organisations named. */
  | 'CONSENT'
  /** The person objects: the organisations named (or all) do not see their record for the purpose, whatever their relationship. */
  | 'OBJECTION';

/** How a consent or objection was given, and on what authority. */
export type ConsentMethod =
  /** Given by a deputy the Court of Protection appointed; the order's reference is the evidence. */
  | 'COURT_APPOINTED_DEPUTY'
  /** Given by an attorney under a registered Lasting Power of Attorney (health and welfare, or property and financial affairs for payments); the LPA's reference is the evidence. */
  | 'LASTING_POWER_OF_ATTORNEY'
  /** Recorded by the person themselves, signed in to the hub as themselves: the sign-in is the evidence. */
  | 'SIGNED_IN_PERSON'
  /** Said to the recorder (in person or by phone); the recorder's account is the record. */
  | 'VERBAL'
  /** Signed on a form or letter; its reference is the evidence. */
  | 'WRITTEN';

/** A person's consent or objection to sharing their record for one purpose. */
export type ConsentRecord = {
  __typename?: 'ConsentRecord';
  /** In force today: not withdrawn, within its period, and (for a consent) recorded with who gave it, how and for which organisations. */
  active: Scalars['Boolean']['output'];
  /** The reference of the signed form, the LPA or the court order. */
  evidenceReference?: Maybe<Scalars['String']['output']>;
  /** Who gave it. Null only on records made before the hub asked (such a consent opens nothing). */
  givenBy?: Maybe<ConsentGiver>;
  /** Hub id of the record (a UUID). */
  id: Scalars['ID']['output'];
  /** Consent or objection. */
  kind: ConsentKind;
  /** How it was given. Null only on records made before the hub asked (such a consent opens nothing). */
  method?: Maybe<ConsentMethod>;
  /** Organisations covered (GSS, ODS or hub ids). A consent names at least one; an objection naming none covers every organisation. */
  organisationCodes: Array<Scalars['String']['output']>;
  /** The person it is about. */
  personId: Scalars['ID']['output'];
  /** The purpose of use it covers. */
  purpose: PurposeOfUse;
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** The name of the user who recorded it. */
  recordedBy: Scalars['String']['output'];
  /** The organisation code (GSS, ODS or hub id) of who recorded it. */
  recordedByOrganisation: Scalars['String']['output'];
  /** The role of who recorded it; null on records made before the hub kept it. */
  recordedByRole?: Maybe<Scalars['String']['output']>;
  /** The user id and role of who recorded it; null on records made before the hub kept them. */
  recordedByUserId?: Maybe<Scalars['String']['output']>;
  /** The representative's name, when a representative gave it. */
  representativeName?: Maybe<Scalars['String']['output']>;
  /** The representative's relationship to the person (e.g. daughter, attorney, deputy). */
  representativeRelationship?: Maybe<Scalars['String']['output']>;
  /** The first day it covers. */
  validFrom: Scalars['Date']['output'];
  /** The last day it covers: a consent ends at most 12 months after validFrom; null for an objection that lasts until withdrawn. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** When it was withdrawn; null while not. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who withdrew it; null while not. */
  withdrawnBy?: Maybe<Scalars['String']['output']>;
};

/** A page of consent and objection records. */
export type ConsentRecordConnection = {
  __typename?: 'ConsentRecordConnection';
  /** The records on this page. */
  edges: Array<ConsentRecordEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many records match in all. */
  totalCount: Scalars['Int']['output'];
};

/** One consent or objection in a page. */
export type ConsentRecordEdge = {
  __typename?: 'ConsentRecordEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: ConsentRecord;
};

/** Consent and objection records, for the data protection officer. */
export type ConsentRecordFilter = {
  /** Only those in force today. */
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only consents, or only objections. */
  kind?: InputMaybe<ConsentKind>;
  /** Only this person's (hub id). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those recorded by this organisation. */
  recordedByOrganisation?: InputMaybe<Scalars['String']['input']>;
};

/** Whether an employer has a contingency plan. */
export type ContingencyPlanState =
  /** A plan is recorded. */
  | 'IN_PLACE'
  /** The person employs a PA today and has no plan recorded. */
  | 'MISSING';

/** An NHS continuing healthcare package following an eligibility decision. */
export type ContinuingHealthcarePackage = FundingEpisode & {
  __typename?: 'ContinuingHealthcarePackage';
  /** Hub id of the CHC package (a UUID). */
  id: Scalars['ID']['output'];
  /** First day funded. */
  start: Scalars['Date']['output'];
};

/** Funding gaps and overlaps among the people one funder pays, counted. */
export type ContinuityAggregates = {
  __typename?: 'ContinuityAggregates';
  /** Those days added up, rounded to 5. */
  gapDays: SuppressedAmount;
  /** Those days added up, rounded to 5. */
  overlapDays: SuppressedAmount;
  /** People with days when PAs were employed but no funder paid. */
  peopleWithGaps: SuppressedCount;
  /** People with days when two funders paid at once. */
  peopleWithOverlaps: SuppressedCount;
};

/** What happened to one PA at a funding boundary. */
export type ContinuityChange =
  /** Started with the new funding. */
  | 'JOINED'
  /** Left when the old funding ended. */
  | 'LEFT'
  /** Employed before and after: the PA was kept. */
  | 'STAYED';

/** One PA employment across the person's funding timeline. */
export type ContinuityPa = {
  __typename?: 'ContinuityPa';
  /** Hub id of the employment. */
  employmentId: Scalars['ID']['output'];
  /** The PA's last day; null while it continues. */
  end?: Maybe<Scalars['Date']['output']>;
  /** Funding episodes the employment spanned. */
  fundedBy: Array<FundingEpisode>;
  /** Null when the caller may not see the PA: a hidden record never hides the one that names it. */
  personalAssistant?: Maybe<PersonalAssistant>;
  /** The PA's first day with the person. */
  start: Scalars['Date']['output'];
};

/** One person's funding timeline and PA team across it. */
export type ContinuityReport = {
  __typename?: 'ContinuityReport';
  /** Each point where one episode ended and the next began. */
  boundaries: Array<FundingBoundary>;
  /** Every funding episode, oldest first. */
  fundingHistory: Array<FundingEpisode>;
  /** Days PAs were employed but no funder paid. */
  gaps: Array<FundingGap>;
  /** Days two funders paid at once. */
  overlaps: Array<FundingOverlap>;
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  /** Always the one person record, whatever the funders: no transition creates a person or PA record. */
  personRecords: Scalars['Int']['output'];
  /** Distinct PA records across the whole timeline. */
  personalAssistantRecords: Scalars['Int']['output'];
  /** Each PA employment across the timeline. */
  personalAssistants: Array<ContinuityPa>;
};

/** A council direct payment to a person who employs their own PAs. */
export type DirectPayment = FundingEpisode & {
  __typename?: 'DirectPayment';
  /** Hub id of the direct payment (a UUID). */
  id: Scalars['ID']['output'];
  /** First day funded. */
  start: Scalars['Date']['output'];
};

/** How one field of two identities compared. */
export type FieldComparison =
  /** The field is the same in both. */
  | 'AGREE'
  /** Different. */
  | 'DISAGREE'
  /** Nearly the same: a nickname, a one-letter typo, day and month transposed, a nearby district. */
  | 'FUZZY'
  /** Missing from one or both, so it adds nothing. */
  | 'MISSING';

/** One field's part in a match score (Fellegi-Sunter): how it compared and the weight it added. */
export type FieldContribution = {
  __typename?: 'FieldContribution';
  /** How it compared. */
  comparison: FieldComparison;
  /** e.g. "Jaro-Winkler 0.93", "nickname Bill ~ William". */
  detail?: Maybe<Scalars['String']['output']>;
  /** The field compared. */
  field: MatchField;
  /** log2 likelihood ratio; negative when the field speaks against a match. */
  weight: Scalars['Float']['output'];
};

/** Whether a funder is a council or an NHS body. */
export type FunderKind =
  /** A council (identified by its GSS code). */
  | 'COUNCIL'
  /** An NHS body: an integrated care board or a Welsh local health board (identified by its ODS code). */
  | 'HEALTH';

/** A point where one funding episode ends and the next begins, and what happened to the PA team there. */
export type FundingBoundary = {
  __typename?: 'FundingBoundary';
  /** The first day of the new funding. */
  date: Scalars['Date']['output'];
  /** The episode that ended; null when the caller may not see it. */
  from?: Maybe<FundingEpisode>;
  /** True when every PA employed before the boundary stayed after it. */
  keptAllPersonalAssistants: Scalars['Boolean']['output'];
  /** Each PA's continuity at the boundary. */
  personalAssistants: Array<PaContinuity>;
  /** The episode that began; null when the caller may not see it. */
  to?: Maybe<FundingEpisode>;
  /** The transition that made the move, if the hub coordinated it. */
  transition?: Maybe<Transition>;
};

/** A time-bounded fact of who pays for a person's care. Owned by the funder. */
export type FundingEpisode = {
  /** Hub id of the episode (a UUID), minted by the funder's subgraph. */
  id: Scalars['ID']['output'];
};

/** Days when PAs are employed but no funder pays. */
export type FundingGap = {
  __typename?: 'FundingGap';
  /** Days in the gap, both ends counted. */
  days: Scalars['Int']['output'];
  /** Last day of the gap. */
  end: Scalars['Date']['output'];
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  /** First day of the gap. */
  start: Scalars['Date']['output'];
};

/** How the people a filter covers are funded, for commissioners: counts only, beside the previous period of the same length. */
export type FundingMixAggregates = {
  __typename?: 'FundingMixAggregates';
  /** People by the care group on their council care plan; NOT_RECORDED when no plan records one (the NHS-only funded and self-funders among them). */
  byCareGroup: Array<FundingMixRow>;
  /** People with a council direct payment by who helps them run it (payroll service, managed account, self-managed). */
  byPaymentSupport: Array<FundingMixRow>;
  /** People by funding vehicle; someone with two vehicles in the period counts in both. SELF_FUNDED: employing a PA with no funding in the period. */
  byVehicle: Array<FundingMixRow>;
  /** First day of the period counted. */
  from: Scalars['Date']['output'];
  /** Distinct people funded, or employing a PA, on any day of the period: each once however many vehicles they have. */
  people: SuppressedCount;
  /** First day of the previous period (as long as the period, ending the day before it starts). */
  previousFrom: Scalars['Date']['output'];
  /** The same in the previous period. */
  previousPeople: SuppressedCount;
  /** Last day of the previous period. */
  previousTo: Scalars['Date']['output'];
  /** Last day of the period counted. */
  to: Scalars['Date']['output'];
};

/** One group of the funding mix: its people in the period and in the previous period. */
export type FundingMixRow = {
  __typename?: 'FundingMixRow';
  /** Distinct people in the group in the period. */
  count: SuppressedCount;
  /** The group's code: a funding vehicle (or SELF_FUNDED), a payment support, or a care group (or NOT_RECORDED). */
  key: Scalars['String']['output'];
  /** What the group is, in words. */
  label: Scalars['String']['output'];
  /** Distinct people in the group in the previous period. */
  previousCount: SuppressedCount;
};

/** Days when two funders pay for the same person. */
export type FundingOverlap = {
  __typename?: 'FundingOverlap';
  /** Days of overlap, both ends counted. */
  days: Scalars['Int']['output'];
  /** Last day both funders pay. */
  end: Scalars['Date']['output'];
  /** The episodes that overlap. */
  episodes: Array<FundingEpisode>;
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  /** First day both funders pay. */
  start: Scalars['Date']['output'];
};

/** How a person's care is paid for. Shared by every funder's episodes. */
export type FundingVehicle =
  /** Care the council arranges and pays a provider for directly. */
  | 'COMMISSIONED_PACKAGE'
  /**
   * NHS continuing healthcare: care arranged and fully funded by the NHS body for someone whose
   * primary need is a health need.
   */
  | 'CONTINUING_HEALTHCARE'
  /**
   * Council money paid to the person (or their representative), who arranges their own care, usually
   * by employing PAs.
   */
  | 'DIRECT_PAYMENT'
  /** Council money held by a provider chosen by the person and spent on their behalf, as they direct. */
  | 'INDIVIDUAL_SERVICE_FUND'
  /** One budget funded jointly by a council and an NHS body, each paying a share. */
  | 'INTEGRATED_BUDGET'
  /**
   * NHS money for a person's health and wellbeing needs, planned with them (notional, held by a third
   * party, or paid to them).
   */
  | 'PERSONAL_HEALTH_BUDGET';

/** Money held by a provider on the person's behalf. */
export type IndividualServiceFund = FundingEpisode & {
  __typename?: 'IndividualServiceFund';
  /** Hub id of the individual service fund (a UUID). */
  id: Scalars['ID']['output'];
  /** First day funded. */
  start: Scalars['Date']['output'];
};

/** A budget jointly funded by a council and an NHS body, administered by the NHS body. */
export type IntegratedBudget = FundingEpisode & {
  __typename?: 'IntegratedBudget';
  /** Hub id of the integrated budget (a UUID). */
  id: Scalars['ID']['output'];
  /** First day funded. */
  start: Scalars['Date']['output'];
};

/** An identifier an agency uses for the person in its own system (e.g. a council's case number). */
export type LocalIdentifier = {
  __typename?: 'LocalIdentifier';
  /** The kind of agency. */
  agency: AgencyKind;
  /** GSS code of a council, ODS code of an NHS body, or the hub id of another organisation. */
  organisationCode: Scalars['String']['output'];
  /** The identifier in the agency's own system, e.g. a social care case number. */
  value: Scalars['String']['output'];
};

/** An agency's own identifier for a person. */
export type LocalIdentifierInput = {
  /** The kind of agency. */
  agency: AgencyKind;
  /**
   * The agency's code: a council's GSS code, an NHS body's ODS code, or another organisation's hub id.
   * Only your own organisation's.
   */
  organisationCode: Scalars['String']['input'];
  /** The identifier in the agency's system. */
  value: Scalars['String']['input'];
};

/** A person known to the hub who might be the submitted identity. */
export type MatchCandidate = {
  __typename?: 'MatchCandidate';
  /** Each field's part in the score. */
  contributions: Array<FieldContribution>;
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  /** Plain words for a reviewer. */
  reasons: Array<Scalars['String']['output']>;
  /** The approved deterministic rule that matched, if any. */
  rule?: Maybe<Scalars['String']['output']>;
  /** Sum of the field weights. */
  score: Scalars['Float']['output'];
};

/** One decision on a review: who made it, why, and what it did. */
export type MatchDecision = {
  __typename?: 'MatchDecision';
  /** What the decision did. */
  action: MatchDecisionAction;
  /** Made by matching at registration rather than by a reviewer. */
  automatic: Scalars['Boolean']['output'];
  /** When it was decided. */
  decidedAt: Scalars['DateTime']['output'];
  /** Who decided (as they gave it), or the hub for an automatic link. */
  decidedBy: Scalars['String']['output'];
  /** UNLINK: the person the identity was detached from. REOPEN: the person removed (so null), as is any person no longer held. */
  fromPerson?: Maybe<Person>;
  /** The agency identifiers the decision attached (LINK, NOT_A_MATCH, UNLINK) or removed (REOPEN). */
  localIdentifiers: Array<LocalIdentifier>;
  /** The person the identity belongs to after the decision (null after REOPEN). */
  person?: Maybe<Person>;
  /** Why, in the decider's words. */
  reason: Scalars['String']['output'];
};

/** What a decision on a review did. */
export type MatchDecisionAction =
  /** Linked the identity to a known person. */
  | 'LINK'
  /** Decided the identity is none of the candidates; a new person holds it. */
  | 'NOT_A_MATCH'
  /** Reversed a not-a-match decision; the review is open again. */
  | 'REOPEN'
  /** Reversed a link; a separate person now holds the identity. */
  | 'UNLINK';

/** An identity field compared by matching. */
export type MatchField =
  /** Date of birth, with day and month transposed allowed as fuzzy. */
  | 'DATE_OF_BIRTH'
  /** Family name, with small typos allowed as fuzzy. */
  | 'FAMILY_NAME'
  /** Given name, with nicknames and small typos allowed as fuzzy. */
  | 'GIVEN_NAME'
  /** NHS number: a verified one (status 01) links on its own; an unverified one never does. */
  | 'NHS_NUMBER'
  /** Postcode district, with a move nearby allowed as fuzzy. */
  | 'POSTCODE_DISTRICT'
  /** Recorded sex: a difference weighs against a match; agreement adds nothing (it mostly follows from the given name). */
  | 'SEX';

/** A possible duplicate: a submitted identity, the known people it might be, and the decisions taken on it. */
export type MatchReview = {
  __typename?: 'MatchReview';
  /** Best first. People no longer held are left out. */
  candidates: Array<MatchCandidate>;
  /** When the registration sent it to review. */
  createdAt: Scalars['DateTime']['output'];
  /** Oldest first. */
  decisions: Array<MatchDecision>;
  /** Hub id of the review (a UUID). */
  id: Scalars['ID']['output'];
  /** The person the identity belongs to now (linked or created); null while OPEN. */
  person?: Maybe<Person>;
  /** Open, linked, or not a match. */
  status: MatchReviewStatus;
  /** The identity as the agency submitted it. */
  submitted: SubmittedIdentity;
};

/** A page of the duplicate review queue. */
export type MatchReviewConnection = {
  __typename?: 'MatchReviewConnection';
  /** The reviews on this page. */
  edges: Array<MatchReviewEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many reviews match in all, counting only those the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** One review in a page. */
export type MatchReviewEdge = {
  __typename?: 'MatchReviewEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The review. */
  node: MatchReview;
};

/** Where a duplicate review stands. */
export type MatchReviewStatus =
  /** Linked to a known person (by a reviewer, or automatically at registration). */
  | 'LINKED'
  /** Not a match: a separate person holds the identity. */
  | 'NOT_A_MATCH'
  /** Waiting for a reviewer. */
  | 'OPEN';

/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Attach an agency's own identifier to a person. */
  addLocalIdentifier: Person;
  /**
   * Emergency access to a person's record the caller has no relationship with: a category and a
   * reason of substance (at least 40 characters and 6 words), for at most 240 minutes (default 60).
   * Not again for the same person while a grant is active, nor within the cool-off after it (24
   * hours by default) until a data protection officer has reviewed it; at most 3 grants per user in
   * any 24 hours by default. Every use is logged and flagged for review.
   */
  breakGlass: BreakGlassGrant;
  /** Decide an OPEN review: the identity is this candidate; its agency identifiers are attached to them. */
  linkMatchReview: MatchReview;
  /**
   * Merge two records that are one person: the retired person's identifiers move to the survivor,
   * every agency's rows naming them are repointed to the survivor, and the retired id resolves to
   * the survivor from then on. No record is removed. While a subgraph cannot be reached the merge
   * stays PENDING (a repeat with the same idempotency key, or reconcilePersonMerge, carries it on);
   * a subgraph's refusal undoes what was done and is a CONFLICT.
   */
  mergePeople: PersonMerge;
  /**
   * Propose moving a person's care to another funding vehicle. The funders then answer in their
   * own subgraphs (respondToTransitionAsCouncil, respondToTransitionAsHealthBody).
   */
  proposeTransition: Transition;
  /** Carry a PENDING merge on (or finish undoing a refused one). */
  reconcilePersonMerge: PersonMerge;
  /** Advance a transition now (the hub also does this in the background): read the answers, check readiness, apply the steps. */
  reconcileTransition: Transition;
  /** Record a person's consent or objection to sharing for a purpose (see RecordConsentInput for what a consent needs). */
  recordConsent: ConsentRecord;
  /**
   * Register a person with the hub, through matching against everyone known: a verified NHS number
   * held by someone links to them; an approved combination of fields or a high score links too; a
   * possible match goes to review; otherwise a new person is created. An NHS number already held is
   * evidence, never a second record. A repeat with the same idempotency key answers with the first
   * registration.
   */
  registerPerson: PersonRegistration;
  /** Decide an OPEN review: the identity is none of the candidates; a new person is created for it. */
  rejectMatchReview: MatchReview;
  /**
   * Reverse a not-a-match decision: the person it created is removed and the review is OPEN again.
   * Only while that person holds no identifiers but the review's and nothing else names them.
   */
  reopenMatchReview: MatchReview;
  /** A data protection officer's review of an asserted relationship, once: confirmed (a pending one then counts) or revoked, with a note. */
  reviewAssertedRelationship: AssertedRelationship;
  /** A data protection officer's review of a break-glass grant. */
  reviewBreakGlass: BreakGlassGrant;
  /**
   * Reverse a link (a reviewer's or an automatic one): the identifiers it attached are detached and
   * a separate person is created for them. The decision history is kept.
   */
  unlinkMatchReview: MatchReview;
  /** Reverse a merge: every subgraph moves back exactly the rows it moved, and the retired person is separate again. */
  unmergePeople: PersonMerge;
  /** Withdraw a consent or objection from now on; the record is kept. */
  withdrawConsent: ConsentRecord;
  /** Withdraw a transition that has not started applying. */
  withdrawTransition: Transition;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationAddLocalIdentifierArgs = {
  input: LocalIdentifierInput;
  personId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationBreakGlassArgs = {
  category: BreakGlassCategory;
  minutes?: InputMaybe<Scalars['Int']['input']>;
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationLinkMatchReviewArgs = {
  decidedBy: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationMergePeopleArgs = {
  decidedBy: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  retiredId: Scalars['ID']['input'];
  survivorId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationProposeTransitionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ProposeTransitionInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationReconcilePersonMergeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationReconcileTransitionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRegisterPersonArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RegisterPersonInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRejectMatchReviewArgs = {
  decidedBy: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationReopenMatchReviewArgs = {
  decidedBy: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationReviewAssertedRelationshipArgs = {
  decision: AssertedRelationshipDecision;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationReviewBreakGlassArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationUnlinkMatchReviewArgs = {
  decidedBy: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationUnmergePeopleArgs = {
  decidedBy: Scalars['String']['input'];
  mergeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationWithdrawConsentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationWithdrawTransitionArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};

/** The new episode's money, as proposed. */
export type NewFundingPlan = {
  __typename?: 'NewFundingPlan';
  /** Pounds an hour, where the new funding is worked out by the hour. */
  hourlyRate?: Maybe<Scalars['Float']['output']>;
  /** Hours of support a week. */
  hoursPerWeek?: Maybe<Scalars['Float']['output']>;
  /** When the money goes to the person: how they will run it. */
  paymentSupport?: Maybe<PaymentSupport>;
  /** The payroll or managed-account provider for the new episode. */
  paymentSupportProvider?: Maybe<SupportOrganisation>;
  /** For a personal health budget: how it will be managed. */
  phbManagement?: Maybe<PhbManagement>;
  /** Pounds a week the new episode pays. */
  weeklyAmount: Scalars['Float']['output'];
};

/** The money the new episode will pay. */
export type NewFundingPlanInput = {
  /** Pounds an hour. */
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  /** Hours of support a week. */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** Required when the new vehicle pays money to the person (direct payment, PHB as a direct payment). */
  paymentSupport?: InputMaybe<PaymentSupport>;
  /** Hub id of the payroll or managed-account provider (a support organisation). */
  paymentSupportProviderId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for a personal health budget. */
  phbManagement?: InputMaybe<PhbManagement>;
  /** Pounds a week, more than 0. */
  weeklyAmount: Scalars['Float']['input'];
};

/** A person's NHS number (England and Wales) and how far it is verified. */
export type NhsNumber = {
  __typename?: 'NhsNumber';
  /** Displayed as 3-3-4, e.g. 999 123 4567. */
  formatted: Scalars['String']['output'];
  /** Ten digits, no spaces. */
  value: Scalars['String']['output'];
  /** The two-digit UK Core code of verificationStatus. */
  verificationCode: Scalars['String']['output'];
  /**
   * How far the number is verified against the NHS Personal Demographics Service (UK Core codes
   * 01-08); only 01 is verified.
   */
  verificationStatus: NhsNumberVerificationStatus;
};

/** NHS number verification status, UK Core value set (codes 01-08). */
export type NhsNumberVerificationStatus =
  /** 07 Number not present and trace not required */
  | 'NUMBER_NOT_PRESENT_TRACE_NOT_REQUIRED'
  /** 01 Number present and verified */
  | 'NUMBER_PRESENT_AND_VERIFIED'
  /** 02 Number present but not traced */
  | 'NUMBER_PRESENT_NOT_TRACED'
  /** 04 Trace attempted - no match or multiple match found */
  | 'TRACE_ATTEMPTED_NO_MATCH'
  /** 06 Trace in progress */
  | 'TRACE_IN_PROGRESS'
  /** 05 Trace needs to be resolved (NHS number or patient detail conflict) */
  | 'TRACE_NEEDS_TO_BE_RESOLVED'
  /** 08 Trace postponed (baby under six weeks old) */
  | 'TRACE_POSTPONED'
  /** 03 Trace required */
  | 'TRACE_REQUIRED';

/** One PA at a funding boundary. */
export type PaContinuity = {
  __typename?: 'PaContinuity';
  /** Stayed, joined or left. */
  change: ContinuityChange;
  /** Hub id of the employment. */
  employmentId: Scalars['ID']['output'];
  /** Null when the caller may not see the PA: a hidden record never hides the one that names it. */
  personalAssistant?: Maybe<PersonalAssistant>;
};

/** Where a page of a list ends. Pass endCursor as `after` to get the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the page's last item, to pass as `after`; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Who helps the person run the money. */
export type PaymentSupport =
  /** A provider holds the money in an account for the person and makes every payment on their behalf. */
  | 'MANAGED_ACCOUNT'
  /** The person holds the money; a payroll provider pays their PAs, tax and National Insurance for them. */
  | 'PAYROLL_SERVICE'
  /** The person (or their representative) runs the money and the payroll themselves. */
  | 'SELF_MANAGED';

/** Which people to list (all given conditions apply). */
export type PeopleFilter = {
  /** Only employers with (IN_PLACE) or without (MISSING, employing a PA today) a contingency plan. */
  contingencyPlan?: InputMaybe<ContingencyPlanState>;
  /** Only people born on this day. */
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  /** Matches given or family name, case-insensitive, prefix. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only people in this postcode district, e.g. NE6. */
  postcodeDistrict?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A person who needs care and support. The hub holds their identity once;
 * each agency contributes the facts it owns (funding, PA team, care plan).
 */
export type Person = {
  __typename?: 'Person';
  /** Who has read or changed this person's record, newest first. For the person and data protection officers. */
  accessLog?: Maybe<AccessLogConnection>;
  /** Consent and objections, oldest first. */
  consents?: Maybe<Array<ConsentRecord>>;
  /** When the hub first registered the person. */
  createdAt: Scalars['DateTime']['output'];
  /** Date of birth (YYYY-MM-DD). Identity field set. */
  dateOfBirth: Scalars['Date']['output'];
  /** Family name (surname). Identity field set. */
  familyName: Scalars['String']['output'];
  /** Ids of people merged into this one: each still resolves to this person. */
  formerIds: Array<Scalars['ID']['output']>;
  /**
   * Every funding episode from every funder, as one timeline ordered by start date.
   * Null (with an error) while a funder's subgraph cannot be reached.
   */
  fundingHistory?: Maybe<Array<FundingEpisode>>;
  /** Given (first) name. Identity field set. */
  givenName: Scalars['String']['output'];
  /** Health funding episodes, owned by the health subgraph. */
  healthFunding?: Maybe<Array<FundingEpisode>>;
  /** Hub-minted UUID. */
  id: Scalars['ID']['output'];
  /** Each agency's own identifiers for the person. Identity field set. */
  localIdentifiers: Array<LocalIdentifier>;
  /**
   * The person's NHS number with its verification status; null when none is known. Identity field set:
   * care teams, support advisers, the person, data protection officers.
   */
  nhsNumber?: Maybe<NhsNumber>;
  /** Outward code of the postcode, e.g. NE6 or CH7. */
  postcodeDistrict?: Maybe<Scalars['String']['output']>;
  /** Social care funding episodes, owned by the councils subgraph. */
  socialCareFunding?: Maybe<Array<FundingEpisode>>;
};


/**
 * A person who needs care and support. The hub holds their identity once;
 * each agency contributes the facts it owns (funding, PA team, care plan).
 */
export type PersonAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people on this page. */
  edges: Array<PersonEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many people match in all, counting only those the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** One person in a page. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Two person records found to be one person, merged into the survivor. */
export type PersonMerge = {
  __typename?: 'PersonMerge';
  /** Who decided the merge (as they gave it). */
  decidedBy: Scalars['String']['output'];
  /** Hub id of the merge (a UUID). */
  id: Scalars['ID']['output'];
  /** When it was merged. */
  mergedAt: Scalars['DateTime']['output'];
  /** Ids of the survivor's records that overlap another of theirs after the merge, for a reviewer. */
  overlaps: Array<Scalars['ID']['output']>;
  /** Why, in the decider's words. */
  reason: Scalars['String']['output'];
  /** Hub id of the retired record; it now resolves to the survivor. */
  retiredPersonId: Scalars['ID']['output'];
  /** Rows repointed: agency identifiers at the hub plus every subgraph's rows. */
  rowsMoved: Scalars['Int']['output'];
  /** Merged, pending, or unmerged. */
  status: PersonMergeStatus;
  /** Each subgraph's step. */
  steps: Array<PersonMergeStep>;
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  survivor?: Maybe<Person>;
  /** Why it was reversed or undone; null while merged. */
  unmergeReason?: Maybe<Scalars['String']['output']>;
  /** When it was reversed or undone; null while merged. */
  unmergedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who reversed it and why (or why it was undone). */
  unmergedBy?: Maybe<Scalars['String']['output']>;
};

/** Where a person merge stands. */
export type PersonMergeStatus =
  /** Every subgraph repointed the retired person's rows to the survivor. */
  | 'MERGED'
  /** A subgraph could not be reached; retried by reconcilePersonMerge (or a repeat of the merge). */
  | 'PENDING'
  /** Reversed (or undone after a subgraph refused it). */
  | 'UNMERGED';

/** One subgraph's step of a merge, as the hub recorded it. */
export type PersonMergeStep = {
  __typename?: 'PersonMergeStep';
  /** Times the step has been tried. */
  attempts: Scalars['Int']['output'];
  /** Why the last attempt failed; null when it did not. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Rows this step moved to the survivor. */
  rowsMoved: Scalars['Int']['output'];
  /** PENDING, DONE, FAILED (refused; being undone) or UNDONE. */
  state: Scalars['String']['output'];
  /** COUNCILS, HEALTH, SUPPORT or TRAINING. */
  subgraph: Scalars['String']['output'];
};

/** What registering a person came to. */
export type PersonRegistration = {
  __typename?: 'PersonRegistration';
  /** For LINKED: the approved rule that matched (e.g. VERIFIED_NHS_NUMBER), or "score" when the score passed the link threshold. */
  matchedBy?: Maybe<Scalars['String']['output']>;
  /** Linked, created, or sent to review. */
  outcome: RegistrationOutcome;
  /** The person linked to or created; null while the registration waits for review. */
  person?: Maybe<Person>;
  /** The review item: for SENT_TO_REVIEW, and for LINKED (so an automatic link can be unlinked). */
  review?: Maybe<MatchReview>;
};

/** A personal assistant on the hub's PA register. */
export type PersonalAssistant = {
  __typename?: 'PersonalAssistant';
  /** Hub-minted id (PAs have no national identifier). */
  id: Scalars['ID']['output'];
};

/** Whether one PA is ready for the new funding. */
export type PersonalAssistantReadiness = {
  __typename?: 'PersonalAssistantReadiness';
  /** What holds this PA back. */
  blockers: Array<ReadinessBlocker>;
  /** Null when the caller may not see the PA: a hidden record never hides the one that names it. */
  personalAssistant?: Maybe<PersonalAssistant>;
  /** True when nothing holds this PA back. */
  ready: Scalars['Boolean']['output'];
};

/**
 * A personal health budget from an NHS body: money for the person's health and wellbeing needs, agreed
 * in a plan with them, often used to employ PAs.
 */
export type PersonalHealthBudget = FundingEpisode & {
  __typename?: 'PersonalHealthBudget';
  /** Hub id of the personal health budget (a UUID). */
  id: Scalars['ID']['output'];
  /** First day funded. */
  start: Scalars['Date']['output'];
};

/** The three ways a personal health budget can be managed (NHS England). */
export type PhbManagement =
  /**
   * The money is paid to the person (or their representative), who buys the care themselves, e.g. by
   * employing PAs.
   */
  | 'DIRECT_PAYMENT'
  /** The NHS body holds the money and arranges the agreed care. */
  | 'NOTIONAL'
  /** An organisation independent of the person and the NHS body holds the money and arranges the care. */
  | 'THIRD_PARTY';

/** A dual-funded person whose council care plan and NHS plan list different tasks for the same PA team. */
export type PlanTaskDifference = {
  __typename?: 'PlanTaskDifference';
  /** Tasks in the council's care plan only. */
  councilOnlyTasks: Array<Scalars['String']['output']>;
  /** Tasks in the NHS plan only. */
  healthOnlyTasks: Array<Scalars['String']['output']>;
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  /** The person's current PAs, who carry out both plans. */
  personalAssistants: Array<PersonalAssistant>;
};

/** A proposed move of a person's care to other funding. */
export type ProposeTransitionInput = {
  /** The first day of the new funding (YYYY-MM-DD); the old episode ends the day before. */
  effectiveDate: Scalars['Date']['input'];
  /** The person's current episode (any funder's). */
  fromEpisodeId: Scalars['ID']['input'];
  /** The new episode's money. */
  newPlan: NewFundingPlanInput;
  /** Hub id of the person. */
  personId: Scalars['ID']['input'];
  /** GSS or ODS code of the proposing organisation. */
  proposedBy: Scalars['String']['input'];
  /** Why the move is proposed, e.g. a change in health needs (care team only). */
  reason: Scalars['String']['input'];
  /** Competences every PA needs for the new plan; course codes such as HT-PEG. */
  requiredCompetences?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Required for an integrated budget; must add up to 100. */
  shares?: InputMaybe<Array<TransitionShareInput>>;
  /** GSS code of the new council funder or ODS code of the new NHS funder (for an integrated budget, the NHS body). */
  toFunderCode: Scalars['String']['input'];
  /** The funding to move to. */
  toVehicle: FundingVehicle;
};

/** Why data is being used, as the caller's token states it; consent and objections name one. */
export type PurposeOfUse =
  /** Planning and buying services, from aggregates only. */
  | 'COMMISSIONING'
  /** A data protection officer's oversight: access logs, break-glass and consent reviews. */
  | 'DATA_PROTECTION'
  /** Planning, arranging and providing the person's care. */
  | 'DIRECT_CARE'
  /** The person (or a PA) looking at their own record. */
  | 'OWN_RECORD'
  /** Running the person's payments: payroll, managed accounts, PHB payments. */
  | 'PAYMENT_ADMINISTRATION'
  /** Training PAs and keeping their records. */
  | 'TRAINING_ADMINISTRATION';

/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type Query = {
  __typename?: 'Query';
  /** Relationships users' writes recorded that a data protection officer reviews (every pending one, every registration link), newest first (at most 500); by default those not yet reviewed, or only those still pending. For data protection officers. */
  assertedRelationships: Array<AssertedRelationship>;
  /** Break-glass grants, newest first; by default those not yet reviewed. At most 100 per page. For data protection officers. */
  breakGlassGrants: BreakGlassGrantConnection;
  /** Consent and objection records of every person, newest first, with who gave and recorded each, how, and their periods. At most 100 per page. For data protection officers. */
  consentRecords: ConsentRecordConnection;
  /** One person's funding timeline and their PA team across it. */
  continuityReport: ContinuityReport;
  /** How the people a filter covers are funded, by vehicle, payment support and care group, beside the previous period of the same length; suppressed and rounded. */
  fundingMixAggregates: FundingMixAggregates;
  /**
   * One duplicate review by hub id, for the organisation that submitted it or one that may see the
   * person it names.
   */
  matchReview?: Maybe<MatchReview>;
  /** The review queue, oldest first. At most 100 per page. */
  matchReviews: MatchReviewConnection;
  /** People search, ordered by family name, given name, id. At most 100 per page. */
  people: PersonConnection;
  /** A caseload: up to 200 people by hub id, in the order given; null where an id is not held. */
  peopleById: Array<Maybe<Person>>;
  /** One person, by hub id or by NHS number (exactly one of the two). */
  person?: Maybe<Person>;
  /** Hub ids of the people living in these postcode districts, for the hub's area aggregates. Never shown on a dashboard. */
  personIdsInPostcodeDistricts: Array<Scalars['ID']['output']>;
  /** Merges in which the person survived or was retired, newest first. */
  personMerges: Array<PersonMerge>;
  /** Dual-funded people of an NHS body whose council and NHS plans list different tasks. */
  planTaskDifferences: Array<PlanTaskDifference>;
  /**
   * One transition by hub id; null when it is not held or the caller is not party to it (and may not
   * see the person).
   */
  transition?: Maybe<Transition>;
  /** Funding transitions for a commissioner, suppressed and rounded. */
  transitionAggregates: TransitionAggregates;
  /** Completed moves whose effective date falls in [effectiveFrom, effectiveTo]. */
  transitionOutcomes: TransitionOutcomes;
  /** Moves in flight for a council (GSS code) or NHS body (ODS code), with blockers, gaps and overlaps among the people it funds. */
  transitionTracker: TransitionTracker;
  /** Transitions, newest proposal first. At most 100 per page. */
  transitions: TransitionConnection;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryAssertedRelationshipsArgs = {
  pendingOnly?: InputMaybe<Scalars['Boolean']['input']>;
  unreviewedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryBreakGlassGrantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  unreviewedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryConsentRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConsentRecordFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryContinuityReportArgs = {
  personId: Scalars['ID']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryFundingMixAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryMatchReviewArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryMatchReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MatchReviewStatus>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PeopleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPeopleByIdArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPersonArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  nhsNumber?: InputMaybe<Scalars['String']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPersonIdsInPostcodeDistrictsArgs = {
  districts: Array<Scalars['String']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPersonMergesArgs = {
  personId: Scalars['ID']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPlanTaskDifferencesArgs = {
  healthBodyOdsCode: Scalars['String']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryTransitionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryTransitionAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryTransitionOutcomesArgs = {
  areaCode?: InputMaybe<Scalars['String']['input']>;
  effectiveFrom: Scalars['Date']['input'];
  effectiveTo: Scalars['Date']['input'];
  fromVehicle?: InputMaybe<FundingVehicle>;
  funderCode?: InputMaybe<Scalars['String']['input']>;
  toVehicle?: InputMaybe<FundingVehicle>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryTransitionTrackerArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  funderCode: Scalars['String']['input'];
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryTransitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransitionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One thing holding a funding move back, in plain words. */
export type ReadinessBlocker = {
  __typename?: 'ReadinessBlocker';
  /** The course code of a missing competence. */
  courseCode?: Maybe<Scalars['String']['output']>;
  /** Plain words for the care team. */
  detail: Scalars['String']['output'];
  /** What kind of blocker. */
  kind: ReadinessBlockerKind;
  /** The PA it concerns; null for the person's own arrangements, or when the caller may not see the PA. */
  personalAssistant?: Maybe<PersonalAssistant>;
};

/** What holds a funding move back. */
export type ReadinessBlockerKind =
  /** A PA's health-task competence is recorded but not signed off by NHS clinical staff. */
  | 'COMPETENCE_NOT_SIGNED_OFF_BY_NHS'
  /** A PA has no signed contract of employment. */
  | 'CONTRACT_NOT_SIGNED'
  /** The employer's insurance has not been updated for a PA's health duties. */
  | 'INSURANCE_NOT_UPDATED'
  /** A PA lacks a current competence the new plan requires (never completed, or lapsed). */
  | 'MISSING_COMPETENCE'
  /** The person's care plan has no contingency plan (cover when a PA cannot come). */
  | 'NO_CONTINGENCY_PLAN'
  /** The person has no current PA. */
  | 'NO_PA_TEAM'
  /** The new funding pays the person but names no payroll or managed-account provider. */
  | 'PAYMENT_PROVIDER_NOT_SET'
  /** A PA's pay has not been reviewed for their health duties. */
  | 'PAY_RATE_NOT_UPDATED';

/**
 * A consent or objection. A consent needs at least one organisation, an end date at most 12 months
 * after its start, who gave it and how, and evidence for a written one, an LPA or a deputyship.
 * An objection only narrows who sees the record: it may name no organisation (every one) and no end.
 */
export type RecordConsentInput = {
  /** Required for WRITTEN, LASTING_POWER_OF_ATTORNEY and COURT_APPOINTED_DEPUTY: the reference of the form, the LPA or the order. */
  evidenceReference?: InputMaybe<Scalars['String']['input']>;
  /** The person, or a representative. */
  givenBy: ConsentGiver;
  /** Consent or objection. */
  kind: ConsentKind;
  /** How it was given; SIGNED_IN_PERSON only for the person recording it themselves. */
  method: ConsentMethod;
  /** Organisations covered (GSS, ODS or hub ids; at most 20). Required for a consent; for an objection, omit to cover every organisation. */
  organisationCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Hub id of the person. */
  personId: Scalars['ID']['input'];
  /** The purpose of use it covers. */
  purpose: PurposeOfUse;
  /** Required when a representative gave it. */
  representativeName?: InputMaybe<Scalars['String']['input']>;
  /** Required when a representative gave it: their relationship to the person. */
  representativeRelationship?: InputMaybe<Scalars['String']['input']>;
  /** The first day it covers (YYYY-MM-DD). */
  validFrom: Scalars['Date']['input'];
  /** The last day covered. Required for a consent, at most 12 months after validFrom. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** Sex as an agency records it, for matching identities: a difference weighs against two records being one person's. */
export type RecordedSex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Not known, indeterminate or not stated: counts neither for nor against a match. */
  | 'NOT_KNOWN';

/** A person's identity as an agency holds it, to register with the hub. */
export type RegisterPersonInput = {
  /** Date of birth (YYYY-MM-DD); not in the future. */
  dateOfBirth: Scalars['Date']['input'];
  /** Family name. */
  familyName: Scalars['String']['input'];
  /** Given name. */
  givenName: Scalars['String']['input'];
  /** The submitting agency's own identifiers for the person. */
  localIdentifiers?: InputMaybe<Array<LocalIdentifierInput>>;
  /** NHS number: ten digits, spaces allowed, with a valid check digit. */
  nhsNumber?: InputMaybe<Scalars['String']['input']>;
  /** How far the number is verified; only NUMBER_PRESENT_AND_VERIFIED (01) lets it link on its own. */
  nhsNumberVerificationStatus?: InputMaybe<NhsNumberVerificationStatus>;
  /** Outward code of the postcode (a full postcode is cut to it). */
  postcodeDistrict?: InputMaybe<Scalars['String']['input']>;
  /** Sex as the agency records it; compared by matching (a difference weighs against a link), never shown. */
  sex?: InputMaybe<RecordedSex>;
};

/** What registering a person came to. */
export type RegistrationOutcome =
  /** No one known is this person: a new person was registered. */
  | 'CREATED'
  /** The identity is someone already known: the agency's identifiers were attached to them. */
  | 'LINKED'
  /** Someone known might be this person: a reviewer decides (matchReviews). */
  | 'SENT_TO_REVIEW';

/** The identity an agency submitted, as registered. */
export type SubmittedIdentity = {
  __typename?: 'SubmittedIdentity';
  /** Date of birth as submitted. */
  dateOfBirth: Scalars['Date']['output'];
  /** Family name as submitted. */
  familyName: Scalars['String']['output'];
  /** Given name as submitted. */
  givenName: Scalars['String']['output'];
  /** The agency identifiers submitted with it. */
  localIdentifiers: Array<LocalIdentifier>;
  /** NHS number as submitted, with its verification status. */
  nhsNumber?: Maybe<NhsNumber>;
  /** Postcode district as submitted. */
  postcodeDistrict?: Maybe<Scalars['String']['output']>;
  /** The code of the organisation that submitted it (the review is its own to see and decide); null when the hub's own services did. */
  submittedBy?: Maybe<Scalars['String']['output']>;
};

/** An organisation that supports individual employers and PAs: advice, payroll, managed accounts, registers. */
export type SupportOrganisation = {
  __typename?: 'SupportOrganisation';
  /** Hub id of the support organisation (a UUID). */
  id: Scalars['ID']['output'];
};

/** A sum (days, hours, money) over a group: suppressed when fewer than five contribute, otherwise rounded. */
export type SuppressedAmount = {
  __typename?: 'SuppressedAmount';
  /** What to show: the rounded sum, or "<5 contributors" when fewer than five contribute. */
  display: Scalars['String']['output'];
  /** True when fewer than five contributed and the sum is not shown. */
  suppressed: Scalars['Boolean']['output'];
  /** The rounded sum; null when suppressed. */
  value?: Maybe<Scalars['Float']['output']>;
};

/**
 * A count made from person-level facts, published with small-number suppression: 0 as "0", 1 to 4
 * as "<5", and every other count rounded up to a multiple of 5, so that two overlapping figures cannot be
 * subtracted to reveal a small group.
 */
export type SuppressedCount = {
  __typename?: 'SuppressedCount';
  /** What to show: "0", "<5", or the count rounded up to a multiple of 5. */
  display: Scalars['String']['output'];
  /** True when the count is 1 to 4 and shown only as "<5". */
  suppressed: Scalars['Boolean']['output'];
  /** The rounded count; null when suppressed. */
  value?: Maybe<Scalars['Int']['output']>;
};

/** A move in flight, with how long it has taken and what holds it back. */
export type TrackedTransition = {
  __typename?: 'TrackedTransition';
  /** What holds it back; empty when nothing does (or the caller may not see readiness). */
  blockers: Array<ReadinessBlocker>;
  /** Days since it was proposed. */
  daysInProgress: Scalars['Int']['output'];
  /** Null when the caller may not see the transition: a hidden record never hides the one that names it. */
  transition?: Maybe<Transition>;
};

/**
 * A move of a person's care from one funding episode to another (e.g. council direct payment to
 * an ICB personal health budget). The person's employments, PAs and training records are never
 * touched: the old episode ends the day before the new one starts.
 * Dates, funders and money are shown to everyone who may see the move (an employer's payroll
 * provider included); the reason, required competences, readiness and steps only to the care
 * team: for anyone else they are null with a FORBIDDEN error.
 */
export type Transition = {
  __typename?: 'Transition';
  /** When it took effect, or ended rejected, withdrawn or failed; null while in flight. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Days from proposal to completion, or to today while in flight. */
  daysInProgress: Scalars['Int']['output'];
  /** The first day of the new episode; the old one ends the day before. */
  effectiveDate: Scalars['Date']['output'];
  /** Null when the caller may not see the episode: a hidden record never hides the one that names it. */
  fromEpisode?: Maybe<FundingEpisode>;
  /** Hub id of the transition (a UUID). */
  id: Scalars['ID']['output'];
  /** The episode opened by the transition, once applied. */
  newEpisode?: Maybe<FundingEpisode>;
  /** The new episode's money, as proposed. */
  newPlan: NewFundingPlan;
  /** The funders that must agree. */
  parties: Array<TransitionParty>;
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  /** When it was proposed. */
  proposedAt: Scalars['DateTime']['output'];
  /** Organisation code (GSS or ODS) of the proposer. */
  proposedBy: Scalars['String']['output'];
  /** Null (with an error) while a subgraph it depends on cannot be reached (care team only). */
  readiness?: Maybe<TransitionReadiness>;
  /** Why the move is proposed (care team only). */
  reason?: Maybe<Scalars['String']['output']>;
  /** Course codes of the competences every PA needs for the new plan, e.g. HT-PEG (care team only). */
  requiredCompetences?: Maybe<Array<Scalars['String']['output']>>;
  /** For an integrated budget: each funder's share, adding up to 100. */
  shares: Array<TransitionShare>;
  /** Where the move stands. */
  status: TransitionStatus;
  /** Why it was rejected, withdrawn or failed (care team only). */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** The coordinator's steps in applying the move (care team only). */
  steps?: Maybe<Array<TransitionStep>>;
  /** The new funder's GSS code (council) or ODS code (NHS body); for an integrated budget, the NHS body. */
  toFunderCode: Scalars['String']['output'];
  /** Whether the new funder is a council or an NHS body. */
  toFunderKind: FunderKind;
  /** The funding the person moves to. */
  toVehicle: FundingVehicle;
};

/** Funding transitions for commissioners: in flight, blockers, completions and continuity. Counts only. */
export type TransitionAggregates = {
  __typename?: 'TransitionAggregates';
  /** Moves in flight held back by each kind of readiness blocker (one move may be held by several). */
  blockedBy: Array<AggregateRow>;
  /** Moves that took effect in the period. */
  completedInPeriod: SuppressedCount;
  /** Gaps and overlaps in the period among the people the filter's council or NHS body funds; null without one. */
  continuity?: Maybe<ContinuityAggregates>;
  /** First day of the period counted. */
  from: Scalars['Date']['output'];
  /** Moves in flight now in which the filter's funders are parties. */
  inFlight: SuppressedCount;
  /** Moves in flight by the funding they move to. */
  inFlightByDestination: Array<AggregateRow>;
  /** Moves in flight by stage: proposed, agreed, applying. */
  inFlightByStage: Array<AggregateRow>;
  /** Of those, moves after which the person kept every PA. */
  keptAllPersonalAssistants: SuppressedCount;
  /** Agreed moves with nothing holding them back. */
  readyToApply: SuppressedCount;
  /** Last day of the period counted. */
  to: Scalars['Date']['output'];
};

/** A page of transitions. */
export type TransitionConnection = {
  __typename?: 'TransitionConnection';
  /** The transitions on this page. */
  edges: Array<TransitionEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many transitions match in all, counting only those the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** One transition in a page. */
export type TransitionEdge = {
  __typename?: 'TransitionEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The transition. */
  node: Transition;
};

/** Which transitions to list (all given conditions apply). */
export type TransitionFilter = {
  /** Only moves from this kind of funding. */
  fromVehicle?: InputMaybe<FundingVehicle>;
  /** Transitions in which this funder (GSS or ODS code) is a party. */
  funderCode?: InputMaybe<Scalars['String']['input']>;
  /** Only PROPOSED, AGREED and APPLYING. */
  inFlight?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this person's (hub id). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Only transitions in one of these states. */
  status?: InputMaybe<Array<TransitionStatus>>;
  /** Only moves to this kind of funding. */
  toVehicle?: InputMaybe<FundingVehicle>;
};

/** How completed moves went, for a commissioner. */
export type TransitionOutcomes = {
  __typename?: 'TransitionOutcomes';
  /** Days from proposal to taking effect, to one decimal place. */
  averageDaysToComplete?: Maybe<Scalars['Float']['output']>;
  /** Moves that took effect in the period. */
  completed: Scalars['Int']['output'];
  /** Of those, moves after which the person kept every PA. */
  keptAllPersonalAssistants: Scalars['Int']['output'];
  /** Days from proposal to taking effect. */
  medianDaysToComplete?: Maybe<Scalars['Float']['output']>;
  /** Share of completed moves that kept every PA, 0-100 with one decimal. */
  percentKeptAllPersonalAssistants?: Maybe<Scalars['Float']['output']>;
  /** The moves counted. */
  transitions: Array<Transition>;
};

/** A funder that must agree before a transition takes effect. */
export type TransitionParty = {
  __typename?: 'TransitionParty';
  /** The funder's GSS code (council) or ODS code (NHS body). */
  funderCode: Scalars['String']['output'];
  /** Council or NHS body. */
  funderKind: FunderKind;
  /** Current or new funder. */
  role: TransitionPartyRole;
};

/** A party's part in a transition. */
export type TransitionPartyRole =
  /** The funder of the episode that ends. */
  | 'CURRENT_FUNDER'
  /** A funder of the new episode (for an integrated budget, each funder with a share). */
  | 'NEW_FUNDER';

/** Whether the person's PA team and arrangements are ready for the new funding, computed across the graph. */
export type TransitionReadiness = {
  __typename?: 'TransitionReadiness';
  /** Every blocker: the person's and each PA's. */
  blockers: Array<ReadinessBlocker>;
  /** Each current PA's readiness. */
  personalAssistants: Array<PersonalAssistantReadiness>;
  /** True when nothing holds the move back. */
  ready: Scalars['Boolean']['output'];
};

/** One funder's part of a joint (integrated) budget. */
export type TransitionShare = {
  __typename?: 'TransitionShare';
  /** The funder's GSS code (council) or ODS code (NHS body). */
  funderCode: Scalars['String']['output'];
  /** Council or NHS body. */
  funderKind: FunderKind;
  /** Whole percent. */
  percentage: Scalars['Int']['output'];
};

/** One funder's share of a proposed integrated budget. */
export type TransitionShareInput = {
  /** The funder's GSS code (council) or ODS code (NHS body). */
  funderCode: Scalars['String']['input'];
  /** Council or NHS body. */
  funderKind: FunderKind;
  /** Whole percent; the shares add up to 100. */
  percentage: Scalars['Int']['input'];
};

/**
 * Where a funding transition stands. PROPOSED until every party has answered; AGREED once all
 * agree (it waits there while readiness blockers remain); APPLYING while the funders' subgraphs
 * end the old episode and open the new one; then EFFECTIVE. REJECTED, WITHDRAWN and FAILED
 * (a step could not be applied and what was done has been undone) are final.
 */
export type TransitionStatus =
  /** Every party agreed; waiting for readiness (or for the coordinator to apply it). */
  | 'AGREED'
  /** The coordinator is ending the old episode and opening the new one. */
  | 'APPLYING'
  /** Done: the new funding is in place. */
  | 'EFFECTIVE'
  /** A step could not be applied and what was done has been undone (final). */
  | 'FAILED'
  /** Proposed; waiting for every party's answer. */
  | 'PROPOSED'
  /** A party refused (final). */
  | 'REJECTED'
  /** Withdrawn before it applied (final). */
  | 'WITHDRAWN';

/** One step of applying a transition, as the coordinator recorded it. */
export type TransitionStep = {
  __typename?: 'TransitionStep';
  /** Times the coordinator has tried it. */
  attempts: Scalars['Int']['output'];
  /** Why the last attempt failed; null when it did not. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** OPEN_NEW_EPISODE or END_OLD_EPISODE. */
  name: Scalars['String']['output'];
  /** Pending, done, failed or undone. */
  state: TransitionStepState;
  /** When the step last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Where a coordinator's step stands. */
export type TransitionStepState =
  /** Done in the funder's subgraph. */
  | 'DONE'
  /** Refused by the funder's subgraph; what was done is being undone. */
  | 'FAILED'
  /** Not done yet; retried until it lands (e.g. while a funder's subgraph is down). */
  | 'PENDING'
  /** Undone after another step failed. */
  | 'UNDONE';

/** A council's or NHS body's view of the moves in flight and the continuity problems around them. */
export type TransitionTracker = {
  __typename?: 'TransitionTracker';
  /** The council's GSS code or NHS body's ODS code the tracker is for. */
  funderCode: Scalars['String']['output'];
  /** Funding gaps in the period among the people the funder pays. */
  gaps: Array<FundingGap>;
  /** Moves proposed, agreed or applying in which the funder is a party. */
  inFlight: Array<TrackedTransition>;
  /** Funding overlaps in the period among the people the funder pays. */
  overlaps: Array<FundingOverlap>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  MatchReview: MatchReview;
  Person: Person;
  PersonMerge: PersonMerge;
  Transition: Transition;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  MatchReview:
    ( { __typename: 'MatchReview' }
    & GraphQLRecursivePick<FederationTypes['MatchReview'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Person'], {"socialCareFunding":{"__typename":true,"id":true},"healthFunding":{"__typename":true,"id":true}}> ) );
  PersonMerge:
    ( { __typename: 'PersonMerge' }
    & GraphQLRecursivePick<FederationTypes['PersonMerge'], {"id":true}> );
  Transition:
    ( { __typename: 'Transition' }
    & GraphQLRecursivePick<FederationTypes['Transition'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  FundingEpisode:
    | ( CommissionedPackage )
    | ( ContinuingHealthcarePackage )
    | ( DirectPayment )
    | ( IndividualServiceFund )
    | ( IntegratedBudget )
    | ( PersonalHealthBudget )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessAction: AccessAction;
  AccessLogConnection: ResolverTypeWrapper<Omit<AccessLogConnection, 'edges'> & { edges: Array<ResolversTypes['AccessLogEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessLogEdge: ResolverTypeWrapper<Omit<AccessLogEdge, 'node'> & { node: ResolversTypes['AccessLogEntry'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessLogEntry: ResolverTypeWrapper<AuditEventRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AccessLogUser: ResolverTypeWrapper<AccessLogUser>;
  AccessOutcome: AccessOutcome;
  AgencyKind: AgencyKind;
  AggregateFilter: AggregateFilter;
  AggregateRow: ResolverTypeWrapper<AggregateRow>;
  AssertedRelationship: ResolverTypeWrapper<AssertedRelationshipRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssertedRelationshipDecision: AssertedRelationshipDecision;
  AssertedRelationshipStatus: AssertedRelationshipStatus;
  BreakGlassCategory: BreakGlassCategory;
  BreakGlassGrant: ResolverTypeWrapper<BreakGlassRow>;
  BreakGlassGrantConnection: ResolverTypeWrapper<Omit<BreakGlassGrantConnection, 'edges'> & { edges: Array<ResolversTypes['BreakGlassGrantEdge']> }>;
  BreakGlassGrantEdge: ResolverTypeWrapper<Omit<BreakGlassGrantEdge, 'node'> & { node: ResolversTypes['BreakGlassGrant'] }>;
  CommissionedPackage: ResolverTypeWrapper<CommissionedPackage>;
  ConsentGiver: ConsentGiver;
  ConsentKind: ConsentKind;
  ConsentMethod: ConsentMethod;
  ConsentRecord: ResolverTypeWrapper<ConsentRow>;
  ConsentRecordConnection: ResolverTypeWrapper<Omit<ConsentRecordConnection, 'edges'> & { edges: Array<ResolversTypes['ConsentRecordEdge']> }>;
  ConsentRecordEdge: ResolverTypeWrapper<Omit<ConsentRecordEdge, 'node'> & { node: ResolversTypes['ConsentRecord'] }>;
  ConsentRecordFilter: ConsentRecordFilter;
  ContingencyPlanState: ContingencyPlanState;
  ContinuingHealthcarePackage: ResolverTypeWrapper<ContinuingHealthcarePackage>;
  ContinuityAggregates: ResolverTypeWrapper<ContinuityAggregates>;
  ContinuityChange: ContinuityChange;
  ContinuityPa: ResolverTypeWrapper<Omit<ContinuityPa, 'fundedBy'> & { fundedBy: Array<ResolversTypes['FundingEpisode']> }>;
  ContinuityReport: ResolverTypeWrapper<Omit<ContinuityReport, 'boundaries' | 'fundingHistory' | 'gaps' | 'overlaps' | 'person' | 'personalAssistants'> & { boundaries: Array<ResolversTypes['FundingBoundary']>, fundingHistory: Array<ResolversTypes['FundingEpisode']>, gaps: Array<ResolversTypes['FundingGap']>, overlaps: Array<ResolversTypes['FundingOverlap']>, person?: Maybe<ResolversTypes['Person']>, personalAssistants: Array<ResolversTypes['ContinuityPa']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DirectPayment: ResolverTypeWrapper<DirectPayment>;
  FieldComparison: FieldComparison;
  FieldContribution: ResolverTypeWrapper<FieldContribution>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FunderKind: FunderKind;
  FundingBoundary: ResolverTypeWrapper<Omit<FundingBoundary, 'from' | 'to' | 'transition'> & { from?: Maybe<ResolversTypes['FundingEpisode']>, to?: Maybe<ResolversTypes['FundingEpisode']>, transition?: Maybe<ResolversTypes['Transition']> }>;
  FundingEpisode: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['FundingEpisode']>;
  FundingGap: ResolverTypeWrapper<Omit<FundingGap, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  FundingMixAggregates: ResolverTypeWrapper<FundingMixAggregates>;
  FundingMixRow: ResolverTypeWrapper<FundingMixRow>;
  FundingOverlap: ResolverTypeWrapper<Omit<FundingOverlap, 'episodes' | 'person'> & { episodes: Array<ResolversTypes['FundingEpisode']>, person?: Maybe<ResolversTypes['Person']> }>;
  FundingVehicle: FundingVehicle;
  IndividualServiceFund: ResolverTypeWrapper<IndividualServiceFund>;
  IntegratedBudget: ResolverTypeWrapper<IntegratedBudget>;
  LocalIdentifier: ResolverTypeWrapper<LocalIdentifierModel>;
  LocalIdentifierInput: LocalIdentifierInput;
  MatchCandidate: ResolverTypeWrapper<StoredCandidate>;
  MatchDecision: ResolverTypeWrapper<MatchDecisionModel>;
  MatchDecisionAction: MatchDecisionAction;
  MatchField: MatchField;
  MatchReview: ResolverTypeWrapper<MatchReviewModel>;
  MatchReviewConnection: ResolverTypeWrapper<Omit<MatchReviewConnection, 'edges'> & { edges: Array<ResolversTypes['MatchReviewEdge']> }>;
  MatchReviewEdge: ResolverTypeWrapper<Omit<MatchReviewEdge, 'node'> & { node: ResolversTypes['MatchReview'] }>;
  MatchReviewStatus: MatchReviewStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewFundingPlan: ResolverTypeWrapper<NewFundingPlan>;
  NewFundingPlanInput: NewFundingPlanInput;
  NhsNumber: ResolverTypeWrapper<NhsNumber>;
  NhsNumberVerificationStatus: NhsNumberVerificationStatus;
  PaContinuity: ResolverTypeWrapper<PaContinuity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentSupport: PaymentSupport;
  PeopleFilter: PeopleFilter;
  Person: ResolverTypeWrapper<PersonModel>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonMerge: ResolverTypeWrapper<PersonMergeModel>;
  PersonMergeStatus: PersonMergeStatus;
  PersonMergeStep: ResolverTypeWrapper<PersonMergeStepModel>;
  PersonRegistration: ResolverTypeWrapper<Registration>;
  PersonalAssistant: ResolverTypeWrapper<PersonalAssistant>;
  PersonalAssistantReadiness: ResolverTypeWrapper<PersonalAssistantReadiness>;
  PersonalHealthBudget: ResolverTypeWrapper<PersonalHealthBudget>;
  PhbManagement: PhbManagement;
  PlanTaskDifference: ResolverTypeWrapper<Omit<PlanTaskDifference, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  ProposeTransitionInput: ProposeTransitionInput;
  PurposeOfUse: PurposeOfUse;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadinessBlocker: ResolverTypeWrapper<ReadinessBlocker>;
  ReadinessBlockerKind: ReadinessBlockerKind;
  RecordConsentInput: RecordConsentInput;
  RecordedSex: RecordedSex;
  RegisterPersonInput: RegisterPersonInput;
  RegistrationOutcome: RegistrationOutcome;
  SubmittedIdentity: ResolverTypeWrapper<StoredSubmission>;
  SupportOrganisation: ResolverTypeWrapper<SupportOrganisation>;
  SuppressedAmount: ResolverTypeWrapper<SuppressedAmount>;
  SuppressedCount: ResolverTypeWrapper<SuppressedCount>;
  TrackedTransition: ResolverTypeWrapper<Omit<TrackedTransition, 'transition'> & { transition?: Maybe<ResolversTypes['Transition']> }>;
  Transition: ResolverTypeWrapper<TransitionModel>;
  TransitionAggregates: ResolverTypeWrapper<TransitionAggregates>;
  TransitionConnection: ResolverTypeWrapper<Omit<TransitionConnection, 'edges'> & { edges: Array<ResolversTypes['TransitionEdge']> }>;
  TransitionEdge: ResolverTypeWrapper<Omit<TransitionEdge, 'node'> & { node: ResolversTypes['Transition'] }>;
  TransitionFilter: TransitionFilter;
  TransitionOutcomes: ResolverTypeWrapper<Omit<TransitionOutcomes, 'transitions'> & { transitions: Array<ResolversTypes['Transition']> }>;
  TransitionParty: ResolverTypeWrapper<TransitionParty>;
  TransitionPartyRole: TransitionPartyRole;
  TransitionReadiness: ResolverTypeWrapper<TransitionReadiness>;
  TransitionShare: ResolverTypeWrapper<TransitionShare>;
  TransitionShareInput: TransitionShareInput;
  TransitionStatus: TransitionStatus;
  TransitionStep: ResolverTypeWrapper<TransitionStepModel>;
  TransitionStepState: TransitionStepState;
  TransitionTracker: ResolverTypeWrapper<Omit<TransitionTracker, 'gaps' | 'inFlight' | 'overlaps'> & { gaps: Array<ResolversTypes['FundingGap']>, inFlight: Array<ResolversTypes['TrackedTransition']>, overlaps: Array<ResolversTypes['FundingOverlap']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessLogConnection: Omit<AccessLogConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccessLogEdge']> };
  Int: Scalars['Int']['output'];
  AccessLogEdge: Omit<AccessLogEdge, 'node'> & { node: ResolversParentTypes['AccessLogEntry'] };
  String: Scalars['String']['output'];
  AccessLogEntry: AuditEventRow;
  Boolean: Scalars['Boolean']['output'];
  AccessLogUser: AccessLogUser;
  AggregateFilter: AggregateFilter;
  AggregateRow: AggregateRow;
  AssertedRelationship: AssertedRelationshipRow;
  ID: Scalars['ID']['output'];
  BreakGlassGrant: BreakGlassRow;
  BreakGlassGrantConnection: Omit<BreakGlassGrantConnection, 'edges'> & { edges: Array<ResolversParentTypes['BreakGlassGrantEdge']> };
  BreakGlassGrantEdge: Omit<BreakGlassGrantEdge, 'node'> & { node: ResolversParentTypes['BreakGlassGrant'] };
  CommissionedPackage: CommissionedPackage;
  ConsentRecord: ConsentRow;
  ConsentRecordConnection: Omit<ConsentRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConsentRecordEdge']> };
  ConsentRecordEdge: Omit<ConsentRecordEdge, 'node'> & { node: ResolversParentTypes['ConsentRecord'] };
  ConsentRecordFilter: ConsentRecordFilter;
  ContinuingHealthcarePackage: ContinuingHealthcarePackage;
  ContinuityAggregates: ContinuityAggregates;
  ContinuityPa: Omit<ContinuityPa, 'fundedBy'> & { fundedBy: Array<ResolversParentTypes['FundingEpisode']> };
  ContinuityReport: Omit<ContinuityReport, 'boundaries' | 'fundingHistory' | 'gaps' | 'overlaps' | 'person' | 'personalAssistants'> & { boundaries: Array<ResolversParentTypes['FundingBoundary']>, fundingHistory: Array<ResolversParentTypes['FundingEpisode']>, gaps: Array<ResolversParentTypes['FundingGap']>, overlaps: Array<ResolversParentTypes['FundingOverlap']>, person?: Maybe<ResolversParentTypes['Person']>, personalAssistants: Array<ResolversParentTypes['ContinuityPa']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DirectPayment: DirectPayment;
  FieldContribution: FieldContribution;
  Float: Scalars['Float']['output'];
  FundingBoundary: Omit<FundingBoundary, 'from' | 'to' | 'transition'> & { from?: Maybe<ResolversParentTypes['FundingEpisode']>, to?: Maybe<ResolversParentTypes['FundingEpisode']>, transition?: Maybe<ResolversParentTypes['Transition']> };
  FundingEpisode: ResolversInterfaceTypes<ResolversParentTypes>['FundingEpisode'];
  FundingGap: Omit<FundingGap, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  FundingMixAggregates: FundingMixAggregates;
  FundingMixRow: FundingMixRow;
  FundingOverlap: Omit<FundingOverlap, 'episodes' | 'person'> & { episodes: Array<ResolversParentTypes['FundingEpisode']>, person?: Maybe<ResolversParentTypes['Person']> };
  IndividualServiceFund: IndividualServiceFund;
  IntegratedBudget: IntegratedBudget;
  LocalIdentifier: LocalIdentifierModel;
  LocalIdentifierInput: LocalIdentifierInput;
  MatchCandidate: StoredCandidate;
  MatchDecision: MatchDecisionModel;
  MatchReview: MatchReviewModel;
  MatchReviewConnection: Omit<MatchReviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['MatchReviewEdge']> };
  MatchReviewEdge: Omit<MatchReviewEdge, 'node'> & { node: ResolversParentTypes['MatchReview'] };
  Mutation: Record<PropertyKey, never>;
  NewFundingPlan: NewFundingPlan;
  NewFundingPlanInput: NewFundingPlanInput;
  NhsNumber: NhsNumber;
  PaContinuity: PaContinuity;
  PageInfo: PageInfo;
  PeopleFilter: PeopleFilter;
  Person: PersonModel;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonMerge: PersonMergeModel;
  PersonMergeStep: PersonMergeStepModel;
  PersonRegistration: Registration;
  PersonalAssistant: PersonalAssistant;
  PersonalAssistantReadiness: PersonalAssistantReadiness;
  PersonalHealthBudget: PersonalHealthBudget;
  PlanTaskDifference: Omit<PlanTaskDifference, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  ProposeTransitionInput: ProposeTransitionInput;
  Query: Record<PropertyKey, never>;
  ReadinessBlocker: ReadinessBlocker;
  RecordConsentInput: RecordConsentInput;
  RegisterPersonInput: RegisterPersonInput;
  SubmittedIdentity: StoredSubmission;
  SupportOrganisation: SupportOrganisation;
  SuppressedAmount: SuppressedAmount;
  SuppressedCount: SuppressedCount;
  TrackedTransition: Omit<TrackedTransition, 'transition'> & { transition?: Maybe<ResolversParentTypes['Transition']> };
  Transition: TransitionModel;
  TransitionAggregates: TransitionAggregates;
  TransitionConnection: Omit<TransitionConnection, 'edges'> & { edges: Array<ResolversParentTypes['TransitionEdge']> };
  TransitionEdge: Omit<TransitionEdge, 'node'> & { node: ResolversParentTypes['Transition'] };
  TransitionFilter: TransitionFilter;
  TransitionOutcomes: Omit<TransitionOutcomes, 'transitions'> & { transitions: Array<ResolversParentTypes['Transition']> };
  TransitionParty: TransitionParty;
  TransitionReadiness: TransitionReadiness;
  TransitionShare: TransitionShare;
  TransitionShareInput: TransitionShareInput;
  TransitionStep: TransitionStepModel;
  TransitionTracker: Omit<TransitionTracker, 'gaps' | 'inFlight' | 'overlaps'> & { gaps: Array<ResolversParentTypes['FundingGap']>, inFlight: Array<ResolversParentTypes['TrackedTransition']>, overlaps: Array<ResolversParentTypes['FundingOverlap']> };
}>;

export type AccessLogConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccessLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccessLogEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogEdge'] = ResolversParentTypes['AccessLogEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AccessLogEntry'], ParentType, ContextType>;
}>;

export type AccessLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AccessAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  breakGlass?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['AccessLogUser']>, ParentType, ContextType>;
  organisationCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AccessOutcome'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refusal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AccessLogUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogUser'] = ResolversParentTypes['AccessLogUser']> = ResolversObject<{
  organisationCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AggregateRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AggregateRow'] = ResolversParentTypes['AggregateRow']> = ResolversObject<{
  count?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AssertedRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssertedRelationship'] = ResolversParentTypes['AssertedRelationship']> = ResolversObject<{
  assertedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  assertedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  assertedByUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  assertedThrough?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  corroboration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssertedRelationshipStatus'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BreakGlassGrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BreakGlassGrant'] = ResolversParentTypes['BreakGlassGrant']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['BreakGlassCategory']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisationCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BreakGlassGrantConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BreakGlassGrantConnection'] = ResolversParentTypes['BreakGlassGrantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BreakGlassGrantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BreakGlassGrantEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BreakGlassGrantEdge'] = ResolversParentTypes['BreakGlassGrantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BreakGlassGrant'], ParentType, ContextType>;
}>;

export type CommissionedPackageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommissionedPackage'] = ResolversParentTypes['CommissionedPackage']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConsentRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsentRecord'] = ResolversParentTypes['ConsentRecord']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidenceReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenBy?: Resolver<Maybe<ResolversTypes['ConsentGiver']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConsentKind'], ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['ConsentMethod']>, ParentType, ContextType>;
  organisationCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['PurposeOfUse'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedByOrganisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedByRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedByUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  representativeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  representativeRelationship?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  withdrawnBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ConsentRecordConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsentRecordConnection'] = ResolversParentTypes['ConsentRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConsentRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConsentRecordEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsentRecordEdge'] = ResolversParentTypes['ConsentRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConsentRecord'], ParentType, ContextType>;
}>;

export type ContinuingHealthcarePackageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContinuingHealthcarePackage'] = ResolversParentTypes['ContinuingHealthcarePackage']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ContinuityAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContinuityAggregates'] = ResolversParentTypes['ContinuityAggregates']> = ResolversObject<{
  gapDays?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  overlapDays?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  peopleWithGaps?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  peopleWithOverlaps?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
}>;

export type ContinuityPaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContinuityPa'] = ResolversParentTypes['ContinuityPa']> = ResolversObject<{
  employmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fundedBy?: Resolver<Array<ResolversTypes['FundingEpisode']>, ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ContinuityReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContinuityReport'] = ResolversParentTypes['ContinuityReport']> = ResolversObject<{
  boundaries?: Resolver<Array<ResolversTypes['FundingBoundary']>, ParentType, ContextType>;
  fundingHistory?: Resolver<Array<ResolversTypes['FundingEpisode']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['FundingGap']>, ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['FundingOverlap']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  personalAssistantRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  personalAssistants?: Resolver<Array<ResolversTypes['ContinuityPa']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DirectPaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DirectPayment'] = ResolversParentTypes['DirectPayment']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FieldContributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldContribution'] = ResolversParentTypes['FieldContribution']> = ResolversObject<{
  comparison?: Resolver<ResolversTypes['FieldComparison'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['MatchField'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type FundingBoundaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingBoundary'] = ResolversParentTypes['FundingBoundary']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['FundingEpisode']>, ParentType, ContextType>;
  keptAllPersonalAssistants?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  personalAssistants?: Resolver<Array<ResolversTypes['PaContinuity']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['FundingEpisode']>, ParentType, ContextType>;
  transition?: Resolver<Maybe<ResolversTypes['Transition']>, ParentType, ContextType>;
}>;

export type FundingEpisodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingEpisode'] = ResolversParentTypes['FundingEpisode']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CommissionedPackage' | 'ContinuingHealthcarePackage' | 'DirectPayment' | 'IndividualServiceFund' | 'IntegratedBudget' | 'PersonalHealthBudget', ParentType, ContextType>;
}>;

export type FundingGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingGap'] = ResolversParentTypes['FundingGap']> = ResolversObject<{
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type FundingMixAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingMixAggregates'] = ResolversParentTypes['FundingMixAggregates']> = ResolversObject<{
  byCareGroup?: Resolver<Array<ResolversTypes['FundingMixRow']>, ParentType, ContextType>;
  byPaymentSupport?: Resolver<Array<ResolversTypes['FundingMixRow']>, ParentType, ContextType>;
  byVehicle?: Resolver<Array<ResolversTypes['FundingMixRow']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  previousFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousPeople?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  previousTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type FundingMixRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingMixRow'] = ResolversParentTypes['FundingMixRow']> = ResolversObject<{
  count?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousCount?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
}>;

export type FundingOverlapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingOverlap'] = ResolversParentTypes['FundingOverlap']> = ResolversObject<{
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  episodes?: Resolver<Array<ResolversTypes['FundingEpisode']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type IndividualServiceFundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndividualServiceFund'] = ResolversParentTypes['IndividualServiceFund']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IntegratedBudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegratedBudget'] = ResolversParentTypes['IntegratedBudget']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LocalIdentifierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalIdentifier'] = ResolversParentTypes['LocalIdentifier']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['AgencyKind'], ParentType, ContextType>;
  organisationCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MatchCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchCandidate'] = ResolversParentTypes['MatchCandidate']> = ResolversObject<{
  contributions?: Resolver<Array<ResolversTypes['FieldContribution']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MatchDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchDecision'] = ResolversParentTypes['MatchDecision']> = ResolversObject<{
  action?: Resolver<ResolversTypes['MatchDecisionAction'], ParentType, ContextType>;
  automatic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromPerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  localIdentifiers?: Resolver<Array<ResolversTypes['LocalIdentifier']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MatchReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchReview'] = ResolversParentTypes['MatchReview'], FederationReferenceType extends FederationReferenceTypes['MatchReview'] = FederationReferenceTypes['MatchReview']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MatchReview']> | FederationReferenceType, FederationReferenceType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['MatchCandidate']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['MatchDecision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchReviewStatus'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['SubmittedIdentity'], ParentType, ContextType>;
}>;

export type MatchReviewConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchReviewConnection'] = ResolversParentTypes['MatchReviewConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MatchReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MatchReviewEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchReviewEdge'] = ResolversParentTypes['MatchReviewEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MatchReview'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addLocalIdentifier?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationAddLocalIdentifierArgs, 'input' | 'personId'>>;
  breakGlass?: Resolver<ResolversTypes['BreakGlassGrant'], ParentType, ContextType, RequireFields<MutationBreakGlassArgs, 'category' | 'minutes' | 'personId' | 'reason'>>;
  linkMatchReview?: Resolver<ResolversTypes['MatchReview'], ParentType, ContextType, RequireFields<MutationLinkMatchReviewArgs, 'decidedBy' | 'id' | 'personId' | 'reason'>>;
  mergePeople?: Resolver<ResolversTypes['PersonMerge'], ParentType, ContextType, RequireFields<MutationMergePeopleArgs, 'decidedBy' | 'reason' | 'retiredId' | 'survivorId'>>;
  proposeTransition?: Resolver<ResolversTypes['Transition'], ParentType, ContextType, RequireFields<MutationProposeTransitionArgs, 'input'>>;
  reconcilePersonMerge?: Resolver<ResolversTypes['PersonMerge'], ParentType, ContextType, RequireFields<MutationReconcilePersonMergeArgs, 'id'>>;
  reconcileTransition?: Resolver<ResolversTypes['Transition'], ParentType, ContextType, RequireFields<MutationReconcileTransitionArgs, 'id'>>;
  recordConsent?: Resolver<ResolversTypes['ConsentRecord'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  registerPerson?: Resolver<ResolversTypes['PersonRegistration'], ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
  rejectMatchReview?: Resolver<ResolversTypes['MatchReview'], ParentType, ContextType, RequireFields<MutationRejectMatchReviewArgs, 'decidedBy' | 'id' | 'reason'>>;
  reopenMatchReview?: Resolver<ResolversTypes['MatchReview'], ParentType, ContextType, RequireFields<MutationReopenMatchReviewArgs, 'decidedBy' | 'id' | 'reason'>>;
  reviewAssertedRelationship?: Resolver<ResolversTypes['AssertedRelationship'], ParentType, ContextType, RequireFields<MutationReviewAssertedRelationshipArgs, 'decision' | 'id' | 'note'>>;
  reviewBreakGlass?: Resolver<ResolversTypes['BreakGlassGrant'], ParentType, ContextType, RequireFields<MutationReviewBreakGlassArgs, 'id' | 'note'>>;
  unlinkMatchReview?: Resolver<ResolversTypes['MatchReview'], ParentType, ContextType, RequireFields<MutationUnlinkMatchReviewArgs, 'decidedBy' | 'id' | 'reason'>>;
  unmergePeople?: Resolver<ResolversTypes['PersonMerge'], ParentType, ContextType, RequireFields<MutationUnmergePeopleArgs, 'decidedBy' | 'mergeId' | 'reason'>>;
  withdrawConsent?: Resolver<ResolversTypes['ConsentRecord'], ParentType, ContextType, RequireFields<MutationWithdrawConsentArgs, 'id'>>;
  withdrawTransition?: Resolver<ResolversTypes['Transition'], ParentType, ContextType, RequireFields<MutationWithdrawTransitionArgs, 'id' | 'reason'>>;
}>;

export type NewFundingPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewFundingPlan'] = ResolversParentTypes['NewFundingPlan']> = ResolversObject<{
  hourlyRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hoursPerWeek?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  paymentSupport?: Resolver<Maybe<ResolversTypes['PaymentSupport']>, ParentType, ContextType>;
  paymentSupportProvider?: Resolver<Maybe<ResolversTypes['SupportOrganisation']>, ParentType, ContextType>;
  phbManagement?: Resolver<Maybe<ResolversTypes['PhbManagement']>, ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type NhsNumberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NhsNumber'] = ResolversParentTypes['NhsNumber']> = ResolversObject<{
  formatted?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verificationCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verificationStatus?: Resolver<ResolversTypes['NhsNumberVerificationStatus'], ParentType, ContextType>;
}>;

export type PaContinuityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaContinuity'] = ResolversParentTypes['PaContinuity']> = ResolversObject<{
  change?: Resolver<ResolversTypes['ContinuityChange'], ParentType, ContextType>;
  employmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<PersonAccessLogArgs, 'first'>>;
  consents?: Resolver<Maybe<Array<ResolversTypes['ConsentRecord']>>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dateOfBirth?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  fundingHistory?: Resolver<Maybe<Array<ResolversTypes['FundingEpisode']>>, ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localIdentifiers?: Resolver<Array<ResolversTypes['LocalIdentifier']>, ParentType, ContextType>;
  nhsNumber?: Resolver<Maybe<ResolversTypes['NhsNumber']>, ParentType, ContextType>;
  postcodeDistrict?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type PersonMergeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonMerge'] = ResolversParentTypes['PersonMerge'], FederationReferenceType extends FederationReferenceTypes['PersonMerge'] = FederationReferenceTypes['PersonMerge']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonMerge']> | FederationReferenceType, FederationReferenceType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retiredPersonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rowsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PersonMergeStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PersonMergeStep']>, ParentType, ContextType>;
  survivor?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  unmergeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unmergedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  unmergedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonMergeStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonMergeStep'] = ResolversParentTypes['PersonMergeStep']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rowsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonRegistrationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonRegistration'] = ResolversParentTypes['PersonRegistration']> = ResolversObject<{
  matchedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['RegistrationOutcome'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['MatchReview']>, ParentType, ContextType>;
}>;

export type PersonalAssistantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalAssistant'] = ResolversParentTypes['PersonalAssistant']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PersonalAssistantReadinessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalAssistantReadiness'] = ResolversParentTypes['PersonalAssistantReadiness']> = ResolversObject<{
  blockers?: Resolver<Array<ResolversTypes['ReadinessBlocker']>, ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonalHealthBudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalHealthBudget'] = ResolversParentTypes['PersonalHealthBudget']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlanTaskDifferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanTaskDifference'] = ResolversParentTypes['PlanTaskDifference']> = ResolversObject<{
  councilOnlyTasks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  healthOnlyTasks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personalAssistants?: Resolver<Array<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  assertedRelationships?: Resolver<Array<ResolversTypes['AssertedRelationship']>, ParentType, ContextType, RequireFields<QueryAssertedRelationshipsArgs, 'pendingOnly' | 'unreviewedOnly'>>;
  breakGlassGrants?: Resolver<ResolversTypes['BreakGlassGrantConnection'], ParentType, ContextType, RequireFields<QueryBreakGlassGrantsArgs, 'first' | 'unreviewedOnly'>>;
  consentRecords?: Resolver<ResolversTypes['ConsentRecordConnection'], ParentType, ContextType, RequireFields<QueryConsentRecordsArgs, 'first'>>;
  continuityReport?: Resolver<ResolversTypes['ContinuityReport'], ParentType, ContextType, RequireFields<QueryContinuityReportArgs, 'personId'>>;
  fundingMixAggregates?: Resolver<ResolversTypes['FundingMixAggregates'], ParentType, ContextType, Partial<QueryFundingMixAggregatesArgs>>;
  matchReview?: Resolver<Maybe<ResolversTypes['MatchReview']>, ParentType, ContextType, RequireFields<QueryMatchReviewArgs, 'id'>>;
  matchReviews?: Resolver<ResolversTypes['MatchReviewConnection'], ParentType, ContextType, RequireFields<QueryMatchReviewsArgs, 'first' | 'status'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  peopleById?: Resolver<Array<Maybe<ResolversTypes['Person']>>, ParentType, ContextType, RequireFields<QueryPeopleByIdArgs, 'ids'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, Partial<QueryPersonArgs>>;
  personIdsInPostcodeDistricts?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryPersonIdsInPostcodeDistrictsArgs, 'districts'>>;
  personMerges?: Resolver<Array<ResolversTypes['PersonMerge']>, ParentType, ContextType, RequireFields<QueryPersonMergesArgs, 'personId'>>;
  planTaskDifferences?: Resolver<Array<ResolversTypes['PlanTaskDifference']>, ParentType, ContextType, RequireFields<QueryPlanTaskDifferencesArgs, 'healthBodyOdsCode'>>;
  transition?: Resolver<Maybe<ResolversTypes['Transition']>, ParentType, ContextType, RequireFields<QueryTransitionArgs, 'id'>>;
  transitionAggregates?: Resolver<ResolversTypes['TransitionAggregates'], ParentType, ContextType, Partial<QueryTransitionAggregatesArgs>>;
  transitionOutcomes?: Resolver<ResolversTypes['TransitionOutcomes'], ParentType, ContextType, RequireFields<QueryTransitionOutcomesArgs, 'effectiveFrom' | 'effectiveTo'>>;
  transitionTracker?: Resolver<ResolversTypes['TransitionTracker'], ParentType, ContextType, RequireFields<QueryTransitionTrackerArgs, 'funderCode'>>;
  transitions?: Resolver<ResolversTypes['TransitionConnection'], ParentType, ContextType, RequireFields<QueryTransitionsArgs, 'first'>>;
}>;

export type ReadinessBlockerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReadinessBlocker'] = ResolversParentTypes['ReadinessBlocker']> = ResolversObject<{
  courseCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReadinessBlockerKind'], ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
}>;

export type SubmittedIdentityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmittedIdentity'] = ResolversParentTypes['SubmittedIdentity']> = ResolversObject<{
  dateOfBirth?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localIdentifiers?: Resolver<Array<ResolversTypes['LocalIdentifier']>, ParentType, ContextType>;
  nhsNumber?: Resolver<Maybe<ResolversTypes['NhsNumber']>, ParentType, ContextType>;
  postcodeDistrict?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submittedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SupportOrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOrganisation'] = ResolversParentTypes['SupportOrganisation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SuppressedAmountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuppressedAmount'] = ResolversParentTypes['SuppressedAmount']> = ResolversObject<{
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type SuppressedCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuppressedCount'] = ResolversParentTypes['SuppressedCount']> = ResolversObject<{
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type TrackedTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrackedTransition'] = ResolversParentTypes['TrackedTransition']> = ResolversObject<{
  blockers?: Resolver<Array<ResolversTypes['ReadinessBlocker']>, ParentType, ContextType>;
  daysInProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transition?: Resolver<Maybe<ResolversTypes['Transition']>, ParentType, ContextType>;
}>;

export type TransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Transition'] = ResolversParentTypes['Transition'], FederationReferenceType extends FederationReferenceTypes['Transition'] = FederationReferenceTypes['Transition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Transition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  daysInProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromEpisode?: Resolver<Maybe<ResolversTypes['FundingEpisode']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newEpisode?: Resolver<Maybe<ResolversTypes['FundingEpisode']>, ParentType, ContextType>;
  newPlan?: Resolver<ResolversTypes['NewFundingPlan'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['TransitionParty']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  proposedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readiness?: Resolver<Maybe<ResolversTypes['TransitionReadiness']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requiredCompetences?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['TransitionShare']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransitionStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  steps?: Resolver<Maybe<Array<ResolversTypes['TransitionStep']>>, ParentType, ContextType>;
  toFunderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toFunderKind?: Resolver<ResolversTypes['FunderKind'], ParentType, ContextType>;
  toVehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
}>;

export type TransitionAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionAggregates'] = ResolversParentTypes['TransitionAggregates']> = ResolversObject<{
  blockedBy?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  completedInPeriod?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  continuity?: Resolver<Maybe<ResolversTypes['ContinuityAggregates']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  inFlight?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  inFlightByDestination?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  inFlightByStage?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  keptAllPersonalAssistants?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  readyToApply?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type TransitionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionConnection'] = ResolversParentTypes['TransitionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TransitionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TransitionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionEdge'] = ResolversParentTypes['TransitionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Transition'], ParentType, ContextType>;
}>;

export type TransitionOutcomesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionOutcomes'] = ResolversParentTypes['TransitionOutcomes']> = ResolversObject<{
  averageDaysToComplete?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keptAllPersonalAssistants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianDaysToComplete?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentKeptAllPersonalAssistants?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  transitions?: Resolver<Array<ResolversTypes['Transition']>, ParentType, ContextType>;
}>;

export type TransitionPartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionParty'] = ResolversParentTypes['TransitionParty']> = ResolversObject<{
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderKind?: Resolver<ResolversTypes['FunderKind'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['TransitionPartyRole'], ParentType, ContextType>;
}>;

export type TransitionReadinessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionReadiness'] = ResolversParentTypes['TransitionReadiness']> = ResolversObject<{
  blockers?: Resolver<Array<ResolversTypes['ReadinessBlocker']>, ParentType, ContextType>;
  personalAssistants?: Resolver<Array<ResolversTypes['PersonalAssistantReadiness']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type TransitionShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionShare'] = ResolversParentTypes['TransitionShare']> = ResolversObject<{
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderKind?: Resolver<ResolversTypes['FunderKind'], ParentType, ContextType>;
  percentage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TransitionStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionStep'] = ResolversParentTypes['TransitionStep']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['TransitionStepState'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TransitionTrackerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionTracker'] = ResolversParentTypes['TransitionTracker']> = ResolversObject<{
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['FundingGap']>, ParentType, ContextType>;
  inFlight?: Resolver<Array<ResolversTypes['TrackedTransition']>, ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['FundingOverlap']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEdge?: AccessLogEdgeResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessLogUser?: AccessLogUserResolvers<ContextType>;
  AggregateRow?: AggregateRowResolvers<ContextType>;
  AssertedRelationship?: AssertedRelationshipResolvers<ContextType>;
  BreakGlassGrant?: BreakGlassGrantResolvers<ContextType>;
  BreakGlassGrantConnection?: BreakGlassGrantConnectionResolvers<ContextType>;
  BreakGlassGrantEdge?: BreakGlassGrantEdgeResolvers<ContextType>;
  CommissionedPackage?: CommissionedPackageResolvers<ContextType>;
  ConsentRecord?: ConsentRecordResolvers<ContextType>;
  ConsentRecordConnection?: ConsentRecordConnectionResolvers<ContextType>;
  ConsentRecordEdge?: ConsentRecordEdgeResolvers<ContextType>;
  ContinuingHealthcarePackage?: ContinuingHealthcarePackageResolvers<ContextType>;
  ContinuityAggregates?: ContinuityAggregatesResolvers<ContextType>;
  ContinuityPa?: ContinuityPaResolvers<ContextType>;
  ContinuityReport?: ContinuityReportResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DirectPayment?: DirectPaymentResolvers<ContextType>;
  FieldContribution?: FieldContributionResolvers<ContextType>;
  FundingBoundary?: FundingBoundaryResolvers<ContextType>;
  FundingEpisode?: FundingEpisodeResolvers<ContextType>;
  FundingGap?: FundingGapResolvers<ContextType>;
  FundingMixAggregates?: FundingMixAggregatesResolvers<ContextType>;
  FundingMixRow?: FundingMixRowResolvers<ContextType>;
  FundingOverlap?: FundingOverlapResolvers<ContextType>;
  IndividualServiceFund?: IndividualServiceFundResolvers<ContextType>;
  IntegratedBudget?: IntegratedBudgetResolvers<ContextType>;
  LocalIdentifier?: LocalIdentifierResolvers<ContextType>;
  MatchCandidate?: MatchCandidateResolvers<ContextType>;
  MatchDecision?: MatchDecisionResolvers<ContextType>;
  MatchReview?: MatchReviewResolvers<ContextType>;
  MatchReviewConnection?: MatchReviewConnectionResolvers<ContextType>;
  MatchReviewEdge?: MatchReviewEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NewFundingPlan?: NewFundingPlanResolvers<ContextType>;
  NhsNumber?: NhsNumberResolvers<ContextType>;
  PaContinuity?: PaContinuityResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonMerge?: PersonMergeResolvers<ContextType>;
  PersonMergeStep?: PersonMergeStepResolvers<ContextType>;
  PersonRegistration?: PersonRegistrationResolvers<ContextType>;
  PersonalAssistant?: PersonalAssistantResolvers<ContextType>;
  PersonalAssistantReadiness?: PersonalAssistantReadinessResolvers<ContextType>;
  PersonalHealthBudget?: PersonalHealthBudgetResolvers<ContextType>;
  PlanTaskDifference?: PlanTaskDifferenceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReadinessBlocker?: ReadinessBlockerResolvers<ContextType>;
  SubmittedIdentity?: SubmittedIdentityResolvers<ContextType>;
  SupportOrganisation?: SupportOrganisationResolvers<ContextType>;
  SuppressedAmount?: SuppressedAmountResolvers<ContextType>;
  SuppressedCount?: SuppressedCountResolvers<ContextType>;
  TrackedTransition?: TrackedTransitionResolvers<ContextType>;
  Transition?: TransitionResolvers<ContextType>;
  TransitionAggregates?: TransitionAggregatesResolvers<ContextType>;
  TransitionConnection?: TransitionConnectionResolvers<ContextType>;
  TransitionEdge?: TransitionEdgeResolvers<ContextType>;
  TransitionOutcomes?: TransitionOutcomesResolvers<ContextType>;
  TransitionParty?: TransitionPartyResolvers<ContextType>;
  TransitionReadiness?: TransitionReadinessResolvers<ContextType>;
  TransitionShare?: TransitionShareResolvers<ContextType>;
  TransitionStep?: TransitionStepResolvers<ContextType>;
  TransitionTracker?: TransitionTrackerResolvers<ContextType>;
}>;

