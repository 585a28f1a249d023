/**
 * The dashboards' filter (council, NHS commissioner, area, period) as it lives in the address bar,
 * checked before anything is asked of the hub: a value a reader can correct (a date that does
 * not exist, a period ending before it starts, a code that is no council's) is reported against
 * its field, and the form keeps what the address held.
 */
import { earlier, isRealDate } from './dates';
import type { AggregateFilter } from './generated/graphql';
import type { Session } from './session';

/** The value of the council and NHS commissioner fields that chooses every one. */
export const ALL = 'all';

export interface FilterValues {
  /** A GSS code, ALL, or '' when the page's own default applies. */
  council: string;
  /** An ODS code, ALL, or ''. */
  icb: string;
  /** Where people and PAs live: a council's GSS code or an NHS commissioner's ODS code; '' for every area. */
  area: string;
  from: string;
  to: string;
}

export type FilterField = 'council' | 'icb' | 'area' | 'from' | 'to';

export interface FieldProblem {
  field: FilterField;
  message: string;
}

const GSS_CODE = /^[EWSN][0-9]{8}$/;
const ODS_CODE = /^[A-Z0-9]{3,5}$/;
/** The hub refuses periods longer than this many days (ten years and their leap days). */
const LONGEST_PERIOD_DAYS = 366 * 10;

/**
 * The values in the address. A page opened with neither a council nor an NHS commissioner shows
 * the signed-in commissioner's own organisation; naming either (or "all") replaces that default.
 */
export function filterFromUrl(url: URL, session: Session | null | undefined): FilterValues {
  const get = (name: FilterField) => url.searchParams.get(name)?.trim() ?? '';
  const values = { council: get('council'), icb: get('icb'), area: get('area'), from: get('from'), to: get('to') };
  if (values.council || values.icb) return { ...values, council: values.council || ALL, icb: values.icb || ALL };
  return {
    ...values,
    council: session?.organisationKind === 'COUNCIL' ? session.organisationCode : ALL,
    icb: session?.organisationKind === 'HEALTH' ? session.organisationCode : ALL,
  };
}

export function filterToSearch(values: FilterValues): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const chosen = (code: string) => (code && code !== ALL ? code : null);

/** What the reader must correct before the hub is asked, field by field, in the form's order. */
export function filterProblems(values: FilterValues, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const council = chosen(values.council);
  const icb = chosen(values.icb);
  // A well-formed code the hub does not know is refused by the hub, and reported against the same field.
  if (council && !GSS_CODE.test(council))
    problems.push({ field: 'council', message: `Choose a council from the list: no council has the code “${council}”` });
  if (icb && !ODS_CODE.test(icb))
    problems.push({ field: 'icb', message: `Choose an NHS commissioner from the list: none has the code “${icb}”` });
  if (values.area && !GSS_CODE.test(values.area) && !ODS_CODE.test(values.area))
    problems.push({ field: 'area', message: `Choose an area from the list: no council or NHS commissioner has the code “${values.area}”` });
  const fromReal = !values.from || isRealDate(values.from);
  const toReal = !values.to || isRealDate(values.to);
  if (!fromReal) problems.push({ field: 'from', message: 'The start of the period must be a real date, for example 1 4 2026' });
  else if (values.from && values.from > today)
    problems.push({ field: 'from', message: 'The start of the period must be today or in the past: there are no figures for the future' });
  if (!toReal) problems.push({ field: 'to', message: 'The end of the period must be a real date, for example 31 3 2027' });
  else if (values.from && values.to && fromReal && values.to < values.from)
    problems.push({ field: 'to', message: 'The end of the period must be the same as or after the start' });
  else if (
    values.from &&
    fromReal &&
    values.from <= today &&
    daysBetween(values.from, earlier(values.to || today, today)) > LONGEST_PERIOD_DAYS
  )
    // The period the hub is asked for ends today at the latest (and by default).
    problems.push({ field: values.to ? 'to' : 'from', message: 'The period must be 10 years or shorter' });
  return problems;
}

function daysBetween(from: string, to: string): number {
  const dayNumber = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  return dayNumber(to) - dayNumber(from);
}

/**
 * The GraphQL filter for checked values: empty fields are left out so the hub applies its own
 * defaults, and a period running past today ends today (figures are known only up to today).
 */
export function aggregateFilter(values: FilterValues, today: string): AggregateFilter {
  const council = chosen(values.council);
  const icb = chosen(values.icb);
  const to = values.to && values.to > today ? today : values.to;
  return {
    ...(council ? { councilGssCode: council } : {}),
    ...(icb ? { icbOdsCode: icb } : {}),
    ...(values.area ? { areaCode: values.area } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(to ? { to } : {}),
  };
}
