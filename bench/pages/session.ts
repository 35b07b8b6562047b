/** The session every benchmark page uses: a contract-shaped `Session`, ready to finalise or enrol. */
export const benchSession = {
  id: 4242,
  address: 'Lycée Victor Hugo',
  room: 'Salle 12',
  examiner: 'Mme Martin',
  date: '2026-11-25',
  time: '09:00',
  accessCode: 'BCDF23',
  status: 'created',
  certificationCenterName: 'Lycée Victor Hugo',
  version: 2,
};
