import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TrainingProviderModel, CourseModel, CareCertificateAssessorModel, CourseSessionModel, TrainingFundingClaimModel, TrainingRecordModel } from './prisma/models.ts';
import type { PersonalAssistantRef } from '../references.ts';
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

/** A Care Certificate assessor on the register: who, from which organisation, and how many assessments a month they can take on. */
export type CareCertificateAssessor = {
  __typename?: 'CareCertificateAssessor';
  /** Standards they assessed in the last 30 days. */
  assessedLast30Days: Scalars['Int']['output'];
  /** Standards they can assess in a month. */
  capacityPerMonth: Scalars['Int']['output'];
  /** Hub id of the assessor (a UUID). */
  id: Scalars['ID']['output'];
  /** Council-trained or a college's internal assessor. */
  kind: CareCertificateAssessorKind;
  /** The assessor's name. */
  name: Scalars['String']['output'];
  /** The organisation they assess for. */
  organisation: TrainingProvider;
};

/** Who a Care Certificate assessor is: council-trained, or a college's internal assessor. */
export type CareCertificateAssessorKind =
  /** A further education college's internal assessor. */
  | 'COLLEGE_INTERNAL_ASSESSOR'
  /** Trained by a council's learning and development team to assess in the workplace. */
  | 'COUNCIL_TRAINED';

/** A page of PAs at a Care Certificate stage. */
export type CareCertificateConnection = {
  __typename?: 'CareCertificateConnection';
  /** The PAs on this page. */
  edges: Array<CareCertificateEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many PAs are at the stage, counting only those the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** One PA in a page of Care Certificate progress. */
export type CareCertificateEdge = {
  __typename?: 'CareCertificateEdge';
  /** Opaque cursor of this item, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The PA (their careCertificate field carries the progress). */
  node: PersonalAssistant;
};

/** A PA's progress through the Care Certificate's 16 standards. */
export type CareCertificateProgress = {
  __typename?: 'CareCertificateProgress';
  /** The day the certificate was awarded (every standard's knowledge and competence done); null until then. */
  awardedOn?: Maybe<Scalars['Date']['output']>;
  /** Standards whose workplace competence is assessed, 0 to 16. */
  competencesAssessed: Scalars['Int']['output'];
  /** True when all 16 standards are completed. */
  complete: Scalars['Boolean']['output'];
  /** Where the PA stands; null before any standard's knowledge. */
  stage?: Maybe<CareCertificateStage>;
  /** Each standard in order, with its completion date. */
  standards: Array<CareCertificateStandardProgress>;
  /** Standards whose knowledge is done and whose competence waits for assessment. */
  standardsAwaitingAssessment: Scalars['Int']['output'];
  /** Standards completed, 0 to 16. */
  standardsCompleted: Scalars['Int']['output'];
  /** Standards in the Care Certificate: 16. */
  standardsTotal: Scalars['Int']['output'];
};

/** Where a PA stands with the Care Certificate. */
export type CareCertificateStage =
  /** Every standard's knowledge completed; waiting for workplace assessment of at least one. */
  | 'AWAITING_ASSESSMENT'
  /** Every standard's knowledge completed and competence assessed: the certificate is awarded. */
  | 'AWARDED'
  /** Some standards' knowledge completed, not all. */
  | 'KNOWLEDGE_IN_PROGRESS';

/** One of the 16 Care Certificate standards, and when the PA completed it. */
export type CareCertificateStandardProgress = {
  __typename?: 'CareCertificateStandardProgress';
  /** Who assessed it. */
  assessor?: Maybe<CareCertificateAssessor>;
  /** The day the PA's competence in the standard was assessed in the workplace; null while not assessed. */
  competenceAssessedOn?: Maybe<Scalars['Date']['output']>;
  /** The day the PA completed it; null while not completed. */
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** The day the standard's knowledge was completed (its course); null while not completed. */
  knowledgeCompletedOn?: Maybe<Scalars['Date']['output']>;
  /** The standard's number, 1 to 16. */
  standard: Scalars['Int']['output'];
  /** The standard's title, e.g. "Safeguarding adults". */
  title: Scalars['String']['output'];
};

/**
 * A course PAs complete, with how long it takes and how long a completion stays current. Part of the
 * public directory.
 */
export type Course = {
  __typename?: 'Course';
  /** 1-16 for a Care Certificate standard. */
  careCertificateStandard?: Maybe<Scalars['Int']['output']>;
  /** What the course is for. */
  category: CourseCategory;
  /**
   * The course's code, e.g. CC01 to CC16 for the Care Certificate standards, MP2 (moving and
   * positioning), MED1 (medication), HT-PEG (PEG feeding), ESS-FA (first aid).
   */
  code: Scalars['String']['output'];
  /** Length in days (0.5 for a half day). */
  durationDays: Scalars['Float']['output'];
  /** Hub id of the course (a UUID). */
  id: Scalars['ID']['output'];
  /** The provider that runs it. */
  provider: TrainingProvider;
  /** Health-task competences are signed off by NHS clinical staff. */
  requiresNhsSignOff: Scalars['Boolean']['output'];
  /** The course's title, e.g. "PEG feeding". */
  title: Scalars['String']['output'];
  /** Months a completion stays current; null when it does not expire. */
  validityMonths?: Maybe<Scalars['Int']['output']>;
};

/** Completions of one course current on the period's last day. */
export type CourseAggregateRow = {
  __typename?: 'CourseAggregateRow';
  /** What the course is for. */
  category: CourseCategory;
  /** Distinct PAs in scope holding a current completion. */
  count: SuppressedCount;
  /** Course code, e.g. MP2 or HT-PEG. */
  key: Scalars['String']['output'];
  /** The course's title. */
  label: Scalars['String']['output'];
};

/** What a course is for. */
export type CourseCategory =
  /**
   * One of the 16 standards of the Care Certificate (Skills for Care), the induction standard for care
   * workers.
   */
  | 'CARE_CERTIFICATE_STANDARD'
  /**
   * Essential courses: manual handling, first aid, medication awareness, food hygiene, safeguarding,
   * promoting independence, communication.
   */
  | 'ESSENTIAL_SKILLS'
  /**
   * A delegated health task (PEG feeding, stoma care, catheter care, suction, epilepsy rescue
   * medication): valid only when signed off by NHS clinical staff.
   */
  | 'HEALTH_TASK_COMPETENCE'
  /** Supporting people with their medication. */
  | 'MEDICATION'
  /** Moving and positioning people safely (the two-day course micro-carers need before direct commissioning). */
  | 'MOVING_AND_POSITIONING';

/**
 * One sitting of a course: when and where. Part of the public directory. Employers look for sessions
 * in their home or outside 9-5, Monday to Friday, so that training fits around care.
 */
export type CourseSession = {
  __typename?: 'CourseSession';
  /** The course taught. */
  course: Course;
  /** When it ends. */
  endsAt: Scalars['DateTime']['output'];
  /** Hub id of the session (a UUID). */
  id: Scalars['ID']['output'];
  /** Held in the employer's home. */
  inEmployersHome: Scalars['Boolean']['output'];
  /**
   * Runs at least partly outside 09:00-17:00 Monday to Friday, UK time: it starts before 09:00, ends
   * after 17:00, or falls on a Saturday or Sunday.
   */
  outsideWeekdayHours: Scalars['Boolean']['output'];
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Where it is held. */
  venue: CourseVenueKind;
};

/** Which course sessions to list. */
export type CourseSessionFilter = {
  /** Only sessions in the employer's home or outside 09:00-17:00 Monday to Friday. */
  flexibleOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sessions starting on or after this day (UK time). */
  from: Scalars['Date']['input'];
  /** Only courses of this training provider (its hub id). */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** Sessions starting on or before this day (UK time); at most 366 days after from. */
  to: Scalars['Date']['input'];
};

/** Where a course session is held. */
export type CourseVenueKind =
  /** At a community venue (a library, community centre or user-led organisation's rooms). */
  | 'COMMUNITY'
  /** In the individual employer's own home, where the PA works. */
  | 'EMPLOYER_HOME'
  /** Online, live. */
  | 'ONLINE'
  /** At the training provider's own premises. */
  | 'PROVIDER';

/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Record a standard's workplace competence assessment, by the caller's organisation's assessor (never the PA's own record). */
  recordCareCertificateAssessment: CareCertificateProgress;
  /** Record a completed course. The expiry date follows from the course's validity. */
  recordTraining: TrainingRecord;
  /**
   * Record an employer's training funding claim: by a support adviser claiming through their
   * organisation, a social worker of the employer's council helping them, or the employer.
   */
  recordTrainingFundingClaim: TrainingFundingClaim;
  /** Add an assessor to the Care Certificate assessor register, for the caller's own organisation. */
  registerCareCertificateAssessor: CareCertificateAssessor;
  /** Hub step of a person merge: move every training funding claim naming fromPersonId as employer to toPersonId, recording each. Nothing is refused; an employer's several claims are no clash. Repeats move nothing new. */
  repointPersonInTraining: RepointResult;
  /**
   * Step of a PA merge (asked by the support register): move every training record, competences
   * included, naming fromPersonalAssistantId to toPersonalAssistantId, recording each. Nothing is
   * refused for clashing: the same course recorded for both is kept and reported in overlaps.
   * Repeats of the same merge move nothing new.
   */
  repointPersonalAssistantInTraining: RepointResult;
  /** Hub compensation or unmerge of a person merge: move exactly the funding claims this merge moved here back. Repeats move nothing more. */
  revertPersonRepointInTraining: RepointResult;
  /** Compensation or unmerge of a PA merge: move exactly the training records this merge moved here back. Repeats move nothing more. */
  revertPersonalAssistantRepointInTraining: RepointResult;
  /** Schedule a session of one of the caller's organisation's courses. */
  scheduleCourseSession: CourseSession;
  /** Record what the fund answered to a submitted claim. */
  settleTrainingFundingClaim: TrainingFundingClaim;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordCareCertificateAssessmentArgs = {
  input: RecordCareCertificateAssessmentInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordTrainingArgs = {
  input: RecordTrainingInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRecordTrainingFundingClaimArgs = {
  input: RecordTrainingFundingClaimInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRegisterCareCertificateAssessorArgs = {
  input: RegisterCareCertificateAssessorInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRepointPersonInTrainingArgs = {
  fromPersonId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
  toPersonId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRepointPersonalAssistantInTrainingArgs = {
  fromPersonalAssistantId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
  toPersonalAssistantId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRevertPersonRepointInTrainingArgs = {
  mergeId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationRevertPersonalAssistantRepointInTrainingArgs = {
  mergeId: Scalars['ID']['input'];
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationScheduleCourseSessionArgs = {
  input: ScheduleCourseSessionInput;
};


/**
 * Changes to the records. Every write is checked before anything is written (role, organisation, and
 * the person, PA or record it acts on) and recorded in the audit trail, made or refused.
 */
export type MutationSettleTrainingFundingClaimArgs = {
  id: Scalars['ID']['input'];
  outcome: TrainingFundingClaimOutcome;
  settledOn: Scalars['Date']['input'];
};

/** Training and Care Certificate progress of the PAs a filter covers, for commissioners: counts only. */
export type PaTrainingAggregates = {
  __typename?: 'PaTrainingAggregates';
  /** PAs by Care Certificate progress on the period's last day. */
  careCertificate: Array<AggregateRow>;
  /** PAs who have completed each of the 16 standards by the period's last day. */
  careCertificateStandards: Array<AggregateRow>;
  /** Courses completed in the period by PAs in scope. */
  completionsInPeriod: SuppressedCount;
  /** PAs holding a current completion of each other course (moving and positioning, medication, essential skills, health-task competences). */
  currentCourses: Array<CourseAggregateRow>;
  /** First day of the period counted. */
  from: Scalars['Date']['output'];
  /** Distinct PAs employed in the period by people in scope. */
  personalAssistants: SuppressedCount;
  /** Last day of the period counted. */
  to: Scalars['Date']['output'];
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
  /** Hub-minted UUID. */
  id: Scalars['ID']['output'];
};

/** A personal assistant on the hub's PA register. */
export type PersonalAssistant = {
  __typename?: 'PersonalAssistant';
  /** The PA's Care Certificate progress. Null for callers who may not see the PA's training. */
  careCertificate?: Maybe<CareCertificateProgress>;
  /** Hub-minted id (PAs have no national identifier). */
  id: Scalars['ID']['output'];
  /** Completed training, newest first. */
  trainingRecords?: Maybe<Array<TrainingRecord>>;
};

/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type Query = {
  __typename?: 'Query';
  /** The Care Certificate assessor register, by name; only one organisation's when given (a training provider's hub id). */
  careCertificateAssessors: Array<CareCertificateAssessor>;
  /** PAs the caller may see at a Care Certificate stage, e.g. knowledge done and waiting for assessment; in order of PA id. */
  careCertificates: CareCertificateConnection;
  /** Course sessions starting in a period, soonest first (public directory). */
  courseSessions: Array<CourseSession>;
  /** The course catalogue (public directory), optionally of one category. */
  courses: Array<Course>;
  /** Training and Care Certificate progress of the PAs a filter covers, suppressed and rounded. */
  paTrainingAggregates: PaTrainingAggregates;
  /** The training funding claims of the employers the caller may see, made in a period, with totals by fund, support organisation and course. */
  trainingFundingClaims: TrainingFundingClaims;
  /** Every training provider (public directory). */
  trainingProviders: Array<TrainingProvider>;
  /** One training record by hub id; null when it is not held or the caller may not see it. */
  trainingRecord?: Maybe<TrainingRecord>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryCareCertificateAssessorsArgs = {
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryCareCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stage: CareCertificateStage;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryCourseSessionsArgs = {
  filter: CourseSessionFilter;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryCoursesArgs = {
  category?: InputMaybe<CourseCategory>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryPaTrainingAggregatesArgs = {
  filter?: InputMaybe<AggregateFilter>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryTrainingFundingClaimsArgs = {
  filter: TrainingFundingClaimFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What the graph answers. Every read of a person's or PA's data is checked against the caller's
 * organisation, relationships and role, and recorded in the audit trail; a record out of scope answers
 * as if it did not exist (NOT_FOUND or null).
 */
export type QueryTrainingRecordArgs = {
  id: Scalars['ID']['input'];
};

/** A standard's competence assessed in the PA's workplace. */
export type RecordCareCertificateAssessmentInput = {
  /** The day of the assessment: today or earlier, not before the knowledge was completed. */
  assessedOn: Scalars['Date']['input'];
  /** Hub id of the assessor, of the caller's organisation. */
  assessorId: Scalars['ID']['input'];
  /** Hub id of the PA assessed. */
  personalAssistantId: Scalars['ID']['input'];
  /** The standard, 1 to 16: its knowledge must be completed first. */
  standard: Scalars['Int']['input'];
};

/** A training funding claim to record. */
export type RecordTrainingFundingClaimInput = {
  /** Pounds claimed: more than 0, at most 5000. */
  amount: Scalars['Float']['input'];
  /** The day the claim was made: today or earlier. */
  claimedOn: Scalars['Date']['input'];
  /** The course's code, e.g. ESS-FA. */
  courseCode: Scalars['String']['input'];
  /** Hub id of the employer claiming. */
  employerPersonId: Scalars['ID']['input'];
  /** The fund claimed from. */
  fund: TrainingFund;
};

/** A completed course to record for a PA. */
export type RecordTrainingInput = {
  /** The day it was completed (YYYY-MM-DD); not in the future. */
  completedOn: Scalars['Date']['input'];
  /** The course's code, e.g. HT-PEG or CC05. */
  courseCode: Scalars['String']['input'];
  /** Hub id of the PA. */
  personalAssistantId: Scalars['ID']['input'];
  /** Who signed it off. */
  signedOffBy: SignOffInput;
};

/** A Care Certificate assessor to add to the register, for the caller's own organisation (a council's learning and development team, or a college). */
export type RegisterCareCertificateAssessorInput = {
  /** Standards they can assess in a month: 0 to 200. */
  capacityPerMonth: Scalars['Int']['input'];
  /** COUNCIL_TRAINED for a council's team, COLLEGE_INTERNAL_ASSESSOR for a college. */
  kind: CareCertificateAssessorKind;
  /** The assessor's name (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** Hub id of the PA the assessor also is, if they work as one: they may then never assess their own record. */
  personalAssistantId?: InputMaybe<Scalars['ID']['input']>;
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

/** A course session to schedule, for a course of the caller's own organisation. */
export type ScheduleCourseSessionInput = {
  /** The course's code, e.g. MP2. */
  courseCode: Scalars['String']['input'];
  /** When it ends: after it starts, and within 12 hours. */
  endsAt: Scalars['DateTime']['input'];
  /** When it starts: not in the past. */
  startsAt: Scalars['DateTime']['input'];
  /** Where it is held. */
  venue: CourseVenueKind;
};

/** Who signed a completion off: the assessor, and whether they are NHS clinical staff. */
export type SignOff = {
  __typename?: 'SignOff';
  /** For an NHS sign-off recorded in the hub: the signed-in NHS trainer who attested it. Null otherwise, and for records loaded in bulk. */
  attestedBy?: Maybe<Scalars['String']['output']>;
  /** The assessor's name. */
  name: Scalars['String']['output'];
  /** Signed off by NHS clinical staff: only a trainer of an NHS organisation that trains the PA (or their employer) records this. */
  nhsStaff: Scalars['Boolean']['output'];
  /** For an NHS sign-off recorded in the hub: the NHS organisation on whose behalf it was attested (its hub id or ODS code). */
  onBehalfOf?: Maybe<Scalars['String']['output']>;
  /** The assessor's organisation, by name. */
  organisation: Scalars['String']['output'];
  /** The assessor's role, e.g. "Clinical nurse specialist" or "Care Certificate assessor". */
  role: Scalars['String']['output'];
};

/** Who signed a completion off. */
export type SignOffInput = {
  /** The assessor's name. */
  name: Scalars['String']['input'];
  /**
   * True when the assessor is NHS clinical staff. Only a trainer of an NHS organisation that already
   * trains the PA (or their employer) may say so; anyone else is refused FORBIDDEN.
   */
  nhsStaff: Scalars['Boolean']['input'];
  /** The assessor's organisation, by name. */
  organisation: Scalars['String']['input'];
  /** The assessor's role. */
  role: Scalars['String']['input'];
};

/** An organisation that supports individual employers and PAs: advice, payroll, managed accounts, registers. */
export type SupportOrganisation = {
  __typename?: 'SupportOrganisation';
  /** Hub id of the support organisation (a UUID). */
  id: Scalars['ID']['output'];
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

/** A fund individual employers claim training money from. */
export type TrainingFund =
  /** Skills for Care's individual employer funding, for employers of PAs and their PAs. */
  | 'INDIVIDUAL_EMPLOYER_FUNDING'
  /** Skills for Care's Workforce Development Fund (WDF). */
  | 'WORKFORCE_DEVELOPMENT_FUND';

/** Claims and their amounts for one course. */
export type TrainingFundingByCourse = {
  __typename?: 'TrainingFundingByCourse';
  /** Pounds claimed. */
  amount: Scalars['Float']['output'];
  /** Claims made. */
  claims: Scalars['Int']['output'];
  /** The course. */
  course: Course;
};

/** Claims and their amounts for one fund. */
export type TrainingFundingByFund = {
  __typename?: 'TrainingFundingByFund';
  /** Pounds claimed. */
  amount: Scalars['Float']['output'];
  /** Claims made. */
  claims: Scalars['Int']['output'];
  /** The fund. */
  fund: TrainingFund;
};

/** Claims and their amounts made through one support organisation, or directly. */
export type TrainingFundingBySupportOrganisation = {
  __typename?: 'TrainingFundingBySupportOrganisation';
  /** Pounds claimed. */
  amount: Scalars['Float']['output'];
  /** Claims made. */
  claims: Scalars['Int']['output'];
  /** The support organisation; null for claims the employers made directly. */
  supportOrganisation?: Maybe<SupportOrganisation>;
};

/**
 * A claim an individual employer made for training funding for a course, directly (alone or with the
 * council's help) or through a support organisation acting for them. Seen by those who may see the
 * employer's funding: their funders' care teams, their support organisations and the employer.
 */
export type TrainingFundingClaim = {
  __typename?: 'TrainingFundingClaim';
  /** The amount claimed, in pounds. */
  amount: Scalars['Float']['output'];
  /** The day the claim was made. */
  claimedOn: Scalars['Date']['output'];
  /** The support organisation that claimed for the employer; null when the employer claimed directly. */
  claimedThrough?: Maybe<SupportOrganisation>;
  /** The course the money pays for. */
  course: Course;
  /** The employer; null when the caller may not see them. */
  employer?: Maybe<Person>;
  /** The fund claimed from. */
  fund: TrainingFund;
  /** Hub id of the claim (a UUID). */
  id: Scalars['ID']['output'];
  /** The day it was paid or refused; null while submitted. */
  settledOn?: Maybe<Scalars['Date']['output']>;
  /** Where the claim stands. */
  status: TrainingFundingClaimStatus;
};

/** Which claims to count. */
export type TrainingFundingClaimFilter = {
  /** First day of the period (the claim's day). */
  from: Scalars['Date']['input'];
  /** Only claims from this fund. */
  fund?: InputMaybe<TrainingFund>;
  /** Last day of the period; at most 366 days after from. */
  to: Scalars['Date']['input'];
};

/** What the fund answered. */
export type TrainingFundingClaimOutcome =
  /** Paid out. */
  | 'PAID'
  /** Refused. */
  | 'REJECTED';

/** Where a training funding claim stands. */
export type TrainingFundingClaimStatus =
  /** Paid out. */
  | 'PAID'
  /** Refused by the fund. */
  | 'REJECTED'
  /** Claimed; no answer yet. */
  | 'SUBMITTED';

/** The training funding claims of the employers the caller may see, made in a period, with totals. */
export type TrainingFundingClaims = {
  __typename?: 'TrainingFundingClaims';
  /** By course, most claimed first. */
  byCourse: Array<TrainingFundingByCourse>;
  /** By fund, in the enum's order. */
  byFund: Array<TrainingFundingByFund>;
  /** By support organisation (most claimed first), the employers' own claims as one row. */
  bySupportOrganisation: Array<TrainingFundingBySupportOrganisation>;
  /** The claims themselves, newest first, up to the page size asked for. */
  claims: Array<TrainingFundingClaim>;
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** Pounds of those claims paid out so far. */
  paidAmount: Scalars['Float']['output'];
  /** Last day of the period. */
  to: Scalars['Date']['output'];
  /** Pounds claimed in the period. */
  totalAmount: Scalars['Float']['output'];
  /** Claims made in the period. */
  totalCount: Scalars['Int']['output'];
};

/**
 * An organisation that trains PAs and individual employers. Part of the public directory: anyone may
 * list providers.
 */
export type TrainingProvider = {
  __typename?: 'TrainingProvider';
  /** Hub id of the training provider (a UUID); the organisation code its users' tokens carry. */
  id: Scalars['ID']['output'];
  /** What kind of organisation it is. */
  kind: TrainingProviderKind;
  /** The provider's name, e.g. "Newcastle upon Tyne Hospitals NHS Foundation Trust". */
  name: Scalars['String']['output'];
};

/** What kind of organisation a training provider is. */
export type TrainingProviderKind =
  /** A council's learning and development (workforce development) team. */
  | 'COUNCIL_LEARNING_AND_DEVELOPMENT'
  /** A further education college. */
  | 'FURTHER_EDUCATION_COLLEGE'
  /** An independent training company. */
  | 'INDEPENDENT_TRAINING_PROVIDER'
  /** An NHS trust: its clinical staff train PAs in health tasks and may sign off their competences. */
  | 'NHS_TRUST'
  /** A user-led organisation (run by disabled people) that trains employers and PAs. */
  | 'USER_LED_ORGANISATION';

/**
 * A course a PA completed. Seen by the care teams of the PA's employers, the PA's support adviser, the
 * trainer's own organisation, the PA and their employer.
 */
export type TrainingRecord = {
  __typename?: 'TrainingRecord';
  /** The day the course was completed (signed off). */
  completedOn: Scalars['Date']['output'];
  /** The course completed. */
  course: Course;
  /** Completed and not expired today. */
  current: Scalars['Boolean']['output'];
  /**
   * The last day the completion is current (completedOn plus the course's validity); null when it does
   * not expire.
   */
  expiresOn?: Maybe<Scalars['Date']['output']>;
  /** Hub id of the training record (a UUID). */
  id: Scalars['ID']['output'];
  /** Null when the caller may not see the PA: a hidden record never hides the one that names it. */
  personalAssistant?: Maybe<PersonalAssistant>;
  /** Who signed it off. */
  signedOffBy: SignOff;
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
  Course: Course;
  PersonalAssistant: PersonalAssistant;
  TrainingProvider: TrainingProvider;
  TrainingRecord: TrainingRecord;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Course:
    ( { __typename: 'Course' }
    & GraphQLRecursivePick<FederationTypes['Course'], {"id":true}> );
  PersonalAssistant:
    ( { __typename: 'PersonalAssistant' }
    & GraphQLRecursivePick<FederationTypes['PersonalAssistant'], {"id":true}> );
  TrainingProvider:
    ( { __typename: 'TrainingProvider' }
    & GraphQLRecursivePick<FederationTypes['TrainingProvider'], {"id":true}> );
  TrainingRecord:
    ( { __typename: 'TrainingRecord' }
    & GraphQLRecursivePick<FederationTypes['TrainingRecord'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AggregateFilter: AggregateFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AggregateRow: ResolverTypeWrapper<AggregateRow>;
  CareCertificateAssessor: ResolverTypeWrapper<CareCertificateAssessorModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CareCertificateAssessorKind: CareCertificateAssessorKind;
  CareCertificateConnection: ResolverTypeWrapper<Omit<CareCertificateConnection, 'edges'> & { edges: Array<ResolversTypes['CareCertificateEdge']> }>;
  CareCertificateEdge: ResolverTypeWrapper<Omit<CareCertificateEdge, 'node'> & { node: ResolversTypes['PersonalAssistant'] }>;
  CareCertificateProgress: ResolverTypeWrapper<Omit<CareCertificateProgress, 'standards'> & { standards: Array<ResolversTypes['CareCertificateStandardProgress']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CareCertificateStage: CareCertificateStage;
  CareCertificateStandardProgress: ResolverTypeWrapper<Omit<CareCertificateStandardProgress, 'assessor'> & { assessor?: Maybe<ResolversTypes['CareCertificateAssessor']> }>;
  Course: ResolverTypeWrapper<CourseModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CourseAggregateRow: ResolverTypeWrapper<CourseAggregateRow>;
  CourseCategory: CourseCategory;
  CourseSession: ResolverTypeWrapper<CourseSessionModel>;
  CourseSessionFilter: CourseSessionFilter;
  CourseVenueKind: CourseVenueKind;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PaTrainingAggregates: ResolverTypeWrapper<PaTrainingAggregates>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<Person>;
  PersonalAssistant: ResolverTypeWrapper<PersonalAssistantRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCareCertificateAssessmentInput: RecordCareCertificateAssessmentInput;
  RecordTrainingFundingClaimInput: RecordTrainingFundingClaimInput;
  RecordTrainingInput: RecordTrainingInput;
  RegisterCareCertificateAssessorInput: RegisterCareCertificateAssessorInput;
  RepointResult: ResolverTypeWrapper<RepointResult>;
  ScheduleCourseSessionInput: ScheduleCourseSessionInput;
  SignOff: ResolverTypeWrapper<SignOff>;
  SignOffInput: SignOffInput;
  SupportOrganisation: ResolverTypeWrapper<SupportOrganisation>;
  SuppressedCount: ResolverTypeWrapper<SuppressedCount>;
  TrainingFund: TrainingFund;
  TrainingFundingByCourse: ResolverTypeWrapper<Omit<TrainingFundingByCourse, 'course'> & { course: ResolversTypes['Course'] }>;
  TrainingFundingByFund: ResolverTypeWrapper<TrainingFundingByFund>;
  TrainingFundingBySupportOrganisation: ResolverTypeWrapper<TrainingFundingBySupportOrganisation>;
  TrainingFundingClaim: ResolverTypeWrapper<TrainingFundingClaimModel>;
  TrainingFundingClaimFilter: TrainingFundingClaimFilter;
  TrainingFundingClaimOutcome: TrainingFundingClaimOutcome;
  TrainingFundingClaimStatus: TrainingFundingClaimStatus;
  TrainingFundingClaims: ResolverTypeWrapper<Omit<TrainingFundingClaims, 'byCourse' | 'claims'> & { byCourse: Array<ResolversTypes['TrainingFundingByCourse']>, claims: Array<ResolversTypes['TrainingFundingClaim']> }>;
  TrainingProvider: ResolverTypeWrapper<TrainingProviderModel>;
  TrainingProviderKind: TrainingProviderKind;
  TrainingRecord: ResolverTypeWrapper<TrainingRecordModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AggregateFilter: AggregateFilter;
  String: Scalars['String']['output'];
  AggregateRow: AggregateRow;
  CareCertificateAssessor: CareCertificateAssessorModel;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  CareCertificateConnection: Omit<CareCertificateConnection, 'edges'> & { edges: Array<ResolversParentTypes['CareCertificateEdge']> };
  CareCertificateEdge: Omit<CareCertificateEdge, 'node'> & { node: ResolversParentTypes['PersonalAssistant'] };
  CareCertificateProgress: Omit<CareCertificateProgress, 'standards'> & { standards: Array<ResolversParentTypes['CareCertificateStandardProgress']> };
  Boolean: Scalars['Boolean']['output'];
  CareCertificateStandardProgress: Omit<CareCertificateStandardProgress, 'assessor'> & { assessor?: Maybe<ResolversParentTypes['CareCertificateAssessor']> };
  Course: CourseModel;
  Float: Scalars['Float']['output'];
  CourseAggregateRow: CourseAggregateRow;
  CourseSession: CourseSessionModel;
  CourseSessionFilter: CourseSessionFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  PaTrainingAggregates: PaTrainingAggregates;
  PageInfo: PageInfo;
  Person: Person;
  PersonalAssistant: PersonalAssistantRef;
  Query: Record<PropertyKey, never>;
  RecordCareCertificateAssessmentInput: RecordCareCertificateAssessmentInput;
  RecordTrainingFundingClaimInput: RecordTrainingFundingClaimInput;
  RecordTrainingInput: RecordTrainingInput;
  RegisterCareCertificateAssessorInput: RegisterCareCertificateAssessorInput;
  RepointResult: RepointResult;
  ScheduleCourseSessionInput: ScheduleCourseSessionInput;
  SignOff: SignOff;
  SignOffInput: SignOffInput;
  SupportOrganisation: SupportOrganisation;
  SuppressedCount: SuppressedCount;
  TrainingFundingByCourse: Omit<TrainingFundingByCourse, 'course'> & { course: ResolversParentTypes['Course'] };
  TrainingFundingByFund: TrainingFundingByFund;
  TrainingFundingBySupportOrganisation: TrainingFundingBySupportOrganisation;
  TrainingFundingClaim: TrainingFundingClaimModel;
  TrainingFundingClaimFilter: TrainingFundingClaimFilter;
  TrainingFundingClaims: Omit<TrainingFundingClaims, 'byCourse' | 'claims'> & { byCourse: Array<ResolversParentTypes['TrainingFundingByCourse']>, claims: Array<ResolversParentTypes['TrainingFundingClaim']> };
  TrainingProvider: TrainingProviderModel;
  TrainingRecord: TrainingRecordModel;
}>;

export type AggregateRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AggregateRow'] = ResolversParentTypes['AggregateRow']> = ResolversObject<{
  count?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CareCertificateAssessorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareCertificateAssessor'] = ResolversParentTypes['CareCertificateAssessor']> = ResolversObject<{
  assessedLast30Days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacityPerMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CareCertificateAssessorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['TrainingProvider'], ParentType, ContextType>;
}>;

export type CareCertificateConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareCertificateConnection'] = ResolversParentTypes['CareCertificateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CareCertificateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CareCertificateEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareCertificateEdge'] = ResolversParentTypes['CareCertificateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PersonalAssistant'], ParentType, ContextType>;
}>;

export type CareCertificateProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareCertificateProgress'] = ResolversParentTypes['CareCertificateProgress']> = ResolversObject<{
  awardedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  competencesAssessed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['CareCertificateStage']>, ParentType, ContextType>;
  standards?: Resolver<Array<ResolversTypes['CareCertificateStandardProgress']>, ParentType, ContextType>;
  standardsAwaitingAssessment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standardsCompleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  standardsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CareCertificateStandardProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CareCertificateStandardProgress'] = ResolversParentTypes['CareCertificateStandardProgress']> = ResolversObject<{
  assessor?: Resolver<Maybe<ResolversTypes['CareCertificateAssessor']>, ParentType, ContextType>;
  competenceAssessedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  knowledgeCompletedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course'], FederationReferenceType extends FederationReferenceTypes['Course'] = FederationReferenceTypes['Course']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Course']> | FederationReferenceType, FederationReferenceType, ContextType>;
  careCertificateStandard?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['CourseCategory'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['TrainingProvider'], ParentType, ContextType>;
  requiresNhsSignOff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validityMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CourseAggregateRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseAggregateRow'] = ResolversParentTypes['CourseAggregateRow']> = ResolversObject<{
  category?: Resolver<ResolversTypes['CourseCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CourseSessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CourseSession'] = ResolversParentTypes['CourseSession']> = ResolversObject<{
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inEmployersHome?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outsideWeekdayHours?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['CourseVenueKind'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordCareCertificateAssessment?: Resolver<ResolversTypes['CareCertificateProgress'], ParentType, ContextType, RequireFields<MutationRecordCareCertificateAssessmentArgs, 'input'>>;
  recordTraining?: Resolver<ResolversTypes['TrainingRecord'], ParentType, ContextType, RequireFields<MutationRecordTrainingArgs, 'input'>>;
  recordTrainingFundingClaim?: Resolver<ResolversTypes['TrainingFundingClaim'], ParentType, ContextType, RequireFields<MutationRecordTrainingFundingClaimArgs, 'input'>>;
  registerCareCertificateAssessor?: Resolver<ResolversTypes['CareCertificateAssessor'], ParentType, ContextType, RequireFields<MutationRegisterCareCertificateAssessorArgs, 'input'>>;
  repointPersonInTraining?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRepointPersonInTrainingArgs, 'fromPersonId' | 'mergeId' | 'toPersonId'>>;
  repointPersonalAssistantInTraining?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRepointPersonalAssistantInTrainingArgs, 'fromPersonalAssistantId' | 'mergeId' | 'toPersonalAssistantId'>>;
  revertPersonRepointInTraining?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRevertPersonRepointInTrainingArgs, 'mergeId'>>;
  revertPersonalAssistantRepointInTraining?: Resolver<ResolversTypes['RepointResult'], ParentType, ContextType, RequireFields<MutationRevertPersonalAssistantRepointInTrainingArgs, 'mergeId'>>;
  scheduleCourseSession?: Resolver<ResolversTypes['CourseSession'], ParentType, ContextType, RequireFields<MutationScheduleCourseSessionArgs, 'input'>>;
  settleTrainingFundingClaim?: Resolver<ResolversTypes['TrainingFundingClaim'], ParentType, ContextType, RequireFields<MutationSettleTrainingFundingClaimArgs, 'id' | 'outcome' | 'settledOn'>>;
}>;

export type PaTrainingAggregatesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaTrainingAggregates'] = ResolversParentTypes['PaTrainingAggregates']> = ResolversObject<{
  careCertificate?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  careCertificateStandards?: Resolver<Array<ResolversTypes['AggregateRow']>, ParentType, ContextType>;
  completionsInPeriod?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  currentCourses?: Resolver<Array<ResolversTypes['CourseAggregateRow']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  personalAssistants?: Resolver<ResolversTypes['SuppressedCount'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PersonalAssistantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonalAssistant'] = ResolversParentTypes['PersonalAssistant'], FederationReferenceType extends FederationReferenceTypes['PersonalAssistant'] = FederationReferenceTypes['PersonalAssistant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PersonalAssistant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  careCertificate?: Resolver<Maybe<ResolversTypes['CareCertificateProgress']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  trainingRecords?: Resolver<Maybe<Array<ResolversTypes['TrainingRecord']>>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  careCertificateAssessors?: Resolver<Array<ResolversTypes['CareCertificateAssessor']>, ParentType, ContextType, Partial<QueryCareCertificateAssessorsArgs>>;
  careCertificates?: Resolver<ResolversTypes['CareCertificateConnection'], ParentType, ContextType, RequireFields<QueryCareCertificatesArgs, 'first' | 'stage'>>;
  courseSessions?: Resolver<Array<ResolversTypes['CourseSession']>, ParentType, ContextType, RequireFields<QueryCourseSessionsArgs, 'filter'>>;
  courses?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType, Partial<QueryCoursesArgs>>;
  paTrainingAggregates?: Resolver<ResolversTypes['PaTrainingAggregates'], ParentType, ContextType, Partial<QueryPaTrainingAggregatesArgs>>;
  trainingFundingClaims?: Resolver<ResolversTypes['TrainingFundingClaims'], ParentType, ContextType, RequireFields<QueryTrainingFundingClaimsArgs, 'filter' | 'first'>>;
  trainingProviders?: Resolver<Array<ResolversTypes['TrainingProvider']>, ParentType, ContextType>;
  trainingRecord?: Resolver<Maybe<ResolversTypes['TrainingRecord']>, ParentType, ContextType, RequireFields<QueryTrainingRecordArgs, 'id'>>;
}>;

export type RepointResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RepointResult'] = ResolversParentTypes['RepointResult']> = ResolversObject<{
  mergeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  rowsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SignOffResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignOff'] = ResolversParentTypes['SignOff']> = ResolversObject<{
  attestedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nhsStaff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SupportOrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOrganisation'] = ResolversParentTypes['SupportOrganisation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SuppressedCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuppressedCount'] = ResolversParentTypes['SuppressedCount']> = ResolversObject<{
  display?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type TrainingFundingByCourseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingFundingByCourse'] = ResolversParentTypes['TrainingFundingByCourse']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
}>;

export type TrainingFundingByFundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingFundingByFund'] = ResolversParentTypes['TrainingFundingByFund']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fund?: Resolver<ResolversTypes['TrainingFund'], ParentType, ContextType>;
}>;

export type TrainingFundingBySupportOrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingFundingBySupportOrganisation'] = ResolversParentTypes['TrainingFundingBySupportOrganisation']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supportOrganisation?: Resolver<Maybe<ResolversTypes['SupportOrganisation']>, ParentType, ContextType>;
}>;

export type TrainingFundingClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingFundingClaim'] = ResolversParentTypes['TrainingFundingClaim']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  claimedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  claimedThrough?: Resolver<Maybe<ResolversTypes['SupportOrganisation']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  employer?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  fund?: Resolver<ResolversTypes['TrainingFund'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  settledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrainingFundingClaimStatus'], ParentType, ContextType>;
}>;

export type TrainingFundingClaimsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingFundingClaims'] = ResolversParentTypes['TrainingFundingClaims']> = ResolversObject<{
  byCourse?: Resolver<Array<ResolversTypes['TrainingFundingByCourse']>, ParentType, ContextType>;
  byFund?: Resolver<Array<ResolversTypes['TrainingFundingByFund']>, ParentType, ContextType>;
  bySupportOrganisation?: Resolver<Array<ResolversTypes['TrainingFundingBySupportOrganisation']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['TrainingFundingClaim']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  paidAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrainingProviderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingProvider'] = ResolversParentTypes['TrainingProvider'], FederationReferenceType extends FederationReferenceTypes['TrainingProvider'] = FederationReferenceTypes['TrainingProvider']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TrainingProvider']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TrainingProviderKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TrainingRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TrainingRecord'] = ResolversParentTypes['TrainingRecord'], FederationReferenceType extends FederationReferenceTypes['TrainingRecord'] = FederationReferenceTypes['TrainingRecord']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TrainingRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personalAssistant?: Resolver<Maybe<ResolversTypes['PersonalAssistant']>, ParentType, ContextType>;
  signedOffBy?: Resolver<ResolversTypes['SignOff'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AggregateRow?: AggregateRowResolvers<ContextType>;
  CareCertificateAssessor?: CareCertificateAssessorResolvers<ContextType>;
  CareCertificateConnection?: CareCertificateConnectionResolvers<ContextType>;
  CareCertificateEdge?: CareCertificateEdgeResolvers<ContextType>;
  CareCertificateProgress?: CareCertificateProgressResolvers<ContextType>;
  CareCertificateStandardProgress?: CareCertificateStandardProgressResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  CourseAggregateRow?: CourseAggregateRowResolvers<ContextType>;
  CourseSession?: CourseSessionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PaTrainingAggregates?: PaTrainingAggregatesResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonalAssistant?: PersonalAssistantResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RepointResult?: RepointResultResolvers<ContextType>;
  SignOff?: SignOffResolvers<ContextType>;
  SupportOrganisation?: SupportOrganisationResolvers<ContextType>;
  SuppressedCount?: SuppressedCountResolvers<ContextType>;
  TrainingFundingByCourse?: TrainingFundingByCourseResolvers<ContextType>;
  TrainingFundingByFund?: TrainingFundingByFundResolvers<ContextType>;
  TrainingFundingBySupportOrganisation?: TrainingFundingBySupportOrganisationResolvers<ContextType>;
  TrainingFundingClaim?: TrainingFundingClaimResolvers<ContextType>;
  TrainingFundingClaims?: TrainingFundingClaimsResolvers<ContextType>;
  TrainingProvider?: TrainingProviderResolvers<ContextType>;
  TrainingRecord?: TrainingRecordResolvers<ContextType>;
}>;

