// Q26a Chronic Homeless Status - Number of Households w/at least one or more CH person: each
// household, through its head, by the CH status of its adults and head.
import type { Question } from '../../question';
import { householdTypeTable } from '../common';
import { chronicText, fieldSet, PICKED_STAYS } from '../fields';
import { headMembers, headMembersOfPicked } from './households';

/** The members of a household Q26a reads: the head and the adults. */
const HEAD_AND_ADULTS = 'Age >= 18 OR PersonalID = HeadID';

/**
 * First match over the head and adult members: any CH (row 2), any DK/PNTA (row 4), any
 * missing (row 5), else not CH (row 3). The reference code's order (HUD test-kit issue 116).
 */
export const q26a: Question = {
	tables: ['Q26a'],
	compute: (ctx) => [
		householdTypeTable(
			ctx,
			'Q26a',
			`SELECT CASE MIN(CASE Chronic WHEN 'Y' THEN 1 WHEN 'DK' THEN 2 WHEN 'M' THEN 3 ELSE 4 END)
					WHEN 1 THEN 2 WHEN 2 THEN 4 WHEN 3 THEN 5 ELSE 3 END AS row,
				HeadID AS PersonalID, HeadEnrollmentID AS EnrollmentID, HouseholdID, HouseholdType
			FROM (${headMembers()}) WHERE ${HEAD_AND_ADULTS}
			GROUP BY HeadID, HeadEnrollmentID, HouseholdID, HouseholdType`,
			{ totalRow: 6 }
		)
	],
	fields: {
		Q26a: fieldSet(
			[
				{ label: 'Chronically homeless', sql: chronicText('c.Chronic') },
				{ label: 'Chronically homeless: the head and each adult', sql: 'm.Members' }
			],
			`${PICKED_STAYS}
			LEFT JOIN (${headMembersOfPicked(
				`PersonalID || ': ' || ${chronicText('Chronic')}`,
				HEAD_AND_ADULTS
			)}) m ON m.HeadEnrollmentID = p.EnrollmentID`
		)
	}
};
