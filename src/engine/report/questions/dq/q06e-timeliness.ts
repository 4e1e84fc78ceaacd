// Q6e Data Quality: Timeliness (Glossary DQ Q6): days from a project start (of stays starting in
// the report range) or an exit (of leavers) to the day its record was created, DQ universe.
import type { Question } from '../../question';
import { countedQuestion, placeCells } from '../common';

/** The row of a lag in days: < 0, 0, 1-3, 4-6, 7-10, 11+. */
const bucket = (days: string) => `CASE
	WHEN ${days} < 0 THEN 2 WHEN ${days} = 0 THEN 3 WHEN ${days} <= 3 THEN 4
	WHEN ${days} <= 6 THEN 5 WHEN ${days} <= 10 THEN 6 ELSE 7 END`;

const days = (from: string, created: string) =>
	`CAST(julianday(date(${created})) - julianday(${from}) AS INTEGER)`;

// One row per DQ-universe client: the row of its start lag when the latest stay started in the
// report range, the row of its exit lag when it is a leaver (NULL otherwise, or when the record
// has no DateCreated).
const SQL = `
SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID,
	CASE WHEN c.EntryDate BETWEEN :start AND :end AND e.DateCreated IS NOT NULL
		THEN ${bucket(days('c.EntryDate', 'e.DateCreated'))} END AS StartLag,
	CASE WHEN c.IsLeaver AND ux.ExitCreated IS NOT NULL
		THEN ${bucket(days('c.ExitDate', 'ux.ExitCreated'))} END AS ExitLag
FROM u_client c
JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID
LEFT JOIN u_exit ux ON ux.EnrollmentID = c.EnrollmentID
WHERE c.InDQ`;

export const q06e: Question = countedQuestion(
	'Q6e',
	placeCells(SQL, [`'B' || StartLag`, `'C' || ExitLag`])
);
