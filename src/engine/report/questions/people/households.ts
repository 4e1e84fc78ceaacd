// The members of each head of household's latest stay, for the tables that classify a household
// by its members (Q25b, Q26a, Q27b): HUD uses the head's latest stay and every member active in
// the report on it, even when a member's own latest stay is elsewhere.
import { PICKED_PEOPLE } from '../fields';

/**
 * One row per head (u_client aliased h, RelationshipToHoH 1, matching `heads`) and active member
 * of the head's household: HeadID, HeadEnrollmentID, HouseholdID, HouseholdType (the head's),
 * and the member's PersonalID, EnrollmentID, RelationshipToHoH, Age (report age, §4),
 * VeteranStatus and Chronic (household-adjusted CH status at the start of that stay, §7; 'M'
 * when unknown).
 */
export function headMembers(heads = 'TRUE'): string {
	return `SELECT h.PersonalID AS HeadID, h.EnrollmentID AS HeadEnrollmentID, h.HouseholdID,
		h.HouseholdType, m.PersonalID, m.EnrollmentID, m.RelationshipToHoH, a.Age, cl.VeteranStatus,
		COALESCE(ch.Chronic, 'M') AS Chronic
	FROM u_client h
	JOIN u_enrollment m ON m.HouseholdID = h.HouseholdID
	JOIN u_age a ON a.PersonalID = m.PersonalID
	JOIN Client cl ON cl.PersonalID = m.PersonalID
	LEFT JOIN u_chronic ch ON ch.EnrollmentID = m.EnrollmentID
	WHERE h.IsHoH AND ${heads}`;
}

/**
 * For each picked stay of a head (HeadEnrollmentID): `text` (SQL over headMembers' columns) of
 * each member matching `members`, in PersonalID order, as Members ("A1: Yes (1); B2: No (0)").
 */
export function headMembersOfPicked(text: string, members: string): string {
	return `SELECT HeadEnrollmentID, group_concat(${text}, '; ' ORDER BY PersonalID) AS Members
		FROM (${headMembers(`h.PersonalID IN (${PICKED_PEOPLE})`)}) WHERE ${members}
		GROUP BY HeadEnrollmentID`;
}
