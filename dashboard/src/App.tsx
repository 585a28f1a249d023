import { useEffect, useRef } from 'react';
import { PAGES } from './pages';
import { onLinkClick, useLocation } from './router';
import { useSession } from './session';

const SERVICE = "Continuum commissioners' dashboards";

function Header(props: { path: string }) {
  const user = useSession()?.name;
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <a className="nhsuk-header__service-name" href="/" onClick={onLinkClick}>
            {SERVICE}
          </a>
        </div>
        {user && (
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              <li className="nhsuk-header__account-item" data-signed-in>
                Signed in as {user}
              </li>
            </ul>
          </nav>
        )}
      </div>
      <nav className="nhsuk-header__navigation" aria-label="Dashboards">
        <div className="nhsuk-header__navigation-container nhsuk-width-container">
          <ul className="nhsuk-header__navigation-list">
            {PAGES.map((p) => (
              <li
                key={p.path}
                className={
                  p.path === props.path
                    ? 'nhsuk-header__navigation-item nhsuk-header__navigation-item--current'
                    : 'nhsuk-header__navigation-item'
                }
              >
                <a
                  className="nhsuk-header__navigation-link"
                  href={p.path}
                  onClick={onLinkClick}
                  aria-current={p.path === props.path ? 'page' : undefined}
                >
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </header>
  );
}

function Home() {
  return (
    <>
      <h1 className="nhsuk-heading-xl" tabIndex={-1}>
        {SERVICE}
      </h1>
      <p className="nhsuk-lede-text">
        Figures for commissioners from the councils, NHS bodies, support organisations and training providers joined in Continuum. Every
        figure is a count or a sum: no person can be looked up from here.
      </p>
      <ul className="nhsuk-grid-row nhsuk-card-group">
        {PAGES.map((p) => (
          <li key={p.path} className="nhsuk-grid-column-one-half nhsuk-card-group__item">
            <div className="nhsuk-card nhsuk-card--clickable">
              <div className="nhsuk-card__content">
                <h2 className="nhsuk-card__heading nhsuk-heading-m">
                  <a className="nhsuk-card__link" href={p.path} onClick={onLinkClick}>
                    {p.title}
                  </a>
                </h2>
                <p className="nhsuk-card__description">{p.summary}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <SuppressionNote />
    </>
  );
}

export function SuppressionNote() {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        Counts of people, PAs and businesses from 1 to 4 are shown as “&lt;5”, and every other count is rounded up to a multiple of 5, so
        that no one can be picked out, even by subtracting one figure from another. Sums of hours, days or money are not shown for fewer
        than 5 contributors, and are rounded.
      </p>
    </div>
  );
}

export function App() {
  const url = useLocation();
  const page = PAGES.find((p) => p.path === url.pathname);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.title = page ? `${page.title} – ${SERVICE}` : url.pathname === '/' ? SERVICE : `Page not found – ${SERVICE}`;
    // After moving between pages, put the reader at the new page's heading.
    if (!first.current) main.current?.querySelector<HTMLElement>('h1')?.focus();
    first.current = false;
  }, [url.pathname, page]);
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <Header path={url.pathname} />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" ref={main} tabIndex={-1}>
          {page ? (
            <page.Component url={url} title={page.title} />
          ) : url.pathname === '/' ? (
            <Home />
          ) : (
            <>
              <h1 className="nhsuk-heading-xl" tabIndex={-1}>
                Page not found
              </h1>
              <p>
                <a href="/" onClick={onLinkClick}>
                  Go to the list of dashboards
                </a>
              </p>
            </>
          )}
        </main>
      </div>
      <footer className="nhsuk-footer" role="contentinfo">
        <div className="nhsuk-width-container nhsuk-footer__container">
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            Continuum: figures from the unified graph of councils, NHS bodies, support organisations and training providers. Aggregates
            only.
          </p>
        </div>
      </footer>
    </>
  );
}
