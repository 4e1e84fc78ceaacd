// What the stays field sets share: reaching each picked stay's Enrollment and u_client rows from
// its EnrollmentID on indexed keys, and building a FieldSet from labelled SQL columns.
import type { CellField, FieldSet } from '../../cell-fields';

/**
 * FROM fragment: every picked stay (`p`) with its Enrollment row (`e`) and, when it is the
 * client's latest stay (always so for the stays tables), the client's u_client row (`c`).
 * u_client is reached by PersonalID, its one index.
 */
export const PICKED_STAYS = `picked p
	LEFT JOIN Enrollment e ON e.EnrollmentID = p.EnrollmentID
	LEFT JOIN u_client c ON c.PersonalID = e.PersonalID AND c.EnrollmentID = p.EnrollmentID`;

/**
 * The u_client rows of the picked stays as a table expression: a rule's source written over
 * u_client reads only them when it is handed this instead. CROSS JOIN keeps the page first:
 * the planner would otherwise scan all of u_client to probe the page.
 */
export const PICKED_CLIENTS = `(SELECT uc.* FROM picked pk
	CROSS JOIN Enrollment pe ON pe.EnrollmentID = pk.EnrollmentID
	CROSS JOIN u_client uc ON uc.PersonalID = pe.PersonalID AND uc.EnrollmentID = pk.EnrollmentID)`;

/** A field and the SQL that reads it over `from`'s aliases. */
export interface FieldColumn extends CellField {
	sql: string;
}

/** A FieldSet reading `columns` for every picked stay over `from` (one row per stay). */
export function fieldSet(columns: FieldColumn[], from = PICKED_STAYS): FieldSet {
	return {
		fields: columns.map(({ label, list }) => (list ? { label, list } : { label })),
		sql: `SELECT p.EnrollmentID, ${columns.map((c) => c.sql).join(', ')} FROM ${from}`
	};
}

/** The project type of the stay (2.02.6): which counting rule the stay falls under. */
export const PROJECT_TYPE: FieldColumn = {
	label: 'ProjectType',
	list: '2.02.6',
	sql: 'c.ProjectType'
};
