// Q27b Parenting Youth: youth-headed households with a child of the head, by the head's age.
import type { Question } from '../../question';
import { countedQuestion, placeCells } from '../common';
import { fieldSet } from '../fields';
import { headMembers } from './households';

/** FROM clause of the active members `k` of a household (SQL) who are its head's children 0-17. */
function childrenOfHead(household: string): string {
	return `u_enrollment k JOIN u_age ka ON ka.PersonalID = k.PersonalID
		WHERE k.HouseholdID = ${household} AND k.RelationshipToHoH = 2 AND ka.Age BETWEEN 0 AND 17`;
}

/**
 * Households whose head is a youth (§4: youth household, head aged 12-24) and that have an
 * active member who is a child of the head (RelationshipToHoH 2, age 0-17). SPEC26 places the
 * household by the head's age; the reference code by household type (with children and adults
 * → 18 to 24, else < 18). They differ only for a head under 18 living with another adult; we
 * follow the reference code.
 */
const PARENTING = `SELECT m.*,
		CASE WHEN m.HouseholdType = 'with_children_and_adults' THEN 3 ELSE 2 END AS row
	FROM (${headMembers('h.IsYouth')}) m
	WHERE EXISTS (SELECT 1 FROM ${childrenOfHead('m.HouseholdID')})`;

/**
 * B: the head and every member aged 18-24; C: the head's children aged 0-17; D: every member;
 * E: the household, through its head.
 */
export const q27b: Question = countedQuestion(
	'Q27b',
	placeCells(PARENTING, [
		`CASE WHEN PersonalID = HeadID OR Age BETWEEN 18 AND 24 THEN 'B' || row END`,
		`CASE WHEN RelationshipToHoH = 2 AND Age BETWEEN 0 AND 17 THEN 'C' || row END`,
		`'D' || row`,
		`CASE WHEN PersonalID = HeadID THEN 'E' || row END`
	]),
	// The member's relationship (columns B, C, E), and what makes the household a parenting
	// youth one: the head's age (§4: 12-24) and the head's children under 18. Read on the
	// member's stay in the household, which need not be the member's latest.
	fieldSet(
		[
			{ label: 'RelationshipToHoH', list: '3.15.1', sql: 'e.RelationshipToHoH' },
			{
				label: "Head's age",
				sql: `(SELECT MAX(ha.Age) FROM u_enrollment he
					JOIN u_age ha ON ha.PersonalID = he.PersonalID
					WHERE he.HouseholdID = e.HouseholdID AND he.RelationshipToHoH = 1)`
			},
			{
				label: "Head's children under 18",
				sql: `(SELECT COUNT(DISTINCT k.PersonalID) FROM ${childrenOfHead('e.HouseholdID')})`
			}
		]
	)
);
