import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { MessageParams } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/messages.js';
import { formatPercent } from '../../i18n/numbers.js';
import {
  canHandleChallengeAlert,
  canToggleAttendance,
  candidateTags,
  formatClockTime,
  isPlaying,
  menuActions,
  theoreticalEnd,
  type CandidateTag,
  type MenuAction,
  type SupervisedSessionFacts,
} from '../../state/invigilator.js';
import { formatBirthdate } from '../../state/session.js';
import type { ValidSupervisedCandidate } from '../../state/schemas.js';
import type { InvigilatorSpaceMessageKey } from './invigilator-space.messages.js';

/** What a candidate's row (§ 5.6) needs from the element. */
export interface CandidateRowView {
  t(key: InvigilatorSpaceMessageKey, params?: MessageParams): string;
  locale: Lang;
  session: SupervisedSessionFacts;
  /** The presence as shown: the host's, or the person's choice still being sent. */
  authorized(candidate: ValidSupervisedCandidate): boolean;
  /** The presence change of this candidate failed last time. */
  attendanceFailed(candidate: ValidSupervisedCandidate): boolean;
  /** The candidate whose options menu is open, if any. */
  openMenu: number | null;
  onToggleAttendance(candidate: ValidSupervisedCandidate): void;
  onHandleAlert(candidate: ValidSupervisedCandidate, opener: HTMLElement): void;
  onMenuButton(candidate: ValidSupervisedCandidate, event: Event): void;
  onMenuButtonKeydown(candidate: ValidSupervisedCandidate, event: KeyboardEvent): void;
  onMenuKeydown(candidate: ValidSupervisedCandidate, event: KeyboardEvent): void;
  onMenuFocusOut(candidate: ValidSupervisedCandidate, event: FocusEvent): void;
  onMenuAction(candidate: ValidSupervisedCandidate, action: MenuAction): void;
}

const TAG_KEYS: Record<CandidateTag, { key: InvigilatorSpaceMessageKey; tone: string }> = {
  overtime: { key: 'invigilator.tag.overtime', tone: 'tag--info' },
  completed: { key: 'invigilator.tag.completed', tone: 'tag--info' },
  challengeAlert: { key: 'invigilator.tag.challengeAlert', tone: 'tag--error' },
  companionAlert: { key: 'invigilator.tag.companionAlert', tone: 'tag--error' },
  onHold: { key: 'invigilator.tag.onHold', tone: 'tag--warning' },
  playing: { key: 'invigilator.tag.playing', tone: 'tag--success' },
};

const MENU_KEYS: Record<MenuAction, InvigilatorSpaceMessageKey> = {
  companion: 'invigilator.menu.companion',
  resume: 'invigilator.menu.resume',
  end: 'invigilator.menu.end',
};

/** The text of a candidate's tag. */
export function tagKey(tag: CandidateTag): InvigilatorSpaceMessageKey {
  return TAG_KEYS[tag].key;
}

/** "{firstName} {lastName}", as the buttons and dialogs name a candidate. */
export function candidateName(candidate: Pick<ValidSupervisedCandidate, 'firstName' | 'lastName'>): string {
  return `${candidate.firstName} ${candidate.lastName}`;
}

export function renderCandidateRow(view: CandidateRowView, candidate: ValidSupervisedCandidate): TemplateResult {
  const { t } = view;
  const id = candidate.id;
  const tags = candidateTags(candidate, view.session);
  const end = theoreticalEnd(candidate);
  return html`<li class=${view.openMenu === id ? 'candidate candidate--menu-open' : 'candidate'} part="candidate" data-candidate-id=${id}>
    <div class="candidate__info">
      ${
        tags.length > 0
          ? html`<p class="tags">
            ${tags.map((tag) => html`<span class="tag ${TAG_KEYS[tag].tone}" part="tag">${t(TAG_KEYS[tag].key)}</span>`)}
          </p>`
          : nothing
      }
      <p class="name" id=${`name-${id}`}><bdi>${candidate.lastName}</bdi> <bdi>${candidate.firstName}</bdi></p>
      <p class="muted"><time datetime=${candidate.birthdate}>${formatBirthdate(candidate.birthdate)}</time></p>
      ${
        candidate.subscription !== 'CORE'
          ? html`<p class="muted">
            ${t('invigilator.subscription', {
              complementaryCertification: t(`invigilator.subscription.${candidate.subscription}` as InvigilatorSpaceMessageKey),
            })}
          </p>`
          : nothing
      }
      ${
        candidate.userId !== null && candidate.subscription === 'CLEA' && !candidate.isStillEligibleToDoubleCertification
          ? html`<p class="alert alert--warning" part="clea-warning">${t('invigilator.cleaWarning')}</p>`
          : nothing
      }
      ${
        isPlaying(candidate) && candidate.startDateTime
          ? html`<p class="muted" part="times">
            <span>${t('invigilator.start', { time: formatClockTime(candidate.startDateTime) })}</span>
            ${end ? html` · <span>${t('invigilator.end', { time: formatClockTime(end) })}</span>` : nothing}
          </p>`
          : nothing
      }
      ${
        candidate.extraTimePercentage
          ? html`<p class="tags">
            <span class="tag tag--neutral" part="extra-time">
              ${t('invigilator.extraTime', { extraTimePercentage: formatPercent(candidate.extraTimePercentage, view.locale) })}
            </span>
          </p>`
          : nothing
      }
      ${
        view.attendanceFailed(candidate)
          ? html`<p class="alert alert--error" role="alert" part="attendance-error">${t('invigilator.attendance.failed')}</p>`
          : nothing
      }
    </div>
    <div class="candidate__actions">
      ${
        canHandleChallengeAlert(candidate)
          ? html`<button
            type="button"
            class="button button--danger"
            data-control="alert"
            part="handle-alert"
            aria-describedby=${`name-${id}`}
            @click=${(event: Event) => view.onHandleAlert(candidate, event.currentTarget as HTMLElement)}
          >
            ${t('invigilator.alert.handle')}
          </button>`
          : nothing
      }
      ${canToggleAttendance(candidate, view.session) ? renderAttendance(view, candidate) : nothing}
      ${menuActions(candidate).length > 0 ? renderMenu(view, candidate) : nothing}
    </div>
  </li>`;
}

function renderAttendance(view: CandidateRowView, candidate: ValidSupervisedCandidate): TemplateResult {
  const { t } = view;
  const authorized = view.authorized(candidate);
  const name = candidateName(candidate);
  // One button whose words change: focus stays on it when it flips.
  return html`<button
    type="button"
    class=${authorized ? 'button button--secondary' : 'button'}
    data-control="attendance"
    part="attendance"
    aria-label=${
      authorized
        ? t('invigilator.attendance.cancel.label', { candidate: name })
        : t('invigilator.attendance.confirm.label', { candidate: name })
    }
    @click=${() => view.onToggleAttendance(candidate)}
  >
    ${authorized ? t('invigilator.attendance.cancel') : t('invigilator.attendance.confirm')}
  </button>`;
}

function renderMenu(view: CandidateRowView, candidate: ValidSupervisedCandidate): TemplateResult {
  const { t } = view;
  const id = candidate.id;
  const open = view.openMenu === id;
  return html`<div class="menu" @focusout=${(event: FocusEvent) => view.onMenuFocusOut(candidate, event)}>
    <button
      type="button"
      class="button button--secondary menu__button"
      id=${`menu-button-${id}`}
      data-control="menu"
      part="menu-button"
      aria-haspopup="menu"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${`menu-${id}`}
      aria-label=${t('invigilator.menu.button')}
      aria-describedby=${`name-${id}`}
      @click=${(event: Event) => view.onMenuButton(candidate, event)}
      @keydown=${(event: KeyboardEvent) => view.onMenuButtonKeydown(candidate, event)}
    >
      <span aria-hidden="true">⋮</span>
    </button>
    <ul
      class="menu__list"
      id=${`menu-${id}`}
      role="menu"
      part="menu"
      aria-label=${t('invigilator.menu')}
      ?hidden=${!open}
      @keydown=${(event: KeyboardEvent) => view.onMenuKeydown(candidate, event)}
    >
      ${repeat(
        menuActions(candidate),
        (action) => action,
        (action) => html`<li role="none">
          <button
            type="button"
            role="menuitem"
            class="menu__item"
            tabindex="-1"
            data-action=${action}
            @click=${() => view.onMenuAction(candidate, action)}
          >
            ${t(MENU_KEYS[action])}
          </button>
        </li>`,
      )}
    </ul>
  </div>`;
}
