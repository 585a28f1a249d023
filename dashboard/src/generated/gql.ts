/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query DashboardFilterOptions {\n  councils {\n    gssCode\n    name\n  }\n  healthBodies {\n    odsCode\n    name\n  }\n}": typeof types.DashboardFilterOptionsDocument,
    "fragment Count on SuppressedCount {\n  display\n  value\n  suppressed\n}\n\nfragment Amount on SuppressedAmount {\n  display\n  value\n  suppressed\n}\n\nfragment Row on AggregateRow {\n  key\n  label\n  count {\n    ...Count\n  }\n}": typeof types.CountFragmentDoc,
    "query MicroCareDashboard($filter: AggregateFilter) {\n  microCareAggregates(filter: $filter) {\n    from\n    to\n    businesses {\n      ...Count\n    }\n    newBusinesses {\n      ...Count\n    }\n    careJobs {\n      ...Count\n    }\n    becameAgencies {\n      ...Count\n    }\n    startedByFormerPas {\n      ...Count\n    }\n    qualityFrameworkCompleted {\n      ...Count\n    }\n    peopleSupported {\n      ...Count\n    }\n    directCommissioning {\n      ...Row\n    }\n    totalHours {\n      ...Amount\n    }\n    hoursByCategory {\n      key\n      label\n      amount {\n        ...Amount\n      }\n    }\n    hoursByFinancialYear {\n      key\n      label\n      amount {\n        ...Amount\n      }\n    }\n    moneyKeptLocal {\n      ...Amount\n    }\n  }\n}": typeof types.MicroCareDashboardDocument,
    "query SupportOfferDashboard($filter: AggregateFilter) {\n  councilSupportOfferAggregates(filter: $filter) {\n    surveyYear\n    previousSurveyYear\n    councils\n    items {\n      key\n      label\n      audience\n      available\n      inDevelopment\n      notAvailable\n      dontKnow\n      availableInPreviousRound\n      byProvider {\n        provider\n        councils\n      }\n    }\n  }\n}": typeof types.SupportOfferDashboardDocument,
    "query TrainingDashboard($filter: AggregateFilter) {\n  paTrainingAggregates(filter: $filter) {\n    from\n    to\n    personalAssistants {\n      ...Count\n    }\n    completionsInPeriod {\n      ...Count\n    }\n    careCertificate {\n      ...Row\n    }\n    careCertificateStandards {\n      ...Row\n    }\n    currentCourses {\n      key\n      label\n      category\n      count {\n        ...Count\n      }\n    }\n  }\n}": typeof types.TrainingDashboardDocument,
    "query TransitionsDashboard($filter: AggregateFilter) {\n  transitionAggregates(filter: $filter) {\n    from\n    to\n    inFlight {\n      ...Count\n    }\n    inFlightByStage {\n      ...Row\n    }\n    inFlightByDestination {\n      ...Row\n    }\n    readyToApply {\n      ...Count\n    }\n    blockedBy {\n      ...Row\n    }\n    completedInPeriod {\n      ...Count\n    }\n    keptAllPersonalAssistants {\n      ...Count\n    }\n    continuity {\n      peopleWithGaps {\n        ...Count\n      }\n      gapDays {\n        ...Amount\n      }\n      peopleWithOverlaps {\n        ...Count\n      }\n      overlapDays {\n        ...Amount\n      }\n    }\n  }\n}": typeof types.TransitionsDashboardDocument,
    "query WorkforceDashboard($filter: AggregateFilter) {\n  paWorkforceAggregates(filter: $filter) {\n    from\n    to\n    personalAssistants {\n      ...Count\n    }\n    employers {\n      ...Count\n    }\n    employments {\n      ...Count\n    }\n    withSeveralEmployers {\n      ...Count\n    }\n    allContractsSigned {\n      ...Count\n    }\n    byEmploymentStatus {\n      ...Row\n    }\n    byDbsCurrency {\n      ...Row\n    }\n    byCouncil {\n      ...Row\n    }\n  }\n  paTrainingAggregates(filter: $filter) {\n    careCertificate {\n      ...Row\n    }\n  }\n}": typeof types.WorkforceDashboardDocument,
};
const documents: Documents = {
    "query DashboardFilterOptions {\n  councils {\n    gssCode\n    name\n  }\n  healthBodies {\n    odsCode\n    name\n  }\n}": types.DashboardFilterOptionsDocument,
    "fragment Count on SuppressedCount {\n  display\n  value\n  suppressed\n}\n\nfragment Amount on SuppressedAmount {\n  display\n  value\n  suppressed\n}\n\nfragment Row on AggregateRow {\n  key\n  label\n  count {\n    ...Count\n  }\n}": types.CountFragmentDoc,
    "query MicroCareDashboard($filter: AggregateFilter) {\n  microCareAggregates(filter: $filter) {\n    from\n    to\n    businesses {\n      ...Count\n    }\n    newBusinesses {\n      ...Count\n    }\n    careJobs {\n      ...Count\n    }\n    becameAgencies {\n      ...Count\n    }\n    startedByFormerPas {\n      ...Count\n    }\n    qualityFrameworkCompleted {\n      ...Count\n    }\n    peopleSupported {\n      ...Count\n    }\n    directCommissioning {\n      ...Row\n    }\n    totalHours {\n      ...Amount\n    }\n    hoursByCategory {\n      key\n      label\n      amount {\n        ...Amount\n      }\n    }\n    hoursByFinancialYear {\n      key\n      label\n      amount {\n        ...Amount\n      }\n    }\n    moneyKeptLocal {\n      ...Amount\n    }\n  }\n}": types.MicroCareDashboardDocument,
    "query SupportOfferDashboard($filter: AggregateFilter) {\n  councilSupportOfferAggregates(filter: $filter) {\n    surveyYear\n    previousSurveyYear\n    councils\n    items {\n      key\n      label\n      audience\n      available\n      inDevelopment\n      notAvailable\n      dontKnow\n      availableInPreviousRound\n      byProvider {\n        provider\n        councils\n      }\n    }\n  }\n}": types.SupportOfferDashboardDocument,
    "query TrainingDashboard($filter: AggregateFilter) {\n  paTrainingAggregates(filter: $filter) {\n    from\n    to\n    personalAssistants {\n      ...Count\n    }\n    completionsInPeriod {\n      ...Count\n    }\n    careCertificate {\n      ...Row\n    }\n    careCertificateStandards {\n      ...Row\n    }\n    currentCourses {\n      key\n      label\n      category\n      count {\n        ...Count\n      }\n    }\n  }\n}": types.TrainingDashboardDocument,
    "query TransitionsDashboard($filter: AggregateFilter) {\n  transitionAggregates(filter: $filter) {\n    from\n    to\n    inFlight {\n      ...Count\n    }\n    inFlightByStage {\n      ...Row\n    }\n    inFlightByDestination {\n      ...Row\n    }\n    readyToApply {\n      ...Count\n    }\n    blockedBy {\n      ...Row\n    }\n    completedInPeriod {\n      ...Count\n    }\n    keptAllPersonalAssistants {\n      ...Count\n    }\n    continuity {\n      peopleWithGaps {\n        ...Count\n      }\n      gapDays {\n        ...Amount\n      }\n      peopleWithOverlaps {\n        ...Count\n      }\n      overlapDays {\n        ...Amount\n      }\n    }\n  }\n}": types.TransitionsDashboardDocument,
    "query WorkforceDashboard($filter: AggregateFilter) {\n  paWorkforceAggregates(filter: $filter) {\n    from\n    to\n    personalAssistants {\n      ...Count\n    }\n    employers {\n      ...Count\n    }\n    employments {\n      ...Count\n    }\n    withSeveralEmployers {\n      ...Count\n    }\n    allContractsSigned {\n      ...Count\n    }\n    byEmploymentStatus {\n      ...Row\n    }\n    byDbsCurrency {\n      ...Row\n    }\n    byCouncil {\n      ...Row\n    }\n  }\n  paTrainingAggregates(filter: $filter) {\n    careCertificate {\n      ...Row\n    }\n  }\n}": types.WorkforceDashboardDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardFilterOptions {\n  councils {\n    gssCode\n    name\n  }\n  healthBodies {\n    odsCode\n    name\n  }\n}"): (typeof documents)["query DashboardFilterOptions {\n  councils {\n    gssCode\n    name\n  }\n  healthBodies {\n    odsCode\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Count on SuppressedCount {\n  display\n  value\n  suppressed\n}\n\nfragment Amount on SuppressedAmount {\n  display\n  value\n  suppressed\n}\n\nfragment Row on AggregateRow {\n  key\n  label\n  count {\n    ...Count\n  }\n}"): (typeof documents)["fragment Count on SuppressedCount {\n  display\n  value\n  suppressed\n}\n\nfragment Amount on SuppressedAmount {\n  display\n  value\n  suppressed\n}\n\nfragment Row on AggregateRow {\n  key\n  label\n  count {\n    ...Count\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MicroCareDashboard($filter: AggregateFilter) {\n  microCareAggregates(filter: $filter) {\n    from\n    to\n    businesses {\n      ...Count\n    }\n    newBusinesses {\n      ...Count\n    }\n    careJobs {\n      ...Count\n    }\n    becameAgencies {\n      ...Count\n    }\n    startedByFormerPas {\n      ...Count\n    }\n    qualityFrameworkCompleted {\n      ...Count\n    }\n    peopleSupported {\n      ...Count\n    }\n    directCommissioning {\n      ...Row\n    }\n    totalHours {\n      ...Amount\n    }\n    hoursByCategory {\n      key\n      label\n      amount {\n        ...Amount\n      }\n    }\n    hoursByFinancialYear {\n      key\n      label\n      amount {\n        ...Amount\n      }\n    }\n    moneyKeptLocal {\n      ...Amount\n    }\n  }\n}"): (typeof documents)["query MicroCareDashboard($filter: AggregateFilter) {\n  microCareAggregates(filter: $filter) {\n    from\n    to\n    businesses {\n      ...Count\n    }\n    newBusinesses {\n      ...Count\n    }\n    careJobs {\n      ...Count\n    }\n    becameAgencies {\n      ...Count\n    }\n    startedByFormerPas {\n      ...Count\n    }\n    qualityFrameworkCompleted {\n      ...Count\n    }\n    peopleSupported {\n      ...Count\n    }\n    directCommissioning {\n      ...Row\n    }\n    totalHours {\n      ...Amount\n    }\n    hoursByCategory {\n      key\n      label\n      amount {\n        ...Amount\n      }\n    }\n    hoursByFinancialYear {\n      key\n      label\n      amount {\n        ...Amount\n      }\n    }\n    moneyKeptLocal {\n      ...Amount\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupportOfferDashboard($filter: AggregateFilter) {\n  councilSupportOfferAggregates(filter: $filter) {\n    surveyYear\n    previousSurveyYear\n    councils\n    items {\n      key\n      label\n      audience\n      available\n      inDevelopment\n      notAvailable\n      dontKnow\n      availableInPreviousRound\n      byProvider {\n        provider\n        councils\n      }\n    }\n  }\n}"): (typeof documents)["query SupportOfferDashboard($filter: AggregateFilter) {\n  councilSupportOfferAggregates(filter: $filter) {\n    surveyYear\n    previousSurveyYear\n    councils\n    items {\n      key\n      label\n      audience\n      available\n      inDevelopment\n      notAvailable\n      dontKnow\n      availableInPreviousRound\n      byProvider {\n        provider\n        councils\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingDashboard($filter: AggregateFilter) {\n  paTrainingAggregates(filter: $filter) {\n    from\n    to\n    personalAssistants {\n      ...Count\n    }\n    completionsInPeriod {\n      ...Count\n    }\n    careCertificate {\n      ...Row\n    }\n    careCertificateStandards {\n      ...Row\n    }\n    currentCourses {\n      key\n      label\n      category\n      count {\n        ...Count\n      }\n    }\n  }\n}"): (typeof documents)["query TrainingDashboard($filter: AggregateFilter) {\n  paTrainingAggregates(filter: $filter) {\n    from\n    to\n    personalAssistants {\n      ...Count\n    }\n    completionsInPeriod {\n      ...Count\n    }\n    careCertificate {\n      ...Row\n    }\n    careCertificateStandards {\n      ...Row\n    }\n    currentCourses {\n      key\n      label\n      category\n      count {\n        ...Count\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransitionsDashboard($filter: AggregateFilter) {\n  transitionAggregates(filter: $filter) {\n    from\n    to\n    inFlight {\n      ...Count\n    }\n    inFlightByStage {\n      ...Row\n    }\n    inFlightByDestination {\n      ...Row\n    }\n    readyToApply {\n      ...Count\n    }\n    blockedBy {\n      ...Row\n    }\n    completedInPeriod {\n      ...Count\n    }\n    keptAllPersonalAssistants {\n      ...Count\n    }\n    continuity {\n      peopleWithGaps {\n        ...Count\n      }\n      gapDays {\n        ...Amount\n      }\n      peopleWithOverlaps {\n        ...Count\n      }\n      overlapDays {\n        ...Amount\n      }\n    }\n  }\n}"): (typeof documents)["query TransitionsDashboard($filter: AggregateFilter) {\n  transitionAggregates(filter: $filter) {\n    from\n    to\n    inFlight {\n      ...Count\n    }\n    inFlightByStage {\n      ...Row\n    }\n    inFlightByDestination {\n      ...Row\n    }\n    readyToApply {\n      ...Count\n    }\n    blockedBy {\n      ...Row\n    }\n    completedInPeriod {\n      ...Count\n    }\n    keptAllPersonalAssistants {\n      ...Count\n    }\n    continuity {\n      peopleWithGaps {\n        ...Count\n      }\n      gapDays {\n        ...Amount\n      }\n      peopleWithOverlaps {\n        ...Count\n      }\n      overlapDays {\n        ...Amount\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkforceDashboard($filter: AggregateFilter) {\n  paWorkforceAggregates(filter: $filter) {\n    from\n    to\n    personalAssistants {\n      ...Count\n    }\n    employers {\n      ...Count\n    }\n    employments {\n      ...Count\n    }\n    withSeveralEmployers {\n      ...Count\n    }\n    allContractsSigned {\n      ...Count\n    }\n    byEmploymentStatus {\n      ...Row\n    }\n    byDbsCurrency {\n      ...Row\n    }\n    byCouncil {\n      ...Row\n    }\n  }\n  paTrainingAggregates(filter: $filter) {\n    careCertificate {\n      ...Row\n    }\n  }\n}"): (typeof documents)["query WorkforceDashboard($filter: AggregateFilter) {\n  paWorkforceAggregates(filter: $filter) {\n    from\n    to\n    personalAssistants {\n      ...Count\n    }\n    employers {\n      ...Count\n    }\n    employments {\n      ...Count\n    }\n    withSeveralEmployers {\n      ...Count\n    }\n    allContractsSigned {\n      ...Count\n    }\n    byEmploymentStatus {\n      ...Row\n    }\n    byDbsCurrency {\n      ...Row\n    }\n    byCouncil {\n      ...Row\n    }\n  }\n  paTrainingAggregates(filter: $filter) {\n    careCertificate {\n      ...Row\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;