// Building blocks of the field sets (cell-fields.ts) that several question families use: the
// picked stays and people reached on indexed keys, a FieldSet from labelled SQL columns, and
// coded values and statuses in words.
import { VALUE_LISTS } from '../../hmis/schema';
import type { CellField, FieldSet } from '../cell-fields';

/** A field and the SQL that reads it over the aliases of its FROM clause. */
export interface FieldColumn extends CellField {
	sql: string;
}

/**
 * FROM clause: every picked stay `p` with its Enrollment row `e`, its client's Client row `cl`
 * and, when it is the client's latest stay (always so for the u_client tables), the client's
 * u_client row `c`. u_client is reached by PersonalID, its one index.
 */
export const PICKED_STAYS = `picked p
	LEFT JOIN Enrollment e ON e.EnrollmentID = p.EnrollmentID
	LEFT JOIN Client cl ON cl.PersonalID = e.PersonalID
	LEFT JOIN u_client c ON c.PersonalID = e.PersonalID AND c.EnrollmentID = p.EnrollmentID`;

/**
 * The clients of the picked stays, for a predicate on a PersonalID index. CROSS JOIN keeps the
 * page outside: the planner knows nothing of its size and would scan all of Enrollment to probe it.
 */
export const PICKED_PEOPLE = `SELECT e.PersonalID FROM picked p
	CROSS JOIN Enrollment e ON e.EnrollmentID = p.EnrollmentID`;

/**
 * A FieldSet reading `columns` for every picked stay `p` over `from` (a FROM clause without its
 * FROM, and whatever follows it, e.g. a GROUP BY p.EnrollmentID).
 */
export function fieldSet(columns: FieldColumn[], from = PICKED_STAYS): FieldSet {
	return {
		fields: columns.map(({ label, list }) => (list ? { label, list } : { label })),
		sql: `SELECT p.EnrollmentID, ${columns.map((c) => c.sql).join(', ')}
			FROM ${from}`
	};
}

/** The stay's project type (2.02.6): which counting rule the stay falls under. */
export const PROJECT_TYPE: FieldColumn = {
	label: 'ProjectType',
	list: '2.02.6',
	sql: 'c.ProjectType'
};

/** The housing move-in date the report uses (§13: the head's valid date, inherited). */
export const MOVE_IN: FieldColumn = { label: 'Housing move-in date', sql: 'c.MoveInDate' };

/** A text as an SQL string literal. */
export const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * A coded value as the panel writes it ("Yes (1)"), as SQL: for derived fields that put several
 * coded values in one text. A code outside the list stays a number.
 */
export function codeText(value: string, list: string): string {
	const whens = Object.entries(VALUE_LISTS['2026'][list].values)
		.map(([code, name]) => `WHEN ${code} THEN ${sqlString(`${name} (${code})`)}`)
		.join(' ');
	return `CASE ${value} ${whens} ELSE CAST(${value} AS TEXT) END`;
}

/** A chronic homelessness status of §7 (u_chronic, u_client: Y, N, DK, M) in words. */
export function chronicText(status: string): string {
	return `CASE ${status} WHEN 'Y' THEN 'Yes' WHEN 'N' THEN 'No'
		WHEN 'DK' THEN ${sqlString("Client doesn't know or prefers not to answer")}
		WHEN 'M' THEN 'Data not collected' END`;
}

/** A truth value in words: Yes, No, or empty when it is unknown (NULL). */
export const yesNo = (condition: string) =>
	`CASE WHEN (${condition}) THEN 'Yes' WHEN NOT (${condition}) THEN 'No' END`;
