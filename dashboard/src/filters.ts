/** The dashboards' filter (council, NHS commissioner, period) as it lives in the address bar. */
import type { AggregateFilter } from './generated/graphql';

export interface FilterValues {
  council: string;
  icb: string;
  from: string;
  to: string;
}

export function filterFromUrl(url: URL, defaults: Partial<FilterValues> = {}): FilterValues {
  const get = (name: keyof FilterValues) => url.searchParams.get(name) ?? defaults[name] ?? '';
  return { council: get('council'), icb: get('icb'), from: get('from'), to: get('to') };
}

export function filterToSearch(values: FilterValues): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The GraphQL filter: empty fields are left out so the hub applies its own defaults. */
export function aggregateFilter(values: FilterValues): AggregateFilter {
  return {
    ...(values.council ? { councilGssCode: values.council } : {}),
    ...(values.icb ? { icbOdsCode: values.icb } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  };
}

/** 2026-03-31 as 31 March 2026. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
