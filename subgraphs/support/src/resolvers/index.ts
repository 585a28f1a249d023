import { DateScalar, DateTimeScalar } from '@continuum/runtime';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { DbsCheck, DbsNegativeReturnDecision, DbsProcessor, DbsUpdateService } from '../dbs-checks/resolvers.ts';
import { DbsCheckMutation } from '../dbs-checks/mutations.ts';
import { DbsCheckQuery } from '../dbs-checks/query.ts';
import { Employment, HealthDutiesCover } from './Employment.ts';
import { MergeMutation } from './MergeMutation.ts';
import { Mutation } from './Mutation.ts';
import { PaIdentityMutation } from './PaIdentityMutation.ts';
import { PaIdentityQuery } from './PaIdentityQuery.ts';
import { PaMatchCandidate } from './PaMatchCandidate.ts';
import { PaMatchDecision } from './PaMatchDecision.ts';
import { PaMatchReview } from './PaMatchReview.ts';
import { PaMerge } from './PaMerge.ts';
import { PaRegisterIdentifier } from './PaRegisterIdentifier.ts';
import { Person } from './Person.ts';
import { PersonalAssistant } from './PersonalAssistant.ts';
import { AggregateQuery } from './AggregateQuery.ts';
import { Query } from './Query.ts';
import { RegisterMutation } from './RegisterMutation.ts';
import { PersonVacancies, Vacancy, VacancyApplication, VacancyMutation, VacancyQuery } from './Vacancy.ts';
import { ContingencyArrangement, CoverCandidate, CoverMutation, CoverQuery, CoverRequest, PersonCover } from './Cover.ts';
import { RegisterQuery } from './RegisterQuery.ts';
import { PaContact, PersonalAssistantRegister, RegisterContactDetails, RegisterEntry } from './RegisterEntry.ts';
import { SubmittedPaIdentity } from './SubmittedPaIdentity.ts';
import { SupportOrganisation } from './SupportOrganisation.ts';
import {
  EmploymentPensions,
  PensionAssessment,
  PensionDuty,
  PensionEnrolment,
  PensionJobholder,
  PensionMutation,
  PensionQuery,
  PersonPensionDuty,
} from '../pensions/resolvers.ts';
import {
  EmployersLiabilityInsurance,
  EmploymentPay,
  EmploymentPayMutation,
  EmploymentPayQuery,
  EmploymentTerms,
  PayrollProvider,
  PayrollRun,
  Payslip,
  PersonPay,
} from '../employment-pay/resolvers.ts';

import { PeerGroupMutation } from '../peer-groups/mutations.ts';
import { PeerGroupQuery } from '../peer-groups/query.ts';
import { PeerGroup, PeerGroupMeeting } from '../peer-groups/resolvers.ts';
import { MentorMutation } from '../mentors/mutations.ts';
import { MentorQuery } from '../mentors/query.ts';
import { DpMentor, DpMentorOffer } from '../mentors/resolvers.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    ...Query,
    ...PaIdentityQuery,
    ...AggregateQuery,
    ...RegisterQuery,
    ...DbsCheckQuery,
    ...CoverQuery,
    ...VacancyQuery,
    ...EmploymentPayQuery,
    ...PensionQuery,
    ...PeerGroupQuery,
    ...MentorQuery,
  },
  Mutation: {
    ...Mutation,
    ...MergeMutation,
    ...PaIdentityMutation,
    ...DbsCheckMutation,
    ...RegisterMutation,
    ...CoverMutation,
    ...VacancyMutation,
    ...EmploymentPayMutation,
    ...PensionMutation,
    ...PeerGroupMutation,
    ...MentorMutation,
  },
  Person: { ...Person, ...PersonCover, ...PersonVacancies, ...PersonPay, ...PersonPensionDuty },
  Vacancy,
  VacancyApplication,
  ContingencyArrangement,
  CoverRequest,
  CoverCandidate,
  PersonalAssistant: { ...PersonalAssistant, ...PersonalAssistantRegister },
  RegisterEntry,
  RegisterContactDetails,
  PaContact,
  PaRegisterIdentifier,
  PaMatchReview,
  PaMatchCandidate,
  PaMatchDecision,
  PaMerge,
  SubmittedPaIdentity,
  Employment: { ...Employment, ...EmploymentPay, ...EmploymentPensions },
  HealthDutiesCover,
  EmploymentTerms,
  EmployersLiabilityInsurance,
  PayrollProvider,
  PayrollRun,
  Payslip,
  PensionAssessment,
  PensionEnrolment,
  PensionJobholder,
  PensionDuty,
  SupportOrganisation,
  DbsCheck,
  DbsProcessor,
  DbsUpdateService,
  DbsNegativeReturnDecision,
  PeerGroup,
  PeerGroupMeeting,
  DpMentor,
  DpMentorOffer,
};
