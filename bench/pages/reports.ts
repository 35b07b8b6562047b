/** Certification reports as a host gives them, for the benchmark pages. */
export interface BenchReport {
  certificationCourseId: number;
  firstName: string;
  lastName: string;
  isCompleted: boolean;
  issueReports: Array<{ category: string; subcategory: null; description: string | null; questionNumber: null }>;
}

/** `count` reports: `unfinished` of them unfinished, `withIssues` of them with one or two issue reports. */
export function makeReports(count: number, unfinished: number, withIssues: number): BenchReport[] {
  return Array.from({ length: count }, (_, index) => ({
    certificationCourseId: 10000 + index,
    firstName: `Prénom${index}`,
    lastName: `NOM${index}`,
    isCompleted: index >= unfinished,
    issueReports:
      index % Math.max(1, Math.floor(count / withIssues)) === 0 && index / Math.floor(count / withIssues) < withIssues
        ? [
            { category: 'OTHER', subcategory: null, description: 'Bruit dans la salle', questionNumber: null },
            ...(index % 2 ? [{ category: 'CONNECTION_OR_END_SCREEN', subcategory: null, description: null, questionNumber: null }] : []),
          ]
        : [],
  }));
}
