import { useEffect, useRef } from 'react';

export interface SummaryItem {
  message: string;
  /** The field to correct (an element id); the message links to it. */
  href?: string;
}

/**
 * NHS.UK's error summary: takes focus when it appears, and each message links to the field to
 * correct, so a keyboard or screen reader user lands where the fix is.
 */
export function ErrorSummary(props: { title: string; items: SummaryItem[]; code?: string; children?: React.ReactNode }) {
  const summary = useRef<HTMLDivElement>(null);
  const key = props.items.map((i) => i.message).join('|');
  useEffect(() => {
    summary.current?.focus();
  }, [key]);
  return (
    <div
      className="nhsuk-error-summary"
      aria-labelledby="error-summary-title"
      role="alert"
      tabIndex={-1}
      ref={summary}
      data-error-code={props.code}
    >
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        {props.title}
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {props.items.map((i) => (
            <li key={i.message}>
              {i.href ? (
                <a
                  href={i.href}
                  onClick={(e) => {
                    // Move to the field itself (not only scroll to it), as NHS.UK's own summary does.
                    const target = document.querySelector<HTMLElement>(i.href!);
                    if (!target) return;
                    e.preventDefault();
                    target.focus();
                    target.scrollIntoView({ block: 'center' });
                  }}
                >
                  {i.message}
                </a>
              ) : (
                i.message
              )}
            </li>
          ))}
        </ul>
        {props.children}
      </div>
    </div>
  );
}
