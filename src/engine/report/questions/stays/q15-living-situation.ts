// Q15 Living Situation and its youth twin Q27d: adults and heads of household by the prior
// living situation (3.917.1) recorded at the start of their latest stay.
import type { Question } from '../../question';
import { householdColumn } from '../common';
import { EVERYONE, YOUTH, rowOfCode, spread, type Population } from './cells';

/** Rows 3..30 of the shell and the 3.917.1 codes behind each; every group ends in a subtotal. */
const GROUPS: { subtotal: number; rows: [number, (number | null)[]][] }[] = [
	{ subtotal: 6, rows: [[3, [116]], [4, [101]], [5, [118]]] },
	{ subtotal: 14, rows: [[8, [215]], [9, [206]], [10, [207]], [11, [225]], [12, [204]], [13, [205]]] },
	{ subtotal: 22, rows: [[16, [302]], [17, [329]], [18, [314]], [19, [332]], [20, [336]], [21, [335]]] },
	{ subtotal: 28, rows: [[24, [410]], [25, [435]], [26, [421]], [27, [411]]] },
	{ subtotal: 31, rows: [[29, [8, 9]], [30, [99, null]]] }
];
const TOTAL_ROW = 32;

/** A code outside the 3.917.1 list cannot be reported as a situation; it counts as not collected. */
const OTHERWISE_ROW = 30;

export function livingSituation(id: string, population: Population, universe: string): Question {
	const rows = GROUPS.flatMap((g) => g.rows);
	const subtotals = GROUPS.map((g): [number, (number | null)[]] => [g.subtotal, g.rows.flatMap(([, codes]) => codes)]);
	return {
		tables: [id],
		compute: (ctx) => [
			ctx.counted(
				id,
				spread(
					`SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, ${householdColumn()} AS Col,
						${rowOfCode('e.LivingSituation', rows, String(OTHERWISE_ROW))} AS Situation,
						${rowOfCode('e.LivingSituation', subtotals, '31')} AS Subtotal,
						${TOTAL_ROW} AS Total
					FROM u_client c JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID
					WHERE (${universe}) AND (${population})`,
					['Situation', 'Subtotal', 'Total']
				)
			)
		]
	};
}

/** Q15 universe: adults and heads of household of any age. */
export const q15 = livingSituation('Q15', EVERYONE, 'c.IsAdult OR c.IsHoH');
/** Q27d: the youth filter on Q15, limited to youth who head their household. */
export const q27d = livingSituation('Q27d', YOUTH, 'c.IsHoH');
