// Q8a Number of Households Served: households counted through their head (latest stay), by
// household type; row 3 = PSH/RRH households whose head moved into housing.
import type { Question } from '../../question';
import { householdTypeTable } from '../common';
import { fieldSet, MOVE_IN, PROJECT_TYPE } from '../fields';
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
	],
	// The head's own MoveInDate beside the valid one: a date outside the stay or after the
	// report end is why a PSH/RRH household is not in row 3.
	fields: {
		Q8a: fieldSet([PROJECT_TYPE, { label: 'MoveInDate', sql: 'e.MoveInDate' }, MOVE_IN])
	}
};
