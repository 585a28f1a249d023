import type { DateParts } from '../dates';

/**
 * NHS.UK's date input: day, month and year as numbers in three fields, under a legend, with
 * the hint and an error message read with the group. The first field's id is `${id}-day`, the
 * target of an error summary's link.
 */
export function DateInput(props: {
  id: string;
  legend: string;
  hint?: string;
  hintId?: string;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
}) {
  const { id, legend, hint, error, value, onChange } = props;
  const hintId = props.hintId ?? `${id}-hint`;
  const described = [hint || props.hintId ? hintId : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const field = (part: keyof DateParts, label: string, width: 2 | 4) => (
    <div className="nhsuk-date-input__item">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part}`}>
          {label}
        </label>
        <input
          className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${error ? ' nhsuk-input--error' : ''}`}
          id={`${id}-${part}`}
          name={`${id}-${part}`}
          type="text"
          inputMode="numeric"
          value={value[part]}
          onChange={(e) => onChange({ ...value, [part]: e.target.value })}
        />
      </div>
    </div>
  );
  return (
    <div className={error ? 'nhsuk-form-group nhsuk-form-group--error' : 'nhsuk-form-group'}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={described}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        )}
        {error && (
          <span className="nhsuk-error-message" id={`${id}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <div className="nhsuk-date-input" id={id}>
          {field('day', 'Day', 2)}
          {field('month', 'Month', 2)}
          {field('year', 'Year', 4)}
        </div>
      </fieldset>
    </div>
  );
}
