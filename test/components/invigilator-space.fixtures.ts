import { fixture, html } from '@open-wc/testing';
import '../../src/define/pix-invigilator-space.js';
import type { PixInvigilatorSpace } from '../../src/components/invigilator-space/invigilator-space.js';
import type { Session, SupervisedCandidate } from '../../src/state/schemas.js';

/** A session being invigilated, in the shape of the Pix API's session-for-supervising. */
export const supervisedSession: Session = {
  id: 12345,
  address: 'Collège Victor Hugo',
  room: 'Salle B12',
  examiner: 'Mme Durand',
  date: '2026-11-30',
  time: '09:00',
  accessCode: 'FAPX94',
  status: 'created',
  version: 3,
  hasExpired: false,
};

/** Local times, so that the test reads the same hours in any time zone. */
export const START = new Date(2026, 10, 30, 9, 5).toISOString();
export const END = new Date(2026, 10, 30, 10, 50).toISOString();

export function person(id: number, overrides: Partial<SupervisedCandidate> = {}): SupervisedCandidate {
  return {
    id,
    userId: 100 + id,
    firstName: 'Linh',
    lastName: 'Nguyen',
    birthdate: '2011-04-02',
    authorizedToStart: false,
    assessmentStatus: null,
    ...overrides,
  };
}

/** Four candidates: two waiting, one doing the test, one finished. */
export function roster(): SupervisedCandidate[] {
  return [
    person(1, { firstName: 'Linh', lastName: 'Nguyen' }),
    person(2, { firstName: 'Élodie', lastName: "D'Arcy", authorizedToStart: true, extraTimePercentage: 0.3 }),
    person(3, {
      firstName: 'Jean-Luc',
      lastName: 'Martin',
      authorizedToStart: true,
      assessmentStatus: 'started',
      startDateTime: START,
      theoricalEndDateTime: END,
    }),
    person(4, { firstName: 'Ada', lastName: 'Lovelace', authorizedToStart: true, assessmentStatus: 'completed' }),
  ];
}

export interface SpaceInputs {
  session?: Session | null;
  candidates?: SupervisedCandidate[];
  lang?: string;
  timeout?: number;
}

export async function space(inputs: SpaceInputs = {}): Promise<PixInvigilatorSpace> {
  const given = { session: supervisedSession, candidates: roster(), ...inputs };
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${given.lang ?? 'fr'}>
    <pix-invigilator-space .session=${given.session} .candidates=${given.candidates} .timeout=${given.timeout}></pix-invigilator-space>
  </div>`);
  const element = wrapper.querySelector('pix-invigilator-space')!;
  await element.updateComplete;
  return element;
}

/** The row of a candidate, found by the name it shows ("Nguyen Linh"). */
export function row(element: PixInvigilatorSpace, id: number): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(`[data-candidate-id="${id}"]`);
  if (!found) throw new Error(`No row for candidate ${id}`);
  return found;
}

export function rowButton(element: PixInvigilatorSpace, id: number, control: 'attendance' | 'menu' | 'alert'): HTMLButtonElement {
  const found = row(element, id).querySelector<HTMLButtonElement>(`[data-control="${control}"]`);
  if (!found) throw new Error(`No ${control} control for candidate ${id}`);
  return found;
}

/** A poll: the host gives a new list. */
export async function poll(element: PixInvigilatorSpace, candidates: SupervisedCandidate[]): Promise<void> {
  element.candidates = candidates;
  await element.updateComplete;
}
