import { loadExample, walkThroughExample } from './drive-example.js';

// examples/vue/main.js (no build step in its page: an import map gives Vue's browser build and the
// library's bundle); `npm run build` bundles it the same way for this test (examples/build.mjs).
describe('examples/vue (Vue 3)', () => {
  it('binds session and reports with .prop, and its typed @pix-… listeners get the draft and the payload', async () => {
    const example = await loadExample('/examples/vue/dist/main.js');
    await walkThroughExample(example);
  });
});
