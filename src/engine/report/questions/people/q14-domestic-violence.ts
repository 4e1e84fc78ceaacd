// Q14a/Q14b Domestic violence history and when it last occurred, for adults and heads of
// household, from the latest HealthAndDV record of their latest stay up to the report end.
import type { Question } from '../../question';
import { householdTypeTable } from '../common';

/**
 * Adults and heads of household with their latest HealthAndDV record (none = NULL columns).
 * HUD leaves same-date ties open. Ours: a record that answers 4.11.2 over one that does not (the
 * test kit has one such tie and the reference code kept the answered record), then the later
 * DateUpdated, then the greater ID.
 */
const LATEST_DV = `SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, c.HouseholdType,
		dv.DomesticViolenceSurvivor, dv.WhenOccurred
	FROM u_client c
	LEFT JOIN (SELECT h.EnrollmentID, h.DomesticViolenceSurvivor, h.WhenOccurred,
			ROW_NUMBER() OVER (PARTITION BY h.EnrollmentID
				ORDER BY h.InformationDate DESC,
					h.DomesticViolenceSurvivor IN (0, 1, 8, 9) DESC, h.DateUpdated DESC,
					h.HealthAndDVID DESC) AS n
		FROM HealthAndDV h
		WHERE h.EnrollmentID IN (SELECT EnrollmentID FROM u_client WHERE IsAdult OR IsHoH)
			AND h.InformationDate <= :end) dv ON dv.EnrollmentID = c.EnrollmentID AND dv.n = 1
	WHERE c.IsAdult OR c.IsHoH`;

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
	]
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
	]
};
