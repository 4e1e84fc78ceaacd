// Q5a Report Validations Table (Glossary DQ Q1): who counts in each row, once for the
// data-quality universe (column B) and once for everyone (column C). The Q6 tables take their
// percentage denominators from the same rules.
import type { FieldSet } from '../../cell-fields';
import type { Question, QuestionContext } from '../../question';
import { fillCountsFrom, numberAt, type ReportTable } from '../../table';
import { placeCells } from '../common';
import { chronicText, yesNo } from '../fields';
import { PICKED_CLIENTS } from './fields';

/** Q5a rows and the u_client condition (alias c) of each; LongStay is computed below. */
export const VALIDATION_ROWS: [row: number, condition: string][] = [
	[2, '1'],
	[3, 'c.IsAdult'],
	[4, 'c.IsChild'],
	[5, 'c.Age IS NULL'],
	[6, 'c.IsLeaver'],
	[7, 'c.IsLeaver AND c.IsAdult'],
	[8, 'c.IsLeaver AND (c.IsAdult OR c.IsHoH)'],
	[9, 'c.IsStayer'],
	[10, 'c.IsStayer AND c.IsAdult'],
	[11, 'c.IsVeteran'],
	[12, "c.Chronic = 'Y'"],
	[13, 'c.IsYouth'],
	[14, 'c.IsParentingYouth'],
	[15, 'c.IsAdult AND c.IsHoH'],
	[16, 'c.IsHoH AND c.IsAdult IS NOT 1'],
	[17, 'c.LongStay']
];

// Row 17: a head of household or adult stayer in the project 365 days or more, and every adult
// of a household whose head is such a stayer (even one who joined later). Like the reference
// code, the adult of a long-staying household is not re-checked for being a stayer.
const LONG_HEAD = `long_head AS (
	SELECT DISTINCT HouseholdID FROM u_client WHERE IsHoH AND IsStayer AND StayDays >= 365
)`;

/** Row 17's condition for u_client row `u`; the query names the LONG_HEAD table. */
const longStay = (u: string) => `
	(${u}.IsStayer AND ${u}.StayDays >= 365 AND (${u}.IsHoH OR ${u}.IsAdult))
	OR (${u}.IsAdult AND ${u}.HouseholdID IN (SELECT HouseholdID FROM long_head))`;

const CLIENTS = `
WITH ${LONG_HEAD}
SELECT u.*, ${longStay('u')} AS LongStay
FROM u_client u`;

/** Q5a counts by row: `dq` = column B (DQ universe), `all` = column C. */
export type Validations = Record<number, { dq: number; all: number }>;

const tables = new WeakMap<QuestionContext, ReportTable>();

/**
 * The Q5a table, once per run (the Q6 tables take their denominators from it): each client in
 * column C of every row whose condition holds, and in column B too when in the DQ universe.
 */
function validationTable(ctx: QuestionContext): ReportTable {
	let table = tables.get(ctx);
	if (!table) {
		const flags = VALIDATION_ROWS.map(([row, cond]) => `(${cond}) AS r${row}`).join(', ');
		const cells = VALIDATION_ROWS.flatMap(([row]) => [
			`CASE WHEN r${row} THEN 'C${row}' END`,
			`CASE WHEN r${row} AND InDQ THEN 'B${row}' END`
		]);
		const source = `WITH c AS (${CLIENTS})
			SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, c.InDQ, ${flags} FROM c`;
		// u_client has one row per client, so sums count them in one pass: cheaper than SQLite
		// counting distinct clients over every (cell, client) row of the membership query.
		const sums = VALIDATION_ROWS.map(
			([row]) => `SUM(r${row}) AS C${row}, SUM(r${row} AND InDQ) AS B${row}`
		).join(', ');
		const [counts] = ctx.all<Record<string, number | null>>(`SELECT ${sums} FROM (${source})`);
		table = ctx.table('Q5a');
		fillCountsFrom(
			table,
			Object.entries(counts)
				.filter(([, n]) => n)
				.map(([cell, n]) => ({ cell, n: n! })),
			{ sql: placeCells(source, cells) }
		);
		tables.set(ctx, table);
	}
	return table;
}

/** The Q5a counts, for the Q6 denominators ("VAL.B2" ...). */
export function validationCounts(ctx: QuestionContext): Validations {
	const table = validationTable(ctx);
	return Object.fromEntries(
		VALIDATION_ROWS.map(([row]) => [
			row,
			{ dq: numberAt(table, `B${row}`), all: numberAt(table, `C${row}`) }
		])
	);
}

// What each row and column reads, age and exit aside (the members panel shows those).
const FIELDS: FieldSet = {
	fields: [
		{ label: 'In the data-quality universe' },
		{ label: 'RelationshipToHoH', list: '3.15.1' },
		{ label: 'VeteranStatus', list: '1.8' },
		{ label: 'Chronically homeless' },
		{ label: 'Youth' },
		{ label: 'Parenting youth' },
		{ label: 'Days in project' },
		{ label: 'Stay of 365 days or more (own or head of household)' }
	],
	sql: `WITH ${LONG_HEAD}
	SELECT pk.EnrollmentID, ${yesNo('c.InDQ')}, c.RelationshipToHoH, cl.VeteranStatus,
		${chronicText('c.Chronic')}, ${yesNo('c.IsYouth IS 1')}, ${yesNo('c.IsParentingYouth IS 1')},
		c.StayDays, ${yesNo(`(${longStay('c')}) IS 1`)}
	FROM ${PICKED_CLIENTS} JOIN Client cl ON cl.PersonalID = c.PersonalID`
};

export const q05a: Question = {
	tables: ['Q5a'],
	compute: (ctx) => [validationTable(ctx)],
	fields: { Q5a: FIELDS }
};
