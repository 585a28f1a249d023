export interface Bar {
  label: string;
  /** Null when suppressed: drawn as a dashed outline, labelled as published. */
  value: number | null;
  display: string;
}

/**
 * A horizontal bar chart drawn with HTML boxes, so its labels stay legible from a phone to a
 * laptop. Every bar's length is its value's share of the largest: the values sit in a column of
 * their own, so no bar is cut short to make room for its label. The picture is hidden from
 * assistive technology, which reads the table of the same figures under "Show the figures"; a
 * suppressed figure is a short dashed outline marked as published ("<5"), never a bar that
 * suggests a value.
 */
export function BarChart(props: { id: string; title: string; bars: Bar[] }) {
  const { id, title, bars } = props;
  const max = Math.max(5, ...bars.map((b) => b.value ?? 0));
  return (
    <figure className="app-chart nhsuk-u-margin-bottom-4" data-chart={id}>
      <figcaption className="nhsuk-u-visually-hidden">
        {title}: bar chart; the same figures are in the table under “Show the figures”.
      </figcaption>
      <div aria-hidden="true">
        {bars.map((b) => (
          <div key={b.label} className="app-chart__row">
            <span className="app-chart__label">{b.label}</span>
            <span className="app-chart__track">
              <span className="app-chart__area">
                <span
                  className={b.value === null ? 'app-chart__bar app-chart__bar--suppressed' : 'app-chart__bar'}
                  style={b.value === null ? undefined : { width: `${(100 * b.value) / max}%` }}
                />
              </span>
              <span className="app-chart__value">{b.display}</span>
            </span>
          </div>
        ))}
      </div>
    </figure>
  );
}
