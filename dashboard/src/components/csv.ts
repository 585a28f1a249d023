import type { FiguresScope } from '../selection';

/** CSV text (RFC 4180) for a table as shown: suppressed figures stay "<5". */
export function toCsv(header: string[], rows: string[][], preamble: string[][] = []): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [...preamble, header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The rows a CSV starts with, naming what its figures are of (the figure, the area chosen and
 * the period), then an empty row before the table itself.
 */
export function csvPreamble(figure: string, scope: FiguresScope | null): string[][] {
  if (!scope) return [];
  return [
    ['Figure', figure],
    ['Council', scope.councilName ?? 'All councils'],
    ['NHS commissioner', scope.icbName ?? 'All NHS commissioners'],
    ['Area', scope.areaName ?? 'Every area'],
    ...(scope.from && scope.to
      ? [
          ['Period from', scope.from],
          ['Period to', scope.to],
        ]
      : []),
    [],
  ];
}

/** A file name for a CSV: the figure, the area chosen and the period it covers. */
export function csvFileName(figure: string, scope: FiguresScope | null): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const parts = [figure, scope ? slug(scope.area) : '', scope?.from && scope.to ? `${scope.from}-to-${scope.to}` : ''];
  return `${parts.filter(Boolean).join('-')}.csv`;
}

export function downloadCsv(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
