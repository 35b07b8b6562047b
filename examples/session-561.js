// Demo data for the example pages: session 561 of the Pix Certif SCO user guide (the same data
// as test/fixtures/guide-sessions.ts). Two candidates did not finish: each needs a reason.
export const session = {
  id: 561,
  address: 'Collège Anne Frank',
  room: 'Salle 208',
  examiner: 'Paul Eluard',
  date: '2021-01-18',
  time: '09:00',
  accessCode: 'BCDF23',
  description: null,
  status: 'created',
  certificationCenterName: 'Collège Anne Frank',
  version: 2,
};

export const reports = [
  { certificationCourseId: 1199, lastName: 'Cotillon', firstName: 'Marion', isCompleted: false },
  { certificationCourseId: 1200, lastName: 'Marteau', firstName: 'Sophie', isCompleted: false },
  { certificationCourseId: 1202, lastName: 'Clounet', firstName: 'Georges', isCompleted: true },
];

/** A fake API: answers after 800 ms. */
export function finaliseSession(payload) {
  console.log('PUT /api/sessions/%d/finalization', payload.sessionId, payload);
  return new Promise((resolve) => setTimeout(resolve, 800));
}
