/**
 * The synthetic demo region: plain data, generated deterministically from a seed.
 * Each subgraph seeds only the slice it owns; ids are shared so the graph joins up.
 * Dates are ISO strings (YYYY-MM-DD); money is pounds with two decimals.
 */
import type { DemoDistrictCentroid } from './district-centroids.ts';
import type { DemoRegisterEntry } from './register-entries.ts';
import type { DemoRegisterContact } from './register-contacts.ts';
import type { DemoContingencyPlan, DemoCoverRequest, DemoVacancy } from './cover-and-recruitment.ts';
export type { DemoDistrictCentroid, DemoRegisterEntry, DemoRegisterContact, DemoContingencyPlan, DemoCoverRequest, DemoVacancy };
export type IsoDate = string;

export interface DemoCouncil {
  id: string;
  gssCode: string;
  name: string;
  nation: 'ENGLAND' | 'WALES';
  region: string;
  /** The postcode districts of the council's area: where its residents and PAs are counted. */
  postcodeDistricts: string[];
  rates: {
    kind: 'DIRECT_PAYMENT' | 'COMMISSIONED_SOLE_TRADER' | 'COMMISSIONED_WITH_EMPLOYEES' | 'SLEEP_IN';
    hourlyRate: number;
    effectiveFrom: IsoDate;
  }[];
}

export interface DemoHealthBody {
  id: string;
  odsCode: string;
  name: string;
  kind: 'INTEGRATED_CARE_BOARD' | 'LOCAL_HEALTH_BOARD';
  nation: 'ENGLAND' | 'WALES';
  /** GSS codes of the councils in its area. */
  councilGssCodes: string[];
}

export type NhsNumberStatusCode = '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08';

export interface DemoPerson {
  id: string;
  nhsNumber: string | null;
  nhsNumberStatus: NhsNumberStatusCode;
  givenName: string;
  familyName: string;
  dateOfBirth: IsoDate;
  postcodeDistrict: string;
  /** GSS code of the council area the person lives in. */
  councilGssCode: string;
  localIdentifiers: {
    agency: 'COUNCIL' | 'HEALTH' | 'SUPPORT_ORGANISATION' | 'TRAINING_PROVIDER';
    organisationCode: string;
    value: string;
  }[];
}

interface EpisodeBase {
  id: string;
  personId: string;
  start: IsoDate;
  end: IsoDate | null;
  weeklyAmount: number;
  /** The transition that opened this episode, if any. */
  openedByTransitionId?: string | null;
  /** The transition that ended this episode, if any. */
  endedByTransitionId?: string | null;
}

export interface DemoDirectPayment extends EpisodeBase {
  councilGssCode: string;
  hourlyRate: number;
  hoursPerWeek: number;
  paymentSupport: 'PAYROLL_SERVICE' | 'MANAGED_ACCOUNT' | 'SELF_MANAGED';
  paymentSupportProviderId: string | null;
}

export interface DemoIndividualServiceFund extends EpisodeBase {
  councilGssCode: string;
  holdingProviderId: string;
}

export interface DemoCommissionedPackage extends EpisodeBase {
  councilGssCode: string;
  providerName: string;
  rateKind: 'COMMISSIONED_SOLE_TRADER' | 'COMMISSIONED_WITH_EMPLOYEES' | 'SLEEP_IN';
  hourlyRate: number;
  hoursPerWeek: number;
}

export interface DemoCarePlan {
  id: string;
  personId: string;
  councilGssCode: string;
  outcomes: string[];
  tasks: { description: string; healthRelated: boolean; hoursPerWeek: number }[];
  contingencyPlanInPlace: boolean;
  lastReviewed: IsoDate;
  nextReview: IsoDate;
}

/** The home of a person with a care plan (counts and age bands only), and the plan's care group and SALT primary support reason. */
export interface DemoHousehold {
  carePlanId: string;
  careGroup:
    | 'OLDER_PEOPLE'
    | 'LEARNING_DISABILITY'
    | 'PHYSICAL_DISABILITY'
    | 'MENTAL_HEALTH'
    | 'AUTISM'
    | 'DEMENTIA'
    | 'SENSORY_IMPAIRMENT'
    | 'CHILDREN_AND_YOUNG_PEOPLE';
  primarySupportReason:
    | 'PHYSICAL_ACCESS_AND_MOBILITY'
    | 'PHYSICAL_PERSONAL_CARE'
    | 'SENSORY_VISUAL'
    | 'SENSORY_HEARING'
    | 'SENSORY_DUAL'
    | 'MEMORY_AND_COGNITION'
    | 'LEARNING_DISABILITY'
    | 'MENTAL_HEALTH'
    | 'SOCIAL_SUBSTANCE_MISUSE'
    | 'SOCIAL_ASYLUM_SEEKER'
    | 'SOCIAL_ISOLATION_OR_OTHER';
  /** The day the household was last recorded (the plan's review). */
  householdRecordedOn: IsoDate;
  members: {
    presence: 'LIVES_IN' | 'REGULARLY_VISITS';
    ageBand: 'UNDER_5' | 'AGE_5_TO_11' | 'AGE_12_TO_17' | 'AGE_18_TO_64' | 'AGE_65_AND_OVER';
    count: number;
  }[];
}

/** Care Act 2014 statutory guidance (14.17): the kinds of abuse and neglect. */
export const SAFEGUARDING_CATEGORIES = [
  'PHYSICAL',
  'DOMESTIC',
  'SEXUAL',
  'PSYCHOLOGICAL',
  'FINANCIAL_OR_MATERIAL',
  'MODERN_SLAVERY',
  'DISCRIMINATORY',
  'ORGANISATIONAL',
  'NEGLECT_AND_ACTS_OF_OMISSION',
  'SELF_NEGLECT',
] as const;
export type SafeguardingCategory = (typeof SAFEGUARDING_CATEGORIES)[number];
/** How concerns reach a council's safeguarding team in the seeds: a family member, the four-week review call, a provider, a micro-care development officer, a PA, the person. */
export const SAFEGUARDING_SOURCES = [
  'FAMILY_MEMBER',
  'REVIEW_CALL',
  'PROVIDER',
  'MICRO_CARE_DEVELOPMENT_OFFICER',
  'PERSONAL_ASSISTANT',
  'THE_PERSON',
  'NHS_STAFF',
  'OTHER',
] as const;
export type SafeguardingSource = (typeof SAFEGUARDING_SOURCES)[number];

/** A concern that an adult with care and support needs is at risk of abuse or neglect (Care Act 2014, s.42), held by the council that leads on it. */
export interface DemoSafeguardingConcern {
  id: string;
  personId: string;
  councilGssCode: string;
  raisedOn: IsoDate;
  source: SafeguardingSource;
  category: SafeguardingCategory;
  summary: string;
  raisedBy: string;
  /** A section 42 enquiry, when the council made one. */
  enquiryStartedOn: IsoDate | null;
  closedOn: IsoDate | null;
  outcome: 'NO_FURTHER_ACTION' | 'ACTION_TAKEN' | null;
}

/** A scheduled safeguarding follow-up held by a council (the demo region's are four-week review calls). */
export interface DemoSafeguardingFollowUp {
  id: string;
  personId: string;
  councilGssCode: string;
  kind: 'FOUR_WEEK_REVIEW_CALL' | 'PLACEMENT_REVIEW' | 'CONCERN_FOLLOW_UP' | 'OTHER';
  dueOn: IsoDate;
  scheduledBy: string;
  doneOn: IsoDate | null;
  doneBy: string | null;
  outcome: 'NO_CONCERNS' | 'NOT_REACHED' | null;
}

/** A support option offered at an assessment. */
export type SupportOption =
  | 'RESIDENTIAL_CARE'
  | 'DOMICILIARY_CARE'
  | 'DIRECT_PAYMENT_WITH_PA'
  | 'INDIVIDUAL_SERVICE_FUND'
  | 'MICRO_CARE'
  | 'PERSONAL_HEALTH_BUDGET'
  | 'COMMUNITY_SUPPORT'
  | 'EQUIPMENT';

/** The support options a council's social worker offered a person at an assessment. */
export interface DemoAssessmentOffer {
  id: string;
  personId: string;
  councilGssCode: string;
  assessedOn: IsoDate;
  options: SupportOption[];
  recordedBy: string;
}

/** A council's reablement period and, once ended, where the person went next. */
export interface DemoReablementPeriod {
  id: string;
  personId: string;
  councilGssCode: string;
  startedOn: IsoDate;
  startedBy: string;
  endedOn: IsoDate | null;
  endedBy: string | null;
  outcome: 'NO_FURTHER_SUPPORT' | 'COMMISSIONED_CARE' | 'DIRECT_PAYMENT' | 'PRIVATE_MICRO_CARE' | 'RESIDENTIAL_CARE' | null;
}

/** Hours of care at home a council has agreed a person needs, waiting for a provider until allocated or withdrawn. */
export interface DemoDomiciliaryCareRequest {
  id: string;
  personId: string;
  councilGssCode: string;
  hoursPerWeek: number;
  requestedOn: IsoDate;
  requestedBy: string;
  closedOn: IsoDate | null;
  closedBy: string | null;
  outcome: 'AGENCY' | 'MICRO_CARER' | 'PERSONAL_ASSISTANT' | 'DIRECT_PAYMENT' | 'WITHDRAWN' | null;
}

/** A person waiting in a hospital or step-up bed for care at home, held by the NHS body of their area. */
export interface DemoDischargeWait {
  id: string;
  personId: string;
  healthBodyOdsCode: string;
  setting: 'HOSPITAL' | 'STEP_UP_BED';
  admittedOn: IsoDate;
  readyOn: IsoDate;
  recordedBy: string;
  dischargedOn: IsoDate | null;
  dischargedBy: string | null;
}

/** A council's support-service contract with a support organisation, its menu and the provider's quarterly returns. */
export interface DemoSupportContract {
  id: string;
  councilGssCode: string;
  supportOrganisationId: string;
  contractType: 'BLOCK' | 'PAY_AS_YOU_GO' | 'HYBRID';
  /** Pounds over the term, paid by the council. */
  value: number;
  startsOn: IsoDate;
  endsOn: IsoDate;
  peerSessionsPerQuarter: number;
  awardedBy: string;
  menu: { item: string; price: number | null; unit: string | null; paidBy: 'COUNCIL' | 'EMPLOYER' | 'DIRECT_PAYMENT' }[];
  /** Latest quarter first; quarters as YYYY-Qn. */
  returns: {
    id: string;
    quarter: string;
    employersSupported: number;
    recordedBy: string;
    uptake: { item: string; quantity: number; employers: number }[];
  }[];
  /** Complaints about its support, oldest first; none names a complainant. */
  complaints: {
    id: string;
    receivedOn: IsoDate;
    /** A menu item's key, or null for the service as a whole. */
    about: string | null;
    recordedBy: string;
    closedOn: IsoDate | null;
    outcome: 'UPHELD' | 'PARTLY_UPHELD' | 'NOT_UPHELD' | 'WITHDRAWN' | null;
    closedBy: string | null;
  }[];
}

export interface DemoPersonalHealthBudget extends EpisodeBase {
  healthBodyOdsCode: string;
  management: 'NOTIONAL' | 'THIRD_PARTY' | 'DIRECT_PAYMENT';
  hourlyRate: number;
  hoursPerWeek: number;
  paymentSupportProviderId: string | null;
  /** GSS code of the council processing this PHB's payments for the NHS body (fee per customer), if any. */
  paymentsProcessedByCouncilGssCode?: string | null;
}

export interface DemoChcDecision {
  id: string;
  personId: string;
  healthBodyOdsCode: string;
  decidedOn: IsoDate;
  outcome: 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'FAST_TRACK';
  nextReview: IsoDate | null;
}

export interface DemoChcPackage extends EpisodeBase {
  healthBodyOdsCode: string;
  decisionId: string;
}

export interface DemoIntegratedBudget extends EpisodeBase {
  healthBodyOdsCode: string;
  shares: { funderKind: 'COUNCIL' | 'HEALTH'; funderCode: string; percentage: number }[];
}

export interface DemoSupportOrganisation {
  id: string;
  name: string;
  kinds: (
    | 'USER_LED_ORGANISATION'
    | 'PAYROLL_PROVIDER'
    | 'MANAGED_ACCOUNT_PROVIDER'
    | 'UMBRELLA_BODY'
    | 'MICRO_ENTERPRISE_SUPPORT'
    | 'PA_REGISTER_HOST'
    | 'INDIVIDUAL_SERVICE_FUND_PROVIDER'
  )[];
  charityNumber: string | null;
  companyNumber: string | null;
  areasServed: string[];
}

export interface DemoPersonalAssistant {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: IsoDate;
  /** Last three characters of the NI number (restricted field). */
  niNumberSuffix: string;
  employmentStatus: 'EMPLOYED' | 'SELF_EMPLOYED';
  postcodeDistrict: string;
  dbsStatus: 'NOT_CHECKED' | 'IN_PROGRESS' | 'CLEAR' | 'INFORMATION_DISCLOSED';
  dbsCheckedOn: IsoDate | null;
  services: ('PERSONAL_CARE' | 'DOMESTIC_SUPPORT' | 'SOCIAL_AND_LEISURE' | 'HEALTH_TASKS' | 'SLEEP_IN' | 'DRIVING' | 'BSL_COMMUNICATION')[];
  languages: string[];
  availability: {
    day: 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
    period: 'MORNING' | 'AFTERNOON' | 'EVENING' | 'NIGHT';
  }[];
  registerOrganisationId: string | null;
}

/** A DBS check a PA holds (brief W5, G1): status and decisions only, never the certificate's content. */
export interface DemoDbsCheck {
  id: string;
  personalAssistantId: string;
  level: 'BASIC' | 'STANDARD' | 'ENHANCED';
  adultsBarredList: boolean;
  childrenBarredList: boolean;
  /** The employer who asked for it. */
  requestedByPersonId: string | null;
  appliedOn: IsoDate;
  processedByKind: 'COUNCIL' | 'SUPPORT_ORGANISATION' | 'OTHER_REGISTERED_BODY';
  /** The council's GSS code or the support organisation's id. */
  processedByCode: string | null;
  paidBy: 'COUNCIL' | 'DIRECT_PAYMENT' | 'EMPLOYER_OWN_FUNDS' | 'SUPPORT_ORGANISATION' | 'PERSONAL_ASSISTANT';
  /** Equal to the PA's dbsCheckedOn; null while in progress. */
  certificateIssuedOn: IsoDate | null;
  result: 'CLEAR' | 'INFORMATION_DISCLOSED' | null;
  updateServiceSubscribedOn: IsoDate | null;
  lastStatusCheckOn: IsoDate | null;
  lastStatusCheckResult: 'NO_NEW_INFORMATION' | 'NEW_INFORMATION' | null;
  /** After a negative return: when the employer and applicant discussed it, with whom, and what was decided. */
  discussionHeldOn: IsoDate | null;
  discussedWith: ('EMPLOYER' | 'APPLICANT' | 'CARE_MANAGER' | 'SUPPORT_ADVISER' | 'SENIOR_MANAGER')[];
  decision: 'PROCEED' | 'PROCEED_WITH_SAFEGUARDS' | 'DO_NOT_PROCEED' | null;
  decidedOn: IsoDate | null;
}

export interface DemoEmployment {
  id: string;
  employerPersonId: string;
  personalAssistantId: string;
  start: IsoDate;
  end: IsoDate | null;
  hoursPerWeek: number;
  role: string;
  contractSigned: boolean;
  /** The PA carries out health-related tasks for this employer. */
  healthDuties?: boolean;
  insuranceUpdated?: boolean;
  payRateUpdated?: boolean;
  /** Pay for the health duties, when reviewed. */
  healthHourlyRate?: number | null;
  healthDutiesReviewedOn?: IsoDate | null;
}

export interface DemoTrainingProvider {
  id: string;
  name: string;
  kind:
    | 'FURTHER_EDUCATION_COLLEGE'
    | 'NHS_TRUST'
    | 'COUNCIL_LEARNING_AND_DEVELOPMENT'
    | 'INDEPENDENT_TRAINING_PROVIDER'
    | 'USER_LED_ORGANISATION';
}

export interface DemoCourse {
  id: string;
  code: string;
  title: string;
  category: 'CARE_CERTIFICATE_STANDARD' | 'MOVING_AND_POSITIONING' | 'MEDICATION' | 'HEALTH_TASK_COMPETENCE' | 'ESSENTIAL_SKILLS';
  careCertificateStandard: number | null;
  durationDays: number;
  validityMonths: number | null;
  requiresNhsSignOff: boolean;
  providerId: string;
}

/** A Care Certificate assessor: council-trained, or a college's internal assessor. */
export interface DemoCareCertificateAssessor {
  id: string;
  name: string;
  kind: 'COUNCIL_TRAINED' | 'COLLEGE_INTERNAL_ASSESSOR';
  /** The training provider (council team or college) they assess for. */
  providerId: string;
  capacityPerMonth: number;
}

/** One Care Certificate standard's competence assessed in the PA's workplace. */
export interface DemoCareCertificateAssessment {
  personalAssistantId: string;
  standard: number;
  assessedOn: IsoDate;
  assessorId: string;
}

/** An experienced employer on a council's direct payment mentor directory. */
export interface DemoDpMentor {
  id: string;
  personId: string;
  firstName: string;
  councilGssCode: string;
  joinedOn: IsoDate;
}

/** A mentor offered to a new direct payment recipient; mentorId set when they were referred. */
export interface DemoDpMentorOffer {
  id: string;
  employerPersonId: string;
  councilGssCode: string;
  offeredOn: IsoDate;
  mentorId: string | null;
}

/** A PA peer group a support organisation runs for a council area. */
export interface DemoPeerGroup {
  id: string;
  name: string;
  organiserId: string;
  councilGssCode: string;
  frequency: 'MONTHLY' | 'QUARTERLY' | 'OCCASIONAL';
}

/** One meeting of a PA peer group: who came, and whether they were paid to attend. */
export interface DemoPeerGroupMeeting {
  id: string;
  peerGroupId: string;
  heldOn: IsoDate;
  paidToAttend: boolean;
  /** Pounds an hour; null when unpaid. */
  hourlyRate: number | null;
  attendeeIds: string[];
}

/** One sitting of a course: where, and when (ISO instants, UTC). */
export interface DemoCourseSession {
  id: string;
  courseId: string;
  venue: 'EMPLOYER_HOME' | 'PROVIDER' | 'COMMUNITY' | 'ONLINE';
  startsAt: string;
  endsAt: string;
}

/** An individual employer's claim for training funding for a course. */
export interface DemoTrainingFundingClaim {
  id: string;
  employerPersonId: string;
  courseId: string;
  fund: 'WORKFORCE_DEVELOPMENT_FUND' | 'INDIVIDUAL_EMPLOYER_FUNDING';
  /** Pounds. */
  amount: number;
  /** The support organisation that claimed for the employer; null when claimed directly. */
  claimedThroughId: string | null;
  claimedOn: IsoDate;
  status: 'SUBMITTED' | 'PAID' | 'REJECTED';
  settledOn: IsoDate | null;
}

export interface DemoTrainingRecord {
  id: string;
  personalAssistantId: string;
  courseId: string;
  completedOn: IsoDate;
  signedOffBy: { name: string; role: string; organisation: string; nhsStaff: boolean };
}

export type FunderKind = 'COUNCIL' | 'HEALTH';
export type FundingVehicle =
  | 'DIRECT_PAYMENT'
  | 'INDIVIDUAL_SERVICE_FUND'
  | 'COMMISSIONED_PACKAGE'
  | 'PERSONAL_HEALTH_BUDGET'
  | 'CONTINUING_HEALTHCARE'
  | 'INTEGRATED_BUDGET';
export type EpisodeTypename =
  | 'DirectPayment'
  | 'IndividualServiceFund'
  | 'CommissionedPackage'
  | 'PersonalHealthBudget'
  | 'ContinuingHealthcarePackage'
  | 'IntegratedBudget';

/** A funding transition as the hub's coordinator records it (see the people subgraph). */
export interface DemoTransition {
  id: string;
  personId: string;
  fromEpisodeId: string;
  fromEpisodeType: EpisodeTypename;
  fromFunderKind: FunderKind;
  fromFunderCode: string;
  fromEpisodeStart: IsoDate;
  toVehicle: FundingVehicle;
  toFunderKind: FunderKind;
  toFunderCode: string;
  effectiveDate: IsoDate;
  reason: string;
  shares: { funderKind: FunderKind; funderCode: string; percentage: number }[];
  newPlan: {
    weeklyAmount: number;
    hourlyRate: number | null;
    hoursPerWeek: number | null;
    phbManagement: 'NOTIONAL' | 'THIRD_PARTY' | 'DIRECT_PAYMENT' | null;
    paymentSupport: 'PAYROLL_SERVICE' | 'MANAGED_ACCOUNT' | 'SELF_MANAGED' | null;
    paymentSupportProviderId: string | null;
  };
  requiredCompetences: string[];
  parties: { funderKind: FunderKind; funderCode: string; role: 'CURRENT_FUNDER' | 'NEW_FUNDER' }[];
  status: 'PROPOSED' | 'AGREED' | 'EFFECTIVE' | 'REJECTED' | 'WITHDRAWN';
  statusReason: string | null;
  proposedBy: string;
  /** ISO date-time. */
  proposedAt: string;
  completedAt: string | null;
  newEpisodeId: string | null;
  newEpisodeType: EpisodeTypename | null;
  /** Each party's answer so far (stored by the answering funder's subgraph). */
  responses: {
    funderKind: FunderKind;
    funderCode: string;
    decision: 'AGREE' | 'REJECT';
    respondedBy: string;
    note: string | null;
    respondedAt: string;
  }[];
}

/** An NHS body's plan for a person (PHB care plan, CHC plan). */
export interface DemoHealthPlan {
  id: string;
  personId: string;
  healthBodyOdsCode: string;
  tasks: { description: string; healthRelated: boolean; hoursPerWeek: number }[];
  lastReviewed: IsoDate;
}

/** A council processing an NHS body's PHB payments for a fee per customer (Derby's arrangement). */
export interface DemoPaymentProcessingAgreement {
  id: string;
  healthBodyOdsCode: string;
  councilGssCode: string;
  feePerCustomerPerMonth: number;
  start: IsoDate;
  end: IsoDate | null;
}

export type MicroCareCategory = 'PERSONAL_CARE' | 'SUPPORT' | 'WELL_BEING' | 'UNCATEGORISED';

/** A micro-care business (a sole trader or small agency) registered with a council's programme. */
export interface DemoMicroEnterprise {
  id: string;
  tradingName: string;
  councilGssCode: string;
  registeredOn: IsoDate;
  qualityFrameworkCompletedOn: IsoDate | null;
  /** When it moved from sole trader to agency, employing others. */
  agencyOn: IsoDate | null;
  /** Care workers it employs besides the owner. */
  employees: number;
  /** The owner worked as an employed PA before. */
  formerPa: boolean;
  directCommissioning: 'READY' | 'IN_PROGRESS' | 'NOT_INTENDING' | 'NOT_ASSESSED';
}

/** Hours a micro-care business delivered in one month in one category, and the hourly rate paid. */
export interface DemoMicroCareHours {
  enterpriseId: string;
  /** First day of the month. */
  month: IsoDate;
  category: MicroCareCategory;
  hours: number;
  hourlyRate: number | null;
}

/** A person a micro-care business supports (an opaque reference held by the business, not a hub person). */
export interface DemoMicroCareClient {
  id: string;
  enterpriseId: string;
  start: IsoDate;
  end: IsoDate | null;
}

export type SupportOfferProvider = 'LOCAL_AUTHORITY' | 'SUPPORT_ORGANISATION' | 'OTHER_VOLUNTARY_ORGANISATION';

/** One council's answer for one support item and audience in one survey round. */
export interface DemoSupportOffer {
  councilGssCode: string;
  surveyYear: number;
  item: string;
  audience: 'EMPLOYER' | 'PA';
  status: 'AVAILABLE' | 'IN_DEVELOPMENT' | 'NOT_AVAILABLE' | 'DONT_KNOW';
  provider: SupportOfferProvider | null;
}

export interface DemoRegion {
  /**
   * The day the region is anchored on (see demo/anchor.ts): every date in it was moved by whole
   * weeks from the base build so that the region looks as it did at its base day. Statuses such
   * as ACTIVE are computed against the hub's clock, so episodes run to open ends.
   */
  asOf: IsoDate;
  councils: DemoCouncil[];
  healthBodies: DemoHealthBody[];
  people: DemoPerson[];
  directPayments: DemoDirectPayment[];
  individualServiceFunds: DemoIndividualServiceFund[];
  commissionedPackages: DemoCommissionedPackage[];
  carePlans: DemoCarePlan[];
  /** One per care plan: who lives in or visits the home, the care group and primary support reason. */
  carePlanHouseholds: DemoHousehold[];
  /** Held by councils; the most restricted records in the hub. */
  safeguardingConcerns: DemoSafeguardingConcern[];
  safeguardingFollowUps: DemoSafeguardingFollowUp[];
  /** Employers' contingency plans (those whose care plan has one in place). */
  contingencyPlans: DemoContingencyPlan[];
  /** Cover asked for while a PA was off, over the six months to the as-of day and the fortnight after. */
  coverRequests: DemoCoverRequest[];
  /** PA vacancies posted over the four months to the as-of day. */
  vacancies: DemoVacancy[];
  /** Reablement periods held by councils, with where people went next. */
  reablementPeriods: DemoReablementPeriod[];
  /** The support options offered at councils' recent assessments. */
  assessmentOffers: DemoAssessmentOffer[];
  /** Domiciliary care requests over the two years to the as-of day: waiting for a provider, allocated or withdrawn. */
  domiciliaryCareRequests: DemoDomiciliaryCareRequest[];
  /** People waiting in a hospital or step-up bed for care at home: those of the requests made for someone in such a bed. */
  dischargeWaits: DemoDischargeWait[];
  /** Councils' support-service contracts (built on the anchored region: returns are for calendar quarters). */
  supportContracts: DemoSupportContract[];
  personalHealthBudgets: DemoPersonalHealthBudget[];
  chcDecisions: DemoChcDecision[];
  chcPackages: DemoChcPackage[];
  integratedBudgets: DemoIntegratedBudget[];
  supportOrganisations: DemoSupportOrganisation[];
  personalAssistants: DemoPersonalAssistant[];
  employments: DemoEmployment[];
  /** The DBS check behind each checked PA's status. */
  dbsChecks: DemoDbsCheck[];
  trainingProviders: DemoTrainingProvider[];
  courses: DemoCourse[];
  trainingRecords: DemoTrainingRecord[];
  careCertificateAssessors: DemoCareCertificateAssessor[];
  /** Workplace competence per standard; the knowledge is the standard's training record. */
  careCertificateAssessments: DemoCareCertificateAssessment[];
  courseSessions: DemoCourseSession[];
  trainingFundingClaims: DemoTrainingFundingClaim[];
  peerGroups: DemoPeerGroup[];
  peerGroupMeetings: DemoPeerGroupMeeting[];
  dpMentors: DemoDpMentor[];
  dpMentorOffers: DemoDpMentorOffer[];
  transitions: DemoTransition[];
  healthPlans: DemoHealthPlan[];
  paymentProcessingAgreements: DemoPaymentProcessingAgreement[];
  microEnterprises: DemoMicroEnterprise[];
  microCareHours: DemoMicroCareHours[];
  microCareClients: DemoMicroCareClient[];
  supportOffers: DemoSupportOffer[];
  /** Centroids of the region's postcode districts, for distances on the findable register. */
  districtCentroids: DemoDistrictCentroid[];
  /** The entries PAs chose to publish on the findable register. */
  registerEntries: DemoRegisterEntry[];
  /** Contacts register hosts made with findable PAs for people looking for one: mostly self-funders (W10, question 25). */
  registerContacts: DemoRegisterContact[];
  /** Named people the README and tests refer to. */
  featured: {
    /** Moved from a council direct payment to an ICB personal health budget keeping the same (3) PAs. */
    movedDirectPaymentToPhb: string;
    /** Others who made the same move. */
    alsoMovedDirectPaymentToPhb: string[];
    /** On an integrated budget (council + ICB shares). */
    integratedBudget: string;
    /** A PA who works for employers in two different councils. */
    crossBorderPa: string;
    /**
     * On a council DP, proposed for a PHB, agreed by both funders but blocked: one PA's required
     * NHS-signed competence has lapsed, and nothing else stands in the way (full-size regions;
     * a small one may add other blockers, and a tiny one may have nobody, giving '').
     */
    inFlightBlocked: string;
  };
}
