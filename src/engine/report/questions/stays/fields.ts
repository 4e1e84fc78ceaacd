// What the stays field sets share beyond ../fields.ts: the picked clients as a table a rule's
// own source can run over.

/**
 * The u_client rows of the picked stays as a table expression: a rule's source written over
 * u_client reads only them when it is handed this instead. CROSS JOIN keeps the page first:
 * the planner would otherwise scan all of u_client to probe the page.
 */
export const PICKED_CLIENTS = `(SELECT uc.* FROM picked pk
	CROSS JOIN Enrollment pe ON pe.EnrollmentID = pk.EnrollmentID
	CROSS JOIN u_client uc ON uc.PersonalID = pe.PersonalID AND uc.EnrollmentID = pk.EnrollmentID)`;
