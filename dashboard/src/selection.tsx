/**
 * What a page shows figures for: the council and NHS commissioner chosen (by default the
 * signed-in commissioner's own organisation), the area people live in, by name, and the period. Every heading, the scope
 * line and every CSV download name it, so a figure copied or downloaded never loses what it is of.
 */
import { createContext, useContext } from 'react';
import { usePersisted } from './api';
import { longDate } from './dates';
import { aggregateFilter, ALL, filterFromUrl, filterProblems, type FieldProblem, type FilterValues } from './filters';
import { DashboardFilterOptionsDocument, type AggregateFilter, type DashboardFilterOptionsQuery } from './generated/graphql';
import { useSession } from './session';

export interface PageSelection {
  values: FilterValues;
  /** Values in the address to correct before anything is asked. */
  problems: FieldProblem[];
  /** The hub's today; null until the session says. */
  today: string | null;
  /** The filter to ask with; null while the session is unknown or while there are problems. */
  filter: AggregateFilter | null;
  options: DashboardFilterOptionsQuery | null;
  /** The session and the names of councils and NHS commissioners have been asked (answered or failed). */
  ready: boolean;
  councilName: string | null;
  icbName: string | null;
  /** The council or NHS commissioner whose area people and PAs live in; null for every area. */
  areaName: string | null;
  /** The selection, in words: "Newcastle upon Tyne", "All councils and NHS commissioners", "living in Gateshead Council's area". */
  area: string;
}

function nameOf(code: string, list: { code: string; name: string }[] | undefined): string | null {
  if (!code || code === ALL) return null;
  return list?.find((o) => o.code === code)?.name ?? code;
}

export function useSelection(url: URL): PageSelection {
  const session = useSession();
  const options = usePersisted(DashboardFilterOptionsDocument, {});
  const values = filterFromUrl(url, session);
  // Without the hub's today (its server could not say) the future cannot be told apart: no period is refused for it.
  const today = session === undefined ? null : (session?.today ?? '9999-12-31');
  const problems = today ? filterProblems(values, today) : [];
  const councilName = nameOf(
    values.council,
    options.data?.councils.map((c) => ({ code: c.gssCode, name: c.name })),
  );
  const icbName = nameOf(
    values.icb,
    options.data?.healthBodies.map((h) => ({ code: h.odsCode, name: h.name })),
  );
  const areaName = nameOf(values.area, [
    ...(options.data?.councils.map((c) => ({ code: c.gssCode, name: c.name })) ?? []),
    ...(options.data?.healthBodies.map((h) => ({ code: h.odsCode, name: h.name })) ?? []),
  ]);
  const funders =
    councilName && icbName
      ? `people funded by both ${councilName} and ${icbName}`
      : (councilName ?? icbName ?? 'All councils and NHS commissioners');
  const area = areaName
    ? councilName || icbName
      ? `${funders}, living in ${areaName}'s area`
      : `people living in ${areaName}'s area`
    : funders;
  return {
    values,
    problems,
    today,
    filter: today && problems.length === 0 ? aggregateFilter(values, today) : null,
    options: options.data,
    ready: session !== undefined && !options.loading,
    councilName,
    icbName,
    areaName,
    area,
  };
}

/** The selection as the figures name it: the area and the period the hub answered for. */
export interface FiguresScope {
  area: string;
  councilName: string | null;
  icbName: string | null;
  areaName: string | null;
  /** ISO dates; null for figures that are not of a period (the support offer's survey round). */
  from: string | null;
  to: string | null;
  /** The period in words ("1 April 2026 to 30 June 2026", "survey round 2025"); '' when there is none. */
  when: string;
  /** Shown beside every heading: the area and the period. */
  caption: string;
}

export function figuresScope(selection: PageSelection, period: { from: string; to: string } | null, periodText?: string): FiguresScope {
  const when = periodText ?? (period ? `${longDate(period.from)} to ${longDate(period.to)}` : '');
  return {
    area: selection.area,
    councilName: selection.councilName,
    icbName: selection.icbName,
    areaName: selection.areaName,
    from: period?.from ?? null,
    to: period?.to ?? null,
    when,
    caption: when ? `${capitalise(selection.area)}, ${when}` : capitalise(selection.area),
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const ScopeContext = createContext<FiguresScope | null>(null);

export function useFiguresScope(): FiguresScope | null {
  return useContext(ScopeContext);
}
