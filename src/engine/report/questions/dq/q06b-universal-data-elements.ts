// Q6b Data Quality: Universal Data Elements (Glossary DQ Q3), over the DQ universe.
// Rules: definitions.md §9.4.
import type { Question } from '../../question';
import { issueTable } from './issues';
import { validationCounts } from './validations';

/** A disabling "yes" on a Disabilities row `d` (developmental or HIV/AIDS, or impairing). */
function disablingYes(d = 'd'): string {
	return `((${d}.DisabilityType IN (6, 8) AND ${d}.DisabilityResponse = 1)
		OR (${d}.DisabilityType IN (5, 7, 9) AND ${d}.DisabilityResponse = 1
			AND ${d}.IndefiniteAndImpairs = 1)
		OR (${d}.DisabilityType = 10 AND ${d}.DisabilityResponse IN (1, 2, 3)
			AND ${d}.IndefiniteAndImpairs = 1))`;
}

const PERSONS = `
WITH heads AS (
	-- 3.15: households of the report with no head or several heads among their active members.
	SELECT HouseholdID FROM u_enrollment GROUP BY HouseholdID
	HAVING COUNT(DISTINCT CASE WHEN RelationshipToHoH = 1 THEN PersonalID END) <> 1
), overlap AS (
	-- 3.10: the latest stay starts inside an earlier stay of the same person in the same project
	-- (the reference code looks at every enrollment of the export, not only active ones).
	SELECT DISTINCT c.PersonalID
	FROM u_client c
	JOIN Enrollment e ON e.PersonalID = c.PersonalID AND e.ProjectID = c.ProjectID
		AND e.EnrollmentID <> c.EnrollmentID
	JOIN Exit x ON x.EnrollmentID = e.EnrollmentID
	WHERE c.InDQ AND e.EntryDate < c.EntryDate AND c.EntryDate < x.ExitDate
), latest_disability AS (
	-- 3.08 data issue: a "no" disabling condition while the enrollment's most recent disability
	-- records (any stage, up to the report end) hold a disabling "yes". Only "no" answers matter,
	-- so only those enrollments are looked up (CROSS JOIN keeps u_client as the outer loop).
	SELECT l.EnrollmentID, EXISTS (SELECT 1 FROM Disabilities d
		WHERE d.EnrollmentID = l.EnrollmentID AND d.InformationDate = l.Latest AND ${disablingYes('d')}
	) AS DisablingYes
	FROM (
		SELECT c.EnrollmentID, (SELECT MAX(d.InformationDate) FROM Disabilities d
			WHERE d.EnrollmentID = c.EnrollmentID AND d.InformationDate <= u.ReportEnd) AS Latest
		FROM u_client c
		CROSS JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID
		CROSS JOIN u_params u
		WHERE c.InDQ AND e.DisablingCondition = 0
	) l
	WHERE l.Latest IS NOT NULL
)
SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID,
	CASE
		WHEN c.IsAdult AND cl.VeteranStatus IN (8, 9) THEN 'B'
		WHEN c.IsAdult AND (cl.VeteranStatus = 99 OR cl.VeteranStatus IS NULL) THEN 'C'
		WHEN c.IsChild AND cl.VeteranStatus = 1 THEN 'D'
	END AS Veteran,
	CASE
		WHEN c.PersonalID IN (SELECT PersonalID FROM overlap) OR c.EntryDate > x.ExitDate THEN 'D'
	END AS StartDate,
	CASE
		WHEN c.RelationshipToHoH IS NULL THEN 'C'
		WHEN c.RelationshipToHoH NOT BETWEEN 1 AND 5
			OR c.HouseholdID IN (SELECT HouseholdID FROM heads) THEN 'D'
	END AS Relationship,
	CASE
		WHEN NOT c.IsHoH THEN NULL
		WHEN trim(COALESCE(e.EnrollmentCoC, '')) = '' THEN 'C'
		-- A HUD CoC code is two letters, a dash and three digits (the test kit's XX-500 is valid).
		WHEN e.EnrollmentCoC NOT GLOB '[A-Z][A-Z]-[0-9][0-9][0-9]' THEN 'D'
	END AS CoC,
	CASE
		WHEN e.DisablingCondition IN (8, 9) THEN 'B'
		WHEN e.DisablingCondition = 99 OR e.DisablingCondition IS NULL THEN 'C'
		WHEN e.DisablingCondition = 0 AND ld.DisablingYes THEN 'D'
	END AS Disabling
FROM u_client c
JOIN Client cl ON cl.PersonalID = c.PersonalID
JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID
LEFT JOIN u_exit x ON x.EnrollmentID = c.EnrollmentID
LEFT JOIN latest_disability ld ON ld.EnrollmentID = c.EnrollmentID
WHERE c.InDQ`;

export const q06b: Question = {
	tables: ['Q6b'],
	compute(ctx) {
		const v = validationCounts(ctx);
		const columns = {
			2: 'Veteran',
			3: 'StartDate',
			4: 'Relationship',
			5: 'CoC',
			6: 'Disabling'
		};
		return [
			issueTable(ctx, 'Q6b', PERSONS, columns, {
				2: v[3].dq + v[4].dq,
				3: v[2].dq,
				4: v[2].dq,
				5: v[15].dq + v[16].dq,
				6: v[2].dq
			})
		];
	}
};
