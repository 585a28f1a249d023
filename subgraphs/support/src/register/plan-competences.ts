import type { RegisterTraining } from '../generated/resolvers-types.ts';

/** A task as a council care plan or an NHS plan states it. */
export interface PlanTask {
  description: string;
}

/**
 * The register's training each kind of plan task asks for, most specific first: a task counts
 * once, under the first rule its description matches ("Rescue medication for epilepsy" asks for
 * the epilepsy competence, not general medication training). Plans are free text, so the rules
 * read words, not exact titles, and every task counts whether or not it is flagged health-related
 * (prompting medication is medicines support too). A task no rule matches (oral suction,
 * pressure area care) asks for nothing the register records.
 */
const TASK_RULES: readonly (readonly [RegExp, RegisterTraining])[] = [
  [/\bpeg\b|gastrostomy|tube[- ]?feed/i, 'PEG_FEEDING'],
  [/stoma|colostomy|ileostomy|urostomy/i, 'STOMA_CARE'],
  [/catheter/i, 'CATHETER_CARE'],
  [/epilep|seizure|rescue medication|buccal midazolam/i, 'EPILEPSY_RESCUE_MEDICATION'],
  [/medication|medicine/i, 'MEDICATION'],
  [/\bmoving\b|\bposition|hoist|\btransfer/i, 'MOVING_AND_POSITIONING'],
];

/** The register's training codes the plans' tasks ask for, each once, in the order the rules list them. */
export function competencesOfTasks(tasks: readonly PlanTask[]): RegisterTraining[] {
  const wanted = new Set<RegisterTraining>();
  for (const task of tasks) {
    const rule = TASK_RULES.find(([words]) => words.test(task.description));
    if (rule) wanted.add(rule[1]);
  }
  return TASK_RULES.map(([, code]) => code).filter((code) => wanted.has(code));
}
