import { SuppressionNote } from '../App';
import { longDate, type FilterValues } from '../filters';
import { FilterForm } from './FilterForm';

/** What every dashboard page has: its heading and purpose, the filters, the period shown, the suppression note. */
export function PageFrame(props: {
  title: string;
  lede: string;
  path: string;
  values: FilterValues;
  periodHint: string;
  councilHint?: string;
  period?: { from: string; to: string } | null;
  children: React.ReactNode;
}) {
  const { title, lede, path, values, periodHint, period } = props;
  return (
    <>
      <h1 className="nhsuk-heading-xl nhsuk-u-margin-bottom-3" tabIndex={-1}>
        {title}
      </h1>
      <p className="nhsuk-lede-text">{lede}</p>
      <FilterForm path={path} values={values} periodHint={periodHint} councilHint={props.councilHint} />
      {period && (
        <p className="nhsuk-body app-scope" data-scope>
          Figures for {longDate(period.from)} to {longDate(period.to)}
        </p>
      )}
      {props.children}
      <SuppressionNote />
    </>
  );
}
