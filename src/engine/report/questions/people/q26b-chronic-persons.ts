// Q26b Number of Chronically Homeless Persons by Household: every active client by their
// household-adjusted chronic homelessness status at project start (§7).
import type { Question } from '../../question';
import { householdTypeTable } from '../common';

/** Row of a chronic status: Y 2, N 3, DK/PNTA 4, missing 5. */
const CHRONIC_ROW = `CASE Chronic WHEN 'Y' THEN 2 WHEN 'N' THEN 3 WHEN 'DK' THEN 4 ELSE 5 END`;

export const q26b: Question = {
	tables: ['Q26b'],
	compute: (ctx) => [
		householdTypeTable(
			ctx,
			'Q26b',
			`SELECT ${CHRONIC_ROW} AS row, PersonalID, EnrollmentID, HouseholdID, HouseholdType
			FROM u_client`,
			{ totalRow: 6 }
		)
	]
};
