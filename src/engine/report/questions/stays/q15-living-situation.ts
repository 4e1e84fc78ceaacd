// Q15 Living Situation and its youth twin Q27d: adults and heads of household by the prior
// living situation (3.917.1) recorded at the start of their latest stay.
import type { Question } from '../../question';
import { countedQuestion, householdColumn } from '../common';
import {
	EVERYONE,
	HOMELESS_AND_INSTITUTIONAL,
	YOUTH,
	codeRows,
	listedCode,
	spread,
	type CodeGroup,
	type Population
} from './cells';
import { fieldSet } from '../fields';

/** Rows 3..30 of the shell and the 3.917.1 codes behind each. */
const GROUPS: CodeGroup[] = [
	...HOMELESS_AND_INSTITUTIONAL,
	{
		subtotal: 22,
		rows: [[16, [302]], [17, [329]], [18, [314]], [19, [332]], [20, [336]], [21, [335]]]
	},
	{ subtotal: 28, rows: [[24, [410]], [25, [435]], [26, [421]], [27, [411]]] },
	{ subtotal: 31, rows: [[29, [8, 9]], [30, [99]]] }
];

/**
 * The head or adult whose prior living situation (3.917.1) picks the row, with the rest of
 * 3.917 at entry so a lead sees the whole answer the row came from.
 */
const FIELDS = fieldSet([
	{ label: 'RelationshipToHoH', list: '3.15.1', sql: 'e.RelationshipToHoH' },
	{ label: 'LivingSituation', list: '3.12.1', sql: 'e.LivingSituation' },
	{ label: 'LengthOfStay', list: '3.917.2', sql: 'e.LengthOfStay' },
	{ label: 'LOSUnderThreshold', list: '1.7', sql: 'e.LOSUnderThreshold' },
	{ label: 'PreviousStreetESSH', list: '1.7', sql: 'e.PreviousStreetESSH' }
]);

export function livingSituation(id: string, population: Population, universe: string): Question {
	// No answer, or a code that is not a living situation, is reported as Data Not Collected.
	const rows = codeRows(listedCode('e.LivingSituation', GROUPS, 99), GROUPS);
	return countedQuestion(
		id,
		spread(
			`SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, ${householdColumn()} AS Col,
				${rows.row} AS Situation, ${rows.subtotal} AS Subtotal, 32 AS Total
			FROM u_client c JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID
			WHERE (${universe}) AND (${population})`,
			['Situation', 'Subtotal', 'Total']
		),
		FIELDS
	);
}

/** Q15 universe: adults and heads of household of any age. */
export const q15 = livingSituation('Q15', EVERYONE, 'c.IsAdult OR c.IsHoH');
/** Q27d: the youth filter on Q15, limited to youth who head their household. */
export const q27d = livingSituation('Q27d', YOUTH, 'c.IsHoH');
