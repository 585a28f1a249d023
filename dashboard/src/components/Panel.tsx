import { useFiguresScope } from '../selection';
import { BarChart, type Bar } from './BarChart';
import { DataTable, type Column } from './DataTable';

/**
 * One figure of a dashboard: its heading naming the area and period, an optional chart, and
 * the table of its numbers with their CSV. A chart's table waits behind "Show the figures", so
 * a page reads as its charts; a figure without a chart shows its table. A selection with nothing
 * to show says so instead of drawing zeros.
 */
export function Panel(props: {
  id: string;
  title: string;
  intro?: React.ReactNode;
  bars?: Bar[];
  columns: Column[];
  rows: string[][];
  /** The CSV file's name starts with this (e.g. pas-by-dbs-check). */
  figure: string;
  /** Nothing to show: by default, when every bar (or every cell after the row's label) is zero. */
  empty?: boolean;
}) {
  const { id, title, intro, bars, columns, rows, figure } = props;
  const scope = useFiguresScope();
  const empty = props.empty ?? (bars ? bars.every((b) => b.value === 0) : rows.every((r) => r.slice(1).every((v) => v === '0')));
  const table = <DataTable id={id} caption={`${title}: figures`} columns={columns} rows={rows} figure={figure} title={title} />;
  return (
    <section className="app-panel" aria-labelledby={`${id}-heading`} data-panel={id}>
      <h2 className="nhsuk-heading-m" id={`${id}-heading`}>
        {title}
        {scope && (
          <>
            <span className="nhsuk-u-visually-hidden">: </span>
            <span className="app-heading-scope" data-heading-scope>
              {scope.caption}
            </span>
          </>
        )}
      </h2>
      {intro && <div className="nhsuk-body">{intro}</div>}
      {empty ? (
        <p className="nhsuk-body app-empty" data-empty={id}>
          No data for this selection.
        </p>
      ) : bars ? (
        <>
          <BarChart id={`${id}-chart`} title={title} bars={bars} />
          <details className="nhsuk-details" data-figures={id}>
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                Show the figures<span className="nhsuk-u-visually-hidden"> of {title}</span>
              </span>
            </summary>
            <div className="nhsuk-details__text">{table}</div>
          </details>
        </>
      ) : (
        table
      )}
    </section>
  );
}
