import { expect } from '@open-wc/testing';

// Each test file runs in a page of its own: the registry starts empty here.
describe('pix-certif-elements/define/<tag>.js', () => {
  it('registers its element and what it is made of, nothing else', async () => {
    expect(customElements.get('pix-finalise-wizard')).to.equal(undefined);
    const module = await import('../../src/define/pix-candidate-report.js');
    expect(customElements.get('pix-candidate-report')).to.equal(module.PixCandidateReport);
    expect(customElements.get('pix-abandon-reason')).to.equal(undefined);
    expect(customElements.get('pix-finalise-wizard')).to.equal(undefined);

    const wizard = await import('../../src/define/pix-finalise-wizard.js');
    expect(customElements.get('pix-finalise-wizard')).to.equal(wizard.PixFinaliseWizard);
    expect(customElements.get('pix-abandon-reason'), 'the wizard brings its parts').to.not.equal(undefined);
  });

  it('is a no-op when the tag is already registered, even by another class', async () => {
    class Placeholder extends HTMLElement {}
    customElements.define('pix-session-form', Placeholder);
    const { define } = await import('../../src/internal/define.js');
    expect(() => define('pix-session-form', class extends HTMLElement {})).to.not.throw();
    expect(customElements.get('pix-session-form')).to.equal(Placeholder);
    expect(() => define('pix-candidate-report', class extends HTMLElement {})).to.not.throw();
  });
});
