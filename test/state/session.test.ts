import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ACCESS_CODE_DIGITS,
  ACCESS_CODE_LETTERS,
  deadlineMessageKey,
  formatBirthdate,
  generateAccessCode,
  hasFinalisationDeadline,
  hasStarted,
  isAccessCode,
  isDeadlinePassed,
  isFinalised,
  localIsoDate,
  SESSION_DURATION_MINUTES,
  sessionEnd,
  sessionStart,
  statusLabelKey,
  validateSessionForm,
} from '../../src/state/session.js';
import { translate } from '../../src/state/messages.js';

const validForm = {
  address: 'Collège Anne Frank',
  room: 'Salle 208',
  date: '2030-12-14',
  time: '12:00',
  examiner: 'Paul Eluard',
  description: '',
};

const TODAY = '2030-06-15';
const create = { mode: 'create', today: TODAY } as const;
const edit = { mode: 'edit', today: TODAY } as const;

function errorsOf(input: unknown, options: Parameters<typeof validateSessionForm>[1] = create) {
  const result = validateSessionForm(input, options);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`);
  return result.errors;
}

function valueOf(input: unknown, options: Parameters<typeof validateSessionForm>[1] = create) {
  const result = validateSessionForm(input, options);
  if (!result.ok) throw new Error(`expected a value, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

describe('validateSessionForm', () => {
  it('accepts a complete form and returns trimmed values with a null blank description', () => {
    const value = valueOf({
      address: '  Collège Anne Frank ',
      room: ' Salle 208',
      date: ' 2030-12-14 ',
      time: ' 12:00 ',
      examiner: 'Paul Eluard  ',
      description: '   ',
    });
    expect(value).to.deep.equal({
      address: 'Collège Anne Frank',
      room: 'Salle 208',
      date: '2030-12-14',
      time: '12:00',
      examiner: 'Paul Eluard',
      description: null,
    });
  });

  it('keeps a description, trimmed, and treats a missing or null one as null', () => {
    expect(valueOf({ ...validForm, description: '  Tiers temps pour deux élèves ' }).description).to.equal('Tiers temps pour deux élèves');
    const { description: _omitted, ...withoutDescription } = validForm;
    expect(valueOf(withoutDescription).description).to.equal(null);
    expect(valueOf({ ...validForm, description: null }).description).to.equal(null);
  });

  it('gives each required field its own "required" key when it is missing', () => {
    expect(errorsOf({})).to.deep.equal({
      address: { key: 'session.address.required' },
      room: { key: 'session.room.required' },
      date: { key: 'session.date.required' },
      time: { key: 'session.time.required' },
      examiner: { key: 'session.examiner.required' },
    });
  });

  it('gives the "required" keys when the fields are blank after trimming', () => {
    const errors = errorsOf({ address: '   ', room: '\t', date: ' ', time: '  ', examiner: ' \n ' });
    expect(errors.address).to.deep.equal({ key: 'session.address.required' });
    expect(errors.room).to.deep.equal({ key: 'session.room.required' });
    expect(errors.date).to.deep.equal({ key: 'session.date.required' });
    expect(errors.time).to.deep.equal({ key: 'session.time.required' });
    expect(errors.examiner).to.deep.equal({ key: 'session.examiner.required' });
  });

  it('gives the "required" key for a value that is not a string', () => {
    const errors = errorsOf({ ...validForm, address: 42, room: ['Salle'], date: 20301214, time: null, examiner: {} });
    expect(errors).to.deep.equal({
      address: { key: 'session.address.required' },
      room: { key: 'session.room.required' },
      date: { key: 'session.date.required' },
      time: { key: 'session.time.required' },
      examiner: { key: 'session.examiner.required' },
    });
  });

  it('reports a description that is not text as invalid input', () => {
    expect(errorsOf({ ...validForm, description: 12 })).to.deep.equal({
      description: { key: 'input.invalid', params: { details: 'description' } },
    });
  });

  it('treats anything but an object as an empty form', () => {
    for (const input of [null, undefined, 'session', 42, true]) {
      const errors = errorsOf(input);
      expect(Object.keys(errors).sort(), String(input)).to.deep.equal(['address', 'date', 'examiner', 'room', 'time']);
    }
  });

  it('does not throw on a field whose getter throws', () => {
    const input = {
      ...validForm,
      get room(): string {
        throw new Error('boom');
      },
    };
    expect(errorsOf(input)).to.deep.equal({ room: { key: 'session.room.required' } });
  });

  for (const field of ['address', 'room', 'examiner'] as const) {
    it(`limits ${field} to 255 characters after trimming`, () => {
      expect(valueOf({ ...validForm, [field]: `  ${'a'.repeat(255)}  ` })[field]).to.have.length(255);
      expect(errorsOf({ ...validForm, [field]: 'a'.repeat(256) })).to.deep.equal({ [field]: { key: 'validation.max255' } });
    });
  }

  it('limits the description to 350 characters after trimming', () => {
    expect(valueOf({ ...validForm, description: ` ${'d'.repeat(350)} ` }).description).to.have.length(350);
    expect(errorsOf({ ...validForm, description: 'd'.repeat(351) })).to.deep.equal({
      description: { key: 'validation.max350' },
    });
  });

  it('refuses a date that is not a real calendar day or not YYYY-MM-DD', () => {
    for (const date of ['2031-02-30', '2031-02-29', '2030-13-01', '2030-00-10', '2030-04-31', '14/12/2030', '2030-1-5', 'demain']) {
      expect(errorsOf({ ...validForm, date }, edit), date).to.deep.equal({ date: { key: 'session.date.invalid' } });
    }
    expect(errorsOf({ ...validForm, date: '2021-02-30' }, edit)).to.deep.equal({ date: { key: 'session.date.invalid' } });
    expect(valueOf({ ...validForm, date: '2032-02-29' }).date).to.equal('2032-02-29');
  });

  it('accepts 24-hour times from 00:00 to 23:59 and refuses the others', () => {
    for (const time of ['00:00', '09:30', '23:59']) expect(valueOf({ ...validForm, time }).time, time).to.equal(time);
    for (const time of ['24:00', '23:60', '9:30', '09h30', '12:00:00', '7 PM']) {
      expect(errorsOf({ ...validForm, time }), time).to.deep.equal({ time: { key: 'session.time.invalid' } });
    }
  });

  it('refuses a date before today on creation, with the "past" key', () => {
    expect(errorsOf({ ...validForm, date: '2030-06-14' })).to.deep.equal({ date: { key: 'session.date.past' } });
    expect(translate('session.date.past')).to.equal('Une session ne peut pas être programmée dans le passé.');
  });

  it('accepts today itself on creation', () => {
    expect(valueOf({ ...validForm, date: TODAY }).date).to.equal(TODAY);
  });

  it('accepts a past date when editing', () => {
    expect(valueOf({ ...validForm, date: '2020-12-14' }, edit).date).to.equal('2020-12-14');
    expect(valueOf({ ...validForm, date: '2020-12-14' }, { mode: 'edit' }).date).to.equal('2020-12-14');
  });

  it('reports the past date together with the other fields errors', () => {
    expect(errorsOf({ ...validForm, date: '2001-01-01', room: '' })).to.deep.equal({
      room: { key: 'session.room.required' },
      date: { key: 'session.date.past' },
    });
  });

  it('prefers "invalid" to "past" for a date that does not exist', () => {
    expect(errorsOf({ ...validForm, date: '2001-02-30' })).to.deep.equal({ date: { key: 'session.date.invalid' } });
  });

  it('uses the local date of the device when no valid "today" is given', () => {
    expect(errorsOf({ ...validForm, date: '2000-01-01' }, { mode: 'create' })).to.deep.equal({
      date: { key: 'session.date.past' },
    });
    expect(errorsOf({ ...validForm, date: '2000-01-01' }, { mode: 'create', today: 'not a date' })).to.deep.equal({
      date: { key: 'session.date.past' },
    });
    const today = localIsoDate();
    expect(valueOf({ ...validForm, date: today }, { mode: 'create' }).date).to.equal(today);
  });
});

describe('localIsoDate', () => {
  it('writes the local calendar day, not the UTC one', () => {
    expect(localIsoDate(new Date(2024, 0, 5, 23, 59))).to.equal('2024-01-05');
    expect(localIsoDate(new Date(2024, 11, 31, 0, 1))).to.equal('2024-12-31');
    // Around New Year, so that a UTC year differs too in zones on either side of Greenwich.
    expect(localIsoDate(new Date(2024, 11, 31, 23, 59))).to.equal('2024-12-31');
    expect(localIsoDate(new Date(2025, 0, 1, 0, 1))).to.equal('2025-01-01');
    expect(localIsoDate(new Date(Number.NaN))).to.equal(localIsoDate(new Date()));
  });
});

describe('access codes', () => {
  it('generates 4 letters of the safe alphabet then 2 safe digits', () => {
    expect(generateAccessCode(() => 0)).to.equal('BBBB22');
    expect(generateAccessCode(() => 0.999999)).to.equal('YYYY99');
    // Mid-slot draws: slot i of n is [i/n, (i+1)/n).
    const draws = [0.5 / 17, 1.5 / 17, 2.5 / 17, 16.5 / 17, 0.5 / 7, 6.5 / 7];
    let index = 0;
    expect(generateAccessCode(() => draws[index++] ?? 0)).to.equal('BCDY29');
  });

  it('stays in the alphabets even with a faulty random source', () => {
    for (const random of [() => 1, () => -0.5, () => Number.NaN, () => Number.POSITIVE_INFINITY]) {
      expect(isAccessCode(generateAccessCode(random), { strict: true })).to.equal(true);
    }
  });

  it('generates 1000 strictly valid codes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 6, maxLength: 6 }), (draws) => {
        let index = 0;
        const code = generateAccessCode(() => draws[index++] ?? 0);
        return isAccessCode(code, { strict: true }) && code.length === 6;
      }),
      { numRuns: 1000 },
    );
    for (let run = 0; run < 1000; run += 1) {
      const code = generateAccessCode();
      expect(isAccessCode(code, { strict: true }), code).to.equal(true);
    }
  });

  it('accepts in strict mode only the generated form', () => {
    expect(isAccessCode('BCDF23', { strict: true })).to.equal(true);
    for (const code of ['VRRJ30', 'ABCD23', 'BCDF20', 'BCDF25', 'BCD234', 'bcdf23', 'BCDF2', 'BCDF234']) {
      expect(isAccessCode(code, { strict: true }), code).to.equal(false);
    }
  });

  it("accepts any 6 upper-case letters or digits otherwise, such as the guide's VRRJ30", () => {
    for (const code of ['VRRJ30', 'ABCDEF', '123456', 'BCDF23']) expect(isAccessCode(code), code).to.equal(true);
    for (const code of ['vrrj30', 'VRRJ3', 'VRRJ300', 'VRR J3', 'VRRJ3É', '', 123456, null, undefined]) {
      expect(isAccessCode(code), String(code)).to.equal(false);
    }
  });

  it('exports the spec alphabets', () => {
    expect(ACCESS_CODE_LETTERS).to.equal('BCDFGHJKMPQRTVWXY');
    expect(ACCESS_CODE_DIGITS).to.equal('2346789');
  });
});

describe('status', () => {
  it('is finalised for every status but "created"', () => {
    expect(isFinalised({ status: 'created' })).to.equal(false);
    expect(isFinalised({ status: 'finalized' })).to.equal(true);
    expect(isFinalised({ status: 'in_process' })).to.equal(true);
    expect(isFinalised({ status: 'processed' })).to.equal(true);
  });

  it('has the spec labels', () => {
    expect(statusLabelKey('created')).to.equal('session.status.created');
    expect(statusLabelKey('finalized')).to.equal('session.status.finalized');
    expect(statusLabelKey('in_process')).to.equal('session.status.in_process');
    expect(statusLabelKey('processed')).to.equal('session.status.processed');
    expect(translate(statusLabelKey('created'))).to.equal('Créée');
    expect(translate(statusLabelKey('finalized'))).to.equal('Finalisée');
    expect(translate(statusLabelKey('in_process'))).to.equal('Finalisée');
    expect(translate(statusLabelKey('processed'))).to.equal('Résultats transmis par Pix');
  });
});

describe('hasStarted', () => {
  it('is false with no report and no started candidate', () => {
    expect(hasStarted({})).to.equal(false);
    expect(hasStarted()).to.equal(false);
    expect(hasStarted({ reports: [], candidates: [{ hasStarted: false }, {}] })).to.equal(false);
  });

  it('is true with at least one certification report', () => {
    expect(hasStarted({ reports: [{ certificationCourseId: 487 }] })).to.equal(true);
    expect(hasStarted({ reports: [{ certificationCourseId: 487 }], candidates: [] })).to.equal(true);
  });

  it('is true when a candidate has started', () => {
    expect(hasStarted({ candidates: [{ hasStarted: false }, { hasStarted: true }] })).to.equal(true);
    expect(hasStarted({ reports: [], candidates: [{ hasStarted: true }] })).to.equal(true);
  });

  it('ignores values that are not arrays', () => {
    expect(hasStarted({ reports: null, candidates: null })).to.equal(false);
    expect(hasStarted({ reports: 'x' as unknown as [], candidates: { length: 1 } as unknown as [] })).to.equal(false);
  });
});

describe('sessionStart and the 48-hour deadline', () => {
  const session = { date: '2024-01-10', time: '12:00', status: 'created' } as const;
  const HOUR = 60 * 60 * 1000;
  const MINUTE = 60 * 1000;

  it('starts at the session date and time, in local time', () => {
    const start = sessionStart(session);
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours(), start.getMinutes()]).to.deep.equal([
      2024, 0, 10, 12, 0,
    ]);
    expect(start.getTime()).to.equal(new Date(2024, 0, 10, 12, 0).getTime());
  });

  it("ends 105 minutes (1 h 45, Pix's default duration) after its start", () => {
    expect(SESSION_DURATION_MINUTES).to.equal(105);
    expect(sessionEnd(session).getTime()).to.equal(new Date(2024, 0, 10, 13, 45).getTime());
    // Across midnight: 23:30 ends at 01:15 the next day.
    expect(sessionEnd({ date: '2024-01-10', time: '23:30' }).getTime()).to.equal(new Date(2024, 0, 11, 1, 15).getTime());
    expect(Number.isNaN(sessionEnd({ date: '2024-02-30', time: '12:00' }).getTime())).to.equal(true);
  });

  it('gives an invalid date for a malformed date or time', () => {
    expect(Number.isNaN(sessionStart({ date: '2024-02-30', time: '12:00' }).getTime())).to.equal(true);
    expect(Number.isNaN(sessionStart({ date: '2024-01-10', time: '24:00' }).getTime())).to.equal(true);
    expect(Number.isNaN(sessionStart({ date: '10/01/2024', time: '12:00' }).getTime())).to.equal(true);
  });

  it("counts from the session's end: not passed at exactly 48 hours after it, passed one minute later", () => {
    const end = sessionStart(session).getTime() + 105 * MINUTE;
    expect(isDeadlinePassed(session, new Date(end + 48 * HOUR))).to.equal(false);
    expect(isDeadlinePassed(session, new Date(end + 48 * HOUR + MINUTE))).to.equal(true);
    expect(isDeadlinePassed(session, end + 48 * HOUR)).to.equal(false);
    expect(isDeadlinePassed(session, end + 48 * HOUR + MINUTE)).to.equal(true);
  });

  it('never warns early: 48 hours after the start (but before the end + 48 h) is still in time', () => {
    const start = sessionStart(session).getTime();
    expect(isDeadlinePassed(session, start + 48 * HOUR + MINUTE)).to.equal(false);
    expect(isDeadlinePassed(session, start + 49 * HOUR + 44 * MINUTE)).to.equal(false);
    expect(isDeadlinePassed(session, start + 49 * HOUR + 46 * MINUTE)).to.equal(true);
  });

  it('is not passed before the session starts', () => {
    expect(isDeadlinePassed(session, new Date(2024, 0, 1))).to.equal(false);
  });

  it('reads "now" from an ISO string', () => {
    expect(isDeadlinePassed(session, '2024-01-20T00:00:00Z')).to.equal(true);
    expect(isDeadlinePassed(session, '2024-01-11T12:00:00')).to.equal(false);
    expect(isDeadlinePassed(session, '2024-01-12T12:01')).to.equal(false);
    expect(isDeadlinePassed(session, '2024-01-12T13:45')).to.equal(false);
    expect(isDeadlinePassed(session, '2024-01-12T13:46')).to.equal(true);
  });

  it('reads a date-only "now" as local midnight, like the session date (not UTC midnight)', () => {
    // Exactly 48 h after a session ending at midnight: in time. Read as UTC, it would be late east of Greenwich…
    expect(isDeadlinePassed({ date: '2024-01-09', time: '22:15' }, '2024-01-12')).to.equal(false);
    // …and 48 h 1 min after an end at 23:59: late. Read as UTC, it would be in time west of Greenwich.
    expect(isDeadlinePassed({ date: '2024-01-09', time: '22:14' }, '2024-01-12')).to.equal(true);
    // (Both are the same in UTC: run the suite with TZ=Asia/Tokyo and TZ=America/Los_Angeles too.)
  });

  it('falls back to the real time when "now" cannot be read', () => {
    const longAgo = { date: '2000-01-01', time: '08:00' };
    const farAhead = { date: '2999-01-01', time: '08:00' };
    for (const now of ['garbage', '', Number.NaN, new Date(Number.NaN)]) {
      expect(isDeadlinePassed(longAgo, now), String(now)).to.equal(true);
      expect(isDeadlinePassed(farAhead, now), String(now)).to.equal(false);
    }
    expect(isDeadlinePassed(longAgo)).to.equal(true);
    expect(isDeadlinePassed(farAhead)).to.equal(false);
  });

  it('is never passed for a session whose start cannot be read', () => {
    expect(isDeadlinePassed({ date: 'bad', time: '12:00' }, '2999-01-01')).to.equal(false);
  });

  it('chooses the reminder, the warning, or nothing once finalised', () => {
    const start = sessionStart(session).getTime();
    expect(deadlineMessageKey(session, start + HOUR)).to.equal('session.deadline.reminder');
    expect(deadlineMessageKey(session, start + 49 * HOUR)).to.equal('session.deadline.reminder');
    expect(deadlineMessageKey(session, start + 50 * HOUR)).to.equal('session.deadline.passed');
    for (const status of ['finalized', 'in_process', 'processed'] as const) {
      expect(deadlineMessageKey({ ...session, status }, start + 50 * HOUR), status).to.equal(null);
      expect(deadlineMessageKey({ ...session, status }, start + HOUR), status).to.equal(null);
    }
    expect(translate('session.deadline.passed').replace(/\s/g, ' ')).to.equal('Le délai de 48 h pour finaliser cette session est dépassé.');
  });

  it('belongs to edition "2021" only: edition "current" has no 48-hour message at all', () => {
    const start = sessionStart(session).getTime();
    expect(hasFinalisationDeadline('2021')).to.equal(true);
    expect(hasFinalisationDeadline()).to.equal(true);
    expect(hasFinalisationDeadline('current')).to.equal(false);
    expect(hasFinalisationDeadline('1999' as never), 'an unknown edition is the default').to.equal(true);
    expect(deadlineMessageKey(session, start + HOUR, '2021')).to.equal('session.deadline.reminder');
    expect(deadlineMessageKey(session, start + 50 * HOUR, '2021')).to.equal('session.deadline.passed');
    for (const now of [start + HOUR, start + 50 * HOUR, start + 500 * HOUR]) {
      expect(deadlineMessageKey(session, now, 'current'), String(now)).to.equal(null);
    }
  });
});

describe('formatBirthdate', () => {
  it('shows a birth date as DD/MM/YYYY', () => {
    expect(formatBirthdate('2008-03-05')).to.equal('05/03/2008');
    expect(formatBirthdate('2010-12-31')).to.equal('31/12/2010');
  });

  it('returns anything else unchanged', () => {
    expect(formatBirthdate('05/03/2008')).to.equal('05/03/2008');
    expect(formatBirthdate('')).to.equal('');
    expect(formatBirthdate(undefined as unknown as string)).to.equal('');
  });
});
