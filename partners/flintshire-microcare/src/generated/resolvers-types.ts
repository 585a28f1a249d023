import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MicroCarerModel, MicroCareClientModel, DirectCommissioningContractModel } from './prisma/models.ts';
import type { PersonReference, Reference } from '../references.ts';
import type { MicroCarerHit } from '../search/find.ts';
import type { HoursView } from '../hours/view.ts';
import type { Rate } from '../activity/rates.ts';
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
  _FieldSet: { input: string; output: string; }
};

/** A person a micro-carer starts to support. */
export type AddMicroCareClientInput = {
  /** Who pays. */
  funding: MicroCareFunding;
  /** Hours a week, more than 0; within the micro-carer's free hours. */
  hoursPerWeek: Scalars['Float']['input'];
  /** Hub id of the micro-carer. */
  microCarerId: Scalars['ID']['input'];
  /** Hub id of the person. */
  personId: Scalars['ID']['input'];
  /** Personal care makes the person one of the (at most four) care clients. */
  personalCare: Scalars['Boolean']['input'];
  /** First day of support (YYYY-MM-DD). */
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

/** One thing that stands between a micro-carer and direct commissioning. */
export type DirectCommissioningBlocker =
  /** The two-day moving and positioning course is not completed. */
  | 'MOVING_AND_POSITIONING_NOT_COMPLETED'
  /** No other micro-carer has agreed to cover. */
  | 'NO_CONTINGENCY_PARTNER'
  /** No direct-commissioning contract is signed and in force. */
  | 'NO_SIGNED_CONTRACT'
  /** The Quality Framework's minimum standards are not all met. */
  | 'QUALITY_FRAMEWORK_MINIMUM_STANDARDS_NOT_MET';

/** A direct-commissioning contract between Flintshire County Council and the micro-carer. */
export type DirectCommissioningContract = {
  __typename?: 'DirectCommissioningContract';
  /** True when it is in force today. */
  active: Scalars['Boolean']['output'];
  /** The last day it is in force; null while open-ended. */
  end?: Maybe<Scalars['Date']['output']>;
  /** Pounds an hour. */
  hourlyRate: Scalars['Float']['output'];
  /** The council's contract reference, e.g. FCC-DC-001. */
  reference: Scalars['String']['output'];
  /** The day it was signed. */
  signedOn: Scalars['Date']['output'];
  /** The first day it is in force. */
  start: Scalars['Date']['output'];
};

/**
 * Current micro-care figures for a filter (section 7 and dashboard D1): the micro-carers, the people they
 * support, and the hours they delivered by kind of care and funding route, valued at the rate in force
 * on each day. Hours and values are suppressed when fewer than five micro-carers contribute, and
 * rounded (hours to 10, money to £100); counts are suppressed and rounded as every aggregate is.
 */
export type MicroCareActivityAggregates = {
  __typename?: 'MicroCareActivityAggregates';
  /** Micro-care businesses in the programme by the period's last day. */
  businesses: SuppressedCount;
  /** Hours by kind of care: personal care, support, well-being. */
  byCategory: Array<MicroCareActivityRow>;
  /** Hours by who pays: privately, by direct payment, or by direct commissioning. */
  byFundingRoute: Array<MicroCareActivityRow>;
  /** First day of the period counted. */
  from: Scalars['Date']['output'];
  /** People a micro-carer supported on any day of the period (current clients included). */
  peopleSupported: SuppressedCount;
  /** The rates the hours were valued at: every rate in force on some day of the period, by route and date. */
  ratesInForce: Array<MicroCareRate>;
  /** Last day of the period counted (never after today). */
  to: Scalars['Date']['output'];
  /** Hours delivered in the period, of every kind, rounded to 10. */
  totalHours: SuppressedAmount;
  /** The hours valued at the rate in force on the day each was delivered, in pounds, rounded to £100. */
  totalValue: SuppressedAmount;
};

/** Micro-care hours, people and value for one kind of care or one funding route. */
export type MicroCareActivityRow = {
  __typename?: 'MicroCareActivityRow';
  /** Hours delivered in the period, rounded to 10. */
  hours: SuppressedAmount;
  /** The kind of care (PERSONAL_CARE, SUPPORT, WELL_BEING) or funding route (PRIVATE, DIRECT_PAYMENT, DIRECT_COMMISSIONING). */
  key: Scalars['String']['output'];
  /** What to call it, e.g. "Direct payment". */
  label: Scalars['String']['output'];
  /** People supported: for a kind of care, those who received hours of it; for a funding route, those funded that way in the period. */
  people: SuppressedCount;
  /** Those hours valued at the rate in force on the day each was delivered, in pounds, rounded to £100. */
  value: SuppressedAmount;
};

/** Unregistered micro-carers may have at most four care clients (the RISCA rule of four). */
export type MicroCareCapacity = {
  __typename?: 'MicroCareCapacity';
  /** The most care clients allowed: 4. */
  careClientLimit: Scalars['Int']['output'];
  /** Current clients receiving personal care. */
  careClients: Scalars['Int']['output'];
  /** Hours a week the micro-carer offers. */
  hoursAvailablePerWeek: Scalars['Float']['output'];
  /** Hours a week already committed to current clients. */
  hoursCommittedPerWeek: Scalars['Float']['output'];
  /** Clients who receive only support or well-being services, outside the limit. */
  otherClients: Scalars['Int']['output'];
  /** Care clients the micro-carer can still take: the limit less current care clients. */
  vacancies: Scalars['Int']['output'];
};

/**
 * Micro-carers' free capacity (section 7, question 17): how many could take on more personal care
 * now, and the hours a week they have free. Suppressed and rounded as every aggregate is.
 */
export type MicroCareCapacityAggregates = {
  __typename?: 'MicroCareCapacityAggregates';
  /** Micro-carers offering personal care who can take another care client (under four) and have hours free today. */
  carersWithFreeCapacity: SuppressedCount;
  /** Care client places those micro-carers have left under the rule of four. */
  freeCareClientPlaces: SuppressedCount;
  /** Hours a week those micro-carers have free (offered less committed to current clients), rounded to 10. */
  freeHoursPerWeek: SuppressedAmount;
};

/** A person a micro-carer supports, and on what terms. Seen by those who may see the person. */
export type MicroCareClient = {
  __typename?: 'MicroCareClient';
  /** Last day of support; null while it continues. */
  end?: Maybe<Scalars['Date']['output']>;
  /** Who pays: privately, by direct payment, or by direct commissioning. */
  funding: MicroCareFunding;
  /** Hours of support a week. */
  hoursPerWeek: Scalars['Float']['output'];
  /** Hub id of the client arrangement (a UUID). */
  id: Scalars['ID']['output'];
  /** The micro-carer. */
  microCarer: MicroCarer;
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  /** True when the person receives personal care, so counts towards the rule of four. */
  personalCare: Scalars['Boolean']['output'];
  /** First day of support. */
  start: Scalars['Date']['output'];
};

/** Who pays for a client's micro-care. */
export type MicroCareFunding =
  /** Flintshire County Council commissions it directly under the contract. */
  | 'DIRECT_COMMISSIONING'
  /** The person pays from their council direct payment. */
  | 'DIRECT_PAYMENT'
  /** The person pays privately (self-funded). */
  | 'PRIVATE';

/** Hours of one kind a micro-carer delivered to a client on one day. */
export type MicroCareHoursRecord = {
  __typename?: 'MicroCareHoursRecord';
  /** The kind of care: personal care, support or well-being. */
  category: MicroCareService;
  /** The client arrangement the hours were delivered under. */
  client: MicroCareClient;
  /** The day the hours were delivered. */
  deliveredOn: Scalars['Date']['output'];
  /** Hours delivered that day, to the quarter hour. */
  hours: Scalars['Float']['output'];
  /** Hub id of the record (a UUID). */
  id: Scalars['ID']['output'];
};

/**
 * What a person needs from a micro-carer; every condition given must be met for a match, and a
 * micro-carer missing a few (at most maxShortfalls) is listed after the matches as a near miss.
 */
export type MicroCareNeedInput = {
  /** The council must be able to commission them directly (ready for direct commissioning). */
  directCommissioning?: InputMaybe<Scalars['Boolean']['input']>;
  /** Hours a week the micro-carer must have free (more than 0, at most 168). */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** How many unmet conditions a near miss may have (0 to 3; default 2; 0 lists matches only). */
  maxShortfalls?: InputMaybe<Scalars['Int']['input']>;
  /** The micro-carer must have completed the two-day moving and positioning course. */
  movingAndPositioning?: InputMaybe<Scalars['Boolean']['input']>;
  /** The postcode district to measure distance from; by default the person's own. */
  near?: InputMaybe<Scalars['String']['input']>;
  /** Services the micro-carer must offer; PERSONAL_CARE makes the person a care client under the rule of four. */
  services?: InputMaybe<Array<MicroCareService>>;
  /** How far the micro-carer may be, in miles (0 or more, at most 200; default 10). */
  withinMiles?: InputMaybe<Scalars['Float']['input']>;
};

/** The council's hourly rate for one funding route from the day it came into force (reference data). */
export type MicroCareRate = {
  __typename?: 'MicroCareRate';
  /** The first day it is in force; it stays in force until the next rate for the route. */
  effectiveFrom: Scalars['Date']['output'];
  /** Pounds an hour. */
  hourlyRate: Scalars['Float']['output'];
  /** The funding route it applies to. */
  route: MicroCareRateRoute;
};

/**
 * How a client's micro-care is paid for, as the council's rates know it: privately, by direct payment,
 * or directly commissioned from a sole trader or from a business with employees (each its own rate).
 */
export type MicroCareRateRoute =
  /** Directly commissioned by the council from a sole trader. */
  | 'COMMISSIONED_SOLE_TRADER'
  /** Directly commissioned by the council from a business with employees (a limited company). */
  | 'COMMISSIONED_WITH_EMPLOYEES'
  /** Paid from a council direct payment: the council's direct-payment rate. */
  | 'DIRECT_PAYMENT'
  /** Paid privately (self-funded): valued at the rate the micro-carers align their private charges to. */
  | 'PRIVATE';

/** What a micro-carer offers. */
export type MicroCareService =
  /** Personal care: counts towards the rule of four care clients. */
  | 'PERSONAL_CARE'
  /** Support: help at home, shopping, getting out; outside the rule of four. */
  | 'SUPPORT'
  /** Well-being: companionship and activities; outside the rule of four. */
  | 'WELL_BEING';

/** A micro-care business in Flintshire: usually one self-employed carer, sometimes a small company. */
export type MicroCarer = {
  __typename?: 'MicroCarer';
  /** What still stands between the micro-carer and direct commissioning; empty when ready. */
  blockers: Array<DirectCommissioningBlocker>;
  /** Sole trader or limited company. */
  businessForm: MicroCarerBusinessForm;
  /** The business's trading name. */
  businessName: Scalars['String']['output'];
  /** Care clients against the rule of four, and hours. */
  capacity: MicroCareCapacity;
  /** Current clients, or all with includeEnded, oldest first. */
  clients: Array<MicroCareClient>;
  /** Micro-carers who have agreed to cover for this one (the contingency plan). */
  contingencyPartners: Array<MicroCarer>;
  /** The latest direct-commissioning contract with the council; null when none is signed. */
  contract?: Maybe<DirectCommissioningContract>;
  /** Hub id of the micro-carer (a UUID). */
  id: Scalars['ID']['output'];
  /** The day it joined the micro-care programme. */
  joinedOn: Scalars['Date']['output'];
  /** The two-day moving and positioning course. */
  movingAndPositioning: MovingAndPositioningCourse;
  /** The carer's record on the hub's PA register, when they are on it. */
  personalAssistant?: Maybe<PersonalAssistant>;
  /** Outward code of the business's postcode, e.g. CH7. */
  postcodeDistrict: Scalars['String']['output'];
  /** Progress through the council's Quality Framework. */
  qualityFramework: QualityFrameworkProgress;
  /** False for micro-carers who offer only private and direct-payment work. */
  seeksDirectCommissioning: Scalars['Boolean']['output'];
  /** What the business offers. */
  services: Array<MicroCareService>;
  /** The first thing still to do on the way to direct commissioning. */
  stage: MicroCarerStage;
};


/** A micro-care business in Flintshire: usually one self-employed carer, sometimes a small company. */
export type MicroCarerClientsArgs = {
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How a micro-care business is constituted. */
export type MicroCarerBusinessForm =
  /** A limited company (e.g. one that has grown to employ care workers). */
  | 'LIMITED_COMPANY'
  /** A self-employed sole trader. */
  | 'SOLE_TRADER';

/** A page of micro-carers. */
export type MicroCarerConnection = {
  __typename?: 'MicroCarerConnection';
  /** The micro-carers on this page. */
  edges: Array<MicroCarerEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many micro-carers match in all. */
  totalCount: Scalars['Int']['output'];
};

/** One micro-carer in a page. */
export type MicroCarerEdge = {
  __typename?: 'MicroCarerEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The micro-carer. */
  node: MicroCarer;
};

/** A page of micro-carers found for a need: matches first, then near misses. */
export type MicroCarerSearchConnection = {
  __typename?: 'MicroCarerSearchConnection';
  /** The micro-carers on this page. */
  edges: Array<MicroCarerSearchEdge>;
  /** How many of them meet every condition. */
  matchCount: Scalars['Int']['output'];
  /** The postcode district distances were measured from. */
  near: Scalars['String']['output'];
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many micro-carers were found in all, matches and near misses. */
  totalCount: Scalars['Int']['output'];
};

/** One micro-carer found, in a page. */
export type MicroCarerSearchEdge = {
  __typename?: 'MicroCarerSearchEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The micro-carer found. */
  node: MicroCarerSearchResult;
};

/** One micro-carer found for a need: the micro-carer, and why they rank where they do. */
export type MicroCarerSearchResult = CareSearchResult & {
  __typename?: 'MicroCarerSearchResult';
  /** Miles between the district centroids. */
  distanceMiles: Scalars['Float']['output'];
  /** True when every condition of the need is met; false for a near miss. */
  match: Scalars['Boolean']['output'];
  /** The micro-carer found. */
  microCarer: MicroCarer;
  /** Why the provider fits, e.g. "3 miles away (NE6)". */
  reasons: Array<Scalars['String']['output']>;
  /** Higher ranks first: 100, less 25 for each unmet condition, less the miles away. */
  score: Scalars['Float']['output'];
  /** What a near miss lacks, e.g. "9 miles away"; empty for a match. */
  shortfalls: Array<Scalars['String']['output']>;
};

/** Where a micro-carer is on the way to direct commissioning, the first thing still to do. */
export type MicroCarerStage =
  /** A contingency partner (another micro-carer to cover) is still to agree. */
  | 'CONTINGENCY_PLAN'
  /** The direct-commissioning contract is still to sign. */
  | 'CONTRACT'
  /** The two-day moving and positioning course is still to complete. */
  | 'MOVING_AND_POSITIONING'
  /** Not seeking council contracts: private and direct-payment work only. */
  | 'NOT_SEEKING_DIRECT_COMMISSIONING'
  /** The Quality Framework's minimum standards are still to meet. */
  | 'QUALITY_FRAMEWORK'
  /** Ready: the council may commission care from them directly. */
  | 'READY_FOR_DIRECT_COMMISSIONING';

/** The council's two-day moving and positioning course, required before direct commissioning. */
export type MovingAndPositioningCourse = {
  __typename?: 'MovingAndPositioningCourse';
  /** True when both days are attended. */
  completed: Scalars['Boolean']['output'];
  /** The day the first day was attended; null until then. */
  dayOneOn?: Maybe<Scalars['Date']['output']>;
  /** The day the second day was attended; null until then. */
  dayTwoOn?: Maybe<Scalars['Date']['output']>;
  /** The council's trainer who ran it. */
  trainer?: Maybe<Scalars['String']['output']>;
};

/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Refused with CONFLICT when a care client would be a fifth, or direct commissioning is not yet allowed. */
  addMicroCareClient: MicroCareClient;
  /** Both micro-carers cover for each other. */
  agreeContingencyPartner: MicroCarer;
  /** End a micro-carer's support for a person on the given day. */
  endMicroCareClient: MicroCareClient;
  /** Record the hours a micro-carer delivered to a client on one day; refused with CONFLICT when that day's hours of that kind are already recorded. */
  recordMicroCareHours: MicroCareHoursRecord;
  /** Record a day of the two-day moving and positioning course attended. */
  recordMovingAndPositioningDay: MicroCarer;
  /** Record progress on one Quality Framework standard (a micro-care development officer's sign-off). */
  recordQualityFrameworkStandard: MicroCarer;
  /** Needs the Quality Framework's minimum standards met and the moving and positioning course completed. */
  signDirectCommissioningContract: MicroCarer;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationAddMicroCareClientArgs = {
  input: AddMicroCareClientInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationAgreeContingencyPartnerArgs = {
  microCarerId: Scalars['ID']['input'];
  on: Scalars['Date']['input'];
  partnerId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationEndMicroCareClientArgs = {
  end: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordMicroCareHoursArgs = {
  input: RecordMicroCareHoursInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordMovingAndPositioningDayArgs = {
  input: RecordMovingAndPositioningDayInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordQualityFrameworkStandardArgs = {
  input: RecordQualityFrameworkStandardInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationSignDirectCommissioningContractArgs = {
  input: SignDirectCommissioningContractInput;
};

/** Where a page of a list ends. Pass endCursor as `after` to get the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the page's last item, to pass as `after`; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A person who needs care and support. The hub holds their identity once;
 * each agency contributes the facts it owns (funding, PA team, care plan).
 */
export type Person = {
  __typename?: 'Person';
  /**
   * Micro-carers for the person's need, matches first (nearest first), then near misses with what
   * they lack: the micro-care twin of findPersonalAssistants. For a care professional (or the
   * person) who may see the person. At most 50 per page.
   */
  findMicroCarers?: Maybe<MicroCarerSearchConnection>;
  /** Hub-minted UUID. */
  id: Scalars['ID']['output'];
  /** Micro-carers who support the person; current only unless includeEnded. */
  microCare?: Maybe<Array<MicroCareClient>>;
  /** Outward code of the person's postcode, owned by the people subgraph (read for the distance to micro-carers). */
  postcodeDistrict?: Maybe<Scalars['String']['output']>;
};


/**
 * A person who needs care and support. The hub holds their identity once;
 * each agency contributes the facts it owns (funding, PA team, care plan).
 */
export type PersonFindMicroCarersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  need?: InputMaybe<MicroCareNeedInput>;
};


/**
 * A person who needs care and support. The hub holds their identity once;
 * each agency contributes the facts it owns (funding, PA team, care plan).
 */
export type PersonMicroCareArgs = {
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A personal assistant on the hub's PA register. */
export type PersonalAssistant = {
  __typename?: 'PersonalAssistant';
  /** Hub-minted id (PAs have no national identifier). */
  id: Scalars['ID']['output'];
  /** The PA's micro-care business in Flintshire, if they run one. */
  microCarer?: Maybe<MicroCarer>;
};

/** Which tier of the Quality Framework a standard belongs to. */
export type QualityFrameworkLevel =
  /** An enhanced standard, beyond the minimum. */
  | 'ENHANCED'
  /** A minimum standard: needed before direct commissioning. */
  | 'MINIMUM';

/** The council's Quality Framework: minimum standards, then enhanced ones. */
export type QualityFrameworkProgress = {
  __typename?: 'QualityFrameworkProgress';
  /** True when every enhanced standard is met too. */
  enhancedStandardsMet: Scalars['Boolean']['output'];
  /** True when every minimum standard is met. */
  minimumStandardsMet: Scalars['Boolean']['output'];
  /** Each standard with its status. */
  standards: Array<QualityFrameworkStandard>;
  /** Standards met, of every level. */
  standardsMet: Scalars['Int']['output'];
  /** Standards in the framework. */
  standardsTotal: Scalars['Int']['output'];
};

/** One standard of the Quality Framework and where the micro-carer stands on it. */
export type QualityFrameworkStandard = {
  __typename?: 'QualityFrameworkStandard';
  /** The standard's code: QF-M1 to QF-M6 (minimum), QF-E1 onwards (enhanced). */
  code: Scalars['String']['output'];
  /** Minimum or enhanced. */
  level: QualityFrameworkLevel;
  /** Who signed it off, e.g. a micro-care development officer; null until then. */
  signedOffBy?: Maybe<Scalars['String']['output']>;
  /** The day it was signed off as met; null until then. */
  signedOffOn?: Maybe<Scalars['Date']['output']>;
  /** Not started, in progress, or met. */
  status: QualityFrameworkStatus;
  /** The standard in plain words, e.g. "Enhanced DBS check". */
  title: Scalars['String']['output'];
};

/** Where a micro-carer stands on one standard. */
export type QualityFrameworkStatus =
  /** Evidence being gathered. */
  | 'IN_PROGRESS'
  /** Met and signed off. */
  | 'MET'
  /** Not started. */
  | 'NOT_STARTED';

/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Micro-care delivered in a period, for anyone signed in: businesses, people supported, and hours by kind
   * of care and funding route valued at the rates in force, counts only, suppressed and rounded. The
   * partner holds Flintshire's micro-carers: a filter naming Flintshire County Council (W06000005), Betsi
   * Cadwaladr University Health Board (7A1) or either's area counts them all; any other council or
   * NHS body has none here. Without a period: the year up to today.
   */
  microCareActivityAggregates: MicroCareActivityAggregates;
  /** Micro-carers' free capacity today, for anyone signed in: counts only, suppressed and rounded. */
  microCareCapacityAggregates: MicroCareCapacityAggregates;
  /** One micro-carer by hub id. */
  microCarer?: Maybe<MicroCarer>;
  /** Micro-carers by business name; stage and withVacancy narrow the list (brokerage's search). */
  microCarers: MicroCarerConnection;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryMicroCareActivityAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryMicroCarerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryMicroCarersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<MicroCarerStage>;
  withVacancy?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Hours a micro-carer delivered to a client on one day (their hours return). */
export type RecordMicroCareHoursInput = {
  /** The kind of care; personal care only for a client who receives it. */
  category: MicroCareService;
  /** Hub id of the client arrangement. */
  clientId: Scalars['ID']['input'];
  /** The day delivered (YYYY-MM-DD): within the client's support, not in the future. */
  deliveredOn: Scalars['Date']['input'];
  /** Hours, more than 0 and at most 24, to the quarter hour. */
  hours: Scalars['Float']['input'];
};

/** One attended day of the moving and positioning course. */
export type RecordMovingAndPositioningDayInput = {
  /** 1 or 2. */
  day: Scalars['Int']['input'];
  /** Hub id of the micro-carer. */
  microCarerId: Scalars['ID']['input'];
  /** The day attended (YYYY-MM-DD); not in the future. */
  on: Scalars['Date']['input'];
  /** The trainer who ran it. */
  trainer: Scalars['String']['input'];
};

/** Progress on one Quality Framework standard. */
export type RecordQualityFrameworkStandardInput = {
  /** The standard's code, e.g. QF-M3. */
  code: Scalars['String']['input'];
  /** Hub id of the micro-carer. */
  microCarerId: Scalars['ID']['input'];
  /** The day (YYYY-MM-DD); not in the future. */
  on: Scalars['Date']['input'];
  /** Who signed the standard off; required when status is MET. */
  signedOffBy?: InputMaybe<Scalars['String']['input']>;
  /** Its new status. */
  status: QualityFrameworkStatus;
};

/** A direct-commissioning contract the council has signed with a micro-carer. */
export type SignDirectCommissioningContractInput = {
  /** Pounds an hour, e.g. 16.00 for a sole trader or 16.50 for a business with employees. */
  hourlyRate: Scalars['Float']['input'];
  /** Hub id of the micro-carer. */
  microCarerId: Scalars['ID']['input'];
  /** The council's contract reference. */
  reference: Scalars['String']['input'];
  /** The day it was signed. */
  signedOn: Scalars['Date']['input'];
  /** The first day it is in force. */
  start: Scalars['Date']['input'];
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
  MicroCareClient: MicroCareClient;
  MicroCarer: MicroCarer;
  Person: Person;
  PersonalAssistant: PersonalAssistant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  MicroCareClient:
    ( { __typename: 'MicroCareClient' }
    & GraphQLRecursivePick<FederationTypes['MicroCareClient'], {"id":true}> );
  MicroCarer:
    ( { __typename: 'MicroCarer' }
    & GraphQLRecursivePick<FederationTypes['MicroCarer'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Person'], {"postcodeDistrict":true}> ) );
  PersonalAssistant:
    ( { __typename: 'PersonalAssistant' }
    & GraphQLRecursivePick<FederationTypes['PersonalAssistant'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CareSearchResult: ( MicroCarerHit );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddMicroCareClientInput: AddMicroCareClientInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AggregateFilter: AggregateFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CareSearchResult: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['CareSearchResult']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DirectCommissioningBlocker: DirectCommissioningBlocker;
  DirectCommissioningContract: ResolverTypeWrapper<DirectCommissioningContractModel>;
  MicroCareActivityAggregates: ResolverTypeWrapper<Omit<MicroCareActivityAggregates, 'ratesInForce'> & { ratesInForce: Array<ResolversTypes['MicroCareRate']> }>;
  MicroCareActivityRow: ResolverTypeWrapper<MicroCareActivityRow>;
  MicroCareCapacity: ResolverTypeWrapper<MicroCareCapacity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MicroCareCapacityAggregates: ResolverTypeWrapper<MicroCareCapacityAggregates>;
  MicroCareClient: ResolverTypeWrapper<MicroCareClientModel>;
  MicroCareFunding: MicroCareFunding;
  MicroCareHoursRecord: ResolverTypeWrapper<HoursView>;
  MicroCareNeedInput: MicroCareNeedInput;
  MicroCareRate: ResolverTypeWrapper<Rate>;
  MicroCareRateRoute: MicroCareRateRoute;
  MicroCareService: MicroCareService;
  MicroCarer: ResolverTypeWrapper<MicroCarerModel>;
  MicroCarerBusinessForm: MicroCarerBusinessForm;
  MicroCarerConnection: ResolverTypeWrapper<Omit<MicroCarerConnection, 'edges'> & { edges: Array<ResolversTypes['MicroCarerEdge']> }>;
  MicroCarerEdge: ResolverTypeWrapper<Omit<MicroCarerEdge, 'node'> & { node: ResolversTypes['MicroCarer'] }>;
  MicroCarerSearchConnection: ResolverTypeWrapper<Omit<MicroCarerSearchConnection, 'edges'> & { edges: Array<ResolversTypes['MicroCarerSearchEdge']> }>;
  MicroCarerSearchEdge: ResolverTypeWrapper<Omit<MicroCarerSearchEdge, 'node'> & { node: ResolversTypes['MicroCarerSearchResult'] }>;
  MicroCarerSearchResult: ResolverTypeWrapper<MicroCarerHit>;
  MicroCarerStage: MicroCarerStage;
  MovingAndPositioningCourse: ResolverTypeWrapper<MovingAndPositioningCourse>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  PersonalAssistant: ResolverTypeWrapper<Reference>;
  QualityFrameworkLevel: QualityFrameworkLevel;
  QualityFrameworkProgress: ResolverTypeWrapper<QualityFrameworkProgress>;
  QualityFrameworkStandard: ResolverTypeWrapper<QualityFrameworkStandard>;
  QualityFrameworkStatus: QualityFrameworkStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordMicroCareHoursInput: RecordMicroCareHoursInput;
  RecordMovingAndPositioningDayInput: RecordMovingAndPositioningDayInput;
  RecordQualityFrameworkStandardInput: RecordQualityFrameworkStandardInput;
  SignDirectCommissioningContractInput: SignDirectCommissioningContractInput;
  SuppressedAmount: ResolverTypeWrapper<SuppressedAmount>;
  SuppressedCount: ResolverTypeWrapper<SuppressedCount>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddMicroCareClientInput: AddMicroCareClientInput;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  AggregateFilter: AggregateFilter;
  String: Scalars['String']['output'];
  CareSearchResult: ResolversInterfaceTypes<ResolversParentTypes>['CareSearchResult'];
  Date: Scalars['Date']['output'];
  DirectCommissioningContract: DirectCommissioningContractModel;
  MicroCareActivityAggregates: Omit<MicroCareActivityAggregates, 'ratesInForce'> & { ratesInForce: Array<ResolversParentTypes['MicroCareRate']> };
  MicroCareActivityRow: MicroCareActivityRow;
  MicroCareCapacity: MicroCareCapacity;
  Int: Scalars['Int']['output'];
  MicroCareCapacityAggregates: MicroCareCapacityAggregates;
  MicroCareClient: MicroCareClientModel;
  MicroCareHoursRecord: HoursView;
  MicroCareNeedInput: MicroCareNeedInput;
  MicroCareRate: Rate;
  MicroCarer: MicroCarerModel;
  MicroCarerConnection: Omit<MicroCarerConnection, 'edges'> & { edges: Array<ResolversParentTypes['MicroCarerEdge']> };
  MicroCarerEdge: Omit<MicroCarerEdge, 'node'> & { node: ResolversParentTypes['MicroCarer'] };
  MicroCarerSearchConnection: Omit<MicroCarerSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['MicroCarerSearchEdge']> };
  MicroCarerSearchEdge: Omit<MicroCarerSearchEdge, 'node'> & { node: ResolversParentTypes['MicroCarerSearchResult'] };
  MicroCarerSearchResult: MicroCarerHit;
  MovingAndPositioningCourse: MovingAndPositioningCourse;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonReference;
  PersonalAssistant: Reference;
  QualityFrameworkProgress: QualityFrameworkProgress;
  QualityFrameworkStandard: QualityFrameworkStandard;
  Query: Record<PropertyKey, never>;
  RecordMicroCareHoursInput: RecordMicroCareHoursInput;
  RecordMovingAndPositioningDayInput: RecordMovingAndPositioningDayInput;
  RecordQualityFrameworkStandardInput: RecordQualityFrameworkStandardInput;
  SignDirectCommissioningContractInput: SignDirectCommissioningContractInput;
  SuppressedAmount: SuppressedAmount;
  SuppressedCount: SuppressedCount;
}>;

export type CareSearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareSearchResult'] = ResolversParentTypes['CareSearchResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'MicroCarerSearchResult', ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DirectCommissioningContractResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DirectCommissioningContract'] = ResolversParentTypes['DirectCommissioningContract']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hourlyRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type MicroCareActivityAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCareActivityAggregates'] = ResolversParentTypes['MicroCareActivityAggregates']> = ResolversObject<{
  businesses?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['MicroCareActivityRow']>, ParentType, ContextType>;
  byFundingRoute?: Resolver<Array<ResolversTypes['MicroCareActivityRow']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  peopleSupported?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  ratesInForce?: Resolver<Array<ResolversTypes['MicroCareRate']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalHours?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  totalValue?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
}>;

export type MicroCareActivityRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCareActivityRow'] = ResolversParentTypes['MicroCareActivityRow']> = ResolversObject<{
  hours?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
}>;

export type MicroCareCapacityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCareCapacity'] = ResolversParentTypes['MicroCareCapacity']> = ResolversObject<{
  careClientLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  careClients?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hoursAvailablePerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hoursCommittedPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  otherClients?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vacancies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MicroCareCapacityAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCareCapacityAggregates'] = ResolversParentTypes['MicroCareCapacityAggregates']> = ResolversObject<{
  carersWithFreeCapacity?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  freeCareClientPlaces?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  freeHoursPerWeek?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
}>;

export type MicroCareClientResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCareClient'] = ResolversParentTypes['MicroCareClient'], FederationReferenceType extends FederationReferenceTypes['MicroCareClient'] = FederationReferenceTypes['MicroCareClient']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MicroCareClient']> | FederationReferenceType, FederationReferenceType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funding?: Resolver<ResolversTypes['MicroCareFunding'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  microCarer?: Resolver<ResolversTypes['MicroCarer'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  personalCare?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type MicroCareHoursRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCareHoursRecord'] = ResolversParentTypes['MicroCareHoursRecord']> = ResolversObject<{
  category?: Resolver<ResolversTypes['MicroCareService'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['MicroCareClient'], ParentType, ContextType>;
  deliveredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MicroCareRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCareRate'] = ResolversParentTypes['MicroCareRate']> = ResolversObject<{
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hourlyRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  route?: Resolver<ResolversTypes['MicroCareRateRoute'], ParentType, ContextType>;
}>;

export type MicroCarerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCarer'] = ResolversParentTypes['MicroCarer'], FederationReferenceType extends FederationReferenceTypes['MicroCarer'] = FederationReferenceTypes['MicroCarer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MicroCarer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  blockers?: Resolver<Array<ResolversTypes['DirectCommissioningBlocker']>, ParentType, ContextType>;
  businessForm?: Resolver<ResolversTypes['MicroCarerBusinessForm'], ParentType, ContextType>;
  businessName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['MicroCareCapacity'], ParentType, ContextType>;
  clients?: Resolver<Array<ResolversTypes['MicroCareClient']>, ParentType, ContextType, RequireFields<MicroCarerClientsArgs, 'includeEnded'>>;
  contingencyPartners?: Resolver<Array<ResolversTypes['MicroCarer']>, ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['DirectCommissioningContract']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  movingAndPositioning?: Resolver<ResolversTypes['MovingAndPositioningCourse'], ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  postcodeDistrict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qualityFramework?: Resolver<ResolversTypes['QualityFrameworkProgress'], ParentType, ContextType>;
  seeksDirectCommissioning?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['MicroCareService']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['MicroCarerStage'], ParentType, ContextType>;
}>;

export type MicroCarerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCarerConnection'] = ResolversParentTypes['MicroCarerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MicroCarerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MicroCarerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCarerEdge'] = ResolversParentTypes['MicroCarerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MicroCarer'], ParentType, ContextType>;
}>;

export type MicroCarerSearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCarerSearchConnection'] = ResolversParentTypes['MicroCarerSearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MicroCarerSearchEdge']>, ParentType, ContextType>;
  matchCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  near?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MicroCarerSearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCarerSearchEdge'] = ResolversParentTypes['MicroCarerSearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MicroCarerSearchResult'], ParentType, ContextType>;
}>;

export type MicroCarerSearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MicroCarerSearchResult'] = ResolversParentTypes['MicroCarerSearchResult']> = ResolversObject<{
  distanceMiles?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  microCarer?: Resolver<ResolversTypes['MicroCarer'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shortfalls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MovingAndPositioningCourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MovingAndPositioningCourse'] = ResolversParentTypes['MovingAndPositioningCourse']> = ResolversObject<{
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dayOneOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dayTwoOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  trainer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addMicroCareClient?: Resolver<ResolversTypes['MicroCareClient'], ParentType, ContextType, RequireFields<MutationAddMicroCareClientArgs, 'input'>>;
  agreeContingencyPartner?: Resolver<ResolversTypes['MicroCarer'], ParentType, ContextType, RequireFields<MutationAgreeContingencyPartnerArgs, 'microCarerId' | 'on' | 'partnerId'>>;
  endMicroCareClient?: Resolver<ResolversTypes['MicroCareClient'], ParentType, ContextType, RequireFields<MutationEndMicroCareClientArgs, 'end' | 'id'>>;
  recordMicroCareHours?: Resolver<ResolversTypes['MicroCareHoursRecord'], ParentType, ContextType, RequireFields<MutationRecordMicroCareHoursArgs, 'input'>>;
  recordMovingAndPositioningDay?: Resolver<ResolversTypes['MicroCarer'], ParentType, ContextType, RequireFields<MutationRecordMovingAndPositioningDayArgs, 'input'>>;
  recordQualityFrameworkStandard?: Resolver<ResolversTypes['MicroCarer'], ParentType, ContextType, RequireFields<MutationRecordQualityFrameworkStandardArgs, 'input'>>;
  signDirectCommissioningContract?: Resolver<ResolversTypes['MicroCarer'], ParentType, ContextType, RequireFields<MutationSignDirectCommissioningContractArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  findMicroCarers?: Resolver<Maybe<ResolversTypes['MicroCarerSearchConnection']>, ParentType, ContextType, RequireFields<PersonFindMicroCarersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  microCare?: Resolver<Maybe<Array<ResolversTypes['MicroCareClient']>>, ParentType, ContextType, RequireFields<PersonMicroCareArgs, 'includeEnded'>>;
}>;

export type PersonalAssistantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalAssistant'] = ResolversParentTypes['PersonalAssistant'], FederationReferenceType extends FederationReferenceTypes['PersonalAssistant'] = FederationReferenceTypes['PersonalAssistant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalAssistant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  microCarer?: Resolver<Maybe<ResolversTypes['MicroCarer']>, ParentType, ContextType>;
}>;

export type QualityFrameworkProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QualityFrameworkProgress'] = ResolversParentTypes['QualityFrameworkProgress']> = ResolversObject<{
  enhancedStandardsMet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minimumStandardsMet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['QualityFrameworkStandard']>, ParentType, ContextType>;
  standardsMet?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standardsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QualityFrameworkStandardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QualityFrameworkStandard'] = ResolversParentTypes['QualityFrameworkStandard']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['QualityFrameworkLevel'], ParentType, ContextType>;
  signedOffBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signedOffOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QualityFrameworkStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  microCareActivityAggregates?: Resolver<ResolversTypes['MicroCareActivityAggregates'], ParentType, ContextType, Partial<QueryMicroCareActivityAggregatesArgs>>;
  microCareCapacityAggregates?: Resolver<ResolversTypes['MicroCareCapacityAggregates'], ParentType, ContextType>;
  microCarer?: Resolver<Maybe<ResolversTypes['MicroCarer']>, ParentType, ContextType, RequireFields<QueryMicroCarerArgs, 'id'>>;
  microCarers?: Resolver<ResolversTypes['MicroCarerConnection'], ParentType, ContextType, RequireFields<QueryMicroCarersArgs, 'first'>>;
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

export type Resolvers<ContextType = Context> = ResolversObject<{
  CareSearchResult?: CareSearchResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DirectCommissioningContract?: DirectCommissioningContractResolvers<ContextType>;
  MicroCareActivityAggregates?: MicroCareActivityAggregatesResolvers<ContextType>;
  MicroCareActivityRow?: MicroCareActivityRowResolvers<ContextType>;
  MicroCareCapacity?: MicroCareCapacityResolvers<ContextType>;
  MicroCareCapacityAggregates?: MicroCareCapacityAggregatesResolvers<ContextType>;
  MicroCareClient?: MicroCareClientResolvers<ContextType>;
  MicroCareHoursRecord?: MicroCareHoursRecordResolvers<ContextType>;
  MicroCareRate?: MicroCareRateResolvers<ContextType>;
  MicroCarer?: MicroCarerResolvers<ContextType>;
  MicroCarerConnection?: MicroCarerConnectionResolvers<ContextType>;
  MicroCarerEdge?: MicroCarerEdgeResolvers<ContextType>;
  MicroCarerSearchConnection?: MicroCarerSearchConnectionResolvers<ContextType>;
  MicroCarerSearchEdge?: MicroCarerSearchEdgeResolvers<ContextType>;
  MicroCarerSearchResult?: MicroCarerSearchResultResolvers<ContextType>;
  MovingAndPositioningCourse?: MovingAndPositioningCourseResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonalAssistant?: PersonalAssistantResolvers<ContextType>;
  QualityFrameworkProgress?: QualityFrameworkProgressResolvers<ContextType>;
  QualityFrameworkStandard?: QualityFrameworkStandardResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SuppressedAmount?: SuppressedAmountResolvers<ContextType>;
  SuppressedCount?: SuppressedCountResolvers<ContextType>;
}>;

