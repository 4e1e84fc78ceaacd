// SQL fragments shared by many question modules (kept small: only what several tables use).
import type { FieldSet } from '../cell-fields';
import type { Question, QuestionContext } from '../question';
import type { ReportTable } from '../table';

/**
 * The household-type column (C..F) of a person table for a u_client row: C Without Children,
 * D With Children and Adults, E With Only Children, F Unknown Household Type. Column B is Total.
 */
export function householdColumn(client = 'c'): string {
	return `CASE ${client}.HouseholdType WHEN 'without_children' THEN 'C'
		WHEN 'with_children_and_adults' THEN 'D' WHEN 'only_children' THEN 'E' ELSE 'F' END`;
}

/** Which column each household type is reported in; null = counted in the Total column only. */
export interface HouseholdColumns {
	total: string;
	without_children: string | null;
	with_children_and_adults: string | null;
	only_children: string | null;
	unknown: string | null;
}

/** B Total, C Without Children, D With Children and Adults, E With Only Children, F Unknown. */
export const HH5: HouseholdColumns = {
	total: 'B',
	without_children: 'C',
	with_children_and_adults: 'D',
	only_children: 'E',
	unknown: 'F'
};

/** The veterans' layout (Q25): no "With Only Children" column, E is Unknown Household Type. */
export const HH4: HouseholdColumns = {
	total: 'B',
	without_children: 'C',
	with_children_and_adults: 'D',
	only_children: null,
	unknown: 'E'
};

const HOUSEHOLD_TYPES = [
	'without_children',
	'with_children_and_adults',
	'only_children',
	'unknown'
] as const;

/** The column letter of a household type in a layout, as SQL (NULL when it has none). */
export function householdColumnIn(householdType: string, columns: HouseholdColumns): string {
	const whens = HOUSEHOLD_TYPES.filter((t) => columns[t])
		.map((t) => `WHEN '${t}' THEN '${columns[t]}'`)
		.join(' ');
	return `CASE ${householdType} ${whens} END`;
}

/**
 * A membership query (cell, PersonalID, EnrollmentID, HouseholdID) over `source`, a query with
 * one client per row (PersonalID, EnrollmentID, HouseholdID, and whatever the cells read): each
 * row lands in the cell each expression of `cells` gives (SQL over the source's columns, e.g.
 * `'B' || row`); a NULL cell is no cell. The source is read once.
 */
export function placeCells(source: string, cells: string[]): string {
	const parts = cells.map(
		(cell) => `SELECT ${cell} AS cell, PersonalID, EnrollmentID, HouseholdID
			FROM src WHERE (${cell}) IS NOT NULL`
	);
	return `WITH src AS MATERIALIZED (${source})\n${parts.join('\nUNION ALL\n')}`;
}

/**
 * A "clients by element by household type" table. `source` returns one row per client and row
 * it lands in: `row` (spreadsheet row; NULL = the total row only), PersonalID, EnrollmentID,
 * HouseholdID, HouseholdType and whatever `column` reads. Each client is counted in its rows and
 * in `totalRow` (when given, once however many rows it has), both in the Total column and in the
 * column `column` gives (SQL over the source's columns; default: the household type's column of
 * `columns`).
 */
export function householdTypeTable(
	ctx: QuestionContext,
	id: string,
	source: string,
	{
		totalRow,
		columns = HH5,
		column = householdColumnIn('HouseholdType', columns)
	}: { totalRow?: number; columns?: HouseholdColumns; column?: string } = {}
): ReportTable {
	const rows = totalRow === undefined ? ['row'] : ['row', String(totalRow)];
	return ctx.counted(
		id,
		placeCells(
			`SELECT row, ${column} AS col, PersonalID, EnrollmentID, HouseholdID FROM (${source})`,
			rows.flatMap((row) => [`'${columns.total}' || ${row}`, `col || ${row}`])
		)
	);
}

/**
 * A one-table question whose cells are all counted from one membership query; `fields` names
 * what puts a client in its cells (cell-fields.ts).
 */
export function countedQuestion(id: string, membership: string, fields?: FieldSet): Question {
	return {
		tables: [id],
		compute: (ctx) => [ctx.counted(id, membership)],
		...(fields && { fields: { [id]: fields } })
	};
}

/** One membership query out of several (each may open with its own WITH). */
export function unionCells(...queries: string[]): string {
	return queries
		.map((q) => `SELECT cell, PersonalID, EnrollmentID, HouseholdID FROM (${q})`)
		.join('\nUNION ALL\n');
}
