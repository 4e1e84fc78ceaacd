// Q22a1 / Q27e (length of participation in ranges) and Q22b / Q27j (average and median), by
// leavers and stayers, over the length of stay of each client's latest stay (u_client.StayDays:
// days from project start, or bed nights for night-by-night shelters; report start ignored).
import type { Question } from '../../question';
import { countedQuestion } from '../common';
import { EVERYONE, YOUTH, spread, type Population } from './cells';
import { PROJECT_TYPE, fieldSet } from '../fields';
import { setAverageAndMedian, summarize } from './stats';

/** Upper bounds (inclusive, in days) of rows 2..10; longer stays go to row 11. */
const BOUNDS = [30, 60, 90, 180, 365, 730, 1095, 1460, 1825];

function rangeRow(days: string): string {
	const whens = BOUNDS.map((b, i) => `WHEN ${days} <= ${b} THEN ${i + 2}`);
	return `CASE ${whens.join(' ')} ELSE ${BOUNDS.length + 2} END`;
}

/** The days the ranges and averages count; the project type says whether they are bed nights. */
const FIELDS = fieldSet([PROJECT_TYPE, { label: 'Days in project', sql: 'c.StayDays' }]);

export function lengthOfParticipation(id: string, population: Population): Question {
	return countedQuestion(
		id,
		spread(
			`SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID,
				CASE WHEN c.IsLeaver THEN 'C' ELSE 'D' END AS Col,
				${rangeRow('c.StayDays')} AS Range, 12 AS Total
			FROM u_client c WHERE ${population}`,
			['Range', 'Total']
		),
		FIELDS
	);
}

export function averageLengthOfParticipation(id: string, population: Population): Question {
	return {
		tables: [id],
		fields: { [id]: FIELDS },
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
