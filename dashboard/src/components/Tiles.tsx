export interface Tile {
  key: string;
  label: string;
  display: string;
  value?: number | null;
  suppressed?: boolean;
  hint?: string;
  /** The same figure for the previous period, as published; shown beside it when known. */
  previous?: string;
}

/**
 * Headline figures as cards; a suppressed figure reads "<5" and says why. When every figure is
 * zero the selection has nothing to show, and the page says so rather than showing a row of zeros.
 */
export function Tiles(props: { tiles: Tile[]; label: string }) {
  const empty = props.tiles.every((t) => !t.suppressed && (t.value ?? 0) === 0);
  if (empty)
    return (
      <div className="nhsuk-inset-text app-empty" data-empty="tiles">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>No data for this selection. Try a longer period, another council or NHS commissioner, or all of them.</p>
      </div>
    );
  return (
    <ul className="nhsuk-list app-tiles" aria-label={props.label}>
      {props.tiles.map((t) => (
        <li key={t.key} className="nhsuk-card app-tile">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading nhsuk-heading-xs nhsuk-u-margin-bottom-2">{t.label}</h3>
            <p className="nhsuk-u-margin-bottom-0">
              <span className={t.suppressed ? 'app-tile__value app-tile__value--suppressed' : 'app-tile__value'} data-figure={t.key}>
                {t.display}
              </span>
              {t.suppressed && <span className="nhsuk-u-visually-hidden"> (fewer than 5, not shown to protect privacy)</span>}
            </p>
            {t.previous !== undefined && (
              <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0" data-previous={t.key}>
                Previous period: {t.previous}
              </p>
            )}
            {t.hint && <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">{t.hint}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}
