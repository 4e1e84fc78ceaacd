// Q8a Number of Households Served: households counted through their head (latest stay), by
// household type; row 3 = PSH/RRH households whose head moved into housing.
import type { Question } from '../../question';
import { householdTypeTable } from '../common';
import { MOVED_IN } from './q07a-persons-served';

export const q08a: Question = {
	tables: ['Q8a'],
	compute: (ctx) => [
		householdTypeTable(
			ctx,
			'Q8a',
			`SELECT CASE WHEN ${MOVED_IN} THEN 3 END AS row,
				PersonalID, EnrollmentID, HouseholdID, HouseholdType
			FROM u_client c WHERE c.IsHoH`,
			{ totalRow: 2 }
		)
	]
};
