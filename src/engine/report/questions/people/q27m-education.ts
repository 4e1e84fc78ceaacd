// Q27m Education Status - Youth: youth heads of household who left a YHDP-funded project, by
// their C3 Youth Education Status at project start (column B) and at exit (column C).
import type { Question } from '../../question';
import { countedQuestion, unionCells } from '../common';
import { fieldSet } from '../fields';

/**
 * Universe (SPEC26 and the reference code): youth heads of household (§4) whose latest stay is
 * a leaver's stay in a project with a HUD: CoC - YHDP funder (2.06 = 43) active in the report
 * range. The shell's project types (2, 3, 4, 6, 13) only say where C3 is collected.
 */
const UNIVERSE = `SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID FROM u_client c
	WHERE c.IsHoH AND c.IsYouth AND c.IsLeaver
		AND EXISTS (SELECT 1 FROM Funder f WHERE f.ProjectID = c.ProjectID AND f.Funder = 43
			AND (f.StartDate IS NULL OR f.StartDate <= :end)
			AND (f.EndDate IS NULL OR f.EndDate >= :start))`;

/**
 * C3 is recorded in YouthEducationStatus (EmploymentEducation holds RHY's R4/R5, not C3). The
 * record of a stage is the latest one of the stay with that stage (the rows with n = 1) among
 * those matching `where`; none reads as not collected.
 */
function latestStatus(stage: number, where = 'TRUE'): string {
	return `SELECT y.EnrollmentID, y.CurrentSchoolAttend AS Attend,
			y.MostRecentEdStatus AS MostRecent, y.CurrentEdStatus AS Current,
			ROW_NUMBER() OVER (PARTITION BY y.EnrollmentID
				ORDER BY y.InformationDate DESC, y.DateUpdated DESC, y.YouthEducationStatusID DESC) AS n
		FROM YouthEducationStatus y WHERE y.DataCollectionStage = ${stage} AND ${where}`;
}

function statusRows(stage: number): string {
	return `SELECT u.PersonalID, u.EnrollmentID, u.HouseholdID, y.Attend, y.MostRecent, y.Current
		FROM (${UNIVERSE}) u
		LEFT JOIN (${latestStatus(stage)}) y ON y.EnrollmentID = u.EnrollmentID AND y.n = 1`;
}

/**
 * Rows 2-6 by current school attendance (C3.2); rows 8-17 by most recent status (C3.A) of those
 * not enrolled (attendance 0); rows 19-25 by current status (C3.B) of those enrolled (1 or 2);
 * row 26 everyone. Rows 7 and 18 are section headings.
 */
function columnCells(column: string, stage: number): string {
	return `WITH s AS MATERIALIZED (${statusRows(stage)})
	SELECT '${column}' || CASE WHEN Attend IN (0, 1, 2) THEN 2 + Attend
			WHEN Attend IN (8, 9) THEN 5 ELSE 6 END AS cell,
		PersonalID, EnrollmentID, HouseholdID FROM s
	UNION ALL
	SELECT '${column}' || CASE WHEN MostRecent BETWEEN 0 AND 7 THEN 8 + MostRecent
			WHEN MostRecent IN (8, 9) THEN 16 ELSE 17 END,
		PersonalID, EnrollmentID, HouseholdID FROM s WHERE Attend = 0
	UNION ALL
	SELECT '${column}' || CASE WHEN Current BETWEEN 0 AND 4 THEN 19 + Current
			WHEN Current IN (8, 9) THEN 24 ELSE 25 END,
		PersonalID, EnrollmentID, HouseholdID FROM s WHERE Attend IN (1, 2)
	UNION ALL
	SELECT '${column}26', PersonalID, EnrollmentID, HouseholdID FROM s`;
}

const PICKED = 'y.EnrollmentID IN (SELECT EnrollmentID FROM picked)';

/** C3 at start (stage 1, column B) and at exit (stage 3, column C): the three answers of each. */
const STAGES: [alias: string, stage: number, at: string][] = [
	['s', 1, 'at start'],
	['x', 3, 'at exit']
];

export const q27m: Question = countedQuestion(
	'Q27m',
	unionCells(columnCells('B', 1), columnCells('C', 3)),
	fieldSet(
		STAGES.flatMap(([y, , at]) => [
			{ label: `CurrentSchoolAttend ${at}`, list: 'C3.2', sql: `${y}.Attend` },
			{ label: `MostRecentEdStatus ${at}`, list: 'C3.A', sql: `${y}.MostRecent` },
			{ label: `CurrentEdStatus ${at}`, list: 'C3.B', sql: `${y}.Current` }
		]),
		`picked p ${STAGES.map(
			([y, stage]) => `LEFT JOIN (${latestStatus(stage, PICKED)}) ${y}
				ON ${y}.EnrollmentID = p.EnrollmentID AND ${y}.n = 1`
		).join('\n')}`
	)
);
