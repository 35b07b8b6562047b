import { render } from 'lit';

/** The parts of a Storybook story (Component Story Format) that the browser tests use. */
export interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: never, context: never) => unknown;
  play?: (context: never) => unknown;
}

/** A stories file: its default export (the meta) and its named stories. */
export interface StoriesModule {
  default: StoryLike & { title: string };
  [story: string]: StoryLike | undefined;
}

/** Waits until every Lit element under `root`, in shadow roots too, has rendered, then for two frames. */
export async function settled(root: ParentNode): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: ParentNode) => {
      for (const element of node.querySelectorAll('*')) {
        const update = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
        if (update) pending.push(update);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(root);
    const results = await Promise.all(pending);
    // `updateComplete` is false when another update was scheduled meanwhile: look again.
    if (results.every((done) => done !== false)) break;
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Renders one story of a stories file (`import * as module from '…stories.js'`) into `container`
 * as Storybook does: the meta's args and render, the story's own, then its `play`.
 */
export async function renderStory(stories: object, exportName: string, container: HTMLElement): Promise<void> {
  const module = stories as StoriesModule;
  const meta = module.default;
  const story = module[exportName];
  if (!story) throw new Error(`No story "${exportName}" in "${meta.title}"`);
  const args = { ...meta.args, ...story.args };
  const renderer = story.render ?? meta.render;
  if (!renderer) throw new Error(`The story "${exportName}" of "${meta.title}" has no render function`);
  render(renderer(args as never, { args } as never), container);
  await settled(container);
  if (story.play) {
    await story.play({ canvasElement: container, args } as never);
    await settled(container);
  }
}
