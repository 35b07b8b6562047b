import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addIssueReport,
  buildPayload,
  checkReadiness,
  createFinalisation,
  endScreenHeaderState,
  examinerGlobalComment,
  findReport,
  markFinalised,
  missingAbortReasons,
  removeIssueReport,
  setAbortReason,
  setComment,
  setCommentMode,
  setComplementaryInformation,
  setDocumentsField,
  setEndScreenSeen,
  toDraft,
  toggleAllEndScreens,
  unfinishedReports,
  finishedReports,
  reconcileFinalisation,
  reportsLoader,
  uncheckedEndScreenCount,
  type FinalisationState,
} from '../../src/state/finalisation.js';
import { describeFailure, HandoverTimeoutError } from '../../src/state/handover.js';
import { FinalisationDraftSchema, FinalisationPayloadSchema } from '../../src/state/schemas.js';
import { CATALOGUE_2022 } from '../../src/state/catalogues.js';
import { translate } from '../../src/state/messages.js';

const session561 = {
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
const reports561 = [
  { certificationCourseId: 1199, lastName: 'Cotillon', firstName: 'Marion', isCompleted: false },
  { certificationCourseId: 1200, lastName: 'Marteau', firstName: 'Sophie', isCompleted: false },
  { certificationCourseId: 1202, lastName: 'Clounet', firstName: 'Georges', isCompleted: true },
];
const finishedOnly = [
  { certificationCourseId: 487, lastName: 'Bernier', firstName: 'Faye', isCompleted: true },
  { certificationCourseId: 519, lastName: 'DOE', firstName: 'Jane', isCompleted: true },
  { certificationCourseId: 471, lastName: 'Lovelace', firstName: 'Ada', isCompleted: true },
];

function create(overrides: Record<string, unknown> = {}): FinalisationState {
  const created = createFinalisation({ session: session561, reports: reports561, ...overrides });
  if (!created.ok) throw new Error(created.error);
  return created.state;
}

function apply<S>(result: { ok: boolean; state: S }): S {
  expect(result.ok, 'transition accepted').to.equal(true);
  return result.state;
}

describe('finalisation model: creation', () => {
  it('normalises the reports with the contract defaults', () => {
    const state = create();
    expect(state.reports.map((report) => report.certificationCourseId)).to.deep.equal([1199, 1200, 1202]);
    expect(state.reports[2]).to.include({ hasSeenEndTestScreen: false, abortReason: null });
    expect(state.reports[2]!.issueReports).to.deep.equal([]);
    expect(state.catalogue.id).to.equal('2021');
    expect(state.endScreenCheck).to.equal(true);
    expect(state.readOnly).to.equal(false);
    expect(state.documents).to.deep.equal({ certificationCenterName: 'Collège Anne Frank', sessionNumber: '561', comment: '' });
  });

  it('drops an end screen on an unfinished certification and a reason on a finished one', () => {
    const state = create({
      reports: [
        { ...reports561[0], hasSeenEndTestScreen: true, abortReason: 'candidate' },
        { ...reports561[2], abortReason: 'technical', hasSeenEndTestScreen: true },
      ],
    });
    expect(state.reports[0]).to.include({ hasSeenEndTestScreen: false, abortReason: 'candidate' });
    expect(state.reports[1]).to.include({ hasSeenEndTestScreen: true, abortReason: null });
  });

  it('is read-only for a finalised session', () => {
    for (const status of ['finalized', 'in_process', 'processed']) {
      const state = create({ session: { ...session561, status } });
      expect(state.readOnly, status).to.equal(true);
      const refused = setAbortReason(state, 1199, 'candidate');
      expect(refused.ok).to.equal(false);
      expect(refused.reason?.key).to.equal('finalisation.readOnly');
      expect(refused.state).to.equal(state);
      expect(buildPayload(state).ok).to.equal(false);
    }
  });

  const badInputs: Array<[string, Record<string, unknown>, RegExp]> = [
    ['a null session', { session: null }, /^session/],
    ['session id as a string', { session: { ...session561, id: '561' } }, /^session: id/],
    ['unknown status', { session: { ...session561, status: 'closed' } }, /^session: status/],
    ['reports not an array', { reports: { length: 1 } }, /^reports/],
    ['duplicate certification numbers', { reports: [reports561[0], reports561[0]] }, /Duplicate certificationCourseId/],
    [
      'fractional certification number',
      { reports: [{ ...reports561[0], certificationCourseId: 1.5 }] },
      /^reports: 0\.certificationCourseId/,
    ],
    ['NaN certification number', { reports: [{ ...reports561[0], certificationCourseId: Number.NaN }] }, /^reports/],
    ['isCompleted as a string', { reports: [{ ...reports561[0], isCompleted: 'yes' }] }, /isCompleted/],
    ['unknown abort reason', { reports: [{ ...reports561[0], abortReason: 'bored' }] }, /abortReason/],
    [
      'issue report of an unknown category',
      { reports: [{ ...reports561[0], issueReports: [{ category: 'NOPE', subcategory: null, description: null, questionNumber: null }] }] },
      /issueReports\.0/,
    ],
    ['unknown catalogue', { catalogue: '2030' }, /Unknown catalogue "2030"/],
    ['malformed catalogue', { catalogue: { id: 'x', categories: [] } }, /Malformed catalogue/],
  ];
  for (const [name, overrides, message] of badInputs) {
    it(`refuses bad input with a readable error: ${name}`, () => {
      const created = createFinalisation({ session: session561, reports: reports561, ...overrides });
      expect(created.ok).to.equal(false);
      if (!created.ok) expect(created.error).to.match(message);
    });
  }

  it('accepts existing issue reports of the catalogue, normalised', () => {
    const state = create({
      reports: [
        {
          ...reports561[2],
          issueReports: [{ category: 'OTHER', subcategory: null, description: '  Alarme incendie ', questionNumber: null }],
        },
      ],
    });
    expect(state.reports[0]!.issueReports).to.deep.equal([
      { category: 'OTHER', subcategory: null, description: 'Alarme incendie', questionNumber: null },
    ]);
  });
});

describe('finalisation model: "Écran de fin du test vu"', () => {
  it('ticks and unticks one finished certification', () => {
    let state = create();
    state = apply(setEndScreenSeen(state, 1202, true));
    expect(findReport(state, 1202)!.hasSeenEndTestScreen).to.equal(true);
    state = apply(setEndScreenSeen(state, 1202, false));
    expect(findReport(state, 1202)!.hasSeenEndTestScreen).to.equal(false);
  });

  it('refuses an unfinished or unknown certification, and a disabled column', () => {
    const state = create();
    expect(setEndScreenSeen(state, 1199, true).reason?.key).to.equal('finalisation.report.notCompleted');
    expect(setEndScreenSeen(state, 9999, true).reason).to.deep.equal({ key: 'finalisation.report.unknown', params: { id: 9999 } });
    const off = create({ endScreenCheck: false });
    expect(setEndScreenSeen(off, 1202, true).reason?.key).to.equal('finalisation.endScreen.disabled');
    expect(toggleAllEndScreens(off).reason?.key).to.equal('finalisation.endScreen.disabled');
    expect(uncheckedEndScreenCount(off)).to.equal(0);
  });

  it('has a tri-state header: unchecked, mixed, checked; disabled without finished rows', () => {
    let state = create({ reports: finishedOnly });
    expect(endScreenHeaderState(state)).to.equal('unchecked');
    state = apply(setEndScreenSeen(state, 519, true));
    expect(endScreenHeaderState(state)).to.equal('mixed');
    state = apply(setEndScreenSeen(state, 487, true));
    state = apply(setEndScreenSeen(state, 471, true));
    expect(endScreenHeaderState(state)).to.equal('checked');
    const noneFinished = create({ reports: [reports561[0]] });
    expect(endScreenHeaderState(noneFinished)).to.equal('disabled');
    expect(toggleAllEndScreens(noneFinished).reason?.key).to.equal('finalisation.endScreen.none');
  });

  it('select-all ticks every row when none is ticked', () => {
    const state = apply(toggleAllEndScreens(create({ reports: finishedOnly })));
    expect(state.reports.every((report) => report.hasSeenEndTestScreen)).to.equal(true);
  });

  it('select-all unticks every row when some are ticked (the exact rule)', () => {
    let state = create({ reports: finishedOnly });
    state = apply(setEndScreenSeen(state, 519, true));
    state = apply(toggleAllEndScreens(state));
    expect(state.reports.map((report) => report.hasSeenEndTestScreen)).to.deep.equal([false, false, false]);
  });

  it('select-all unticks every row when all are ticked, and never touches unfinished rows', () => {
    let state = create();
    state = apply(toggleAllEndScreens(state));
    expect(state.reports.map((report) => report.hasSeenEndTestScreen)).to.deep.equal([false, false, true]);
    state = apply(toggleAllEndScreens(state));
    expect(state.reports.map((report) => report.hasSeenEndTestScreen)).to.deep.equal([false, false, false]);
  });

  it('counts the unticked end screens', () => {
    let state = create({ reports: finishedOnly });
    expect(uncheckedEndScreenCount(state)).to.equal(3);
    state = apply(setEndScreenSeen(state, 519, true));
    expect(uncheckedEndScreenCount(state)).to.equal(2);
  });
});

describe('finalisation model: "Raison de l\'abandon"', () => {
  it('sets and clears a reason on an unfinished certification', () => {
    let state = create();
    state = apply(setAbortReason(state, 1199, 'candidate'));
    expect(findReport(state, 1199)!.abortReason).to.equal('candidate');
    state = apply(setAbortReason(state, 1199, null));
    expect(findReport(state, 1199)!.abortReason).to.equal(null);
  });

  it('refuses a finished certification, an unknown one and an unknown reason', () => {
    const state = create();
    expect(setAbortReason(state, 1202, 'candidate').reason?.key).to.equal('finalisation.report.completed');
    expect(setAbortReason(state, 1, 'candidate').reason?.key).to.equal('finalisation.report.unknown');
    expect(setAbortReason(state, 1199, 'bored' as never).reason?.key).to.equal('finalisation.abortReason.invalid');
  });

  it('lists the missing reasons in order and refuses to finalise with their count', () => {
    let state = create();
    expect(missingAbortReasons(state)).to.deep.equal([1199, 1200]);
    let readiness = checkReadiness(state);
    expect(readiness.ok).to.equal(false);
    if (!readiness.ok) {
      expect(readiness.firstMissing).to.equal(1199);
      expect(translate(readiness.reason.key, readiness.reason.params)).to.equal("Il manque la raison de l'abandon pour 2 candidats.");
    }
    state = apply(setAbortReason(state, 1199, 'candidate'));
    readiness = checkReadiness(state);
    if (!readiness.ok) {
      expect(readiness.firstMissing).to.equal(1200);
      expect(translate(readiness.reason.key, readiness.reason.params)).to.equal("Il manque la raison de l'abandon pour 1 candidat.");
    } else {
      expect.fail('still one reason missing');
    }
    expect(buildPayload(state).ok).to.equal(false);
  });
});

describe('finalisation model: issue reports', () => {
  it('adds a normalised report and removes it by position', () => {
    let state = create();
    const added = addIssueReport(state, 1202, {
      category: 'CANDIDATE_INFORMATIONS_CHANGES',
      subcategory: 'NAME_OR_BIRTHDATE',
      description: "  Erreur sur l'orthographe du nom  ",
      questionNumber: 12,
    });
    state = apply(added);
    expect(added.issueReport).to.deep.equal({
      category: 'CANDIDATE_INFORMATIONS_CHANGES',
      subcategory: 'NAME_OR_BIRTHDATE',
      description: "Erreur sur l'orthographe du nom",
      questionNumber: null,
    });
    state = apply(addIssueReport(state, 1202, { category: 'CONNECTION_OR_END_SCREEN', description: 'stray' }));
    expect(findReport(state, 1202)!.issueReports.map((report) => report.category)).to.deep.equal([
      'CANDIDATE_INFORMATIONS_CHANGES',
      'CONNECTION_OR_END_SCREEN',
    ]);
    const removed = removeIssueReport(state, 1202, 0);
    state = apply(removed);
    expect(removed.issueReport?.category).to.equal('CANDIDATE_INFORMATIONS_CHANGES');
    expect(findReport(state, 1202)!.issueReports).to.deep.equal([
      { category: 'CONNECTION_OR_END_SCREEN', subcategory: null, description: null, questionNumber: null },
    ]);
  });

  it('refuses an invalid report with the first field error', () => {
    const state = create();
    expect(addIssueReport(state, 1202, {}).reason?.key).to.equal('issueReport.category.required');
    expect(addIssueReport(state, 1202, { category: 'OTHER', description: '   ' }).reason?.key).to.equal('issueReport.description.required');
    expect(addIssueReport(state, 42, { category: 'OTHER', description: 'x' }).reason?.key).to.equal('finalisation.report.unknown');
  });

  it('refuses a category reserved to version 2 on a version 3 session', () => {
    const state = create({ catalogue: CATALOGUE_2022, session: { ...session561, version: 3 } });
    const input = { category: 'IN_CHALLENGE', subcategory: 'IMAGE_NOT_DISPLAYING', questionNumber: 3 };
    expect(addIssueReport(state, 1202, input).reason?.key).to.equal('issueReport.category.unavailable');
    const v2 = create({ catalogue: '2022' });
    expect(addIssueReport(v2, 1202, input).ok).to.equal(true);
  });

  it('refuses removing a report that does not exist', () => {
    const state = create();
    expect(removeIssueReport(state, 1202, 0).reason?.key).to.equal('finalisation.issueReport.unknown');
    expect(removeIssueReport(state, 1202, -1).reason?.key).to.equal('finalisation.issueReport.unknown');
    expect(removeIssueReport(state, 1202, 0.5).reason?.key).to.equal('finalisation.issueReport.unknown');
    expect(removeIssueReport(state, 7, 0).reason?.key).to.equal('finalisation.report.unknown');
  });
});

describe('finalisation model: comment and documents', () => {
  it('sends no comment with the first radio, or a blank text', () => {
    let state = create();
    expect(setComment(state, 'texte').reason?.key).to.equal('finalisation.comment.modeNone');
    state = apply(setCommentMode(state, 'incident'));
    state = apply(setComment(state, '   '));
    expect(examinerGlobalComment(state)).to.equal(null);
    state = apply(setComment(state, '  Coupure réseau de 10 min  '));
    expect(examinerGlobalComment(state)).to.equal('Coupure réseau de 10 min');
    state = apply(setCommentMode(state, 'none'));
    expect(examinerGlobalComment(state)).to.equal(null);
    expect(state.comment, 'the text typed is kept').to.equal('  Coupure réseau de 10 min  ');
    expect(setCommentMode(state, 'other' as never).ok).to.equal(false);
  });

  it('limits the comment to 500 characters', () => {
    const state = apply(setCommentMode(create(), 'incident'));
    expect(setComment(state, 'a'.repeat(500)).ok).to.equal(true);
    expect(setComment(state, 'a'.repeat(501)).reason?.key).to.equal('validation.max500');
  });

  it('keeps the documents step values', () => {
    let state = create();
    state = apply(setDocumentsField(state, 'comment', 'PV de fraude joint'));
    state = apply(setDocumentsField(state, 'certificationCenterName', 'Lycée Victor Hugo'));
    expect(state.documents).to.deep.equal({
      certificationCenterName: 'Lycée Victor Hugo',
      sessionNumber: '561',
      comment: 'PV de fraude joint',
    });
    expect(setDocumentsField(state, 'comment', 'x'.repeat(501)).ok).to.equal(false);
    expect(setDocumentsField(state, 'certificationCenterName', 'x'.repeat(256)).reason?.key).to.equal('validation.max255');
    expect(setDocumentsField(state, 'unknown' as never, 'x').ok).to.equal(false);
  });
});

describe('finalisation model: payload, draft and hand-over', () => {
  it('builds the exact payload of the contract', () => {
    let state = create();
    state = apply(setAbortReason(state, 1199, 'candidate'));
    state = apply(setAbortReason(state, 1200, 'technical'));
    state = apply(setEndScreenSeen(state, 1202, true));
    state = apply(addIssueReport(state, 1200, { category: 'TECHNICAL_PROBLEM', description: 'Écran noir' }));
    state = apply(setCommentMode(state, 'incident'));
    state = apply(setComment(state, 'Alarme incendie à 10 h'));
    const result = buildPayload(state);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.payload).to.deep.equal({
      sessionId: 561,
      examinerGlobalComment: 'Alarme incendie à 10 h',
      hasIncident: true,
      hasJoiningIssue: false,
      certificationReports: [
        { certificationCourseId: 1199, isCompleted: false, hasSeenEndTestScreen: false, abortReason: 'candidate', issueReports: [] },
        {
          certificationCourseId: 1200,
          isCompleted: false,
          hasSeenEndTestScreen: false,
          abortReason: 'technical',
          issueReports: [{ category: 'TECHNICAL_PROBLEM', subcategory: null, description: 'Écran noir', questionNumber: null }],
        },
        { certificationCourseId: 1202, isCompleted: true, hasSeenEndTestScreen: true, abortReason: null, issueReports: [] },
      ],
    });
  });

  it('warns about unticked end screens but does not block', () => {
    const state = create({ reports: finishedOnly });
    const readiness = checkReadiness(state);
    expect(readiness.ok).to.equal(true);
    if (readiness.ok) {
      expect(readiness.warnings.map((warning) => translate(warning.key, warning.params).replace(/\s/g, ' '))).to.deep.equal([
        "La case « Écran de fin du test vu » n'est pas cochée pour 3 candidats.",
      ]);
    }
    const one = apply(setEndScreenSeen(apply(setEndScreenSeen(state, 487, true)), 519, true));
    const oneReadiness = checkReadiness(one);
    expect(oneReadiness.ok && translate(oneReadiness.warnings[0]!.key, oneReadiness.warnings[0]!.params).replace(/\s/g, ' ')).to.equal(
      "La case « Écran de fin du test vu » n'est pas cochée pour 1 candidat.",
    );
    expect(buildPayload(state).ok).to.equal(true);
  });

  it('turns read-only once finalised', () => {
    let state = create({ reports: finishedOnly });
    state = markFinalised(state);
    expect(state.readOnly).to.equal(true);
    expect(state.session.status).to.equal('finalized');
    expect(toggleAllEndScreens(state).reason?.key).to.equal('finalisation.readOnly');
    expect(checkReadiness(state).ok).to.equal(false);
  });

  it('restores the exact state from its draft, through JSON', () => {
    let state = create();
    state = apply(setAbortReason(state, 1200, 'technical'));
    state = apply(setEndScreenSeen(state, 1202, true));
    state = apply(addIssueReport(state, 1199, { category: 'OTHER', description: 'Malaise' }));
    state = apply(setCommentMode(state, 'incident'));
    state = apply(setComment(state, 'Retard du car'));
    state = apply(setDocumentsField(state, 'comment', 'Photo jointe'));
    const draft = JSON.parse(JSON.stringify(toDraft(state)));
    expect(FinalisationDraftSchema.safeParse(draft).success).to.equal(true);
    const restored = createFinalisation({ session: session561, reports: reports561, draft });
    expect(restored.ok).to.equal(true);
    if (!restored.ok) return;
    expect(restored.draftIssue).to.equal(null);
    expect(toDraft(restored.state)).to.deep.equal(toDraft(state));
  });

  it('ignores a draft of another session, a malformed one, and entries of unknown certifications', () => {
    const other = createFinalisation({ session: session561, reports: reports561, draft: { ...toDraft(create()), sessionId: 1 } });
    expect(other.ok && other.draftIssue).to.match(/session 1/);
    const malformed = createFinalisation({ session: session561, reports: reports561, draft: { sessionId: 561, reports: 'x' } });
    expect(malformed.ok && malformed.draftIssue).to.match(/draft ignored/);
    const draft = toDraft(create());
    draft.reports.push({ certificationCourseId: 4242, hasSeenEndTestScreen: true, abortReason: null, issueReports: [] });
    const partly = createFinalisation({ session: session561, reports: reports561, draft });
    expect(partly.ok && partly.draftIssue).to.match(/no longer in the session/);
    const finalised = createFinalisation({
      session: { ...session561, status: 'finalized' },
      reports: reports561,
      draft: toDraft(create()),
    });
    expect(finalised.ok && finalised.draftIssue).to.match(/already finalised/);
  });

  it('drops draft issue reports the catalogue does not know', () => {
    const draft = toDraft(create());
    draft.reports[2]!.issueReports.push({ category: 'FRAUD', subcategory: null, description: null, questionNumber: null });
    const restored = createFinalisation({ session: session561, reports: reports561, draft });
    expect(restored.ok && restored.draftIssue).to.match(/dropped/);
    expect(restored.ok && restored.state.reports[2]!.issueReports).to.deep.equal([]);
  });

  it('maps host rejections to the spec messages', () => {
    for (const code of [
      'SESSION_ALREADY_FINALIZED',
      'SESSION_WITHOUT_STARTED_CERTIFICATION',
      'UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON',
      'SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE',
    ]) {
      expect(describeFailure({ code }).message?.key).to.equal(`finalisation.result.${code}`);
    }
    expect(translate(describeFailure({ code: 'SESSION_ALREADY_FINALIZED' }).message!.key)).to.equal('La session a déjà été finalisée.');
    expect(describeFailure(new Error('Réseau indisponible'))).to.deep.equal({ text: 'Réseau indisponible' });
    expect(describeFailure({ message: '   ' }).message?.key).to.equal('finalisation.result.generic');
    expect(describeFailure(undefined).message?.key).to.equal('finalisation.result.generic');
    expect(describeFailure('boom', 'validation.max255').message?.key).to.equal('validation.max255');
    expect(describeFailure(new HandoverTimeoutError(10)).message?.key).to.equal('handover.timeout');
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(describeFailure(hostile).message?.key).to.equal('finalisation.result.generic');
  });
});

describe('finalisation model: random gesture sequences (fast-check)', () => {
  const reportArbitrary = fc.record({
    certificationCourseId: fc.integer({ min: 1, max: 60 }),
    firstName: fc.string(),
    lastName: fc.string(),
    isCompleted: fc.boolean(),
    hasSeenEndTestScreen: fc.boolean(),
    abortReason: fc.constantFrom(null, 'candidate', 'technical'),
  });
  const reportsArbitrary = fc.uniqueArray(reportArbitrary, { selector: (report) => report.certificationCourseId, maxLength: 12 });
  const id = fc.integer({ min: 0, max: 61 });
  const gesture = fc.oneof(
    fc.record({ kind: fc.constant('tick' as const), id, seen: fc.boolean() }),
    fc.record({ kind: fc.constant('toggleAll' as const) }),
    fc.record({ kind: fc.constant('reason' as const), id, reason: fc.constantFrom(null, 'candidate', 'technical', 'x') }),
    fc.record({
      kind: fc.constant('add' as const),
      id,
      input: fc.record({
        category: fc.constantFrom(
          'TECHNICAL_PROBLEM',
          'OTHER',
          'CANDIDATE_INFORMATIONS_CHANGES',
          'LATE_OR_LEAVING',
          'CONNECTION_OR_END_SCREEN',
          'IN_CHALLENGE',
          'NOPE',
          '',
        ),
        subcategory: fc.constantFrom(
          null,
          'NAME_OR_BIRTHDATE',
          'LEFT_EXAM_ROOM',
          'SIGNATURE_ISSUE',
          'LINK_NOT_WORKING',
          'IMAGE_NOT_DISPLAYING',
          'NOPE',
        ),
        description: fc.oneof(fc.constant(null), fc.string({ maxLength: 520 })),
        questionNumber: fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 502 }), fc.double()),
      }),
    }),
    fc.record({ kind: fc.constant('remove' as const), id, index: fc.integer({ min: -1, max: 3 }) }),
    fc.record({ kind: fc.constant('mode' as const), mode: fc.constantFrom('none', 'incident') }),
    fc.record({ kind: fc.constant('comment' as const), text: fc.string({ maxLength: 510 }) }),
    fc.record({ kind: fc.constant('flag' as const), flag: fc.constantFrom('hasIncident', 'hasJoiningIssue'), checked: fc.boolean() }),
    fc.record({
      kind: fc.constant('documents' as const),
      field: fc.constantFrom('comment', 'sessionNumber', 'certificationCenterName'),
      value: fc.string({ maxLength: 30 }),
    }),
  );

  it('never throws, never reaches an invalid state, and every payload parses', () => {
    fc.assert(
      fc.property(
        reportsArbitrary,
        fc.boolean(),
        fc.array(gesture, { maxLength: 40 }),
        fc.constantFrom('2021', 'current'),
        (reports, endScreenCheck, gestures, edition) => {
          const created = createFinalisation({ session: session561, reports, endScreenCheck, edition });
          if (!created.ok) return reports.length === 0 ? false : true;
          let state = created.state;
          for (const step of gestures) {
            const before = state;
            let result: { ok: boolean; state: FinalisationState };
            switch (step.kind) {
              case 'tick':
                result = setEndScreenSeen(state, step.id, step.seen);
                break;
              case 'toggleAll':
                result = toggleAllEndScreens(state);
                break;
              case 'reason':
                result = setAbortReason(state, step.id, step.reason as never);
                break;
              case 'add':
                result = addIssueReport(state, step.id, step.input);
                break;
              case 'remove':
                result = removeIssueReport(state, step.id, step.index);
                break;
              case 'mode':
                result = setCommentMode(state, step.mode);
                break;
              case 'comment':
                result = setComment(state, step.text);
                break;
              case 'documents':
                result = setDocumentsField(state, step.field, step.value);
                break;
              case 'flag':
                result = setComplementaryInformation(state, step.flag as 'hasIncident' | 'hasJoiningIssue', step.checked);
                break;
            }
            if (!result.ok) expect(result.state, 'a refused transition changes nothing').to.equal(before);
            state = result.state;
            for (const report of state.reports) {
              if (!report.isCompleted) expect(report.hasSeenEndTestScreen).to.equal(false);
              else expect(report.abortReason).to.equal(null);
            }
            expect(state.comment.length).to.be.at.most(500);
            expect(FinalisationDraftSchema.safeParse(JSON.parse(JSON.stringify(toDraft(state)))).success).to.equal(true);
            const payload = buildPayload(state);
            expect(payload.ok).to.equal(missingAbortReasons(state).length === 0);
            if (payload.ok) {
              expect(FinalisationPayloadSchema.safeParse(payload.payload).success).to.equal(true);
              const { examinerGlobalComment: comment, hasIncident, hasJoiningIssue } = payload.payload;
              if (edition === 'current') {
                expect(comment).to.equal(null);
                expect([hasIncident, hasJoiningIssue]).to.deep.equal([state.hasIncident, state.hasJoiningIssue]);
                expect(payload.payload.certificationReports.some((report) => report.hasSeenEndTestScreen)).to.equal(false);
              } else {
                expect([hasIncident, hasJoiningIssue]).to.deep.equal([comment !== null, false]);
              }
            }
          }
          const restored = createFinalisation({ session: session561, reports, endScreenCheck, edition, draft: toDraft(state) });
          expect(restored.ok && toDraft(restored.state)).to.deep.equal(toDraft(state));
          return true;
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('finalisation model: edition "current"', () => {
  const reports = [
    { certificationCourseId: 1202, lastName: 'Clounet', firstName: 'Georges', isCompleted: true, hasSeenEndTestScreen: true },
    { certificationCourseId: 1200, lastName: 'Marteau', firstName: 'Sophie', isCompleted: false },
    { certificationCourseId: 1210, lastName: 'Écuyer', firstName: 'Léa', isCompleted: false },
    { certificationCourseId: 1199, lastName: 'Cotillon', firstName: 'Marion', isCompleted: false },
    { certificationCourseId: 1205, lastName: 'ecuyer', firstName: 'Adam', isCompleted: true },
    { certificationCourseId: 1204, lastName: 'Ecuyer', firstName: 'Adam', isCompleted: true },
  ];
  const current = (overrides: Record<string, unknown> = {}) => create({ reports, edition: 'current', ...overrides });

  it('has no end-screen column, whatever the host says, and lists candidates by name, then number', () => {
    const state = current({ endScreenCheck: true });
    expect(state.endScreenCheck).to.equal(false);
    expect(state.reports.every((report) => !report.hasSeenEndTestScreen)).to.equal(true);
    expect(setEndScreenSeen(state, 1202, true).ok).to.equal(false);
    expect(unfinishedReports(state).map((report) => report.certificationCourseId)).to.deep.equal([1199, 1210, 1200]);
    expect(finishedReports(state).map((report) => report.certificationCourseId)).to.deep.equal([1202, 1204, 1205]);
    expect(missingAbortReasons(state)).to.deep.equal([1199, 1210, 1200]);
    // The guide's edition keeps the host's order.
    expect(unfinishedReports(create({ reports })).map((report) => report.certificationCourseId)).to.deep.equal([1200, 1210, 1199]);
  });

  it('refuses an unknown edition', () => {
    const created = createFinalisation({ session: session561, reports, edition: '2030' });
    expect(created.ok).to.equal(false);
    expect(!created.ok && created.error).to.contain('edition');
  });

  it('the two checkboxes decide hasIncident and hasJoiningIssue; no comment, no documents', () => {
    let state = current();
    for (const refused of [setCommentMode(state, 'incident'), setComment(state, 'x'), setDocumentsField(state, 'comment', 'x')]) {
      expect(refused.ok).to.equal(false);
      expect(!refused.ok && translate(refused.reason.key, refused.reason.params, 'fr').replace(/\s/g, ' ')).to.equal(
        "Cette information n'existe pas dans l'édition « current ».",
      );
    }
    state = apply(setComplementaryInformation(state, 'hasIncident', true));
    for (const id of [1199, 1200, 1210]) state = apply(setAbortReason(state, id, 'technical'));
    const result = buildPayload(state);
    expect(result.ok && result.payload).to.deep.include({ examinerGlobalComment: null, hasIncident: true, hasJoiningIssue: false });
    expect(result.ok && result.payload.certificationReports.map((report) => report.certificationCourseId)).to.deep.equal([
      1202, 1200, 1210, 1199, 1205, 1204,
    ]);
    expect(result.ok && result.payload.certificationReports.every((report) => !report.hasSeenEndTestScreen)).to.equal(true);
    state = apply(setComplementaryInformation(state, 'hasJoiningIssue', true));
    state = apply(setComplementaryInformation(state, 'hasIncident', false));
    const again = buildPayload(state);
    expect(again.ok && again.payload).to.deep.include({ hasIncident: false, hasJoiningIssue: true });
    expect(setComplementaryInformation(markFinalised(state), 'hasIncident', true).ok).to.equal(false);
  });

  it('the guide’s page has no checkboxes: hasIncident comes from the comment, hasJoiningIssue is false', () => {
    let state = create();
    expect(setComplementaryInformation(state, 'hasJoiningIssue', true).ok).to.equal(false);
    state = apply(setAbortReason(state, 1199, 'candidate'));
    state = apply(setAbortReason(state, 1200, 'candidate'));
    const payload = (current: FinalisationState) => {
      const result = buildPayload(current);
      return result.ok ? { hasIncident: result.payload.hasIncident, hasJoiningIssue: result.payload.hasJoiningIssue } : null;
    };
    expect(payload(state)).to.deep.equal({ hasIncident: false, hasJoiningIssue: false });
    state = apply(setCommentMode(state, 'incident'));
    expect(payload(state)).to.deep.equal({ hasIncident: false, hasJoiningIssue: false });
    state = apply(setComment(state, '  '));
    expect(payload(state)).to.deep.equal({ hasIncident: false, hasJoiningIssue: false });
    state = apply(setComment(state, 'Alarme incendie'));
    expect(payload(state)).to.deep.equal({ hasIncident: true, hasJoiningIssue: false });
    state = apply(setCommentMode(state, 'none'));
    expect(payload(state)).to.deep.equal({ hasIncident: false, hasJoiningIssue: false });
  });

  it('drafts carry their edition; one of the other edition is ignored', () => {
    let state = current();
    state = apply(setComplementaryInformation(state, 'hasJoiningIssue', true));
    state = apply(setAbortReason(state, 1210, 'candidate'));
    const draft = JSON.parse(JSON.stringify(toDraft(state)));
    expect(draft).to.include({ edition: 'current', hasIncident: false, hasJoiningIssue: true });
    const restored = createFinalisation({ session: session561, reports, edition: 'current', draft });
    expect(restored.ok && restored.draftApplied).to.equal(true);
    expect(restored.ok && toDraft(restored.state)).to.deep.equal(draft);

    const inGuide = createFinalisation({ session: session561, reports, draft });
    expect(inGuide.ok && [inGuide.draftApplied, inGuide.draftIssue]).to.deep.equal([
      false,
      'draft ignored: it belongs to edition "current"',
    ]);
    const guideDraft = toDraft(create({ reports }));
    expect(guideDraft.edition).to.equal('2021');
    const { edition: _unused, ...withoutEdition } = guideDraft;
    for (const old of [guideDraft, withoutEdition]) {
      const ignored = createFinalisation({ session: session561, reports, edition: 'current', draft: old });
      expect(ignored.ok && [ignored.draftApplied, ignored.draftIssue]).to.deep.equal([
        false,
        'draft ignored: it belongs to edition "2021"',
      ]);
    }
  });

  it('keeps the boxes when the host gives the reports again, and drops them in the guide’s edition', () => {
    const state = apply(setComplementaryInformation(current(), 'hasIncident', true));
    const again = reconcileFinalisation(state, { session: session561, reports, edition: 'current' });
    expect(again.ok && again.state.hasIncident).to.equal(true);
    const guide = reconcileFinalisation(state, { session: session561, reports, edition: '2021' });
    expect(guide.ok && guide.state.hasIncident).to.equal(false);
    const seen = apply(setEndScreenSeen(create({ reports }), 1202, true));
    const toCurrent = reconcileFinalisation(seen, { session: session561, reports, edition: 'current' });
    expect(toCurrent.ok && toCurrent.state.reports.every((report) => !report.hasSeenEndTestScreen)).to.equal(true);
  });
});

describe('a host giving the reports again: what did not change stays as it was (issue 18)', () => {
  /** The reports as the host gives them at each refresh: new objects, as from JSON. */
  const fresh = () => JSON.parse(JSON.stringify(reports561)) as Array<Record<string, unknown>>;

  it('keeps each unchanged report (the same object), and the list itself when nothing changed', () => {
    const state = apply(setAbortReason(create(), 1199, 'candidate'));
    const same = reconcileFinalisation(state, { session: session561, reports: fresh() });
    expect(same.ok && same.state.reports, 'nothing changed: the same list').to.equal(state.reports);
    expect(same.ok && same.state.indexById).to.equal(state.indexById);
    const changed = fresh();
    changed[1] = { ...changed[1]!, issueReports: [{ category: 'OTHER', subcategory: null, description: 'Bruit', questionNumber: null }] };
    const next = reconcileFinalisation(state, { session: session561, reports: changed });
    if (!next.ok) throw new Error('refused');
    expect(next.state.reports.map((report, index) => report === state.reports[index])).to.deep.equal(
      state.reports.map((_, index) => index !== 1),
    );
    expect(next.state.reports[1]!.issueReports).to.have.length(1);
    expect(next.state.reports.find((report) => report.certificationCourseId === 1199)!.abortReason, 'what the person chose stays').to.equal(
      'candidate',
    );
  });
});

describe('a refresh through `reportsLoader` gives what a full check gives (issue 18)', () => {
  const issue = { category: 'OTHER', subcategory: null, description: 'Bruit', questionNumber: null };
  type Step =
    | { kind: 'refresh'; index: number; change: 'issue' | 'none' | 'finished' | 'name' }
    | { kind: 'reason'; index: number }
    | { kind: 'endScreen'; index: number }
    | { kind: 'issueReport'; index: number }
    | { kind: 'edition'; edition: '2021' | 'current' };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      kind: fc.constant('refresh' as const),
      index: fc.nat(2),
      change: fc.constantFrom('issue' as const, 'none' as const, 'finished' as const, 'name' as const),
    }),
    fc.record({ kind: fc.constant('reason' as const), index: fc.nat(2) }),
    fc.record({ kind: fc.constant('endScreen' as const), index: fc.nat(2) }),
    fc.record({ kind: fc.constant('issueReport' as const), index: fc.nat(2) }),
    fc.record({ kind: fc.constant('edition' as const), edition: fc.constantFrom('2021' as const, 'current' as const) }),
  );

  it('keeps what the person did and what the host changed, step after step, with the same reports as without it', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const loader = reportsLoader();
        let given = JSON.parse(JSON.stringify(reports561)) as Array<Record<string, unknown>>;
        let edition: '2021' | 'current' = '2021';
        const first = createFinalisation({ session: session561, reports: given, reportsLoader: loader });
        const second = createFinalisation({ session: session561, reports: given });
        if (!first.ok || !second.ok) throw new Error('refused');
        let [kept, full] = [first.state, second.state];
        for (const next of steps) {
          const id = 'index' in next ? reports561[next.index]!.certificationCourseId : 0;
          if (next.kind === 'reason') {
            [kept, full] = [kept, full].map((state) => setAbortReason(state, id, 'technical').state) as [
              FinalisationState,
              FinalisationState,
            ];
          } else if (next.kind === 'endScreen') {
            [kept, full] = [kept, full].map((state) => setEndScreenSeen(state, id, true).state) as [FinalisationState, FinalisationState];
          } else if (next.kind === 'issueReport') {
            [kept, full] = [kept, full].map((state) => addIssueReport(state, id, issue).state) as [FinalisationState, FinalisationState];
          } else {
            if (next.kind === 'edition') edition = next.edition;
            else {
              given = JSON.parse(JSON.stringify(given)) as Array<Record<string, unknown>>;
              const changed = given.find((report) => report['certificationCourseId'] === id)!;
              if (next.change === 'issue') changed['issueReports'] = [...((changed['issueReports'] as unknown[]) ?? []), issue];
              if (next.change === 'finished') changed['isCompleted'] = !changed['isCompleted'];
              if (next.change === 'name') changed['firstName'] = `${String(changed['firstName'])}e`;
            }
            const byLoader = reconcileFinalisation(kept, { session: session561, reports: given, edition, reportsLoader: loader });
            const byCheck = reconcileFinalisation(full, { session: session561, reports: given, edition });
            if (!byLoader.ok || !byCheck.ok) throw new Error('refused');
            [kept, full] = [byLoader.state, byCheck.state];
          }
          expect(kept.reports).to.deep.equal(full.reports);
          expect(kept.edition).to.equal(full.edition);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every report the same object when nothing changed, and makes again only the changed one', () => {
    const loader = reportsLoader();
    const fresh = () => JSON.parse(JSON.stringify(reports561)) as Array<Record<string, unknown>>;
    const created = createFinalisation({ session: session561, reports: fresh(), reportsLoader: loader });
    if (!created.ok) throw new Error(created.error);
    const state = apply(setAbortReason(created.state, 1199, 'candidate'));
    const same = reconcileFinalisation(state, { session: session561, reports: fresh(), reportsLoader: loader });
    expect(same.ok && same.state.reports).to.equal(state.reports);
    const changed = fresh();
    changed[2] = { ...changed[2]!, issueReports: [issue] };
    const next = reconcileFinalisation(state, { session: session561, reports: changed, reportsLoader: loader });
    if (!next.ok) throw new Error(next.error);
    expect(next.state.reports.map((report, index) => report === state.reports[index])).to.deep.equal([true, true, false]);
    expect(findReport(next.state, 1199)!.abortReason).to.equal('candidate');
    expect(findReport(next.state, 1202)!.issueReports).to.have.length(1);
  });
});
