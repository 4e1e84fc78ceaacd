// Q22a1 / Q27e (length of participation in ranges) and Q22b / Q27j (average and median), by
// leavers and stayers, over the length of stay of each client's latest stay (u_client.StayDays:
// days from project start, or bed nights for night-by-night shelters; report start ignored).
// The CAPER's ranges (Q22a2, Q22d) are lengthRanges with their own bounds and columns.
import type { Question } from '../../question';
import { countedQuestion } from '../common';
import { EVERYONE, YOUTH, spread, type Population } from './cells';
import { PROJECT_TYPE, fieldSet } from '../fields';
import { setAverageAndMedian, summarize } from './stats';

/** Upper bounds (inclusive, in days) of the CoC ranges, rows 2..10; longer stays go to row 11. */
const COC_BOUNDS = [30, 60, 90, 180, 365, 730, 1095, 1460, 1825];

/** SQL: the row of `days` in ranges with these upper bounds from row 2, longer in the row after. */
function rangeRow(days: string, bounds: number[]): string {
	const whens = bounds.map((b, i) => `WHEN ${days} <= ${b} THEN ${i + 2}`);
	return `CASE ${whens.join(' ')} ELSE ${bounds.length + 2} END`;
}

/** The days the ranges and averages count; the project type says whether they are bed nights. */
const LENGTH_FIELDS = fieldSet([
	PROJECT_TYPE,
	{ label: 'Days in project', sql: 'c.StayDays' }
]);

/** Columns C Leavers and D Stayers (B is Total). */
export const LEAVERS_AND_STAYERS = `CASE WHEN c.IsLeaver THEN 'C' ELSE 'D' END`;

/**
 * A length-of-participation table: each client of the population in the range row of the
 * length of stay and in the Total row after the ranges, in column B and in the column `column`
 * gives (SQL over u_client `c`).
 */
export function lengthRanges(
	id: string,
	{ bounds, column, population }: { bounds: number[]; column: string; population: Population }
): Question {
	return countedQuestion(
		id,
		spread(
			`SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, ${column} AS Col,
				${rangeRow('c.StayDays', bounds)} AS Range, ${bounds.length + 3} AS Total
			FROM u_client c WHERE ${population}`,
			['Range', 'Total']
		),
		LENGTH_FIELDS
	);
}

export function lengthOfParticipation(id: string, population: Population): Question {
	return lengthRanges(id, { bounds: COC_BOUNDS, column: LEAVERS_AND_STAYERS, population });
}

export function averageLengthOfParticipation(id: string, population: Population): Question {
	return {
		tables: [id],
		fields: { [id]: LENGTH_FIELDS },
		compute(ctx) {
			const table = ctx.table(id);
			// Stays that end before they start are left out (HUD: they show in Q6b instead).
			const stats = summarize(
				ctx,
				`SELECT CASE WHEN c.IsLeaver THEN 'B' ELSE 'C' END AS Grp, c.StayDays AS Value,
					c.PersonalID, c.EnrollmentID, c.HouseholdID
				FROM u_client c
				WHERE (${population}) AND (c.ExitDate IS NULL OR c.ExitDate >= c.EntryDate)`
			);
			setAverageAndMedian(table, stats, ['B', 'C'], 2, 3);
			return [table];
		}
	};
}

export const q22a1 = lengthOfParticipation('Q22a1', EVERYONE);
export const q27e = lengthOfParticipation('Q27e', YOUTH);
export const q22b = averageLengthOfParticipation('Q22b', EVERYONE);
export const q27j = averageLengthOfParticipation('Q27j', YOUTH);
