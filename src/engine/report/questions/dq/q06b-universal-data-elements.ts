// Q6b Data Quality: Universal Data Elements (Glossary DQ Q3), over the DQ universe.
// Rules: definitions.md §9.4.
import type { FieldSet } from '../../cell-fields';
import type { Question } from '../../question';
import { yesNo } from '../fields';
import { PICKED_CLIENTS } from './fields';
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

/** Heads of household among the active members of a household (u_enrollment rows). */
const HEADS = 'COUNT(DISTINCT CASE WHEN RelationshipToHoH = 1 THEN PersonalID END)';

/**
 * 3.10: stay `e` (exit `x`) is an earlier stay of client `c` in the same project that c's latest
 * stay starts inside (the reference code looks at every enrollment of the export, not only
 * active ones).
 */
const startsInside = (c: string, e: string, x: string) =>
	`${e}.PersonalID = ${c}.PersonalID AND ${e}.ProjectID = ${c}.ProjectID
	AND ${e}.EnrollmentID <> ${c}.EnrollmentID AND ${x}.EnrollmentID = ${e}.EnrollmentID
	AND ${e}.EntryDate < ${c}.EntryDate AND ${c}.EntryDate < ${x}.ExitDate`;

/** The date of enrollment `id`'s latest disability records (any stage) up to the report end. */
const latestDisabilities = (id: string) => `(SELECT MAX(d.InformationDate) FROM Disabilities d
	WHERE d.EnrollmentID = ${id} AND d.InformationDate <= :end)`;

/** Enrollment `id`'s disability records dated `date` hold a disabling "yes". */
const disablingOn = (id: string, date: string) => `EXISTS (SELECT 1 FROM Disabilities d
	WHERE d.EnrollmentID = ${id} AND d.InformationDate = ${date} AND ${disablingYes('d')})`;

const PERSONS = `
WITH heads AS (
	-- 3.15: households of the report with no head or several heads among their active members.
	SELECT HouseholdID FROM u_enrollment GROUP BY HouseholdID HAVING ${HEADS} <> 1
), overlap AS (
	SELECT DISTINCT c.PersonalID
	FROM u_client c JOIN Enrollment e JOIN Exit x
	WHERE c.InDQ AND ${startsInside('c', 'e', 'x')}
), latest_disability AS MATERIALIZED (
	-- 3.08 data issue: a "no" disabling condition while the enrollment's most recent disability
	-- records hold a disabling "yes". Only "no" answers matter, so only those enrollments are
	-- looked up (CROSS JOIN keeps u_client as the outer loop). MATERIALIZED: each lookup once
	-- (joined as a subquery, the "yes" check ran again for every mention of the flag).
	SELECT l.EnrollmentID, ${disablingOn('l.EnrollmentID', 'l.Latest')} AS DisablingYes
	FROM (
		SELECT c.EnrollmentID, ${latestDisabilities('c.EnrollmentID')} AS Latest
		FROM u_client c
		CROSS JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID
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

// The elements' answers, and what the data issues compare them with (exit dates: the panel's).
const FIELDS: FieldSet = {
	fields: [
		{ label: 'VeteranStatus', list: '1.8' },
		{ label: 'Starts inside earlier stay (EnrollmentID)' },
		{ label: 'RelationshipToHoH', list: '3.15.1' },
		{ label: 'Heads of household in the household' },
		{ label: 'EnrollmentCoC' },
		{ label: 'DisablingCondition', list: '1.8' },
		{ label: 'Latest disability records show a disabling condition' }
	],
	sql: `SELECT f.EnrollmentID, f.VeteranStatus, f.Earlier, f.RelationshipToHoH, f.Heads,
		f.EnrollmentCoC, f.DisablingCondition,
		CASE WHEN f.Latest IS NOT NULL THEN ${yesNo(disablingOn('f.EnrollmentID', 'f.Latest'))} END
	FROM (
		SELECT pk.EnrollmentID, cl.VeteranStatus,
			(SELECT MIN(o.EnrollmentID) FROM Enrollment o JOIN Exit x
				WHERE ${startsInside('c', 'o', 'x')}) AS Earlier,
			c.RelationshipToHoH,
			(SELECT ${HEADS} FROM u_enrollment ue WHERE ue.HouseholdID = c.HouseholdID) AS Heads,
			e.EnrollmentCoC, e.DisablingCondition, ${latestDisabilities('e.EnrollmentID')} AS Latest
		FROM ${PICKED_CLIENTS} JOIN Client cl ON cl.PersonalID = c.PersonalID
	) f`
};

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
	},
	fields: { Q6b: FIELDS }
};
