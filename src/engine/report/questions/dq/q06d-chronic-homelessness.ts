// Q6d Data Quality: Chronic Homelessness (Glossary DQ Q5): missing 3.917 answers of adults and
// heads of household in the DQ universe who entered on or after 2016-10-01, by project type.
import type { FieldSet } from '../../cell-fields';
import type { Question } from '../../question';
import { numberAt, ratio, setValue } from '../../table';
import { placeCells } from '../common';
import { yesNo } from '../fields';
import { PICKED_CLIENTS } from './fields';

const ROWS = [2, 3, 4, 5, 6];

/** Missing answer of a 3.917 response field: doesn't know, prefers not to answer or missing. */
const missing = (field: string) => `(${field} IN (8, 9, 99) OR ${field} IS NULL)`;

// Row by the latest stay's project type (type 7 is in no row). C/D: length of stay missing when
// entering from an institution (C) or from housing and other places (D), rows 3-6 only.
// E/F/G only for those expected to answer 3.917.3-5: everyone in row 2; otherwise people
// entering from homelessness, or from an institution after under 90 days (length 10, 11, 2, 3)
// or from elsewhere after under 7 nights (10, 11), having been on the streets/ES/SH before.
// `clients` names them: c their u_client row, e their latest stay's Enrollment row.
const records = (clients: string) => `
WITH p AS (
	SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, c.ProjectType, e.LivingSituation AS LS,
		e.LengthOfStay AS LOS, e.PreviousStreetESSH, e.DateToStreetESSH,
		e.TimesHomelessPastThreeYears, e.MonthsHomelessPastThreeYears,
		CASE
			WHEN c.ProjectType IN (0, 1, 4, 8) THEN 2
			WHEN c.ProjectType = 2 THEN 3
			WHEN c.ProjectType IN (3, 9, 10, 13) THEN 4
			WHEN c.ProjectType = 14 THEN 5
			WHEN c.ProjectType IN (6, 11, 12) THEN 6
		END AS row
	FROM ${clients}
	WHERE c.InDQ AND (c.IsAdult OR c.IsHoH) AND c.EntryDate >= '2016-10-01'
), q AS (
	SELECT p.*,
		(LS BETWEEN 200 AND 299) AS Institution,
		(LS IS NULL OR LS BETWEEN 0 AND 99 OR LS BETWEEN 300 AND 499) AS Housing,
		(row = 2 OR LS BETWEEN 100 AND 199
			OR (LS BETWEEN 200 AND 299 AND LOS IN (10, 11, 2, 3) AND PreviousStreetESSH = 1)
			OR ((LS IS NULL OR LS BETWEEN 0 AND 99 OR LS BETWEEN 300 AND 499) AND LOS IN (10, 11)
				AND PreviousStreetESSH = 1)) AS Expected
	FROM p WHERE row IS NOT NULL
)
SELECT q.*,
	row > 2 AND Institution AND ${missing('LOS')} AS C,
	row > 2 AND Housing AND ${missing('LOS')} AS D,
	Expected AND DateToStreetESSH IS NULL AS E,
	Expected AND ${missing('TimesHomelessPastThreeYears')} AS F,
	Expected AND ${missing('MonthsHomelessPastThreeYears')} AS G
FROM q`;

const SQL = records('u_client c JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID');

const FLAGS = ['C', 'D', 'E', 'F', 'G'];

// B: the row's records, B7 all rows; C-G: the missing answers; H: persons missing any of C-G,
// the rate's numerator (its members are those persons), H7 over all rows.
const missedAny = FLAGS.join(' OR ');
const CELLS = [
	`'B' || row`,
	`'B7'`,
	...FLAGS.map((f) => `CASE WHEN ${f} THEN '${f}' || row END`),
	`CASE WHEN ${missedAny} THEN 'H' || row END`,
	`CASE WHEN ${missedAny} THEN 'H7' END`
];

// The 3.917 answers the columns check, the project type that picks the row, and whether the
// answers on the homeless history were expected.
const FIELDS: FieldSet = {
	fields: [
		{ label: 'ProjectType', list: '2.02.6' },
		{ label: 'LivingSituation', list: '3.12.1' },
		{ label: 'LengthOfStay', list: '3.917.2' },
		{ label: 'PreviousStreetESSH', list: '1.7' },
		{ label: 'Expected to answer 3.917.3-5' },
		{ label: 'DateToStreetESSH' },
		{ label: 'TimesHomelessPastThreeYears', list: '3.917.4' },
		{ label: 'MonthsHomelessPastThreeYears', list: '3.917.5' }
	],
	sql: `SELECT EnrollmentID, ProjectType, LS, LOS, PreviousStreetESSH, ${yesNo('Expected')},
		DateToStreetESSH, TimesHomelessPastThreeYears, MonthsHomelessPastThreeYears
	FROM (${records(PICKED_CLIENTS)})`
};

export const q06d: Question = {
	tables: ['Q6d'],
	fields: { Q6d: FIELDS },
	compute(ctx) {
		const table = ctx.counted('Q6d', placeCells(SQL, CELLS));
		for (const r of [...ROWS, 7]) {
			const missed = table.counts[`H${r}`] ?? 0;
			setValue(table, `H${r}`, ratio(missed, numberAt(table, `B${r}`)), 'percent');
		}
		return [table];
	}
};
