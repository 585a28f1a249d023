import { isId } from '@continuum/runtime';
import type { PersonResolvers } from '../generated/resolvers-types.ts';

export const Person: PersonResolvers = {
  // People are owned by the people subgraph: any well-formed id may carry health facts (or none).
  __resolveReference: (ref) => (isId(ref.id) ? { id: ref.id.toLowerCase() } : null),
  healthFunding: async (person, _args, { loaders }) => {
    const [budgets, packages, integrated] = await Promise.all([
      loaders.personalHealthBudgetsOfPerson.load(person.id),
      loaders.chcPackagesOfPerson.load(person.id),
      loaders.integratedBudgetsOfPerson.load(person.id),
    ]);
    const tagged = [
      ...budgets.map((row) => ({ row, type: 'PersonalHealthBudget' })),
      ...packages.map((row) => ({ row, type: 'ContinuingHealthcarePackage' })),
      ...integrated.map((row) => ({ row, type: 'IntegratedBudget' })),
    ];
    // Oldest first across all three vehicles; type then id keep equal starts in a stable order.
    tagged.sort(
      (a, b) => a.row.start.getTime() - b.row.start.getTime() || a.type.localeCompare(b.type) || a.row.id.localeCompare(b.row.id),
    );
    return tagged.map((t) => t.row);
  },
  chcDecisions: (person, _args, { loaders }) => loaders.chcDecisionsOfPerson.load(person.id),
  healthPlan: async (person, _args, { loaders }) => (await loaders.healthPlansOfPerson.load(person.id))[0] ?? null,
};
