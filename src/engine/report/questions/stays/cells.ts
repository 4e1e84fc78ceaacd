// Helpers the stays tables share: the sub-population filters (everyone, veterans, youth) that
// make twin tables out of one rule, and spreading each client over the cells of a table.
/** A predicate on a u_client row aliased `c` that narrows a table to a sub-population. */
export type Population = string;

export const EVERYONE: Population = 'TRUE';
/** Q25 veteran filter: an adult (age at the latest start or report start) with veteran status yes. */
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
 * lands in column B and in `Col` on every row named by a non-null row column.
 */
export function spread(source: string, rowColumns: string[], columns = [`'B'`, 'Col']): string {
	const parts = rowColumns.flatMap((row) =>
		columns.map(
			(col) => `SELECT ${col} || ${row} AS cell, PersonalID, EnrollmentID, HouseholdID
				FROM src WHERE ${row} IS NOT NULL`
		)
	);
	return `WITH src AS MATERIALIZED (${source}) ${parts.join(' UNION ALL ')}`;
}

/** A SQL CASE mapping a code column to row numbers; `null` in a code list matches NULL. */
export function rowOfCode(column: string, rows: [number, (number | null)[]][], otherwise = 'NULL'): string {
	const whens = rows.map(([row, codes]) => {
		const known = codes.filter((c): c is number => c !== null);
		const tests = [];
		if (known.length) tests.push(`${column} IN (${known.join(', ')})`);
		if (codes.includes(null)) tests.push(`${column} IS NULL`);
		return `WHEN ${tests.join(' OR ')} THEN ${row}`;
	});
	return `CASE ${whens.join(' ')} ELSE ${otherwise} END`;
}
