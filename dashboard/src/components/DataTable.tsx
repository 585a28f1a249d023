import { downloadCsv, toCsv } from './csv';

export interface Column {
  label: string;
  numeric?: boolean;
}

/**
 * The numbers behind a chart, as an accessible table with a caption, and the same cells as a
 * CSV download. Wide tables scroll sideways in their own focusable region on a phone.
 */
export function DataTable(props: { id: string; caption: string; columns: Column[]; rows: string[][]; csvName: string }) {
  const { id, caption, columns, rows, csvName } = props;
  return (
    <>
      <div className="app-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="nhsuk-table" id={id} data-table={id}>
          <caption className="nhsuk-table__caption nhsuk-table__caption--m" id={`${id}-caption`}>
            {caption}
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              {columns.map((c) => (
                <th
                  key={c.label}
                  scope="col"
                  className={c.numeric ? 'nhsuk-table__header nhsuk-table__header--numeric' : 'nhsuk-table__header'}
                >
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((r) => (
              <tr key={r[0]} className="nhsuk-table__row">
                {r.map((v, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="nhsuk-table__header">
                      {v}
                    </th>
                  ) : (
                    <td key={i} className={columns[i]?.numeric ? 'nhsuk-table__cell nhsuk-table__cell--numeric' : 'nhsuk-table__cell'}>
                      {v}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        data-csv={id}
        onClick={() =>
          downloadCsv(
            csvName,
            toCsv(
              columns.map((c) => c.label),
              rows,
            ),
          )
        }
      >
        Download CSV<span className="nhsuk-u-visually-hidden"> of {caption}</span>
      </button>
    </>
  );
}
