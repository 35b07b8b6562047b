import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MessageParams } from '../../i18n/messages.js';
import type { InvigilatorSpaceMessageKey } from './invigilator-space.messages.js';
import type { CommonMessageKey } from '../../internal/common.messages.js';

export type LoginField = 'sessionNumber' | 'password';

/** What the login form (§ 5.3) needs from the element. */
export interface LoginView {
  t(key: InvigilatorSpaceMessageKey | CommonMessageKey, params?: MessageParams): string;
  sessionNumber: string;
  password: string;
  showPassword: boolean;
  sending: boolean;
  /** The error zone's text, above the form. */
  error: string | null;
  invalid(field: LoginField): boolean;
  onInput(field: LoginField, value: string): void;
  onLeave(field: LoginField): void;
  onTogglePassword(): void;
  onSubmit(): void;
}

export function renderLoginForm(view: LoginView): TemplateResult {
  const { t } = view;
  const submit = (event: Event) => {
    event.preventDefault();
    view.onSubmit();
  };
  const input = (field: LoginField) => (event: Event) => view.onInput(field, (event.target as HTMLInputElement).value);
  const errorId = view.error === null ? nothing : 'login-error';
  return html`<section class="login" part="login" aria-labelledby="login-title">
    <h1 id="login-title" part="title">${t('invigilator.login.title')}</h1>
    <h2>${t('invigilator.login.subtitle')}</h2>
    <p>${t('invigilator.login.allRequired')}</p>
    ${view.error === null ? nothing : html`<p id="login-error" class="alert alert--error" role="alert" part="login-error">${view.error}</p>`}
    <form novalidate aria-label=${t('invigilator.login.form')} @submit=${submit}>
      <div class="field">
        <label class="label" for="session-id">
          ${t('invigilator.login.sessionNumber')} <abbr title=${t('invigilator.login.required')}>*</abbr>
        </label>
        <input
          id="session-id"
          class="input"
          type="number"
          inputmode="numeric"
          min="1"
          required
          autocomplete="off"
          .value=${live(view.sessionNumber)}
          aria-invalid=${view.invalid('sessionNumber') ? 'true' : 'false'}
          aria-describedby=${errorId}
          @input=${input('sessionNumber')}
          @blur=${() => view.onLeave('sessionNumber')}
        />
      </div>
      <div class="field">
        <label class="label" for="session-password">
          ${t('invigilator.login.password')} <abbr title=${t('invigilator.login.required')}>*</abbr>
        </label>
        <p id="session-password-hint" class="hint">${t('invigilator.login.passwordHint')}</p>
        <div class="password">
          <span class="password__prefix" aria-hidden="true">C-</span>
          <input
            id="session-password"
            class="input"
            type=${view.showPassword ? 'text' : 'password'}
            placeholder="XXXXXX"
            required
            autocomplete="off"
            .value=${live(view.password)}
            aria-invalid=${view.invalid('password') ? 'true' : 'false'}
            aria-describedby=${view.error === null ? 'session-password-hint' : 'session-password-hint login-error'}
            @input=${input('password')}
            @blur=${() => view.onLeave('password')}
          />
          <button
            type="button"
            class="button button--secondary button--small"
            part="show-password"
            aria-pressed=${view.showPassword ? 'true' : 'false'}
            aria-label=${t('invigilator.login.showPassword')}
            @click=${view.onTogglePassword}
          >
            <span aria-hidden="true">👁</span>
          </button>
        </div>
      </div>
      <button type="submit" class="button" part="login-button" aria-disabled=${view.sending ? 'true' : 'false'}>
        ${view.sending ? t('handover.sending') : t('invigilator.login.submit')}
      </button>
    </form>
  </section>`;
}
