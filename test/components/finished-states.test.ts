import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import * as wizardStories from '../../stories/finalise-wizard.stories.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import type { PixNavigateEvent } from '../../src/events/navigate-events.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, button, text } from '../helpers/dom.js';
import { resizeViewport, restoreViewport } from '../helpers/viewport.js';

/** The finished states: what the page shows once the session is finalised. */

interface StoryLike {
  args?: Record<string, unknown>;
  play?: (context: { canvasElement: HTMLElement }) => unknown;
}

async function renderStory(given: unknown) {
  const story = given as StoryLike;
  const canvas = document.createElement('div');
  document.body.append(canvas);
  const meta = wizardStories.default;
  const args = { ...meta.args, ...story.args };
  render(meta.render!(args as never, { args } as never), canvas);
  const wizard = canvas.querySelector<PixFinaliseWizard>('pix-finalise-wizard')!;
  await wizard.updateComplete;
  await story.play?.({ canvasElement: canvas });
  await new Promise((resolve) => setTimeout(resolve, 100));
  await wizard.updateComplete;
  return { wizard, canvas };
}

describe('Finished states', () => {
  it('after a successful finalisation, the session comment reads as text: no field border, no resize handle', async () => {
    const { wizard, canvas } = await renderStory(wizardStories.Success);
    const comment = $(wizard, '#comment') as HTMLTextAreaElement;
    expect(comment.readOnly).to.equal(true);
    const style = getComputedStyle(comment);
    expect(style.resize).to.equal('none');
    expect(style.borderTopColor).to.equal('rgba(0, 0, 0, 0)');
    expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    render(null, canvas);
    canvas.remove();
  });
});

describe('Finished states: the steps stay numbered', () => {
  it('a read-only wizard keeps step 2 between steps 1 and 3, saying its form is closed', async () => {
    const { wizard, canvas } = await renderStory(wizardStories.AlreadyFinalised);
    const titles = [...wizard.shadowRoot!.querySelectorAll('.step > :is(h2, h3, h4, h5, h6):first-child')].map((title) => text(title));
    expect(titles).to.deep.equal([
      'Étape 1 : Renseigner les informations de vos candidats',
      'Étape 2 : Transmettre des documents (facultatif)',
      'Étape 3 : Commenter la session (facultatif)',
    ]);
    expect(text($(wizard, '[part~="step-2"] p'))).to.equal("Ce formulaire n'est plus disponible : la session est finalisée.");
    expect(wizard.shadowRoot!.querySelector('[part~="step-2"] :is(input, textarea, button)'), 'nothing to fill').to.equal(null);
    await expectAccessible(wizard);
    render(null, canvas);
    canvas.remove();
  });

  it('after success, step 2 still says that the documents were sent', async () => {
    const canvas = document.createElement('div');
    document.body.append(canvas);
    const meta = wizardStories.default;
    const args = { ...meta.args, ...wizardStories.Success.args };
    render(meta.render!(args as never, { args } as never), canvas);
    const wizard = canvas.querySelector<PixFinaliseWizard>('pix-finalise-wizard')!;
    await wizard.updateComplete;
    wizard.addEventListener('pix-documents-submit', (event) => event.respondWith(Promise.resolve()));
    button(wizard, 'Soumettre le formulaire').click();
    await waitUntil(() => wizard.shadowRoot!.querySelector('#documents-sent'), 'the documents were sent');
    await wizardStories.Success.play!({ canvasElement: canvas } as never);
    await waitUntil(() => !wizard.shadowRoot!.querySelector('button.validate'), 'the session was finalised');
    expect(text($(wizard, '[part~="step-2"] p'))).to.equal('Le formulaire a été transmis aux équipes de Pix.');
    expect(wizard.shadowRoot!.querySelector('[part~="step-2"] button'), 'no "Transmettre d\'autres documents" any more').to.equal(null);
    render(null, canvas);
    canvas.remove();
  });
});

describe('Finished states: the way back', () => {
  it('edition "2021": once the session is finalised, "Retour à la session" fires pix-navigate; not before', async () => {
    const { wizard, canvas } = await renderStory(wizardStories.Session561);
    expect([...wizard.shadowRoot!.querySelectorAll('button')].some((item) => text(item) === 'Retour à la session')).to.equal(false);
    render(null, canvas);
    canvas.remove();

    const finished = await renderStory(wizardStories.Success);
    const back = button(finished.wizard, 'Retour à la session');
    const navigation = oneEvent(finished.wizard, 'pix-navigate') as Promise<PixNavigateEvent>;
    back.click();
    expect((await navigation).detail).to.deep.equal({ to: 'session-details', sessionId: 561 });
    await expectAccessible(finished.wizard);
    render(null, finished.canvas);
    finished.canvas.remove();
  });
});

describe('Finished states: a failure', () => {
  afterEach(restoreViewport);

  it('edition "2021": the focused failure message and "Valider" are both in view, to try again (on a phone too)', async () => {
    // A phone's screen (WebKit's window stops at 447 px wide: as narrow as it goes there).
    await resizeViewport(320, 640);
    const { wizard, canvas } = await renderStory(wizardStories.HostFailure);
    await waitUntil(() => wizard.shadowRoot!.querySelector('.outcome[role="alert"]'), 'the failure shows');
    const alert = $(wizard, '.outcome[role="alert"]');
    expect(wizard.shadowRoot!.activeElement).to.equal(alert);
    const inView = (element: Element) => {
      const box = element.getBoundingClientRect();
      // Within a pixel: Firefox lays the page out in fractions of a pixel.
      return box.top >= -1 && box.bottom <= window.innerHeight + 1;
    };
    expect(inView(alert), 'the message in view').to.equal(true);
    expect(inView(button(wizard, 'Valider')), '"Valider" in view').to.equal(true);
    render(null, canvas);
    canvas.remove();
  });
});
