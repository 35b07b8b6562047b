import { expect } from '@open-wc/testing';

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

describe('pix-certif-elements (main entry)', () => {
  it('registers every element and exports the state layer and the event classes', async () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
    const entry = await import('../../src/index.js');
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.not.equal(undefined);
    expect(customElements.get('pix-finalise-wizard')).to.equal(entry.PixFinaliseWizard);
    expect(typeof entry.createFinalisation).to.equal('function');
    expect(typeof entry.PixFinaliseEvent).to.equal('function');
    expect(Object.keys(entry.CATALOGUES)).to.deep.equal(['2021', '2022', 'current']);
  });

  it('can be imported twice without error', async () => {
    await import('../../src/index.js');
    await import('../../src/index.js');
    expect(customElements.get('pix-abandon-reason')).to.not.equal(undefined);
  });
});
