/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which people a dashboard figure covers. */
export type AggregateFilter = {
  /**
   * Only people and PAs living in this area, by their postcode district, whoever funds them (self-funders and PAs with
   * no employer included): a council's GSS code (its area) or an NHS body's ODS code (the areas of its councils). With a
   * council or NHS commissioner as well, those they fund who live in the area.
   */
  areaCode?: string | null | undefined;
  /** Only people funded by this council (GSS code, e.g. E08000021) in the period. */
  councilGssCode?: string | null | undefined;
  /** First day of the period; by default a year before the last. */
  from?: string | null | undefined;
  /** Only people funded by this NHS commissioner (ODS code, e.g. QHM) in the period; with a council, people funded by both. */
  icbOdsCode?: string | null | undefined;
  /** Last day of the period; by default today. */
  to?: string | null | undefined;
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

/** Who carried out the identity checks and submitted a DBS application for the employer (a PA cannot apply for their own). */
export type DbsProcessorKind =
  /** The council, for an employer it funds (nearly half of councils do this). */
  | 'COUNCIL'
  /** Another registered body the employer went to. */
  | 'OTHER_REGISTERED_BODY'
  /** A support organisation (about a third of councils use one). */
  | 'SUPPORT_ORGANISATION';

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

/** Who a support item is for. */
export type SupportAudience =
  /** Individual employers: people who employ their own PAs. */
  | 'EMPLOYER'
  /** Personal assistants. */
  | 'PA';

/** How a council pays a support organisation for employer support (the three kinds councils use). */
export type SupportContractType =
  /** The council pays a set amount and every service is free to employers, never out of their direct payment. */
  | 'BLOCK'
  /** Core support paid by the council, with a menu of services paid by the people using them from their personal budget. */
  | 'HYBRID'
  /** Employers choose from a menu of costed services and pay for what they use. */
  | 'PAY_AS_YOU_GO';

/** Who provides a support item in a council's area. */
export type SupportOfferProvider =
  /** The council itself. */
  | 'LOCAL_AUTHORITY'
  /** Another voluntary or community organisation. */
  | 'OTHER_VOLUNTARY_ORGANISATION'
  /** A support organisation (user-led organisation, direct payment support service). */
  | 'SUPPORT_ORGANISATION';

export type ContractsPreviousPeriodQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type ContractsPreviousPeriodQuery = { supportContractAggregates: { from: string, to: string, byType: Array<{ contractType: SupportContractType, employersSupported: { display: string, value: number | null, suppressed: boolean }, costPerEmployerSupported: { display: string, value: number | null, suppressed: boolean } }> } };

export type ContractsDashboardQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type ContractsDashboardQuery = { supportContractAggregates: { from: string, to: string, byType: Array<{ contractType: SupportContractType, contracts: number, supportOrganisations: number, value: number, councilCost: number, managedAccountPercent: number | null, peerSessionsRequired: number, peerSessionsHeld: number, quartersReturned: number, quartersPeerRequirementMet: number, peerGroupMeetings: number, employersSupported: { display: string, value: number | null, suppressed: boolean }, employerFees: { display: string, value: number | null, suppressed: boolean }, costPerEmployerSupported: { display: string, value: number | null, suppressed: boolean }, menuUptake: Array<{ item: string, label: string, contracts: number, uptakePercent: number | null, employersUsing: { display: string, value: number | null, suppressed: boolean }, employersOffered: { display: string, value: number | null, suppressed: boolean } }>, managedAccounts: { display: string, value: number | null, suppressed: boolean }, payslipsDue: { display: string, value: number | null, suppressed: boolean }, payslipsLate: { display: string, value: number | null, suppressed: boolean }, peerGroupAttendances: { display: string, value: number | null, suppressed: boolean }, complaintsReceived: { display: string, value: number | null, suppressed: boolean }, complaintsClosed: { display: string, value: number | null, suppressed: boolean }, complaintsUpheld: { display: string, value: number | null, suppressed: boolean } }>, byOrganisation: Array<{ organisation: string, contracts: number, contractTypes: Array<SupportContractType>, employersSupported: { display: string, value: number | null, suppressed: boolean }, payslipsDue: { display: string, value: number | null, suppressed: boolean }, payslipsLate: { display: string, value: number | null, suppressed: boolean } }> } };

export type DashboardFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardFilterOptionsQuery = { councils: Array<{ gssCode: string, name: string }>, healthBodies: Array<{ odsCode: string, name: string }> };

export type CountFragment = { display: string, value: number | null, suppressed: boolean };

export type AmountFragment = { display: string, value: number | null, suppressed: boolean };

export type RowFragment = { key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } };

export type MarketPreviousPeriodQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type MarketPreviousPeriodQuery = { personalBudgetAggregates: { from: string, to: string, personalBudgets: { display: string, value: number | null, suppressed: boolean }, directPayments: { display: string, value: number | null, suppressed: boolean }, averageDirectPaymentWeekly: { display: string, value: number | null, suppressed: boolean } } };

export type MarketDashboardQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type MarketDashboardQuery = { personalBudgetAggregates: { from: string, to: string, personalBudgets: { display: string, value: number | null, suppressed: boolean }, directPayments: { display: string, value: number | null, suppressed: boolean }, averageDirectPaymentWeekly: { display: string, value: number | null, suppressed: boolean }, byRoute: Array<{ key: string, label: string, people: { display: string, value: number | null, suppressed: boolean }, averageWeeklyAmount: { display: string, value: number | null, suppressed: boolean } }> }, employerMarketAggregates: { payReachingPas: Array<{ key: string, label: string, directPaymentRate: number | null, sharePercent: number | null, personalAssistants: { display: string, value: number | null, suppressed: boolean }, averageWeekdayRate: { display: string, value: number | null, suppressed: boolean } }>, bySupportOrganisation: Array<{ key: string, label: string, employers: { display: string, value: number | null, suppressed: boolean }, personalAssistants: { display: string, value: number | null, suppressed: boolean } }>, byHealthBody: Array<{ key: string, label: string, employers: { display: string, value: number | null, suppressed: boolean }, personalAssistants: { display: string, value: number | null, suppressed: boolean } }> } };

export type MarketMicroCareQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type MarketMicroCareQuery = { microCareActivityAggregates: { totalValue: { display: string, value: number | null, suppressed: boolean }, totalHours: { display: string, value: number | null, suppressed: boolean } } };

export type MicroCareDashboardQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type MicroCareDashboardQuery = { microCareAggregates: { from: string, to: string, recordedFrom: string | null, recordedTo: string | null, businesses: { display: string, value: number | null, suppressed: boolean }, newBusinesses: { display: string, value: number | null, suppressed: boolean }, careJobs: { display: string, value: number | null, suppressed: boolean }, becameAgencies: { display: string, value: number | null, suppressed: boolean }, startedByFormerPas: { display: string, value: number | null, suppressed: boolean }, qualityFrameworkCompleted: { display: string, value: number | null, suppressed: boolean }, peopleSupported: { display: string, value: number | null, suppressed: boolean }, directCommissioning: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, totalHours: { display: string, value: number | null, suppressed: boolean }, hoursByCategory: Array<{ key: string, label: string, amount: { display: string, value: number | null, suppressed: boolean } }>, hoursByFinancialYear: Array<{ key: string, label: string, amount: { display: string, value: number | null, suppressed: boolean } }>, moneyKeptLocal: { display: string, value: number | null, suppressed: boolean } } };

export type MicroCareCurrentQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type MicroCareCurrentQuery = { microCareActivityAggregates: { from: string, to: string, businesses: { display: string, value: number | null, suppressed: boolean }, peopleSupported: { display: string, value: number | null, suppressed: boolean }, totalHours: { display: string, value: number | null, suppressed: boolean }, totalValue: { display: string, value: number | null, suppressed: boolean }, byCategory: Array<{ key: string, label: string, people: { display: string, value: number | null, suppressed: boolean }, hours: { display: string, value: number | null, suppressed: boolean }, value: { display: string, value: number | null, suppressed: boolean } }>, byFundingRoute: Array<{ key: string, label: string, people: { display: string, value: number | null, suppressed: boolean }, hours: { display: string, value: number | null, suppressed: boolean }, value: { display: string, value: number | null, suppressed: boolean } }>, ratesInForce: Array<{ route: MicroCareRateRoute, hourlyRate: number, effectiveFrom: string }> } };

export type RecruitmentPreviousPeriodQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type RecruitmentPreviousPeriodQuery = { coverAndRecruitmentAggregates: { from: string, to: string, openVacancies: { display: string, value: number | null, suppressed: boolean }, overdueVacancies: { display: string, value: number | null, suppressed: boolean }, vacanciesFilled: { display: string, value: number | null, suppressed: boolean }, medianDaysToFill: { display: string, value: number | null, suppressed: boolean }, coverEvents: { display: string, value: number | null, suppressed: boolean }, medianHoursToCover: { display: string, value: number | null, suppressed: boolean }, unfilledShortCallsInRuralDistricts: { display: string, value: number | null, suppressed: boolean } } };

export type RecruitmentDashboardQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type RecruitmentDashboardQuery = { coverAndRecruitmentAggregates: { from: string, to: string, findablePas: { display: string, value: number | null, suppressed: boolean }, openVacancies: { display: string, value: number | null, suppressed: boolean }, overdueVacancies: { display: string, value: number | null, suppressed: boolean }, vacanciesFilled: { display: string, value: number | null, suppressed: boolean }, medianDaysToFill: { display: string, value: number | null, suppressed: boolean }, coverEvents: { display: string, value: number | null, suppressed: boolean }, coverRequestsMet: { display: string, value: number | null, suppressed: boolean }, medianHoursToCover: { display: string, value: number | null, suppressed: boolean }, unfilledShortCallsInRuralDistricts: { display: string, value: number | null, suppressed: boolean }, findablePasByArea: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, skillSupplyAndDemand: Array<{ key: string, label: string, findablePas: { display: string, value: number | null, suppressed: boolean }, openVacancies: { display: string, value: number | null, suppressed: boolean } | null, coverRequests: { display: string, value: number | null, suppressed: boolean } | null }>, coverEventsByHow: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, ruralSupply: Array<{ postcodeDistrict: string, nearestProviderMiles: number | null, findablePas: { display: string, value: number | null, suppressed: boolean }, unfilledShortCalls: { display: string, value: number | null, suppressed: boolean } }> } };

export type SafeguardingPreviousPeriodQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type SafeguardingPreviousPeriodQuery = { safeguardingAggregates: { from: string, to: string, concernsRaised: { display: string, value: number | null, suppressed: boolean }, enquiries: { display: string, value: number | null, suppressed: boolean }, followUpsDue: { display: string, value: number | null, suppressed: boolean }, followUpsOverdue: { display: string, value: number | null, suppressed: boolean } }, dbsCheckAggregates: { certificates: { display: string, value: number | null, suppressed: boolean }, medianTurnaroundDays: { display: string, value: number | null, suppressed: boolean }, onUpdateService: { display: string, value: number | null, suppressed: boolean }, informationDisclosedDiscussedAndDecided: { display: string, value: number | null, suppressed: boolean } } };

export type SafeguardingDashboardQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type SafeguardingDashboardQuery = { safeguardingAggregates: { from: string, to: string, concernsRaised: { display: string, value: number | null, suppressed: boolean }, enquiries: { display: string, value: number | null, suppressed: boolean }, byCategory: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, bySource: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, byRaisingOrganisation: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, byStatus: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, followUpsDue: { display: string, value: number | null, suppressed: boolean }, followUpsDoneOnTime: { display: string, value: number | null, suppressed: boolean }, followUpsDoneLate: { display: string, value: number | null, suppressed: boolean }, followUpsOverdue: { display: string, value: number | null, suppressed: boolean }, concernsRaisedAtFollowUps: { display: string, value: number | null, suppressed: boolean }, followUpsByKind: Array<{ kind: SafeguardingFollowUpKind, label: string, due: { display: string, value: number | null, suppressed: boolean }, doneOnTime: { display: string, value: number | null, suppressed: boolean }, doneLate: { display: string, value: number | null, suppressed: boolean }, overdue: { display: string, value: number | null, suppressed: boolean }, concernsRaised: { display: string, value: number | null, suppressed: boolean } }> }, dbsCheckAggregates: { from: string, to: string, certificates: { display: string, value: number | null, suppressed: boolean }, byProcessor: Array<{ processedByKind: DbsProcessorKind, label: string, certificates: { display: string, value: number | null, suppressed: boolean }, medianTurnaroundDays: { display: string, value: number | null, suppressed: boolean } }>, byPayer: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, medianTurnaroundDays: { display: string, value: number | null, suppressed: boolean }, onUpdateService: { display: string, value: number | null, suppressed: boolean }, informationDisclosed: { display: string, value: number | null, suppressed: boolean }, informationDisclosedDiscussedAndDecided: { display: string, value: number | null, suppressed: boolean } } };

export type SupplyAndDemandDashboardQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type SupplyAndDemandDashboardQuery = { domiciliarySupplyAggregates: { from: string, to: string, previousTo: string, unallocatedHours: { display: string, value: number | null, suppressed: boolean }, requestsWaiting: { display: string, value: number | null, suppressed: boolean }, previousUnallocatedHours: { display: string, value: number | null, suppressed: boolean }, previousRequestsWaiting: { display: string, value: number | null, suppressed: boolean }, requestsMade: { display: string, value: number | null, suppressed: boolean }, medianDaysWaiting: { display: string, value: number | null, suppressed: boolean }, medianDaysToAllocate: { display: string, value: number | null, suppressed: boolean }, closedByOutcome: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, byCouncil: Array<{ councilGssCode: string, councilName: string, requestsWaiting: { display: string, value: number | null, suppressed: boolean }, unallocatedHours: { display: string, value: number | null, suppressed: boolean } }> }, dischargeWaitAggregates: { waiting: { display: string, value: number | null, suppressed: boolean }, waitingInHospital: { display: string, value: number | null, suppressed: boolean }, waitingInStepUpBeds: { display: string, value: number | null, suppressed: boolean }, previousWaiting: { display: string, value: number | null, suppressed: boolean }, medianDaysDelayed: { display: string, value: number | null, suppressed: boolean }, discharged: { display: string, value: number | null, suppressed: boolean }, medianDaysDelayedDischarged: { display: string, value: number | null, suppressed: boolean } } };

export type SupplyAndDemandMicroCareQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type SupplyAndDemandMicroCareQuery = { microCareActivityAggregates: { from: string, to: string, totalHours: { display: string, value: number | null, suppressed: boolean } } };

export type SupportOfferDashboardQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type SupportOfferDashboardQuery = { councilSupportOfferAggregates: { surveyYear: number | null, previousSurveyYear: number | null, councils: number, items: Array<{ key: string, label: string, audience: SupportAudience, available: number, inDevelopment: number, notAvailable: number, dontKnow: number, availableInPreviousRound: number | null, byProvider: Array<{ provider: SupportOfferProvider, councils: number }> }> } };

export type TrainingPreviousPeriodQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type TrainingPreviousPeriodQuery = { paTrainingAggregates: { from: string, to: string, personalAssistants: { display: string, value: number | null, suppressed: boolean }, completionsInPeriod: { display: string, value: number | null, suppressed: boolean }, careCertificate: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }> } };

export type TrainingDashboardQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type TrainingDashboardQuery = { paTrainingAggregates: { from: string, to: string, personalAssistants: { display: string, value: number | null, suppressed: boolean }, completionsInPeriod: { display: string, value: number | null, suppressed: boolean }, careCertificate: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, careCertificateStandards: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, currentCourses: Array<{ key: string, label: string, category: CourseCategory, count: { display: string, value: number | null, suppressed: boolean } }> } };

export type TransitionsPreviousPeriodQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type TransitionsPreviousPeriodQuery = { transitionAggregates: { from: string, to: string, completedInPeriod: { display: string, value: number | null, suppressed: boolean }, keptAllPersonalAssistants: { display: string, value: number | null, suppressed: boolean } } };

export type TransitionsDashboardQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type TransitionsDashboardQuery = { transitionAggregates: { from: string, to: string, inFlight: { display: string, value: number | null, suppressed: boolean }, inFlightByStage: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, inFlightByDestination: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, readyToApply: { display: string, value: number | null, suppressed: boolean }, blockedBy: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, completedInPeriod: { display: string, value: number | null, suppressed: boolean }, keptAllPersonalAssistants: { display: string, value: number | null, suppressed: boolean }, continuity: { peopleWithGaps: { display: string, value: number | null, suppressed: boolean }, gapDays: { display: string, value: number | null, suppressed: boolean }, peopleWithOverlaps: { display: string, value: number | null, suppressed: boolean }, overlapDays: { display: string, value: number | null, suppressed: boolean } } | null } };

export type WorkforcePreviousPeriodQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type WorkforcePreviousPeriodQuery = { paWorkforceAggregates: { from: string, to: string, personalAssistants: { display: string, value: number | null, suppressed: boolean }, employers: { display: string, value: number | null, suppressed: boolean }, employments: { display: string, value: number | null, suppressed: boolean }, withSeveralEmployers: { display: string, value: number | null, suppressed: boolean }, allContractsSigned: { display: string, value: number | null, suppressed: boolean }, byDbsCurrency: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }> } };

export type WorkforceDashboardQueryVariables = Exact<{
  filter?: AggregateFilter | null | undefined;
}>;


export type WorkforceDashboardQuery = { paWorkforceAggregates: { from: string, to: string, personalAssistants: { display: string, value: number | null, suppressed: boolean }, employers: { display: string, value: number | null, suppressed: boolean }, employments: { display: string, value: number | null, suppressed: boolean }, withSeveralEmployers: { display: string, value: number | null, suppressed: boolean }, allContractsSigned: { display: string, value: number | null, suppressed: boolean }, byEmploymentStatus: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, byDbsCurrency: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }>, byCouncil: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }> }, paTrainingAggregates: { careCertificate: Array<{ key: string, label: string, count: { display: string, value: number | null, suppressed: boolean } }> } };

export const AmountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Amount"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuppressedAmount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<AmountFragment, unknown>;
export const CountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Count"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuppressedCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<CountFragment, unknown>;
export const RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregateRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Count"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuppressedCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<RowFragment, unknown>;
export const ContractsPreviousPeriodDocument = {"__meta__":{"hash":"sha256:8a00270e6d517dcb436cbb08593af3304a6c046b7f0f8f6919a999e75654362c"}} as unknown as DocumentNode<ContractsPreviousPeriodQuery, ContractsPreviousPeriodQueryVariables>;
export const ContractsDashboardDocument = {"__meta__":{"hash":"sha256:a019474ccfe1c7b024d9f016beb291f5d62fabcc98a76b18715b91466e08e0cb"}} as unknown as DocumentNode<ContractsDashboardQuery, ContractsDashboardQueryVariables>;
export const DashboardFilterOptionsDocument = {"__meta__":{"hash":"sha256:bd2c4c2d221b6ab4355c725ba90c427f162ac0e7b00617d63383333cd37dc2bd"}} as unknown as DocumentNode<DashboardFilterOptionsQuery, DashboardFilterOptionsQueryVariables>;
export const MarketPreviousPeriodDocument = {"__meta__":{"hash":"sha256:533c5c9753c18d6b33defb9caa3a808857924feb5c951320b4b12d7de5e0b0d6"}} as unknown as DocumentNode<MarketPreviousPeriodQuery, MarketPreviousPeriodQueryVariables>;
export const MarketDashboardDocument = {"__meta__":{"hash":"sha256:d8e5f4bf51787b068c151b8deeb95d4859f954e83096cec782f35d6bc5d0d460"}} as unknown as DocumentNode<MarketDashboardQuery, MarketDashboardQueryVariables>;
export const MarketMicroCareDocument = {"__meta__":{"hash":"sha256:9401d4ea54d61c34392e5955ed78910a3e409e591cf2f6dc61c66c3d4eed24cd"}} as unknown as DocumentNode<MarketMicroCareQuery, MarketMicroCareQueryVariables>;
export const MicroCareDashboardDocument = {"__meta__":{"hash":"sha256:d47eb5cf5e20ccb0a73dec46567c661cd95d82c11294d0db4e25e70e823ac1a9"}} as unknown as DocumentNode<MicroCareDashboardQuery, MicroCareDashboardQueryVariables>;
export const MicroCareCurrentDocument = {"__meta__":{"hash":"sha256:4536d746719f87cd12fede50af03b20f6606301334159fdfaaa836c6d0a29bef"}} as unknown as DocumentNode<MicroCareCurrentQuery, MicroCareCurrentQueryVariables>;
export const RecruitmentPreviousPeriodDocument = {"__meta__":{"hash":"sha256:246fa75cb74d71e1329a31497bfd05d878711318dc748b15add5d40503408144"}} as unknown as DocumentNode<RecruitmentPreviousPeriodQuery, RecruitmentPreviousPeriodQueryVariables>;
export const RecruitmentDashboardDocument = {"__meta__":{"hash":"sha256:89a5e6e01bfc934538a4cc1a327208cc077ce6f6f6f2a5a7b320f8b2cb19c2be"}} as unknown as DocumentNode<RecruitmentDashboardQuery, RecruitmentDashboardQueryVariables>;
export const SafeguardingPreviousPeriodDocument = {"__meta__":{"hash":"sha256:c227b8ed43f2d3bb51593bf8c32c37e94468c398479bfd83d08f5667be562bb3"}} as unknown as DocumentNode<SafeguardingPreviousPeriodQuery, SafeguardingPreviousPeriodQueryVariables>;
export const SafeguardingDashboardDocument = {"__meta__":{"hash":"sha256:269494583a21c97b67d36b64444a03a73b9a352d6cee25fe9a62f3f8fb957ef6"}} as unknown as DocumentNode<SafeguardingDashboardQuery, SafeguardingDashboardQueryVariables>;
export const SupplyAndDemandDashboardDocument = {"__meta__":{"hash":"sha256:cd9e1503fd7acf08f27c26fd467825039c0a0c33892ec1f4c589fa6b3c6083a4"}} as unknown as DocumentNode<SupplyAndDemandDashboardQuery, SupplyAndDemandDashboardQueryVariables>;
export const SupplyAndDemandMicroCareDocument = {"__meta__":{"hash":"sha256:b09fbfd52dc1b563b2cfa9bf1c2a3c9d1bd617ea2f89f613a149559ad9fec8e3"}} as unknown as DocumentNode<SupplyAndDemandMicroCareQuery, SupplyAndDemandMicroCareQueryVariables>;
export const SupportOfferDashboardDocument = {"__meta__":{"hash":"sha256:53b95f4e4168f5701450544a65b061f248a9a7a514be102c4edffc3e99728dcf"}} as unknown as DocumentNode<SupportOfferDashboardQuery, SupportOfferDashboardQueryVariables>;
export const TrainingPreviousPeriodDocument = {"__meta__":{"hash":"sha256:0deff9edac1d9c0c9ccb0171bf01e9c98b41f7b63e3d398a420f3239281dceb0"}} as unknown as DocumentNode<TrainingPreviousPeriodQuery, TrainingPreviousPeriodQueryVariables>;
export const TrainingDashboardDocument = {"__meta__":{"hash":"sha256:6481d21706af6f86998ab8a91573d92f924747d15873ab7bd801939eaf46af6e"}} as unknown as DocumentNode<TrainingDashboardQuery, TrainingDashboardQueryVariables>;
export const TransitionsPreviousPeriodDocument = {"__meta__":{"hash":"sha256:ad36d835fabd33024e62515c55a2ceb43dc537cd0ed09489846a470e3c4b3655"}} as unknown as DocumentNode<TransitionsPreviousPeriodQuery, TransitionsPreviousPeriodQueryVariables>;
export const TransitionsDashboardDocument = {"__meta__":{"hash":"sha256:29934cff1adf23aaa391b1f4778685222ad408dd3a504b968db7c1f180574d8d"}} as unknown as DocumentNode<TransitionsDashboardQuery, TransitionsDashboardQueryVariables>;
export const WorkforcePreviousPeriodDocument = {"__meta__":{"hash":"sha256:08d366f36a9241a020dde7c6852f9c02b9d9de27bede2bea6714fc6f9c3f7fac"}} as unknown as DocumentNode<WorkforcePreviousPeriodQuery, WorkforcePreviousPeriodQueryVariables>;
export const WorkforceDashboardDocument = {"__meta__":{"hash":"sha256:dfd8ded6a842b61b8710ca2ddc90c1af51836e12e4bd17a5731566f8635a2a02"}} as unknown as DocumentNode<WorkforceDashboardQuery, WorkforceDashboardQueryVariables>;