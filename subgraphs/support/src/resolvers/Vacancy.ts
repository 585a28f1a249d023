import { encodeCursor, isId, requireId } from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import type {
  MutationResolvers,
  PersonResolvers,
  QueryResolvers,
  VacancyApplicationResolvers,
  VacancyResolvers,
} from '../generated/resolvers-types.ts';
import { checkNeed } from '../register/need.ts';
import { searchRegister } from '../register/search.ts';
import { slotsOf } from '../register/slots.ts';
import { overdue, postVacancy, recordApplication, updateApplication, weeksOpen } from '../vacancies/vacancies.ts';

const MAX_LISTED = 200;

export const VacancyQuery: Pick<QueryResolvers, 'vacancies'> = {
  vacancies: async (_parent, { employerPersonId, open, overdue: late }, { db }) => {
    const rows = await db.vacancy.findMany({
      where: {
        ...(employerPersonId ? { employerPersonId: requireId(employerPersonId, 'employerPersonId') } : {}),
        ...(open === true || late === true ? { filledOn: null } : open === false ? { filledOn: { not: null } } : {}),
      },
      orderBy: [{ postedOn: 'asc' }, { id: 'asc' }],
    });
    return (late == null ? rows : rows.filter((v) => overdue(v) === late)).slice(0, MAX_LISTED);
  },
};

export const VacancyMutation: Pick<MutationResolvers, 'postVacancy' | 'recordVacancyApplication' | 'updateVacancyApplication'> = {
  postVacancy: (_parent, { input }, ctx) => postVacancy(ctx.db, requestAccessOf(ctx).caller, input),
  recordVacancyApplication: (_parent, { vacancy, personalAssistantId, appliedOn }, ctx) =>
    recordApplication(
      ctx.db,
      requestAccessOf(ctx).caller,
      requireId(vacancy, 'vacancy'),
      requireId(personalAssistantId, 'personalAssistantId'),
      appliedOn,
    ),
  updateVacancyApplication: (_parent, { id, interviewOn, outcome }, ctx) =>
    updateApplication(ctx.db, requireId(id, 'id'), interviewOn, outcome),
};

export const Vacancy: VacancyResolvers = {
  employer: (v) => ({ id: v.employerPersonId }),
  hoursPerWeek: (v) => Number(v.hoursPerWeek),
  hourlyRate: (v) => Number(v.hourlyRate),
  slots: (v) => slotsOf(v.slotMask),
  services: (v) => v.services as never,
  training: (v) => v.training as never,
  open: (v) => v.filledOn === null,
  weeksOpen: (v) => weeksOpen(v),
  overdue: (v) => overdue(v),
  applications: async (v, _args, { db }) =>
    (await db.vacancyApplication.findMany({ where: { vacancyId: v.id }, orderBy: [{ appliedOn: 'asc' }, { id: 'asc' }] })).map((a) => ({
      ...a,
      employerPersonId: v.employerPersonId,
    })),
  matches: async (v, { first }, ctx) => {
    const size = Math.min(Math.max(first ?? 10, 1), 50);
    const need = checkNeed({
      near: v.postcodeDistrict,
      slots: slotsOf(v.slotMask),
      services: v.services as never,
      languages: v.languages,
      training: v.training as never,
      hoursPerWeek: Number(v.hoursPerWeek),
      maxShortfalls: 1,
    });
    const page = await searchRegister(ctx.db, need, v.postcodeDistrict, {
      offset: 0,
      size,
      organisation: requestAccessOf(ctx).caller.organisationCode,
      forPersonId: v.employerPersonId,
    });
    return {
      edges: page.hits.map((node, i) => ({ cursor: encodeCursor(String(i + 1)), node })),
      pageInfo: { hasNextPage: page.more, endCursor: page.hits.length ? encodeCursor(String(page.hits.length)) : null },
      totalCount: page.total,
      matchCount: page.matches,
      near: v.postcodeDistrict,
    };
  },
};

export const VacancyApplication: VacancyApplicationResolvers = {
  personalAssistant: (a, _args, { loaders }) => loaders.personalAssistant.load(a.personalAssistantId),
  outcome: (a) => a.outcome as never,
};

export const PersonVacancies: Pick<PersonResolvers, 'vacancies'> = {
  vacancies: (p, _args, { db }) =>
    isId(p.id) ? db.vacancy.findMany({ where: { employerPersonId: p.id }, orderBy: [{ postedOn: 'desc' }, { id: 'asc' }] }) : [],
};
