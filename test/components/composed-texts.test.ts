import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/pix-abandon-reason.js';
import '../../src/define/pix-candidate-report.js';
import '../../src/define/pix-finalise-wizard.js';
import '../../src/define/pix-student-enrolment.js';
import type { PixCandidateReport } from '../../src/components/candidate-report/candidate-report.js';
import type { Student } from '../../src/state/schemas.js';
import { session296, session561 } from '../fixtures/guide-sessions.js';
import { $, text } from '../helpers/dom.js';

// Sentences are whole messages in each language's dictionary: French puts a space before a
// colon, English does not. A template that glued "term" + " :" would show " :" in English.

/** Every text an element shows or names (its shadow tree and those of the elements in it), as one string. */
function allText(element: Element): string {
  const texts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = node.getAttribute(name);
        if (value) texts.push(` ${value} `);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    if (node instanceof Element && node.localName === 'style') return;
    node.childNodes.forEach(walk);
  };
  walk(element.shadowRoot ?? element);
  return texts.join('').replace(/\s+/g, ' ');
}

function expectEnglishColons(content: string): void {
  expect(content).to.contain(':');
  expect(content, 'no space before a colon in English').to.not.match(/\s:/);
}

function expectFrenchColons(content: string): void {
  expect(content).to.contain(' :');
  // Every colon follows a space, except in times (12:00).
  expect(content.replace(/\d:\d/g, ''), 'a space before each colon in French').to.not.match(/\S:/);
}

async function inLang<E extends Element>(lang: string, template: ReturnType<typeof html>, tag: string): Promise<E> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${template}</div>`);
  const element = wrapper.querySelector(tag) as E & { updateComplete: Promise<unknown> };
  await element.updateComplete;
  return element;
}

describe('composed texts: each language writes its own sentences', () => {
  describe('<pix-abandon-reason> info tip', () => {
    it('reads "Candidate withdrew:" in English', async () => {
      const element = await inLang('en', html`<pix-abandon-reason></pix-abandon-reason>`, 'pix-abandon-reason');
      const tip = $(element, '.info-tip__content');
      expect(tip.textContent!.replace(/\s+/g, ' ')).to.contain('Candidate withdrew: the candidate decided to leave');
      expect(tip.textContent!.replace(/\s+/g, ' ')).to.contain('Technical problem: the candidate met a technical problem');
      expectEnglishColons(allText(element));
    });

    it('reads "Abandon du candidat :" in French', async () => {
      const element = await inLang('fr', html`<pix-abandon-reason></pix-abandon-reason>`, 'pix-abandon-reason');
      const tip = $(element, '.info-tip__content');
      expect(tip.textContent!.replace(/\s+/g, ' ')).to.contain('Abandon du candidat : le candidat a décidé de partir');
      expect(tip.textContent!.replace(/\s+/g, ' ')).to.contain('Problème technique : le candidat a rencontré un problème technique');
      expectFrenchColons(allText(element));
    });
  });

  describe('<pix-finalise-wizard>', () => {
    const wizard = (lang: string) =>
      inLang<HTMLElement>(
        lang,
        html`<pix-finalise-wizard .session=${session561.session} .reports=${session561.reports} now="2021-01-18T11:00"></pix-finalise-wizard>`,
        'pix-finalise-wizard',
      );

    it('has no space before a colon anywhere in English, its abandonment tip included', async () => {
      const element = await wizard('en');
      const content = allText(element);
      expect(content).to.contain('Candidate withdrew: the candidate decided to leave');
      expect(content).to.contain('Step 1: Fill in');
      expectEnglishColons(content);
    });

    it('puts a space before each colon in French', async () => {
      const element = await wizard('fr');
      const content = allText(element);
      expect(content).to.contain('Abandon du candidat : le candidat a décidé de partir');
      expectFrenchColons(content);
    });
  });

  describe('<pix-candidate-report> question number of an existing report', () => {
    const report = {
      certificationCourseId: 87618,
      firstName: 'Manuel',
      lastName: 'Kirokov',
      isCompleted: true,
      issueReports: [{ category: 'IN_CHALLENGE', subcategory: 'IMAGE_NOT_DISPLAYING', description: null, questionNumber: 4 }],
    };
    const dialog = async (lang: string) => {
      const element = await inLang<PixCandidateReport>(
        lang,
        html`<pix-candidate-report .report=${report}></pix-candidate-report>`,
        'pix-candidate-report',
      );
      element.show();
      await element.updateComplete;
      return element;
    };

    it('reads "Question number: 4" in English', async () => {
      const element = await dialog('en');
      expect(text($(element, '.existing__detail'))).to.equal('Question number: 4');
      expectEnglishColons(allText(element));
    });

    it('reads "Numéro de la question : 4" in French', async () => {
      const element = await dialog('fr');
      expect(text($(element, '.existing__detail'))).to.equal('Numéro de la question : 4');
      expectFrenchColons(allText(element));
    });
  });

  describe('<pix-student-enrolment> table caption on several pages', () => {
    const students: Student[] = Array.from({ length: 60 }, (_, index) => ({
      id: index + 1,
      firstName: 'Léa',
      lastName: `Martin-${index}`,
      birthdate: '2008-01-01',
      division: 'C01',
      isEnrolled: false,
    }));
    const picker = (lang: string) =>
      inLang<HTMLElement>(
        lang,
        html`<pix-student-enrolment .session=${session296.session} .students=${students}></pix-student-enrolment>`,
        'pix-student-enrolment',
      );

    it('is one sentence in English', async () => {
      const element = await picker('en');
      expect(text($(element, 'caption'))).to.equal('Pupils of the school, sorted by class, then by name (Page 1 of 2)');
      expect(allText(element)).to.not.match(/\s:/);
    });

    it('is one sentence in French', async () => {
      const element = await picker('fr');
      expect(text($(element, 'caption'))).to.equal("Élèves de l'établissement, triés par classe puis par nom (Page 1 sur 2)");
    });
  });
});
