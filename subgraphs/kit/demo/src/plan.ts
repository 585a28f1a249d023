/**
 * The generator's working notes about one person: decided up front (where they live, how
 * they are funded, what health tasks they need, how many PAs they employ) and filled in as
 * their funding episodes are laid down. Later stages read these instead of re-deriving them.
 */
import type { DemoPersonalHealthBudget } from './types.ts';
import type { Day } from './dates.ts';
import type { CouncilSeed, HealthBodySeed } from './reference-data.ts';
import type { HealthTaskCode } from './courses.ts';

/** How a person's funding runs over time. DP_TO_* are the W8 moves from a council DP to health funding. */
export type Scenario = 'DP' | 'ISF' | 'COMMISSIONED' | 'PHB' | 'CHC' | 'DP_TO_PHB' | 'DP_TO_INTEGRATED' | 'DP_TO_CHC';

export const MOVES: readonly Scenario[] = ['DP_TO_PHB', 'DP_TO_INTEGRATED', 'DP_TO_CHC'];

export interface PersonPlan {
  index: number;
  id: string;
  council: CouncilSeed;
  healthBody: HealthBodySeed;
  dateOfBirth: Day;
  scenario: Scenario;
  /** The README's person who moved from a Newcastle DP to an ICB PHB. */
  featured: boolean;
  /** Management of a health-only PHB (movers always take theirs as a direct payment). */
  phbManagement: DemoPersonalHealthBudget['management'] | null;
  /** Whether this person employs PAs, and how many over time. */
  employsPas: boolean;
  paCount: number;
  healthTasks: HealthTaskCode[];
  medication: boolean;
  sleepIn: boolean;

  // Filled in by the funding stage.
  /** Start of the first funding episode. */
  fundingStart: Day;
  /** End of the last episode, or null while still funded. */
  fundingEnd: Day | null;
  /** First day of the health-funded episode, for movers. */
  transition: Day | null;
  /** Hours a week in the latest episode: employments share these out. */
  hoursPerWeek: number;
  hasCouncilEpisode: boolean;
  hasHealthFunding: boolean;
  hasChcDecision: boolean;
}
