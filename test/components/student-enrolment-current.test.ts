import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/pix-student-enrolment.js';
import type { PixStudentEnrolment } from '../../src/components/student-enrolment/student-enrolment.js';
import type { Student } from '../../src/state/schemas.js';
import { session296 } from '../fixtures/guide-sessions.js';
import { expectAccessible } from '../helpers/a11y.js';
import { $, $$, text } from '../helpers/dom.js';

const students: Student[] = [
  { id: 12, firstName: 'Léa', lastName: 'Martin', birthdate: '2008-03-05', division: '3B', isEnrolled: false },
  { id: 3, firstName: 'Hugo', lastName: 'Bernard', birthdate: '2008-11-20', division: '3A', isEnrolled: true },
];

async function picker(edition: string, lang = 'fr'): Promise<PixStudentEnrolment> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
    <pix-student-enrolment edition=${edition} .session=${session296.session} .students=${students}></pix-student-enrolment>
  </div>`);
  const element = wrapper.querySelector('pix-student-enrolment')!;
  await element.updateComplete;
  return element;
}

/** Every text the page shows, as a person reads it. */
function page(element: PixStudentEnrolment): string {
  return text($(element, 'article'));
}

describe('<pix-student-enrolment edition="current">', () => {
  // pix-certif-today.md § 2.5 gives no title for the pupil picker: the guide's texts stay.
  it("keeps the guide's title and texts, in French and in English", async () => {
    for (const lang of ['fr', 'en']) {
      const today = await picker('current', lang);
      const guide = await picker('2021', lang);
      expect(page(today), lang).to.equal(page(guide));
    }
    const today = await picker('current');
    expect(text($(today, 'h1'))).to.equal('Ajouter des candidats à la session 296');
    await expectAccessible(today);
    const english = await picker('current', 'en');
    expect(text($(english, 'h1'))).to.equal(text($(await picker('2021', 'en'), 'h1')));
  });

  it('shows an error state for an unknown edition', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const element = await picker('2022');
      expect(text($(element, '[role="alert"]'))).to.contain('edition: expected one of "2021", "current", received "2022"');
      expect($$(element, 'table')).to.have.length(0);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
  });
});
