import { BarChart, type Bar } from './BarChart';
import { DataTable, type Column } from './DataTable';

/** One figure of a dashboard: heading, an optional chart, the table of its numbers and their CSV. */
export function Panel(props: {
  id: string;
  title: string;
  intro?: React.ReactNode;
  bars?: Bar[];
  columns: Column[];
  rows: string[][];
  csvName: string;
}) {
  const { id, title, intro, bars, columns, rows, csvName } = props;
  return (
    <section className="app-panel" aria-labelledby={`${id}-heading`}>
      <h2 className="nhsuk-heading-m" id={`${id}-heading`}>
        {title}
      </h2>
      {intro && <div className="nhsuk-body">{intro}</div>}
      {bars && <BarChart id={`${id}-chart`} title={title} bars={bars} />}
      <DataTable id={id} caption={`${title}: figures`} columns={columns} rows={rows} csvName={csvName} />
    </section>
  );
}
