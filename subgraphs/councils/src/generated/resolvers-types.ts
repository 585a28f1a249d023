import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CouncilModel, CouncilRateModel, DirectPaymentModel, IndividualServiceFundModel, CommissionedPackageModel, CarePlanModel, CarePlanHouseholdModel, SafeguardingConcernModel, TransitionResponseModel } from './prisma/models.ts';
import type { HouseholdView } from '../household/view.ts';
import type { HeldConcern } from '../safeguarding.ts';
import type { HeldFollowUp } from '../safeguarding-follow-ups/view.ts';
import type { HeldReablement } from '../reablement/view.ts';
import type { HeldRequest } from '../domiciliary-care/view.ts';
import type { HeldAssessmentOffer } from '../assessment-offers/view.ts';
import type { ContractView, ReturnView } from '../support-contracts/view.ts';
import type { TransitionReference, PersonReference, SupportOrganisationReference } from '../references.ts';
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

/** The support options a council's social worker offered a person at an assessment, on its day. */
export type AssessmentOffer = {
  __typename?: 'AssessmentOffer';
  /** The day of the assessment (YYYY-MM-DD). */
  assessedOn: Scalars['Date']['output'];
  /** The council that assessed them. */
  council: Council;
  /** Hub id of the record. */
  id: Scalars['ID']['output'];
  /** The options offered, each once, in the order of the option list. */
  options: Array<SupportOption>;
  /** The person assessed; null when the caller may not see them. */
  person?: Maybe<Person>;
  /** Who recorded them. */
  recordedBy: Scalars['String']['output'];
};

/**
 * For commissioners: people whose latest assessment in the period (by the councils in scope) offered
 * only residential and/or domiciliary care, and those of them living where PAs are findable;
 * suppressed and rounded like every published count.
 */
export type AssessmentOfferAggregates = {
  __typename?: 'AssessmentOfferAggregates';
  /** First day of the period counted. */
  from: Scalars['Date']['output'];
  /** Of those, people living in a postcode district with at least one findable PA. */
  inDistrictsWithPaCapacity: SuppressedCount;
  /** People whose latest assessment offered only residential and/or domiciliary care. */
  offeredOnlyCareHomeOrHomeCare: SuppressedCount;
  /** People assessed in the period (their latest assessment counts). */
  peopleAssessed: SuppressedCount;
  /** Last day of the period counted. */
  to: Scalars['Date']['output'];
};

/** A support contract a council awards. */
export type AwardSupportContractInput = {
  /** Block, pay-as-you-go or hybrid. */
  contractType: SupportContractType;
  /** The council awarding it (GSS code): the caller's own. */
  councilGssCode: Scalars['String']['input'];
  /** Last day of the term: on or after the first. */
  endsOn: Scalars['Date']['input'];
  /** The menu: at least one item, each once. */
  menu: Array<SupportContractMenuItemInput>;
  /** Peer-support sessions the provider must hold each quarter (default 0). */
  peerSessionsPerQuarter?: InputMaybe<Scalars['Int']['input']>;
  /** First day of the term. */
  startsOn: Scalars['Date']['input'];
  /** Hub id of the support organisation providing it. */
  supportOrganisationId: Scalars['ID']['input'];
  /** What the council pays over the term, in pounds: at least 0. */
  value: Scalars['Float']['input'];
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

/** A care plan's care group, primary support reason and household, replacing what was recorded. */
export type CarePlanHouseholdInput = {
  /** The group the care and support is for. */
  careGroup: CareGroup;
  /** Each age band with anyone living in or visiting (each presence and band once); empty when the person lives alone with no regular visitors. */
  members: Array<HouseholdCountInput>;
  /** The SALT primary support reason. */
  primarySupportReason: PrimarySupportReason;
};

/** The council's summary of a person's care and support plan. */
export type CarePlanSummary = {
  __typename?: 'CarePlanSummary';
  /** The group the person's care and support is for; null until recorded. */
  careGroup?: Maybe<CareGroup>;
  /** True when the plan says what happens if a PA cannot come (cover arrangements). */
  contingencyPlanInPlace: Scalars['Boolean']['output'];
  /** The council holding the plan. */
  council: Council;
  /** Who lives in or visits the home; null until recorded. Restricted: the social workers of the council holding the plan. */
  household?: Maybe<Household>;
  /** Hub id of the care plan summary (a UUID). */
  id: Scalars['ID']['output'];
  /** The day the plan was last reviewed. */
  lastReviewed: Scalars['Date']['output'];
  /** The day the next review is due. */
  nextReview: Scalars['Date']['output'];
  /** What the person wants from their care, in their own words, e.g. "Stay living at home". */
  outcomes: Array<Scalars['String']['output']>;
  /** The SALT primary support reason; null until recorded. */
  primarySupportReason?: Maybe<PrimarySupportReason>;
  /** The support tasks in the plan with their weekly hours; health-related ones are flagged. */
  tasks: Array<CareTask>;
};

/** One task in a plan, with its weekly hours. */
export type CareTask = {
  __typename?: 'CareTask';
  /** The task in plain words, e.g. "Pressure area care" or "PEG feeding". */
  description: Scalars['String']['output'];
  /** Tasks reclassified as health-related need NHS-signed-off competences. */
  healthRelated: Scalars['Boolean']['output'];
  /** Hours a week the plan allows for it. */
  hoursPerWeek: Scalars['Float']['output'];
};

/** The allocation (or withdrawal) of a waiting domiciliary care request. */
export type CloseDomiciliaryCareRequestInput = {
  /** The day it was allocated or withdrawn; defaults to today. Not before it was asked for, and not in the future. */
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Hub id of the request. */
  id: Scalars['ID']['input'];
  /** To whom it was allocated, or WITHDRAWN. */
  outcome: DomiciliaryCareOutcome;
};

/** Closing a concern your council holds. */
export type CloseSafeguardingConcernInput = {
  /** Defaults to today; not before the concern was raised, nor in the future. */
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Hub id of the concern. */
  id: Scalars['ID']['input'];
  /** How it ends. */
  outcome: SafeguardingOutcome;
};

/** A complaint's closing: the day and the outcome. */
export type CloseSupportContractComplaintInput = {
  /** The day it was closed: on or after the day received, not after today. */
  closedOn: Scalars['Date']['input'];
  /** Hub id of the complaint. */
  complaintId: Scalars['ID']['input'];
  /** How it ended. */
  outcome: SupportComplaintOutcome;
};

/** A package the council commissions from a provider. */
export type CommissionedPackage = FundingEpisode & {
  __typename?: 'CommissionedPackage';
  /** The council commissioning it. */
  council: Council;
  /** Last day funded; null while open-ended. */
  end?: Maybe<Scalars['Date']['output']>;
  /** GSS code of a council or ODS code of an NHS body. */
  funderCode: Scalars['String']['output'];
  /** Name of the paying organisation. */
  funderName: Scalars['String']['output'];
  /** Pounds an hour the council pays the provider. */
  hourlyRate: Scalars['Float']['output'];
  /** Hours of care a week commissioned. */
  hoursPerWeek: Scalars['Float']['output'];
  /** Hub id of the commissioned package (a UUID). */
  id: Scalars['ID']['output'];
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  /** The care provider commissioned, or "Provider to be confirmed" while it is being chosen. */
  providerName: Scalars['String']['output'];
  /** Which of the council's published rates applies. */
  rateKind: RateKind;
  /** First day funded. */
  start: Scalars['Date']['output'];
  /** Planned, active or ended as of today. */
  status: EpisodeStatus;
  /** How this episode pays for care. */
  vehicle: FundingVehicle;
  /** Pounds a week (GBP, to the penny) the funder pays. */
  weeklyAmount: Scalars['Float']['output'];
};

/** A local authority with adult social care responsibilities. */
export type Council = {
  __typename?: 'Council';
  /** ONS GSS code, e.g. E08000021 for Newcastle upon Tyne. */
  gssCode: Scalars['String']['output'];
  /** Hub id of the council (a UUID). */
  id: Scalars['ID']['output'];
  /** The council's name, e.g. "Newcastle upon Tyne City Council". */
  name: Scalars['String']['output'];
  /** England or Wales. */
  nation: Nation;
  /** The postcode districts of its area (e.g. NE1): dashboards count the people and PAs living in them as the council's area. */
  postcodeDistricts: Array<Scalars['String']['output']>;
  /** The council's published hourly rates. */
  rates: Array<Rate>;
  /** The region it belongs to, e.g. "North East" in England, or "Wales". */
  region: Scalars['String']['output'];
};

/** One council episode, as the funding-mix aggregate counts it (for the hub's own aggregate only). */
export type CouncilFundingFact = {
  __typename?: 'CouncilFundingFact';
  /** The care group on the person's care plan with this council; null until recorded. */
  careGroup?: Maybe<CareGroup>;
  /** GSS code of the paying council. */
  councilGssCode: Scalars['String']['output'];
  /** Last day funded; null while open. */
  end?: Maybe<Scalars['Date']['output']>;
  /** For a direct payment: who helps the person run the money; otherwise null. */
  paymentSupport?: Maybe<PaymentSupport>;
  /** Hub id of the person funded. */
  personId: Scalars['ID']['output'];
  /** First day funded. */
  start: Scalars['Date']['output'];
  /** Direct payment, individual service fund or commissioned package. */
  vehicle: FundingVehicle;
};

/** What the councils in scope offer individual employers and PAs, from the latest survey round in the period. */
export type CouncilSupportOfferAggregates = {
  __typename?: 'CouncilSupportOfferAggregates';
  /** Councils in scope that answered that round. */
  councils: Scalars['Int']['output'];
  /** Each support item for each audience. */
  items: Array<SupportOfferItem>;
  /** The round before it, compared with; null when there is none. */
  previousSurveyYear?: Maybe<Scalars['Int']['output']>;
  /** The survey round shown: the latest on or before the period's last day; null when there is none. */
  surveyYear?: Maybe<Scalars['Int']['output']>;
};

/** A council direct payment to a person who employs their own PAs. */
export type DirectPayment = FundingEpisode & {
  __typename?: 'DirectPayment';
  /** The council paying it. */
  council: Council;
  /** Last day funded; null while open-ended. */
  end?: Maybe<Scalars['Date']['output']>;
  /** GSS code of a council or ODS code of an NHS body. */
  funderCode: Scalars['String']['output'];
  /** Name of the paying organisation. */
  funderName: Scalars['String']['output'];
  /** The council's hourly rate the payment is worked out at, in pounds. */
  hourlyRate: Scalars['Float']['output'];
  /** Hours of support a week the payment covers. */
  hoursPerWeek: Scalars['Float']['output'];
  /** Hub id of the direct payment (a UUID). */
  id: Scalars['ID']['output'];
  /** How the person runs the money: a payroll service, a managed account, or themselves. */
  paymentSupport: PaymentSupport;
  /** The payroll or managed-account provider (a support organisation). */
  paymentSupportProvider?: Maybe<SupportOrganisation>;
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  /** First day funded. */
  start: Scalars['Date']['output'];
  /** Planned, active or ended as of today. */
  status: EpisodeStatus;
  /** How this episode pays for care. */
  vehicle: FundingVehicle;
  /** Pounds a week (GBP, to the penny) the funder pays. */
  weeklyAmount: Scalars['Float']['output'];
};

/** How a domiciliary care request was closed: the kind of provider it was allocated to, or withdrawn. */
export type DomiciliaryCareOutcome =
  /** Allocated to a domiciliary care agency. */
  | 'AGENCY'
  /** Met by a direct payment, for the person to arrange their own care. */
  | 'DIRECT_PAYMENT'
  /** Allocated to a micro-carer (a small local care enterprise). */
  | 'MICRO_CARER'
  /** Allocated to a personal assistant. */
  | 'PERSONAL_ASSISTANT'
  /** Withdrawn: no longer needed or met another way (a care home, family), with no provider allocated. */
  | 'WITHDRAWN';

/**
 * Hours of care at home a council has agreed a person needs, waiting for a provider from the day
 * asked until allocated (to an agency, a micro-carer, a PA or a direct payment) or withdrawn. Only the
 * holding council's social workers see it.
 */
export type DomiciliaryCareRequest = {
  __typename?: 'DomiciliaryCareRequest';
  /** Who recorded that (a name); null while waiting. */
  closedBy?: Maybe<Scalars['String']['output']>;
  /** The day it was allocated or withdrawn; null while waiting. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** The council that holds the request. */
  council: Council;
  /** Days waited: to the day it closed, or to today while waiting. */
  daysWaiting: Scalars['Int']['output'];
  /** Hours of care a week asked for. */
  hoursPerWeek: Scalars['Float']['output'];
  /** Hub id of the request (a UUID). */
  id: Scalars['ID']['output'];
  /** To whom it was allocated, or WITHDRAWN; null while waiting. */
  outcome?: Maybe<DomiciliaryCareOutcome>;
  /** The person waiting; null when the caller may not see them. */
  person?: Maybe<Person>;
  /** Who recorded the request (a name). */
  requestedBy: Scalars['String']['output'];
  /** The day the hours were asked for. */
  requestedOn: Scalars['Date']['output'];
  /** Waiting or closed. */
  status: DomiciliaryCareRequestStatus;
};

/** A page of a council's domiciliary care requests, oldest asked first. */
export type DomiciliaryCareRequestConnection = {
  __typename?: 'DomiciliaryCareRequestConnection';
  /** The requests of this page. */
  edges: Array<DomiciliaryCareRequestEdge>;
  /** Where the page ends. */
  pageInfo: DomiciliaryCareRequestPageInfo;
  /** How many requests match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One domiciliary care request in a page. */
export type DomiciliaryCareRequestEdge = {
  __typename?: 'DomiciliaryCareRequestEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: DomiciliaryCareRequest;
};

/** Where a page of domiciliary care requests ends. Pass endCursor as `after` to get the next page. */
export type DomiciliaryCareRequestPageInfo = {
  __typename?: 'DomiciliaryCareRequestPageInfo';
  /** Opaque cursor of the page's last request, to pass as `after`; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more requests follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Whether a domiciliary care request is still waiting for a provider. */
export type DomiciliaryCareRequestStatus =
  /** Allocated to a provider, or withdrawn. */
  | 'CLOSED'
  /** Asked for and not yet allocated or withdrawn. */
  | 'WAITING';

/** One council's domiciliary care waiting on the period's last day. */
export type DomiciliaryCouncilWaiting = {
  __typename?: 'DomiciliaryCouncilWaiting';
  /** The council's GSS code. */
  councilGssCode: Scalars['String']['output'];
  /** The council's name. */
  councilName: Scalars['String']['output'];
  /** Requests waiting for a provider on the period's last day (suppressed). */
  requestsWaiting: SuppressedCount;
  /** Their hours a week, rounded to 10; suppressed when fewer than five people wait. */
  unallocatedHours: SuppressedAmount;
};

/**
 * Domiciliary supply and demand for commissioners (dashboard D2): hours of care at home waiting for
 * a provider on the period's last day and on the previous period's, how long requests wait, and to
 * whom those closed in the period went. A council's requests count where they are held: the council,
 * or the councils in an NHS body's area; an area counts the people living in it. Counts are
 * suppressed and rounded; hours and medians are suppressed when fewer than five people contribute.
 */
export type DomiciliarySupplyAggregates = {
  __typename?: 'DomiciliarySupplyAggregates';
  /** Waiting on the period's last day by council, most hours first (councils with none waiting included). */
  byCouncil: Array<DomiciliaryCouncilWaiting>;
  /** Requests closed in the period by outcome: agency, micro-carer, PA, direct payment, withdrawn. */
  closedByOutcome: Array<AggregateRow>;
  /** First day of the period counted. */
  from: Scalars['Date']['output'];
  /** The median days from request to allocation of those allocated in the period, to a whole day. */
  medianDaysToAllocate: SuppressedAmount;
  /** The median days the requests waiting on the period's last day had waited by then, to a whole day. */
  medianDaysWaiting: SuppressedAmount;
  /** Requests waiting on the previous period's last day. */
  previousRequestsWaiting: SuppressedCount;
  /** Last day of the previous period (of the same length, ending the day before `from`). */
  previousTo: Scalars['Date']['output'];
  /** Hours a week waiting on the previous period's last day, rounded to 10. */
  previousUnallocatedHours: SuppressedAmount;
  /** Requests asked for in the period. */
  requestsMade: SuppressedCount;
  /** Requests waiting for a provider on the period's last day. */
  requestsWaiting: SuppressedCount;
  /** Last day of the period counted. */
  to: Scalars['Date']['output'];
  /** Hours a week waiting for a provider on the period's last day, rounded to 10. */
  unallocatedHours: SuppressedAmount;
};

/** The end of a reablement period, and where the person went next. */
export type EndReablementInput = {
  /** Its last day; defaults to today. Not before it started, and not in the future: an outcome is recorded once the period has ended. */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Hub id of the period. */
  id: Scalars['ID']['input'];
  /** Where the person went next. */
  outcome: ReablementOutcome;
};

/** Where a funding episode stands on the hub's today. */
export type EpisodeStatus =
  /** Covers today: started, and not yet ended. */
  | 'ACTIVE'
  /** Its last day was before today. */
  | 'ENDED'
  /** Starts after today. */
  | 'PLANNED';

/** A time-bounded fact of who pays for a person's care. Owned by the funder. */
export type FundingEpisode = {
  /** Last day funded; null while open-ended. */
  end?: Maybe<Scalars['Date']['output']>;
  /** GSS code of a council or ODS code of an NHS body. */
  funderCode: Scalars['String']['output'];
  /** Name of the paying organisation. */
  funderName: Scalars['String']['output'];
  /** Hub id of the episode (a UUID), minted by the funder's subgraph. */
  id: Scalars['ID']['output'];
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  /** First day funded. */
  start: Scalars['Date']['output'];
  /** Planned, active or ended as of today. */
  status: EpisodeStatus;
  /** How this episode pays for care. */
  vehicle: FundingVehicle;
  /** Pounds a week (GBP, to the penny) the funder pays. */
  weeklyAmount: Scalars['Float']['output'];
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

/**
 * Who lives in or regularly visits the home of a person with a care plan: counts and age bands only,
 * never who they are. Children in the home make a DBS check with the children's barred list
 * mandatory (pass childrenLivingIn and childrenVisiting to PersonalAssistant.dbsSufficientFor).
 */
export type Household = {
  __typename?: 'Household';
  /** Adults living in the home besides the person. */
  adultsLivingIn: Scalars['Int']['output'];
  /** Adults regularly visiting the home. */
  adultsVisiting: Scalars['Int']['output'];
  /** Children (under 18) living in the home. */
  childrenLivingIn: Scalars['Int']['output'];
  /** Children (under 18) regularly visiting the home. */
  childrenVisiting: Scalars['Int']['output'];
  /** Each age band with anyone in it. */
  members: Array<HouseholdCount>;
  /** The day the household was last recorded. */
  recordedOn: Scalars['Date']['output'];
};

/** An age band, for household counts. */
export type HouseholdAgeBand =
  /** 5 to 11. */
  | 'AGE_5_TO_11'
  /** 12 to 17. */
  | 'AGE_12_TO_17'
  /** 18 to 64. */
  | 'AGE_18_TO_64'
  /** 65 and over. */
  | 'AGE_65_AND_OVER'
  /** Under 5. */
  | 'UNDER_5';

/** How many people of one age band live in or regularly visit the home. */
export type HouseholdCount = {
  __typename?: 'HouseholdCount';
  /** The age band. */
  ageBand: HouseholdAgeBand;
  /** How many. */
  count: Scalars['Int']['output'];
  /** Living in or regularly visiting. */
  presence: HouseholdPresence;
};

/** People of one age band living in or regularly visiting the home. */
export type HouseholdCountInput = {
  /** The age band. */
  ageBand: HouseholdAgeBand;
  /** How many: 1 to 30. */
  count: Scalars['Int']['input'];
  /** Living in or regularly visiting. */
  presence: HouseholdPresence;
};

/** Whether people live in the home or regularly visit it. */
export type HouseholdPresence =
  /** Living in the home. */
  | 'LIVES_IN'
  /** Regularly visiting the home. */
  | 'REGULARLY_VISITS';

/** Money held by a provider on the person's behalf. */
export type IndividualServiceFund = FundingEpisode & {
  __typename?: 'IndividualServiceFund';
  /** The council funding it. */
  council: Council;
  /** Last day funded; null while open-ended. */
  end?: Maybe<Scalars['Date']['output']>;
  /** GSS code of a council or ODS code of an NHS body. */
  funderCode: Scalars['String']['output'];
  /** Name of the paying organisation. */
  funderName: Scalars['String']['output'];
  /** The organisation holding the fund. */
  holdingProvider: SupportOrganisation;
  /** Hub id of the individual service fund (a UUID). */
  id: Scalars['ID']['output'];
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  /** First day funded. */
  start: Scalars['Date']['output'];
  /** Planned, active or ended as of today. */
  status: EpisodeStatus;
  /** How this episode pays for care. */
  vehicle: FundingVehicle;
  /** Pounds a week (GBP, to the penny) the funder pays. */
  weeklyAmount: Scalars['Float']['output'];
};

/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Award a support contract: by a social worker (council staff) of the council, for their own council. */
  awardSupportContract: SupportContract;
  /** Allocate a waiting request your council holds (to an agency, micro-carer, PA or direct payment) or withdraw it, once: by a social worker of that council. */
  closeDomiciliaryCareRequest: DomiciliaryCareRequest;
  /** Closes a concern your council holds, with its outcome. */
  closeSafeguardingConcern: SafeguardingConcern;
  /** Close a complaint about a contract's support, once, with its outcome: by the contracting council's staff or the provider's advisers. */
  closeSupportContractComplaint: SupportContract;
  /** Hub step of a transition: end a council episode the day before the new funding starts. Repeats are harmless. */
  endCouncilEpisodeForTransition: FundingEpisode;
  /** End a reablement period your council holds, once, with where the person went next: by a social worker of that council. */
  endReablement: ReablementPeriod;
  /** Hub step of a transition: open the council episode it names. At most one per transition; repeats return it. */
  openCouncilEpisodeForTransition: FundingEpisode;
  /**
   * Tells a council of a safeguarding concern about a person the caller works with. Any care
   * professional who may see the person may raise one; the council gets a relationship with the
   * person to make its enquiries, and the caller gets a receipt, not the concern.
   */
  raiseSafeguardingConcern: SafeguardingReferral;
  /** Record the support options offered to a person at an assessment: by a social worker of the council, for their own council, for someone they may see. */
  recordAssessmentOffers: AssessmentOffer;
  /** Record a care plan's care group, primary support reason and household: by a social worker of the council holding the plan. */
  recordCarePlanHousehold: CarePlanSummary;
  /** Record hours of care at home a person needs, waiting for a provider: by a social worker of the council, for their own council, for someone they may see. */
  recordDomiciliaryCareRequest: DomiciliaryCareRequest;
  /** Record a follow-up your council holds as done, once: by a social worker of that council. */
  recordSafeguardingFollowUpDone: SafeguardingFollowUp;
  /** Record a complaint about a contract's support: by the contracting council's staff or the provider's advisers. */
  recordSupportContractComplaint: SupportContract;
  /** Record a quarter's uptake on a contract, once per quarter: by an adviser of the providing support organisation. */
  recordSupportContractUptake: SupportContract;
  /** Hub step of a person merge: move every council row naming fromPersonId to toPersonId, recording each. Nothing is refused for clashing; overlaps are reported. Repeats move nothing new. */
  repointPersonInCouncils: RepointResult;
  /** A council's answer to a transition it is party to. One answer per council; repeating it is harmless. */
  respondToTransitionAsCouncil: TransitionResponse;
  /** Hub compensation or unmerge: move exactly the rows this merge moved here back. Repeats move nothing more. */
  revertPersonRepointInCouncils: RepointResult;
  /** Schedule a safeguarding follow-up for a person: by a social worker of the council, for their own council. */
  scheduleSafeguardingFollowUp: SafeguardingFollowUp;
  /** Open a direct payment episode. Refused when the person already has an overlapping social care episode. */
  startDirectPayment: DirectPayment;
  /** Start a reablement period for a person: by a social worker of the council, for their own council; one open period per person and council. */
  startReablement: ReablementPeriod;
  /** Starts a section 42 enquiry on a concern your council holds. */
  startSafeguardingEnquiry: SafeguardingConcern;
  /** Hub compensation: remove what this transition changed here (the opened episode; the old episode's end). */
  undoCouncilTransitionSteps: Scalars['Boolean']['output'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationAwardSupportContractArgs = {
  input: AwardSupportContractInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationCloseDomiciliaryCareRequestArgs = {
  input: CloseDomiciliaryCareRequestInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationCloseSafeguardingConcernArgs = {
  input: CloseSafeguardingConcernInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationCloseSupportContractComplaintArgs = {
  input: CloseSupportContractComplaintInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationEndCouncilEpisodeForTransitionArgs = {
  episodeId: Scalars['ID']['input'];
  lastDay: Scalars['Date']['input'];
  transitionId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationEndReablementArgs = {
  input: EndReablementInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationOpenCouncilEpisodeForTransitionArgs = {
  input: OpenCouncilEpisodeInput;
  transitionId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRaiseSafeguardingConcernArgs = {
  input: RaiseSafeguardingConcernInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordAssessmentOffersArgs = {
  input: RecordAssessmentOffersInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordCarePlanHouseholdArgs = {
  carePlanId: Scalars['ID']['input'];
  input: CarePlanHouseholdInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordDomiciliaryCareRequestArgs = {
  input: RecordDomiciliaryCareRequestInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordSafeguardingFollowUpDoneArgs = {
  input: RecordSafeguardingFollowUpDoneInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordSupportContractComplaintArgs = {
  input: RecordSupportContractComplaintInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordSupportContractUptakeArgs = {
  input: RecordSupportContractUptakeInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRepointPersonInCouncilsArgs = {
  fromPersonId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
  toPersonId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRespondToTransitionAsCouncilArgs = {
  councilGssCode: Scalars['String']['input'];
  decision: TransitionDecision;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  respondedBy: Scalars['String']['input'];
  transitionId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRevertPersonRepointInCouncilsArgs = {
  mergeId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationScheduleSafeguardingFollowUpArgs = {
  input: ScheduleSafeguardingFollowUpInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationStartDirectPaymentArgs = {
  input: StartDirectPaymentInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationStartReablementArgs = {
  input: StartReablementInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationStartSafeguardingEnquiryArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationUndoCouncilTransitionStepsArgs = {
  transitionId: Scalars['ID']['input'];
};

/**
 * The UK nation whose law and bodies apply: England (Care Act 2014, integrated care boards) or Wales
 * (Social Services and Well-being (Wales) Act 2014, local health boards).
 */
export type Nation =
  /** England. */
  | 'ENGLAND'
  /** Wales. */
  | 'WALES';

/**
 * A person whose latest assessment in the period offered only residential and/or domiciliary care,
 * living in a postcode district where PAs are findable on the register.
 */
export type OnlyCareHomeOrHomeCareOffer = {
  __typename?: 'OnlyCareHomeOrHomeCareOffer';
  /** PAs findable on the register in that district. */
  findablePas: Scalars['Int']['output'];
  /** The assessment and the options it offered; null when the caller may not see it. */
  offer?: Maybe<AssessmentOffer>;
  /** The person's postcode district. */
  postcodeDistrict: Scalars['String']['output'];
};

/** The council episode a transition opens (the hub's own step). */
export type OpenCouncilEpisodeInput = {
  /** GSS code of the new funding council. */
  councilGssCode: Scalars['String']['input'];
  /** Pounds an hour, for a direct payment or commissioned package. */
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  /** Hours a week, for a direct payment or commissioned package. */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** For a direct payment: how the person will run the money. */
  paymentSupport?: InputMaybe<PaymentSupport>;
  /** The payroll or managed-account provider (direct payment), or the organisation holding an individual service fund. */
  paymentSupportProviderId?: InputMaybe<Scalars['ID']['input']>;
  /** Hub id of the person. */
  personId: Scalars['ID']['input'];
  /** For a commissioned package: the provider, if already chosen (otherwise recorded as to be confirmed). */
  providerName?: InputMaybe<Scalars['String']['input']>;
  /** For a commissioned package: which published rate applies (default COMMISSIONED_WITH_EMPLOYEES). */
  rateKind?: InputMaybe<RateKind>;
  /** First day funded: the transition's effective date. */
  start: Scalars['Date']['input'];
  /** Direct payment, individual service fund or commissioned package. */
  vehicle: FundingVehicle;
  /** Pounds a week. */
  weeklyAmount: Scalars['Float']['input'];
};

/** Who helps the person run the money. */
export type PaymentSupport =
  /** A provider holds the money in an account for the person and makes every payment on their behalf. */
  | 'MANAGED_ACCOUNT'
  /** The person holds the money; a payroll provider pays their PAs, tax and National Insurance for them. */
  | 'PAYROLL_SERVICE'
  /** The person (or their representative) runs the money and the payroll themselves. */
  | 'SELF_MANAGED';

/**
 * A person who needs care and support. The hub holds their identity once;
 * each agency contributes the facts it owns (funding, PA team, care plan).
 */
export type Person = {
  __typename?: 'Person';
  /**
   * The support options offered to the person at assessments, latest first. Only the social workers
   * of the council that assessed them see each.
   */
  assessmentOffers?: Maybe<Array<AssessmentOffer>>;
  /** The latest care and support plan summary, if a council holds one. */
  carePlan?: Maybe<CarePlanSummary>;
  /** Hub-minted UUID. */
  id: Scalars['ID']['output'];
  /**
   * The person's reablement periods, newest first, with where they went next. Only the social
   * workers of the council holding a period see it.
   */
  reablementPeriods?: Maybe<Array<ReablementPeriod>>;
  /**
   * Safeguarding concerns about the person, newest first. The most restricted field in the hub:
   * only social workers see it, and each sees only the concerns their own council holds.
   */
  safeguardingConcerns?: Maybe<Array<SafeguardingConcern>>;
  /** The person's social care funding episodes, oldest first. */
  socialCareFunding?: Maybe<Array<FundingEpisode>>;
};


/**
 * A person who needs care and support. The hub holds their identity once;
 * each agency contributes the facts it owns (funding, PA team, care plan).
 */
export type PersonSafeguardingConcernsArgs = {
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * Council personal budgets for market shaping: people with a budget in the period by delivery route
 * (direct payment, managed account, individual service fund, commissioned), with the average weekly
 * value of each. Counts of people are suppressed and rounded; averages are over at least five people.
 */
export type PersonalBudgetAggregates = {
  __typename?: 'PersonalBudgetAggregates';
  /** The average weekly direct payment in pounds (each holder's latest in the period), managed accounts included. */
  averageDirectPaymentWeekly: SuppressedAmount;
  /** Each delivery route, in the order direct payment, managed account, individual service fund, commissioned. */
  byRoute: Array<PersonalBudgetRoute>;
  /** Of them, people with a direct payment (held by the person or through a managed account), each once. */
  directPayments: SuppressedCount;
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** People with any council personal budget on any day of the period, each once. */
  personalBudgets: SuppressedCount;
  /** Last day of the period. */
  to: Scalars['Date']['output'];
};

/** One delivery route of council personal budgets: how many people had one and its average weekly value. */
export type PersonalBudgetRoute = {
  __typename?: 'PersonalBudgetRoute';
  /** Their average weekly amount in pounds, each person's latest budget by the route in the period; rounded to the pound, suppressed under five people. */
  averageWeeklyAmount: SuppressedAmount;
  /** DIRECT_PAYMENT (held by the person, self-managed or with a payroll service), MANAGED_ACCOUNT, INDIVIDUAL_SERVICE_FUND or COMMISSIONED_PACKAGE. */
  key: Scalars['String']['output'];
  /** The route in words. */
  label: Scalars['String']['output'];
  /** People with a budget by this route on any day of the period (suppressed). */
  people: SuppressedCount;
};

/** The primary support reason of the statutory Short and Long Term (SALT) return. */
export type PrimarySupportReason =
  /** Learning disability support. */
  | 'LEARNING_DISABILITY'
  /** Support with memory and cognition. */
  | 'MEMORY_AND_COGNITION'
  /** Mental health support. */
  | 'MENTAL_HEALTH'
  /** Physical support: access and mobility only. */
  | 'PHYSICAL_ACCESS_AND_MOBILITY'
  /** Physical support: personal care support. */
  | 'PHYSICAL_PERSONAL_CARE'
  /** Sensory support: support for dual impairment. */
  | 'SENSORY_DUAL'
  /** Sensory support: support for hearing impairment. */
  | 'SENSORY_HEARING'
  /** Sensory support: support for visual impairment. */
  | 'SENSORY_VISUAL'
  /** Social support: asylum seeker support. */
  | 'SOCIAL_ASYLUM_SEEKER'
  /** Social support: support for social isolation or other. */
  | 'SOCIAL_ISOLATION_OR_OTHER'
  /** Social support: substance misuse support. */
  | 'SOCIAL_SUBSTANCE_MISUSE';

/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type Query = {
  __typename?: 'Query';
  /** The options offered at assessments, counted for commissioners and suppressed; by default every council and the last year. */
  assessmentOfferAggregates: AssessmentOfferAggregates;
  /** A council by hub id or GSS code. */
  council?: Maybe<Council>;
  /** Every council episode overlapping [from, to], as the funding-mix aggregate counts it. The hub's own; never a caller's. */
  councilFundingFacts: Array<CouncilFundingFact>;
  /** The council support offer for employers and PAs: the councils in scope (a council, or those in an NHS body's area) by item and answer. */
  councilSupportOfferAggregates: CouncilSupportOfferAggregates;
  /** Every council in the graph (public directory), with its codes and published rates. */
  councils: Array<Council>;
  /** One direct payment by hub id; null when it is not held or the caller may not see the person. */
  directPayment?: Maybe<DirectPayment>;
  /** A council's domiciliary care requests, oldest asked first: for the social workers of that council. */
  domiciliaryCareRequests: DomiciliaryCareRequestConnection;
  /**
   * Domiciliary care waiting for a provider, for commissioners: hours and requests waiting at the
   * period's end and the previous period's, days waited, and how requests closed; suppressed. By
   * default every council and the last year.
   */
  domiciliarySupplyAggregates: DomiciliarySupplyAggregates;
  /**
   * People a council assessed in the period whose latest assessment offered only residential and/or
   * domiciliary care although PAs are findable in their postcode district: for the social workers of
   * that council. By default the last year.
   */
  onlyCareHomeOrHomeCareOffers: Array<OnlyCareHomeOrHomeCareOffer>;
  /** People with a council episode of this council covering any day in [from, to]. */
  personIdsFundedByCouncil: Array<Scalars['ID']['output']>;
  /** Council personal budgets by delivery route with their average weekly value, for commissioners: suppressed. */
  personalBudgetAggregates: PersonalBudgetAggregates;
  /** Reablement outcomes for commissioners: periods started, ended and still open, and where people went next, suppressed. */
  reablementOutcomeAggregates: ReablementOutcomeAggregates;
  /** A council's reablement periods, latest started first: for the social workers of that council. */
  reablementPeriods: ReablementPeriodConnection;
  /**
   * Safeguarding concerns and follow-ups for commissioners, counted at area level and suppressed;
   * by default every council and the last year.
   */
  safeguardingAggregates: SafeguardingAggregates;
  /**
   * A council's safeguarding follow-ups, earliest due first: for the social workers of that council.
   * OVERDUE lists those not done whose due day has passed.
   */
  safeguardingFollowUps: SafeguardingFollowUpConnection;
  /** Support-contract monitoring for commissioners: by contract type, cost per employer supported, menu and managed-account uptake, payslip timeliness and peer support; employers supported per organisation. Suppressed and rounded. */
  supportContractAggregates: SupportContractAggregates;
  /**
   * Support contracts, newest term first: a council's (for its social workers) or a support
   * organisation's (for its advisers); each is seen only by the contracting council and the provider.
   */
  supportContracts: Array<SupportContract>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryAssessmentOfferAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryCouncilArgs = {
  gssCode?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryCouncilFundingFactsArgs = {
  from: Scalars['Date']['input'];
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  to: Scalars['Date']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryCouncilSupportOfferAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryDirectPaymentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryDomiciliaryCareRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  councilGssCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DomiciliaryCareRequestStatus>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryDomiciliarySupplyAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryOnlyCareHomeOrHomeCareOffersArgs = {
  councilGssCode: Scalars['String']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPersonIdsFundedByCouncilArgs = {
  from: Scalars['Date']['input'];
  gssCode: Scalars['String']['input'];
  to: Scalars['Date']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPersonalBudgetAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryReablementOutcomeAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryReablementPeriodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  councilGssCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReablementStatus>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QuerySafeguardingAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QuerySafeguardingFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  councilGssCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SafeguardingFollowUpStatus>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QuerySupportContractAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QuerySupportContractsArgs = {
  councilGssCode?: InputMaybe<Scalars['String']['input']>;
  supportOrganisationId?: InputMaybe<Scalars['ID']['input']>;
};

/** A safeguarding concern to pass to a council. */
export type RaiseSafeguardingConcernInput = {
  /** The kind of abuse or neglect. */
  category: SafeguardingCategory;
  /** The council that leads on the concern (GSS code): usually the one funding the person's care. */
  councilGssCode: Scalars['String']['input'];
  /** Hub id of the person at risk. */
  personId: Scalars['ID']['input'];
  /** Who brought the concern forward. */
  source: SafeguardingSource;
  /** 10 to 1,000 characters: what happened, not the case record. */
  summary: Scalars['String']['input'];
};

/** One of a council's published hourly rates, from the day it applies. */
export type Rate = {
  __typename?: 'Rate';
  /** The first day the rate applies. */
  effectiveFrom: Scalars['Date']['output'];
  /** Pounds an hour (GBP). */
  hourlyRate: Scalars['Float']['output'];
  /** Which rate. */
  kind: RateKind;
};

/** Which of a council's published hourly rates. */
export type RateKind =
  /** The rate the council pays a sole trader (e.g. a micro-carer) it commissions directly. */
  | 'COMMISSIONED_SOLE_TRADER'
  /** The rate the council pays a commissioned provider that employs care workers. */
  | 'COMMISSIONED_WITH_EMPLOYEES'
  /** The hourly rate a direct payment is worked out at (the person's PAs' pay and on-costs). */
  | 'DIRECT_PAYMENT'
  /** The hourly rate for a night's sleep-in. */
  | 'SLEEP_IN';

/** Where a person went once a reablement period ended: the step down (or up) the council recorded. */
export type ReablementOutcome =
  /** Ongoing care the council commissions (e.g. domiciliary care or a directly commissioned micro-carer). */
  | 'COMMISSIONED_CARE'
  /** A direct payment, to arrange their own support (e.g. employ PAs). */
  | 'DIRECT_PAYMENT'
  /** Independent again: no further support from the council. */
  | 'NO_FURTHER_SUPPORT'
  /** A private arrangement with a micro-carer, paid by the person (e.g. a private support call once personal care is no longer needed). */
  | 'PRIVATE_MICRO_CARE'
  /** A move into residential care. */
  | 'RESIDENTIAL_CARE';

/**
 * Reablement and where people went next, for the councils in scope: counts of periods (of people),
 * suppressed and rounded like every published count.
 */
export type ReablementOutcomeAggregates = {
  __typename?: 'ReablementOutcomeAggregates';
  /** Periods that ended in the period, by outcome, in the order of the outcome list. */
  byOutcome: Array<ReablementOutcomeCount>;
  /** Periods that ended in the period. */
  ended: SuppressedCount;
  /** First day of the period counted. */
  from: Scalars['Date']['output'];
  /** Periods still open on the period's last day. */
  openAtEnd: SuppressedCount;
  /** Periods that started in the period. */
  started: SuppressedCount;
  /** Last day of the period counted. */
  to: Scalars['Date']['output'];
};

/** How many reablement periods in scope ended with one outcome. */
export type ReablementOutcomeCount = {
  __typename?: 'ReablementOutcomeCount';
  /** The outcome. */
  outcome: ReablementOutcome;
  /** Periods ending in the period with this outcome (suppressed). */
  periods: SuppressedCount;
};

/**
 * A period of reablement (short-term support to regain independence) a council gave a person, from
 * its first day to its last, and the outcome: so steps down to private care, or up to commissioned
 * care, can be followed. Only the holding council's social workers see it.
 */
export type ReablementPeriod = {
  __typename?: 'ReablementPeriod';
  /** The council that gave and holds it. */
  council: Council;
  /** Who recorded its end (a name); null while open. */
  endedBy?: Maybe<Scalars['String']['output']>;
  /** Its last day; null while open. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Hub id of the period (a UUID). */
  id: Scalars['ID']['output'];
  /** Where the person went next; null while open. */
  outcome?: Maybe<ReablementOutcome>;
  /** The person reabled. */
  person?: Maybe<Person>;
  /** Who recorded its start (a name). */
  startedBy: Scalars['String']['output'];
  /** Its first day. */
  startedOn: Scalars['Date']['output'];
  /** Open or ended. */
  status: ReablementStatus;
};

/** A page of a council's reablement periods, latest started first. */
export type ReablementPeriodConnection = {
  __typename?: 'ReablementPeriodConnection';
  /** The periods of this page. */
  edges: Array<ReablementPeriodEdge>;
  /** Where the page ends. */
  pageInfo: ReablementPeriodPageInfo;
  /** How many periods match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One reablement period in a page. */
export type ReablementPeriodEdge = {
  __typename?: 'ReablementPeriodEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The period. */
  node: ReablementPeriod;
};

/** Where a page of reablement periods ends. Pass endCursor as `after` to get the next page. */
export type ReablementPeriodPageInfo = {
  __typename?: 'ReablementPeriodPageInfo';
  /** Opaque cursor of the page's last period, to pass as `after`; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more periods follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Whether a reablement period is still running. */
export type ReablementStatus =
  /** Ended, with its outcome recorded. */
  | 'ENDED'
  /** Started and not yet ended. */
  | 'OPEN';

/** The options offered at an assessment, for the caller's own council. */
export type RecordAssessmentOffersInput = {
  /** The day of the assessment; defaults to today, never in the future. */
  assessedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The council assessing them (GSS code): the caller's own. */
  councilGssCode: Scalars['String']['input'];
  /** The options offered: at least one; a repeated option counts once. */
  options: Array<SupportOption>;
  /** Hub id of the person assessed. */
  personId: Scalars['ID']['input'];
};

/** A domiciliary care request to record, for the caller's own council. */
export type RecordDomiciliaryCareRequestInput = {
  /** The council holding the request (GSS code): the caller's own. */
  councilGssCode: Scalars['String']['input'];
  /** Hours of care a week asked for: more than 0 and at most 168, to the hundredth. */
  hoursPerWeek: Scalars['Float']['input'];
  /** Hub id of the person needing care at home. */
  personId: Scalars['ID']['input'];
  /** The day they were asked for; defaults to today, never in the future. */
  requestedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A follow-up done, with how it went. */
export type RecordSafeguardingFollowUpDoneInput = {
  /** With CONCERN_RAISED (and only then): hub id of the concern about the person, held by the same council. */
  concernId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to today; may be before the due day, never in the future. */
  doneOn?: InputMaybe<Scalars['Date']['input']>;
  /** Hub id of the follow-up. */
  id: Scalars['ID']['input'];
  /** How it went. */
  outcome: SafeguardingFollowUpOutcome;
};

/** A complaint about a contract's support, received by its provider or its council. */
export type RecordSupportContractComplaintInput = {
  /** The menu item it is about (its key, on the contract's menu); leave out for the service as a whole. */
  about?: InputMaybe<Scalars['String']['input']>;
  /** Hub id of the contract. */
  contractId: Scalars['ID']['input'];
  /** The day it was received: within the contract's term, not after today. */
  receivedOn: Scalars['Date']['input'];
};

/** A provider's return for a quarter that has ended, within the contract's term. */
export type RecordSupportContractUptakeInput = {
  /** Hub id of the contract. */
  contractId: Scalars['ID']['input'];
  /** Employers supported under the contract in the quarter, at least 0. */
  employersSupported: Scalars['Int']['input'];
  /** The quarter, as YYYY-Qn; it must have ended and overlap the contract's term. */
  quarter: Scalars['String']['input'];
  /** Uptake per menu item, each at most once. */
  uptake: Array<SupportContractUptakeInput>;
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

/**
 * Safeguarding for commissioners (dashboard D8), at area level only: concerns raised in the period
 * about the people a filter covers (funded by its council and/or NHS body, living in its area), by
 * category, by who brought them and through whom, and where they stood on the period's last day;
 * and the follow-ups (such as the four-week review call) due in the period, done, done late or
 * overdue. Counts of people's records, each suppressed and rounded; no person is named.
 */
export type SafeguardingAggregates = {
  __typename?: 'SafeguardingAggregates';
  /** Concerns raised in the period by category (Care Act 2014 statutory guidance), in the order of the category list. */
  byCategory: Array<AggregateRow>;
  /**
   * Concerns raised in the period by the kind of organisation that recorded them: the council's own
   * record, or raised through the hub by a council, an NHS body or another organisation (told apart
   * by the shape of the raiser's organisation code).
   */
  byRaisingOrganisation: Array<AggregateRow>;
  /** Concerns raised in the period by who brought them to the council (family, the review call, a provider, a PA…). */
  bySource: Array<AggregateRow>;
  /** Concerns raised in the period by where they stood on its last day: raised, under enquiry, closed with no further action, closed with action taken. */
  byStatus: Array<AggregateRow>;
  /** Concerns raised in the period. */
  concernsRaised: SuppressedCount;
  /** Follow-ups due in the period at which a safeguarding concern was raised. */
  concernsRaisedAtFollowUps: SuppressedCount;
  /** Of them, those the council made a section 42 enquiry into by the period's last day. */
  enquiries: SuppressedCount;
  /** The same for each kind of follow-up (the four-week review call first), in the order of the kind list. */
  followUpsByKind: Array<SafeguardingFollowUpKindCounts>;
  /** Follow-ups due in the period that were done after their due day, by its last day. */
  followUpsDoneLate: SuppressedCount;
  /** Follow-ups due in the period that were done on or before their due day. */
  followUpsDoneOnTime: SuppressedCount;
  /** Follow-ups of every kind due in the period. */
  followUpsDue: SuppressedCount;
  /** Follow-ups due in the period, not done by its last day and due before it. */
  followUpsOverdue: SuppressedCount;
  /** First day of the period counted. */
  from: Scalars['Date']['output'];
  /** Last day of the period counted. */
  to: Scalars['Date']['output'];
};

/** Care Act 2014 statutory guidance: the kinds of abuse and neglect. */
export type SafeguardingCategory =
  /** Discriminatory abuse. */
  | 'DISCRIMINATORY'
  /** Domestic abuse, including coercive control. */
  | 'DOMESTIC'
  /** Financial or material abuse, e.g. misuse of a direct payment. */
  | 'FINANCIAL_OR_MATERIAL'
  /** Modern slavery. */
  | 'MODERN_SLAVERY'
  /** Neglect and acts of omission by others. */
  | 'NEGLECT_AND_ACTS_OF_OMISSION'
  /** Organisational abuse (in a care setting or service). */
  | 'ORGANISATIONAL'
  /** Physical abuse. */
  | 'PHYSICAL'
  /** Psychological or emotional abuse. */
  | 'PSYCHOLOGICAL'
  /** Self-neglect. */
  | 'SELF_NEGLECT'
  /** Sexual abuse. */
  | 'SEXUAL';

/**
 * A concern that an adult with care and support needs is experiencing, or is at risk of, abuse
 * or neglect (Care Act 2014, s.42), held by the council that leads on it.
 */
export type SafeguardingConcern = {
  __typename?: 'SafeguardingConcern';
  /** The kind of abuse or neglect. */
  category: SafeguardingCategory;
  /** The day it was closed; null while open. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** The council that holds and leads on it. */
  council: Council;
  /** The day the council started a section 42 enquiry; null when it has not. */
  enquiryStartedOn?: Maybe<Scalars['Date']['output']>;
  /** Hub id of the concern (a UUID). */
  id: Scalars['ID']['output'];
  /** How it was closed; null while open. */
  outcome?: Maybe<SafeguardingOutcome>;
  /** Who raised it: a name and role, or an organisation. */
  raisedBy: Scalars['String']['output'];
  /** The day it was raised. */
  raisedOn: Scalars['Date']['output'];
  /** Who brought it to the council. */
  source: SafeguardingSource;
  /** Raised, under a section 42 enquiry, or closed. */
  status: SafeguardingStatus;
  /** Short: the detail stays in the council's case record. */
  summary: Scalars['String']['output'];
};

/**
 * A safeguarding follow-up a council has scheduled for a person, such as the four-week review call
 * after a new placement. Restricted like concerns: only the holding council's social workers see it.
 */
export type SafeguardingFollowUp = {
  __typename?: 'SafeguardingFollowUp';
  /** The concern raised at it, when the outcome is CONCERN_RAISED; otherwise null. */
  concern?: Maybe<SafeguardingConcern>;
  /** The council that scheduled and holds it. */
  council: Council;
  /** Who did it (a name); null until recorded. */
  doneBy?: Maybe<Scalars['String']['output']>;
  /** The day it was done; null until recorded. */
  doneOn?: Maybe<Scalars['Date']['output']>;
  /** The day it is due. */
  dueOn: Scalars['Date']['output'];
  /** Hub id of the follow-up (a UUID). */
  id: Scalars['ID']['output'];
  /** What the follow-up is for. */
  kind: SafeguardingFollowUpKind;
  /** How it went; null until recorded. */
  outcome?: Maybe<SafeguardingFollowUpOutcome>;
  /** The person it is about. */
  person?: Maybe<Person>;
  /** Who scheduled it (a name). */
  scheduledBy: Scalars['String']['output'];
  /** Overdue, due or done, on the hub's today. */
  status: SafeguardingFollowUpStatus;
};

/** A page of a council's safeguarding follow-ups, earliest due first. */
export type SafeguardingFollowUpConnection = {
  __typename?: 'SafeguardingFollowUpConnection';
  /** The follow-ups of this page. */
  edges: Array<SafeguardingFollowUpEdge>;
  /** Where the page ends. */
  pageInfo: SafeguardingFollowUpPageInfo;
  /** How many follow-ups match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One follow-up in a page. */
export type SafeguardingFollowUpEdge = {
  __typename?: 'SafeguardingFollowUpEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The follow-up. */
  node: SafeguardingFollowUp;
};

/** What a scheduled safeguarding follow-up is for. */
export type SafeguardingFollowUpKind =
  /** A check-in after a safeguarding concern. */
  | 'CONCERN_FOLLOW_UP'
  /** The review call four weeks after a new placement (e.g. a PA starting). */
  | 'FOUR_WEEK_REVIEW_CALL'
  /** Any other safeguarding follow-up. */
  | 'OTHER'
  /** A review of a placement at another point. */
  | 'PLACEMENT_REVIEW';

/** The safeguarding follow-ups of one kind due in the period, and where each stood on the period's last day. */
export type SafeguardingFollowUpKindCounts = {
  __typename?: 'SafeguardingFollowUpKindCounts';
  /** Done, and a safeguarding concern was raised at them. */
  concernsRaised: SuppressedCount;
  /** Done after their due day, by the period's last day. */
  doneLate: SuppressedCount;
  /** Done on or before their due day. */
  doneOnTime: SuppressedCount;
  /** Follow-ups due in the period. */
  due: SuppressedCount;
  /** What the follow-ups are for. */
  kind: SafeguardingFollowUpKind;
  /** The kind in plain words. */
  label: Scalars['String']['output'];
  /** Not done by the period's last day, and due before it. */
  overdue: SuppressedCount;
};

/** How a safeguarding follow-up went. */
export type SafeguardingFollowUpOutcome =
  /** Done; a safeguarding concern was raised (linked as `concern`). */
  | 'CONCERN_RAISED'
  /** Attempted, but the person could not be reached. */
  | 'NOT_REACHED'
  /** Done; nothing of concern found. */
  | 'NO_CONCERNS';

/** Where a page of follow-ups ends. Pass endCursor as `after` to get the next page. */
export type SafeguardingFollowUpPageInfo = {
  __typename?: 'SafeguardingFollowUpPageInfo';
  /** Opaque cursor of the page's last follow-up, to pass as `after`; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more follow-ups follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Where a safeguarding follow-up stands, on the hub's today. */
export type SafeguardingFollowUpStatus =
  /** Recorded done. */
  | 'DONE'
  /** Not done; due today or later. */
  | 'DUE'
  /** Not done, and its due day has passed. */
  | 'OVERDUE';

/** How a safeguarding concern was closed. */
export type SafeguardingOutcome =
  /** The council took action to protect the person. */
  | 'ACTION_TAKEN'
  /** No further action was needed. */
  | 'NO_FURTHER_ACTION';

/**
 * What whoever raised a concern gets back: that the council has it. The concern itself is then
 * the council's, and only its social workers see it.
 */
export type SafeguardingReferral = {
  __typename?: 'SafeguardingReferral';
  /** The council now holding it. */
  council: Council;
  /** Hub id of the concern raised (a UUID): quote it to the council. */
  id: Scalars['ID']['output'];
  /** The day it was raised. */
  raisedOn: Scalars['Date']['output'];
};

/** Who brought the concern to the council. */
export type SafeguardingSource =
  /** A member of the person's family. */
  | 'FAMILY_MEMBER'
  /** A council micro-care development officer. */
  | 'MICRO_CARE_DEVELOPMENT_OFFICER'
  /** NHS staff, e.g. a district nurse. */
  | 'NHS_STAFF'
  /** Anyone else. */
  | 'OTHER'
  /** One of the person's PAs. */
  | 'PERSONAL_ASSISTANT'
  /** A care provider. */
  | 'PROVIDER'
  /** The council's own review call (e.g. four weeks after a PA starts). */
  | 'REVIEW_CALL'
  /** The person themselves. */
  | 'THE_PERSON';

/** Where a safeguarding concern stands. */
export type SafeguardingStatus =
  /** Closed, with an outcome. */
  | 'CLOSED'
  /** The council is making a section 42 enquiry. */
  | 'ENQUIRY'
  /** Raised; no section 42 enquiry (yet). */
  | 'RAISED';

/** A safeguarding follow-up to schedule, for the caller's own council. */
export type ScheduleSafeguardingFollowUpInput = {
  /** The council scheduling it (GSS code): the caller's own. */
  councilGssCode: Scalars['String']['input'];
  /** The day it is due: any day (a follow-up may be scheduled late, and so already overdue). */
  dueOn: Scalars['Date']['input'];
  /** What it is for. */
  kind: SafeguardingFollowUpKind;
  /** Hub id of the person. */
  personId: Scalars['ID']['input'];
};

/** A new direct payment to open for a person. */
export type StartDirectPaymentInput = {
  /** GSS code of the paying council: the caller's own. */
  councilGssCode: Scalars['String']['input'];
  /** Last day funded; leave out for open-ended. */
  end?: InputMaybe<Scalars['Date']['input']>;
  /** Pounds an hour, in pounds and pence, more than 0. */
  hourlyRate: Scalars['Float']['input'];
  /**
   * Hours a week (to the hundredth), more than 0 and at most 168; the weekly amount is hours times the
   * rate, to the penny.
   */
  hoursPerWeek: Scalars['Float']['input'];
  /** How the person will run the money. */
  paymentSupport: PaymentSupport;
  /**
   * Hub id of the payroll or managed-account provider (a support organisation): required unless
   * SELF_MANAGED, and left out then.
   */
  paymentSupportProviderId?: InputMaybe<Scalars['ID']['input']>;
  /** Hub id of the person. */
  personId: Scalars['ID']['input'];
  /** First day funded (YYYY-MM-DD). */
  start: Scalars['Date']['input'];
};

/** A reablement period to start, for the caller's own council. */
export type StartReablementInput = {
  /** The council giving it (GSS code): the caller's own. */
  councilGssCode: Scalars['String']['input'];
  /** Hub id of the person. */
  personId: Scalars['ID']['input'];
  /** Its first day; defaults to today, never in the future. */
  startedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Who a support item is for. */
export type SupportAudience =
  /** Individual employers: people who employ their own PAs. */
  | 'EMPLOYER'
  /** Personal assistants. */
  | 'PA';

/** How a complaint about a contract's support ended. */
export type SupportComplaintOutcome =
  /** The complaint was not found justified. */
  | 'NOT_UPHELD'
  /** Part of the complaint was found justified. */
  | 'PARTLY_UPHELD'
  /** The complaint was found justified. */
  | 'UPHELD'
  /** The complainant withdrew it. */
  | 'WITHDRAWN';

/**
 * A council's contract with a support organisation for employer support: its type, value and term,
 * the menu of services with prices and who pays, the peer-support requirement, and the provider's
 * quarterly returns. Seen by the contracting council's social workers and the provider's advisers.
 */
export type SupportContract = {
  __typename?: 'SupportContract';
  /** Who recorded the award (a name). */
  awardedBy: Scalars['String']['output'];
  /** Complaints about the contract's support, newest received first. */
  complaints: Array<SupportContractComplaint>;
  /** Block, pay-as-you-go or hybrid. */
  contractType: SupportContractType;
  /** The council that owns the contract. */
  council: Council;
  /** Last day of the term. */
  endsOn: Scalars['Date']['output'];
  /** Hub id of the contract (a UUID). */
  id: Scalars['ID']['output'];
  /** The menu of services, in the survey's order of items. */
  menu: Array<SupportContractMenuItem>;
  /** Peer-support sessions the provider must hold each quarter (0 when the contract asks for none). */
  peerSessionsPerQuarter: Scalars['Int']['output'];
  /** The provider's quarterly returns, latest quarter first. */
  returns: Array<SupportContractReturn>;
  /** First day of the term. */
  startsOn: Scalars['Date']['output'];
  /** The support organisation providing the services. */
  supportOrganisation: SupportOrganisation;
  /** What the council pays over the whole term, in pounds. */
  value: Scalars['Float']['output'];
};

/**
 * Support-service contract monitoring for the councils in scope: by contract type, what they cost per
 * employer supported, uptake of menu items and managed accounts, payslip timeliness and peer support;
 * and employers supported per support organisation. Counts of employers and payslips are suppressed
 * like every count of people; rates and amounts per employer come from the published figures.
 */
export type SupportContractAggregates = {
  __typename?: 'SupportContractAggregates';
  /** Each support organisation holding a contract in scope, by name. */
  byOrganisation: Array<SupportOrganisationContractFigures>;
  /** Each contract type, block first. */
  byType: Array<SupportContractTypeFigures>;
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** Last day of the period. */
  to: Scalars['Date']['output'];
};

/**
 * A complaint about the support a contract provides (for example payslips not reaching PAs on time),
 * as its provider or council received it: no complainant is named.
 */
export type SupportContractComplaint = {
  __typename?: 'SupportContractComplaint';
  /** The menu item it was about (its key, e.g. PAYROLL); null for the service as a whole. */
  about?: Maybe<Scalars['String']['output']>;
  /** Who closed it (a name); null while open. */
  closedBy?: Maybe<Scalars['String']['output']>;
  /** The day it was closed; null while open. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Hub id of the complaint (a UUID). */
  id: Scalars['ID']['output'];
  /** How it ended; null while open. */
  outcome?: Maybe<SupportComplaintOutcome>;
  /** The day it was received. */
  receivedOn: Scalars['Date']['output'];
  /** Who recorded it (a name). */
  recordedBy: Scalars['String']['output'];
};

/** One service on a support contract's menu. */
export type SupportContractMenuItem = {
  __typename?: 'SupportContractMenuItem';
  /** Stable key of the item, e.g. PEER_SUPPORT, PAYROLL or PA_REGISTER. */
  item: Scalars['String']['output'];
  /** The item in plain words, e.g. "Payroll service". */
  label: Scalars['String']['output'];
  /** Who pays for it. */
  paidBy: SupportMenuPayer;
  /** Price in pounds per unit; null when the council pays for it under the contract. */
  price?: Maybe<Scalars['Float']['output']>;
  /** What the price is for, e.g. "per month" or "per hour"; null with no price. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** A service to put on a contract's menu. */
export type SupportContractMenuItemInput = {
  /** Stable key of the item, e.g. PEER_SUPPORT, PAYROLL, MANAGED_ACCOUNT or PA_REGISTER. */
  item: Scalars['String']['input'];
  /** Who pays: on a block contract only the council; on a pay-as-you-go one never the council. */
  paidBy: SupportMenuPayer;
  /** Price in pounds per unit, at least 0; required unless the council pays, and left out when it does. */
  price?: InputMaybe<Scalars['Float']['input']>;
  /** What the price is for, e.g. "per month". */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A provider's return for one quarter of a support contract. */
export type SupportContractReturn = {
  __typename?: 'SupportContractReturn';
  /** Employers the provider supported under the contract in the quarter. */
  employersSupported: Scalars['Int']['output'];
  /** Whether the contract's peer-support requirement for the quarter was met. */
  peerRequirementMet: Scalars['Boolean']['output'];
  /** Peer-support sessions held in the quarter (the PEER_SUPPORT item's quantity). */
  peerSessionsHeld: Scalars['Int']['output'];
  /** The quarter, as YYYY-Qn (e.g. 2026-Q3; Q1 is January to March). */
  quarter: Scalars['String']['output'];
  /** Who recorded it (a name). */
  recordedBy: Scalars['String']['output'];
  /** Uptake of each menu item returned. */
  uptake: Array<SupportContractUptake>;
};

/** How a council pays a support organisation for employer support (the three kinds councils use). */
export type SupportContractType =
  /** The council pays a set amount and every service is free to employers, never out of their direct payment. */
  | 'BLOCK'
  /** Core support paid by the council, with a menu of services paid by the people using them from their personal budget. */
  | 'HYBRID'
  /** Employers choose from a menu of costed services and pay for what they use. */
  | 'PAY_AS_YOU_GO';

/** Support contracts of one type in force in the period, for commissioners. */
export type SupportContractTypeFigures = {
  __typename?: 'SupportContractTypeFigures';
  /** Complaints closed in the period, whenever received (suppressed). */
  complaintsClosed: SuppressedCount;
  /** Complaints about their support received in the period (suppressed). */
  complaintsReceived: SuppressedCount;
  /** Of those closed, upheld in whole or in part (suppressed). */
  complaintsUpheld: SuppressedCount;
  /** The contract type. */
  contractType: SupportContractType;
  /** Contracts of this type in force on any day of the period (organisational facts, not suppressed). */
  contracts: Scalars['Int']['output'];
  /**
   * The councils' cost and employers' fees together per employer supported, in pounds rounded to
   * £10: worked out from the published (rounded) employers supported, so it gives no exact count
   * away; suppressed when that count is, and "–" with no value when no employer was supported.
   */
  costPerEmployerSupported: SuppressedAmount;
  /** What the councils pay under them for the days of the period: each contract's value spread evenly over its term, in pounds (not suppressed). */
  councilCost: Scalars['Float']['output'];
  /**
   * Fees employers paid for menu items in the quarters returned that lie in the period (each item's
   * units used times its price, where the employer or their direct payment pays), in pounds rounded
   * to £100; suppressed when fewer than five employers were supported.
   */
  employerFees: SuppressedAmount;
  /** Employers supported under them in each contract's latest quarter returned in the period (suppressed). */
  employersSupported: SuppressedCount;
  /** Managed accounts as a whole percentage of the employers supported, from the published figures; null when either is suppressed or none were supported. */
  managedAccountPercent?: Maybe<Scalars['Int']['output']>;
  /**
   * Employers of the contracts' councils whose direct payment in the period was paid into a managed
   * account held by the contract's organisation (suppressed). A council sets up a managed account
   * only where the person's care plan names it and a social worker approved it, so few employers
   * have one.
   */
  managedAccounts: SuppressedCount;
  /** Uptake of each item on their menus, in the survey's order of items. */
  menuUptake: Array<SupportMenuItemUptake>;
  /** Payslips due in the period that the contracts' organisations ran as payroll providers for employers of the contracts' councils (suppressed). */
  payslipsDue: SuppressedCount;
  /** Of those, sent after the day due or still unsent after it (suppressed). */
  payslipsLate: SuppressedCount;
  /** PAs' attendances at those meetings, a PA at two meetings counted twice (suppressed). */
  peerGroupAttendances: SuppressedCount;
  /** PA peer group meetings held in the period that the contracts' organisations ran for the contracts' council areas (organisational facts). */
  peerGroupMeetings: Scalars['Int']['output'];
  /** Peer-support sessions held in those quarters (the PEER_SUPPORT item's units). */
  peerSessionsHeld: Scalars['Int']['output'];
  /** Peer-support sessions the contracts required in the quarters returned in the period (organisational facts). */
  peerSessionsRequired: Scalars['Int']['output'];
  /** Of those, quarters in which a contract's peer-support requirement was met. */
  quartersPeerRequirementMet: Scalars['Int']['output'];
  /** Quarters returned in the period. */
  quartersReturned: Scalars['Int']['output'];
  /** Support organisations holding them (organisational facts, not suppressed). */
  supportOrganisations: Scalars['Int']['output'];
  /** Their value over their terms, in pounds (organisational facts, not suppressed). */
  value: Scalars['Float']['output'];
};

/** How many times a menu item was used in a quarter, and by how many employers. */
export type SupportContractUptake = {
  __typename?: 'SupportContractUptake';
  /** Employers who used it in the quarter. */
  employers: Scalars['Int']['output'];
  /** Stable key of the menu item. */
  item: Scalars['String']['output'];
  /** The item in plain words. */
  label: Scalars['String']['output'];
  /** Units used in the quarter (sessions, months of payroll, hours: as the item's unit says). */
  quantity: Scalars['Int']['output'];
};

/** Uptake of one menu item in a quarter. */
export type SupportContractUptakeInput = {
  /** Employers who used it, at least 0 and at most the employers supported. */
  employers: Scalars['Int']['input'];
  /** Stable key of an item on the contract's menu. */
  item: Scalars['String']['input'];
  /** Units used, at least 0. */
  quantity: Scalars['Int']['input'];
};

/**
 * Uptake of one menu item under the contracts of one type: employers who used it against the
 * employers supported under the contracts whose menus carry it, both from each contract's latest
 * quarter returned in the period.
 */
export type SupportMenuItemUptake = {
  __typename?: 'SupportMenuItemUptake';
  /** Contracts of the type whose menus carry it. */
  contracts: Scalars['Int']['output'];
  /** Employers supported under the contracts carrying it (suppressed): what uptake is a share of. */
  employersOffered: SuppressedCount;
  /** Employers who used it (suppressed). */
  employersUsing: SuppressedCount;
  /** Stable key of the menu item, e.g. PAYROLL. */
  item: Scalars['String']['output'];
  /** The item in plain words. */
  label: Scalars['String']['output'];
  /** Employers using it as a whole percentage of those offered it, from the published figures; null when either is suppressed or none were offered it. */
  uptakePercent?: Maybe<Scalars['Int']['output']>;
};

/** Who pays for a service on a support contract's menu. */
export type SupportMenuPayer =
  /** The council, under the contract: free to the employer. */
  | 'COUNCIL'
  /** The employer, from their direct payment (personal budget). */
  | 'DIRECT_PAYMENT'
  /** The employer, from their own money (e.g. someone funding their own care). */
  | 'EMPLOYER';

/**
 * One support item for one audience: how many councils in scope offer it. These are counts of
 * councils (published organisational facts), not of people, so they are not suppressed.
 */
export type SupportOfferItem = {
  __typename?: 'SupportOfferItem';
  /** Whether the item is for employers or for PAs. */
  audience: SupportAudience;
  /** Councils in scope answering "available". */
  available: Scalars['Int']['output'];
  /** Councils in scope offering it in the previous survey round; null when that round did not ask. */
  availableInPreviousRound?: Maybe<Scalars['Int']['output']>;
  /** Who provides it, where it is available. */
  byProvider: Array<SupportOfferProviderCount>;
  /** Councils in scope answering "don't know". */
  dontKnow: Scalars['Int']['output'];
  /** Councils in scope answering "in development". */
  inDevelopment: Scalars['Int']['output'];
  /** Stable key of the item, e.g. PEER_SUPPORT or PA_REGISTER. */
  key: Scalars['String']['output'];
  /** The item in plain words, e.g. "Peer support or mentoring". */
  label: Scalars['String']['output'];
  /** Councils in scope answering "not available". */
  notAvailable: Scalars['Int']['output'];
};

/** Who provides a support item in a council's area. */
export type SupportOfferProvider =
  /** The council itself. */
  | 'LOCAL_AUTHORITY'
  /** Another voluntary or community organisation. */
  | 'OTHER_VOLUNTARY_ORGANISATION'
  /** A support organisation (user-led organisation, direct payment support service). */
  | 'SUPPORT_ORGANISATION';

/** How many councils in scope have one kind of organisation providing an item. */
export type SupportOfferProviderCount = {
  __typename?: 'SupportOfferProviderCount';
  /** Councils in scope where this kind of organisation provides the item. */
  councils: Scalars['Int']['output'];
  /** The kind of organisation. */
  provider: SupportOfferProvider;
};

/** A support option a social worker may offer at an assessment. */
export type SupportOption =
  /** A community group or other community support. */
  | 'COMMUNITY_SUPPORT'
  /** A direct payment to employ a personal assistant. */
  | 'DIRECT_PAYMENT_WITH_PA'
  /** Home care from a domiciliary care agency. */
  | 'DOMICILIARY_CARE'
  /** A piece of equipment. */
  | 'EQUIPMENT'
  /** An individual service fund held by a provider for the person. */
  | 'INDIVIDUAL_SERVICE_FUND'
  /** Support from a micro-carer (a small local care enterprise). */
  | 'MICRO_CARE'
  /** A personal health budget from the NHS. */
  | 'PERSONAL_HEALTH_BUDGET'
  /** A place in a care home. */
  | 'RESIDENTIAL_CARE';

/** An organisation that supports individual employers and PAs: advice, payroll, managed accounts, registers. */
export type SupportOrganisation = {
  __typename?: 'SupportOrganisation';
  /** Hub id of the support organisation (a UUID). */
  id: Scalars['ID']['output'];
};

/** One support organisation's employers supported under the contracts in scope. */
export type SupportOrganisationContractFigures = {
  __typename?: 'SupportOrganisationContractFigures';
  /** The types of its contracts in scope, block first. */
  contractTypes: Array<SupportContractType>;
  /** Its contracts in scope in force in the period. */
  contracts: Scalars['Int']['output'];
  /** Employers it supported under them in each contract's latest quarter returned in the period (suppressed). */
  employersSupported: SuppressedCount;
  /** The support organisation's name, as the support organisations' directory gives it. */
  organisation: Scalars['String']['output'];
  /** Payslips due in the period that it ran as payroll provider for employers of its contracts' councils (suppressed). */
  payslipsDue: SuppressedCount;
  /** Of those, sent after the day due or still unsent after it (suppressed). */
  payslipsLate: SuppressedCount;
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
  /** Answers from councils that are party to the transition (care team only: the notes may be clinical). */
  councilResponses?: Maybe<Array<TransitionResponse>>;
  /** Hub id of the transition (a UUID). */
  id: Scalars['ID']['output'];
};

/** A funder's answer to a proposed transition. */
export type TransitionDecision =
  /** The funder agrees to the move as proposed. */
  | 'AGREE'
  /** The funder refuses the move; the transition ends REJECTED. */
  | 'REJECT';

/** One funder's answer to a transition it is party to (care team only). */
export type TransitionResponse = {
  __typename?: 'TransitionResponse';
  /** Agree or reject. */
  decision: TransitionDecision;
  /** The answering funder: a council's GSS code or an NHS body's ODS code. */
  funderCode: Scalars['String']['output'];
  /** The funder's note on its answer, e.g. conditions or why it refused; may be clinical. */
  note?: Maybe<Scalars['String']['output']>;
  /** When the answer was recorded. */
  respondedAt: Scalars['DateTime']['output'];
  /** Name and role of the person who answered for the funder. */
  respondedBy: Scalars['String']['output'];
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
  CommissionedPackage: CommissionedPackage;
  Council: Council;
  DirectPayment: DirectPayment;
  IndividualServiceFund: IndividualServiceFund;
  Person: Person;
  Transition: Transition;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CommissionedPackage:
    ( { __typename: 'CommissionedPackage' }
    & GraphQLRecursivePick<FederationTypes['CommissionedPackage'], {"id":true}> );
  Council:
    ( { __typename: 'Council' }
    & ( GraphQLRecursivePick<FederationTypes['Council'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['Council'], {"gssCode":true}> ) );
  DirectPayment:
    ( { __typename: 'DirectPayment' }
    & GraphQLRecursivePick<FederationTypes['DirectPayment'], {"id":true}> );
  IndividualServiceFund:
    ( { __typename: 'IndividualServiceFund' }
    & GraphQLRecursivePick<FederationTypes['IndividualServiceFund'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Transition:
    ( { __typename: 'Transition' }
    & GraphQLRecursivePick<FederationTypes['Transition'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  FundingEpisode:
    | ( CommissionedPackageModel )
    | ( DirectPaymentModel )
    | ( IndividualServiceFundModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AggregateFilter: AggregateFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AggregateRow: ResolverTypeWrapper<AggregateRow>;
  AssessmentOffer: ResolverTypeWrapper<HeldAssessmentOffer>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssessmentOfferAggregates: ResolverTypeWrapper<AssessmentOfferAggregates>;
  AwardSupportContractInput: AwardSupportContractInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CareGroup: CareGroup;
  CarePlanHouseholdInput: CarePlanHouseholdInput;
  CarePlanSummary: ResolverTypeWrapper<CarePlanModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CareTask: ResolverTypeWrapper<CareTask>;
  CloseDomiciliaryCareRequestInput: CloseDomiciliaryCareRequestInput;
  CloseSafeguardingConcernInput: CloseSafeguardingConcernInput;
  CloseSupportContractComplaintInput: CloseSupportContractComplaintInput;
  CommissionedPackage: ResolverTypeWrapper<CommissionedPackageModel>;
  Council: ResolverTypeWrapper<CouncilModel>;
  CouncilFundingFact: ResolverTypeWrapper<CouncilFundingFact>;
  CouncilSupportOfferAggregates: ResolverTypeWrapper<CouncilSupportOfferAggregates>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DirectPayment: ResolverTypeWrapper<DirectPaymentModel>;
  DomiciliaryCareOutcome: DomiciliaryCareOutcome;
  DomiciliaryCareRequest: ResolverTypeWrapper<HeldRequest>;
  DomiciliaryCareRequestConnection: ResolverTypeWrapper<Omit<DomiciliaryCareRequestConnection, 'edges'> & { edges: Array<ResolversTypes['DomiciliaryCareRequestEdge']> }>;
  DomiciliaryCareRequestEdge: ResolverTypeWrapper<Omit<DomiciliaryCareRequestEdge, 'node'> & { node: ResolversTypes['DomiciliaryCareRequest'] }>;
  DomiciliaryCareRequestPageInfo: ResolverTypeWrapper<DomiciliaryCareRequestPageInfo>;
  DomiciliaryCareRequestStatus: DomiciliaryCareRequestStatus;
  DomiciliaryCouncilWaiting: ResolverTypeWrapper<DomiciliaryCouncilWaiting>;
  DomiciliarySupplyAggregates: ResolverTypeWrapper<DomiciliarySupplyAggregates>;
  EndReablementInput: EndReablementInput;
  EpisodeStatus: EpisodeStatus;
  FundingEpisode: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['FundingEpisode']>;
  FundingVehicle: FundingVehicle;
  Household: ResolverTypeWrapper<HouseholdView>;
  HouseholdAgeBand: HouseholdAgeBand;
  HouseholdCount: ResolverTypeWrapper<CarePlanHouseholdModel>;
  HouseholdCountInput: HouseholdCountInput;
  HouseholdPresence: HouseholdPresence;
  IndividualServiceFund: ResolverTypeWrapper<IndividualServiceFundModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Nation: Nation;
  OnlyCareHomeOrHomeCareOffer: ResolverTypeWrapper<Omit<OnlyCareHomeOrHomeCareOffer, 'offer'> & { offer?: Maybe<ResolversTypes['AssessmentOffer']> }>;
  OpenCouncilEpisodeInput: OpenCouncilEpisodeInput;
  PaymentSupport: PaymentSupport;
  Person: ResolverTypeWrapper<PersonReference>;
  PersonalBudgetAggregates: ResolverTypeWrapper<PersonalBudgetAggregates>;
  PersonalBudgetRoute: ResolverTypeWrapper<PersonalBudgetRoute>;
  PrimarySupportReason: PrimarySupportReason;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RaiseSafeguardingConcernInput: RaiseSafeguardingConcernInput;
  Rate: ResolverTypeWrapper<CouncilRateModel>;
  RateKind: RateKind;
  ReablementOutcome: ReablementOutcome;
  ReablementOutcomeAggregates: ResolverTypeWrapper<ReablementOutcomeAggregates>;
  ReablementOutcomeCount: ResolverTypeWrapper<ReablementOutcomeCount>;
  ReablementPeriod: ResolverTypeWrapper<HeldReablement>;
  ReablementPeriodConnection: ResolverTypeWrapper<Omit<ReablementPeriodConnection, 'edges'> & { edges: Array<ResolversTypes['ReablementPeriodEdge']> }>;
  ReablementPeriodEdge: ResolverTypeWrapper<Omit<ReablementPeriodEdge, 'node'> & { node: ResolversTypes['ReablementPeriod'] }>;
  ReablementPeriodPageInfo: ResolverTypeWrapper<ReablementPeriodPageInfo>;
  ReablementStatus: ReablementStatus;
  RecordAssessmentOffersInput: RecordAssessmentOffersInput;
  RecordDomiciliaryCareRequestInput: RecordDomiciliaryCareRequestInput;
  RecordSafeguardingFollowUpDoneInput: RecordSafeguardingFollowUpDoneInput;
  RecordSupportContractComplaintInput: RecordSupportContractComplaintInput;
  RecordSupportContractUptakeInput: RecordSupportContractUptakeInput;
  RepointResult: ResolverTypeWrapper<RepointResult>;
  SafeguardingAggregates: ResolverTypeWrapper<SafeguardingAggregates>;
  SafeguardingCategory: SafeguardingCategory;
  SafeguardingConcern: ResolverTypeWrapper<HeldConcern>;
  SafeguardingFollowUp: ResolverTypeWrapper<HeldFollowUp>;
  SafeguardingFollowUpConnection: ResolverTypeWrapper<Omit<SafeguardingFollowUpConnection, 'edges'> & { edges: Array<ResolversTypes['SafeguardingFollowUpEdge']> }>;
  SafeguardingFollowUpEdge: ResolverTypeWrapper<Omit<SafeguardingFollowUpEdge, 'node'> & { node: ResolversTypes['SafeguardingFollowUp'] }>;
  SafeguardingFollowUpKind: SafeguardingFollowUpKind;
  SafeguardingFollowUpKindCounts: ResolverTypeWrapper<SafeguardingFollowUpKindCounts>;
  SafeguardingFollowUpOutcome: SafeguardingFollowUpOutcome;
  SafeguardingFollowUpPageInfo: ResolverTypeWrapper<SafeguardingFollowUpPageInfo>;
  SafeguardingFollowUpStatus: SafeguardingFollowUpStatus;
  SafeguardingOutcome: SafeguardingOutcome;
  SafeguardingReferral: ResolverTypeWrapper<SafeguardingConcernModel>;
  SafeguardingSource: SafeguardingSource;
  SafeguardingStatus: SafeguardingStatus;
  ScheduleSafeguardingFollowUpInput: ScheduleSafeguardingFollowUpInput;
  StartDirectPaymentInput: StartDirectPaymentInput;
  StartReablementInput: StartReablementInput;
  SupportAudience: SupportAudience;
  SupportComplaintOutcome: SupportComplaintOutcome;
  SupportContract: ResolverTypeWrapper<ContractView>;
  SupportContractAggregates: ResolverTypeWrapper<SupportContractAggregates>;
  SupportContractComplaint: ResolverTypeWrapper<SupportContractComplaint>;
  SupportContractMenuItem: ResolverTypeWrapper<SupportContractMenuItem>;
  SupportContractMenuItemInput: SupportContractMenuItemInput;
  SupportContractReturn: ResolverTypeWrapper<ReturnView>;
  SupportContractType: SupportContractType;
  SupportContractTypeFigures: ResolverTypeWrapper<SupportContractTypeFigures>;
  SupportContractUptake: ResolverTypeWrapper<SupportContractUptake>;
  SupportContractUptakeInput: SupportContractUptakeInput;
  SupportMenuItemUptake: ResolverTypeWrapper<SupportMenuItemUptake>;
  SupportMenuPayer: SupportMenuPayer;
  SupportOfferItem: ResolverTypeWrapper<SupportOfferItem>;
  SupportOfferProvider: SupportOfferProvider;
  SupportOfferProviderCount: ResolverTypeWrapper<SupportOfferProviderCount>;
  SupportOption: SupportOption;
  SupportOrganisation: ResolverTypeWrapper<SupportOrganisationReference>;
  SupportOrganisationContractFigures: ResolverTypeWrapper<SupportOrganisationContractFigures>;
  SuppressedAmount: ResolverTypeWrapper<SuppressedAmount>;
  SuppressedCount: ResolverTypeWrapper<SuppressedCount>;
  Transition: ResolverTypeWrapper<TransitionReference>;
  TransitionDecision: TransitionDecision;
  TransitionResponse: ResolverTypeWrapper<TransitionResponseModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AggregateFilter: AggregateFilter;
  String: Scalars['String']['output'];
  AggregateRow: AggregateRow;
  AssessmentOffer: HeldAssessmentOffer;
  ID: Scalars['ID']['output'];
  AssessmentOfferAggregates: AssessmentOfferAggregates;
  AwardSupportContractInput: AwardSupportContractInput;
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  CarePlanHouseholdInput: CarePlanHouseholdInput;
  CarePlanSummary: CarePlanModel;
  Boolean: Scalars['Boolean']['output'];
  CareTask: CareTask;
  CloseDomiciliaryCareRequestInput: CloseDomiciliaryCareRequestInput;
  CloseSafeguardingConcernInput: CloseSafeguardingConcernInput;
  CloseSupportContractComplaintInput: CloseSupportContractComplaintInput;
  CommissionedPackage: CommissionedPackageModel;
  Council: CouncilModel;
  CouncilFundingFact: CouncilFundingFact;
  CouncilSupportOfferAggregates: CouncilSupportOfferAggregates;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DirectPayment: DirectPaymentModel;
  DomiciliaryCareRequest: HeldRequest;
  DomiciliaryCareRequestConnection: Omit<DomiciliaryCareRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['DomiciliaryCareRequestEdge']> };
  DomiciliaryCareRequestEdge: Omit<DomiciliaryCareRequestEdge, 'node'> & { node: ResolversParentTypes['DomiciliaryCareRequest'] };
  DomiciliaryCareRequestPageInfo: DomiciliaryCareRequestPageInfo;
  DomiciliaryCouncilWaiting: DomiciliaryCouncilWaiting;
  DomiciliarySupplyAggregates: DomiciliarySupplyAggregates;
  EndReablementInput: EndReablementInput;
  FundingEpisode: ResolversInterfaceTypes<ResolversParentTypes>['FundingEpisode'];
  Household: HouseholdView;
  HouseholdCount: CarePlanHouseholdModel;
  HouseholdCountInput: HouseholdCountInput;
  IndividualServiceFund: IndividualServiceFundModel;
  Mutation: Record<PropertyKey, never>;
  OnlyCareHomeOrHomeCareOffer: Omit<OnlyCareHomeOrHomeCareOffer, 'offer'> & { offer?: Maybe<ResolversParentTypes['AssessmentOffer']> };
  OpenCouncilEpisodeInput: OpenCouncilEpisodeInput;
  Person: PersonReference;
  PersonalBudgetAggregates: PersonalBudgetAggregates;
  PersonalBudgetRoute: PersonalBudgetRoute;
  Query: Record<PropertyKey, never>;
  RaiseSafeguardingConcernInput: RaiseSafeguardingConcernInput;
  Rate: CouncilRateModel;
  ReablementOutcomeAggregates: ReablementOutcomeAggregates;
  ReablementOutcomeCount: ReablementOutcomeCount;
  ReablementPeriod: HeldReablement;
  ReablementPeriodConnection: Omit<ReablementPeriodConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReablementPeriodEdge']> };
  ReablementPeriodEdge: Omit<ReablementPeriodEdge, 'node'> & { node: ResolversParentTypes['ReablementPeriod'] };
  ReablementPeriodPageInfo: ReablementPeriodPageInfo;
  RecordAssessmentOffersInput: RecordAssessmentOffersInput;
  RecordDomiciliaryCareRequestInput: RecordDomiciliaryCareRequestInput;
  RecordSafeguardingFollowUpDoneInput: RecordSafeguardingFollowUpDoneInput;
  RecordSupportContractComplaintInput: RecordSupportContractComplaintInput;
  RecordSupportContractUptakeInput: RecordSupportContractUptakeInput;
  RepointResult: RepointResult;
  SafeguardingAggregates: SafeguardingAggregates;
  SafeguardingConcern: HeldConcern;
  SafeguardingFollowUp: HeldFollowUp;
  SafeguardingFollowUpConnection: Omit<SafeguardingFollowUpConnection, 'edges'> & { edges: Array<ResolversParentTypes['SafeguardingFollowUpEdge']> };
  SafeguardingFollowUpEdge: Omit<SafeguardingFollowUpEdge, 'node'> & { node: ResolversParentTypes['SafeguardingFollowUp'] };
  SafeguardingFollowUpKindCounts: SafeguardingFollowUpKindCounts;
  SafeguardingFollowUpPageInfo: SafeguardingFollowUpPageInfo;
  SafeguardingReferral: SafeguardingConcernModel;
  ScheduleSafeguardingFollowUpInput: ScheduleSafeguardingFollowUpInput;
  StartDirectPaymentInput: StartDirectPaymentInput;
  StartReablementInput: StartReablementInput;
  SupportContract: ContractView;
  SupportContractAggregates: SupportContractAggregates;
  SupportContractComplaint: SupportContractComplaint;
  SupportContractMenuItem: SupportContractMenuItem;
  SupportContractMenuItemInput: SupportContractMenuItemInput;
  SupportContractReturn: ReturnView;
  SupportContractTypeFigures: SupportContractTypeFigures;
  SupportContractUptake: SupportContractUptake;
  SupportContractUptakeInput: SupportContractUptakeInput;
  SupportMenuItemUptake: SupportMenuItemUptake;
  SupportOfferItem: SupportOfferItem;
  SupportOfferProviderCount: SupportOfferProviderCount;
  SupportOrganisation: SupportOrganisationReference;
  SupportOrganisationContractFigures: SupportOrganisationContractFigures;
  SuppressedAmount: SuppressedAmount;
  SuppressedCount: SuppressedCount;
  Transition: TransitionReference;
  TransitionResponse: TransitionResponseModel;
}>;

export type AggregateRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AggregateRow'] = ResolversParentTypes['AggregateRow']> = ResolversObject<{
  count?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AssessmentOfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentOffer'] = ResolversParentTypes['AssessmentOffer']> = ResolversObject<{
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['SupportOption']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AssessmentOfferAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssessmentOfferAggregates'] = ResolversParentTypes['AssessmentOfferAggregates']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  inDistrictsWithPaCapacity?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  offeredOnlyCareHomeOrHomeCare?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  peopleAssessed?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type CarePlanSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CarePlanSummary'] = ResolversParentTypes['CarePlanSummary']> = ResolversObject<{
  careGroup?: Resolver<Maybe<ResolversTypes['CareGroup']>, ParentType, ContextType>;
  contingencyPlanInPlace?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastReviewed?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  nextReview?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  primarySupportReason?: Resolver<Maybe<ResolversTypes['PrimarySupportReason']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['CareTask']>, ParentType, ContextType>;
}>;

export type CareTaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareTask'] = ResolversParentTypes['CareTask']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthRelated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CommissionedPackageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommissionedPackage'] = ResolversParentTypes['CommissionedPackage'], FederationReferenceType extends FederationReferenceTypes['CommissionedPackage'] = FederationReferenceTypes['CommissionedPackage']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CommissionedPackage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hourlyRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  providerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateKind?: Resolver<ResolversTypes['RateKind'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Council'] = ResolversParentTypes['Council'], FederationReferenceType extends FederationReferenceTypes['Council'] = FederationReferenceTypes['Council']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Council']> | FederationReferenceType, FederationReferenceType, ContextType>;
  gssCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nation?: Resolver<ResolversTypes['Nation'], ParentType, ContextType>;
  postcodeDistricts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rates?: Resolver<Array<ResolversTypes['Rate']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CouncilFundingFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilFundingFact'] = ResolversParentTypes['CouncilFundingFact']> = ResolversObject<{
  careGroup?: Resolver<Maybe<ResolversTypes['CareGroup']>, ParentType, ContextType>;
  councilGssCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  paymentSupport?: Resolver<Maybe<ResolversTypes['PaymentSupport']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
}>;

export type CouncilSupportOfferAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CouncilSupportOfferAggregates'] = ResolversParentTypes['CouncilSupportOfferAggregates']> = ResolversObject<{
  councils?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['SupportOfferItem']>, ParentType, ContextType>;
  previousSurveyYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  surveyYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DirectPaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DirectPayment'] = ResolversParentTypes['DirectPayment'], FederationReferenceType extends FederationReferenceTypes['DirectPayment'] = FederationReferenceTypes['DirectPayment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DirectPayment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hourlyRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentSupport?: Resolver<ResolversTypes['PaymentSupport'], ParentType, ContextType>;
  paymentSupportProvider?: Resolver<Maybe<ResolversTypes['SupportOrganisation']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DomiciliaryCareRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomiciliaryCareRequest'] = ResolversParentTypes['DomiciliaryCareRequest']> = ResolversObject<{
  closedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  daysWaiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['DomiciliaryCareOutcome']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DomiciliaryCareRequestStatus'], ParentType, ContextType>;
}>;

export type DomiciliaryCareRequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomiciliaryCareRequestConnection'] = ResolversParentTypes['DomiciliaryCareRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DomiciliaryCareRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['DomiciliaryCareRequestPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DomiciliaryCareRequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomiciliaryCareRequestEdge'] = ResolversParentTypes['DomiciliaryCareRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DomiciliaryCareRequest'], ParentType, ContextType>;
}>;

export type DomiciliaryCareRequestPageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomiciliaryCareRequestPageInfo'] = ResolversParentTypes['DomiciliaryCareRequestPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DomiciliaryCouncilWaitingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomiciliaryCouncilWaiting'] = ResolversParentTypes['DomiciliaryCouncilWaiting']> = ResolversObject<{
  councilGssCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  councilName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestsWaiting?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  unallocatedHours?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
}>;

export type DomiciliarySupplyAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DomiciliarySupplyAggregates'] = ResolversParentTypes['DomiciliarySupplyAggregates']> = ResolversObject<{
  byCouncil?: Resolver<Array<ResolversTypes['DomiciliaryCouncilWaiting']>, ParentType, ContextType>;
  closedByOutcome?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  medianDaysToAllocate?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  medianDaysWaiting?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  previousRequestsWaiting?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  previousTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousUnallocatedHours?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  requestsMade?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  requestsWaiting?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  unallocatedHours?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
}>;

export type FundingEpisodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingEpisode'] = ResolversParentTypes['FundingEpisode']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CommissionedPackage' | 'DirectPayment' | 'IndividualServiceFund', ParentType, ContextType>;
}>;

export type HouseholdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household']> = ResolversObject<{
  adultsLivingIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  adultsVisiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  childrenLivingIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  childrenVisiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['HouseholdCount']>, ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type HouseholdCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HouseholdCount'] = ResolversParentTypes['HouseholdCount']> = ResolversObject<{
  ageBand?: Resolver<ResolversTypes['HouseholdAgeBand'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  presence?: Resolver<ResolversTypes['HouseholdPresence'], ParentType, ContextType>;
}>;

export type IndividualServiceFundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndividualServiceFund'] = ResolversParentTypes['IndividualServiceFund'], FederationReferenceType extends FederationReferenceTypes['IndividualServiceFund'] = FederationReferenceTypes['IndividualServiceFund']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IndividualServiceFund']> | FederationReferenceType, FederationReferenceType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holdingProvider?: Resolver<ResolversTypes['SupportOrganisation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  awardSupportContract?: Resolver<ResolversTypes['SupportContract'], ParentType, ContextType, RequireFields<MutationAwardSupportContractArgs, 'input'>>;
  closeDomiciliaryCareRequest?: Resolver<ResolversTypes['DomiciliaryCareRequest'], ParentType, ContextType, RequireFields<MutationCloseDomiciliaryCareRequestArgs, 'input'>>;
  closeSafeguardingConcern?: Resolver<ResolversTypes['SafeguardingConcern'], ParentType, ContextType, RequireFields<MutationCloseSafeguardingConcernArgs, 'input'>>;
  closeSupportContractComplaint?: Resolver<ResolversTypes['SupportContract'], ParentType, ContextType, RequireFields<MutationCloseSupportContractComplaintArgs, 'input'>>;
  endCouncilEpisodeForTransition?: Resolver<ResolversTypes['FundingEpisode'], ParentType, ContextType, RequireFields<MutationEndCouncilEpisodeForTransitionArgs, 'episodeId' | 'lastDay' | 'transitionId'>>;
  endReablement?: Resolver<ResolversTypes['ReablementPeriod'], ParentType, ContextType, RequireFields<MutationEndReablementArgs, 'input'>>;
  openCouncilEpisodeForTransition?: Resolver<ResolversTypes['FundingEpisode'], ParentType, ContextType, RequireFields<MutationOpenCouncilEpisodeForTransitionArgs, 'input' | 'transitionId'>>;
  raiseSafeguardingConcern?: Resolver<ResolversTypes['SafeguardingReferral'], ParentType, ContextType, RequireFields<MutationRaiseSafeguardingConcernArgs, 'input'>>;
  recordAssessmentOffers?: Resolver<ResolversTypes['AssessmentOffer'], ParentType, ContextType, RequireFields<MutationRecordAssessmentOffersArgs, 'input'>>;
  recordCarePlanHousehold?: Resolver<ResolversTypes['CarePlanSummary'], ParentType, ContextType, RequireFields<MutationRecordCarePlanHouseholdArgs, 'carePlanId' | 'input'>>;
  recordDomiciliaryCareRequest?: Resolver<ResolversTypes['DomiciliaryCareRequest'], ParentType, ContextType, RequireFields<MutationRecordDomiciliaryCareRequestArgs, 'input'>>;
  recordSafeguardingFollowUpDone?: Resolver<ResolversTypes['SafeguardingFollowUp'], ParentType, ContextType, RequireFields<MutationRecordSafeguardingFollowUpDoneArgs, 'input'>>;
  recordSupportContractComplaint?: Resolver<ResolversTypes['SupportContract'], ParentType, ContextType, RequireFields<MutationRecordSupportContractComplaintArgs, 'input'>>;
  recordSupportContractUptake?: Resolver<ResolversTypes['SupportContract'], ParentType, ContextType, RequireFields<MutationRecordSupportContractUptakeArgs, 'input'>>;
  repointPersonInCouncils?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRepointPersonInCouncilsArgs, 'fromPersonId' | 'mergeId' | 'toPersonId'>>;
  respondToTransitionAsCouncil?: Resolver<ResolversTypes['TransitionResponse'], ParentType, ContextType, RequireFields<MutationRespondToTransitionAsCouncilArgs, 'councilGssCode' | 'decision' | 'respondedBy' | 'transitionId'>>;
  revertPersonRepointInCouncils?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRevertPersonRepointInCouncilsArgs, 'mergeId'>>;
  scheduleSafeguardingFollowUp?: Resolver<ResolversTypes['SafeguardingFollowUp'], ParentType, ContextType, RequireFields<MutationScheduleSafeguardingFollowUpArgs, 'input'>>;
  startDirectPayment?: Resolver<ResolversTypes['DirectPayment'], ParentType, ContextType, RequireFields<MutationStartDirectPaymentArgs, 'input'>>;
  startReablement?: Resolver<ResolversTypes['ReablementPeriod'], ParentType, ContextType, RequireFields<MutationStartReablementArgs, 'input'>>;
  startSafeguardingEnquiry?: Resolver<ResolversTypes['SafeguardingConcern'], ParentType, ContextType, RequireFields<MutationStartSafeguardingEnquiryArgs, 'id'>>;
  undoCouncilTransitionSteps?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUndoCouncilTransitionStepsArgs, 'transitionId'>>;
}>;

export type OnlyCareHomeOrHomeCareOfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OnlyCareHomeOrHomeCareOffer'] = ResolversParentTypes['OnlyCareHomeOrHomeCareOffer']> = ResolversObject<{
  findablePas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['AssessmentOffer']>, ParentType, ContextType>;
  postcodeDistrict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assessmentOffers?: Resolver<Maybe<Array<ResolversTypes['AssessmentOffer']>>, ParentType, ContextType>;
  carePlan?: Resolver<Maybe<ResolversTypes['CarePlanSummary']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reablementPeriods?: Resolver<Maybe<Array<ResolversTypes['ReablementPeriod']>>, ParentType, ContextType>;
  safeguardingConcerns?: Resolver<Maybe<Array<ResolversTypes['SafeguardingConcern']>>, ParentType, ContextType, RequireFields<PersonSafeguardingConcernsArgs, 'includeClosed'>>;
  socialCareFunding?: Resolver<Maybe<Array<ResolversTypes['FundingEpisode']>>, ParentType, ContextType>;
}>;

export type PersonalBudgetAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalBudgetAggregates'] = ResolversParentTypes['PersonalBudgetAggregates']> = ResolversObject<{
  averageDirectPaymentWeekly?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  byRoute?: Resolver<Array<ResolversTypes['PersonalBudgetRoute']>, ParentType, ContextType>;
  directPayments?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  personalBudgets?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type PersonalBudgetRouteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalBudgetRoute'] = ResolversParentTypes['PersonalBudgetRoute']> = ResolversObject<{
  averageWeeklyAmount?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  assessmentOfferAggregates?: Resolver<ResolversTypes['AssessmentOfferAggregates'], ParentType, ContextType, Partial<QueryAssessmentOfferAggregatesArgs>>;
  council?: Resolver<Maybe<ResolversTypes['Council']>, ParentType, ContextType, Partial<QueryCouncilArgs>>;
  councilFundingFacts?: Resolver<Array<ResolversTypes['CouncilFundingFact']>, ParentType, ContextType, RequireFields<QueryCouncilFundingFactsArgs, 'from' | 'to'>>;
  councilSupportOfferAggregates?: Resolver<ResolversTypes['CouncilSupportOfferAggregates'], ParentType, ContextType, Partial<QueryCouncilSupportOfferAggregatesArgs>>;
  councils?: Resolver<Array<ResolversTypes['Council']>, ParentType, ContextType>;
  directPayment?: Resolver<Maybe<ResolversTypes['DirectPayment']>, ParentType, ContextType, RequireFields<QueryDirectPaymentArgs, 'id'>>;
  domiciliaryCareRequests?: Resolver<ResolversTypes['DomiciliaryCareRequestConnection'], ParentType, ContextType, RequireFields<QueryDomiciliaryCareRequestsArgs, 'councilGssCode'>>;
  domiciliarySupplyAggregates?: Resolver<ResolversTypes['DomiciliarySupplyAggregates'], ParentType, ContextType, Partial<QueryDomiciliarySupplyAggregatesArgs>>;
  onlyCareHomeOrHomeCareOffers?: Resolver<Array<ResolversTypes['OnlyCareHomeOrHomeCareOffer']>, ParentType, ContextType, RequireFields<QueryOnlyCareHomeOrHomeCareOffersArgs, 'councilGssCode'>>;
  personIdsFundedByCouncil?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryPersonIdsFundedByCouncilArgs, 'from' | 'gssCode' | 'to'>>;
  personalBudgetAggregates?: Resolver<ResolversTypes['PersonalBudgetAggregates'], ParentType, ContextType, Partial<QueryPersonalBudgetAggregatesArgs>>;
  reablementOutcomeAggregates?: Resolver<ResolversTypes['ReablementOutcomeAggregates'], ParentType, ContextType, Partial<QueryReablementOutcomeAggregatesArgs>>;
  reablementPeriods?: Resolver<ResolversTypes['ReablementPeriodConnection'], ParentType, ContextType, RequireFields<QueryReablementPeriodsArgs, 'councilGssCode'>>;
  safeguardingAggregates?: Resolver<ResolversTypes['SafeguardingAggregates'], ParentType, ContextType, Partial<QuerySafeguardingAggregatesArgs>>;
  safeguardingFollowUps?: Resolver<ResolversTypes['SafeguardingFollowUpConnection'], ParentType, ContextType, RequireFields<QuerySafeguardingFollowUpsArgs, 'councilGssCode'>>;
  supportContractAggregates?: Resolver<ResolversTypes['SupportContractAggregates'], ParentType, ContextType, Partial<QuerySupportContractAggregatesArgs>>;
  supportContracts?: Resolver<Array<ResolversTypes['SupportContract']>, ParentType, ContextType, Partial<QuerySupportContractsArgs>>;
}>;

export type RateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Rate'] = ResolversParentTypes['Rate']> = ResolversObject<{
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hourlyRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RateKind'], ParentType, ContextType>;
}>;

export type ReablementOutcomeAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReablementOutcomeAggregates'] = ResolversParentTypes['ReablementOutcomeAggregates']> = ResolversObject<{
  byOutcome?: Resolver<Array<ResolversTypes['ReablementOutcomeCount']>, ParentType, ContextType>;
  ended?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  openAtEnd?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  started?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ReablementOutcomeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReablementOutcomeCount'] = ResolversParentTypes['ReablementOutcomeCount']> = ResolversObject<{
  outcome?: Resolver<ResolversTypes['ReablementOutcome'], ParentType, ContextType>;
  periods?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
}>;

export type ReablementPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReablementPeriod'] = ResolversParentTypes['ReablementPeriod']> = ResolversObject<{
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  endedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ReablementOutcome']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReablementStatus'], ParentType, ContextType>;
}>;

export type ReablementPeriodConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReablementPeriodConnection'] = ResolversParentTypes['ReablementPeriodConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReablementPeriodEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['ReablementPeriodPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReablementPeriodEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReablementPeriodEdge'] = ResolversParentTypes['ReablementPeriodEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReablementPeriod'], ParentType, ContextType>;
}>;

export type ReablementPeriodPageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReablementPeriodPageInfo'] = ResolversParentTypes['ReablementPeriodPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RepointResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepointResult'] = ResolversParentTypes['RepointResult']> = ResolversObject<{
  mergeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rowsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SafeguardingAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SafeguardingAggregates'] = ResolversParentTypes['SafeguardingAggregates']> = ResolversObject<{
  byCategory?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  byRaisingOrganisation?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  bySource?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  concernsRaised?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  concernsRaisedAtFollowUps?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  enquiries?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  followUpsByKind?: Resolver<Array<ResolversTypes['SafeguardingFollowUpKindCounts']>, ParentType, ContextType>;
  followUpsDoneLate?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  followUpsDoneOnTime?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  followUpsDue?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  followUpsOverdue?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type SafeguardingConcernResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SafeguardingConcern'] = ResolversParentTypes['SafeguardingConcern']> = ResolversObject<{
  category?: Resolver<ResolversTypes['SafeguardingCategory'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  enquiryStartedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['SafeguardingOutcome']>, ParentType, ContextType>;
  raisedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SafeguardingSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SafeguardingStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SafeguardingFollowUpResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SafeguardingFollowUp'] = ResolversParentTypes['SafeguardingFollowUp']> = ResolversObject<{
  concern?: Resolver<Maybe<ResolversTypes['SafeguardingConcern']>, ParentType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  doneBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  doneOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SafeguardingFollowUpKind'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['SafeguardingFollowUpOutcome']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  scheduledBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SafeguardingFollowUpStatus'], ParentType, ContextType>;
}>;

export type SafeguardingFollowUpConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SafeguardingFollowUpConnection'] = ResolversParentTypes['SafeguardingFollowUpConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SafeguardingFollowUpEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['SafeguardingFollowUpPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SafeguardingFollowUpEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SafeguardingFollowUpEdge'] = ResolversParentTypes['SafeguardingFollowUpEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SafeguardingFollowUp'], ParentType, ContextType>;
}>;

export type SafeguardingFollowUpKindCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SafeguardingFollowUpKindCounts'] = ResolversParentTypes['SafeguardingFollowUpKindCounts']> = ResolversObject<{
  concernsRaised?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  doneLate?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  doneOnTime?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  due?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SafeguardingFollowUpKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
}>;

export type SafeguardingFollowUpPageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SafeguardingFollowUpPageInfo'] = ResolversParentTypes['SafeguardingFollowUpPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SafeguardingReferralResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SafeguardingReferral'] = ResolversParentTypes['SafeguardingReferral']> = ResolversObject<{
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type SupportContractResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportContract'] = ResolversParentTypes['SupportContract']> = ResolversObject<{
  awardedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  complaints?: Resolver<Array<ResolversTypes['SupportContractComplaint']>, ParentType, ContextType>;
  contractType?: Resolver<ResolversTypes['SupportContractType'], ParentType, ContextType>;
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  menu?: Resolver<Array<ResolversTypes['SupportContractMenuItem']>, ParentType, ContextType>;
  peerSessionsPerQuarter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returns?: Resolver<Array<ResolversTypes['SupportContractReturn']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  supportOrganisation?: Resolver<ResolversTypes['SupportOrganisation'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SupportContractAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportContractAggregates'] = ResolversParentTypes['SupportContractAggregates']> = ResolversObject<{
  byOrganisation?: Resolver<Array<ResolversTypes['SupportOrganisationContractFigures']>, ParentType, ContextType>;
  byType?: Resolver<Array<ResolversTypes['SupportContractTypeFigures']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type SupportContractComplaintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportContractComplaint'] = ResolversParentTypes['SupportContractComplaint']> = ResolversObject<{
  about?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['SupportComplaintOutcome']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SupportContractMenuItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportContractMenuItem'] = ResolversParentTypes['SupportContractMenuItem']> = ResolversObject<{
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidBy?: Resolver<ResolversTypes['SupportMenuPayer'], ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SupportContractReturnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportContractReturn'] = ResolversParentTypes['SupportContractReturn']> = ResolversObject<{
  employersSupported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peerRequirementMet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  peerSessionsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uptake?: Resolver<Array<ResolversTypes['SupportContractUptake']>, ParentType, ContextType>;
}>;

export type SupportContractTypeFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportContractTypeFigures'] = ResolversParentTypes['SupportContractTypeFigures']> = ResolversObject<{
  complaintsClosed?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  complaintsReceived?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  complaintsUpheld?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  contractType?: Resolver<ResolversTypes['SupportContractType'], ParentType, ContextType>;
  contracts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  costPerEmployerSupported?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  councilCost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  employerFees?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  employersSupported?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  managedAccountPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  managedAccounts?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  menuUptake?: Resolver<Array<ResolversTypes['SupportMenuItemUptake']>, ParentType, ContextType>;
  payslipsDue?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  payslipsLate?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  peerGroupAttendances?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  peerGroupMeetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peerSessionsHeld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peerSessionsRequired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quartersPeerRequirementMet?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quartersReturned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supportOrganisations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SupportContractUptakeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportContractUptake'] = ResolversParentTypes['SupportContractUptake']> = ResolversObject<{
  employers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupportMenuItemUptakeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportMenuItemUptake'] = ResolversParentTypes['SupportMenuItemUptake']> = ResolversObject<{
  contracts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employersOffered?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  employersUsing?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uptakePercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SupportOfferItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOfferItem'] = ResolversParentTypes['SupportOfferItem']> = ResolversObject<{
  audience?: Resolver<ResolversTypes['SupportAudience'], ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availableInPreviousRound?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  byProvider?: Resolver<Array<ResolversTypes['SupportOfferProviderCount']>, ParentType, ContextType>;
  dontKnow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inDevelopment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupportOfferProviderCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOfferProviderCount'] = ResolversParentTypes['SupportOfferProviderCount']> = ResolversObject<{
  councils?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['SupportOfferProvider'], ParentType, ContextType>;
}>;

export type SupportOrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOrganisation'] = ResolversParentTypes['SupportOrganisation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SupportOrganisationContractFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOrganisationContractFigures'] = ResolversParentTypes['SupportOrganisationContractFigures']> = ResolversObject<{
  contractTypes?: Resolver<Array<ResolversTypes['SupportContractType']>, ParentType, ContextType>;
  contracts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employersSupported?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payslipsDue?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  payslipsLate?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
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

export type TransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Transition'] = ResolversParentTypes['Transition'], FederationReferenceType extends FederationReferenceTypes['Transition'] = FederationReferenceTypes['Transition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Transition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  councilResponses?: Resolver<Maybe<Array<ResolversTypes['TransitionResponse']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TransitionResponseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TransitionResponse'] = ResolversParentTypes['TransitionResponse']> = ResolversObject<{
  decision?: Resolver<ResolversTypes['TransitionDecision'], ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  respondedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  respondedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AggregateRow?: AggregateRowResolvers<ContextType>;
  AssessmentOffer?: AssessmentOfferResolvers<ContextType>;
  AssessmentOfferAggregates?: AssessmentOfferAggregatesResolvers<ContextType>;
  CarePlanSummary?: CarePlanSummaryResolvers<ContextType>;
  CareTask?: CareTaskResolvers<ContextType>;
  CommissionedPackage?: CommissionedPackageResolvers<ContextType>;
  Council?: CouncilResolvers<ContextType>;
  CouncilFundingFact?: CouncilFundingFactResolvers<ContextType>;
  CouncilSupportOfferAggregates?: CouncilSupportOfferAggregatesResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DirectPayment?: DirectPaymentResolvers<ContextType>;
  DomiciliaryCareRequest?: DomiciliaryCareRequestResolvers<ContextType>;
  DomiciliaryCareRequestConnection?: DomiciliaryCareRequestConnectionResolvers<ContextType>;
  DomiciliaryCareRequestEdge?: DomiciliaryCareRequestEdgeResolvers<ContextType>;
  DomiciliaryCareRequestPageInfo?: DomiciliaryCareRequestPageInfoResolvers<ContextType>;
  DomiciliaryCouncilWaiting?: DomiciliaryCouncilWaitingResolvers<ContextType>;
  DomiciliarySupplyAggregates?: DomiciliarySupplyAggregatesResolvers<ContextType>;
  FundingEpisode?: FundingEpisodeResolvers<ContextType>;
  Household?: HouseholdResolvers<ContextType>;
  HouseholdCount?: HouseholdCountResolvers<ContextType>;
  IndividualServiceFund?: IndividualServiceFundResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OnlyCareHomeOrHomeCareOffer?: OnlyCareHomeOrHomeCareOfferResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonalBudgetAggregates?: PersonalBudgetAggregatesResolvers<ContextType>;
  PersonalBudgetRoute?: PersonalBudgetRouteResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rate?: RateResolvers<ContextType>;
  ReablementOutcomeAggregates?: ReablementOutcomeAggregatesResolvers<ContextType>;
  ReablementOutcomeCount?: ReablementOutcomeCountResolvers<ContextType>;
  ReablementPeriod?: ReablementPeriodResolvers<ContextType>;
  ReablementPeriodConnection?: ReablementPeriodConnectionResolvers<ContextType>;
  ReablementPeriodEdge?: ReablementPeriodEdgeResolvers<ContextType>;
  ReablementPeriodPageInfo?: ReablementPeriodPageInfoResolvers<ContextType>;
  RepointResult?: RepointResultResolvers<ContextType>;
  SafeguardingAggregates?: SafeguardingAggregatesResolvers<ContextType>;
  SafeguardingConcern?: SafeguardingConcernResolvers<ContextType>;
  SafeguardingFollowUp?: SafeguardingFollowUpResolvers<ContextType>;
  SafeguardingFollowUpConnection?: SafeguardingFollowUpConnectionResolvers<ContextType>;
  SafeguardingFollowUpEdge?: SafeguardingFollowUpEdgeResolvers<ContextType>;
  SafeguardingFollowUpKindCounts?: SafeguardingFollowUpKindCountsResolvers<ContextType>;
  SafeguardingFollowUpPageInfo?: SafeguardingFollowUpPageInfoResolvers<ContextType>;
  SafeguardingReferral?: SafeguardingReferralResolvers<ContextType>;
  SupportContract?: SupportContractResolvers<ContextType>;
  SupportContractAggregates?: SupportContractAggregatesResolvers<ContextType>;
  SupportContractComplaint?: SupportContractComplaintResolvers<ContextType>;
  SupportContractMenuItem?: SupportContractMenuItemResolvers<ContextType>;
  SupportContractReturn?: SupportContractReturnResolvers<ContextType>;
  SupportContractTypeFigures?: SupportContractTypeFiguresResolvers<ContextType>;
  SupportContractUptake?: SupportContractUptakeResolvers<ContextType>;
  SupportMenuItemUptake?: SupportMenuItemUptakeResolvers<ContextType>;
  SupportOfferItem?: SupportOfferItemResolvers<ContextType>;
  SupportOfferProviderCount?: SupportOfferProviderCountResolvers<ContextType>;
  SupportOrganisation?: SupportOrganisationResolvers<ContextType>;
  SupportOrganisationContractFigures?: SupportOrganisationContractFiguresResolvers<ContextType>;
  SuppressedAmount?: SuppressedAmountResolvers<ContextType>;
  SuppressedCount?: SuppressedCountResolvers<ContextType>;
  Transition?: TransitionResolvers<ContextType>;
  TransitionResponse?: TransitionResponseResolvers<ContextType>;
}>;

