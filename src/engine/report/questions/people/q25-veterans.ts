// Q25a Number of Veterans (adults) and Q25b Number of Veteran Households, by chronic
// homelessness and veteran status (3.07); veterans' layout (no "With Only Children" column).
import type { Question } from '../../question';
import { HH4, householdTypeTable } from '../common';
import { chronicText, codeText, fieldSet, PICKED_STAYS } from '../fields';
import { headMembers, headMembersOfPicked } from './households';

/**
 * Row of an adult: 2 chronically homeless veteran, 3 other veteran (a CH status of DK/PNTA or
 * missing counts as not CH here), 4 not a veteran, 5 DK/PNTA, 6 data not collected.
 */
function veteranRow(status: string, chronic: string): string {
	return `CASE WHEN ${status} = 1 THEN CASE WHEN ${chronic} = 'Y' THEN 2 ELSE 3 END
		WHEN ${status} = 0 THEN 4 WHEN ${status} IN (8, 9) THEN 5 ELSE 6 END`;
}

export const q25a: Question = {
	tables: ['Q25a'],
	compute: (ctx) => [
		householdTypeTable(
			ctx,
			'Q25a',
			`SELECT ${veteranRow('cl.VeteranStatus', 'c.Chronic')} AS row,
				c.PersonalID, c.EnrollmentID, c.HouseholdID, c.HouseholdType
			FROM u_client c JOIN Client cl ON cl.PersonalID = c.PersonalID WHERE c.IsAdult`,
			{ totalRow: 7, columns: HH4 }
		)
	],
	fields: {
		Q25a: fieldSet([
			{ label: 'VeteranStatus', list: '1.8', sql: 'cl.VeteranStatus' },
			{ label: 'Chronically homeless', sql: chronicText('c.Chronic') }
		])
	}
};

/** The members of a household Q25b reads: its adults. */
const ADULTS = 'Age >= 18';

/**
 * Q25b: households with at least one adult, through their head, on the first row any adult
 * member reaches: CH veteran, other veteran, not a veteran, DK/PNTA, data not collected (the
 * reference code's precedence, which keeps the rows exclusive).
 */
export const q25b: Question = {
	tables: ['Q25b'],
	compute: (ctx) => [
		householdTypeTable(
			ctx,
			'Q25b',
			`SELECT MIN(${veteranRow('VeteranStatus', 'Chronic')}) AS row,
				HeadID AS PersonalID, HeadEnrollmentID AS EnrollmentID, HouseholdID, HouseholdType
			FROM (${headMembers()}) WHERE ${ADULTS}
			GROUP BY HeadID, HeadEnrollmentID, HouseholdID, HouseholdType`,
			{ totalRow: 7, columns: HH4 }
		)
	],
	// Every adult's status, the chronic status of veterans (row 2 or 3) beside it.
	fields: {
		Q25b: fieldSet(
			[
				{ label: 'VeteranStatus', list: '1.8', sql: 'cl.VeteranStatus' },
				{ label: 'Veteran status of each adult', sql: 'm.Members' }
			],
			`${PICKED_STAYS}
			LEFT JOIN (${headMembersOfPicked(
				`PersonalID || ': ' || ${codeText('VeteranStatus', '1.8')} || CASE
					WHEN VeteranStatus = 1 AND Chronic = 'Y' THEN ', chronically homeless' ELSE '' END`,
				ADULTS
			)}) m ON m.HeadEnrollmentID = p.EnrollmentID`
		)
	}
};
