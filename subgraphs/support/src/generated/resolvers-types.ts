import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SupportOrganisationModel, PersonalAssistantModel, EmploymentModel, PaMatchReviewModel, PaMatchDecisionModel, PaMergeModel, PaMergeStepModel, DbsCheckModel, PaContactModel, ContingencyArrangementModel, CoverRequestModel, VacancyModel, PeerGroupModel, DpMentorModel, DpMentorOfferModel, EmploymentTermsModel, PayrollProviderModel, PayrollRunModel, PensionThresholdModel } from './prisma/models.ts';
import type { StoredPaIdentifier, StoredPaCandidate, StoredPaSubmission } from '../matching/stored.ts';
import type { PaRegistrationResult } from '../matching/registration.ts';
import type { DbsCheckView } from '../dbs-checks/view.ts';
import type { DbsSufficiencyResult } from '../dbs-checks/sufficiency.ts';
import type { EntryView } from '../register/entry.ts';
import type { SearchHit } from '../register/search.ts';
import type { PlanView } from '../cover/plan.ts';
import type { Candidate } from '../cover/candidates.ts';
import type { ApplicationView } from '../vacancies/vacancies.ts';
import type { MeetingView } from '../peer-groups/meeting.ts';
import type { TermsView } from '../employment-pay/terms.ts';
import type { PayslipView } from '../employment-pay/views.ts';
import type { OnCosts } from '../employment-pay/on-costs.ts';
import type { AssessmentView, EnrolmentView } from '../pensions/views.ts';
import type { JobholderView, DutyView } from '../pensions/duty.ts';
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

/** A PA's new employment with a person. */
export type AddEmploymentInput = {
  /** True when a contract of employment is signed. */
  contractSigned: Scalars['Boolean']['input'];
  /** Hub id of the person employing the PA. */
  employerPersonId: Scalars['ID']['input'];
  /** Last day, if already known. */
  end?: InputMaybe<Scalars['Date']['input']>;
  /** Contracted hours a week, more than 0 and at most 168. */
  hoursPerWeek: Scalars['Float']['input'];
  /** Hub id of the PA. */
  personalAssistantId: Scalars['ID']['input'];
  /** The PA's role in the employer's words, e.g. "Personal assistant". */
  role: Scalars['String']['input'];
  /** First day (YYYY-MM-DD). */
  start: Scalars['Date']['input'];
};

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

/** One labelled sum of a breakdown. */
export type AmountRow = {
  __typename?: 'AmountRow';
  /** The row's sum, suppressed and rounded. */
  amount: SuppressedAmount;
  /** Stable key of the row, for software. */
  key: Scalars['String']['output'];
  /** The row's label in plain words. */
  label: Scalars['String']['output'];
};

/** A part of the week the PA is free to work. */
export type AvailabilitySlot = {
  __typename?: 'AvailabilitySlot';
  /** The day. */
  day: DayOfWeek;
  /** The part of the day. */
  period: DayPeriod;
};

/** Which group of people a person's care and support is for (as councils and registers describe them). */
export type CareGroup =
  /** Autistic people. */
  | 'AUTISM'
  /** Children and young people (with their families). */
  | 'CHILDREN_AND_YOUNG_PEOPLE'
  /** People living with dementia. */
  | 'DEMENTIA'
  /** People with a learning disability. */
  | 'LEARNING_DISABILITY'
  /** People with mental health needs. */
  | 'MENTAL_HEALTH'
  /** Older people. */
  | 'OLDER_PEOPLE'
  /** People with a physical disability. */
  | 'PHYSICAL_DISABILITY'
  /** People with sight or hearing loss. */
  | 'SENSORY_IMPAIRMENT';

/**
 * One provider of care found for a person's need, ranked and explained the same way whoever holds
 * the record: the findable register's PAs (support), a partner's micro-carers, any other partner's.
 */
export type CareSearchResult = {
  /** Miles between the district centroids. */
  distanceMiles: Scalars['Float']['output'];
  /** True when every condition of the need is met; false for a near miss. */
  match: Scalars['Boolean']['output'];
  /** Why the provider fits, e.g. "3 miles away (NE6)". */
  reasons: Array<Scalars['String']['output']>;
  /** Higher ranks first: 100, less 25 for each unmet condition, less the miles away. */
  score: Scalars['Float']['output'];
  /** What a near miss lacks, e.g. "9 miles away"; empty for a match. */
  shortfalls: Array<Scalars['String']['output']>;
};

/** One way cover comes, in a contingency plan. */
export type ContingencyArrangement = {
  __typename?: 'ContingencyArrangement';
  /** For an agency: pounds an hour above the direct payment rate. */
  agencyTopUpPerHour?: Maybe<Scalars['Float']['output']>;
  /** How. */
  kind: CoverKind;
  /** Hub id of the micro-care business, for a micro-care partner. */
  microEnterpriseId?: Maybe<Scalars['ID']['output']>;
  /** Who: the family member, the agency or the team, in the plan's words; the business's trading name for a micro-care partner. */
  name?: Maybe<Scalars['String']['output']>;
  /** The back-up PA; null for other kinds, or when the caller may not see the PA. */
  personalAssistant?: Maybe<PersonalAssistant>;
};

/** One way cover comes, for a contingency plan. */
export type ContingencyArrangementInput = {
  /** AGENCY: pounds an hour above the direct payment rate (0 or more). */
  agencyTopUpPerHour?: InputMaybe<Scalars['Float']['input']>;
  /** How (not REGISTER_PA: a plan names its back-ups). */
  kind: CoverKind;
  /** MICRO_CARE_PARTNER: hub id of the micro-care business. */
  microEnterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** FAMILY, AGENCY or COUNCIL_IN_HOUSE: who, in a few words. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** BACKUP_PA: hub id of the PA. */
  personalAssistantId?: InputMaybe<Scalars['ID']['input']>;
};

/** What happens when an employer's PA cannot come: the arrangements, in the order they are tried. */
export type ContingencyPlan = {
  __typename?: 'ContingencyPlan';
  /** Everyone named has agreed to the plan. */
  agreedByAll: Scalars['Boolean']['output'];
  /** The arrangements, first tried first. */
  arrangements: Array<ContingencyArrangement>;
  /** The day the plan was last tried out; null when never. */
  testedOn?: Maybe<Scalars['Date']['output']>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** An employer's contingency plan; it replaces any plan held. */
export type ContingencyPlanInput = {
  /** Everyone named has agreed to it. */
  agreedByAll: Scalars['Boolean']['input'];
  /** The arrangements, first tried first (1 to 10). */
  arrangements: Array<ContingencyArrangementInput>;
  /** Hub id of the employer (the person). */
  employerPersonId: Scalars['ID']['input'];
  /** The day it was last tried out. */
  testedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Whether an employer has a contingency plan. */
export type ContingencyPlanState =
  /** A plan is recorded. */
  | 'IN_PLACE'
  /** The person employs a PA today and has no plan recorded. */
  | 'MISSING';

/**
 * Cover and recruitment for the employers a filter covers (dashboard D6): cover events by how they
 * were met, what agencies cost on top, and the shortages open vacancies show. Suppressed and rounded.
 */
export type CoverAndRecruitmentAggregates = {
  __typename?: 'CoverAndRecruitmentAggregates';
  /** What agencies charged above the direct payment rate for the cover they gave: the top-up an hour times the absent PA's weekly hours over the days covered, rounded to £100. */
  agencyTopUpCost: SuppressedAmount;
  /** Cover events: requests for cover while a PA was off that start in the period. */
  coverEvents: SuppressedCount;
  /** Cover events by how they were met: a back-up PA, a partner micro-carer, family, an agency, the council's in-house team, or not met. */
  coverEventsByHow: Array<AggregateRow>;
  /** Cover events (requests starting in the period) that were met. */
  coverRequestsMet: SuppressedCount;
  /** PAs findable on the register today, wherever they live; with an area, those living in it. */
  findablePas: SuppressedCount;
  /** Findable PAs by the council whose area holds their postcode district (with an area, its councils only), councils by name. */
  findablePasByArea: Array<AggregateRow>;
  /** First day of the period counted. */
  from: Scalars['Date']['output'];
  /** Median days from posting to filling of the vacancies filled in the period, to a whole day; suppressed when fewer than five employers posted them. */
  medianDaysToFill: SuppressedAmount;
  /** Median hours from asking for cover to its being met, over the cover events met, to a whole hour; suppressed when fewer than five employers asked. */
  medianHoursToCover: SuppressedAmount;
  /** Vacancies open on the period's last day: PA hours waiting to be allocated. */
  openVacancies: SuppressedCount;
  /** Vacancies open on the period's last day that were posted more than four weeks before it. */
  overdueVacancies: SuppressedCount;
  /** Overdue vacancies by the council funding the employer in the period (an employer funded by two counts in each), and those of employers no council funds. */
  overdueVacanciesByArea: Array<AggregateRow>;
  /** Overdue vacancies by what they ask for: each language, service and piece of training (a vacancy asking for several counts in each). */
  overdueVacanciesBySkill: Array<AggregateRow>;
  /** Overdue vacancies in mostly rural postcode districts. */
  overdueVacanciesInRuralDistricts: SuppressedCount;
  /** Mostly rural postcode districts with sparse supply (fewer than five findable PAs) or unfilled short calls, by district code. */
  ruralSupply: Array<RuralSupplyRow>;
  /**
   * Supply against demand, skill by skill: each language, training (health-task competences among them), short-notice
   * cover and waking nights that findable PAs offer or open vacancies ask for, in key order.
   */
  skillSupplyAndDemand: Array<SkillSupplyRow>;
  /** Last day of the period counted. */
  to: Scalars['Date']['output'];
  /** Unfilled short calls in mostly rural districts: open vacancies on the period's last day whose visits last 30 minutes or less. */
  unfilledShortCallsInRuralDistricts: SuppressedCount;
  /** Vacancies filled in the period. */
  vacanciesFilled: SuppressedCount;
  /** Hours a week those open vacancies ask for, rounded to 10. */
  vacancyHoursWaiting: SuppressedAmount;
};

/** Someone who could cover, and why (or why not). */
export type CoverCandidate = {
  __typename?: 'CoverCandidate';
  /** False when they cannot take it (e.g. a micro-carer already supporting four people). */
  available: Scalars['Boolean']['output'];
  /** How they would cover. */
  kind: CoverKind;
  /** Hub id of the micro-care business, for a micro-care partner. */
  microEnterpriseId?: Maybe<Scalars['ID']['output']>;
  /** Who, in plain words: a PA's first name, a business's trading name, a family member or agency as the plan names them. */
  name: Scalars['String']['output'];
  /** A back-up PA from the plan (null when the caller may not see the PA). */
  personalAssistant?: Maybe<PersonalAssistant>;
  /** Why they fit. */
  reasons: Array<Scalars['String']['output']>;
  /** A PA found on the findable register. */
  registerEntry?: Maybe<RegisterEntry>;
  /** What stands in the way, e.g. "already supports 4 people (rule of four)", "not free Tuesday morning". */
  shortfalls: Array<Scalars['String']['output']>;
};

/** How cover comes when a PA cannot: the arrangements a contingency plan names, or a PA found on the findable register. */
export type CoverKind =
  /** A home care agency (often at a top-up above the direct payment rate). */
  | 'AGENCY'
  /** A PA named in the plan as back-up. */
  | 'BACKUP_PA'
  /** The council's in-house home care team. */
  | 'COUNCIL_IN_HOUSE'
  /** Family or friends. */
  | 'FAMILY'
  /** A micro-care business the employer has a partnership with (rule of four: at most four people at once). */
  | 'MICRO_CARE_PARTNER'
  /** A PA found on the findable register, not named in the plan. */
  | 'REGISTER_PA';

/** Why a PA is off. */
export type CoverReason =
  /** Anything else. */
  | 'OTHER'
  /** Holiday or other leave arranged ahead. */
  | 'PLANNED_LEAVE'
  /** Off sick. */
  | 'SICKNESS'
  /** Leave at no notice (a family emergency). */
  | 'UNPLANNED_LEAVE';

/** A request for cover while a PA is off. */
export type CoverRequest = {
  __typename?: 'CoverRequest';
  /** For agency cover: pounds an hour above the direct payment rate. */
  agencyTopUpPerHour?: Maybe<Scalars['Float']['output']>;
  /** While not filled: the plan's arrangements first, then PAs on the findable register who cover the PA's slots nearby. */
  candidates: Array<CoverCandidate>;
  /** How it was covered; null while not filled. */
  coveredBy?: Maybe<CoverKind>;
  /** Who covered, in plain words; null while not filled. */
  coveredByName?: Maybe<Scalars['String']['output']>;
  /** The PA who covered (a back-up or a register PA); null otherwise, or when the caller may not see them. */
  coveredByPersonalAssistant?: Maybe<PersonalAssistant>;
  /** The employment of the PA who is off; null when the caller may not see it: a hidden record never hides the one that names it. */
  employment?: Maybe<Employment>;
  /** When cover was recorded; null while not filled. */
  filledAt?: Maybe<Scalars['DateTime']['output']>;
  /** First day needing cover. */
  from: Scalars['Date']['output'];
  /** Hours from the request to cover being recorded; null while not filled. */
  hoursToFill?: Maybe<Scalars['Float']['output']>;
  /** Hub id of the request (a UUID). */
  id: Scalars['ID']['output'];
  /** Why the PA is off. */
  reason: CoverReason;
  /** When it was asked. */
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked, as recorded. */
  requestedBy: Scalars['String']['output'];
  /** Open, filled or escalated. */
  status: CoverStatus;
  /** Last day needing cover. */
  to: Scalars['Date']['output'];
};

/** Where a cover request stands. */
export type CoverStatus =
  /** Not covered by the day before it starts: escalated to the council. */
  | 'ESCALATED'
  /** Covered (coveredBy says how). */
  | 'FILLED'
  /** Not yet covered, and not yet a short call. */
  | 'OPEN';

/** A day of the week. */
export type DayOfWeek =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** A part of the day. */
export type DayPeriod =
  /** Afternoon. */
  | 'AFTERNOON'
  /** Evening. */
  | 'EVENING'
  /** Morning. */
  | 'MORNING'
  /** Night, including sleep-ins. */
  | 'NIGHT';

/** The status of a PA's DBS check. The certificate's content is never held. */
export type DbsCheck = {
  __typename?: 'DbsCheck';
  /** The check searched the adults' barred list; null when the register holds only the status. */
  adultsBarredList?: Maybe<Scalars['Boolean']['output']>;
  /** The day the application was made. */
  appliedOn?: Maybe<Scalars['Date']['output']>;
  /** The day of the certificate; null while none has been issued. */
  checkedOn?: Maybe<Scalars['Date']['output']>;
  /** The check searched the children's barred list; null when the register holds only the status. */
  childrenBarredList?: Maybe<Scalars['Boolean']['output']>;
  /** A check older than three years is treated as out of date. */
  current: Scalars['Boolean']['output'];
  /** Hub id of the check record; null when the register holds only the status. */
  id?: Maybe<Scalars['ID']['output']>;
  /** How much the check looked at; null when the register holds only the status. */
  level?: Maybe<DbsLevel>;
  /**
   * After a negative return: the recorded discussion and decision, or null while none is recorded.
   * Restricted: roles deciding on employment (care teams, employer support, the employer, the PA).
   */
  negativeReturnDecision?: Maybe<DbsNegativeReturnDecision>;
  /** Who paid. */
  paidBy?: Maybe<DbsPayer>;
  /** The PA the check is for. */
  personalAssistant?: Maybe<PersonalAssistant>;
  /** Who processed the application. */
  processedBy?: Maybe<DbsProcessor>;
  /** The employer who asked for the check; null when a register asked for its own list. Restricted: roles that see employments. */
  requestedBy?: Maybe<Person>;
  /** Clear or information disclosed; null while the application is in progress. */
  result?: Maybe<DbsResult>;
  /** Where the check stands. */
  status: DbsStatus;
  /** The certificate's Update Service subscription; null when not subscribed. */
  updateService?: Maybe<DbsUpdateService>;
};

/**
 * DBS checks for commissioners (dashboard D8): the certificates issued in the period for the PAs a
 * filter covers, by who processed and who paid for them, how long they took, how many are on the
 * Update Service, and the negative returns with a recorded discussion and decision. Without a funder
 * or area, every check; with one, the PAs of the employers in scope (funded by its council and/or
 * NHS body, living in its area) and, with an area, the PAs living in it with no employer. Counts
 * suppressed and rounded; medians suppressed under five PAs.
 */
export type DbsCheckAggregates = {
  __typename?: 'DbsCheckAggregates';
  /** Certificates issued in the period, by who paid for the check. */
  byPayer: Array<AggregateRow>;
  /** Certificates issued in the period, by who processed the application (council, support organisation, another registered body). */
  byProcessor: Array<DbsProcessorCounts>;
  /** Certificates issued in the period. */
  certificates: SuppressedCount;
  /** First day of the period counted. */
  from: Scalars['Date']['output'];
  /** Of the certificates issued in the period, the negative returns (information disclosed). */
  informationDisclosed: SuppressedCount;
  /** Of the negative returns, those with a discussion held and a decision recorded by the period's last day. */
  informationDisclosedDiscussedAndDecided: SuppressedCount;
  /**
   * The median number of days from the day the application was made to the day the certificate was
   * issued, over every certificate issued in the period; suppressed when fewer than five PAs contribute.
   */
  medianTurnaroundDays: SuppressedAmount;
  /** Of the certificates issued in the period, those subscribed to the DBS Update Service by its last day. */
  onUpdateService: SuppressedCount;
  /** Last day of the period counted. */
  to: Scalars['Date']['output'];
};

/** A page of DBS checks. */
export type DbsCheckConnection = {
  __typename?: 'DbsCheckConnection';
  /** The checks on this page. */
  edges: Array<DbsCheckEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many checks match in all, counting only those of PAs the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** One DBS check in a page. */
export type DbsCheckEdge = {
  __typename?: 'DbsCheckEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The check. */
  node: DbsCheck;
};

/** Which DBS checks to list. */
export type DbsCheckFilter = {
  /** True: only those with a recorded discussion and decision; false: only those without. */
  decisionRecorded?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this PA's checks. */
  personalAssistantId?: InputMaybe<Scalars['ID']['input']>;
  /** Only checks with this result (INFORMATION_DISCLOSED: the negative returns). */
  result?: InputMaybe<DbsResult>;
};

/** What was decided after a negative return. */
export type DbsDecision =
  /** The employment does not go ahead. */
  | 'DO_NOT_PROCEED'
  /** The employment goes ahead. */
  | 'PROCEED'
  /** The employment goes ahead with agreed safeguards. */
  | 'PROCEED_WITH_SAFEGUARDS';

/** Who took part in the discussion after a negative return. */
export type DbsDiscussionParticipant =
  /** The PA who applied. */
  | 'APPLICANT'
  /** The person's care manager or social worker. */
  | 'CARE_MANAGER'
  /** The employer (or whoever manages the direct payment for them). */
  | 'EMPLOYER'
  /** A senior manager the adviser escalated to. */
  | 'SENIOR_MANAGER'
  /** A direct payments or self-directed support adviser. */
  | 'SUPPORT_ADVISER';

/** Who lives in or regularly visits the employer's home: counts only. */
export type DbsHouseholdInput = {
  /** Children (under 18) living in the home. */
  childrenLivingIn?: Scalars['Int']['input'];
  /** Children (under 18) regularly visiting the home. */
  childrenVisiting?: Scalars['Int']['input'];
};

/** How much a DBS check looks at. Only an enhanced check may also search the barred lists. */
export type DbsLevel =
  /** Unspent convictions and conditional cautions. */
  | 'BASIC'
  /** As standard, plus information held by local police forces. */
  | 'ENHANCED'
  /** Spent and unspent convictions, cautions, reprimands and warnings. */
  | 'STANDARD';

/** The recorded discussion and decision after a negative return: who took part and what was decided, never what was disclosed. */
export type DbsNegativeReturnDecision = {
  __typename?: 'DbsNegativeReturnDecision';
  /** When it was decided. */
  decidedOn: Scalars['Date']['output'];
  /** What was decided. */
  decision: DbsDecision;
  /** Who took part. */
  discussedWith: Array<DbsDiscussionParticipant>;
  /** When the employer and applicant discussed the disclosure. */
  discussionHeldOn: Scalars['Date']['output'];
};

/** Who paid for a DBS check. */
export type DbsPayer =
  /** The council, directly. */
  | 'COUNCIL'
  /** The employer, from funds set aside in the direct payment. */
  | 'DIRECT_PAYMENT'
  /** The employer, from their own money. */
  | 'EMPLOYER_OWN_FUNDS'
  /** The PA. */
  | 'PERSONAL_ASSISTANT'
  /** The support organisation that processed it. */
  | 'SUPPORT_ORGANISATION';

/** The organisation that processed a DBS check. */
export type DbsProcessor = {
  __typename?: 'DbsProcessor';
  /** Council, support organisation or another registered body. */
  kind: DbsProcessorKind;
  /** The council's GSS code or the support organisation's hub id; null for another registered body. */
  organisationCode?: Maybe<Scalars['String']['output']>;
};

/** DBS certificates issued in the period through one kind of processor, and how long they took. */
export type DbsProcessorCounts = {
  __typename?: 'DbsProcessorCounts';
  /** Certificates issued in the period. */
  certificates: SuppressedCount;
  /** The processor in plain words. */
  label: Scalars['String']['output'];
  /** The median number of days from application to certificate, over those certificates; suppressed when fewer than five PAs contribute. */
  medianTurnaroundDays: SuppressedAmount;
  /** Who processed the applications. */
  processedByKind: DbsProcessorKind;
};

/** Who carried out the identity checks and submitted a DBS application for the employer (a PA cannot apply for their own). */
export type DbsProcessorKind =
  /** The council, for an employer it funds (nearly half of councils do this). */
  | 'COUNCIL'
  /** Another registered body the employer went to. */
  | 'OTHER_REGISTERED_BODY'
  /** A support organisation (about a third of councils use one). */
  | 'SUPPORT_ORGANISATION';

/** What a DBS certificate returned: clear, or information disclosed (its content is never held). */
export type DbsResult =
  /** Nothing was disclosed. */
  | 'CLEAR'
  /** A negative return: information was disclosed, for the employer and applicant to discuss. */
  | 'INFORMATION_DISCLOSED';

/** What a PA will do in a new employment, which sets the DBS check it needs. */
export type DbsRole =
  /** Help at home only (cleaning, shopping): a basic check. */
  | 'DOMESTIC_SUPPORT'
  /** Delegated health tasks: regulated activity, needing an enhanced check with the adults' barred list. */
  | 'HEALTH_TASKS'
  /** Personal care (washing, dressing, eating): regulated activity, needing an enhanced check with the adults' barred list. */
  | 'PERSONAL_CARE'
  /** Social and leisure support without personal care: an enhanced check. */
  | 'SOCIAL_SUPPORT';

/** Why a DBS check cannot be relied on for a new employment. */
export type DbsShortfall =
  /** The role is regulated activity with adults, and the adults' barred list was not searched. */
  | 'ADULTS_BARRED_LIST_NOT_SEARCHED'
  /** Children live in or visit the home, and the children's barred list was not searched. */
  | 'CHILDREN_BARRED_LIST_NOT_SEARCHED'
  /** Information was disclosed: the new employer must hold their own discussion with the applicant first. */
  | 'INFORMATION_DISCLOSED'
  /** The certificate's level is below what the role needs. */
  | 'LEVEL_TOO_LOW'
  /** The last status check found new information: a new check is needed. */
  | 'NEW_INFORMATION'
  /** The certificate is not on the Update Service, so a new employer cannot check it is current: apply for a new check. */
  | 'NOT_ON_UPDATE_SERVICE'
  /** The PA holds no issued certificate. */
  | 'NO_CERTIFICATE'
  /** No Update Service status check in the last 28 days: make one before relying on the certificate. */
  | 'STATUS_CHECK_DUE';

/** Where a PA's Disclosure and Barring Service check stands. */
export type DbsStatus =
  /** The certificate showed nothing. */
  | 'CLEAR'
  /** The certificate carried information the employer has discussed; content is never held. */
  | 'INFORMATION_DISCLOSED'
  /** Applied for; no certificate yet. */
  | 'IN_PROGRESS'
  /** No check has been made. */
  | 'NOT_CHECKED';

/** What an Update Service status check said. */
export type DbsStatusCheckResult =
  /** New information has come to light since it was issued: a new check is needed. */
  | 'NEW_INFORMATION'
  /** The certificate is still current: no new information since it was issued. */
  | 'NO_NEW_INFORMATION';

/** Whether a PA's DBS check can be relied on for a new employment, and if not, why. */
export type DbsSufficiency = {
  __typename?: 'DbsSufficiency';
  /** The role needs the adults' barred list searched. */
  adultsBarredListRequired: Scalars['Boolean']['output'];
  /** The check judged (the one with fewest shortfalls, newest first); null when the PA holds no certificate. */
  check?: Maybe<DbsCheck>;
  /** Children in the home need the children's barred list searched. */
  childrenBarredListRequired: Scalars['Boolean']['output'];
  /** The level the role needs. */
  requiredLevel: DbsLevel;
  /** Why it cannot be relied on; empty when it can. */
  shortfalls: Array<DbsShortfall>;
  /** True when the check can be relied on as it stands. */
  sufficient: Scalars['Boolean']['output'];
};

/** A certificate's subscription to the DBS Update Service, which lets a new employer check it is still current. */
export type DbsUpdateService = {
  __typename?: 'DbsUpdateService';
  /** The day of the last status check; null if none has been made. */
  lastStatusCheckOn?: Maybe<Scalars['Date']['output']>;
  /** What the last status check said. */
  lastStatusCheckResult?: Maybe<DbsStatusCheckResult>;
  /** When the PA subscribed. */
  subscribedOn: Scalars['Date']['output'];
};

/**
 * An experienced employer on a council's direct payment mentor directory. The council keeps the
 * mentor's details safe: the graph shows only the mentor's id and first name.
 */
export type DpMentor = {
  __typename?: 'DpMentor';
  /** The mentor's first name, as the recipient is told it. */
  firstName: Scalars['String']['output'];
  /** Hub id of the mentor's directory entry (a UUID). */
  id: Scalars['ID']['output'];
};

/**
 * A mentor offered to a new direct payment recipient: whether they agreed to have their details passed
 * to one (referred), and whether they went on to employ a PA, read from the employments the register
 * holds. The recipient's record: seen by those who may see their employments.
 */
export type DpMentorOffer = {
  __typename?: 'DpMentorOffer';
  /** GSS code of the council that made the offer. */
  councilGssCode: Scalars['String']['output'];
  /** The first day of the recipient's first employment of a PA starting on or after the offer; null while they employ none. */
  employedPaFrom?: Maybe<Scalars['Date']['output']>;
  /** The recipient; null when the caller may not see them. */
  employer?: Maybe<Person>;
  /** Hub id of the offer (a UUID). */
  id: Scalars['ID']['output'];
  /** The mentor they were referred to (id and first name only); null when not referred. */
  mentor?: Maybe<DpMentor>;
  /** The day the offer was made. */
  offeredOn: Scalars['Date']['output'];
  /** Whether the recipient was referred to a mentor. */
  referred: Scalars['Boolean']['output'];
};

/** The mentor offers a council made in a period, and how many of those referred went on to employ a PA. */
export type DpMentorOffers = {
  __typename?: 'DpMentorOffers';
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** Offers made (to recipients the caller may see). */
  offered: Scalars['Int']['output'];
  /** The offers, oldest first. */
  offers: Array<DpMentorOffer>;
  /** referredAndEmployedPa as a percentage of referred, to one decimal place; null when none were referred. */
  percentReferredEmployedPa?: Maybe<Scalars['Float']['output']>;
  /** Of those, recipients referred to a mentor. */
  referred: Scalars['Int']['output'];
  /** Of those referred, recipients who went on to employ a PA. */
  referredAndEmployedPa: Scalars['Int']['output'];
  /** Last day of the period. */
  to: Scalars['Date']['output'];
};

/**
 * The individual-employer market for commissioners (dashboard D11): how much of each council's direct-payment rate reaches
 * PAs, and the employers and PAs behind each support organisation running payroll and each NHS body. Counts of people
 * are suppressed and rounded; averages are over five PAs or more.
 */
export type EmployerMarketAggregates = {
  __typename?: 'EmployerMarketAggregates';
  /** Each NHS body, by the employers it funded on any day of the period, by name. */
  byHealthBody: Array<EmployersAndPas>;
  /** Each support organisation running payroll for employers, by the employers in scope whose payroll it ran by the period's last day, by name. */
  bySupportOrganisation: Array<EmployersAndPas>;
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** Each council (those the filter covers), by name. */
  payReachingPas: Array<PayReachingPas>;
  /** Last day of the period. */
  to: Scalars['Date']['output'];
};

/** An employer's costs on top of gross pay for a period, from the payslips whose pay period ends in it. Pence. */
export type EmployerOnCosts = {
  __typename?: 'EmployerOnCosts';
  /**
   * Employer's Class 1 National Insurance: the employer's rate on each payslip's pay above the
   * secondary threshold for its weeks, by the tax year's thresholds (before any Employment
   * Allowance the employer claims). Null when no thresholds are held for a payslip's tax year.
   */
  employerNationalInsurancePence?: Maybe<Scalars['Int']['output']>;
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** Gross pay on those payslips. */
  grossPayPence: Scalars['Int']['output'];
  /** Holiday pay set aside on the payslips of employments whose holiday is accrued: pay × weeks ÷ (52 − weeks). */
  holidayPayAccrualPence: Scalars['Int']['output'];
  /** Employer's liability insurance premiums for the period's days, each policy counted once. */
  insurancePremiumPence: Scalars['Int']['output'];
  /** Payslips counted. */
  payslips: Scalars['Int']['output'];
  /** The tax years whose thresholds were applied (the newest held for a year not yet held). */
  taxYears: Array<Scalars['String']['output']>;
  /** Last day of the period. */
  to: Scalars['Date']['output'];
  /** All on-costs together (National Insurance counted as zero when null). */
  totalPence: Scalars['Int']['output'];
};

/** The employers and PAs behind one organisation (a support organisation running payroll, or an NHS body funding people). */
export type EmployersAndPas = {
  __typename?: 'EmployersAndPas';
  /** Employers in scope employing a PA in the period (suppressed). */
  employers: SuppressedCount;
  /** The organisation's key: a support organisation's hub id or an NHS body's ODS code. */
  key: Scalars['String']['output'];
  /** The organisation's name. */
  label: Scalars['String']['output'];
  /** Distinct PAs they employed in the period, each once (suppressed). */
  personalAssistants: SuppressedCount;
};

/** The employer's liability insurance an employment's terms name. */
export type EmployersLiabilityInsurance = {
  __typename?: 'EmployersLiabilityInsurance';
  /** The last day of cover; null when not recorded. */
  expiresOn?: Maybe<Scalars['Date']['output']>;
  /** The insurer's name. */
  insurer: Scalars['String']['output'];
  /** The policy's reference; null when not recorded. */
  policyReference?: Maybe<Scalars['String']['output']>;
  /** The yearly premium in pence; null when not recorded. */
  premiumPencePerYear?: Maybe<Scalars['Int']['output']>;
};

/** A PA's contract with an individual employer. Independent of who funds the employer. */
export type Employment = {
  __typename?: 'Employment';
  /** True when the employment covers today. */
  active: Scalars['Boolean']['output'];
  /** True when there is a signed contract of employment. */
  contractSigned: Scalars['Boolean']['output'];
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  employer?: Maybe<Person>;
  /** The PA's last day; null while it continues. */
  end?: Maybe<Scalars['Date']['output']>;
  /** The PA carries out health-related tasks for this employer (e.g. after a move to NHS funding). */
  healthDuties: Scalars['Boolean']['output'];
  /** Whether insurance and pay have been updated for those health duties. */
  healthDutiesCover: HealthDutiesCover;
  /** Contracted hours a week. */
  hoursPerWeek: Scalars['Float']['output'];
  /** Hub id of the employment (a UUID). */
  id: Scalars['ID']['output'];
  /** The employment's payslips, newest pay period first. */
  payslips: Array<Payslip>;
  /** Automatic enrolment assessments, latest pay reference period first. */
  pensionAssessments: Array<PensionAssessment>;
  /** Pension scheme enrolments and opt-outs, newest first. */
  pensionEnrolments: Array<PensionEnrolment>;
  /** Null when the caller may not see the PA: a hidden record never hides the one that names it. */
  personalAssistant?: Maybe<PersonalAssistant>;
  /**
   * The PA's role in the employer's words, e.g. "Personal assistant (health tasks)" or "Night-time
   * personal assistant".
   */
  role: Scalars['String']['output'];
  /** The PA's first day with this employer. */
  start: Scalars['Date']['output'];
  /** The terms in force today; null when none are recorded. */
  terms?: Maybe<EmploymentTerms>;
  /** Every version of the terms, newest first. */
  termsHistory: Array<EmploymentTerms>;
};

/** A page of employments. */
export type EmploymentConnection = {
  __typename?: 'EmploymentConnection';
  /** The employments on this page. */
  edges: Array<EmploymentEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many employments match in all, counting only those the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** One employment in a page. */
export type EmploymentEdge = {
  __typename?: 'EmploymentEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The employment. */
  node: Employment;
};

/** Which employments to list (all given conditions apply). */
export type EmploymentFilter = {
  /** Only employments covering today. */
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this employer's (the person's hub id). */
  employerPersonId?: InputMaybe<Scalars['ID']['input']>;
  /** Only employments with (true) or without (false) health duties. */
  healthDuties?: InputMaybe<Scalars['Boolean']['input']>;
  /** False: health duties whose insurance or pay rate has not been updated. */
  healthDutiesCoverComplete?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this PA's. */
  personalAssistantId?: InputMaybe<Scalars['ID']['input']>;
};

/** An employment reduced to its span, for the hub's own aggregates: never a caller's. */
export type EmploymentSpan = {
  __typename?: 'EmploymentSpan';
  /** Hub id of the employer (the person employing the PA). */
  employerPersonId: Scalars['ID']['output'];
  /** Last day employed; null while open. */
  end?: Maybe<Scalars['Date']['output']>;
  /** Hub id of the personal assistant. */
  personalAssistantId: Scalars['ID']['output'];
  /** First day employed. */
  start: Scalars['Date']['output'];
};

/** An employment's terms from a day on. A change adds new terms, so earlier terms are kept as they were. */
export type EmploymentTerms = {
  __typename?: 'EmploymentTerms';
  /** The day the written contract was signed; null when unsigned or there is none. */
  contractSignedOn?: Maybe<Scalars['Date']['output']>;
  /** Contracted hours a week. */
  contractedHoursPerWeek: Scalars['Float']['output'];
  /** Pay for evening hours, pence an hour. */
  eveningPencePerHour: Scalars['Int']['output'];
  /** Paid holiday a year, in weeks (5.6 is the statutory minimum for a full-time PA). */
  holidayEntitlementWeeks: Scalars['Float']['output'];
  /** How holiday is paid. */
  holidayPay: HolidayPay;
  /** Hub id of these terms. */
  id: Scalars['ID']['output'];
  /** The employer's liability insurance; null when none is recorded. */
  insurance?: Maybe<EmployersLiabilityInsurance>;
  /** Pay for waking night hours, pence an hour. */
  nightPencePerHour: Scalars['Int']['output'];
  /** Who recorded these terms. */
  recordedBy: Scalars['String']['output'];
  /** What is paid when the PA is off sick. */
  sickPay: SickPay;
  /** Pay for a sleep-in, pence a night; null when the PA does no sleep-ins. */
  sleepInPencePerNight?: Maybe<Scalars['Int']['output']>;
  /** The first day these terms apply. */
  validFrom: Scalars['Date']['output'];
  /** The last day these terms applied, the day before later terms began; null while they are in force. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Pay for weekday daytime hours, pence an hour. */
  weekdayPencePerHour: Scalars['Int']['output'];
  /** Pay for weekend hours, pence an hour. */
  weekendPencePerHour: Scalars['Int']['output'];
  /** There is a written contract of employment. */
  writtenContract: Scalars['Boolean']['output'];
};

/** How many PAs are findable on the register in one postcode district, for the hub's own questions: never a caller's. */
export type FindablePaDistrict = {
  __typename?: 'FindablePaDistrict';
  /** PAs findable there (at least one). */
  findablePas: Scalars['Int']['output'];
  /** The postcode district, e.g. NE1. */
  postcodeDistrict: Scalars['String']['output'];
};

/** Whether an employment's insurance and pay have been brought up to date for health duties. */
export type HealthDutiesCover = {
  __typename?: 'HealthDutiesCover';
  /** The PA's hourly pay for the health duties, in pounds; null until reviewed. */
  hourlyRate?: Maybe<Scalars['Float']['output']>;
  /** The employer's liability insurance covers the health tasks. */
  insuranceUpdated: Scalars['Boolean']['output'];
  /** The PA's pay rate has been reviewed for the health duties. */
  payRateUpdated: Scalars['Boolean']['output'];
  /** The day insurance or pay was last reviewed for the health duties. */
  reviewedOn?: Maybe<Scalars['Date']['output']>;
};

/** How holiday pay is paid. */
export type HolidayPay =
  /** Set aside each pay period as it is earned (an on-cost of every payslip). */
  | 'ACCRUED'
  /** Paid when the holiday is taken. */
  | 'AS_TAKEN';

/**
 * Historic micro-care figures: the micro-care programme as its evaluation recorded it (January 2019 to
 * February 2022 in the seeds), businesses, jobs, people supported, hours and money kept local. Counts and
 * sums only. Current micro-care (micro-carers, their clients and hours) is held by the Flintshire partner
 * subgraph: microCareActivityAggregates.
 */
export type MicroCareAggregates = {
  __typename?: 'MicroCareAggregates';
  /** Businesses that moved from sole trader to agency by the period's last day. */
  becameAgencies: SuppressedCount;
  /** Micro-care businesses registered by the period's last day in the councils in scope. */
  businesses: SuppressedCount;
  /** Care jobs: each business's owner and the care workers it employs. */
  careJobs: SuppressedCount;
  /** Businesses by readiness for direct commissioning. */
  directCommissioning: Array<AggregateRow>;
  /** First day of the period counted: the asked period's, or the programme's first recorded day when later. */
  from: Scalars['Date']['output'];
  /** Hours by category (personal care, support, well-being, and hours recorded without a category), rounded to 10. */
  hoursByCategory: Array<AmountRow>;
  /** Hours by financial year (April to March), rounded to 10. */
  hoursByFinancialYear: Array<AmountRow>;
  /** Paid to local businesses for hours with a recorded rate (hours times rate), rounded to £100. */
  moneyKeptLocal: SuppressedAmount;
  /** Of those, registered in the period. */
  newBusinesses: SuppressedCount;
  /** People supported at any time in the period. */
  peopleSupported: SuppressedCount;
  /** Businesses that have completed the council's Quality Framework by the period's last day. */
  qualityFrameworkCompleted: SuppressedCount;
  /** First day of the first month the programme recorded; null when it recorded nothing. */
  recordedFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day of the last month the programme recorded (its evaluation's end); null when it recorded nothing. */
  recordedTo?: Maybe<Scalars['Date']['output']>;
  /** Businesses started by PAs who had been employed. */
  startedByFormerPas: SuppressedCount;
  /** Last day of the period counted: the asked period's, or the programme's last recorded day when earlier. */
  to: Scalars['Date']['output'];
  /** Hours delivered in the period, every category, rounded to 10. */
  totalHours: SuppressedAmount;
};

/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Record that a person employs a PA. */
  addEmployment: Employment;
  /** The PA answers a contact: accepting opens their contact details to the organisation that asked. */
  answerPaContact: PaContact;
  /**
   * Assesses an employment for one pay reference period (a week, fortnight, four weeks, calendar month
   * or year, ended by today) from the PA's age on its last day and the gross pay on the employment's
   * payslips within it, against the tax year's thresholds.
   */
  assessPensionEligibility: PensionAssessment;
  /** End an employment on the given day. */
  endEmployment: Employment;
  /** Decide an OPEN PA review: the identity is this candidate; the register identifier is attached to them. */
  linkPaMatchReview: PaMatchReview;
  /** Marks a run's payslips sent on a day: those of the employments named, or every unsent one. */
  markPayslipsSent: PayrollRun;
  /**
   * Merge two PA records that are one PA: the retired record's register identifiers move to the
   * survivor, employments here and training records and competences in training are repointed,
   * and the retired id resolves to the survivor from then on. No record is removed. While training
   * cannot be reached the merge stays PENDING (reconcilePaMerge, or a repeat with the same
   * idempotency key, carries it on); a refusal undoes what was done and is a CONFLICT.
   */
  mergePersonalAssistants: PaMerge;
  /** Post a PA vacancy for an employer (posted today). */
  postVacancy: Vacancy;
  /** Publish (or replace) a PA's findable register entry: by the PA, or by their register with the PA's consent. */
  publishRegisterEntry: RegisterEntry;
  /** Carry a PENDING PA merge on (or finish undoing a refused one). */
  reconcilePaMerge: PaMerge;
  /** Record who covered a request and how; a micro-care partner already supporting four people cannot take it (rule of four). */
  recordCover: CoverRequest;
  /** Record the certificate of an application in progress: its day and result. */
  recordDbsCertificate: DbsCheck;
  /** Record a DBS check the caller's organisation processed for an employer: an application, or its certificate too. */
  recordDbsCheck: DbsCheck;
  /** Record the discussion and decision after a negative return (once). */
  recordDbsNegativeReturnDecision: DbsCheck;
  /** Record an Update Service status check on a certificate (and its subscription, if not yet recorded). */
  recordDbsStatusCheck: DbsCheck;
  /** Record a mentor offered to a new direct payment recipient, and the mentor they were referred to if they agreed. */
  recordDpMentorOffer: DpMentorOffer;
  /** Records an employer's payroll run for a pay period with its payslips. */
  recordPayrollRun: PayrollRun;
  /** Record a meeting of one of the caller's organisation's peer groups, who came and whether they were paid. */
  recordPeerGroupMeeting: PeerGroupMeeting;
  /** Records a PA's enrolment in the employer's scheme (automatic enrolment needs an eligible-jobholder assessment). */
  recordPensionEnrolment: PensionEnrolment;
  /** Records a PA's opt-out: on or after the enrolment, within the month after it, and not in the future. */
  recordPensionOptOut: PensionEnrolment;
  /**
   * Records the employer's re-enrolment day (within three months either side of the anniversary due)
   * and puts back into the scheme the employments named, which must have no membership.
   */
  recordPensionReEnrolment: PensionDuty;
  /** Record a PA's application to an open vacancy. */
  recordVacancyApplication: VacancyApplication;
  /** Add an experienced employer to the caller's council's mentor directory, with their agreement. */
  registerDpMentor: DpMentor;
  /** Register a PA peer group run by the caller's support organisation in an area it serves. */
  registerPeerGroup: PeerGroup;
  /**
   * Register a PA through matching against the whole register: an approved combination of fields
   * (names, date of birth and postcode, or the NI number suffix with names and date of birth, at
   * most one of them fuzzy) or a high score links to a PA already held; a possible match goes to
   * review; otherwise a new PA record is created. The NI suffix never links on its own. A repeat
   * with the same idempotency key, or of the same register identifier, answers with the first.
   */
  registerPersonalAssistant: PaRegistration;
  /** Decide an OPEN PA review: the identity is none of the candidates; a new PA record is created for it. */
  rejectPaMatchReview: PaMatchReview;
  /** Reverse a not-a-match decision: the PA record it created is removed and the review is OPEN again, while nothing else names that record. */
  reopenPaMatchReview: PaMatchReview;
  /** Hub step of a person merge: move every employment row naming fromPersonId to toPersonId, recording each. Nothing is refused for clashing; overlaps are reported. Repeats move nothing new. */
  repointPersonInSupport: RepointResult;
  /** Ask for cover while a PA is off: candidates are proposed from the plan and the findable register; unfilled by the day before, it escalates to the council. */
  requestCover: CoverRequest;
  /** Ask to contact a findable PA for a person; the PA accepts or declines. */
  requestPaContact: PaContact;
  /** Hub compensation or unmerge: move exactly the rows this merge moved here back. Repeats move nothing more. */
  revertPersonRepointInSupport: RepointResult;
  /** Record an employer's contingency plan, replacing any held. */
  setContingencyPlan: ContingencyPlan;
  /** Records an employment's terms from a day on; the terms before stay as they were. */
  setEmploymentTerms: EmploymentTerms;
  /** Records the provider running an employer's payroll from a day on (replacing the one recorded). */
  setPayrollProvider: PayrollProvider;
  /** Reverse a link (a reviewer's or an automatic one): the register identifier moves to a separate PA record created for it. */
  unlinkPaMatchReview: PaMatchReview;
  /** Reverse a PA merge: every subgraph moves back exactly the rows it moved, and the retired PA is separate again. */
  unmergePersonalAssistants: PaMerge;
  /** Record changes to an employment's contract and health-duty arrangements (e.g. before a move to NHS funding). */
  updateEmployment: Employment;
  /** Record an application's interview day or outcome; appointing fills the vacancy. */
  updateVacancyApplication: VacancyApplication;
  /** Withdraw a PA's register entry: searches no longer find it; contacts already made are kept. */
  withdrawRegisterEntry: RegisterEntry;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationAddEmploymentArgs = {
  input: AddEmploymentInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationAnswerPaContactArgs = {
  accept: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationAssessPensionEligibilityArgs = {
  employment: Scalars['ID']['input'];
  periodEnd: Scalars['Date']['input'];
  periodStart: Scalars['Date']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationEndEmploymentArgs = {
  end: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationLinkPaMatchReviewArgs = {
  decidedBy: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  personalAssistantId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationMarkPayslipsSentArgs = {
  employmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  payrollRunId: Scalars['ID']['input'];
  sentOn: Scalars['Date']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationMergePersonalAssistantsArgs = {
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
export type MutationPostVacancyArgs = {
  input: PostVacancyInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationPublishRegisterEntryArgs = {
  input: RegisterEntryInput;
  personalAssistantId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationReconcilePaMergeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordCoverArgs = {
  id: Scalars['ID']['input'];
  input: RecordCoverInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordDbsCertificateArgs = {
  id: Scalars['ID']['input'];
  issuedOn: Scalars['Date']['input'];
  result: DbsResult;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordDbsCheckArgs = {
  input: RecordDbsCheckInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordDbsNegativeReturnDecisionArgs = {
  id: Scalars['ID']['input'];
  input: RecordDbsDecisionInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordDbsStatusCheckArgs = {
  id: Scalars['ID']['input'];
  input: RecordDbsStatusCheckInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordDpMentorOfferArgs = {
  input: RecordDpMentorOfferInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordPayrollRunArgs = {
  input: RecordPayrollRunInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordPeerGroupMeetingArgs = {
  input: RecordPeerGroupMeetingInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordPensionEnrolmentArgs = {
  employment: Scalars['ID']['input'];
  enrolledOn: Scalars['Date']['input'];
  kind?: PensionEnrolmentKind;
  scheme: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordPensionOptOutArgs = {
  enrolment: Scalars['ID']['input'];
  optedOutOn: Scalars['Date']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordPensionReEnrolmentArgs = {
  employerPersonId: Scalars['ID']['input'];
  employments: Array<Scalars['ID']['input']>;
  reEnrolledOn: Scalars['Date']['input'];
  scheme: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordVacancyApplicationArgs = {
  appliedOn: Scalars['Date']['input'];
  personalAssistantId: Scalars['ID']['input'];
  vacancy: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRegisterDpMentorArgs = {
  input: RegisterDpMentorInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRegisterPeerGroupArgs = {
  input: RegisterPeerGroupInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRegisterPersonalAssistantArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RegisterPersonalAssistantInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRejectPaMatchReviewArgs = {
  decidedBy: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationReopenPaMatchReviewArgs = {
  decidedBy: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRepointPersonInSupportArgs = {
  fromPersonId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
  toPersonId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRequestCoverArgs = {
  employment: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  reason: CoverReason;
  to: Scalars['Date']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRequestPaContactArgs = {
  entryId: Scalars['ID']['input'];
  forPerson: Scalars['ID']['input'];
  message: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRevertPersonRepointInSupportArgs = {
  mergeId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationSetContingencyPlanArgs = {
  input: ContingencyPlanInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationSetEmploymentTermsArgs = {
  input: SetEmploymentTermsInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationSetPayrollProviderArgs = {
  employerPersonId: Scalars['ID']['input'];
  payrollProviderId: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationUnlinkPaMatchReviewArgs = {
  decidedBy: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationUnmergePersonalAssistantsArgs = {
  decidedBy: Scalars['String']['input'];
  mergeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationUpdateEmploymentArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: UpdateEmploymentInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationUpdateVacancyApplicationArgs = {
  id: Scalars['ID']['input'];
  interviewOn?: InputMaybe<Scalars['Date']['input']>;
  outcome?: InputMaybe<VacancyOutcome>;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationWithdrawRegisterEntryArgs = {
  personalAssistantId: Scalars['ID']['input'];
};

/** A care professional's request to contact a findable PA for a person. */
export type PaContact = {
  __typename?: 'PaContact';
  /** When the PA answered; null while pending. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The entry the contact was made through; null when the caller may not see it: a hidden record never hides the one that names it. */
  entry?: Maybe<RegisterEntry>;
  /** Hub id of the contact (a UUID). */
  id: Scalars['ID']['output'];
  /** What the professional wrote to the PA. */
  message: Scalars['String']['output'];
  /** When it was asked. */
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked, as recorded. */
  requestedBy: Scalars['String']['output'];
  /** The organisation that asked (GSS, ODS or hub code). */
  requestedByOrganisation: Scalars['String']['output'];
  /** Pending, accepted or declined. */
  status: PaContactStatus;
};

/** Where a contact with a findable PA stands. */
export type PaContactStatus =
  /** The PA accepted: their contact details are open to the organisation that asked. */
  | 'ACCEPTED'
  /** The PA declined. */
  | 'DECLINED'
  /** Waiting for the PA. */
  | 'PENDING';

/** How a PA works. */
export type PaEmploymentStatus =
  /** Employed by the people they work for (each employer runs PAYE). */
  | 'EMPLOYED'
  /** Self-employed: invoices the people they work for (e.g. a micro-carer). */
  | 'SELF_EMPLOYED';

/** How one field of two PA identities compared. */
export type PaFieldComparison =
  /** The field is the same in both. */
  | 'AGREE'
  /** Different. */
  | 'DISAGREE'
  /** Nearly the same: a nickname, a one-letter typo, day and month transposed, a nearby district. */
  | 'FUZZY'
  /** Missing from one or both, so it adds nothing. */
  | 'MISSING';

/** One field's part in a PA match score (Fellegi-Sunter): how it compared and the weight it added. */
export type PaFieldContribution = {
  __typename?: 'PaFieldContribution';
  /** How it compared. */
  comparison: PaFieldComparison;
  /** e.g. "Jaro-Winkler 0.93 (Katy / Katie)", "moved within DH (DH1 / DH7)". */
  detail?: Maybe<Scalars['String']['output']>;
  /** The field compared. */
  field: PaMatchField;
  /** log2 likelihood ratio; negative when the field speaks against a match. */
  weight: Scalars['Float']['output'];
};

/** A PA on the register who might be the submitted identity. */
export type PaMatchCandidate = {
  __typename?: 'PaMatchCandidate';
  /** Each field's part in the score. */
  contributions: Array<PaFieldContribution>;
  /** Null when the caller may not see the PA: a hidden record never hides the one that names it. */
  personalAssistant?: Maybe<PersonalAssistant>;
  /** Plain words for a reviewer. */
  reasons: Array<Scalars['String']['output']>;
  /** The approved deterministic rule that matched, if any. */
  rule?: Maybe<Scalars['String']['output']>;
  /** Sum of the field weights. */
  score: Scalars['Float']['output'];
};

/** One decision on a PA review: who made it, why, and what it did. */
export type PaMatchDecision = {
  __typename?: 'PaMatchDecision';
  /** What the decision did. */
  action: PaMatchDecisionAction;
  /** Made by matching at registration rather than by a reviewer. */
  automatic: Scalars['Boolean']['output'];
  /** When it was decided. */
  decidedAt: Scalars['DateTime']['output'];
  /** Who decided (as they gave it), or the hub for an automatic link. */
  decidedBy: Scalars['String']['output'];
  /** UNLINK: the PA the identity was detached from; REOPEN: the PA record removed (so null). */
  fromPersonalAssistant?: Maybe<PersonalAssistant>;
  /** The PA the identity belongs to after the decision (null after REOPEN). */
  personalAssistant?: Maybe<PersonalAssistant>;
  /** Why, in the decider's words. */
  reason: Scalars['String']['output'];
  /** The register identifiers the decision attached (LINK, NOT_A_MATCH, UNLINK) or removed (REOPEN). */
  registerIdentifiers: Array<PaRegisterIdentifier>;
};

/** What a decision on a PA review did. */
export type PaMatchDecisionAction =
  /** Linked the identity to a PA on the register. */
  | 'LINK'
  /** Decided the identity is none of the candidates; a new PA record holds it. */
  | 'NOT_A_MATCH'
  /** Reversed a not-a-match decision; the review is open again. */
  | 'REOPEN'
  /** Reversed a link; a separate PA record now holds the identity. */
  | 'UNLINK';

/** An identity field compared by PA matching. */
export type PaMatchField =
  /** Date of birth, with day and month transposed allowed as fuzzy. */
  | 'DATE_OF_BIRTH'
  /** Family name, with small typos allowed as fuzzy. */
  | 'FAMILY_NAME'
  /** Given name, compared with nicknames and small typos allowed as fuzzy. */
  | 'GIVEN_NAME'
  /** The last three characters of the NI number: weak, never verified, never links on its own. */
  | 'NI_NUMBER_SUFFIX'
  /** Postcode district, with a move nearby allowed as fuzzy. */
  | 'POSTCODE_DISTRICT'
  /** Recorded sex: a difference weighs against a match; agreement adds nothing (it mostly follows from the given name). */
  | 'SEX';

/** A possible duplicate PA: a submitted identity, the PAs it might be, and the decisions taken on it. */
export type PaMatchReview = {
  __typename?: 'PaMatchReview';
  /** Best first. PA records no longer held are left out. */
  candidates: Array<PaMatchCandidate>;
  /** When the registration sent it to review. */
  createdAt: Scalars['DateTime']['output'];
  /** Oldest first. */
  decisions: Array<PaMatchDecision>;
  /** Hub id of the review (a UUID). */
  id: Scalars['ID']['output'];
  /** The PA the identity belongs to now (linked or created); null while OPEN. */
  personalAssistant?: Maybe<PersonalAssistant>;
  /** Open, linked, or not a match. */
  status: PaMatchReviewStatus;
  /** The identity as the register organisation submitted it. */
  submitted: SubmittedPaIdentity;
};

/** A page of the PA review queue. */
export type PaMatchReviewConnection = {
  __typename?: 'PaMatchReviewConnection';
  /** The reviews on this page. */
  edges: Array<PaMatchReviewEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many reviews match in all, counting only those the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** One PA review in a page. */
export type PaMatchReviewEdge = {
  __typename?: 'PaMatchReviewEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The review. */
  node: PaMatchReview;
};

/** Where a PA review stands. */
export type PaMatchReviewStatus =
  /** Linked to a PA on the register (by a reviewer, or automatically at registration). */
  | 'LINKED'
  /** Not a match: a separate PA record holds the identity. */
  | 'NOT_A_MATCH'
  /** Waiting for a reviewer. */
  | 'OPEN';

/** Two PA records found to be one PA, merged into the survivor. */
export type PaMerge = {
  __typename?: 'PaMerge';
  /** Who decided the merge (as they gave it). */
  decidedBy: Scalars['String']['output'];
  /** Hub id of the merge (a UUID). */
  id: Scalars['ID']['output'];
  /** When it was merged. */
  mergedAt: Scalars['DateTime']['output'];
  /** Every step's overlaps, for a reviewer. */
  overlaps: Array<Scalars['ID']['output']>;
  /** Why, in the decider's words. */
  reason: Scalars['String']['output'];
  /** Hub id of the retired PA record; it now resolves to the survivor. */
  retiredPersonalAssistantId: Scalars['ID']['output'];
  /** Rows repointed: register identifiers here plus every subgraph's rows. */
  rowsMoved: Scalars['Int']['output'];
  /** Merged, pending, or unmerged. */
  status: PaMergeStatus;
  /** Each subgraph's step. */
  steps: Array<PaMergeStep>;
  /** Null when the caller may not see the PA: a hidden record never hides the one that names it. */
  survivor?: Maybe<PersonalAssistant>;
  /** Why it was reversed or undone; null while merged. */
  unmergeReason?: Maybe<Scalars['String']['output']>;
  /** When it was reversed or undone; null while merged. */
  unmergedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who reversed it; null while merged. */
  unmergedBy?: Maybe<Scalars['String']['output']>;
};

/** Where a PA merge stands. */
export type PaMergeStatus =
  /** Every subgraph repointed the retired PA's rows to the survivor. */
  | 'MERGED'
  /** A subgraph could not be reached; carried on by reconcilePaMerge (or a repeat of the merge). */
  | 'PENDING'
  /** Reversed (or undone after a subgraph refused it). */
  | 'UNMERGED';

/** One subgraph's step of a PA merge. */
export type PaMergeStep = {
  __typename?: 'PaMergeStep';
  /** Times the step has been tried. */
  attempts: Scalars['Int']['output'];
  /** Why the last attempt failed; null when it did not. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Ids of the survivor's rows there that overlap another of theirs (the same employer at once, the same course recorded for both). */
  overlaps: Array<Scalars['ID']['output']>;
  /** Rows this step moved to the survivor. */
  rowsMoved: Scalars['Int']['output'];
  /** PENDING, DONE, FAILED (refused; being undone) or UNDONE. */
  state: Scalars['String']['output'];
  /** SUPPORT (employments on this register) or TRAINING (training records and competences). */
  subgraph: Scalars['String']['output'];
};

/**
 * What a person needs from a PA; every condition given must be met for a match, and a PA missing
 * a few (at most maxShortfalls) is listed after the matches as a near miss, with what is missing.
 */
export type PaNeedInput = {
  /** The PA must have completed the Care Certificate. */
  careCertificateCompleted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Experience the PA must have. */
  careGroups?: InputMaybe<Array<CareGroup>>;
  /**
   * True to add the training the person's current plans require (the council care plan's tasks
   * and the NHS plan's, e.g. PEG feeding, stoma care, medication) to the training asked for; a
   * person with no plan requires none. Only for roles that see care plans. Default false.
   */
  carePlanCompetences?: InputMaybe<Scalars['Boolean']['input']>;
  /** The PA's DBS check must be current. */
  dbsCurrent?: InputMaybe<Scalars['Boolean']['input']>;
  /** The PA must drive. */
  drives?: InputMaybe<Scalars['Boolean']['input']>;
  /** The PA's gender. */
  gender?: InputMaybe<RegisterGender>;
  /** Hours a week the PA must have free (more than 0, at most 168). */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** Languages the PA must speak. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How many unmet conditions a near miss may have (0 to 3; default 2; 0 lists matches only). */
  maxShortfalls?: InputMaybe<Scalars['Int']['input']>;
  /** The postcode district to measure distance from; by default the person's own. */
  near?: InputMaybe<Scalars['String']['input']>;
  /** Services the PA must offer. */
  services?: InputMaybe<Array<PaService>>;
  /** The PA must cover at short notice. */
  shortNotice?: InputMaybe<Scalars['Boolean']['input']>;
  /** Every slot the PA must be free for. */
  slots?: InputMaybe<Array<RegisterSlotInput>>;
  /** Training the PA must hold. */
  training?: InputMaybe<Array<RegisterTraining>>;
  /** How far the PA may be, in miles (0 or more; default 10). */
  withinMiles?: InputMaybe<Scalars['Float']['input']>;
};

/** A register organisation's own identifier for a PA (its staff or register number). */
export type PaRegisterIdentifier = {
  __typename?: 'PaRegisterIdentifier';
  /** The register organisation. */
  organisation: SupportOrganisation;
  /** Its identifier for the PA. */
  value: Scalars['String']['output'];
};

/** What registering a PA came to. */
export type PaRegistration = {
  __typename?: 'PaRegistration';
  /**
   * For LINKED: the approved rule that matched (NAMES_DOB_POSTCODE, NI_SUFFIX_NAMES_DOB), "score"
   * when the score passed the link threshold, or REGISTER_IDENTIFIER when the register organisation
   * had already registered this identifier.
   */
  matchedBy?: Maybe<Scalars['String']['output']>;
  /** Linked, created, or sent to review. */
  outcome: PaRegistrationOutcome;
  /** The PA linked to or created; null while the registration waits for review. */
  personalAssistant?: Maybe<PersonalAssistant>;
  /** The review item: for SENT_TO_REVIEW, and for LINKED by matching (so an automatic link can be unlinked). */
  review?: Maybe<PaMatchReview>;
};

/** What registering a PA came to. */
export type PaRegistrationOutcome =
  /** No PA on the register is this person: a new PA record was created. */
  | 'CREATED'
  /** The identity is a PA already on the register: the register organisation's identifier was attached to them. */
  | 'LINKED'
  /** A PA on the register might be this person: a reviewer decides (paMatchReviews). */
  | 'SENT_TO_REVIEW';

/** A page of PAs found for a need: matches first, then near misses. */
export type PaSearchConnection = {
  __typename?: 'PaSearchConnection';
  /**
   * The training the person's current plans required, when need.carePlanCompetences asked for it
   * (empty when the person has no plan or it requires none of the register's training); null otherwise.
   */
  carePlanCompetences?: Maybe<Array<RegisterTraining>>;
  /** The PAs on this page. */
  edges: Array<PaSearchEdge>;
  /** How many of them meet every condition. */
  matchCount: Scalars['Int']['output'];
  /** The postcode district distances were measured from. */
  near: Scalars['String']['output'];
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many PAs were found in all, matches and near misses. */
  totalCount: Scalars['Int']['output'];
};

/** One PA found, in a page. */
export type PaSearchEdge = {
  __typename?: 'PaSearchEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The PA found. */
  node: PaSearchResult;
};

/** One PA found for a need: the entry, and why it ranks where it does. */
export type PaSearchResult = CareSearchResult & {
  __typename?: 'PaSearchResult';
  /** Miles between the district centroids. */
  distanceMiles: Scalars['Float']['output'];
  /** The PA's register entry; null when the caller may not see it: a hidden record never hides the one that names it. */
  entry?: Maybe<RegisterEntry>;
  /** True when every condition of the need is met; false for a near miss. */
  match: Scalars['Boolean']['output'];
  /** Why the PA fits, e.g. "3 miles away (NE6)", "free every slot asked for", "speaks Bengali". */
  reasons: Array<Scalars['String']['output']>;
  /** Higher ranks first: 100, less 25 for each unmet condition, less the miles away. */
  score: Scalars['Float']['output'];
  /** What a near miss lacks, e.g. "no Bengali", "9 miles away", "not free Tuesday morning"; empty for a match. */
  shortfalls: Array<Scalars['String']['output']>;
};

/** What a PA offers to do. */
export type PaService =
  /** Communicating in British Sign Language. */
  | 'BSL_COMMUNICATION'
  /** Help at home: cleaning, shopping, cooking. */
  | 'DOMESTIC_SUPPORT'
  /** Driving the person, in the PA's or the person's car. */
  | 'DRIVING'
  /** Delegated health tasks (PEG feeding, stoma care, catheter care), with NHS-signed-off competences. */
  | 'HEALTH_TASKS'
  /** Personal care: washing, dressing, toileting, eating. */
  | 'PERSONAL_CARE'
  /** Sleeping in overnight, on call. */
  | 'SLEEP_IN'
  /** Going out, hobbies, keeping in touch with people. */
  | 'SOCIAL_AND_LEISURE';

/** The PA workforce behind a council's or NHS commissioner's people, for commissioners: counts only. */
export type PaWorkforceAggregates = {
  __typename?: 'PaWorkforceAggregates';
  /** PAs whose every employment in scope in the period has a signed contract. */
  allContractsSigned: SuppressedCount;
  /** Distinct PAs by the council funding their employers; a PA employed in two councils counts once in each. */
  byCouncil: Array<AggregateRow>;
  /** Distinct PAs by DBS check: current (clear or discussed, under three years), out of date, in progress, not checked. */
  byDbsCurrency: Array<AggregateRow>;
  /** Distinct PAs by employment status (employed or self-employed). */
  byEmploymentStatus: Array<AggregateRow>;
  /** Distinct employers in scope with a PA in the period. */
  employers: SuppressedCount;
  /** Employments in the period for employers in scope. */
  employments: SuppressedCount;
  /** First day of the period counted. */
  from: Scalars['Date']['output'];
  /** Distinct PAs with an employment in the period for an employer in scope: a PA with several employers counts once. */
  personalAssistants: SuppressedCount;
  /** With an area: PAs living in it (by their own postcode district) with no employment in the period, on the register only. No one funds them, so funder filters leave them as they are. Null without an area. */
  registerOnlyInArea?: Maybe<SuppressedCount>;
  /** Last day of the period counted. */
  to: Scalars['Date']['output'];
  /** PAs working for two or more employers in scope in the period. */
  withSeveralEmployers: SuppressedCount;
};

/** Where a page of a list ends. Pass endCursor as `after` to get the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the page's last item, to pass as `after`; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** How much of one council's direct-payment hourly rate reaches the PAs its direct-payment holders employ. */
export type PayReachingPas = {
  __typename?: 'PayReachingPas';
  /** Their average weekday hourly rate in pounds, over employments, each at the terms in force on its last day in the period; to the penny, suppressed under five PAs. */
  averageWeekdayRate: SuppressedAmount;
  /** The council's published direct-payment hourly rate in force on the period's last day, in pounds (a published rate, not suppressed); null when it publishes none. */
  directPaymentRate?: Maybe<Scalars['Float']['output']>;
  /** The council's GSS code. */
  key: Scalars['String']['output'];
  /** The council's name. */
  label: Scalars['String']['output'];
  /** PAs employed in the period by people the council funds who have a recorded weekday rate (suppressed). */
  personalAssistants: SuppressedCount;
  /** The average weekday rate as a whole percentage of the direct-payment rate, worked out from the two published figures; null when either is not published. */
  sharePercent?: Maybe<Scalars['Int']['output']>;
};

/** The length of a pay reference period, for which the thresholds are published. */
export type PayReferencePeriod =
  /** Fourteen days. */
  | 'FORTNIGHT'
  /** Twenty-eight days. */
  | 'FOUR_WEEKS'
  /** A calendar month. */
  | 'MONTH'
  /** Seven days. */
  | 'WEEK'
  /** A year. */
  | 'YEAR';

/** A payroll provider: a support organisation that runs payroll, or an independent payroll bureau. */
export type PayrollProvider = {
  __typename?: 'PayrollProvider';
  /** Hub id of the provider. */
  id: Scalars['ID']['output'];
  /** A support organisation or an independent bureau. */
  kind: PayrollProviderKind;
  /** The provider's name. */
  name: Scalars['String']['output'];
  /** The support organisation, when the provider is one. */
  supportOrganisation?: Maybe<SupportOrganisation>;
};

/** Who a payroll provider is. */
export type PayrollProviderKind =
  /** An independent payroll bureau (e.g. one under a council's memorandum of understanding). */
  | 'PAYROLL_BUREAU'
  /** A support organisation that runs payroll for the employers it supports. */
  | 'SUPPORT_ORGANISATION';

/** One employer's payroll for one pay period, by the provider that ran it. */
export type PayrollRun = {
  __typename?: 'PayrollRun';
  /** The day its payslips were due. */
  dueOn: Scalars['Date']['output'];
  /** The employer whose payroll it is. */
  employer?: Maybe<Person>;
  /** Hub id of the run. */
  id: Scalars['ID']['output'];
  /** The run's payslips, one per employment paid. */
  payslips: Array<Payslip>;
  /** Last day of the pay period. */
  periodEnd: Scalars['Date']['output'];
  /** First day of the pay period. */
  periodStart: Scalars['Date']['output'];
  /** The provider that ran it. */
  provider: PayrollProvider;
  /** The day the last of its payslips was sent; null while any is unsent. */
  sentOn?: Maybe<Scalars['Date']['output']>;
};

/** A PA's payslip for one pay period (the pay reference period for pensions). */
export type Payslip = {
  __typename?: 'Payslip';
  /** The day the payslip was due to reach the PA. */
  dueOn: Scalars['Date']['output'];
  /** The employment it pays; null when the caller may not see it. */
  employment?: Maybe<Employment>;
  /** Gross pay in pence. */
  grossPayPence: Scalars['Int']['output'];
  /** Hours paid. */
  hours: Scalars['Float']['output'];
  /** Hub id of the payslip. */
  id: Scalars['ID']['output'];
  /** Sent after it was due, or still not sent after the day it was due. */
  late: Scalars['Boolean']['output'];
  /** Hub id of the payroll run it came from. */
  payrollRunId: Scalars['ID']['output'];
  /** Last day of the pay period. */
  periodEnd: Scalars['Date']['output'];
  /** First day of the pay period. */
  periodStart: Scalars['Date']['output'];
  /** The day it was sent; null while not sent. */
  sentOn?: Maybe<Scalars['Date']['output']>;
};

/** Payslips of one group due in a period, and how many were late: exact counts for the hub's own aggregates, which publish them suppressed. */
export type PayslipGroupCount = {
  __typename?: 'PayslipGroupCount';
  /** Payslips due in the period. */
  due: Scalars['Int']['output'];
  /** The group's key, as asked. */
  key: Scalars['String']['output'];
  /** Of those, sent after the day due or still unsent after it. */
  late: Scalars['Int']['output'];
};

/** Payslips the hub asks about together: those one support organisation ran as payroll provider for some employers. */
export type PayslipGroupInput = {
  /** Hub ids of the employers whose payslips count. */
  employerPersonIds: Array<Scalars['ID']['input']>;
  /** The asker's key for the group, given back with its counts. */
  key: Scalars['String']['input'];
  /** Hub id of the support organisation that ran the payroll. */
  supportOrganisationId: Scalars['ID']['input'];
};

/** One payslip in a payroll run. */
export type PayslipInput = {
  /** Hub id of the employment paid (the run's employer's). */
  employmentId: Scalars['ID']['input'];
  /** Gross pay in pence (zero or more). */
  grossPayPence: Scalars['Int']['input'];
  /** Hours paid (zero or more). */
  hours: Scalars['Float']['input'];
};

/** Whether PAs' payslips arrive on time, by payroll provider: counts only, suppressed and rounded. */
export type PayslipLatenessAggregates = {
  __typename?: 'PayslipLatenessAggregates';
  /** The same by the provider that ran each payroll, by name. */
  byProvider: Array<PayslipLatenessByProvider>;
  /** Payslips due in the period for employers in scope. */
  due: SuppressedCount;
  /** First day of the period counted (payslips due in it). */
  from: Scalars['Date']['output'];
  /** Of those, sent late or still unsent after the day due. */
  late: SuppressedCount;
  /** Last day of the period counted. */
  to: Scalars['Date']['output'];
};

/** Payslips due and late for one payroll provider in a period. */
export type PayslipLatenessByProvider = {
  __typename?: 'PayslipLatenessByProvider';
  /** Payslips due in the period. */
  due: SuppressedCount;
  /** Of those, sent after the day due or still unsent after it. */
  late: SuppressedCount;
  /** The provider's name. */
  name: Scalars['String']['output'];
  /** Hub id of the provider (an organisation, as payrollProviders lists them), as text: aggregates carry no entity ids. */
  providerId: Scalars['String']['output'];
};

/**
 * A peer group a support organisation runs for the PAs of a council area, where PAs "air their views,
 * network and access training". Part of the public directory.
 */
export type PeerGroup = {
  __typename?: 'PeerGroup';
  /** GSS code of the council area it serves. */
  councilGssCode: Scalars['String']['output'];
  /** How often it meets. */
  frequency: PeerGroupFrequency;
  /** Hub id of the group (a UUID). */
  id: Scalars['ID']['output'];
  /** The group's name. */
  name: Scalars['String']['output'];
  /** The support organisation that runs it. */
  organiser: SupportOrganisation;
};

/** How often a PA peer group meets. */
export type PeerGroupFrequency =
  /** Every month (e.g. Halton's user-led organisation's PA meeting). */
  | 'MONTHLY'
  /** Now and then, as events are arranged. */
  | 'OCCASIONAL'
  /** Every quarter. */
  | 'QUARTERLY';

/**
 * One meeting of a PA peer group: the day, how many PAs came (a count, suppressed and rounded as every
 * count of people is) and whether they were paid to attend.
 */
export type PeerGroupMeeting = {
  __typename?: 'PeerGroupMeeting';
  /** PAs who attended. */
  attendees: SuppressedCount;
  /** The group. */
  group: PeerGroup;
  /** The day it was held. */
  heldOn: Scalars['Date']['output'];
  /** Pounds an hour each PA was paid to attend; null when unpaid. */
  hourlyRate?: Maybe<Scalars['Float']['output']>;
  /** Hub id of the meeting (a UUID). */
  id: Scalars['ID']['output'];
  /** Whether the PAs who came were paid for their time. */
  paidToAttend: Scalars['Boolean']['output'];
};

/** PA peer group meetings of one scope held in a period: exact counts for the hub's own aggregates, which publish attendance suppressed. */
export type PeerGroupMeetingCount = {
  __typename?: 'PeerGroupMeetingCount';
  /** PAs' attendances at them (a PA at two meetings counts twice). */
  attendances: Scalars['Int']['output'];
  /** The scope's key, as asked. */
  key: Scalars['String']['output'];
  /** Meetings held in the period. */
  meetings: Scalars['Int']['output'];
};

/** Which peer group meetings to list. */
export type PeerGroupMeetingFilter = {
  /** Only groups serving this council area (GSS code). */
  councilGssCode?: InputMaybe<Scalars['String']['input']>;
  /** Meetings held on or after this day. */
  from: Scalars['Date']['input'];
  /** Meetings held on or before this day; at most 366 days after from. */
  to: Scalars['Date']['input'];
};

/** PA peer groups the hub asks about together: those one support organisation runs for one council area. */
export type PeerGroupScopeInput = {
  /** GSS code of the council area the groups serve. */
  councilGssCode: Scalars['String']['input'];
  /** The asker's key for the scope, given back with its counts. */
  key: Scalars['String']['input'];
  /** Hub id of the support organisation running the groups. */
  supportOrganisationId: Scalars['ID']['input'];
};

/** One employment assessed for automatic enrolment over one pay reference period, from the PA's age on its last day and the earnings on its payslips. */
export type PensionAssessment = {
  __typename?: 'PensionAssessment';
  /** The PA's age on the period's last day. */
  ageYears: Scalars['Int']['output'];
  /** The category the PA falls in for the period. */
  category: PensionWorkerCategory;
  /** Gross pay on the employment's payslips in the period, in pence. */
  earningsPence: Scalars['Int']['output'];
  /** The employment assessed; null when the caller may not see it. */
  employment?: Maybe<Employment>;
  /** Hub id of the assessment. */
  id: Scalars['ID']['output'];
  /** The length of the period, whose thresholds applied. */
  payPeriod: PayReferencePeriod;
  /** How many payslips the earnings were summed from. */
  payslips: Scalars['Int']['output'];
  /** Last day of the pay reference period (the PA's age is taken on it). */
  periodEnd: Scalars['Date']['output'];
  /** First day of the pay reference period. */
  periodStart: Scalars['Date']['output'];
  /** Earnings between the lower and upper levels, in pence: what contributions are worked out on. */
  qualifyingEarningsPence: Scalars['Int']['output'];
  /** Why, e.g. "aged 34 (22 to state pension age 67), earning £1,100.00: above the earnings trigger (£833.00)". */
  reason: Scalars['String']['output'];
  /** Who recorded the assessment. */
  recordedBy: Scalars['String']['output'];
  /** The tax year whose thresholds applied: the one holding the period's last day, or the newest held before it while that year's are not held. */
  taxYear: Scalars['String']['output'];
};

/** An employer's automatic enrolment duty: when it began, their eligible jobholders and whether each was enrolled in time, and re-enrolment. */
export type PensionDuty = {
  __typename?: 'PensionDuty';
  /** The duties' start: the first day the employer employed a PA. */
  dutyStartDate: Scalars['Date']['output'];
  /** Employments assessed as eligible jobholders, earliest eligible first. */
  eligibleJobholders: Array<PensionJobholder>;
  /** The employer; null when the caller may not see them. */
  employer?: Maybe<Person>;
  /** True when every eligible jobholder was enrolled within six weeks, or is still within them. */
  met: Scalars['Boolean']['output'];
  /** The next re-enrolment's anniversary: three years after the duties' start, then after the last re-enrolment. */
  nextReEnrolmentDue: Scalars['Date']['output'];
  /** Eligible jobholders not enrolled after six weeks. */
  overdue: Scalars['Int']['output'];
  /** The earliest day the employer may choose for it: three months before the anniversary. */
  reEnrolmentWindowFrom: Scalars['Date']['output'];
  /** The latest day: three months after the anniversary. */
  reEnrolmentWindowTo: Scalars['Date']['output'];
  /** Re-enrolment days recorded, newest first. */
  reEnrolments: Array<Scalars['Date']['output']>;
};

/** A PA's membership of their employer's pension scheme, and their opt-out if they made one within the month after enrolment. */
export type PensionEnrolment = {
  __typename?: 'PensionEnrolment';
  /** True while the PA is a member (not opted out). */
  active: Scalars['Boolean']['output'];
  /** The employment; null when the caller may not see it. */
  employment?: Maybe<Employment>;
  /** The day active membership began. */
  enrolledOn: Scalars['Date']['output'];
  /** Hub id of the enrolment. */
  id: Scalars['ID']['output'];
  /** How the PA came to be enrolled. */
  kind: PensionEnrolmentKind;
  /** The last day the PA may opt out (one month after enrolment). */
  optOutWindowEndsOn: Scalars['Date']['output'];
  /** The day the PA opted out; null while a member. */
  optedOutOn?: Maybe<Scalars['Date']['output']>;
  /** Who recorded the enrolment. */
  recordedBy: Scalars['String']['output'];
  /** The scheme's name, e.g. NEST. */
  scheme: Scalars['String']['output'];
};

/** How a PA came to be in the employer's pension scheme. */
export type PensionEnrolmentKind =
  /** Enrolled automatically as an eligible jobholder. */
  | 'AUTOMATIC'
  /** A non-eligible jobholder opting in, or an entitled worker asking to join. */
  | 'OPT_IN'
  /** Put back in at the employer's three-yearly re-enrolment after opting out. */
  | 'RE_ENROLMENT';

/** Where one eligible jobholder stands against the six weeks the employer has to enrol them. */
export type PensionEnrolmentStatus =
  /** Not enrolled yet, with time left. */
  | 'DUE'
  /** Enrolled within six weeks of becoming eligible. */
  | 'ENROLLED_IN_TIME'
  /** Enrolled, but more than six weeks after becoming eligible. */
  | 'ENROLLED_LATE'
  /** Not enrolled, and the six weeks have passed. */
  | 'OVERDUE';

/** An employment assessed as an eligible jobholder, and whether the employer enrolled them in time. */
export type PensionJobholder = {
  __typename?: 'PensionJobholder';
  /** The day they became an eligible jobholder: the start of the first period assessed so, or the duties' start if later. */
  eligibleFrom: Scalars['Date']['output'];
  /** The employment; null when the caller may not see it. */
  employment?: Maybe<Employment>;
  /** The last day to enrol them: six weeks after `eligibleFrom`. */
  enrolBy: Scalars['Date']['output'];
  /** The day they were first enrolled on or after becoming eligible (or before); null when never. */
  enrolledOn?: Maybe<Scalars['Date']['output']>;
  /** In time, late, still due, or overdue. */
  status: PensionEnrolmentStatus;
};

/** A tax year's automatic enrolment earnings thresholds for one length of pay reference period, in pence. */
export type PensionThresholds = {
  __typename?: 'PensionThresholds';
  /** Last day of the tax year (5 April). */
  endsOn: Scalars['Date']['output'];
  /** Lower level of qualifying earnings: at or below it, an entitled worker. */
  lowerLevelPence: Scalars['Int']['output'];
  /** The pay reference period the figures are for. */
  payPeriod: PayReferencePeriod;
  /** False while the year's figures are not yet laid and the year before's are carried forward. */
  published: Scalars['Boolean']['output'];
  /** First day of the tax year (6 April). */
  startsOn: Scalars['Date']['output'];
  /** The tax year, e.g. 2026-27. */
  taxYear: Scalars['String']['output'];
  /** Earnings trigger: above it (aged 22 to state pension age), an eligible jobholder. */
  triggerPence: Scalars['Int']['output'];
  /** Upper level of qualifying earnings: contributions are worked out on earnings between the lower and upper levels. */
  upperLevelPence: Scalars['Int']['output'];
};

/** A worker's category for workplace pension automatic enrolment in one pay reference period (Pensions Act 2008). */
export type PensionWorkerCategory =
  /** Aged 22 to state pension age and earning above the earnings trigger: the employer must enrol them. */
  | 'ELIGIBLE_JOBHOLDER'
  /** Aged 16 to 74, earning at or below the lower level: may ask to join, without employer contributions. */
  | 'ENTITLED_WORKER'
  /** Aged 16 to 74, earning above the lower level of qualifying earnings, but not eligible: may opt in, with employer contributions. */
  | 'NON_ELIGIBLE_JOBHOLDER'
  /** Under 16, or 75 and over: no automatic enrolment rights. */
  | 'OUTSIDE_AGE_RANGE';

/**
 * A person who needs care and support. The hub holds their identity once;
 * each agency contributes the facts it owns (funding, PA team, care plan).
 */
export type Person = {
  __typename?: 'Person';
  /** The person's contingency plan as an employer; null when none is recorded. */
  contingencyPlan?: Maybe<ContingencyPlan>;
  /** Requests for cover for the person's PAs, newest first. */
  coverRequests?: Maybe<Array<CoverRequest>>;
  /** Every employment of the person, ended or not, oldest first. */
  employmentHistory?: Maybe<Array<Employment>>;
  /** Hub-minted UUID. */
  id: Scalars['ID']['output'];
  /** This employer's on-costs for a period: National Insurance, holiday pay accrual and insurance. */
  onCosts?: Maybe<EmployerOnCosts>;
  /** The person's PAs through their employments; active only unless includeEnded. */
  paTeam?: Maybe<Array<Employment>>;
  /** The provider running this employer's payroll; null when none is recorded. */
  payrollProvider?: Maybe<PayrollProvider>;
  /** This employer's payroll runs whose pay period ends in the period, newest first (null when the caller may not see pay). */
  payrollRuns?: Maybe<Array<PayrollRun>>;
  /** This employer's automatic enrolment duty; null when they have never employed a PA. */
  pensionDuty?: Maybe<PensionDuty>;
  /** The person's PA vacancies, newest first. */
  vacancies?: Maybe<Array<Vacancy>>;
};


/**
 * A person who needs care and support. The hub holds their identity once;
 * each agency contributes the facts it owns (funding, PA team, care plan).
 */
export type PersonOnCostsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * A person who needs care and support. The hub holds their identity once;
 * each agency contributes the facts it owns (funding, PA team, care plan).
 */
export type PersonPaTeamArgs = {
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A person who needs care and support. The hub holds their identity once;
 * each agency contributes the facts it owns (funding, PA team, care plan).
 */
export type PersonPayrollRunsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A personal assistant on the hub's PA register. */
export type PersonalAssistant = {
  __typename?: 'PersonalAssistant';
  /** When the PA is free to work. */
  availability: Array<AvailabilitySlot>;
  /** The PA's DBS check: status and date only, never the certificate. Null to a caller the check's access rule does not admit. */
  dbsCheck?: Maybe<DbsCheck>;
  /** Every DBS check recorded for the PA, newest first. */
  dbsChecks: Array<DbsCheck>;
  /** Whether one of the PA's DBS checks can be relied on for a new employment in this role and household, and why not. */
  dbsSufficientFor: DbsSufficiency;
  /** Every employment, current and past, across all employers. */
  employers: Array<Employment>;
  /** Employed or self-employed. */
  employmentStatus: PaEmploymentStatus;
  /** The PA's family name (surname). */
  familyName: Scalars['String']['output'];
  /** Ids of PA records merged into this one: each still resolves to this PA. */
  formerIds: Array<Scalars['ID']['output']>;
  /** The PA's given (first) name. */
  givenName: Scalars['String']['output'];
  /** Hub-minted id (PAs have no national identifier). */
  id: Scalars['ID']['output'];
  /** Languages the PA speaks, e.g. English, Welsh, Bengali, BSL. */
  languages: Array<Scalars['String']['output']>;
  /** The last three characters of the PA's National Insurance number. Restricted: the PA and employer-support roles only. */
  nationalInsuranceNumberSuffix?: Maybe<Scalars['String']['output']>;
  /** Outward code of the PA's postcode, e.g. NE6 or CH7: all the hub keeps of their address. */
  postcodeDistrict: Scalars['String']['output'];
  /** The support organisation whose register lists the PA. */
  register?: Maybe<SupportOrganisation>;
  /** The PA's findable register entry; null when they have none. */
  registerEntry?: Maybe<RegisterEntry>;
  /** Each register organisation's own identifier for this PA. */
  registerIdentifiers: Array<PaRegisterIdentifier>;
  /** What the PA offers to do. */
  services: Array<PaService>;
};


/** A personal assistant on the hub's PA register. */
export type PersonalAssistantDbsSufficientForArgs = {
  household?: InputMaybe<DbsHouseholdInput>;
  role: DbsRole;
};

/** A page of the PA register. */
export type PersonalAssistantConnection = {
  __typename?: 'PersonalAssistantConnection';
  /** The PAs on this page. */
  edges: Array<PersonalAssistantEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many PAs match in all, counting only those the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** One PA in a page. */
export type PersonalAssistantEdge = {
  __typename?: 'PersonalAssistantEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The PA. */
  node: PersonalAssistant;
};

/** Which PAs to list (all given conditions apply). */
export type PersonalAssistantFilter = {
  /** Only employed, or only self-employed, PAs. */
  employmentStatus?: InputMaybe<PaEmploymentStatus>;
  /** Only PAs in this postcode district, e.g. NE6. */
  postcodeDistrict?: InputMaybe<Scalars['String']['input']>;
  /** Only PAs offering this service. */
  service?: InputMaybe<PaService>;
};

/** A vacancy to post. */
export type PostVacancyInput = {
  /** Hub id of the employer (the person). */
  employerPersonId: Scalars['ID']['input'];
  /** Pay, pounds an hour (more than 0). */
  hourlyRate: Scalars['Float']['input'];
  /** Hours a week, more than 0 and at most 168. */
  hoursPerWeek: Scalars['Float']['input'];
  /** Languages asked for. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where the work is (postcode district). */
  postcodeDistrict: Scalars['String']['input'];
  /** Services asked for. */
  services?: InputMaybe<Array<PaService>>;
  /** When the work is (at least one). */
  slots: Array<RegisterSlotInput>;
  /** Training asked for. */
  training?: InputMaybe<Array<RegisterTraining>>;
  /** Minutes each visit lasts (1 to 720); a short call is 30 minutes or less. */
  visitMinutes?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type Query = {
  __typename?: 'Query';
  /** Hub ids of employers with (IN_PLACE) or without (MISSING, employing a PA today) a contingency plan, for the people subgraph's filter. Never shown on a dashboard. */
  contingencyPlanHolders: Array<Scalars['ID']['output']>;
  /** Cover events by how they were met and PA shortages from open vacancies, for the employers a filter covers, suppressed and rounded. By default over the year to today. */
  coverAndRecruitmentAggregates: CoverAndRecruitmentAggregates;
  /** Cover requests the caller may see, newest first, at most 200. */
  coverRequests: Array<CoverRequest>;
  /** DBS checks for commissioners: certificates by processor and payer, turnaround, Update Service and negative returns; suppressed and rounded. */
  dbsCheckAggregates: DbsCheckAggregates;
  /** DBS checks of the PAs the caller may see, newest certificate first (applications in progress before any): e.g. the negative returns and whether a decision was recorded. */
  dbsChecks: DbsCheckConnection;
  /** The mentor offers a council made in a period, oldest first, with the share of those referred who went on to employ a PA. */
  dpMentorOffers: DpMentorOffers;
  /** The individual-employer market for commissioners: the share of the direct-payment rate reaching PAs, and employers and PAs per support organisation and NHS body, suppressed. */
  employerMarketAggregates: EmployerMarketAggregates;
  /** Hub ids of the people with a PA employed on any day in [from, to], for the hub's funding-mix aggregate. Never shown on a dashboard. */
  employerPersonIdsInPeriod: Array<Scalars['ID']['output']>;
  /** One employment by hub id; null when it is not held or the caller may not see the employer. */
  employment?: Maybe<Employment>;
  /** Every employment on any day in [from, to], as spans (employer, PA, first and last day), for the hub's funding-continuity aggregate (gaps between funding while PAs are employed). Never shown on a dashboard. */
  employmentSpansInPeriod: Array<EmploymentSpan>;
  /** Employments, ordered by start then id. At most 100 per page. */
  employments: EmploymentConnection;
  /**
   * PAs on the findable register for a person's need, matches first (nearest first), then near
   * misses with what they lack. For a care professional (or the person) who may see the person.
   * At most 50 per page.
   */
  findPersonalAssistants: PaSearchConnection;
  /** The postcode districts with at least one findable PA and how many, for the hub's own questions (PA capacity near the people a council assessed). Never shown on a dashboard. */
  findablePaDistricts: Array<FindablePaDistrict>;
  /**
   * Historic micro-care figures, as the programme's evaluation recorded them, for the councils a filter covers (a
   * council, or the councils in an NHS body's area), suppressed and rounded. Only the part of the period within the
   * recorded months counts: a period after them counts nothing (current figures are the partner's
   * microCareActivityAggregates). Without a period: the whole programme as recorded (its first month to the end of its last).
   */
  microCareAggregates: MicroCareAggregates;
  /** Contacts waiting for a PA's answer (or all of them), newest first: for the PA. */
  paContacts: Array<PaContact>;
  /**
   * One PA review by hub id, for the register that submitted it or an organisation that may see the PA
   * it names.
   */
  paMatchReview?: Maybe<PaMatchReview>;
  /** The PA review queue, oldest first. At most 100 per page. */
  paMatchReviews: PaMatchReviewConnection;
  /** One PA merge by hub id. */
  paMerge?: Maybe<PaMerge>;
  /** Merges in which the PA survived or was retired, newest first. */
  paMerges: Array<PaMerge>;
  /** The PA workforce for a commissioner: distinct PAs, employers, status, DBS currency and councils, suppressed and rounded. */
  paWorkforceAggregates: PaWorkforceAggregates;
  /** Payroll providers on the hub: support organisations that run payroll and independent bureaux, by name. */
  payrollProviders: Array<PayrollProvider>;
  /** Payslips due in a period and how many were late, for groups of employers by the support organisation running their payroll: for the hub's support-contract aggregate. Never shown on a dashboard. */
  payslipCountsForGroups: Array<PayslipGroupCount>;
  /** Payslips due in a period and how many were late, by payroll provider: counts only, suppressed and rounded. */
  payslipLatenessAggregates: PayslipLatenessAggregates;
  /** PA peer group meetings and attendances in a period for scopes of organiser and council area: for the hub's support-contract aggregate. Never shown on a dashboard. */
  peerGroupMeetingCounts: Array<PeerGroupMeetingCount>;
  /** PA peer group meetings held in a period, oldest first, with how many PAs came and whether they were paid. */
  peerGroupMeetings: Array<PeerGroupMeeting>;
  /** PA peer groups, by name; only those serving one council area when given (public directory). */
  peerGroups: Array<PeerGroup>;
  /**
   * Employers' automatic enrolment duties, of employers the caller may see (a support organisation's
   * and a funder's), with eligible jobholders first; met: false lists the employers who did not enrol
   * an eligible jobholder within six weeks.
   */
  pensionDuties: Array<PensionDuty>;
  /** Automatic enrolment earnings thresholds: the tax year's (every year held when omitted), by pay reference period. */
  pensionThresholds: Array<PensionThresholds>;
  /** A PA by hub id; an id merged into another PA answers with that PA. */
  personalAssistant?: Maybe<PersonalAssistant>;
  /** Ids of the PAs employed in the period by the people a filter covers, for the training subgraph's aggregates. Never shown on a dashboard. */
  personalAssistantIdsInScope: Array<Scalars['ID']['output']>;
  /** The PA register, ordered by family name, given name, id; records merged into another PA are left out. At most 100 per page. */
  personalAssistants: PersonalAssistantConnection;
  /**
   * Self-funders who used the findable register and whether they came back for council support (question 25): the
   * people a register host asked a PA for in the period who had no council or NHS funding on the day of their first such
   * contact, and what funding they have had since. A self-funder has no funder, so a council or NHS body in the filter
   * counts the people living in its area and the funding it gave since; with an area, those living in it too. Counts
   * only, suppressed and rounded. By default over the year to today.
   */
  selfFunderRegisterAggregates: SelfFunderRegisterAggregates;
  /** Every support organisation (public directory), optionally of one kind. */
  supportOrganisations: Array<SupportOrganisation>;
  /** Vacancies the caller may see, oldest first, at most 200. */
  vacancies: Array<Vacancy>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryContingencyPlanHoldersArgs = {
  state: ContingencyPlanState;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryCoverAndRecruitmentAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryCoverRequestsArgs = {
  employerPersonId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CoverStatus>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryDbsCheckAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryDbsChecksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DbsCheckFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryDpMentorOffersArgs = {
  councilGssCode: Scalars['String']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryEmployerMarketAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryEmployerPersonIdsInPeriodArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryEmploymentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryEmploymentSpansInPeriodArgs = {
  from: Scalars['Date']['input'];
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  to: Scalars['Date']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryEmploymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EmploymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryFindPersonalAssistantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  forPerson: Scalars['ID']['input'];
  need?: InputMaybe<PaNeedInput>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryMicroCareAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPaContactsArgs = {
  personalAssistantId: Scalars['ID']['input'];
  status?: InputMaybe<PaContactStatus>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPaMatchReviewArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPaMatchReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PaMatchReviewStatus>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPaMergeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPaMergesArgs = {
  personalAssistantId: Scalars['ID']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPaWorkforceAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPayslipCountsForGroupsArgs = {
  from: Scalars['Date']['input'];
  groups: Array<PayslipGroupInput>;
  to: Scalars['Date']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPayslipLatenessAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPeerGroupMeetingCountsArgs = {
  from: Scalars['Date']['input'];
  scopes: Array<PeerGroupScopeInput>;
  to: Scalars['Date']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPeerGroupMeetingsArgs = {
  filter: PeerGroupMeetingFilter;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPeerGroupsArgs = {
  councilGssCode?: InputMaybe<Scalars['String']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPensionDutiesArgs = {
  met?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPensionThresholdsArgs = {
  taxYear?: InputMaybe<Scalars['String']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPersonalAssistantArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPersonalAssistantIdsInScopeArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPersonalAssistantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonalAssistantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QuerySelfFunderRegisterAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QuerySupportOrganisationsArgs = {
  kind?: InputMaybe<SupportOrganisationKind>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryVacanciesArgs = {
  employerPersonId?: InputMaybe<Scalars['ID']['input']>;
  open?: InputMaybe<Scalars['Boolean']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Who covered a request, and how. */
export type RecordCoverInput = {
  /** AGENCY: pounds an hour above the direct payment rate (0 or more). */
  agencyTopUpPerHour?: InputMaybe<Scalars['Float']['input']>;
  /** How. */
  kind: CoverKind;
  /** MICRO_CARE_PARTNER: hub id of the business. */
  microEnterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** FAMILY, AGENCY or COUNCIL_IN_HOUSE: who, in a few words. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** BACKUP_PA or REGISTER_PA: hub id of the PA. */
  personalAssistantId?: InputMaybe<Scalars['ID']['input']>;
};

/** A DBS check the caller's organisation processed (a council or support organisation). */
export type RecordDbsCheckInput = {
  /** The check searches the adults' barred list (enhanced only). */
  adultsBarredList?: Scalars['Boolean']['input'];
  /** The day the application was made: today or earlier. */
  appliedOn: Scalars['Date']['input'];
  /** The day on the certificate, once issued: today or earlier, not before the application. */
  certificateIssuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The check searches the children's barred list (enhanced only). */
  childrenBarredList?: Scalars['Boolean']['input'];
  /** How much the check looks at. */
  level: DbsLevel;
  /** Who paid. */
  paidBy: DbsPayer;
  /** Hub id of the PA checked. */
  personalAssistantId: Scalars['ID']['input'];
  /** Hub id of the employer who asked for it; omit when a register asks for its own list. */
  requestedByPersonId?: InputMaybe<Scalars['ID']['input']>;
  /** What the certificate returned; given with certificateIssuedOn, and only then. */
  result?: InputMaybe<DbsResult>;
  /** When the PA subscribed the certificate to the Update Service, if they have: not before it was issued, not in the future. */
  updateServiceSubscribedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** The discussion and decision after a negative return. What was disclosed is never recorded. */
export type RecordDbsDecisionInput = {
  /** When it was decided; by default the day of the discussion. Not before it, not in the future. */
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  /** What was decided. */
  decision: DbsDecision;
  /** Who took part: the employer and the applicant at least. */
  discussedWith: Array<DbsDiscussionParticipant>;
  /** When the discussion was held: not before the certificate, not in the future. */
  discussionHeldOn: Scalars['Date']['input'];
};

/** An Update Service status check on a certificate. */
export type RecordDbsStatusCheckInput = {
  /** The day of the status check: today or earlier, not before the subscription. */
  checkedOn: Scalars['Date']['input'];
  /** What it said. */
  result: DbsStatusCheckResult;
  /** When the PA subscribed, if not yet recorded: not before the certificate was issued. */
  subscribedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A mentor offered to a new direct payment recipient by the caller's council. */
export type RecordDpMentorOfferInput = {
  /** Hub id of the recipient, a person the caller may see. */
  employerPersonId: Scalars['ID']['input'];
  /** The mentor of the caller's council the recipient was referred to; omitted when they declined. */
  mentorId?: InputMaybe<Scalars['ID']['input']>;
  /** The day of the offer: today or earlier. */
  offeredOn: Scalars['Date']['input'];
};

/** A payroll run to record, with its payslips. */
export type RecordPayrollRunInput = {
  /** The day the payslips are due to reach the PAs (on or after the period's first day). */
  dueOn: Scalars['Date']['input'];
  /** The employer (a person's hub id). */
  employerPersonId: Scalars['ID']['input'];
  /** The provider that ran it (default: the employer's payroll provider). */
  payrollProviderId?: InputMaybe<Scalars['ID']['input']>;
  /** The payslips, at least one, one per employment. */
  payslips: Array<PayslipInput>;
  /** Last day of the pay period (on or after the first). */
  periodEnd: Scalars['Date']['input'];
  /** First day of the pay period. */
  periodStart: Scalars['Date']['input'];
};

/** A meeting of one of the caller's organisation's peer groups. */
export type RecordPeerGroupMeetingInput = {
  /** Hub ids of the PAs who attended: PAs the caller may see, each once, at most 500. */
  attendeeIds: Array<Scalars['ID']['input']>;
  /** The day it was held: today or earlier, once a day per group. */
  heldOn: Scalars['Date']['input'];
  /** Pounds an hour paid to each PA: given when paid (more than 0, at most 100), not otherwise. */
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  /** Whether the PAs were paid to attend. */
  paidToAttend: Scalars['Boolean']['input'];
  /** Hub id of the group. */
  peerGroupId: Scalars['ID']['input'];
};

/** Sex as an agency records it, for matching identities: a difference weighs against two records being one person's. */
export type RecordedSex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Not known, indeterminate or not stated: counts neither for nor against a match. */
  | 'NOT_KNOWN';

/** How far a PA is with the Care Certificate (the 16 standards for new care workers). */
export type RegisterCareCertificate =
  /** All standards completed. */
  | 'COMPLETED'
  /** Some standards completed. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'NOT_STARTED';

/** What a PA shares beyond the entry once they accept a contact from the caller's organisation. */
export type RegisterContactDetails = {
  __typename?: 'RegisterContactDetails';
  /** Employed or self-employed. */
  employmentStatus: PaEmploymentStatus;
  /** The PA's family name. */
  familyName: Scalars['String']['output'];
  /** The register the PA is on, to arrange the introduction through; null when on none. */
  register?: Maybe<SupportOrganisation>;
};

/** Whether a findable PA's DBS check is current: status only, never the certificate. */
export type RegisterDbs = {
  __typename?: 'RegisterDbs';
  /** True when the certificate is clear or discussed and under three years old. */
  current: Scalars['Boolean']['output'];
  /** Where the check stands. */
  status: DbsStatus;
};

/** An experienced employer joining the caller's council's mentor directory. */
export type RegisterDpMentorInput = {
  /** Their first name, the only detail others are shown (1 to 50 characters). */
  firstName: Scalars['String']['input'];
  /** The day they joined: today or earlier. */
  joinedOn: Scalars['Date']['input'];
  /** Hub id of the experienced employer, a person the caller may see. */
  personId: Scalars['ID']['input'];
};

/**
 * A PA's entry on the findable register: only what the PA chose to share (a field not shared is
 * null). Anything more opens only once the PA accepts a contact (contactDetails).
 */
export type RegisterEntry = {
  __typename?: 'RegisterEntry';
  /** When the PA is free to work, day by day. */
  availability: Array<RegisterSlot>;
  /** Care Certificate progress; null when not shared. */
  careCertificate?: Maybe<RegisterCareCertificate>;
  /** People the PA has experience of supporting; null when not shared. */
  careGroups?: Maybe<Array<CareGroup>>;
  /** The caller's organisation's latest contact with this PA through the entry; null when none. */
  contact?: Maybe<PaContact>;
  /** Null until the PA accepts a contact from the caller's organisation. */
  contactDetails?: Maybe<RegisterContactDetails>;
  /** The PA's DBS status and currency; null when not shared. */
  dbs?: Maybe<RegisterDbs>;
  /** False once the PA has withdrawn it: searches no longer find it. */
  findable: Scalars['Boolean']['output'];
  /** The PA's gender; null when not shared. */
  gender?: Maybe<RegisterGender>;
  /** The PA's first name. */
  givenName: Scalars['String']['output'];
  /** Hours a week the PA has free; null when not shared. */
  hoursPerWeek?: Maybe<Scalars['Float']['output']>;
  /** Hub id of the entry (a UUID; not the PA's id). */
  id: Scalars['ID']['output'];
  /** Languages the PA speaks; null when not shared. */
  languages?: Maybe<Array<Scalars['String']['output']>>;
  /** Outward code of the PA's postcode, e.g. NE6. */
  postcodeDistrict: Scalars['String']['output'];
  /** What the PA offers to do. */
  services: Array<PaService>;
  /** The PA will cover at short notice (the same or the next day). */
  shortNotice: Scalars['Boolean']['output'];
  /** Training the PA holds; null when not shared. */
  training?: Maybe<Array<RegisterTraining>>;
  /** How the PA travels to work. */
  travel: RegisterTravel;
};

/** What a PA's register entry shares. Anything left out is not shared. */
export type RegisterEntryInput = {
  /** When the PA is free to work. */
  availability: Array<RegisterSlotInput>;
  /** Care Certificate progress to share. */
  careCertificate?: InputMaybe<RegisterCareCertificate>;
  /** Experience to share. */
  careGroups?: InputMaybe<Array<CareGroup>>;
  /** The day the PA agreed to be findable (YYYY-MM-DD); required when a register publishes the entry on their behalf. */
  consentGivenOn?: InputMaybe<Scalars['Date']['input']>;
  /** The PA drives. */
  drives?: InputMaybe<Scalars['Boolean']['input']>;
  /** Gender to share. */
  gender?: InputMaybe<RegisterGender>;
  /** Hours a week free, more than 0 and at most 168. */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** Languages to share. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The furthest the PA will travel, in miles (0 or more). */
  maxTravelMiles?: InputMaybe<Scalars['Float']['input']>;
  /** The PA travels by public transport. */
  publicTransport?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the PA offers to do; by default what the register holds for them. */
  services?: InputMaybe<Array<PaService>>;
  /** True to share the DBS check's status and currency. */
  shareDbs?: InputMaybe<Scalars['Boolean']['input']>;
  /** The PA will cover at short notice. */
  shortNotice?: InputMaybe<Scalars['Boolean']['input']>;
  /** Training to share. */
  training?: InputMaybe<Array<RegisterTraining>>;
};

/** A PA's gender, as the PA gives it (many employers ask for a PA of a particular gender for personal care). */
export type RegisterGender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Non-binary. */
  | 'NON_BINARY';

/** A PA peer group to register, run by the caller's own support organisation. */
export type RegisterPeerGroupInput = {
  /** GSS code of the council area it serves: one the organisation serves. */
  councilGssCode: Scalars['String']['input'];
  /** How often it meets. */
  frequency: PeerGroupFrequency;
  /** The group's name (1 to 200 characters). */
  name: Scalars['String']['input'];
};

/** A part of the day a PA may offer on the findable register. */
export type RegisterPeriod =
  /** Afternoon (noon to 5pm). */
  | 'AFTERNOON'
  /** Evening (5pm to 10pm). */
  | 'EVENING'
  /** Morning (about 7am to noon). */
  | 'MORNING'
  /** Night visits (10pm to 7am), not staying over. */
  | 'NIGHT'
  /** Sleeping in overnight, on call. */
  | 'SLEEP_IN'
  /** Awake all night (a waking night). */
  | 'WAKING_NIGHT';

/** A PA a register organisation submits for its register. */
export type RegisterPersonalAssistantInput = {
  /** Date of birth (YYYY-MM-DD); held for matching, never shown. */
  dateOfBirth: Scalars['Date']['input'];
  /** Employed or self-employed; employed by default. */
  employmentStatus?: InputMaybe<PaEmploymentStatus>;
  /** Family name. */
  familyName: Scalars['String']['input'];
  /** Given name. */
  givenName: Scalars['String']['input'];
  /** Languages the PA speaks. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The last three characters of the NI number (two digits and a letter A-D, e.g. 56C); restricted, never shown. */
  niNumberSuffix: Scalars['String']['input'];
  /** Outward code of the PA's postcode (a full postcode is cut to it). */
  postcodeDistrict: Scalars['String']['input'];
  /** The support organisation whose register submits the PA. */
  registerOrganisationId: Scalars['ID']['input'];
  /** The register organisation's own identifier for the PA: a re-submission with it is recognised. */
  registerReference: Scalars['String']['input'];
  /** What the PA offers to do. */
  services?: InputMaybe<Array<PaService>>;
  /** Sex as the register records it; compared by matching (a difference weighs against a link), never shown. */
  sex?: InputMaybe<RecordedSex>;
};

/** One day and part of the day on the findable register. */
export type RegisterSlot = {
  __typename?: 'RegisterSlot';
  /** The day. */
  day: DayOfWeek;
  /** The part of the day. */
  period: RegisterPeriod;
};

/** One day and part of the day, in a register entry or a need. */
export type RegisterSlotInput = {
  /** The day. */
  day: DayOfWeek;
  /** The part of the day. */
  period: RegisterPeriod;
};

/** Training a PA holds and chose to share on the findable register. */
export type RegisterTraining =
  /** Catheter care, signed off as a health-task competence. */
  | 'CATHETER_CARE'
  /** Epilepsy and rescue medication, signed off as a health-task competence. */
  | 'EPILEPSY_RESCUE_MEDICATION'
  /** First aid. */
  | 'FIRST_AID'
  /** Supporting people with their medication. */
  | 'MEDICATION'
  /** Moving and positioning (manual handling, hoists). */
  | 'MOVING_AND_POSITIONING'
  /** PEG (tube) feeding, signed off as a health-task competence. */
  | 'PEG_FEEDING'
  /** Stoma care, signed off as a health-task competence. */
  | 'STOMA_CARE';

/** How a findable PA travels to work. */
export type RegisterTravel = {
  __typename?: 'RegisterTravel';
  /** The PA drives (and has a car); null when not shared. */
  drives?: Maybe<Scalars['Boolean']['output']>;
  /** The furthest the PA will travel, in miles; null when not shared. */
  maxMiles?: Maybe<Scalars['Float']['output']>;
  /** The PA travels by public transport; null when not shared. */
  publicTransport?: Maybe<Scalars['Boolean']['output']>;
};

/** What one subgraph's step of a person merge, or of its revert, did. */
export type RepointResult = {
  __typename?: 'RepointResult';
  /** The person or PA merge this step belongs to. */
  mergeId: Scalars['ID']['output'];
  /** Ids of the surviving person's records here that overlap another of theirs once the merge is applied (funding episodes, or employments of the same PA), for the hub to flag. Empty on a revert. */
  overlaps: Array<Scalars['ID']['output']>;
  /** Rows moved: on a repoint, every row the merge moved here (a repeat answers the same); on a revert, the rows this call moved back. */
  rowsMoved: Scalars['Int']['output'];
};

/** A mostly rural postcode district: the PAs findable there, the short calls waiting, and how far the nearest findable PA is. */
export type RuralSupplyRow = {
  __typename?: 'RuralSupplyRow';
  /** PAs on the findable register in the district. */
  findablePas: SuppressedCount;
  /** Miles from the district's centroid to the nearest district with a findable PA (0 when one is in the district), to a tenth of a mile. */
  nearestProviderMiles?: Maybe<Scalars['Float']['output']>;
  /** The postcode district, e.g. NE66. */
  postcodeDistrict: Scalars['String']['output'];
  /** Vacancies open on the period's last day whose visits last 30 minutes or less. */
  unfilledShortCalls: SuppressedCount;
};

/** Self-funders who used the findable register, and what funding they have had since (question 25). Counts only. */
export type SelfFunderRegisterAggregates = {
  __typename?: 'SelfFunderRegisterAggregates';
  /** The same by the register host whose team asked (the host of each person's first contact), by name. */
  byRegisterHost: Array<SelfFunderRegisterHostRow>;
  /** Of them, those whose council funding (from the council named, when one is) started after that contact, by today. */
  cameBackForCouncilSupport: SuppressedCount;
  /** First day of the period counted (contacts asked in it). */
  from: Scalars['Date']['output'];
  /** Of them, those with no council funding since but NHS funding (from the NHS body named, when one is) started after the contact. */
  fundedByNhsSince: SuppressedCount;
  /** Of them, those with neither since: still paying for their own care, as far as the hub knows. */
  noFundingSince: SuppressedCount;
  /** People a register host asked a PA for in the period with no council or NHS funding on the day of their first such contact. */
  selfFunders: SuppressedCount;
  /** Last day of the period counted. */
  to: Scalars['Date']['output'];
  /** Of them, those for whom a PA accepted a contact. */
  withAcceptedContact: SuppressedCount;
};

/** One register host's self-funders in SelfFunderRegisterAggregates. */
export type SelfFunderRegisterHostRow = {
  __typename?: 'SelfFunderRegisterHostRow';
  /** Of them, those who came back for council support. */
  cameBackForCouncilSupport: SuppressedCount;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Hub id of the support organisation hosting the register, as text: aggregates carry no entity ids. */
  organisationId: Scalars['String']['output'];
  /** Self-funders its team asked a PA for in the period. */
  selfFunders: SuppressedCount;
};

/** The terms to record for an employment from a day on. */
export type SetEmploymentTermsInput = {
  /** The day the written contract was signed (not in the future); only with a written contract. */
  contractSignedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Contracted hours a week (default: the employment's hours). */
  contractedHoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** Hub id of the employment. */
  employmentId: Scalars['ID']['input'];
  /** Evening pay, pence an hour (default: the weekday rate). */
  eveningPencePerHour?: InputMaybe<Scalars['Int']['input']>;
  /** Paid holiday a year in weeks (default 5.6). */
  holidayEntitlementWeeks?: InputMaybe<Scalars['Float']['input']>;
  /** How holiday is paid (default: as taken). */
  holidayPay?: InputMaybe<HolidayPay>;
  /** The insurance's last day of cover. */
  insuranceExpiresOn?: InputMaybe<Scalars['Date']['input']>;
  /** The insurance policy's reference. */
  insurancePolicyReference?: InputMaybe<Scalars['String']['input']>;
  /** The yearly premium in pence. */
  insurancePremiumPencePerYear?: InputMaybe<Scalars['Int']['input']>;
  /** The employer's liability insurer; omit when none is recorded. */
  insurer?: InputMaybe<Scalars['String']['input']>;
  /** Night pay, pence an hour (default: the weekday rate). */
  nightPencePerHour?: InputMaybe<Scalars['Int']['input']>;
  /** Sick pay (default: statutory only). */
  sickPay?: InputMaybe<SickPay>;
  /** Sleep-in pay, pence a night; omit when the PA does no sleep-ins. */
  sleepInPencePerNight?: InputMaybe<Scalars['Int']['input']>;
  /** The first day the terms apply (default: today). Terms already recorded for that day are refused. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Weekday pay, pence an hour (zero or more). */
  weekdayPencePerHour: Scalars['Int']['input'];
  /** Weekend pay, pence an hour (default: the weekday rate). */
  weekendPencePerHour?: InputMaybe<Scalars['Int']['input']>;
  /** There is a written contract. */
  writtenContract: Scalars['Boolean']['input'];
};

/** What the PA is paid when off sick. */
export type SickPay =
  /** Contractual sick pay on top of statutory sick pay. */
  | 'CONTRACTUAL'
  /** Statutory sick pay only. */
  | 'STATUTORY_ONLY';

/** One skill on the findable register: the PAs offering it and the demand for it. Counts only. */
export type SkillSupplyRow = {
  __typename?: 'SkillSupplyRow';
  /** For short-notice cover: the cover events of the period (every request for cover asks for it); null for other skills, which cover requests do not name. */
  coverRequests?: Maybe<SuppressedCount>;
  /** Findable PAs offering it (with an area, those living in it); a PA offering several skills counts in each. */
  findablePas: SuppressedCount;
  /** Stable key: LANGUAGE:<language>, TRAINING:<course code>, SHORT_NOTICE or WAKING_NIGHT. */
  key: Scalars['String']['output'];
  /** The skill in plain words, e.g. Speaks BSL. */
  label: Scalars['String']['output'];
  /** Vacancies open on the period's last day asking for it; null for short-notice cover, which vacancies do not ask for. */
  openVacancies?: Maybe<SuppressedCount>;
};

/** The PA identity a register organisation submitted. The date of birth and NI number suffix are restricted: held for matching, never shown. */
export type SubmittedPaIdentity = {
  __typename?: 'SubmittedPaIdentity';
  /** Family name as submitted. */
  familyName: Scalars['String']['output'];
  /** Given name as submitted. */
  givenName: Scalars['String']['output'];
  /** Postcode district as submitted. */
  postcodeDistrict: Scalars['String']['output'];
  /** The register organisation that submitted it. */
  registerOrganisation: SupportOrganisation;
  /** The register organisation's own identifier for the PA. */
  registerReference: Scalars['String']['output'];
};

/** An organisation that supports individual employers and PAs: advice, payroll, managed accounts, registers. */
export type SupportOrganisation = {
  __typename?: 'SupportOrganisation';
  /** GSS codes of the council areas it serves. */
  areasServed: Array<Scalars['String']['output']>;
  /** Its registered charity number, if a charity. */
  charityNumber?: Maybe<Scalars['String']['output']>;
  /** Its Companies House number, if a company. */
  companyNumber?: Maybe<Scalars['String']['output']>;
  /** Hub id of the support organisation (a UUID). */
  id: Scalars['ID']['output'];
  /** What it does for employers and PAs. */
  kinds: Array<SupportOrganisationKind>;
  /** The organisation's name. */
  name: Scalars['String']['output'];
};

/** What a support organisation does for employers and PAs (one organisation may do several). */
export type SupportOrganisationKind =
  /** Holds individual service funds for people, spending them as they direct. */
  | 'INDIVIDUAL_SERVICE_FUND_PROVIDER'
  /** Holds a person's direct payment or PHB in a managed account and pays on their behalf. */
  | 'MANAGED_ACCOUNT_PROVIDER'
  /** Helps micro-care businesses start and meet quality standards, e.g. Social Firms Wales. */
  | 'MICRO_ENTERPRISE_SUPPORT'
  /** Runs PAs' payroll for people who hold their own money (a payroll service). */
  | 'PAYROLL_PROVIDER'
  /** Keeps a register of PAs for employers to find and recruit from. */
  | 'PA_REGISTER_HOST'
  /** An umbrella organisation that recruits, checks, matches and supports self-employed PAs or micro-carers. */
  | 'UMBRELLA_BODY'
  /** A user-led organisation, run by disabled people: advice, peer support, training for employers. */
  | 'USER_LED_ORGANISATION';

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

/**
 * Changes to an employment; give at least one. Changing insurance, pay review or the health-duty rate
 * records today as the review day.
 */
export type UpdateEmploymentInput = {
  /** A contract of employment is now signed (or not). */
  contractSigned?: InputMaybe<Scalars['Boolean']['input']>;
  /** The PA now carries out health-related tasks for this employer (or no longer does). */
  healthDuties?: InputMaybe<Scalars['Boolean']['input']>;
  /** The PA's hourly pay for the health duties, in pounds and pence. */
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  /** The employer's liability insurance now covers the health tasks. */
  insuranceUpdated?: InputMaybe<Scalars['Boolean']['input']>;
  /** The PA's pay has been reviewed for the health duties. */
  payRateUpdated?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A PA vacancy an employer (or their support organisation) posted. */
export type Vacancy = {
  __typename?: 'Vacancy';
  /** Applications, oldest first. */
  applications: Array<VacancyApplication>;
  /** The employer; null when the caller may not see them. */
  employer?: Maybe<Person>;
  /** The day it was filled; null while open. */
  filledOn?: Maybe<Scalars['Date']['output']>;
  /** Pay, pounds an hour. */
  hourlyRate: Scalars['Float']['output'];
  /** Hours a week. */
  hoursPerWeek: Scalars['Float']['output'];
  /** Hub id of the vacancy (a UUID). */
  id: Scalars['ID']['output'];
  /** Languages asked for. */
  languages: Array<Scalars['String']['output']>;
  /** Findable PAs offered for it: matches and near misses, as findPersonalAssistants ranks them (within 10 miles). */
  matches: PaSearchConnection;
  /** True until an applicant is appointed. */
  open: Scalars['Boolean']['output'];
  /** Open more than four weeks. */
  overdue: Scalars['Boolean']['output'];
  /** Where the work is (postcode district). */
  postcodeDistrict: Scalars['String']['output'];
  /** The day it was posted. */
  postedOn: Scalars['Date']['output'];
  /** Services asked for. */
  services: Array<PaService>;
  /** When the work is. */
  slots: Array<RegisterSlot>;
  /** Training asked for. */
  training: Array<RegisterTraining>;
  /** Minutes each visit lasts; null when not said. A short call is 30 minutes or less. */
  visitMinutes?: Maybe<Scalars['Int']['output']>;
  /** Whole weeks it has been (or was) open. */
  weeksOpen: Scalars['Int']['output'];
};


/** A PA vacancy an employer (or their support organisation) posted. */
export type VacancyMatchesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A PA's application to a vacancy. */
export type VacancyApplication = {
  __typename?: 'VacancyApplication';
  /** The day they applied. */
  appliedOn: Scalars['Date']['output'];
  /** Hub id of the application (a UUID). */
  id: Scalars['ID']['output'];
  /** The day of the interview; null until one is held. */
  interviewOn?: Maybe<Scalars['Date']['output']>;
  /** What came of it. */
  outcome: VacancyOutcome;
  /** The applicant; null when the caller may not see the PA. */
  personalAssistant?: Maybe<PersonalAssistant>;
};

/** What came of an application to a vacancy. */
export type VacancyOutcome =
  /** Appointed: the vacancy is filled. */
  | 'APPOINTED'
  /** Not appointed. */
  | 'NOT_APPOINTED'
  /** Not decided yet. */
  | 'PENDING'
  /** The PA withdrew. */
  | 'WITHDRAWN';

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
  Employment: Employment;
  PaMatchReview: PaMatchReview;
  PaMerge: PaMerge;
  Person: Person;
  PersonalAssistant: PersonalAssistant;
  SupportOrganisation: SupportOrganisation;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Employment:
    ( { __typename: 'Employment' }
    & GraphQLRecursivePick<FederationTypes['Employment'], {"id":true}> );
  PaMatchReview:
    ( { __typename: 'PaMatchReview' }
    & GraphQLRecursivePick<FederationTypes['PaMatchReview'], {"id":true}> );
  PaMerge:
    ( { __typename: 'PaMerge' }
    & GraphQLRecursivePick<FederationTypes['PaMerge'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  PersonalAssistant:
    ( { __typename: 'PersonalAssistant' }
    & GraphQLRecursivePick<FederationTypes['PersonalAssistant'], {"id":true}> );
  SupportOrganisation:
    ( { __typename: 'SupportOrganisation' }
    & GraphQLRecursivePick<FederationTypes['SupportOrganisation'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CareSearchResult: ( SearchHit );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddEmploymentInput: AddEmploymentInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AggregateFilter: AggregateFilter;
  AggregateRow: ResolverTypeWrapper<AggregateRow>;
  AmountRow: ResolverTypeWrapper<AmountRow>;
  AvailabilitySlot: ResolverTypeWrapper<AvailabilitySlot>;
  CareGroup: CareGroup;
  CareSearchResult: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['CareSearchResult']>;
  ContingencyArrangement: ResolverTypeWrapper<ContingencyArrangementModel>;
  ContingencyArrangementInput: ContingencyArrangementInput;
  ContingencyPlan: ResolverTypeWrapper<PlanView>;
  ContingencyPlanInput: ContingencyPlanInput;
  ContingencyPlanState: ContingencyPlanState;
  CoverAndRecruitmentAggregates: ResolverTypeWrapper<CoverAndRecruitmentAggregates>;
  CoverCandidate: ResolverTypeWrapper<Candidate>;
  CoverKind: CoverKind;
  CoverReason: CoverReason;
  CoverRequest: ResolverTypeWrapper<CoverRequestModel>;
  CoverStatus: CoverStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DayOfWeek: DayOfWeek;
  DayPeriod: DayPeriod;
  DbsCheck: ResolverTypeWrapper<DbsCheckView>;
  DbsCheckAggregates: ResolverTypeWrapper<DbsCheckAggregates>;
  DbsCheckConnection: ResolverTypeWrapper<Omit<DbsCheckConnection, 'edges'> & { edges: Array<ResolversTypes['DbsCheckEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DbsCheckEdge: ResolverTypeWrapper<Omit<DbsCheckEdge, 'node'> & { node: ResolversTypes['DbsCheck'] }>;
  DbsCheckFilter: DbsCheckFilter;
  DbsDecision: DbsDecision;
  DbsDiscussionParticipant: DbsDiscussionParticipant;
  DbsHouseholdInput: DbsHouseholdInput;
  DbsLevel: DbsLevel;
  DbsNegativeReturnDecision: ResolverTypeWrapper<DbsCheckModel>;
  DbsPayer: DbsPayer;
  DbsProcessor: ResolverTypeWrapper<DbsCheckModel>;
  DbsProcessorCounts: ResolverTypeWrapper<DbsProcessorCounts>;
  DbsProcessorKind: DbsProcessorKind;
  DbsResult: DbsResult;
  DbsRole: DbsRole;
  DbsShortfall: DbsShortfall;
  DbsStatus: DbsStatus;
  DbsStatusCheckResult: DbsStatusCheckResult;
  DbsSufficiency: ResolverTypeWrapper<DbsSufficiencyResult>;
  DbsUpdateService: ResolverTypeWrapper<DbsCheckModel>;
  DpMentor: ResolverTypeWrapper<DpMentorModel>;
  DpMentorOffer: ResolverTypeWrapper<DpMentorOfferModel>;
  DpMentorOffers: ResolverTypeWrapper<Omit<DpMentorOffers, 'offers'> & { offers: Array<ResolversTypes['DpMentorOffer']> }>;
  EmployerMarketAggregates: ResolverTypeWrapper<EmployerMarketAggregates>;
  EmployerOnCosts: ResolverTypeWrapper<OnCosts>;
  EmployersAndPas: ResolverTypeWrapper<EmployersAndPas>;
  EmployersLiabilityInsurance: ResolverTypeWrapper<EmploymentTermsModel>;
  Employment: ResolverTypeWrapper<EmploymentModel>;
  EmploymentConnection: ResolverTypeWrapper<Omit<EmploymentConnection, 'edges'> & { edges: Array<ResolversTypes['EmploymentEdge']> }>;
  EmploymentEdge: ResolverTypeWrapper<Omit<EmploymentEdge, 'node'> & { node: ResolversTypes['Employment'] }>;
  EmploymentFilter: EmploymentFilter;
  EmploymentSpan: ResolverTypeWrapper<EmploymentSpan>;
  EmploymentTerms: ResolverTypeWrapper<TermsView>;
  FindablePaDistrict: ResolverTypeWrapper<FindablePaDistrict>;
  HealthDutiesCover: ResolverTypeWrapper<EmploymentModel>;
  HolidayPay: HolidayPay;
  MicroCareAggregates: ResolverTypeWrapper<MicroCareAggregates>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PaContact: ResolverTypeWrapper<PaContactModel>;
  PaContactStatus: PaContactStatus;
  PaEmploymentStatus: PaEmploymentStatus;
  PaFieldComparison: PaFieldComparison;
  PaFieldContribution: ResolverTypeWrapper<PaFieldContribution>;
  PaMatchCandidate: ResolverTypeWrapper<StoredPaCandidate>;
  PaMatchDecision: ResolverTypeWrapper<PaMatchDecisionModel>;
  PaMatchDecisionAction: PaMatchDecisionAction;
  PaMatchField: PaMatchField;
  PaMatchReview: ResolverTypeWrapper<PaMatchReviewModel>;
  PaMatchReviewConnection: ResolverTypeWrapper<Omit<PaMatchReviewConnection, 'edges'> & { edges: Array<ResolversTypes['PaMatchReviewEdge']> }>;
  PaMatchReviewEdge: ResolverTypeWrapper<Omit<PaMatchReviewEdge, 'node'> & { node: ResolversTypes['PaMatchReview'] }>;
  PaMatchReviewStatus: PaMatchReviewStatus;
  PaMerge: ResolverTypeWrapper<PaMergeModel>;
  PaMergeStatus: PaMergeStatus;
  PaMergeStep: ResolverTypeWrapper<PaMergeStepModel>;
  PaNeedInput: PaNeedInput;
  PaRegisterIdentifier: ResolverTypeWrapper<StoredPaIdentifier>;
  PaRegistration: ResolverTypeWrapper<PaRegistrationResult>;
  PaRegistrationOutcome: PaRegistrationOutcome;
  PaSearchConnection: ResolverTypeWrapper<Omit<PaSearchConnection, 'edges'> & { edges: Array<ResolversTypes['PaSearchEdge']> }>;
  PaSearchEdge: ResolverTypeWrapper<Omit<PaSearchEdge, 'node'> & { node: ResolversTypes['PaSearchResult'] }>;
  PaSearchResult: ResolverTypeWrapper<SearchHit>;
  PaService: PaService;
  PaWorkforceAggregates: ResolverTypeWrapper<PaWorkforceAggregates>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PayReachingPas: ResolverTypeWrapper<PayReachingPas>;
  PayReferencePeriod: PayReferencePeriod;
  PayrollProvider: ResolverTypeWrapper<PayrollProviderModel>;
  PayrollProviderKind: PayrollProviderKind;
  PayrollRun: ResolverTypeWrapper<PayrollRunModel>;
  Payslip: ResolverTypeWrapper<PayslipView>;
  PayslipGroupCount: ResolverTypeWrapper<PayslipGroupCount>;
  PayslipGroupInput: PayslipGroupInput;
  PayslipInput: PayslipInput;
  PayslipLatenessAggregates: ResolverTypeWrapper<PayslipLatenessAggregates>;
  PayslipLatenessByProvider: ResolverTypeWrapper<PayslipLatenessByProvider>;
  PeerGroup: ResolverTypeWrapper<PeerGroupModel>;
  PeerGroupFrequency: PeerGroupFrequency;
  PeerGroupMeeting: ResolverTypeWrapper<MeetingView>;
  PeerGroupMeetingCount: ResolverTypeWrapper<PeerGroupMeetingCount>;
  PeerGroupMeetingFilter: PeerGroupMeetingFilter;
  PeerGroupScopeInput: PeerGroupScopeInput;
  PensionAssessment: ResolverTypeWrapper<AssessmentView>;
  PensionDuty: ResolverTypeWrapper<DutyView>;
  PensionEnrolment: ResolverTypeWrapper<EnrolmentView>;
  PensionEnrolmentKind: PensionEnrolmentKind;
  PensionEnrolmentStatus: PensionEnrolmentStatus;
  PensionJobholder: ResolverTypeWrapper<JobholderView>;
  PensionThresholds: ResolverTypeWrapper<PensionThresholdModel>;
  PensionWorkerCategory: PensionWorkerCategory;
  Person: ResolverTypeWrapper<Omit<Person, 'contingencyPlan' | 'coverRequests' | 'employmentHistory' | 'onCosts' | 'paTeam' | 'payrollProvider' | 'payrollRuns' | 'pensionDuty' | 'vacancies'> & { contingencyPlan?: Maybe<ResolversTypes['ContingencyPlan']>, coverRequests?: Maybe<Array<ResolversTypes['CoverRequest']>>, employmentHistory?: Maybe<Array<ResolversTypes['Employment']>>, onCosts?: Maybe<ResolversTypes['EmployerOnCosts']>, paTeam?: Maybe<Array<ResolversTypes['Employment']>>, payrollProvider?: Maybe<ResolversTypes['PayrollProvider']>, payrollRuns?: Maybe<Array<ResolversTypes['PayrollRun']>>, pensionDuty?: Maybe<ResolversTypes['PensionDuty']>, vacancies?: Maybe<Array<ResolversTypes['Vacancy']>> }>;
  PersonalAssistant: ResolverTypeWrapper<PersonalAssistantModel>;
  PersonalAssistantConnection: ResolverTypeWrapper<Omit<PersonalAssistantConnection, 'edges'> & { edges: Array<ResolversTypes['PersonalAssistantEdge']> }>;
  PersonalAssistantEdge: ResolverTypeWrapper<Omit<PersonalAssistantEdge, 'node'> & { node: ResolversTypes['PersonalAssistant'] }>;
  PersonalAssistantFilter: PersonalAssistantFilter;
  PostVacancyInput: PostVacancyInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCoverInput: RecordCoverInput;
  RecordDbsCheckInput: RecordDbsCheckInput;
  RecordDbsDecisionInput: RecordDbsDecisionInput;
  RecordDbsStatusCheckInput: RecordDbsStatusCheckInput;
  RecordDpMentorOfferInput: RecordDpMentorOfferInput;
  RecordPayrollRunInput: RecordPayrollRunInput;
  RecordPeerGroupMeetingInput: RecordPeerGroupMeetingInput;
  RecordedSex: RecordedSex;
  RegisterCareCertificate: RegisterCareCertificate;
  RegisterContactDetails: ResolverTypeWrapper<EntryView>;
  RegisterDbs: ResolverTypeWrapper<RegisterDbs>;
  RegisterDpMentorInput: RegisterDpMentorInput;
  RegisterEntry: ResolverTypeWrapper<EntryView>;
  RegisterEntryInput: RegisterEntryInput;
  RegisterGender: RegisterGender;
  RegisterPeerGroupInput: RegisterPeerGroupInput;
  RegisterPeriod: RegisterPeriod;
  RegisterPersonalAssistantInput: RegisterPersonalAssistantInput;
  RegisterSlot: ResolverTypeWrapper<RegisterSlot>;
  RegisterSlotInput: RegisterSlotInput;
  RegisterTraining: RegisterTraining;
  RegisterTravel: ResolverTypeWrapper<RegisterTravel>;
  RepointResult: ResolverTypeWrapper<RepointResult>;
  RuralSupplyRow: ResolverTypeWrapper<RuralSupplyRow>;
  SelfFunderRegisterAggregates: ResolverTypeWrapper<SelfFunderRegisterAggregates>;
  SelfFunderRegisterHostRow: ResolverTypeWrapper<SelfFunderRegisterHostRow>;
  SetEmploymentTermsInput: SetEmploymentTermsInput;
  SickPay: SickPay;
  SkillSupplyRow: ResolverTypeWrapper<SkillSupplyRow>;
  SubmittedPaIdentity: ResolverTypeWrapper<StoredPaSubmission>;
  SupportOrganisation: ResolverTypeWrapper<SupportOrganisationModel>;
  SupportOrganisationKind: SupportOrganisationKind;
  SuppressedAmount: ResolverTypeWrapper<SuppressedAmount>;
  SuppressedCount: ResolverTypeWrapper<SuppressedCount>;
  UpdateEmploymentInput: UpdateEmploymentInput;
  Vacancy: ResolverTypeWrapper<VacancyModel>;
  VacancyApplication: ResolverTypeWrapper<ApplicationView>;
  VacancyOutcome: VacancyOutcome;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddEmploymentInput: AddEmploymentInput;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  AggregateFilter: AggregateFilter;
  AggregateRow: AggregateRow;
  AmountRow: AmountRow;
  AvailabilitySlot: AvailabilitySlot;
  CareSearchResult: ResolversInterfaceTypes<ResolversParentTypes>['CareSearchResult'];
  ContingencyArrangement: ContingencyArrangementModel;
  ContingencyArrangementInput: ContingencyArrangementInput;
  ContingencyPlan: PlanView;
  ContingencyPlanInput: ContingencyPlanInput;
  CoverAndRecruitmentAggregates: CoverAndRecruitmentAggregates;
  CoverCandidate: Candidate;
  CoverRequest: CoverRequestModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DbsCheck: DbsCheckView;
  DbsCheckAggregates: DbsCheckAggregates;
  DbsCheckConnection: Omit<DbsCheckConnection, 'edges'> & { edges: Array<ResolversParentTypes['DbsCheckEdge']> };
  Int: Scalars['Int']['output'];
  DbsCheckEdge: Omit<DbsCheckEdge, 'node'> & { node: ResolversParentTypes['DbsCheck'] };
  DbsCheckFilter: DbsCheckFilter;
  DbsHouseholdInput: DbsHouseholdInput;
  DbsNegativeReturnDecision: DbsCheckModel;
  DbsProcessor: DbsCheckModel;
  DbsProcessorCounts: DbsProcessorCounts;
  DbsSufficiency: DbsSufficiencyResult;
  DbsUpdateService: DbsCheckModel;
  DpMentor: DpMentorModel;
  DpMentorOffer: DpMentorOfferModel;
  DpMentorOffers: Omit<DpMentorOffers, 'offers'> & { offers: Array<ResolversParentTypes['DpMentorOffer']> };
  EmployerMarketAggregates: EmployerMarketAggregates;
  EmployerOnCosts: OnCosts;
  EmployersAndPas: EmployersAndPas;
  EmployersLiabilityInsurance: EmploymentTermsModel;
  Employment: EmploymentModel;
  EmploymentConnection: Omit<EmploymentConnection, 'edges'> & { edges: Array<ResolversParentTypes['EmploymentEdge']> };
  EmploymentEdge: Omit<EmploymentEdge, 'node'> & { node: ResolversParentTypes['Employment'] };
  EmploymentFilter: EmploymentFilter;
  EmploymentSpan: EmploymentSpan;
  EmploymentTerms: TermsView;
  FindablePaDistrict: FindablePaDistrict;
  HealthDutiesCover: EmploymentModel;
  MicroCareAggregates: MicroCareAggregates;
  Mutation: Record<PropertyKey, never>;
  PaContact: PaContactModel;
  PaFieldContribution: PaFieldContribution;
  PaMatchCandidate: StoredPaCandidate;
  PaMatchDecision: PaMatchDecisionModel;
  PaMatchReview: PaMatchReviewModel;
  PaMatchReviewConnection: Omit<PaMatchReviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['PaMatchReviewEdge']> };
  PaMatchReviewEdge: Omit<PaMatchReviewEdge, 'node'> & { node: ResolversParentTypes['PaMatchReview'] };
  PaMerge: PaMergeModel;
  PaMergeStep: PaMergeStepModel;
  PaNeedInput: PaNeedInput;
  PaRegisterIdentifier: StoredPaIdentifier;
  PaRegistration: PaRegistrationResult;
  PaSearchConnection: Omit<PaSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['PaSearchEdge']> };
  PaSearchEdge: Omit<PaSearchEdge, 'node'> & { node: ResolversParentTypes['PaSearchResult'] };
  PaSearchResult: SearchHit;
  PaWorkforceAggregates: PaWorkforceAggregates;
  PageInfo: PageInfo;
  PayReachingPas: PayReachingPas;
  PayrollProvider: PayrollProviderModel;
  PayrollRun: PayrollRunModel;
  Payslip: PayslipView;
  PayslipGroupCount: PayslipGroupCount;
  PayslipGroupInput: PayslipGroupInput;
  PayslipInput: PayslipInput;
  PayslipLatenessAggregates: PayslipLatenessAggregates;
  PayslipLatenessByProvider: PayslipLatenessByProvider;
  PeerGroup: PeerGroupModel;
  PeerGroupMeeting: MeetingView;
  PeerGroupMeetingCount: PeerGroupMeetingCount;
  PeerGroupMeetingFilter: PeerGroupMeetingFilter;
  PeerGroupScopeInput: PeerGroupScopeInput;
  PensionAssessment: AssessmentView;
  PensionDuty: DutyView;
  PensionEnrolment: EnrolmentView;
  PensionJobholder: JobholderView;
  PensionThresholds: PensionThresholdModel;
  Person: Omit<Person, 'contingencyPlan' | 'coverRequests' | 'employmentHistory' | 'onCosts' | 'paTeam' | 'payrollProvider' | 'payrollRuns' | 'pensionDuty' | 'vacancies'> & { contingencyPlan?: Maybe<ResolversParentTypes['ContingencyPlan']>, coverRequests?: Maybe<Array<ResolversParentTypes['CoverRequest']>>, employmentHistory?: Maybe<Array<ResolversParentTypes['Employment']>>, onCosts?: Maybe<ResolversParentTypes['EmployerOnCosts']>, paTeam?: Maybe<Array<ResolversParentTypes['Employment']>>, payrollProvider?: Maybe<ResolversParentTypes['PayrollProvider']>, payrollRuns?: Maybe<Array<ResolversParentTypes['PayrollRun']>>, pensionDuty?: Maybe<ResolversParentTypes['PensionDuty']>, vacancies?: Maybe<Array<ResolversParentTypes['Vacancy']>> } | FederationReferenceTypes['Person'];
  PersonalAssistant: PersonalAssistantModel;
  PersonalAssistantConnection: Omit<PersonalAssistantConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonalAssistantEdge']> };
  PersonalAssistantEdge: Omit<PersonalAssistantEdge, 'node'> & { node: ResolversParentTypes['PersonalAssistant'] };
  PersonalAssistantFilter: PersonalAssistantFilter;
  PostVacancyInput: PostVacancyInput;
  Query: Record<PropertyKey, never>;
  RecordCoverInput: RecordCoverInput;
  RecordDbsCheckInput: RecordDbsCheckInput;
  RecordDbsDecisionInput: RecordDbsDecisionInput;
  RecordDbsStatusCheckInput: RecordDbsStatusCheckInput;
  RecordDpMentorOfferInput: RecordDpMentorOfferInput;
  RecordPayrollRunInput: RecordPayrollRunInput;
  RecordPeerGroupMeetingInput: RecordPeerGroupMeetingInput;
  RegisterContactDetails: EntryView;
  RegisterDbs: RegisterDbs;
  RegisterDpMentorInput: RegisterDpMentorInput;
  RegisterEntry: EntryView;
  RegisterEntryInput: RegisterEntryInput;
  RegisterPeerGroupInput: RegisterPeerGroupInput;
  RegisterPersonalAssistantInput: RegisterPersonalAssistantInput;
  RegisterSlot: RegisterSlot;
  RegisterSlotInput: RegisterSlotInput;
  RegisterTravel: RegisterTravel;
  RepointResult: RepointResult;
  RuralSupplyRow: RuralSupplyRow;
  SelfFunderRegisterAggregates: SelfFunderRegisterAggregates;
  SelfFunderRegisterHostRow: SelfFunderRegisterHostRow;
  SetEmploymentTermsInput: SetEmploymentTermsInput;
  SkillSupplyRow: SkillSupplyRow;
  SubmittedPaIdentity: StoredPaSubmission;
  SupportOrganisation: SupportOrganisationModel;
  SuppressedAmount: SuppressedAmount;
  SuppressedCount: SuppressedCount;
  UpdateEmploymentInput: UpdateEmploymentInput;
  Vacancy: VacancyModel;
  VacancyApplication: ApplicationView;
}>;

export type AggregateRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AggregateRow'] = ResolversParentTypes['AggregateRow']> = ResolversObject<{
  count?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AmountRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AmountRow'] = ResolversParentTypes['AmountRow']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AvailabilitySlotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AvailabilitySlot'] = ResolversParentTypes['AvailabilitySlot']> = ResolversObject<{
  day?: Resolver<ResolversTypes['DayOfWeek'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['DayPeriod'], ParentType, ContextType>;
}>;

export type CareSearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareSearchResult'] = ResolversParentTypes['CareSearchResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'PaSearchResult', ParentType, ContextType>;
}>;

export type ContingencyArrangementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContingencyArrangement'] = ResolversParentTypes['ContingencyArrangement']> = ResolversObject<{
  agencyTopUpPerHour?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CoverKind'], ParentType, ContextType>;
  microEnterpriseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
}>;

export type ContingencyPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContingencyPlan'] = ResolversParentTypes['ContingencyPlan']> = ResolversObject<{
  agreedByAll?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  arrangements?: Resolver<Array<ResolversTypes['ContingencyArrangement']>, ParentType, ContextType>;
  testedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CoverAndRecruitmentAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverAndRecruitmentAggregates'] = ResolversParentTypes['CoverAndRecruitmentAggregates']> = ResolversObject<{
  agencyTopUpCost?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  coverEvents?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  coverEventsByHow?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  coverRequestsMet?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  findablePas?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  findablePasByArea?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  medianDaysToFill?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  medianHoursToCover?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  openVacancies?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  overdueVacancies?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  overdueVacanciesByArea?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  overdueVacanciesBySkill?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  overdueVacanciesInRuralDistricts?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  ruralSupply?: Resolver<Array<ResolversTypes['RuralSupplyRow']>, ParentType, ContextType>;
  skillSupplyAndDemand?: Resolver<Array<ResolversTypes['SkillSupplyRow']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  unfilledShortCallsInRuralDistricts?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  vacanciesFilled?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  vacancyHoursWaiting?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
}>;

export type CoverCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverCandidate'] = ResolversParentTypes['CoverCandidate']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CoverKind'], ParentType, ContextType>;
  microEnterpriseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  registerEntry?: Resolver<Maybe<ResolversTypes['RegisterEntry']>, ParentType, ContextType>;
  shortfalls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CoverRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverRequest'] = ResolversParentTypes['CoverRequest']> = ResolversObject<{
  agencyTopUpPerHour?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['CoverCandidate']>, ParentType, ContextType>;
  coveredBy?: Resolver<Maybe<ResolversTypes['CoverKind']>, ParentType, ContextType>;
  coveredByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coveredByPersonalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  employment?: Resolver<Maybe<ResolversTypes['Employment']>, ParentType, ContextType>;
  filledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hoursToFill?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['CoverReason'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CoverStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DbsCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DbsCheck'] = ResolversParentTypes['DbsCheck']> = ResolversObject<{
  adultsBarredList?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  appliedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  checkedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  childrenBarredList?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['DbsLevel']>, ParentType, ContextType>;
  negativeReturnDecision?: Resolver<Maybe<ResolversTypes['DbsNegativeReturnDecision']>, ParentType, ContextType>;
  paidBy?: Resolver<Maybe<ResolversTypes['DbsPayer']>, ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  processedBy?: Resolver<Maybe<ResolversTypes['DbsProcessor']>, ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['DbsResult']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DbsStatus'], ParentType, ContextType>;
  updateService?: Resolver<Maybe<ResolversTypes['DbsUpdateService']>, ParentType, ContextType>;
}>;

export type DbsCheckAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DbsCheckAggregates'] = ResolversParentTypes['DbsCheckAggregates']> = ResolversObject<{
  byPayer?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  byProcessor?: Resolver<Array<ResolversTypes['DbsProcessorCounts']>, ParentType, ContextType>;
  certificates?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  informationDisclosed?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  informationDisclosedDiscussedAndDecided?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  medianTurnaroundDays?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  onUpdateService?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type DbsCheckConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DbsCheckConnection'] = ResolversParentTypes['DbsCheckConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DbsCheckEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DbsCheckEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DbsCheckEdge'] = ResolversParentTypes['DbsCheckEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DbsCheck'], ParentType, ContextType>;
}>;

export type DbsNegativeReturnDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DbsNegativeReturnDecision'] = ResolversParentTypes['DbsNegativeReturnDecision']> = ResolversObject<{
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['DbsDecision'], ParentType, ContextType>;
  discussedWith?: Resolver<Array<ResolversTypes['DbsDiscussionParticipant']>, ParentType, ContextType>;
  discussionHeldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type DbsProcessorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DbsProcessor'] = ResolversParentTypes['DbsProcessor']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['DbsProcessorKind'], ParentType, ContextType>;
  organisationCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DbsProcessorCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DbsProcessorCounts'] = ResolversParentTypes['DbsProcessorCounts']> = ResolversObject<{
  certificates?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  medianTurnaroundDays?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  processedByKind?: Resolver<ResolversTypes['DbsProcessorKind'], ParentType, ContextType>;
}>;

export type DbsSufficiencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DbsSufficiency'] = ResolversParentTypes['DbsSufficiency']> = ResolversObject<{
  adultsBarredListRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  check?: Resolver<Maybe<ResolversTypes['DbsCheck']>, ParentType, ContextType>;
  childrenBarredListRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requiredLevel?: Resolver<ResolversTypes['DbsLevel'], ParentType, ContextType>;
  shortfalls?: Resolver<Array<ResolversTypes['DbsShortfall']>, ParentType, ContextType>;
  sufficient?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DbsUpdateServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DbsUpdateService'] = ResolversParentTypes['DbsUpdateService']> = ResolversObject<{
  lastStatusCheckOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastStatusCheckResult?: Resolver<Maybe<ResolversTypes['DbsStatusCheckResult']>, ParentType, ContextType>;
  subscribedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type DpMentorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DpMentor'] = ResolversParentTypes['DpMentor']> = ResolversObject<{
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DpMentorOfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DpMentorOffer'] = ResolversParentTypes['DpMentorOffer']> = ResolversObject<{
  councilGssCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employedPaFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  employer?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentor?: Resolver<Maybe<ResolversTypes['DpMentor']>, ParentType, ContextType>;
  offeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  referred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DpMentorOffersResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DpMentorOffers'] = ResolversParentTypes['DpMentorOffers']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  offered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['DpMentorOffer']>, ParentType, ContextType>;
  percentReferredEmployedPa?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  referred?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referredAndEmployedPa?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type EmployerMarketAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployerMarketAggregates'] = ResolversParentTypes['EmployerMarketAggregates']> = ResolversObject<{
  byHealthBody?: Resolver<Array<ResolversTypes['EmployersAndPas']>, ParentType, ContextType>;
  bySupportOrganisation?: Resolver<Array<ResolversTypes['EmployersAndPas']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  payReachingPas?: Resolver<Array<ResolversTypes['PayReachingPas']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type EmployerOnCostsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployerOnCosts'] = ResolversParentTypes['EmployerOnCosts']> = ResolversObject<{
  employerNationalInsurancePence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  grossPayPence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  holidayPayAccrualPence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  insurancePremiumPence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payslips?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  taxYears?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalPence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EmployersAndPasResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployersAndPas'] = ResolversParentTypes['EmployersAndPas']> = ResolversObject<{
  employers?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personalAssistants?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
}>;

export type EmployersLiabilityInsuranceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployersLiabilityInsurance'] = ResolversParentTypes['EmployersLiabilityInsurance']> = ResolversObject<{
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  insurer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  premiumPencePerYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type EmploymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Employment'] = ResolversParentTypes['Employment'], FederationReferenceType extends FederationReferenceTypes['Employment'] = FederationReferenceTypes['Employment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contractSigned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  employer?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  healthDuties?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  healthDutiesCover?: Resolver<ResolversTypes['HealthDutiesCover'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payslips?: Resolver<Array<ResolversTypes['Payslip']>, ParentType, ContextType>;
  pensionAssessments?: Resolver<Array<ResolversTypes['PensionAssessment']>, ParentType, ContextType>;
  pensionEnrolments?: Resolver<Array<ResolversTypes['PensionEnrolment']>, ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  terms?: Resolver<Maybe<ResolversTypes['EmploymentTerms']>, ParentType, ContextType>;
  termsHistory?: Resolver<Array<ResolversTypes['EmploymentTerms']>, ParentType, ContextType>;
}>;

export type EmploymentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmploymentConnection'] = ResolversParentTypes['EmploymentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EmploymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EmploymentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmploymentEdge'] = ResolversParentTypes['EmploymentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Employment'], ParentType, ContextType>;
}>;

export type EmploymentSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmploymentSpan'] = ResolversParentTypes['EmploymentSpan']> = ResolversObject<{
  employerPersonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  personalAssistantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type EmploymentTermsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmploymentTerms'] = ResolversParentTypes['EmploymentTerms']> = ResolversObject<{
  contractSignedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  contractedHoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  eveningPencePerHour?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  holidayEntitlementWeeks?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  holidayPay?: Resolver<ResolversTypes['HolidayPay'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insurance?: Resolver<Maybe<ResolversTypes['EmployersLiabilityInsurance']>, ParentType, ContextType>;
  nightPencePerHour?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sickPay?: Resolver<ResolversTypes['SickPay'], ParentType, ContextType>;
  sleepInPencePerNight?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  weekdayPencePerHour?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weekendPencePerHour?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  writtenContract?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type FindablePaDistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FindablePaDistrict'] = ResolversParentTypes['FindablePaDistrict']> = ResolversObject<{
  findablePas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  postcodeDistrict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HealthDutiesCoverResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthDutiesCover'] = ResolversParentTypes['HealthDutiesCover']> = ResolversObject<{
  hourlyRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  insuranceUpdated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  payRateUpdated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type MicroCareAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCareAggregates'] = ResolversParentTypes['MicroCareAggregates']> = ResolversObject<{
  becameAgencies?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  businesses?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  careJobs?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  directCommissioning?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hoursByCategory?: Resolver<Array<ResolversTypes['AmountRow']>, ParentType, ContextType>;
  hoursByFinancialYear?: Resolver<Array<ResolversTypes['AmountRow']>, ParentType, ContextType>;
  moneyKeptLocal?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  newBusinesses?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  peopleSupported?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  qualityFrameworkCompleted?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  recordedFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  recordedTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startedByFormerPas?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalHours?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addEmployment?: Resolver<ResolversTypes['Employment'], ParentType, ContextType, RequireFields<MutationAddEmploymentArgs, 'input'>>;
  answerPaContact?: Resolver<ResolversTypes['PaContact'], ParentType, ContextType, RequireFields<MutationAnswerPaContactArgs, 'accept' | 'id'>>;
  assessPensionEligibility?: Resolver<ResolversTypes['PensionAssessment'], ParentType, ContextType, RequireFields<MutationAssessPensionEligibilityArgs, 'employment' | 'periodEnd' | 'periodStart'>>;
  endEmployment?: Resolver<ResolversTypes['Employment'], ParentType, ContextType, RequireFields<MutationEndEmploymentArgs, 'end' | 'id'>>;
  linkPaMatchReview?: Resolver<ResolversTypes['PaMatchReview'], ParentType, ContextType, RequireFields<MutationLinkPaMatchReviewArgs, 'decidedBy' | 'id' | 'personalAssistantId' | 'reason'>>;
  markPayslipsSent?: Resolver<ResolversTypes['PayrollRun'], ParentType, ContextType, RequireFields<MutationMarkPayslipsSentArgs, 'payrollRunId' | 'sentOn'>>;
  mergePersonalAssistants?: Resolver<ResolversTypes['PaMerge'], ParentType, ContextType, RequireFields<MutationMergePersonalAssistantsArgs, 'decidedBy' | 'reason' | 'retiredId' | 'survivorId'>>;
  postVacancy?: Resolver<ResolversTypes['Vacancy'], ParentType, ContextType, RequireFields<MutationPostVacancyArgs, 'input'>>;
  publishRegisterEntry?: Resolver<ResolversTypes['RegisterEntry'], ParentType, ContextType, RequireFields<MutationPublishRegisterEntryArgs, 'input' | 'personalAssistantId'>>;
  reconcilePaMerge?: Resolver<ResolversTypes['PaMerge'], ParentType, ContextType, RequireFields<MutationReconcilePaMergeArgs, 'id'>>;
  recordCover?: Resolver<ResolversTypes['CoverRequest'], ParentType, ContextType, RequireFields<MutationRecordCoverArgs, 'id' | 'input'>>;
  recordDbsCertificate?: Resolver<ResolversTypes['DbsCheck'], ParentType, ContextType, RequireFields<MutationRecordDbsCertificateArgs, 'id' | 'issuedOn' | 'result'>>;
  recordDbsCheck?: Resolver<ResolversTypes['DbsCheck'], ParentType, ContextType, RequireFields<MutationRecordDbsCheckArgs, 'input'>>;
  recordDbsNegativeReturnDecision?: Resolver<ResolversTypes['DbsCheck'], ParentType, ContextType, RequireFields<MutationRecordDbsNegativeReturnDecisionArgs, 'id' | 'input'>>;
  recordDbsStatusCheck?: Resolver<ResolversTypes['DbsCheck'], ParentType, ContextType, RequireFields<MutationRecordDbsStatusCheckArgs, 'id' | 'input'>>;
  recordDpMentorOffer?: Resolver<ResolversTypes['DpMentorOffer'], ParentType, ContextType, RequireFields<MutationRecordDpMentorOfferArgs, 'input'>>;
  recordPayrollRun?: Resolver<ResolversTypes['PayrollRun'], ParentType, ContextType, RequireFields<MutationRecordPayrollRunArgs, 'input'>>;
  recordPeerGroupMeeting?: Resolver<ResolversTypes['PeerGroupMeeting'], ParentType, ContextType, RequireFields<MutationRecordPeerGroupMeetingArgs, 'input'>>;
  recordPensionEnrolment?: Resolver<ResolversTypes['PensionEnrolment'], ParentType, ContextType, RequireFields<MutationRecordPensionEnrolmentArgs, 'employment' | 'enrolledOn' | 'kind' | 'scheme'>>;
  recordPensionOptOut?: Resolver<ResolversTypes['PensionEnrolment'], ParentType, ContextType, RequireFields<MutationRecordPensionOptOutArgs, 'enrolment' | 'optedOutOn'>>;
  recordPensionReEnrolment?: Resolver<ResolversTypes['PensionDuty'], ParentType, ContextType, RequireFields<MutationRecordPensionReEnrolmentArgs, 'employerPersonId' | 'employments' | 'reEnrolledOn' | 'scheme'>>;
  recordVacancyApplication?: Resolver<ResolversTypes['VacancyApplication'], ParentType, ContextType, RequireFields<MutationRecordVacancyApplicationArgs, 'appliedOn' | 'personalAssistantId' | 'vacancy'>>;
  registerDpMentor?: Resolver<ResolversTypes['DpMentor'], ParentType, ContextType, RequireFields<MutationRegisterDpMentorArgs, 'input'>>;
  registerPeerGroup?: Resolver<ResolversTypes['PeerGroup'], ParentType, ContextType, RequireFields<MutationRegisterPeerGroupArgs, 'input'>>;
  registerPersonalAssistant?: Resolver<ResolversTypes['PaRegistration'], ParentType, ContextType, RequireFields<MutationRegisterPersonalAssistantArgs, 'input'>>;
  rejectPaMatchReview?: Resolver<ResolversTypes['PaMatchReview'], ParentType, ContextType, RequireFields<MutationRejectPaMatchReviewArgs, 'decidedBy' | 'id' | 'reason'>>;
  reopenPaMatchReview?: Resolver<ResolversTypes['PaMatchReview'], ParentType, ContextType, RequireFields<MutationReopenPaMatchReviewArgs, 'decidedBy' | 'id' | 'reason'>>;
  repointPersonInSupport?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRepointPersonInSupportArgs, 'fromPersonId' | 'mergeId' | 'toPersonId'>>;
  requestCover?: Resolver<ResolversTypes['CoverRequest'], ParentType, ContextType, RequireFields<MutationRequestCoverArgs, 'employment' | 'from' | 'reason' | 'to'>>;
  requestPaContact?: Resolver<ResolversTypes['PaContact'], ParentType, ContextType, RequireFields<MutationRequestPaContactArgs, 'entryId' | 'forPerson' | 'message'>>;
  revertPersonRepointInSupport?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRevertPersonRepointInSupportArgs, 'mergeId'>>;
  setContingencyPlan?: Resolver<ResolversTypes['ContingencyPlan'], ParentType, ContextType, RequireFields<MutationSetContingencyPlanArgs, 'input'>>;
  setEmploymentTerms?: Resolver<ResolversTypes['EmploymentTerms'], ParentType, ContextType, RequireFields<MutationSetEmploymentTermsArgs, 'input'>>;
  setPayrollProvider?: Resolver<ResolversTypes['PayrollProvider'], ParentType, ContextType, RequireFields<MutationSetPayrollProviderArgs, 'employerPersonId' | 'payrollProviderId'>>;
  unlinkPaMatchReview?: Resolver<ResolversTypes['PaMatchReview'], ParentType, ContextType, RequireFields<MutationUnlinkPaMatchReviewArgs, 'decidedBy' | 'id' | 'reason'>>;
  unmergePersonalAssistants?: Resolver<ResolversTypes['PaMerge'], ParentType, ContextType, RequireFields<MutationUnmergePersonalAssistantsArgs, 'decidedBy' | 'mergeId' | 'reason'>>;
  updateEmployment?: Resolver<ResolversTypes['Employment'], ParentType, ContextType, RequireFields<MutationUpdateEmploymentArgs, 'id' | 'input'>>;
  updateVacancyApplication?: Resolver<ResolversTypes['VacancyApplication'], ParentType, ContextType, RequireFields<MutationUpdateVacancyApplicationArgs, 'id'>>;
  withdrawRegisterEntry?: Resolver<ResolversTypes['RegisterEntry'], ParentType, ContextType, RequireFields<MutationWithdrawRegisterEntryArgs, 'personalAssistantId'>>;
}>;

export type PaContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaContact'] = ResolversParentTypes['PaContact']> = ResolversObject<{
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  entry?: Resolver<Maybe<ResolversTypes['RegisterEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedByOrganisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaContactStatus'], ParentType, ContextType>;
}>;

export type PaFieldContributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaFieldContribution'] = ResolversParentTypes['PaFieldContribution']> = ResolversObject<{
  comparison?: Resolver<ResolversTypes['PaFieldComparison'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['PaMatchField'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PaMatchCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaMatchCandidate'] = ResolversParentTypes['PaMatchCandidate']> = ResolversObject<{
  contributions?: Resolver<Array<ResolversTypes['PaFieldContribution']>, ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PaMatchDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaMatchDecision'] = ResolversParentTypes['PaMatchDecision']> = ResolversObject<{
  action?: Resolver<ResolversTypes['PaMatchDecisionAction'], ParentType, ContextType>;
  automatic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromPersonalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registerIdentifiers?: Resolver<Array<ResolversTypes['PaRegisterIdentifier']>, ParentType, ContextType>;
}>;

export type PaMatchReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaMatchReview'] = ResolversParentTypes['PaMatchReview'], FederationReferenceType extends FederationReferenceTypes['PaMatchReview'] = FederationReferenceTypes['PaMatchReview']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PaMatchReview']> | FederationReferenceType, FederationReferenceType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['PaMatchCandidate']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['PaMatchDecision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaMatchReviewStatus'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['SubmittedPaIdentity'], ParentType, ContextType>;
}>;

export type PaMatchReviewConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaMatchReviewConnection'] = ResolversParentTypes['PaMatchReviewConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaMatchReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PaMatchReviewEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaMatchReviewEdge'] = ResolversParentTypes['PaMatchReviewEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PaMatchReview'], ParentType, ContextType>;
}>;

export type PaMergeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaMerge'] = ResolversParentTypes['PaMerge'], FederationReferenceType extends FederationReferenceTypes['PaMerge'] = FederationReferenceTypes['PaMerge']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PaMerge']> | FederationReferenceType, FederationReferenceType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retiredPersonalAssistantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rowsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaMergeStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PaMergeStep']>, ParentType, ContextType>;
  survivor?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  unmergeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unmergedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  unmergedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PaMergeStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaMergeStep'] = ResolversParentTypes['PaMergeStep']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rowsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PaRegisterIdentifierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaRegisterIdentifier'] = ResolversParentTypes['PaRegisterIdentifier']> = ResolversObject<{
  organisation?: Resolver<ResolversTypes['SupportOrganisation'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PaRegistrationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaRegistration'] = ResolversParentTypes['PaRegistration']> = ResolversObject<{
  matchedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['PaRegistrationOutcome'], ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['PaMatchReview']>, ParentType, ContextType>;
}>;

export type PaSearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaSearchConnection'] = ResolversParentTypes['PaSearchConnection']> = ResolversObject<{
  carePlanCompetences?: Resolver<Maybe<Array<ResolversTypes['RegisterTraining']>>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PaSearchEdge']>, ParentType, ContextType>;
  matchCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  near?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PaSearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaSearchEdge'] = ResolversParentTypes['PaSearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PaSearchResult'], ParentType, ContextType>;
}>;

export type PaSearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaSearchResult'] = ResolversParentTypes['PaSearchResult']> = ResolversObject<{
  distanceMiles?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  entry?: Resolver<Maybe<ResolversTypes['RegisterEntry']>, ParentType, ContextType>;
  match?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shortfalls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaWorkforceAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaWorkforceAggregates'] = ResolversParentTypes['PaWorkforceAggregates']> = ResolversObject<{
  allContractsSigned?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  byCouncil?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  byDbsCurrency?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  byEmploymentStatus?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  employers?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  employments?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  personalAssistants?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  registerOnlyInArea?: Resolver<Maybe<ResolversTypes['SuppressedCount']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  withSeveralEmployers?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PayReachingPasResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PayReachingPas'] = ResolversParentTypes['PayReachingPas']> = ResolversObject<{
  averageWeekdayRate?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  directPaymentRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personalAssistants?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  sharePercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type PayrollProviderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PayrollProvider'] = ResolversParentTypes['PayrollProvider']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PayrollProviderKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supportOrganisation?: Resolver<Maybe<ResolversTypes['SupportOrganisation']>, ParentType, ContextType>;
}>;

export type PayrollRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PayrollRun'] = ResolversParentTypes['PayrollRun']> = ResolversObject<{
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employer?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payslips?: Resolver<Array<ResolversTypes['Payslip']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['PayrollProvider'], ParentType, ContextType>;
  sentOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type PayslipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Payslip'] = ResolversParentTypes['Payslip']> = ResolversObject<{
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employment?: Resolver<Maybe<ResolversTypes['Employment']>, ParentType, ContextType>;
  grossPayPence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  payrollRunId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sentOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type PayslipGroupCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PayslipGroupCount'] = ResolversParentTypes['PayslipGroupCount']> = ResolversObject<{
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PayslipLatenessAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PayslipLatenessAggregates'] = ResolversParentTypes['PayslipLatenessAggregates']> = ResolversObject<{
  byProvider?: Resolver<Array<ResolversTypes['PayslipLatenessByProvider']>, ParentType, ContextType>;
  due?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type PayslipLatenessByProviderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PayslipLatenessByProvider'] = ResolversParentTypes['PayslipLatenessByProvider']> = ResolversObject<{
  due?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PeerGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeerGroup'] = ResolversParentTypes['PeerGroup']> = ResolversObject<{
  councilGssCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['PeerGroupFrequency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organiser?: Resolver<ResolversTypes['SupportOrganisation'], ParentType, ContextType>;
}>;

export type PeerGroupMeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeerGroupMeeting'] = ResolversParentTypes['PeerGroupMeeting']> = ResolversObject<{
  attendees?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['PeerGroup'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hourlyRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidToAttend?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PeerGroupMeetingCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeerGroupMeetingCount'] = ResolversParentTypes['PeerGroupMeetingCount']> = ResolversObject<{
  attendances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PensionAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PensionAssessment'] = ResolversParentTypes['PensionAssessment']> = ResolversObject<{
  ageYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['PensionWorkerCategory'], ParentType, ContextType>;
  earningsPence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employment?: Resolver<Maybe<ResolversTypes['Employment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payPeriod?: Resolver<ResolversTypes['PayReferencePeriod'], ParentType, ContextType>;
  payslips?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  qualifyingEarningsPence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PensionDutyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PensionDuty'] = ResolversParentTypes['PensionDuty']> = ResolversObject<{
  dutyStartDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  eligibleJobholders?: Resolver<Array<ResolversTypes['PensionJobholder']>, ParentType, ContextType>;
  employer?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nextReEnrolmentDue?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reEnrolmentWindowFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reEnrolmentWindowTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reEnrolments?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type PensionEnrolmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PensionEnrolment'] = ResolversParentTypes['PensionEnrolment']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  employment?: Resolver<Maybe<ResolversTypes['Employment']>, ParentType, ContextType>;
  enrolledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PensionEnrolmentKind'], ParentType, ContextType>;
  optOutWindowEndsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  optedOutOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scheme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PensionJobholderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PensionJobholder'] = ResolversParentTypes['PensionJobholder']> = ResolversObject<{
  eligibleFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employment?: Resolver<Maybe<ResolversTypes['Employment']>, ParentType, ContextType>;
  enrolBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  enrolledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PensionEnrolmentStatus'], ParentType, ContextType>;
}>;

export type PensionThresholdsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PensionThresholds'] = ResolversParentTypes['PensionThresholds']> = ResolversObject<{
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lowerLevelPence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payPeriod?: Resolver<ResolversTypes['PayReferencePeriod'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  taxYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  triggerPence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  upperLevelPence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contingencyPlan?: Resolver<Maybe<ResolversTypes['ContingencyPlan']>, ParentType, ContextType>;
  coverRequests?: Resolver<Maybe<Array<ResolversTypes['CoverRequest']>>, ParentType, ContextType>;
  employmentHistory?: Resolver<Maybe<Array<ResolversTypes['Employment']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onCosts?: Resolver<Maybe<ResolversTypes['EmployerOnCosts']>, ParentType, ContextType, RequireFields<PersonOnCostsArgs, 'from' | 'to'>>;
  paTeam?: Resolver<Maybe<Array<ResolversTypes['Employment']>>, ParentType, ContextType, RequireFields<PersonPaTeamArgs, 'includeEnded'>>;
  payrollProvider?: Resolver<Maybe<ResolversTypes['PayrollProvider']>, ParentType, ContextType>;
  payrollRuns?: Resolver<Maybe<Array<ResolversTypes['PayrollRun']>>, ParentType, ContextType, Partial<PersonPayrollRunsArgs>>;
  pensionDuty?: Resolver<Maybe<ResolversTypes['PensionDuty']>, ParentType, ContextType>;
  vacancies?: Resolver<Maybe<Array<ResolversTypes['Vacancy']>>, ParentType, ContextType>;
}>;

export type PersonalAssistantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalAssistant'] = ResolversParentTypes['PersonalAssistant'], FederationReferenceType extends FederationReferenceTypes['PersonalAssistant'] = FederationReferenceTypes['PersonalAssistant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalAssistant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  availability?: Resolver<Array<ResolversTypes['AvailabilitySlot']>, ParentType, ContextType>;
  dbsCheck?: Resolver<Maybe<ResolversTypes['DbsCheck']>, ParentType, ContextType>;
  dbsChecks?: Resolver<Array<ResolversTypes['DbsCheck']>, ParentType, ContextType>;
  dbsSufficientFor?: Resolver<ResolversTypes['DbsSufficiency'], ParentType, ContextType, RequireFields<PersonalAssistantDbsSufficientForArgs, 'role'>>;
  employers?: Resolver<Array<ResolversTypes['Employment']>, ParentType, ContextType>;
  employmentStatus?: Resolver<ResolversTypes['PaEmploymentStatus'], ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nationalInsuranceNumberSuffix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postcodeDistrict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  register?: Resolver<Maybe<ResolversTypes['SupportOrganisation']>, ParentType, ContextType>;
  registerEntry?: Resolver<Maybe<ResolversTypes['RegisterEntry']>, ParentType, ContextType>;
  registerIdentifiers?: Resolver<Array<ResolversTypes['PaRegisterIdentifier']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['PaService']>, ParentType, ContextType>;
}>;

export type PersonalAssistantConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalAssistantConnection'] = ResolversParentTypes['PersonalAssistantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonalAssistantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonalAssistantEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalAssistantEdge'] = ResolversParentTypes['PersonalAssistantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PersonalAssistant'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  contingencyPlanHolders?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryContingencyPlanHoldersArgs, 'state'>>;
  coverAndRecruitmentAggregates?: Resolver<ResolversTypes['CoverAndRecruitmentAggregates'], ParentType, ContextType, Partial<QueryCoverAndRecruitmentAggregatesArgs>>;
  coverRequests?: Resolver<Array<ResolversTypes['CoverRequest']>, ParentType, ContextType, Partial<QueryCoverRequestsArgs>>;
  dbsCheckAggregates?: Resolver<ResolversTypes['DbsCheckAggregates'], ParentType, ContextType, Partial<QueryDbsCheckAggregatesArgs>>;
  dbsChecks?: Resolver<ResolversTypes['DbsCheckConnection'], ParentType, ContextType, RequireFields<QueryDbsChecksArgs, 'first'>>;
  dpMentorOffers?: Resolver<ResolversTypes['DpMentorOffers'], ParentType, ContextType, RequireFields<QueryDpMentorOffersArgs, 'councilGssCode' | 'from' | 'to'>>;
  employerMarketAggregates?: Resolver<ResolversTypes['EmployerMarketAggregates'], ParentType, ContextType, Partial<QueryEmployerMarketAggregatesArgs>>;
  employerPersonIdsInPeriod?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryEmployerPersonIdsInPeriodArgs, 'from' | 'to'>>;
  employment?: Resolver<Maybe<ResolversTypes['Employment']>, ParentType, ContextType, RequireFields<QueryEmploymentArgs, 'id'>>;
  employmentSpansInPeriod?: Resolver<Array<ResolversTypes['EmploymentSpan']>, ParentType, ContextType, RequireFields<QueryEmploymentSpansInPeriodArgs, 'from' | 'to'>>;
  employments?: Resolver<ResolversTypes['EmploymentConnection'], ParentType, ContextType, RequireFields<QueryEmploymentsArgs, 'first'>>;
  findPersonalAssistants?: Resolver<ResolversTypes['PaSearchConnection'], ParentType, ContextType, RequireFields<QueryFindPersonalAssistantsArgs, 'first' | 'forPerson'>>;
  findablePaDistricts?: Resolver<Array<ResolversTypes['FindablePaDistrict']>, ParentType, ContextType>;
  microCareAggregates?: Resolver<ResolversTypes['MicroCareAggregates'], ParentType, ContextType, Partial<QueryMicroCareAggregatesArgs>>;
  paContacts?: Resolver<Array<ResolversTypes['PaContact']>, ParentType, ContextType, RequireFields<QueryPaContactsArgs, 'personalAssistantId'>>;
  paMatchReview?: Resolver<Maybe<ResolversTypes['PaMatchReview']>, ParentType, ContextType, RequireFields<QueryPaMatchReviewArgs, 'id'>>;
  paMatchReviews?: Resolver<ResolversTypes['PaMatchReviewConnection'], ParentType, ContextType, RequireFields<QueryPaMatchReviewsArgs, 'first' | 'status'>>;
  paMerge?: Resolver<Maybe<ResolversTypes['PaMerge']>, ParentType, ContextType, RequireFields<QueryPaMergeArgs, 'id'>>;
  paMerges?: Resolver<Array<ResolversTypes['PaMerge']>, ParentType, ContextType, RequireFields<QueryPaMergesArgs, 'personalAssistantId'>>;
  paWorkforceAggregates?: Resolver<ResolversTypes['PaWorkforceAggregates'], ParentType, ContextType, Partial<QueryPaWorkforceAggregatesArgs>>;
  payrollProviders?: Resolver<Array<ResolversTypes['PayrollProvider']>, ParentType, ContextType>;
  payslipCountsForGroups?: Resolver<Array<ResolversTypes['PayslipGroupCount']>, ParentType, ContextType, RequireFields<QueryPayslipCountsForGroupsArgs, 'from' | 'groups' | 'to'>>;
  payslipLatenessAggregates?: Resolver<ResolversTypes['PayslipLatenessAggregates'], ParentType, ContextType, Partial<QueryPayslipLatenessAggregatesArgs>>;
  peerGroupMeetingCounts?: Resolver<Array<ResolversTypes['PeerGroupMeetingCount']>, ParentType, ContextType, RequireFields<QueryPeerGroupMeetingCountsArgs, 'from' | 'scopes' | 'to'>>;
  peerGroupMeetings?: Resolver<Array<ResolversTypes['PeerGroupMeeting']>, ParentType, ContextType, RequireFields<QueryPeerGroupMeetingsArgs, 'filter'>>;
  peerGroups?: Resolver<Array<ResolversTypes['PeerGroup']>, ParentType, ContextType, Partial<QueryPeerGroupsArgs>>;
  pensionDuties?: Resolver<Array<ResolversTypes['PensionDuty']>, ParentType, ContextType, Partial<QueryPensionDutiesArgs>>;
  pensionThresholds?: Resolver<Array<ResolversTypes['PensionThresholds']>, ParentType, ContextType, Partial<QueryPensionThresholdsArgs>>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType, RequireFields<QueryPersonalAssistantArgs, 'id'>>;
  personalAssistantIdsInScope?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, Partial<QueryPersonalAssistantIdsInScopeArgs>>;
  personalAssistants?: Resolver<ResolversTypes['PersonalAssistantConnection'], ParentType, ContextType, RequireFields<QueryPersonalAssistantsArgs, 'first'>>;
  selfFunderRegisterAggregates?: Resolver<ResolversTypes['SelfFunderRegisterAggregates'], ParentType, ContextType, Partial<QuerySelfFunderRegisterAggregatesArgs>>;
  supportOrganisations?: Resolver<Array<ResolversTypes['SupportOrganisation']>, ParentType, ContextType, Partial<QuerySupportOrganisationsArgs>>;
  vacancies?: Resolver<Array<ResolversTypes['Vacancy']>, ParentType, ContextType, Partial<QueryVacanciesArgs>>;
}>;

export type RegisterContactDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterContactDetails'] = ResolversParentTypes['RegisterContactDetails']> = ResolversObject<{
  employmentStatus?: Resolver<ResolversTypes['PaEmploymentStatus'], ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  register?: Resolver<Maybe<ResolversTypes['SupportOrganisation']>, ParentType, ContextType>;
}>;

export type RegisterDbsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterDbs'] = ResolversParentTypes['RegisterDbs']> = ResolversObject<{
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DbsStatus'], ParentType, ContextType>;
}>;

export type RegisterEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterEntry'] = ResolversParentTypes['RegisterEntry']> = ResolversObject<{
  availability?: Resolver<Array<ResolversTypes['RegisterSlot']>, ParentType, ContextType>;
  careCertificate?: Resolver<Maybe<ResolversTypes['RegisterCareCertificate']>, ParentType, ContextType>;
  careGroups?: Resolver<Maybe<Array<ResolversTypes['CareGroup']>>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['PaContact']>, ParentType, ContextType>;
  contactDetails?: Resolver<Maybe<ResolversTypes['RegisterContactDetails']>, ParentType, ContextType>;
  dbs?: Resolver<Maybe<ResolversTypes['RegisterDbs']>, ParentType, ContextType>;
  findable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['RegisterGender']>, ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  postcodeDistrict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['PaService']>, ParentType, ContextType>;
  shortNotice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  training?: Resolver<Maybe<Array<ResolversTypes['RegisterTraining']>>, ParentType, ContextType>;
  travel?: Resolver<ResolversTypes['RegisterTravel'], ParentType, ContextType>;
}>;

export type RegisterSlotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterSlot'] = ResolversParentTypes['RegisterSlot']> = ResolversObject<{
  day?: Resolver<ResolversTypes['DayOfWeek'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['RegisterPeriod'], ParentType, ContextType>;
}>;

export type RegisterTravelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterTravel'] = ResolversParentTypes['RegisterTravel']> = ResolversObject<{
  drives?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  maxMiles?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  publicTransport?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type RepointResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepointResult'] = ResolversParentTypes['RepointResult']> = ResolversObject<{
  mergeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rowsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RuralSupplyRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RuralSupplyRow'] = ResolversParentTypes['RuralSupplyRow']> = ResolversObject<{
  findablePas?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  nearestProviderMiles?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  postcodeDistrict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unfilledShortCalls?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
}>;

export type SelfFunderRegisterAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SelfFunderRegisterAggregates'] = ResolversParentTypes['SelfFunderRegisterAggregates']> = ResolversObject<{
  byRegisterHost?: Resolver<Array<ResolversTypes['SelfFunderRegisterHostRow']>, ParentType, ContextType>;
  cameBackForCouncilSupport?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fundedByNhsSince?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  noFundingSince?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  selfFunders?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  withAcceptedContact?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
}>;

export type SelfFunderRegisterHostRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SelfFunderRegisterHostRow'] = ResolversParentTypes['SelfFunderRegisterHostRow']> = ResolversObject<{
  cameBackForCouncilSupport?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  selfFunders?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
}>;

export type SkillSupplyRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SkillSupplyRow'] = ResolversParentTypes['SkillSupplyRow']> = ResolversObject<{
  coverRequests?: Resolver<Maybe<ResolversTypes['SuppressedCount']>, ParentType, ContextType>;
  findablePas?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openVacancies?: Resolver<Maybe<ResolversTypes['SuppressedCount']>, ParentType, ContextType>;
}>;

export type SubmittedPaIdentityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmittedPaIdentity'] = ResolversParentTypes['SubmittedPaIdentity']> = ResolversObject<{
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postcodeDistrict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registerOrganisation?: Resolver<ResolversTypes['SupportOrganisation'], ParentType, ContextType>;
  registerReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SupportOrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOrganisation'] = ResolversParentTypes['SupportOrganisation'], FederationReferenceType extends FederationReferenceTypes['SupportOrganisation'] = FederationReferenceTypes['SupportOrganisation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupportOrganisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  areasServed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  charityNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companyNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['SupportOrganisationKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type VacancyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Vacancy'] = ResolversParentTypes['Vacancy']> = ResolversObject<{
  applications?: Resolver<Array<ResolversTypes['VacancyApplication']>, ParentType, ContextType>;
  employer?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  filledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hourlyRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['PaSearchConnection'], ParentType, ContextType, RequireFields<VacancyMatchesArgs, 'first'>>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  postcodeDistrict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['PaService']>, ParentType, ContextType>;
  slots?: Resolver<Array<ResolversTypes['RegisterSlot']>, ParentType, ContextType>;
  training?: Resolver<Array<ResolversTypes['RegisterTraining']>, ParentType, ContextType>;
  visitMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  weeksOpen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VacancyApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VacancyApplication'] = ResolversParentTypes['VacancyApplication']> = ResolversObject<{
  appliedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interviewOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['VacancyOutcome'], ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AggregateRow?: AggregateRowResolvers<ContextType>;
  AmountRow?: AmountRowResolvers<ContextType>;
  AvailabilitySlot?: AvailabilitySlotResolvers<ContextType>;
  CareSearchResult?: CareSearchResultResolvers<ContextType>;
  ContingencyArrangement?: ContingencyArrangementResolvers<ContextType>;
  ContingencyPlan?: ContingencyPlanResolvers<ContextType>;
  CoverAndRecruitmentAggregates?: CoverAndRecruitmentAggregatesResolvers<ContextType>;
  CoverCandidate?: CoverCandidateResolvers<ContextType>;
  CoverRequest?: CoverRequestResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DbsCheck?: DbsCheckResolvers<ContextType>;
  DbsCheckAggregates?: DbsCheckAggregatesResolvers<ContextType>;
  DbsCheckConnection?: DbsCheckConnectionResolvers<ContextType>;
  DbsCheckEdge?: DbsCheckEdgeResolvers<ContextType>;
  DbsNegativeReturnDecision?: DbsNegativeReturnDecisionResolvers<ContextType>;
  DbsProcessor?: DbsProcessorResolvers<ContextType>;
  DbsProcessorCounts?: DbsProcessorCountsResolvers<ContextType>;
  DbsSufficiency?: DbsSufficiencyResolvers<ContextType>;
  DbsUpdateService?: DbsUpdateServiceResolvers<ContextType>;
  DpMentor?: DpMentorResolvers<ContextType>;
  DpMentorOffer?: DpMentorOfferResolvers<ContextType>;
  DpMentorOffers?: DpMentorOffersResolvers<ContextType>;
  EmployerMarketAggregates?: EmployerMarketAggregatesResolvers<ContextType>;
  EmployerOnCosts?: EmployerOnCostsResolvers<ContextType>;
  EmployersAndPas?: EmployersAndPasResolvers<ContextType>;
  EmployersLiabilityInsurance?: EmployersLiabilityInsuranceResolvers<ContextType>;
  Employment?: EmploymentResolvers<ContextType>;
  EmploymentConnection?: EmploymentConnectionResolvers<ContextType>;
  EmploymentEdge?: EmploymentEdgeResolvers<ContextType>;
  EmploymentSpan?: EmploymentSpanResolvers<ContextType>;
  EmploymentTerms?: EmploymentTermsResolvers<ContextType>;
  FindablePaDistrict?: FindablePaDistrictResolvers<ContextType>;
  HealthDutiesCover?: HealthDutiesCoverResolvers<ContextType>;
  MicroCareAggregates?: MicroCareAggregatesResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PaContact?: PaContactResolvers<ContextType>;
  PaFieldContribution?: PaFieldContributionResolvers<ContextType>;
  PaMatchCandidate?: PaMatchCandidateResolvers<ContextType>;
  PaMatchDecision?: PaMatchDecisionResolvers<ContextType>;
  PaMatchReview?: PaMatchReviewResolvers<ContextType>;
  PaMatchReviewConnection?: PaMatchReviewConnectionResolvers<ContextType>;
  PaMatchReviewEdge?: PaMatchReviewEdgeResolvers<ContextType>;
  PaMerge?: PaMergeResolvers<ContextType>;
  PaMergeStep?: PaMergeStepResolvers<ContextType>;
  PaRegisterIdentifier?: PaRegisterIdentifierResolvers<ContextType>;
  PaRegistration?: PaRegistrationResolvers<ContextType>;
  PaSearchConnection?: PaSearchConnectionResolvers<ContextType>;
  PaSearchEdge?: PaSearchEdgeResolvers<ContextType>;
  PaSearchResult?: PaSearchResultResolvers<ContextType>;
  PaWorkforceAggregates?: PaWorkforceAggregatesResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PayReachingPas?: PayReachingPasResolvers<ContextType>;
  PayrollProvider?: PayrollProviderResolvers<ContextType>;
  PayrollRun?: PayrollRunResolvers<ContextType>;
  Payslip?: PayslipResolvers<ContextType>;
  PayslipGroupCount?: PayslipGroupCountResolvers<ContextType>;
  PayslipLatenessAggregates?: PayslipLatenessAggregatesResolvers<ContextType>;
  PayslipLatenessByProvider?: PayslipLatenessByProviderResolvers<ContextType>;
  PeerGroup?: PeerGroupResolvers<ContextType>;
  PeerGroupMeeting?: PeerGroupMeetingResolvers<ContextType>;
  PeerGroupMeetingCount?: PeerGroupMeetingCountResolvers<ContextType>;
  PensionAssessment?: PensionAssessmentResolvers<ContextType>;
  PensionDuty?: PensionDutyResolvers<ContextType>;
  PensionEnrolment?: PensionEnrolmentResolvers<ContextType>;
  PensionJobholder?: PensionJobholderResolvers<ContextType>;
  PensionThresholds?: PensionThresholdsResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonalAssistant?: PersonalAssistantResolvers<ContextType>;
  PersonalAssistantConnection?: PersonalAssistantConnectionResolvers<ContextType>;
  PersonalAssistantEdge?: PersonalAssistantEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterContactDetails?: RegisterContactDetailsResolvers<ContextType>;
  RegisterDbs?: RegisterDbsResolvers<ContextType>;
  RegisterEntry?: RegisterEntryResolvers<ContextType>;
  RegisterSlot?: RegisterSlotResolvers<ContextType>;
  RegisterTravel?: RegisterTravelResolvers<ContextType>;
  RepointResult?: RepointResultResolvers<ContextType>;
  RuralSupplyRow?: RuralSupplyRowResolvers<ContextType>;
  SelfFunderRegisterAggregates?: SelfFunderRegisterAggregatesResolvers<ContextType>;
  SelfFunderRegisterHostRow?: SelfFunderRegisterHostRowResolvers<ContextType>;
  SkillSupplyRow?: SkillSupplyRowResolvers<ContextType>;
  SubmittedPaIdentity?: SubmittedPaIdentityResolvers<ContextType>;
  SupportOrganisation?: SupportOrganisationResolvers<ContextType>;
  SuppressedAmount?: SuppressedAmountResolvers<ContextType>;
  SuppressedCount?: SuppressedCountResolvers<ContextType>;
  Vacancy?: VacancyResolvers<ContextType>;
  VacancyApplication?: VacancyApplicationResolvers<ContextType>;
}>;

