// Q26b Number of Chronically Homeless Persons by Household: every active client by their
// household-adjusted chronic homelessness status at project start (§7).
import type { Question } from '../../question';
import { householdTypeTable } from '../common';
import { chronicText, fieldSet, PICKED_STAYS } from '../fields';

/** The Enrollment columns (3.08, 3.917) a client's own status reads, with their value lists. */
const ENROLLMENT_ANSWERS: [column: string, list?: string][] = [
	['DisablingCondition', '1.8'],
	['LivingSituation', '3.12.1'],
	['DateToStreetESSH'],
	['TimesHomelessPastThreeYears', '3.917.4'],
	['MonthsHomelessPastThreeYears', '3.917.5']
];

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
	],
	/**
	 * The status counted, the client's own (§7.1, before the household shares a YES or a head's
	 * status with its children), and the 3.08 and 3.917 answers the own status reads.
	 */
	fields: {
		Q26b: fieldSet(
			[
				{ label: 'Chronically homeless', sql: chronicText('c.Chronic') },
				{ label: 'Chronically homeless, own answers', sql: chronicText('ch.Individual') },
				...ENROLLMENT_ANSWERS.map(([name, list]) => ({
					label: name,
					...(list && { list }),
					sql: `e.${name}`
				}))
			],
			`${PICKED_STAYS} LEFT JOIN u_chronic ch ON ch.EnrollmentID = p.EnrollmentID`
		)
	}
};
