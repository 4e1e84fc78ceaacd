// SQL fragments shared by many question modules (kept small: only what several tables use).

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

/** The column letter of a household type in a layout, as SQL (NULL when it has none). */
export function householdColumnIn(householdType: string, columns: HouseholdColumns): string {
	const whens = (['without_children', 'with_children_and_adults', 'only_children', 'unknown'] as const)
		.filter((t) => columns[t])
		.map((t) => `WHEN '${t}' THEN '${columns[t]}'`)
		.join(' ');
	return `CASE ${householdType} ${whens} END`;
}

/**
 * Membership query of a "clients by element by household type" table. `source` returns one row
 * per client: `row` (spreadsheet row; NULL = total row only), PersonalID, EnrollmentID,
 * HouseholdID, HouseholdType and whatever `column` reads. Each client lands in its row and in
 * `totalRow` (when given), both in the Total column and in the column `column` gives (SQL over
 * the source's columns; default: the household type's column of `columns`).
 */
export function householdTypeCells(
	source: string,
	{
		totalRow,
		columns = HH5,
		column = householdColumnIn('HouseholdType', columns)
	}: { totalRow?: number; columns?: HouseholdColumns; column?: string } = {}
): string {
	const total = totalRow
		? `UNION ALL SELECT ${totalRow}, PersonalID, EnrollmentID, HouseholdID, ${column} FROM src`
		: '';
	return `WITH src AS (${source}),
	placed (row, PersonalID, EnrollmentID, HouseholdID, col) AS (
		SELECT row, PersonalID, EnrollmentID, HouseholdID, ${column} FROM src WHERE row IS NOT NULL
		${total}
	)
	SELECT '${columns.total}' || row AS cell, PersonalID, EnrollmentID, HouseholdID FROM placed
	UNION ALL
	SELECT col || row, PersonalID, EnrollmentID, HouseholdID FROM placed WHERE col IS NOT NULL`;
}

/** One membership query out of several (each may open with its own WITH). */
export function unionCells(...queries: string[]): string {
	return queries.map((q) => `SELECT cell, PersonalID, EnrollmentID, HouseholdID FROM (${q})`).join('\nUNION ALL\n');
}
