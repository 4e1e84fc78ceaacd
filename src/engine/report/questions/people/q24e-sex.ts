// Q24e Sex (FY2026): every active client by Client.Sex (4.21) and household type.
import type { Question } from '../../question';
import { householdTypeTable } from '../common';
import { fieldSet } from '../fields';

export const q24e: Question = {
	tables: ['Q24e'],
	compute: (ctx) => [
		householdTypeTable(
			ctx,
			'Q24e',
			`SELECT CASE WHEN cl.Sex = 0 THEN 2 WHEN cl.Sex = 1 THEN 3 WHEN cl.Sex IN (8, 9) THEN 4
					ELSE 5 END AS row,
				c.PersonalID, c.EnrollmentID, c.HouseholdID, c.HouseholdType
			FROM u_client c JOIN Client cl ON cl.PersonalID = c.PersonalID`,
			{ totalRow: 6 }
		)
	],
	// The one element the row reads.
	fields: { Q24e: fieldSet([{ label: 'Sex', list: '4.21', sql: 'cl.Sex' }]) }
};
