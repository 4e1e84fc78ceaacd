// Q6a Data Quality: Personally Identifiable Information (Glossary DQ Q2), over the DQ universe.
// Rules: definitions.md §9.3.
import { RACE_COLUMNS, VALUE_LISTS } from '../../../hmis/schema';
import type { FieldSet } from '../../cell-fields';
import type { Question } from '../../question';
import { anyOf, firstMatch, PICKED_CLIENTS } from './fields';
import { issueTable } from './issues';
import { validationCounts } from './validations';

/**
 * SSN data issues after the data quality code. The Glossary accepts a partial SSN with valid last
 * four digits; HUD's reference code flags every SSN that is not nine digits (and a quality of 2),
 * so do we. Then the SSA rules: no 000/666/9xx area, no 00 group, no 0000 serial, not nine equal
 * digits, not a run of nine ascending or descending digits (wrapping, e.g. 345678901).
 */
function ssnIssues(ssn: string): [words: string, condition: string][] {
	return [
		['Not nine digits', `${ssn} NOT GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'`],
		[
			'Area number 000, 666 or 9xx',
			`substr(${ssn}, 1, 3) IN ('000', '666') OR substr(${ssn}, 1, 1) = '9'`
		],
		['Group number 00', `substr(${ssn}, 4, 2) = '00'`],
		['Serial number 0000', `substr(${ssn}, 6, 4) = '0000'`],
		['One digit nine times', `replace(${ssn}, substr(${ssn}, 1, 1), '') = ''`],
		[
			'Consecutive digits',
			`instr('0123456789012345678', ${ssn}) > 0 OR instr('9876543210987654321', ${ssn}) > 0`
		]
	];
}

// DOB data issues after the data quality code. A DOB after the record was created: the reference
// code compares with Client.DateCreated.
const DOB_ISSUES: [words: string, condition: string][] = [
	['Before 1915-01-01', "cl.DOB < '1915-01-01'"],
	['After the client record was created', 'cl.DOB > date(cl.DateCreated)'],
	[
		'On or after the project start of an adult or head of household',
		'(c.IsAdult OR c.IsHoH) AND cl.DOB >= c.EntryDate'
	]
];

const blank = (column: string) => `trim(COALESCE(${column}, '')) = ''`;

// Race and ethnicity: 8/9 counts even when a race is also checked.
const RACE_CHECKED = RACE_COLUMNS.map((r) => `cl.${r} IS 1`).join(' OR ');

/** Client `cl` and its u_client row `c`: Name, SSN, DOB and Race, each 'B', 'C', 'D' or NULL. */
const FLAGS = `
	CASE
		WHEN cl.NameDataQuality IN (8, 9) THEN 'B'
		WHEN ${blank('cl.FirstName')} OR ${blank('cl.LastName')} OR cl.NameDataQuality = 99 THEN 'C'
		WHEN cl.NameDataQuality = 2 THEN 'D'
	END AS Name,
	CASE
		WHEN cl.SSNDataQuality IN (8, 9) THEN 'B'
		WHEN ${blank('cl.SSN')} OR cl.SSNDataQuality = 99 THEN 'C'
		WHEN cl.SSNDataQuality = 2 OR ${anyOf(ssnIssues('cl.SSN'))} THEN 'D'
	END AS SSN,
	CASE
		WHEN cl.DOB IS NULL AND cl.DOBDataQuality IN (8, 9) THEN 'B'
		WHEN cl.DOB IS NULL THEN 'C'
		WHEN cl.DOBDataQuality IN (2, 8, 9, 99) OR ${anyOf(DOB_ISSUES)} THEN 'D'
	END AS DOB,
	CASE
		WHEN cl.RaceNone IN (8, 9) THEN 'B'
		WHEN cl.RaceNone = 99 OR NOT (${RACE_CHECKED}) THEN 'C'
	END AS Race`;

const PERSONS = `
SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, ${FLAGS}
FROM u_client c JOIN Client cl ON cl.PersonalID = c.PersonalID
WHERE c.InDQ`;

// The fields: each element's data quality code and, without showing the name or SSN, which
// check its value failed. Race and ethnicity: the checked columns by CSV name, and RaceNone.
const raceNone = Object.entries(VALUE_LISTS['2026']['1.6'].values)
	.map(([code, name]) => `WHEN ${code} THEN ', ${name.replace(/'/g, "''")} (${code})'`)
	.join(' ');
const races = [
	...RACE_COLUMNS.map((r) => `CASE WHEN cl.${r} IS 1 THEN ', ${r}' ELSE '' END`),
	`COALESCE(CASE cl.RaceNone ${raceNone} ELSE ', RaceNone ' || cl.RaceNone END, '')`
].join(' || ');

const FIELDS: FieldSet = {
	fields: [
		{ label: 'NameDataQuality', list: '3.01.5' },
		{ label: 'Name entered' },
		{ label: 'SSNDataQuality', list: '3.02.2' },
		{ label: 'SSN check' },
		{ label: 'DOBDataQuality', list: '3.03.2' },
		{ label: 'DOB' },
		{ label: 'DOB check' },
		{ label: 'Race and ethnicity' }
	],
	sql: `SELECT pk.EnrollmentID, cl.NameDataQuality,
		CASE
			WHEN ${blank('cl.FirstName')} AND ${blank('cl.LastName')} THEN 'No first or last name'
			WHEN ${blank('cl.FirstName')} THEN 'No first name'
			WHEN ${blank('cl.LastName')} THEN 'No last name'
			ELSE 'First and last name'
		END,
		cl.SSNDataQuality,
		CASE WHEN ${blank('cl.SSN')} THEN 'None'
			ELSE ${firstMatch(ssnIssues('cl.SSN'), "'Nine digits, valid'")} END,
		cl.DOBDataQuality, cl.DOB,
		CASE WHEN cl.DOB IS NOT NULL THEN ${firstMatch(DOB_ISSUES, "'Valid'")} END,
		COALESCE(NULLIF(substr(${races}, 3), ''), 'None checked')
	FROM ${PICKED_CLIENTS} JOIN Client cl ON cl.PersonalID = c.PersonalID`
};

export const q06a: Question = {
	tables: ['Q6a'],
	compute(ctx) {
		const served = validationCounts(ctx)[2].dq;
		const columns = { 2: 'Name', 3: 'SSN', 4: 'DOB', 5: 'Race' };
		const rates = { 2: served, 3: served, 4: served, 5: served, 6: served };
		return [issueTable(ctx, 'Q6a', PERSONS, columns, rates, 6)];
	},
	fields: { Q6a: FIELDS }
};
