import { html, type TemplateResult } from 'lit';
import type { MessageParams } from '../../i18n/messages.js';
import { formatBirthdate } from '../../state/session.js';
import type { ValidSession } from '../../state/schemas.js';
import type { InvigilatorSpaceMessageKey } from './invigilator-space.messages.js';

/** What the header (§ 5.4) needs from the element. */
export interface HeaderView {
  t(key: InvigilatorSpaceMessageKey, params?: MessageParams): string;
  session: ValidSession;
  onExit(opener: HTMLElement): void;
  onKit(): void;
}

/** "Quitter", "Session {id}", the date and time, the session's facts, the documentation notice and "Kit surveillant". */
export function renderHeader(view: HeaderView): TemplateResult {
  const { t, session } = view;
  const fact = (label: InvigilatorSpaceMessageKey, value: string) =>
    html`<div>
      <dt>${t(label)}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<header class="header" part="header">
    <div class="header__actions">
      <button
        type="button"
        class="button button--secondary button--small"
        part="exit-button"
        aria-label=${t('invigilator.exit.label', { sessionId: session.id })}
        @click=${(event: Event) => view.onExit(event.currentTarget as HTMLElement)}
      >
        ${t('invigilator.exit')}
      </button>
    </div>
    <h1 id="session-title" part="title">${t('invigilator.title', { sessionId: session.id })}</h1>
    <p>
      <time datetime=${`${session.date}T${session.time}`}>${formatBirthdate(session.date)} · ${session.time}</time>
    </p>
    <dl class="facts">
      ${fact('invigilator.address', session.address)} ${fact('invigilator.room', session.room)}
      ${fact('invigilator.examiner', session.examiner)} ${fact('invigilator.accessCode', session.accessCode)}
    </dl>
    <div class="alert alert--info notice">
      <p>${t('invigilator.documentation')}</p>
      <p>
        <a href=${t('invigilator.documentation.url')} target="_blank" rel="noopener noreferrer">
          ${t('invigilator.documentation.link')}
          <span class="visually-hidden">${t('invigilator.newWindow')}</span>
        </a>
      </p>
    </div>
    <div class="header__actions">
      <button type="button" class="button button--secondary button--small" part="kit-button" aria-label=${t('invigilator.kit.label')} @click=${view.onKit}>
        ${t('invigilator.kit')}
      </button>
    </div>
  </header>`;
}
