// What the dq tables' cell fields share beyond ../fields.ts: the counted client behind each
// picked EnrollmentID, and derived checks in words.
import { sqlString } from '../fields';

/**
 * The clients a members page picked, for tables counted from u_client (the EnrollmentID is the
 * latest stay's): `pk` the picked id, `e` the stay's Enrollment row, `c` the client's u_client row.
 * Goes through Enrollment, since u_client is indexed on PersonalID only. CROSS JOIN keeps the
 * page's ids as the outer loop: the planner knows nothing of their number and would otherwise
 * scan u_client to probe them.
 */
export const PICKED_CLIENTS = `picked pk
	CROSS JOIN Enrollment e ON e.EnrollmentID = pk.EnrollmentID
	CROSS JOIN u_client c ON c.PersonalID = e.PersonalID AND c.EnrollmentID = e.EnrollmentID`;

/** The first matching words of [words, condition] pairs, else `otherwise`. */
export function firstMatch(cases: [words: string, condition: string][], otherwise: string): string {
	const whens = cases.map(
		([words, condition]) => `WHEN ${condition} THEN ${sqlString(words)}`
	);
	return `CASE ${whens.join(' ')} ELSE ${otherwise} END`;
}

/** Any of the conditions of [words, condition] pairs holds, as SQL. */
export const anyOf = (cases: [words: string, condition: string][]) =>
	`(${cases.map(([, condition]) => `(${condition})`).join(' OR ')})`;

/** A universe household type code as HUD's column headers name it. */
export const householdTypeWords = (type: string) => `CASE ${type}
	WHEN 'without_children' THEN 'Without Children'
	WHEN 'with_children_and_adults' THEN 'With Children and Adults'
	WHEN 'only_children' THEN 'With Only Children' ELSE 'Unknown Household Type' END`;
