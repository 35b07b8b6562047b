import { expect } from '@open-wc/testing';
import {
  candidateTags,
  canToggleAttendance,
  countAttendance,
  describeLiveAlertFailure,
  describeLoginFailure,
  filterCandidates,
  formatClockTime,
  liveAlertSubcategories,
  SupervisedCandidatesLoader,
  matchesSearch,
  menuActions,
  statusChanges,
  theoreticalEnd,
} from '../../src/state/invigilator.js';
import { loadInput } from '../../src/state/input.js';
import { SupervisedCandidatesSchema, type SupervisedCandidate, type ValidSupervisedCandidate } from '../../src/state/schemas.js';
import { HandoverTimeoutError } from '../../src/state/handover.js';

function candidate(overrides: Partial<SupervisedCandidate> = {}): ValidSupervisedCandidate {
  const loaded = loadInput(
    SupervisedCandidatesSchema,
    [
      {
        id: 1,
        firstName: 'Linh',
        lastName: 'Nguyen',
        birthdate: '2008-04-02',
        authorizedToStart: false,
        assessmentStatus: null,
        ...overrides,
      },
    ],
    'candidates',
  );
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.value[0]!;
}

describe('invigilator: search', () => {
  const people = [
    { firstName: 'Élodie', lastName: "D'Arcy-Lefèvre" },
    { firstName: 'Jean-Luc', lastName: 'Martin' },
    { firstName: 'Anne', lastName: 'Lefebvre' },
  ];

  it('matches the start of the last name, the first name, "first last" and "last first"', () => {
    expect(filterCandidates(people, 'mart').map((person) => person.firstName)).to.deep.equal(['Jean-Luc']);
    expect(filterCandidates(people, 'jean').map((person) => person.lastName)).to.deep.equal(['Martin']);
    expect(filterCandidates(people, 'jean luc mar').map((person) => person.lastName)).to.deep.equal(['Martin']);
    expect(filterCandidates(people, 'martin jean').map((person) => person.lastName)).to.deep.equal(['Martin']);
  });

  it('ignores accents, case and punctuation', () => {
    expect(matchesSearch(people[0]!, 'ELODIE')).to.equal(true);
    expect(matchesSearch(people[0]!, 'darcy lef')).to.equal(true);
    expect(matchesSearch(people[0]!, 'd’arcy')).to.equal(true);
    expect(matchesSearch(people[1]!, 'jeanluc')).to.equal(true);
  });

  it('is a prefix match, not a substring one', () => {
    expect(matchesSearch(people[1]!, 'artin')).to.equal(false);
    expect(matchesSearch(people[2]!, 'febvre')).to.equal(false);
  });

  it('shows everyone for an empty term', () => {
    expect(filterCandidates(people, '  ')).to.have.length(3);
  });
});

describe('invigilator: tags and actions', () => {
  it('tags a candidate doing the test "playing", or its alert and "on hold"', () => {
    expect(candidateTags(candidate({ assessmentStatus: 'started' }), {})).to.deep.equal(['playing']);
    expect(candidateTags(candidate({ assessmentStatus: 'started', challengeLiveAlert: { status: 'ongoing' } }), {})).to.deep.equal([
      'challengeAlert',
      'onHold',
    ]);
    expect(
      candidateTags(
        candidate({ assessmentStatus: 'started', challengeLiveAlert: { status: 'ongoing' }, companionLiveAlert: { status: 'ongoing' } }),
        {},
      ),
    ).to.deep.equal(['companionAlert', 'onHold']);
    expect(candidateTags(candidate({ assessmentStatus: 'started', challengeLiveAlert: { status: 'validated' } }), {})).to.deep.equal([
      'playing',
    ]);
  });

  it('tags a finished test "completed", ended by the invigilator too', () => {
    expect(candidateTags(candidate({ assessmentStatus: 'completed' }), { hasExpired: true })).to.deep.equal(['completed']);
    expect(candidateTags(candidate({ assessmentStatus: 'endedByInvigilator' }), {})).to.deep.equal(['completed']);
  });

  it('tags "overtime" past the duration once started, or once the session expired before starting', () => {
    expect(candidateTags(candidate({ assessmentStatus: 'started', hasExceededCertificationDuration: true }), {})).to.deep.equal([
      'overtime',
      'playing',
    ]);
    expect(candidateTags(candidate(), { hasExpired: true })).to.deep.equal(['overtime']);
    expect(candidateTags(candidate(), {})).to.deep.equal([]);
  });

  it('offers the presence toggle before the test only, while the session has not expired', () => {
    expect(canToggleAttendance(candidate(), {})).to.equal(true);
    expect(canToggleAttendance(candidate(), { hasExpired: true })).to.equal(false);
    expect(canToggleAttendance(candidate({ assessmentStatus: 'started' }), {})).to.equal(false);
    expect(canToggleAttendance(candidate({ assessmentStatus: 'aborted' }), {})).to.equal(false);
  });

  it('offers the menu while playing; once the duration is exceeded, only "end"', () => {
    expect(menuActions(candidate())).to.deep.equal([]);
    expect(menuActions(candidate({ assessmentStatus: 'completed' }))).to.deep.equal([]);
    expect(menuActions(candidate({ assessmentStatus: 'started' }))).to.deep.equal(['resume', 'end']);
    expect(menuActions(candidate({ assessmentStatus: 'started', companionLiveAlert: { status: 'ongoing' } }))).to.deep.equal([
      'companion',
      'resume',
      'end',
    ]);
    expect(menuActions(candidate({ assessmentStatus: 'started', hasExceededCertificationDuration: true }))).to.deep.equal(['end']);
  });
});

describe('invigilator: counter', () => {
  it('counts the authorised who have not begun and those doing the test', () => {
    const list = [
      candidate({ id: 1, authorizedToStart: true }),
      candidate({ id: 2, authorizedToStart: false }),
      candidate({ id: 3, assessmentStatus: 'started', authorizedToStart: true }),
      candidate({ id: 4, assessmentStatus: 'completed', authorizedToStart: true }),
    ];
    expect(countAttendance(list)).to.deep.equal({ active: 2, total: 4, started: 1 });
    expect(countAttendance(list, (index) => index === 1)).to.deep.equal({ active: 2, total: 4, started: 1 });
  });
});

describe('invigilator: times', () => {
  it('takes the API end, except for Pix+ certifications', () => {
    const start = '2026-11-30T09:00:00';
    expect(formatClockTime(theoreticalEnd(candidate({ startDateTime: start, theoricalEndDateTime: '2026-11-30T10:45:00' })))).to.equal(
      '10:45',
    );
    expect(
      formatClockTime(
        theoreticalEnd(candidate({ startDateTime: start, theoricalEndDateTime: '2026-11-30T10:45:00', subscription: 'DROIT' })),
      ),
    ).to.equal('10:00');
    expect(formatClockTime(theoreticalEnd(candidate({ startDateTime: start, subscription: 'PRO_SANTE' })))).to.equal('10:00');
    expect(formatClockTime(theoreticalEnd(candidate({ startDateTime: start, subscription: 'EDU_CPE' })))).to.equal('10:30');
    expect(theoreticalEnd(candidate())).to.equal(null);
  });

  it('writes times in the browser time zone', () => {
    const moment = new Date(2026, 10, 30, 8, 5);
    expect(formatClockTime(moment.toISOString())).to.equal('08:05');
    expect(formatClockTime('nonsense')).to.equal('');
  });
});

describe('invigilator: polls', () => {
  it('reports the candidates whose tags changed, once each', () => {
    const before = [candidate({ id: 1 }), candidate({ id: 2, assessmentStatus: 'started', firstName: 'Ada' })];
    const after = [
      candidate({ id: 1, assessmentStatus: 'started' }),
      candidate({ id: 2, assessmentStatus: 'completed', firstName: 'Ada' }),
    ];
    expect(statusChanges(before, after, {}).map((change) => [change.id, change.tags])).to.deep.equal([
      [1, ['playing']],
      [2, ['completed']],
    ]);
    expect(statusChanges(after, after, {})).to.deep.equal([]);
  });

  it('does not report a presence change, a new or a removed candidate', () => {
    const before = [candidate({ id: 1 }), candidate({ id: 2 })];
    const after = [candidate({ id: 1, authorizedToStart: true }), candidate({ id: 3 })];
    expect(statusChanges(before, after, {})).to.deep.equal([]);
  });

  it('finds each candidate by id when the poll lists them in another order', () => {
    const before = [candidate({ id: 1 }), candidate({ id: 2 }), candidate({ id: 3, assessmentStatus: 'started' })];
    const after = [
      candidate({ id: 3, assessmentStatus: 'completed' }),
      candidate({ id: 1 }),
      candidate({ id: 2, assessmentStatus: 'started' }),
    ];
    expect(statusChanges(before, after, {}).map((change) => [change.id, change.tags])).to.deep.equal([
      [3, ['completed']],
      [2, ['playing']],
    ]);
  });
});

describe('invigilator: live alerts and refusals', () => {
  it('offers E4, E5, E8, E9, E11, E12, and the others by the alert flags', () => {
    const codes = (alert: SupervisedCandidate['challengeLiveAlert']) =>
      liveAlertSubcategories(candidate({ challengeLiveAlert: alert }).challengeLiveAlert).map((item) => item.code);
    expect(codes({ status: 'ongoing' })).to.deep.equal(['E4', 'E5', 'E8', 'E9', 'E11', 'E12']);
    expect(codes({ status: 'ongoing', hasImage: true, hasEmbed: true, hasAttachment: true, isFocus: true })).to.deep.equal([
      'E1',
      'E2',
      'E3',
      'E4',
      'E5',
      'E8',
      'E9',
      'E10',
      'E11',
      'E12',
    ]);
  });

  it('maps login refusals by code, with the blocked-access date', () => {
    expect(describeLoginFailure({ code: 'SESSION_FINALIZED' })).to.deep.equal({ kind: 'code', code: 'SESSION_FINALIZED' });
    expect(describeLoginFailure({ code: 'SESSION_NOT_JOINABLE', meta: { blockedAccessDate: '2026-12-01' } })).to.deep.equal({
      kind: 'notJoinable',
      date: '01/12/2026',
    });
    expect(describeLoginFailure({ status: 404 })).to.deep.equal({ kind: 'incorrect' });
    expect(describeLoginFailure(new HandoverTimeoutError(10), true)).to.deep.equal({ kind: 'timeout' });
    expect(describeLiveAlertFailure({ code: 'ALREADY_ANSWERED_ERROR' })).to.equal('alreadyAnswered');
    expect(describeLiveAlertFailure(new Error('x'))).to.equal('generic');
  });
});

describe('invigilator: loading a poll', () => {
  const raw = (overrides: Partial<SupervisedCandidate> = {}): SupervisedCandidate => ({
    id: 1,
    userId: 101,
    firstName: 'Linh',
    lastName: 'Nguyen',
    birthdate: '2008-04-02',
    extraTimePercentage: null,
    authorizedToStart: false,
    assessmentStatus: null,
    startDateTime: null,
    theoricalEndDateTime: null,
    subscription: 'CORE',
    isStillEligibleToDoubleCertification: true,
    hasExceededCertificationDuration: false,
    challengeLiveAlert: null,
    companionLiveAlert: null,
    ...overrides,
  });

  it('keeps the unchanged candidates as the same objects, and checks the changed ones', () => {
    const loader = new SupervisedCandidatesLoader();
    const first = loader.load([
      { id: 1, firstName: 'Linh', lastName: 'Nguyen', birthdate: '2008-04-02', authorizedToStart: false, assessmentStatus: null },
      raw({ id: 2 }),
    ]);
    if (!first.ok) throw new Error(first.error);
    const second = loader.load([
      { id: 1, firstName: 'Linh', lastName: 'Nguyen', birthdate: '2008-04-02', authorizedToStart: false, assessmentStatus: null },
      raw({ id: 2, assessmentStatus: 'started' }),
    ]);
    if (!second.ok) throw new Error(second.error);
    expect(second.value[0]).to.equal(first.value[0]);
    expect(second.value[1]).to.not.equal(first.value[1]);
    expect(second.value[1]!.assessmentStatus).to.equal('started');
  });

  it('still refuses bad data and duplicates with the whole list error', () => {
    const loader = new SupervisedCandidatesLoader();
    const first = loader.load([raw(), raw({ id: 2 })]);
    if (!first.ok) throw new Error(first.error);
    const bad = loader.load([raw(), raw({ id: 2, authorizedToStart: 'yes' as never })]);
    expect(bad.ok).to.equal(false);
    expect(bad.error).to.match(/^candidates: 1\.authorizedToStart/);
    const duplicate = loader.load([raw(), raw()]);
    expect(duplicate.error).to.equal('candidates: Duplicate candidate id');
    expect(loader.load('x').ok).to.equal(false);
    const again = loader.load([raw(), raw({ id: 2 })]);
    expect(again.ok && again.value[0]).to.equal(first.value[0]);
  });
});
