// The common shape of the data-quality tables Q6a-Q6c: per data element (row), each person in at
// most one of B (doesn't know / prefers not to answer), C (information missing), D (data issues),
// E = persons flagged in the row, F = E / the row's denominator from Q5a column B.
import type { QuestionContext } from '../../question';
import { numberAt, ratio, setValue, type ReportTable } from '../../table';
import { Placements } from './members';

/**
 * Fills an issue table. `persons` returns one row per person: `i` (the u_client rowid) and, per
 * data element, a flag column holding 'B', 'C', 'D' (the first match) or NULL. `columns` maps
 * table row -> flag column. `overallRow`, when given, counts every person flagged in any row
 * (Q6a "Overall Score"). `denominators` maps row -> denominator of its rate.
 */
export function issueTable(
	ctx: QuestionContext,
	id: string,
	persons: string,
	columns: Record<number, string>,
	denominators: Record<number, number>,
	overallRow?: number
): ReportTable {
	const flags = Object.values(columns);
	const anyFlag = flags.map((f) => `${f} IS NOT NULL`).join(' OR ');
	const sql = `SELECT * FROM (${persons}) WHERE ${anyFlag}`;
	const places = new Placements(ctx);
	for (const person of ctx.all<Record<string, string | number | null>>(sql)) {
		const i = person.i as number;
		for (const [row, column] of Object.entries(columns)) {
			const flag = person[column];
			if (flag === null) continue;
			places.add(`${flag}${row}`, i);
			places.add(`E${row}`, i);
		}
		if (overallRow) places.add(`E${overallRow}`, i);
	}
	const table = places.fill(ctx.table(id));
	for (const [row, denominator] of Object.entries(denominators)) {
		setValue(table, `F${row}`, ratio(numberAt(table, `E${row}`), denominator), 'percent');
	}
	return table;
}
