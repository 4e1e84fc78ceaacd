// Q6e Data Quality: Timeliness (Glossary DQ Q6): days from a project start (of stays starting in
// the report range) or an exit (of leavers) to the day its record was created, DQ universe.
import type { FieldSet } from '../../cell-fields';
import type { Question } from '../../question';
import { countedQuestion, placeCells } from '../common';
import { PICKED_CLIENTS } from './fields';

/** The row of a lag in days: < 0, 0, 1-3, 4-6, 7-10, 11+. */
const bucket = (days: string) => `CASE
	WHEN ${days} < 0 THEN 2 WHEN ${days} = 0 THEN 3 WHEN ${days} <= 3 THEN 4
	WHEN ${days} <= 6 THEN 5 WHEN ${days} <= 10 THEN 6 ELSE 7 END`;

const days = (from: string, created: string) =>
	`CAST(julianday(date(${created})) - julianday(${from}) AS INTEGER)`;

// One row per DQ-universe client of `clients` (c its u_client row, e its latest stay's
// Enrollment row): the days from its start to the start's record when the latest stay started in
// the report range, from its exit to the exit's record when it is a leaver (NULL otherwise, or
// when the record has no DateCreated).
const lags = (clients: string) => `
SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, e.DateCreated, ux.ExitCreated,
	CASE WHEN c.EntryDate BETWEEN :start AND :end THEN ${days('c.EntryDate', 'e.DateCreated')} END
		AS StartDays,
	CASE WHEN c.IsLeaver THEN ${days('c.ExitDate', 'ux.ExitCreated')} END AS ExitDays
FROM ${clients}
LEFT JOIN u_exit ux ON ux.EnrollmentID = c.EnrollmentID
WHERE c.InDQ`;

const SQL = `SELECT PersonalID, EnrollmentID, HouseholdID,
	CASE WHEN StartDays IS NOT NULL THEN ${bucket('StartDays')} END AS StartLag,
	CASE WHEN ExitDays IS NOT NULL THEN ${bucket('ExitDays')} END AS ExitLag
FROM (${lags('u_client c JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID')})`;

// The records' creation dates and the lags the rows are picked by.
const FIELDS: FieldSet = {
	fields: [
		{ label: 'Project start record created' },
		{ label: 'Days from project start to its record' },
		{ label: 'Exit record created' },
		{ label: 'Days from exit to its record' }
	],
	sql: `SELECT EnrollmentID, date(DateCreated), StartDays, date(ExitCreated), ExitDays
	FROM (${lags(PICKED_CLIENTS)})`
};

export const q06e: Question = countedQuestion(
	'Q6e',
	placeCells(SQL, [`'B' || StartLag`, `'C' || ExitLag`]),
	FIELDS
);
