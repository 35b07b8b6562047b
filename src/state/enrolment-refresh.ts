import { createEnrolment, setClassFilter, setStudentSelected, type EnrolmentCreation, type EnrolmentState } from './enrolment.js';

/**
 * Carries a person's work over to a picker rebuilt from new data (the host passed fresh
 * pupils, or some were just enrolled): for the same session, the class filter and the ticks of
 * pupils still enrollable are kept; anything the new data forbids is dropped by the rules of
 * `enrolment.ts`, never forced.
 */
export function carryOver(previous: EnrolmentState | null, next: EnrolmentState): EnrolmentState {
  if (!previous || previous.session.id !== next.session.id) return next;
  let state = setClassFilter(next, previous.classFilter).state;
  for (const id of previous.selected) state = setStudentSelected(state, id, true).state;
  return state;
}

/**
 * The picker once the host accepted the enrolment of `studentIds`: those pupils now count as
 * already enrolled (ticked and disabled), the filter stays, and ticks made meanwhile on other
 * pupils are kept.
 */
export function markEnrolled(state: EnrolmentState, studentIds: readonly number[]): EnrolmentCreation {
  const enrolled = new Set(studentIds);
  const students = state.students.map((student) =>
    enrolled.has(student.id) && !student.isEnrolled ? { ...student, isEnrolled: true } : student,
  );
  const created = createEnrolment(state.session, students);
  if (!created.ok) return created;
  return { ok: true, state: carryOver(state, created.state) };
}
