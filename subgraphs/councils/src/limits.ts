/** The bounds the episode tables' CHECK constraints hold. */
export const MAX_HOURLY_RATE = 100;
export const HOURS_IN_A_WEEK = 168;
/** Far above any real weekly budget; catches a misplaced decimal point. */
export const MAX_WEEKLY_AMOUNT = 50_000;
