/**
 * What care plans say: outcomes in the person's words, everyday support tasks, and the
 * health-related tasks that call for a named competence (the W8 "tasks reclassified as
 * health-related" that NHS staff train PAs for).
 */
import type { HealthTaskCode } from './courses.ts';

export const OUTCOMES: readonly string[] = [
  'Stay living at home',
  'Get out into the community twice a week',
  'Keep in touch with family and friends',
  'Feel safe at night',
  'Manage my own health condition',
  'Keep my job',
  'Go to college',
  'Look after my home the way I like it',
  'Choose who supports me',
  'Get back to swimming',
  'Go to church on Sundays',
  'Avoid going back into hospital',
  'Be supported by people I know',
  'Eat well and drink enough',
  'Give my family a break from caring',
  'Volunteer at the community centre',
];

/** Extra outcome offered in Flintshire, where the Welsh-language "active offer" applies. */
export const WELSH_OUTCOME = 'Take part in Welsh-language activities';

export const EVERYDAY_TASKS: readonly string[] = [
  'Personal care (washing and dressing)',
  'Help getting up and going to bed',
  'Meal preparation',
  'Shopping',
  'Cleaning and laundry',
  'Accompanying to community activities',
  'Support at college or work',
  'Managing correspondence and bills',
  'Driving to appointments',
  'Prompting medication',
  'Support with an exercise programme',
];

export const SLEEP_IN_TASK = 'Sleep-in support';
export const MEDICATION_TASK = 'Medication administration';

/** Care-plan wording of each health task, matching the course titles. */
export const HEALTH_TASK_DESCRIPTIONS: Record<HealthTaskCode, string> = {
  'HT-PEG': 'PEG feeding',
  'HT-STOMA': 'Stoma care',
  'HT-CATH': 'Catheter care',
  'HT-SUCTION': 'Oral suction',
  'HT-EPILEPSY': 'Rescue medication for epilepsy',
};

/** How often each health task turns up among people with health needs. */
export const HEALTH_TASK_WEIGHTS: readonly (readonly [HealthTaskCode, number])[] = [
  ['HT-STOMA', 0.26],
  ['HT-PEG', 0.24],
  ['HT-CATH', 0.26],
  ['HT-SUCTION', 0.09],
  ['HT-EPILEPSY', 0.15],
];
