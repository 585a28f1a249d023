/**
 * A completion's expiry: completedOn plus the course's validity in calendar months.
 * A day that does not exist in the target month falls back to the month's last day
 * (31 January + 1 month = 28 or 29 February), as a training matrix would show it.
 */
export function expiryDate(completedOn: Date, validityMonths: number | null): Date | null {
  if (validityMonths === null) return null;
  const year = completedOn.getUTCFullYear();
  const month = completedOn.getUTCMonth() + validityMonths;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(completedOn.getUTCDate(), lastDay)));
}

/** Current until the end of its expiry day; completions that never expire stay current. */
export function isCurrent(expiresOn: Date | null, day: Date): boolean {
  return expiresOn === null || expiresOn.getTime() >= day.getTime();
}
