// The fields that put a client in an income table's cells (cell-fields.ts): the values of the
// records the rules read, at project start and at the later collection point, read from the
// shared income tables the rules used.
import type { CellField, FieldSet } from '../../cell-fields';
import { CASH_SOURCES } from '../../shared/income';

/**
 * The later collection point: the annual assessment of a stayer (column C), the exit of a leaver
 * (column D). A client is one or the other, so one field shows both columns.
 */
export const LATER = 'annual assessment or exit';

/**
 * FROM clause of a field set over income_record: each picked enrollment `p`, its Enrollment `e`,
 * its annual assessment `a`, its records at start `s` and at the later point `l` (income_record),
 * and those records' IncomeBenefits rows `sb` and `lb`.
 */
const RECORDS = `FROM picked p
	JOIN Enrollment e ON e.EnrollmentID = p.EnrollmentID
	LEFT JOIN income_annual a ON a.PersonalID = e.PersonalID
	LEFT JOIN income_record s ON s.PersonalID = e.PersonalID AND s.Point = 'start'
	LEFT JOIN income_record l ON l.PersonalID = e.PersonalID AND l.Point IN ('annual', 'exit')
	LEFT JOIN IncomeBenefits sb ON sb.rowid = s.RecordRowID
	LEFT JOIN IncomeBenefits lb ON lb.rowid = l.RecordRowID`;

/** A field set over RECORDS: each field with the SQL of its value. */
export function recordFields(fields: [CellField, string][]): FieldSet {
	return {
		fields: fields.map(([field]) => field),
		sql: `SELECT p.EnrollmentID, ${fields.map(([, value]) => value).join(', ')}\n${RECORDS}`
	};
}

/**
 * The names of the flags answered "yes" (1) on a record, comma-separated in HUD's order
 * ("Earned, SSI"); empty when none is or there is no record.
 */
export function flagsSet(flags: string[], record: string): string {
	const parts = flags.map((f) => `CASE WHEN ${record}.${f} = 1 THEN ', ${f}' ELSE '' END`);
	return `NULLIF(substr(${parts.join(' || ')}, 3), '')`;
}

export const CASH_FLAGS = CASH_SOURCES.map(([flag]) => flag);

/** The "any source" answer (4.02.2, 4.03.2, 4.04.2) of the records at start and later. */
export function anySource(column: string): [CellField, string][] {
	return [
		[{ label: `${column} at start`, list: '1.8' }, `sb.${column}`],
		[{ label: `${column} at ${LATER}`, list: '1.8' }, `lb.${column}`]
	];
}

/** The names of the sources answered "yes" on the records at start and later. */
export function sourcesSet(label: string, flags: string[]): [CellField, string][] {
	return [
		[{ label: `${label} at start` }, flagsSet(flags, 'sb')],
		[{ label: `${label} at ${LATER}` }, flagsSet(flags, 'lb')]
	];
}

/** An income_record amount (TotalIncome, EarnedIncome, OtherIncome) at start and later. */
export function amounts(label: string, column: string): [CellField, string][] {
	return [
		[{ label: `${label} at start` }, `s.${column}`],
		[{ label: `${label} at ${LATER}` }, `l.${column}`]
	];
}

/** Whether a stayer's annual assessment (column C) was due and found, as income_annual decided. */
export const ANNUAL_STATUS: [CellField, string] = [
	{ label: 'Annual assessment' },
	`CASE a.AnnualStatus WHEN 'found' THEN 'Found' WHEN 'missing' THEN 'Missing'
		WHEN 'not_yet_required' THEN 'Not yet required' END`
];

/** The annual assessment's status and the anniversary it was due around (within 30 days). */
export const ANNUAL: [CellField, string][] = [
	ANNUAL_STATUS,
	[{ label: 'Annual assessment due' }, `CASE WHEN a.AnnualExpected THEN a.AnniversaryDate END`]
];
