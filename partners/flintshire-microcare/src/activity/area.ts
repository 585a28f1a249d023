/**
 * Where this partner's micro-carers are, for the shared aggregate filter: all of them in Flintshire,
 * which lies in Betsi Cadwaladr University Health Board's area. A filter names them all or none.
 */
import type { AggregateScope } from '@continuum/access';

/** Flintshire County Council. */
export const FLINTSHIRE_COUNCIL = 'W06000005';
/** Betsi Cadwaladr University Health Board, whose area holds Flintshire. */
export const FLINTSHIRE_HEALTH_BOARD = '7A1';

/** True when every part of the filter that is given covers Flintshire. */
export function coversFlintshire(scope: AggregateScope): boolean {
  const ours = (code: string | null) => code === null || code === FLINTSHIRE_COUNCIL || code === FLINTSHIRE_HEALTH_BOARD;
  if (scope.councilGssCode !== null && scope.councilGssCode !== FLINTSHIRE_COUNCIL) return false;
  if (scope.icbOdsCode !== null && scope.icbOdsCode !== FLINTSHIRE_HEALTH_BOARD) return false;
  return ours(scope.areaCode);
}
