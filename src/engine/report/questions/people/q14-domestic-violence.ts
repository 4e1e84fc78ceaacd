// Q14a/Q14b Domestic violence history and when it last occurred, for adults and heads of
// household, from the latest HealthAndDV record of their latest stay up to the report end.
import type { Question } from '../../question';
import { householdTypeTable } from '../common';
import { fieldSet, PICKED_STAYS } from '../fields';

/**
 * The latest HealthAndDV record up to the report end of each stay of `enrollments` (a query of
 * EnrollmentIDs), as the rows with n = 1. HUD leaves same-date ties open. Ours: a record that
 * answers 4.11.2 over one that does not (the test kit has one such tie and the reference code
 * kept the answered record), then the later DateUpdated, then the greater ID.
 */
function latestDv(enrollments: string): string {
	return `SELECT h.EnrollmentID, h.DomesticViolenceSurvivor, h.WhenOccurred, h.InformationDate,
			ROW_NUMBER() OVER (PARTITION BY h.EnrollmentID
				ORDER BY h.InformationDate DESC,
					h.DomesticViolenceSurvivor IN (0, 1, 8, 9) DESC, h.DateUpdated DESC,
					h.HealthAndDVID DESC) AS n
		FROM HealthAndDV h
		WHERE h.EnrollmentID IN (${enrollments}) AND h.InformationDate <= :end`;
}

/** Adults and heads of household with their latest HealthAndDV record (none = NULL columns). */
const LATEST_DV = `SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, c.HouseholdType,
		dv.DomesticViolenceSurvivor, dv.WhenOccurred
	FROM u_client c
	LEFT JOIN (${latestDv('SELECT EnrollmentID FROM u_client WHERE IsAdult OR IsHoH')}) dv
		ON dv.EnrollmentID = c.EnrollmentID AND dv.n = 1
	WHERE c.IsAdult OR c.IsHoH`;

/**
 * Both tables' fields: the head's relationship (a head under 18 is in the universe), and the
 * record the rows read, with its date.
 */
const DV_FIELDS = fieldSet(
	[
		{ label: 'RelationshipToHoH', list: '3.15.1', sql: 'e.RelationshipToHoH' },
		{ label: 'DomesticViolenceSurvivor', list: '1.8', sql: 'dv.DomesticViolenceSurvivor' },
		{ label: 'WhenOccurred', list: '4.11.A', sql: 'dv.WhenOccurred' },
		{ label: 'InformationDate', sql: 'dv.InformationDate' }
	],
	`${PICKED_STAYS}
	LEFT JOIN (${latestDv('SELECT EnrollmentID FROM picked')}) dv
		ON dv.EnrollmentID = p.EnrollmentID AND dv.n = 1`
);

export const q14a: Question = {
	tables: ['Q14a'],
	compute: (ctx) => [
		householdTypeTable(
			ctx,
			'Q14a',
			`SELECT CASE WHEN DomesticViolenceSurvivor = 1 THEN 2 WHEN DomesticViolenceSurvivor = 0 THEN 3
					WHEN DomesticViolenceSurvivor IN (8, 9) THEN 4 ELSE 5 END AS row,
				PersonalID, EnrollmentID, HouseholdID, HouseholdType
			FROM (${LATEST_DV})`,
			{ totalRow: 6 }
		)
	],
	fields: { Q14a: DV_FIELDS }
};

/** Q14b: the survivors of Q14a row 2, by when the experience occurred (4.11.2A). */
export const q14b: Question = {
	tables: ['Q14b'],
	compute: (ctx) => [
		householdTypeTable(
			ctx,
			'Q14b',
			`SELECT CASE WHEN WhenOccurred BETWEEN 1 AND 4 THEN 1 + WhenOccurred
					WHEN WhenOccurred IN (8, 9) THEN 6 ELSE 7 END AS row,
				PersonalID, EnrollmentID, HouseholdID, HouseholdType
			FROM (${LATEST_DV}) WHERE DomesticViolenceSurvivor = 1`,
			{ totalRow: 8 }
		)
	],
	fields: { Q14b: DV_FIELDS }
};
