import { expect } from '@open-wc/testing';
import { config } from 'zod/mini';

// zod keeps its settings on globalThis, shared by every copy of zod in a page: the host's.
describe('pix-certif-elements and the host page’s zod', () => {
  it("leaves the host's own zod configuration as it is", async () => {
    const before = { ...config() };
    await import('../../src/index.js');
    expect({ ...config() }).to.deep.equal(before);
    expect(config().jitless, 'zod’s global jitless switch').to.equal(undefined);
  });
});
