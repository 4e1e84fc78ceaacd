// SQL fragments shared by many question modules (kept small: only what several tables use).
import type { FieldSet } from '../cell-fields';
import type { CountedQuery, Question, QuestionContext } from '../question';
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
 * `columns`). `column` must read only the client's own facts (u_client's HouseholdType,
 * AgeClass), so a client has one column on all its rows: the Total column is then the sum of
 * the others (and of the clients with no column), which spares SQLite counting every client twice.
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
	const placed = `SELECT row, ${column} AS col, PersonalID, EnrollmentID, HouseholdID
		FROM (${source})`;
	return ctx.counted(id, {
		membership: placeCells(
			placed,
			(totalRow === undefined ? ['row'] : ['row', String(totalRow)]).flatMap((row) => [
				`'${columns.total}' || ${row}`,
				`col || ${row}`
			])
		),
		counts: columnCounts(placed, columns.total, totalRow)
	});
}

/**
 * Counts of a table whose clients each land in one column (`col`, NULL for none) and, in the
 * total column `total` too, on each of their rows (`row`) and on `totalRow` (when given).
 * `placed` gives row, col, PersonalID; a client's col must be the same on all its rows (a fact
 * of the client, such as its household type or race): the total column is then the sum of the
 * others, so SQLite counts each client once per row rather than twice.
 */
export function columnCounts(placed: string, total: string, totalRow?: number): string {
	const counts = [
		`SELECT col || row AS cell, n FROM by_row WHERE col IS NOT NULL`,
		`SELECT '${total}' || row, SUM(n) FROM by_row GROUP BY row`
	];
	if (totalRow !== undefined) {
		counts.push(
			`SELECT col || ${totalRow}, n FROM by_client WHERE col IS NOT NULL`,
			`SELECT * FROM (SELECT '${total}${totalRow}', SUM(n) AS n FROM by_client) WHERE n`
		);
	}
	const byClient = totalRow === undefined ? '' : `,
		by_client AS MATERIALIZED (SELECT col, COUNT(DISTINCT PersonalID) AS n FROM src GROUP BY col)`;
	return `WITH src AS MATERIALIZED (${placed}),
		by_row AS MATERIALIZED (SELECT row, col, COUNT(DISTINCT PersonalID) AS n
			FROM src WHERE row IS NOT NULL GROUP BY row, col)${byClient}
		${counts.join('\nUNION ALL\n')}`;
}

/**
 * A one-table question whose cells are all counted from one membership query; `fields` names
 * what puts a client in its cells (cell-fields.ts).
 */
export function countedQuestion(
	id: string,
	membership: string | CountedQuery,
	fields?: FieldSet
): Question {
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
