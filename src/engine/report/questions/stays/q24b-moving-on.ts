// Q24b Moving On Assistance provided to households in PSH: heads of household of a PSH stay, once
// in each row whose type of assistance (C2.2) they received during the report range.
import type { Question } from '../../question';
import { countedQuestion, householdColumn } from '../common';
import { spread } from './cells';

export const q24b: Question = countedQuestion(
	'Q24b',
	spread(
		`SELECT DISTINCT c.PersonalID, c.EnrollmentID, c.HouseholdID, ${householdColumn()} AS Col,
			s.TypeProvided + 1 AS Assistance
		FROM u_client c
		JOIN Services s ON s.EnrollmentID = c.EnrollmentID
		JOIN u_params u
		WHERE c.IsHoH AND c.ProjectType = 3
			AND s.RecordType = 300 AND s.TypeProvided BETWEEN 1 AND 5
			AND s.DateProvided BETWEEN u.ReportStart AND u.ReportEnd`,
		['Assistance']
	)
);
