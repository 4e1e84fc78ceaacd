// The common shape of the data-quality tables Q6a-Q6c: per data element (row), each person in at
// most one of B (doesn't know / prefers not to answer), C (information missing), D (data issues),
// E = persons flagged in the row, F = E / the row's denominator from Q5a column B.
import type { QuestionContext } from '../../question';
import { fillCounts, numberAt, ratio, setValue, type ReportTable } from '../../table';

/**
 * Fills an issue table. `flags` returns PersonalID, EnrollmentID, HouseholdID, row and col (B, C
 * or D; the first match, so one column per person and row). `overallRow`, when given, counts
 * every person flagged in any row (Q6a "Overall Score"). `denominators` maps row -> denominator.
 */
export function issueTable(
	ctx: QuestionContext,
	id: string,
	flags: string,
	denominators: Record<number, number>,
	overallRow?: number
): ReportTable {
	const overall = overallRow
		? `UNION ALL SELECT 'E${overallRow}', PersonalID, EnrollmentID, HouseholdID FROM f`
		: '';
	const table = ctx.table(id);
	fillCounts(
		table,
		ctx.all(`WITH f AS (${flags})
			SELECT col || row AS cell, PersonalID, EnrollmentID, HouseholdID FROM f
			UNION ALL SELECT 'E' || row, PersonalID, EnrollmentID, HouseholdID FROM f
			${overall}`)
	);
	for (const [row, denominator] of Object.entries(denominators)) {
		setValue(table, `F${row}`, ratio(numberAt(table, `E${row}`), denominator), 'percent');
	}
	return table;
}

/**
 * Turns one row per person with a flag column per data element (holding 'B', 'C', 'D' or NULL)
 * into the `flags` rows issueTable reads. `columns` maps table row -> flag column of `source`.
 */
export function flagRows(source: string, columns: Record<number, string>): string {
	const parts = Object.entries(columns).map(
		([
			row,
			column
		]) => `SELECT PersonalID, EnrollmentID, HouseholdID, ${row} AS row, ${column} AS col
			FROM p WHERE ${column} IS NOT NULL`
	);
	return `WITH p AS (${source}) ${parts.join(' UNION ALL ')}`;
}
