// Q22c (and its youth twin Q27k): days from project start to housing move-in by household type;
// Q22f: the same people by race and ethnicity. PSH and RRH (and Pay for Success) only.
import type { Question, QuestionContext } from '../../question';
import { setValue } from '../../table';
import { householdColumn } from '../common';
import { EVERYONE, YOUTH, spread, type Population } from './cells';
import { fieldSet, type FieldColumn } from '../fields';
import { PICKED_STAYS_WITH_RACE, raceColumn, raceColumns, raceFields } from './race';
import { roundHalfEven, setAverageAndMedian, summarize } from './stats';

/** Upper bounds (inclusive, in days) of rows 2..10; a longer wait counts in row 11 only. */
const BOUNDS = [7, 14, 21, 30, 60, 90, 180, 365, 730];

/** Days from a u_client row's own project start to its own move-in (HUD's move-in handling). */
const DAYS_TO_MOVE_IN = `CASE WHEN c.MoveInDate IS NOT NULL
	THEN CAST(julianday(c.MoveInDate) - julianday(c.EntryDate) AS INTEGER) END`;

/**
 * Universe: clients whose head of household moved in during the report range (each with their
 * own move-in per HUD's move-in handling: the head's date, or their start if they joined after),
 * plus leavers whose household never moved in. Days = own move-in minus own project start.
 */
function moveInSource(population: Population, column: string, join = ''): string {
	return `SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, ${column} AS Col,
			${DAYS_TO_MOVE_IN} AS Days,
			c.MoveInDate IS NOT NULL AS MovedIn
		FROM u_client c JOIN u_params u ${join}
		WHERE (c.ProjectType IN (3, 13) OR c.IsPFS) AND (${population})
			AND ((c.HoHMoveInDate BETWEEN u.ReportStart AND u.ReportEnd AND c.MoveInDate IS NOT NULL)
				OR (c.IsLeaver AND c.MoveInDate IS NULL))`;
}

/**
 * The stay's own recorded MoveInDate, the head's date that puts the household in the table, the
 * date counted for this client and the days counted.
 */
const MOVE_IN_FIELDS: FieldColumn[] = [
	{ label: 'MoveInDate', sql: 'e.MoveInDate' },
	{ label: "Head's move-in date", sql: 'c.HoHMoveInDate' },
	{ label: 'Move-in date counted', sql: 'c.MoveInDate' },
	{ label: 'Days to move in', sql: DAYS_TO_MOVE_IN }
];

function daysRow(days: string): string {
	return `CASE ${BOUNDS.map((b, i) => `WHEN ${days} <= ${b} THEN ${i + 2}`).join(' ')} END`;
}

export function timeToMoveIn(id: string, population: Population): Question {
	const source = moveInSource(population, householdColumn());
	return {
		tables: [id],
		fields: { [id]: fieldSet(MOVE_IN_FIELDS) },
		compute(ctx: QuestionContext) {
			const table = ctx.counted(
				id,
				spread(
					`SELECT *, CASE WHEN MovedIn THEN ${daysRow('Days')} END AS Range,
						CASE WHEN MovedIn THEN 11 END AS Housed,
						CASE WHEN NOT MovedIn THEN 13 END AS NotHoused, 14 AS Total
					FROM (${source})`,
					['Range', 'Housed', 'NotHoused', 'Total']
				)
			);
			// Row 12: mean days to move in, rounded to whole days as HUD's reference code does.
			const stats = summarize(
				ctx,
				`WITH s AS MATERIALIZED (${source})
				SELECT 'B' AS Grp, Days AS Value, PersonalID, EnrollmentID, HouseholdID FROM s WHERE MovedIn
				UNION ALL
				SELECT Col, Days, PersonalID, EnrollmentID, HouseholdID FROM s WHERE MovedIn`
			);
			for (const col of ['B', 'C', 'D', 'E', 'F']) {
				const s = stats.get(col);
				setValue(table, `${col}12`, s ? roundHalfEven(s.average) : 0, 'average', s?.members);
			}
			return [table];
		}
	};
}

/** Q22f: Q22c's people by race and ethnicity, with the mean and median days to move in. */
export const q22f: Question = {
	tables: ['Q22f'],
	fields: { Q22f: fieldSet([...MOVE_IN_FIELDS, ...raceFields('r')], PICKED_STAYS_WITH_RACE) },
	compute(ctx) {
		const withRace = moveInSource(
			EVERYONE,
			raceColumn('r', 1),
			'JOIN Client r ON r.PersonalID = c.PersonalID'
		);
		const table = ctx.counted(
			'Q22f',
			spread(
				`SELECT *, CASE WHEN MovedIn THEN 2 ELSE 3 END AS Row FROM (${withRace})`,
				['Row'],
				['Col']
			)
		);
		const stats = summarize(
			ctx,
			`SELECT Col AS Grp, Days AS Value, PersonalID, EnrollmentID, HouseholdID
			FROM (${withRace}) WHERE MovedIn`
		);
		setAverageAndMedian(table, stats, raceColumns(1), 4, 5);
		return [table];
	}
};

export const q22c = timeToMoveIn('Q22c', EVERYONE);
export const q27k = timeToMoveIn('Q27k', YOUTH);
