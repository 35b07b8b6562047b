import { expect } from '@open-wc/testing';
import { config } from 'zod/mini';

const TAGS = [
  'pix-abandon-reason',
  'pix-candidate-report',
  'pix-finalise-wizard',
  'pix-invigilator-space',
  'pix-session-details',
  'pix-session-form',
  'pix-session-list',
  'pix-student-enrolment',
];

// The self-contained bundle built by `npm run build` (npm test builds before running the browser tests).
describe('dist/pix-certif-elements.bundle.js', () => {
  it('registers every element from one file, lit and zod inside', async () => {
    const response = await fetch('/dist/pix-certif-elements.bundle.js');
    expect(response.ok, 'run `npm run build` first').to.equal(true);
    const source = await response.text();
    expect(source).to.not.match(/from\s*["'](lit|zod|@lit)/);
    // zod keeps its settings on globalThis, shared by every copy: the bundle's must leave the host's as they are.
    const zodConfig = { ...config() };
    await import(/* @vite-ignore */ '/dist/pix-certif-elements.bundle.js' as string);
    expect({ ...config() }, "the host's zod configuration").to.deep.equal(zodConfig);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.not.equal(undefined);
    const element = document.createElement('pix-abandon-reason');
    document.body.append(element);
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(element.shadowRoot?.querySelector('select')).to.not.equal(null);
    element.remove();
    // The bundle's message keys are short ids: the texts shown are still the dictionaries'.
    const details = document.createElement('pix-session-details') as HTMLElement & { session: unknown; updateComplete: Promise<unknown> };
    details.session = 42;
    document.body.append(details);
    await details.updateComplete;
    expect(details.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s/g, ' ')).to.contain(
      "Données invalides : cet élément ne peut pas s'afficher.",
    );
    details.remove();
  });
});
