import { useFiguresScope } from '../selection';
import { csvFileName, csvPreamble, downloadCsv, toCsv } from './csv';

export interface Column {
  label: string;
  numeric?: boolean;
}

/**
 * The numbers behind a figure, as an accessible table with a caption, and the same cells as a
 * CSV download that names the area and period first. On a phone each row stacks its cells
 * under their column names (NHS.UK's responsive table), so the page never scrolls sideways.
 */
export function DataTable(props: { id: string; caption: string; columns: Column[]; rows: string[][]; figure: string; title: string }) {
  const { id, caption, columns, rows, figure, title } = props;
  const scope = useFiguresScope();
  return (
    <>
      <table className="nhsuk-table nhsuk-table--responsive" id={id} data-table={id} role="table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s" id={`${id}-caption`}>
          {caption}
        </caption>
        <thead className="nhsuk-table__head" role="rowgroup">
          <tr role="row">
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                role="columnheader"
                className={c.numeric ? 'nhsuk-table__header nhsuk-table__header--numeric' : 'nhsuk-table__header'}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body" role="rowgroup">
          {rows.map((r) => (
            <tr key={r[0]} className="nhsuk-table__row" role="row">
              {r.map((v, i) => {
                const heading = (
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    {columns[i]?.label}{' '}
                  </span>
                );
                return i === 0 ? (
                  <th key={i} scope="row" role="rowheader" className="nhsuk-table__header">
                    {heading}
                    <span data-cell>{v}</span>
                  </th>
                ) : (
                  <td
                    key={i}
                    role="cell"
                    className={columns[i]?.numeric ? 'nhsuk-table__cell nhsuk-table__cell--numeric' : 'nhsuk-table__cell'}
                  >
                    {heading}
                    <span data-cell>{v}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        data-csv={id}
        onClick={() =>
          downloadCsv(
            csvFileName(figure, scope),
            toCsv(
              columns.map((c) => c.label),
              rows,
              csvPreamble(title, scope),
            ),
          )
        }
      >
        Download CSV<span className="nhsuk-u-visually-hidden"> of {caption}</span>
      </button>
    </>
  );
}
