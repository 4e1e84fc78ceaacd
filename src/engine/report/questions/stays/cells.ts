// Helpers the stays tables share: the sub-population filters (everyone, veterans, youth) that
// make twin tables out of one rule, and spreading each client over the cells of a table.
import type { CountedQuery } from '../../question';
import { columnCounts, placeCells } from '../common';

/** A predicate on a u_client row aliased `c` that narrows a table to a sub-population. */
export type Population = string;

export const EVERYONE: Population = 'TRUE';
/** Q25 veterans: adults (age at the latest start or report start) whose veteran status is yes. */
export const VETERANS: Population = 'c.IsVeteran';
/** Q27 youth filter: aged 12-24 in a household where no one with a known age is over 24. */
export const YOUTH: Population = 'c.IsYouth';

/** HH4 columns (Q25j): veterans are adults, so the With Only Children column is dropped. */
export function householdColumn4(client = 'c'): string {
	return `CASE ${client}.HouseholdType WHEN 'without_children' THEN 'C'
		WHEN 'with_children_and_adults' THEN 'D' ELSE 'E' END`;
}

/**
 * Membership rows (cell, PersonalID, EnrollmentID, HouseholdID) from `source`, a query whose
 * rows carry a client, a household column `Col` and one or more row-number columns: each client
 * lands in column B and in `Col` on every row named by a non-null row column. `Col` is a fact of
 * the client (household type, race, ...), the same on all its rows: column B is then counted as
 * the sum of the others (columnCounts). Other `columns` are counted from the membership rows.
 */
export function spread(
	source: string,
	rowColumns: string[],
	columns = [`'B'`, 'Col']
): string | CountedQuery {
	const membership = placeCells(
		source,
		rowColumns.flatMap((row) => columns.map((col) => `${col} || ${row}`))
	);
	if (columns.join() !== `'B',Col`) return membership;
	const rows = rowColumns.map((row) => `SELECT ${row} AS row, Col AS col, PersonalID FROM s`);
	return {
		membership,
		counts: columnCounts(`WITH s AS MATERIALIZED (${source}) ${rows.join(' UNION ALL ')}`, 'B')
	};
}

/** Rows of a shell that lists response codes in groups, each group closed by a subtotal row. */
export interface CodeGroup {
	subtotal: number;
	rows: [row: number, codes: number[]][];
}

/**
 * The first two groups of both Q15 (living situation, 3.917.1) and Q23c (destination, 3.12.1):
 * homeless situations (rows 3-5) and institutional situations (rows 8-13), with the same codes
 * on the same rows in both shells.
 */
export const HOMELESS_AND_INSTITUTIONAL: CodeGroup[] = [
	{ subtotal: 6, rows: [[3, [116]], [4, [101]], [5, [118]]] },
	{
		subtotal: 14,
		rows: [[8, [215]], [9, [206]], [10, [207]], [11, [225]], [12, [204]], [13, [205]]]
	}
];

/** SQL: the code in `column` when the groups list it, else `fallback` (e.g. 99, not collected). */
export function listedCode(column: string, groups: CodeGroup[], fallback: number): string {
	const codes = groups.flatMap((g) => g.rows.flatMap(([, c]) => c));
	return `CASE WHEN ${column} IN (${codes.join(', ')}) THEN ${column} ELSE ${fallback} END`;
}

/** SQL CASE: the row of the code in `column` (NULL when no row lists it). */
export function rowOfCode(column: string, rows: [number, number[]][]): string {
	const whens = rows.map(([row, codes]) => `WHEN ${column} IN (${codes.join(', ')}) THEN ${row}`);
	return `CASE ${whens.join(' ')} END`;
}

/** SQL CASE: the code row and the subtotal row of the code in `column`. */
export function codeRows(column: string, groups: CodeGroup[]): { row: string; subtotal: string } {
	return {
		row: rowOfCode(column, groups.flatMap((g) => g.rows)),
		subtotal: rowOfCode(
			column,
			groups.map((g): [number, number[]] => [g.subtotal, g.rows.flatMap(([, codes]) => codes)])
		)
	};
}
