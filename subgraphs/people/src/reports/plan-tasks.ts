/** Comparing a council care plan's tasks with an NHS plan's for the same person. */

export interface TaskDifference {
  councilOnlyTasks: string[];
  healthOnlyTasks: string[];
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/** Tasks (by description) in one plan and not the other, in each plan's order; null when the sets are equal. */
export function taskDifference(councilTasks: string[], healthTasks: string[]): TaskDifference | null {
  const council = new Set(councilTasks);
  const health = new Set(healthTasks);
  const councilOnlyTasks = distinct(councilTasks.filter((t) => !health.has(t)));
  const healthOnlyTasks = distinct(healthTasks.filter((t) => !council.has(t)));
  if (councilOnlyTasks.length === 0 && healthOnlyTasks.length === 0) return null;
  return { councilOnlyTasks, healthOnlyTasks };
}
