// SQL fragments shared by many question modules (kept small: only what several tables use).

/**
 * The household-type column (C..F) of a person table for a u_client row: C Without Children,
 * D With Children and Adults, E With Only Children, F Unknown Household Type. Column B is Total.
 */
export function householdColumn(client = 'c'): string {
	return `CASE ${client}.HouseholdType WHEN 'without_children' THEN 'C'
		WHEN 'with_children_and_adults' THEN 'D' WHEN 'only_children' THEN 'E' ELSE 'F' END`;
}
