import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { HeldWait } from '../discharge-waits/view.ts';
import type { HealthBodyModel, PersonalHealthBudgetModel, ChcPackageModel, IntegratedBudgetModel, IntegratedBudgetShareModel, ChcDecisionModel, HealthPlanModel, PaymentProcessingAgreementModel, TransitionResponseModel } from './prisma/models.ts';
import type { TransitionReference, CouncilReference, PersonReference, SupportOrganisationReference } from '../references.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** An NHS body's decision on whether a person is eligible for NHS continuing healthcare (care team only). */
export type ChcEligibilityDecision = {
  __typename?: 'ChcEligibilityDecision';
  /** The day of the decision. */
  decidedOn: Scalars['Date']['output'];
  /** The NHS body that decided. */
  healthBody: HealthBody;
  /** Hub id of the decision (a UUID). */
  id: Scalars['ID']['output'];
  /**
   * The day eligibility is next reviewed (three months after the decision, then yearly); null when
   * none is due.
   */
  nextReview?: Maybe<Scalars['Date']['output']>;
  /** Eligible, not eligible, or fast track. */
  outcome: ChcOutcome;
};

/** What an NHS continuing healthcare eligibility decision found. */
export type ChcOutcome =
  /** Eligible: the person's primary need is a health need, and the NHS body funds their care. */
  | 'ELIGIBLE'
  /**
   * Eligible through the fast track pathway: a rapidly deteriorating condition that may be entering a
   * terminal phase.
   */
  | 'FAST_TRACK'
  /** Not eligible: care stays with the council (and the person), with any NHS-funded nursing care. */
  | 'NOT_ELIGIBLE';

/** An NHS continuing healthcare package following an eligibility decision. */
export type ContinuingHealthcarePackage = FundingEpisode & {
  __typename?: 'ContinuingHealthcarePackage';
  /** Null when the caller may not see the decision: a hidden record never hides the one that names it. */
  decision?: Maybe<ChcEligibilityDecision>;
  /** Last day funded; null while open-ended. */
  end?: Maybe<Scalars['Date']['output']>;
  /** GSS code of a council or ODS code of an NHS body. */
  funderCode: Scalars['String']['output'];
  /** Name of the paying organisation. */
  funderName: Scalars['String']['output'];
  /** The NHS body funding it. */
  healthBody: HealthBody;
  /** Hub id of the CHC package (a UUID). */
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

/** A local authority with adult social care responsibilities. */
export type Council = {
  __typename?: 'Council';
  /** ONS GSS code, e.g. E08000021 for Newcastle upon Tyne. */
  gssCode: Scalars['String']['output'];
};

/** Where a person waits for care at home. */
export type DischargeSetting =
  /** A hospital bed, ready to leave. */
  | 'HOSPITAL'
  /** A step-up bed in a care home, taken while care at home is found. */
  | 'STEP_UP_BED';

/**
 * A person waiting in a hospital bed, or a step-up bed in a care home, for a package of care at
 * home: admitted, ready to leave, and discharged once care at home starts (or another way is
 * found). The days from ready to discharged are the delay. Held by the NHS body of the person's
 * area; seen by its CHC nurses.
 */
export type DischargeWait = {
  __typename?: 'DischargeWait';
  /** The day they were admitted. */
  admittedOn: Scalars['Date']['output'];
  /** Days delayed: from ready to discharged, or to today while waiting. */
  daysDelayed: Scalars['Int']['output'];
  /** Who recorded that (a name); null while waiting. */
  dischargedBy?: Maybe<Scalars['String']['output']>;
  /** The day they went home (or left the bed); null while waiting. */
  dischargedOn?: Maybe<Scalars['Date']['output']>;
  /** The NHS body holding the record. */
  healthBody: HealthBody;
  /** Hub id of the record (a UUID). */
  id: Scalars['ID']['output'];
  /** The person waiting; null when the caller may not see them. */
  person?: Maybe<Person>;
  /** The day they were ready to leave, but for care at home. */
  readyOn: Scalars['Date']['output'];
  /** Who recorded the wait (a name). */
  recordedBy: Scalars['String']['output'];
  /** Hospital or step-up bed. */
  setting: DischargeSetting;
};

/**
 * People waiting in hospital or a step-up bed for care at home, for commissioners (dashboard D2): on
 * the period's last day and the previous period's, how long they had been delayed, and those
 * discharged in the period. An NHS body counts its own records, a council or an area the people
 * living in it. Counts are suppressed and rounded; medians are published over five people or more.
 */
export type DischargeWaitAggregates = {
  __typename?: 'DischargeWaitAggregates';
  /** People discharged in the period after waiting. */
  discharged: SuppressedCount;
  /** First day of the period counted. */
  from: Scalars['Date']['output'];
  /** The median days those waiting on the period's last day had been delayed by then, to a whole day. */
  medianDaysDelayed: SuppressedAmount;
  /** The median days from ready to discharged of those discharged in the period, to a whole day. */
  medianDaysDelayedDischarged: SuppressedAmount;
  /** Last day of the previous period (of the same length, ending the day before `from`). */
  previousTo: Scalars['Date']['output'];
  /** People waiting on the previous period's last day. */
  previousWaiting: SuppressedCount;
  /** Last day of the period counted. */
  to: Scalars['Date']['output'];
  /** People ready to leave a bed and waiting for care at home on the period's last day. */
  waiting: SuppressedCount;
  /** Of them, in hospital. */
  waitingInHospital: SuppressedCount;
  /** Of them, in a step-up bed in a care home. */
  waitingInStepUpBeds: SuppressedCount;
};

/** Where a funding episode stands on the hub's today. */
export type EpisodeStatus =
  /** Covers today: started, and not yet ended. */
  | 'ACTIVE'
  /** Its last day was before today. */
  | 'ENDED'
  /** Starts after today. */
  | 'PLANNED';

/** Whether a funder is a council or an NHS body. */
export type FunderKind =
  /** A council (identified by its GSS code). */
  | 'COUNCIL'
  /** An NHS body: an integrated care board or a Welsh local health board (identified by its ODS code). */
  | 'HEALTH';

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

/** One funder's part of an integrated (joint) budget. */
export type FundingShare = {
  __typename?: 'FundingShare';
  /** The funder's GSS code (council) or ODS code (NHS body). */
  funderCode: Scalars['String']['output'];
  /** Council or NHS body. */
  funderKind: FunderKind;
  /** The funder's name. */
  funderName: Scalars['String']['output'];
  /** Whole percent; the shares of a budget add up to 100. */
  percentage: Scalars['Int']['output'];
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

/** An NHS commissioner: an integrated care board in England or a local health board in Wales. */
export type HealthBody = {
  __typename?: 'HealthBody';
  /** GSS codes of the councils in its area. */
  councilGssCodes: Array<Scalars['String']['output']>;
  /** Hub id of the health body (a UUID). */
  id: Scalars['ID']['output'];
  /** ICB or Welsh local health board. */
  kind: HealthBodyKind;
  /** The body's name, e.g. "NHS North East and North Cumbria Integrated Care Board". */
  name: Scalars['String']['output'];
  /** England or Wales. */
  nation: Nation;
  /** ODS code, e.g. QHM for North East and North Cumbria ICB. */
  odsCode: Scalars['String']['output'];
};

/** What kind of NHS commissioner a health body is. */
export type HealthBodyKind =
  /**
   * An integrated care board (ICB), the NHS commissioner for an area of England since July 2022 (it
   * replaced clinical commissioning groups).
   */
  | 'INTEGRATED_CARE_BOARD'
  /** A local health board in Wales, e.g. Betsi Cadwaladr University Health Board. */
  | 'LOCAL_HEALTH_BOARD';

/** One NHS episode, as the funding-mix aggregate counts it (for the hub's own aggregate only). */
export type HealthFundingFact = {
  __typename?: 'HealthFundingFact';
  /** Last day funded; null while open. */
  end?: Maybe<Scalars['Date']['output']>;
  /** ODS code of the NHS body. */
  healthBodyOdsCode: Scalars['String']['output'];
  /** Hub id of the person funded. */
  personId: Scalars['ID']['output'];
  /** First day funded. */
  start: Scalars['Date']['output'];
  /** Personal health budget, continuing healthcare or integrated budget. */
  vehicle: FundingVehicle;
};

/** The NHS body's plan for a person's care (PHB care plan, CHC plan). */
export type HealthPlanSummary = {
  __typename?: 'HealthPlanSummary';
  /** The NHS body holding the plan. */
  healthBody: HealthBody;
  /** Hub id of the plan summary (a UUID). */
  id: Scalars['ID']['output'];
  /** The day the plan was last reviewed. */
  lastReviewed: Scalars['Date']['output'];
  /** The tasks in the plan with their weekly hours; health-related ones are flagged. */
  tasks: Array<CareTask>;
};

/** A budget jointly funded by a council and an NHS body, administered by the NHS body. */
export type IntegratedBudget = FundingEpisode & {
  __typename?: 'IntegratedBudget';
  /** Last day funded; null while open-ended. */
  end?: Maybe<Scalars['Date']['output']>;
  /** GSS code of a council or ODS code of an NHS body. */
  funderCode: Scalars['String']['output'];
  /** Name of the paying organisation. */
  funderName: Scalars['String']['output'];
  /** The NHS body administering it. */
  healthBody: HealthBody;
  /** Hub id of the integrated budget (a UUID). */
  id: Scalars['ID']['output'];
  /** Null when the caller may not see the person: a hidden record never hides the one that names it. */
  person?: Maybe<Person>;
  /** Each funder's share, adding up to 100 percent. */
  shares: Array<FundingShare>;
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
  /** Hub step of a transition: end an NHS episode the day before the new funding starts. Repeats are harmless. */
  endHealthEpisodeForTransition: FundingEpisode;
  /** Hub step of a transition: open the NHS episode it names. At most one per transition; repeats return it. */
  openHealthEpisodeForTransition: FundingEpisode;
  /** Record a continuing healthcare eligibility decision. */
  recordChcDecision: ChcEligibilityDecision;
  /** Record that a person waiting in a bed has left it, once: by a CHC nurse of the NHS body holding the record. */
  recordDischarge: DischargeWait;
  /** Record a person waiting in a hospital or step-up bed for care at home: by a CHC nurse of the NHS body, for their own body, for someone they may see; one wait at a time per person and body. */
  recordDischargeWait: DischargeWait;
  /** Hub step of a person merge: move every NHS row naming fromPersonId to toPersonId, recording each. Nothing is refused for clashing; overlaps are reported. Repeats move nothing new. */
  repointPersonInHealth: RepointResult;
  /** An NHS body's answer to a transition it is party to. One answer per body; repeating it is harmless. */
  respondToTransitionAsHealthBody: TransitionResponse;
  /** Hub compensation or unmerge: move exactly the rows this merge moved here back. Repeats move nothing more. */
  revertPersonRepointInHealth: RepointResult;
  /** Hub compensation: remove what this transition changed here. */
  undoHealthTransitionSteps: Scalars['Boolean']['output'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationEndHealthEpisodeForTransitionArgs = {
  episodeId: Scalars['ID']['input'];
  lastDay: Scalars['Date']['input'];
  transitionId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationOpenHealthEpisodeForTransitionArgs = {
  input: OpenHealthEpisodeInput;
  transitionId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordChcDecisionArgs = {
  input: RecordChcDecisionInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordDischargeArgs = {
  input: RecordDischargeInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordDischargeWaitArgs = {
  input: RecordDischargeWaitInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRepointPersonInHealthArgs = {
  fromPersonId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
  toPersonId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRespondToTransitionAsHealthBodyArgs = {
  decision: TransitionDecision;
  healthBodyOdsCode: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  respondedBy: Scalars['String']['input'];
  transitionId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRevertPersonRepointInHealthArgs = {
  mergeId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationUndoHealthTransitionStepsArgs = {
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

/** The NHS episode a transition opens (the hub's own step). */
export type OpenHealthEpisodeInput = {
  /** ODS code of the new funding NHS body. */
  healthBodyOdsCode: Scalars['String']['input'];
  /** Pounds an hour, for a personal health budget. */
  hourlyRate?: InputMaybe<Scalars['Float']['input']>;
  /** Hours a week, for a personal health budget. */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** For a personal health budget: how it is managed. */
  management?: InputMaybe<PhbManagement>;
  /** Hub id of the payroll or managed-account provider (a support organisation), if any. */
  paymentSupportProviderId?: InputMaybe<Scalars['ID']['input']>;
  /** Hub id of the person. */
  personId: Scalars['ID']['input'];
  /** For an integrated budget. */
  shares?: InputMaybe<Array<OpenShareInput>>;
  /** First day funded: the transition's effective date. */
  start: Scalars['Date']['input'];
  /** Personal health budget, continuing healthcare or integrated budget. */
  vehicle: FundingVehicle;
  /** Pounds a week. */
  weeklyAmount: Scalars['Float']['input'];
};

/** One funder's share of a new integrated budget. */
export type OpenShareInput = {
  /** The funder's GSS code (council) or ODS code (NHS body). */
  funderCode: Scalars['String']['input'];
  /** Council or NHS body. */
  funderKind: FunderKind;
  /** The funder's name as agreed; when left out, the NHS body's own name or the council's name from the graph. */
  funderName?: InputMaybe<Scalars['String']['input']>;
  /** Whole percent; the shares add up to 100. */
  percentage: Scalars['Int']['input'];
};

/** A council processing an NHS body's PHB payments for a fee per customer (the Derby arrangement). */
export type PaymentProcessingAgreement = {
  __typename?: 'PaymentProcessingAgreement';
  /** The council processing them. */
  council: Council;
  /** PHBs whose payments the council processes, active on the given day (default today). */
  customers: Array<PersonalHealthBudget>;
  /** Last day of the agreement; null while open-ended. */
  end?: Maybe<Scalars['Date']['output']>;
  /** Fee due for a quarter, e.g. 2026-Q4: customers active in each month of the quarter × monthly fee. */
  feeForQuarter: QuarterFee;
  /** Pounds the NHS body pays the council for each PHB it processes, each month. */
  feePerCustomerPerMonth: Scalars['Float']['output'];
  /** The NHS body whose PHB payments are processed. */
  healthBody: HealthBody;
  /** Hub id of the agreement (a UUID). */
  id: Scalars['ID']['output'];
  /** First day of the agreement. */
  start: Scalars['Date']['output'];
};


/** A council processing an NHS body's PHB payments for a fee per customer (the Derby arrangement). */
export type PaymentProcessingAgreementCustomersArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A council processing an NHS body's PHB payments for a fee per customer (the Derby arrangement). */
export type PaymentProcessingAgreementFeeForQuarterArgs = {
  quarter: Scalars['String']['input'];
};

/**
 * A person who needs care and support. The hub holds their identity once;
 * each agency contributes the facts it owns (funding, PA team, care plan).
 */
export type Person = {
  __typename?: 'Person';
  /** The person's NHS continuing healthcare eligibility decisions, oldest first (care team only). */
  chcDecisions?: Maybe<Array<ChcEligibilityDecision>>;
  /** The person's NHS funding episodes, oldest first. */
  healthFunding?: Maybe<Array<FundingEpisode>>;
  /** The latest NHS plan, if an NHS body holds one. */
  healthPlan?: Maybe<HealthPlanSummary>;
  /** Hub-minted UUID. */
  id: Scalars['ID']['output'];
};

/**
 * A personal health budget from an NHS body: money for the person's health and wellbeing needs, agreed
 * in a plan with them, often used to employ PAs.
 */
export type PersonalHealthBudget = FundingEpisode & {
  __typename?: 'PersonalHealthBudget';
  /** Last day funded; null while open-ended. */
  end?: Maybe<Scalars['Date']['output']>;
  /** GSS code of a council or ODS code of an NHS body. */
  funderCode: Scalars['String']['output'];
  /** Name of the paying organisation. */
  funderName: Scalars['String']['output'];
  /** The NHS body funding it. */
  healthBody: HealthBody;
  /** Pounds an hour the budget is worked out at. */
  hourlyRate: Scalars['Float']['output'];
  /** Hours of support a week the budget covers. */
  hoursPerWeek: Scalars['Float']['output'];
  /** Hub id of the personal health budget (a UUID). */
  id: Scalars['ID']['output'];
  /** How the budget is managed: notional, by a third party, or as a direct payment. */
  management: PhbManagement;
  /** The payroll or managed-account provider (a support organisation). */
  paymentSupportProvider?: Maybe<SupportOrganisation>;
  /** The council that processes this PHB's payments on the NHS body's behalf, if any. */
  paymentsProcessedBy?: Maybe<Council>;
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

/** What an NHS body owes a council for processing PHB payments in one quarter. */
export type QuarterFee = {
  __typename?: 'QuarterFee';
  /** Customer-months in the quarter. */
  customerMonths: Scalars['Int']['output'];
  /** Pounds due: customer-months times the monthly fee. */
  fee: Scalars['Float']['output'];
  /** The quarter, e.g. 2026-Q4. */
  quarter: Scalars['String']['output'];
};

/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type Query = {
  __typename?: 'Query';
  /**
   * People waiting in hospital or a step-up bed for care at home, for commissioners: at the period's
   * end and the previous period's, days delayed, and those discharged; suppressed. By default every
   * NHS body and the last year.
   */
  dischargeWaitAggregates: DischargeWaitAggregates;
  /** An NHS body's people waiting in a bed for care at home, longest delayed first: for its CHC nurses. */
  dischargeWaits: Array<DischargeWait>;
  /** Every NHS commissioner in the graph (public directory). */
  healthBodies: Array<HealthBody>;
  /** A health body by hub id or ODS code. */
  healthBody?: Maybe<HealthBody>;
  /** Every NHS episode overlapping [from, to], as the funding-mix aggregate counts it. The hub's own; never a caller's. */
  healthFundingFacts: Array<HealthFundingFact>;
  /** An NHS body's agreements with councils to process its PHB payments (the Derby arrangement). */
  paymentProcessingAgreements: Array<PaymentProcessingAgreement>;
  /** People with an NHS episode of this body covering any day in [from, to]. */
  personIdsFundedByHealthBody: Array<Scalars['ID']['output']>;
  /** People holding both an NHS plan from this body and a council care plan are found through this list. */
  personIdsWithHealthPlan: Array<Scalars['ID']['output']>;
  /** One personal health budget by hub id; null when it is not held or the caller may not see the person. */
  personalHealthBudget?: Maybe<PersonalHealthBudget>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryDischargeWaitAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryDischargeWaitsArgs = {
  healthBodyOdsCode: Scalars['String']['input'];
  waiting?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryHealthBodyArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  odsCode?: InputMaybe<Scalars['String']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryHealthFundingFactsArgs = {
  from: Scalars['Date']['input'];
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  to: Scalars['Date']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPaymentProcessingAgreementsArgs = {
  areaCode?: InputMaybe<Scalars['String']['input']>;
  odsCode: Scalars['String']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPersonIdsFundedByHealthBodyArgs = {
  from: Scalars['Date']['input'];
  odsCode: Scalars['String']['input'];
  to: Scalars['Date']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPersonIdsWithHealthPlanArgs = {
  odsCode: Scalars['String']['input'];
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPersonalHealthBudgetArgs = {
  id: Scalars['ID']['input'];
};

/** A continuing healthcare eligibility decision to record. */
export type RecordChcDecisionInput = {
  /** The day of the decision (YYYY-MM-DD); not in the future. */
  decidedOn: Scalars['Date']['input'];
  /** ODS code of the deciding NHS body: the caller's own. */
  healthBodyOdsCode: Scalars['String']['input'];
  /** When eligibility is next reviewed; after decidedOn. */
  nextReview?: InputMaybe<Scalars['Date']['input']>;
  /** Eligible, not eligible, or fast track. */
  outcome: ChcOutcome;
  /** Hub id of the person. */
  personId: Scalars['ID']['input'];
};

/** The discharge of a person waiting in a bed. */
export type RecordDischargeInput = {
  /** The day they left the bed; defaults to today. Not before they were ready, and not in the future. */
  dischargedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Hub id of the discharge wait. */
  id: Scalars['ID']['input'];
};

/** A person waiting in a bed for care at home, for the caller's own NHS body. */
export type RecordDischargeWaitInput = {
  /** The day they were admitted: not in the future. */
  admittedOn: Scalars['Date']['input'];
  /** The NHS body holding the record (ODS code): the caller's own. */
  healthBodyOdsCode: Scalars['String']['input'];
  /** Hub id of the person. */
  personId: Scalars['ID']['input'];
  /** The day they were ready to leave; defaults to today. On or after admission, not in the future. */
  readyOn?: InputMaybe<Scalars['Date']['input']>;
  /** Hospital or step-up bed. */
  setting: DischargeSetting;
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
  /** Answers from NHS bodies that are party to the transition (care team only: the notes may be clinical). */
  healthResponses?: Maybe<Array<TransitionResponse>>;
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
  ContinuingHealthcarePackage: ContinuingHealthcarePackage;
  HealthBody: HealthBody;
  IntegratedBudget: IntegratedBudget;
  Person: Person;
  PersonalHealthBudget: PersonalHealthBudget;
  Transition: Transition;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ContinuingHealthcarePackage:
    ( { __typename: 'ContinuingHealthcarePackage' }
    & GraphQLRecursivePick<FederationTypes['ContinuingHealthcarePackage'], {"id":true}> );
  HealthBody:
    ( { __typename: 'HealthBody' }
    & GraphQLRecursivePick<FederationTypes['HealthBody'], {"id":true}> );
  IntegratedBudget:
    ( { __typename: 'IntegratedBudget' }
    & GraphQLRecursivePick<FederationTypes['IntegratedBudget'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  PersonalHealthBudget:
    ( { __typename: 'PersonalHealthBudget' }
    & GraphQLRecursivePick<FederationTypes['PersonalHealthBudget'], {"id":true}> );
  Transition:
    ( { __typename: 'Transition' }
    & GraphQLRecursivePick<FederationTypes['Transition'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  FundingEpisode:
    | ( ChcPackageModel )
    | ( IntegratedBudgetModel )
    | ( PersonalHealthBudgetModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AggregateFilter: AggregateFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CareTask: ResolverTypeWrapper<CareTask>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ChcEligibilityDecision: ResolverTypeWrapper<ChcDecisionModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChcOutcome: ChcOutcome;
  ContinuingHealthcarePackage: ResolverTypeWrapper<ChcPackageModel>;
  Council: ResolverTypeWrapper<CouncilReference>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DischargeSetting: DischargeSetting;
  DischargeWait: ResolverTypeWrapper<HeldWait>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DischargeWaitAggregates: ResolverTypeWrapper<DischargeWaitAggregates>;
  EpisodeStatus: EpisodeStatus;
  FunderKind: FunderKind;
  FundingEpisode: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['FundingEpisode']>;
  FundingShare: ResolverTypeWrapper<IntegratedBudgetShareModel>;
  FundingVehicle: FundingVehicle;
  HealthBody: ResolverTypeWrapper<HealthBodyModel>;
  HealthBodyKind: HealthBodyKind;
  HealthFundingFact: ResolverTypeWrapper<HealthFundingFact>;
  HealthPlanSummary: ResolverTypeWrapper<HealthPlanModel>;
  IntegratedBudget: ResolverTypeWrapper<IntegratedBudgetModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Nation: Nation;
  OpenHealthEpisodeInput: OpenHealthEpisodeInput;
  OpenShareInput: OpenShareInput;
  PaymentProcessingAgreement: ResolverTypeWrapper<PaymentProcessingAgreementModel>;
  Person: ResolverTypeWrapper<PersonReference>;
  PersonalHealthBudget: ResolverTypeWrapper<PersonalHealthBudgetModel>;
  PhbManagement: PhbManagement;
  QuarterFee: ResolverTypeWrapper<QuarterFee>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordChcDecisionInput: RecordChcDecisionInput;
  RecordDischargeInput: RecordDischargeInput;
  RecordDischargeWaitInput: RecordDischargeWaitInput;
  RepointResult: ResolverTypeWrapper<RepointResult>;
  SupportOrganisation: ResolverTypeWrapper<SupportOrganisationReference>;
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
  CareTask: CareTask;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  ChcEligibilityDecision: ChcDecisionModel;
  ID: Scalars['ID']['output'];
  ContinuingHealthcarePackage: ChcPackageModel;
  Council: CouncilReference;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DischargeWait: HeldWait;
  Int: Scalars['Int']['output'];
  DischargeWaitAggregates: DischargeWaitAggregates;
  FundingEpisode: ResolversInterfaceTypes<ResolversParentTypes>['FundingEpisode'];
  FundingShare: IntegratedBudgetShareModel;
  HealthBody: HealthBodyModel;
  HealthFundingFact: HealthFundingFact;
  HealthPlanSummary: HealthPlanModel;
  IntegratedBudget: IntegratedBudgetModel;
  Mutation: Record<PropertyKey, never>;
  OpenHealthEpisodeInput: OpenHealthEpisodeInput;
  OpenShareInput: OpenShareInput;
  PaymentProcessingAgreement: PaymentProcessingAgreementModel;
  Person: PersonReference;
  PersonalHealthBudget: PersonalHealthBudgetModel;
  QuarterFee: QuarterFee;
  Query: Record<PropertyKey, never>;
  RecordChcDecisionInput: RecordChcDecisionInput;
  RecordDischargeInput: RecordDischargeInput;
  RecordDischargeWaitInput: RecordDischargeWaitInput;
  RepointResult: RepointResult;
  SupportOrganisation: SupportOrganisationReference;
  SuppressedAmount: SuppressedAmount;
  SuppressedCount: SuppressedCount;
  Transition: TransitionReference;
  TransitionResponse: TransitionResponseModel;
}>;

export type CareTaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareTask'] = ResolversParentTypes['CareTask']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthRelated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ChcEligibilityDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChcEligibilityDecision'] = ResolversParentTypes['ChcEligibilityDecision']> = ResolversObject<{
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextReview?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ChcOutcome'], ParentType, ContextType>;
}>;

export type ContinuingHealthcarePackageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContinuingHealthcarePackage'] = ResolversParentTypes['ContinuingHealthcarePackage'], FederationReferenceType extends FederationReferenceTypes['ContinuingHealthcarePackage'] = FederationReferenceTypes['ContinuingHealthcarePackage']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ContinuingHealthcarePackage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['ChcEligibilityDecision']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Council'] = ResolversParentTypes['Council']> = ResolversObject<{
  gssCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DischargeWaitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DischargeWait'] = ResolversParentTypes['DischargeWait']> = ResolversObject<{
  admittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  daysDelayed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dischargedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dischargedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  readyOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  setting?: Resolver<ResolversTypes['DischargeSetting'], ParentType, ContextType>;
}>;

export type DischargeWaitAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DischargeWaitAggregates'] = ResolversParentTypes['DischargeWaitAggregates']> = ResolversObject<{
  discharged?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  medianDaysDelayed?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  medianDaysDelayedDischarged?: Resolver<ResolversTypes['SuppressedAmount'], ParentType, ContextType>;
  previousTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousWaiting?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  waitingInHospital?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  waitingInStepUpBeds?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
}>;

export type FundingEpisodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingEpisode'] = ResolversParentTypes['FundingEpisode']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ContinuingHealthcarePackage' | 'IntegratedBudget' | 'PersonalHealthBudget', ParentType, ContextType>;
}>;

export type FundingShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingShare'] = ResolversParentTypes['FundingShare']> = ResolversObject<{
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderKind?: Resolver<ResolversTypes['FunderKind'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percentage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HealthBodyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthBody'] = ResolversParentTypes['HealthBody'], FederationReferenceType extends FederationReferenceTypes['HealthBody'] = FederationReferenceTypes['HealthBody']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HealthBody']> | FederationReferenceType, FederationReferenceType, ContextType>;
  councilGssCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HealthBodyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nation?: Resolver<ResolversTypes['Nation'], ParentType, ContextType>;
  odsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HealthFundingFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthFundingFact'] = ResolversParentTypes['HealthFundingFact']> = ResolversObject<{
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  healthBodyOdsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
}>;

export type HealthPlanSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthPlanSummary'] = ResolversParentTypes['HealthPlanSummary']> = ResolversObject<{
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastReviewed?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['CareTask']>, ParentType, ContextType>;
}>;

export type IntegratedBudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegratedBudget'] = ResolversParentTypes['IntegratedBudget'], FederationReferenceType extends FederationReferenceTypes['IntegratedBudget'] = FederationReferenceTypes['IntegratedBudget']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IntegratedBudget']> | FederationReferenceType, FederationReferenceType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['FundingShare']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  endHealthEpisodeForTransition?: Resolver<ResolversTypes['FundingEpisode'], ParentType, ContextType, RequireFields<MutationEndHealthEpisodeForTransitionArgs, 'episodeId' | 'lastDay' | 'transitionId'>>;
  openHealthEpisodeForTransition?: Resolver<ResolversTypes['FundingEpisode'], ParentType, ContextType, RequireFields<MutationOpenHealthEpisodeForTransitionArgs, 'input' | 'transitionId'>>;
  recordChcDecision?: Resolver<ResolversTypes['ChcEligibilityDecision'], ParentType, ContextType, RequireFields<MutationRecordChcDecisionArgs, 'input'>>;
  recordDischarge?: Resolver<ResolversTypes['DischargeWait'], ParentType, ContextType, RequireFields<MutationRecordDischargeArgs, 'input'>>;
  recordDischargeWait?: Resolver<ResolversTypes['DischargeWait'], ParentType, ContextType, RequireFields<MutationRecordDischargeWaitArgs, 'input'>>;
  repointPersonInHealth?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRepointPersonInHealthArgs, 'fromPersonId' | 'mergeId' | 'toPersonId'>>;
  respondToTransitionAsHealthBody?: Resolver<ResolversTypes['TransitionResponse'], ParentType, ContextType, RequireFields<MutationRespondToTransitionAsHealthBodyArgs, 'decision' | 'healthBodyOdsCode' | 'respondedBy' | 'transitionId'>>;
  revertPersonRepointInHealth?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRevertPersonRepointInHealthArgs, 'mergeId'>>;
  undoHealthTransitionSteps?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUndoHealthTransitionStepsArgs, 'transitionId'>>;
}>;

export type PaymentProcessingAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentProcessingAgreement'] = ResolversParentTypes['PaymentProcessingAgreement']> = ResolversObject<{
  council?: Resolver<ResolversTypes['Council'], ParentType, ContextType>;
  customers?: Resolver<Array<ResolversTypes['PersonalHealthBudget']>, ParentType, ContextType, Partial<PaymentProcessingAgreementCustomersArgs>>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  feeForQuarter?: Resolver<ResolversTypes['QuarterFee'], ParentType, ContextType, RequireFields<PaymentProcessingAgreementFeeForQuarterArgs, 'quarter'>>;
  feePerCustomerPerMonth?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chcDecisions?: Resolver<Maybe<Array<ResolversTypes['ChcEligibilityDecision']>>, ParentType, ContextType>;
  healthFunding?: Resolver<Maybe<Array<ResolversTypes['FundingEpisode']>>, ParentType, ContextType>;
  healthPlan?: Resolver<Maybe<ResolversTypes['HealthPlanSummary']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PersonalHealthBudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalHealthBudget'] = ResolversParentTypes['PersonalHealthBudget'], FederationReferenceType extends FederationReferenceTypes['PersonalHealthBudget'] = FederationReferenceTypes['PersonalHealthBudget']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalHealthBudget']> | FederationReferenceType, FederationReferenceType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funderCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthBody?: Resolver<ResolversTypes['HealthBody'], ParentType, ContextType>;
  hourlyRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  management?: Resolver<ResolversTypes['PhbManagement'], ParentType, ContextType>;
  paymentSupportProvider?: Resolver<Maybe<ResolversTypes['SupportOrganisation']>, ParentType, ContextType>;
  paymentsProcessedBy?: Resolver<Maybe<ResolversTypes['Council']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpisodeStatus'], ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['FundingVehicle'], ParentType, ContextType>;
  weeklyAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuarterFeeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuarterFee'] = ResolversParentTypes['QuarterFee']> = ResolversObject<{
  customerMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  dischargeWaitAggregates?: Resolver<ResolversTypes['DischargeWaitAggregates'], ParentType, ContextType, Partial<QueryDischargeWaitAggregatesArgs>>;
  dischargeWaits?: Resolver<Array<ResolversTypes['DischargeWait']>, ParentType, ContextType, RequireFields<QueryDischargeWaitsArgs, 'healthBodyOdsCode'>>;
  healthBodies?: Resolver<Array<ResolversTypes['HealthBody']>, ParentType, ContextType>;
  healthBody?: Resolver<Maybe<ResolversTypes['HealthBody']>, ParentType, ContextType, Partial<QueryHealthBodyArgs>>;
  healthFundingFacts?: Resolver<Array<ResolversTypes['HealthFundingFact']>, ParentType, ContextType, RequireFields<QueryHealthFundingFactsArgs, 'from' | 'to'>>;
  paymentProcessingAgreements?: Resolver<Array<ResolversTypes['PaymentProcessingAgreement']>, ParentType, ContextType, RequireFields<QueryPaymentProcessingAgreementsArgs, 'odsCode'>>;
  personIdsFundedByHealthBody?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryPersonIdsFundedByHealthBodyArgs, 'from' | 'odsCode' | 'to'>>;
  personIdsWithHealthPlan?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryPersonIdsWithHealthPlanArgs, 'odsCode'>>;
  personalHealthBudget?: Resolver<Maybe<ResolversTypes['PersonalHealthBudget']>, ParentType, ContextType, RequireFields<QueryPersonalHealthBudgetArgs, 'id'>>;
}>;

export type RepointResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepointResult'] = ResolversParentTypes['RepointResult']> = ResolversObject<{
  mergeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rowsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type TransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Transition'] = ResolversParentTypes['Transition'], FederationReferenceType extends FederationReferenceTypes['Transition'] = FederationReferenceTypes['Transition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Transition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  healthResponses?: Resolver<Maybe<Array<ResolversTypes['TransitionResponse']>>, ParentType, ContextType>;
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
  CareTask?: CareTaskResolvers<ContextType>;
  ChcEligibilityDecision?: ChcEligibilityDecisionResolvers<ContextType>;
  ContinuingHealthcarePackage?: ContinuingHealthcarePackageResolvers<ContextType>;
  Council?: CouncilResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DischargeWait?: DischargeWaitResolvers<ContextType>;
  DischargeWaitAggregates?: DischargeWaitAggregatesResolvers<ContextType>;
  FundingEpisode?: FundingEpisodeResolvers<ContextType>;
  FundingShare?: FundingShareResolvers<ContextType>;
  HealthBody?: HealthBodyResolvers<ContextType>;
  HealthFundingFact?: HealthFundingFactResolvers<ContextType>;
  HealthPlanSummary?: HealthPlanSummaryResolvers<ContextType>;
  IntegratedBudget?: IntegratedBudgetResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PaymentProcessingAgreement?: PaymentProcessingAgreementResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonalHealthBudget?: PersonalHealthBudgetResolvers<ContextType>;
  QuarterFee?: QuarterFeeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RepointResult?: RepointResultResolvers<ContextType>;
  SupportOrganisation?: SupportOrganisationResolvers<ContextType>;
  SuppressedAmount?: SuppressedAmountResolvers<ContextType>;
  SuppressedCount?: SuppressedCountResolvers<ContextType>;
  Transition?: TransitionResolvers<ContextType>;
  TransitionResponse?: TransitionResponseResolvers<ContextType>;
}>;

