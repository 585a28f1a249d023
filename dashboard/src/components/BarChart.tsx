export interface Bar {
  label: string;
  /** Null when suppressed: drawn as a dashed outline, labelled as published. */
  value: number | null;
  display: string;
}

const WIDTH = 640;
const LABEL = 230;
const ROW = 30;
const BAR = 20;

/**
 * A horizontal bar chart in SVG. It is one image to assistive technology, named by its title and
 * pointing to the table of the same numbers that follows it; a suppressed figure is a dashed
 * outline at the "<5" mark, never a bar that suggests a value.
 */
export function BarChart(props: { id: string; title: string; bars: Bar[] }) {
  const { id, title, bars } = props;
  const max = Math.max(5, ...bars.map((b) => b.value ?? 0));
  const scale = (v: number) => ((WIDTH - LABEL - 70) * v) / max;
  const height = bars.length * ROW + 8;
  return (
    <figure className="nhsuk-u-margin-bottom-4">
      <svg className="app-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-chart={id}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>Bar chart; the table below gives the same figures.</desc>
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          const w = b.value === null ? scale(4) : Math.max(b.value > 0 ? 2 : 0, scale(b.value));
          return (
            <g key={b.label}>
              <text className="app-chart__label" x={LABEL - 8} y={y + BAR / 2 + 5} textAnchor="end">
                {b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label}
              </text>
              <rect className={b.value === null ? 'app-chart__bar app-chart__bar--suppressed' : 'app-chart__bar'} x={LABEL} y={y} width={w} height={BAR} />
              <text className="app-chart__value" x={LABEL + w + 6} y={y + BAR / 2 + 5}>{b.display}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
