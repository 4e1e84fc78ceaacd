// The common shape of the data-quality tables Q6a-Q6c: per data element (row), each person in at
// most one of B (doesn't know / prefers not to answer), C (information missing), D (data issues),
// E = persons flagged in the row, F = E / the row's denominator from Q5a column B.
import type { QuestionContext } from '../../question';
import { numberAt, ratio, setValue, type ReportTable } from '../../table';
import { placeCells } from '../common';

/**
 * Fills an issue table. `persons` returns one row per person: PersonalID, EnrollmentID,
 * HouseholdID and, per data element, a flag column holding 'B', 'C', 'D' (the first match) or
 * NULL. `columns` maps table row -> flag column. `overallRow`, when given, counts every person
 * flagged in any row (Q6a "Overall Score"). `denominators` maps row -> denominator of its rate.
 */
export function issueTable(
	ctx: QuestionContext,
	id: string,
	persons: string,
	columns: Record<number, string>,
	denominators: Record<number, number>,
	overallRow?: number
): ReportTable {
	const flags = Object.entries(columns);
	const anyFlag = flags.map(([, flag]) => `${flag} IS NOT NULL`).join(' OR ');
	const cells = flags.flatMap(([row, flag]) => [
		`${flag} || ${row}`,
		`CASE WHEN ${flag} IS NOT NULL THEN 'E${row}' END`
	]);
	if (overallRow) cells.push(`'E${overallRow}'`);
	const table = ctx.counted(id, placeCells(`SELECT * FROM (${persons}) WHERE ${anyFlag}`, cells));
	for (const [row, denominator] of Object.entries(denominators)) {
		setValue(table, `F${row}`, ratio(numberAt(table, `E${row}`), denominator), 'percent');
	}
	return table;
}
