// Q24b Moving On Assistance provided to households in PSH: heads of household of a PSH stay, once
// in each row whose type of assistance (C2.2) they received during the report range.
import { VALUE_LISTS } from '../../../hmis/schema';
import type { Question } from '../../question';
import { countedQuestion, householdColumn } from '../common';
import { spread } from './cells';
import { fieldSet } from '../fields';

/** Services rows `s` of Moving On assistance (C2.2) provided in the report range (u_params u). */
const MOVING_ON = `s.RecordType = 300 AND s.TypeProvided BETWEEN 1 AND 5
	AND s.DateProvided BETWEEN u.ReportStart AND u.ReportEnd`;

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** SQL: the C2.2 name and code of TypeProvided, "Housing referral/placement (4)". */
const TYPE_NAME = `CASE s.TypeProvided ${Object.entries(VALUE_LISTS['2026']['C2.2'].values)
	.map(([code, name]) => `WHEN ${code} THEN ${quote(`${name} (${code})`)}`)
	.join(' ')} END`;

/** The picked stay's Moving On services in the range: each distinct `value`, in `order`. */
const received = (value: string, order: string) => `(SELECT group_concat(v, '; ' ORDER BY k)
	FROM (SELECT DISTINCT ${value} AS v, ${order} AS k FROM Services s JOIN u_params u
		WHERE s.EnrollmentID = p.EnrollmentID AND ${MOVING_ON}))`;

export const q24b: Question = countedQuestion(
	'Q24b',
	spread(
		`SELECT DISTINCT c.PersonalID, c.EnrollmentID, c.HouseholdID, ${householdColumn()} AS Col,
			s.TypeProvided + 1 AS Assistance
		FROM u_client c
		JOIN Services s ON s.EnrollmentID = c.EnrollmentID
		JOIN u_params u
		WHERE c.IsHoH AND c.ProjectType = 3 AND ${MOVING_ON}`,
		['Assistance']
	),
	fieldSet([
		{ label: 'TypeProvided', sql: received(TYPE_NAME, 's.TypeProvided') },
		{ label: 'DateProvided', sql: received('s.DateProvided', 's.DateProvided') }
	])
);
