import { SessionSchema, StudentsSchema, type Student, type ValidSession } from './schemas.js';
import { firstRefusal, loadRequired, type Refusal } from './input.js';
import { accept, refuse, type HeaderCheckboxState, type Transition } from './result.js';
import { isFinalised } from './session.js';
import { compareByName, nameCollator } from './names.js';
import type { LocalisedMessage } from './messages.js';

/**
 * The SCO pupil picker. Every transition returns a new state object and leaves the old one
 * untouched; a transition that changes nothing returns the state it was given, so a view can
 * skip re-rendering. Work per transition is linear in the number of pupils at most: a school
 * can have thousands.
 */
export interface EnrolmentState {
  readonly session: ValidSession;
  /** Every pupil, sorted by class, then last name, then first name. */
  readonly students: readonly Student[];
  /** Ids of the pupils ticked for enrolment; never an already-enrolled or unknown pupil. */
  readonly selected: ReadonlySet<number>;
  /** Classes to show, in `classes` order; empty means every class. */
  readonly classFilter: readonly string[];
  /** True once the session is finalised: the list is shown but nothing can be ticked. */
  readonly readOnly: boolean;
  /** The distinct classes, in natural order (kept here: they never change). */
  readonly classes: readonly string[];
  /** The pupils the class filter lets through, in list order (recomputed only when the filter changes). */
  readonly shown: readonly Student[];
  readonly studentsById: ReadonlyMap<number, Student>;
  readonly alreadyEnrolledCount: number;
}

export type EnrolmentCreation = { ok: true; state: EnrolmentState } | Refusal;

export type EnrolmentBuild = { ok: true; payload: { sessionId: number; studentIds: number[] } } | { ok: false; reason: LocalisedMessage };

function compareStudents(left: Student, right: Student): number {
  return nameCollator.compare(left.division, right.division) || compareByName(left, right);
}

function distinctClasses(sortedStudents: readonly Student[]): string[] {
  const classes: string[] = [];
  const seen = new Set<string>();
  for (const student of sortedStudents) {
    if (seen.has(student.division)) continue;
    seen.add(student.division);
    classes.push(student.division);
  }
  // Divisions the collator finds equal ("3A", "3a") are distinct classes: the tie-break
  // gives them a fixed order whatever order the pupils came in.
  return classes.sort((left, right) => nameCollator.compare(left, right) || (left < right ? -1 : left > right ? 1 : 0));
}

function filterStudents(students: readonly Student[], classFilter: readonly string[]): readonly Student[] {
  if (classFilter.length === 0) return students;
  const divisions = new Set(classFilter);
  return students.filter((student) => divisions.has(student.division));
}

/**
 * Builds the picker from a session and the school's pupils, both checked against their
 * schemas. On bad input, a short English summary of what is wrong (for the console and the
 * error state). Accepts anything: it never throws.
 */
export function createEnrolment(session: unknown, students: unknown): EnrolmentCreation {
  const parsedSession = loadRequired(SessionSchema, session, 'Invalid session');
  const parsedStudents = loadRequired(StudentsSchema, students, 'Invalid students');
  if (!parsedSession.ok || !parsedStudents.ok) return firstRefusal(parsedSession, parsedStudents);

  const sorted = [...parsedStudents.value].sort(compareStudents);
  const state: EnrolmentState = {
    session: parsedSession.value,
    students: sorted,
    selected: new Set<number>(),
    classFilter: [],
    readOnly: isFinalised(parsedSession.value),
    classes: distinctClasses(sorted),
    shown: sorted,
    studentsById: new Map(sorted.map((student) => [student.id, student])),
    alreadyEnrolledCount: sorted.reduce((count, student) => count + (student.isEnrolled ? 1 : 0), 0),
  };
  return { ok: true, state };
}

function withSelection(state: EnrolmentState, selected: ReadonlySet<number>): EnrolmentState {
  return { ...state, selected };
}

/** Why a pupil cannot be ticked or unticked now, if anything stops it. */
function refusalFor(state: EnrolmentState, id: number): Transition<EnrolmentState> | null {
  if (state.readOnly) return refuse(state, 'enrolment.finalised');
  const student = state.studentsById.get(id);
  if (!student) return refuse(state, 'enrolment.student.unknown', { id: typeof id === 'number' ? id : String(id) });
  if (student.isEnrolled) return refuse(state, 'enrolment.student.enrolled');
  return null;
}

/** Ticks or unticks one pupil. */
export function setStudentSelected(state: EnrolmentState, id: number, selected: boolean): Transition<EnrolmentState> {
  const refusal = refusalFor(state, id);
  if (refusal) return refusal;
  const wanted = selected === true;
  if (state.selected.has(id) === wanted) return accept(state);
  const next = new Set(state.selected);
  if (wanted) next.add(id);
  else next.delete(id);
  return accept(withSelection(state, next));
}

export function toggleStudent(state: EnrolmentState, id: number): Transition<EnrolmentState> {
  return setStudentSelected(state, id, !state.selected.has(id));
}

function enrollable(students: readonly Student[]): Student[] {
  return students.filter((student) => !student.isEnrolled);
}

/**
 * The header checkbox: over the enrollable pupils shown, unticks them all when all are
 * ticked, else ticks them all. Pupils outside the filter keep their state.
 */
export function toggleAllShown(state: EnrolmentState): Transition<EnrolmentState> {
  if (state.readOnly) return refuse(state, 'enrolment.finalised');
  const rows = enrollable(state.shown);
  if (rows.length === 0) return refuse(state, 'enrolment.empty');
  const allTicked = rows.every((student) => state.selected.has(student.id));
  const next = new Set(state.selected);
  for (const student of rows) {
    if (allTicked) next.delete(student.id);
    else next.add(student.id);
  }
  return accept(withSelection(state, next));
}

/**
 * Shows only the given classes (none: every class). Classes the school does not have are
 * ignored; the selection is kept, including pupils the filter now hides.
 */
export function setClassFilter(state: EnrolmentState, divisions: readonly string[]): Transition<EnrolmentState> {
  const wanted = new Set(Array.isArray(divisions) ? divisions : []);
  const classFilter = state.classes.filter((division) => wanted.has(division));
  const unchanged =
    classFilter.length === state.classFilter.length && classFilter.every((division, index) => division === state.classFilter[index]);
  if (unchanged) return accept(state);
  return accept({ ...state, classFilter, shown: filterStudents(state.students, classFilter) });
}

export function clearSelection(state: EnrolmentState): Transition<EnrolmentState> {
  if (state.selected.size === 0) return accept(state);
  return accept(withSelection(state, new Set()));
}

// ---------------------------------------------------------------------------------------
// Derived values
// ---------------------------------------------------------------------------------------

export function classesOf(state: EnrolmentState): readonly string[] {
  return state.classes;
}

function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('fr');
}

/** The classes whose name contains the query, ignoring case and accents; a blank query keeps them all. */
export function searchClasses(classes: readonly string[], query: string): readonly string[] {
  const needle = typeof query === 'string' ? foldForSearch(query.trim()) : '';
  if (needle === '') return classes;
  return classes.filter((division) => foldForSearch(division).includes(needle));
}

export function shownStudents(state: EnrolmentState): readonly Student[] {
  return state.shown;
}

/**
 * The header checkbox over the enrollable pupils shown: disabled when there is none (or the
 * session is finalised), else checked, mixed or unchecked by how many are ticked.
 */
export function headerState(state: EnrolmentState): HeaderCheckboxState {
  if (state.readOnly) return 'disabled';
  let enrollableCount = 0;
  let tickedCount = 0;
  for (const student of state.shown) {
    if (student.isEnrolled) continue;
    enrollableCount += 1;
    if (state.selected.has(student.id)) tickedCount += 1;
  }
  if (enrollableCount === 0) return 'disabled';
  if (tickedCount === 0) return 'unchecked';
  return tickedCount === enrollableCount ? 'checked' : 'mixed';
}

/** Pupils ticked for enrolment, shown or not. */
export function selectedCount(state: EnrolmentState): number {
  return state.selected.size;
}

/** Pupils already enrolled in the session, shown or not. */
export function alreadyEnrolledCount(state: EnrolmentState): number {
  return state.alreadyEnrolledCount;
}

/** Whether the school has pupils and every one of them is already enrolled: nobody is left to enrol. */
export function everyoneEnrolled(state: EnrolmentState): boolean {
  return state.students.length > 0 && state.alreadyEnrolledCount === state.students.length;
}

export function selectedIds(state: EnrolmentState): number[] {
  return [...state.selected].sort((left, right) => left - right);
}

export function isSelected(state: EnrolmentState, id: number): boolean {
  return state.selected.has(id);
}

/** Whether a pupil's box shows ticked: already enrolled (and disabled) or selected. */
export function isChecked(state: EnrolmentState, id: number): boolean {
  return state.studentsById.get(id)?.isEnrolled === true || state.selected.has(id);
}

export function canEnrol(state: EnrolmentState): boolean {
  return !state.readOnly && state.selected.size > 0;
}

/** The `pix-students-enrol` detail: the session and the selected ids, ascending. */
export function buildEnrolment(state: EnrolmentState): EnrolmentBuild {
  if (state.readOnly) return { ok: false, reason: { key: 'enrolment.finalised' } };
  if (state.selected.size === 0) return { ok: false, reason: { key: 'enrolment.empty' } };
  return { ok: true, payload: { sessionId: state.session.id, studentIds: selectedIds(state) } };
}
