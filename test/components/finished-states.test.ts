import { expect } from '@open-wc/testing';
import { render } from 'lit';
import * as wizardStories from '../../stories/finalise-wizard.stories.js';
import type { PixFinaliseWizard } from '../../src/components/finalise-wizard/finalise-wizard.js';
import { $ } from '../helpers/dom.js';

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
