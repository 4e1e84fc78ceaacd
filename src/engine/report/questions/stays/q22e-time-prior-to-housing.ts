// Q22e (and its youth twin Q27l): days from the date homelessness started (3.917.3) to housing,
// by household type; Q22g: the same measure by race and ethnicity.
import type { Question, QuestionContext } from '../../question';
import { householdColumn } from '../common';
import { EVERYONE, YOUTH, spread, type Population } from './cells';
import { PICKED_STAYS, PROJECT_TYPE, fieldSet, type FieldColumn } from '../fields';
import { PICKED_CLIENTS } from './fields';
import { PICKED_STAYS_WITH_RACE, raceColumn, raceColumns, raceFields } from './race';
import { setAverageAndMedian, summarize } from './stats';

/** Upper bounds (inclusive, in days) of rows 2..10; longer times go to row 11. */
const BOUNDS = [7, 14, 21, 30, 60, 90, 180, 365, 730];

/**
 * One row per client of the tables' project types (ES, TH, SH, PSH, PH, RRH, Pay for Success)
 * with the date they were housed and the date their homelessness started.
 * - Housed: permanent housing uses the move-in date (HUD's move-in handling); other types the
 *   project start. The reference code does not drop a head's move-in that falls after the
 *   report end here: stayers of such a household count as housed on it (Q22e) and, only in
 *   Q22g, as not yet moved in (HUD AAQ 250796). We follow it.
 * - Homelessness started: children (under 18) who started with the head take the head's date;
 *   children who joined later are left out of the table (reference code; HUD's text puts them
 *   in Data not collected); everyone else uses their own.
 * `columns` are more select terms over `c` (u_client) and the `join`ed tables. `clients` is
 * u_client or a part of it (PICKED_CLIENTS); only their households' heads are read.
 */
function housingSource(
	columns: string,
	join = '',
	clients = 'u_client'
): string {
	return `WITH head AS (
			SELECT ue.HouseholdID, MIN(ue.EntryDate) AS EntryDate, MIN(e.DateToStreetESSH) AS StartDate,
				MIN(CASE WHEN e.MoveInDate > u.ReportEnd AND e.MoveInDate >= e.EntryDate
					AND ue.ExitDate IS NULL THEN e.MoveInDate END) AS LateMoveIn
			FROM u_enrollment ue JOIN Enrollment e ON e.EnrollmentID = ue.EnrollmentID JOIN u_params u
			WHERE ue.RelationshipToHoH = 1 AND ue.HouseholdID IN (SELECT HouseholdID FROM ${clients})
			GROUP BY ue.HouseholdID
		)
		SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, ${columns},
			c.ProjectType, e.DateToStreetESSH,
			(c.ProjectType IN (3, 9, 13) OR c.IsPFS) AS IsPH,
			CASE WHEN c.ProjectType IN (3, 9, 13) OR c.IsPFS
				THEN COALESCE(c.MoveInDate, CASE WHEN c.ExitDate IS NULL THEN h.LateMoveIn END)
				ELSE c.EntryDate END AS HousedOn,
			CASE WHEN c.Age < 18 THEN CASE WHEN c.EntryDate = h.EntryDate THEN h.StartDate END
				ELSE e.DateToStreetESSH END AS HomelessSince
		FROM ${clients} c
		JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID
		LEFT JOIN head h ON h.HouseholdID = c.HouseholdID
		${join}
		WHERE (c.ProjectType IN (0, 1, 2, 3, 8, 9, 13) OR c.IsPFS)
			AND NOT COALESCE(c.Age < 18 AND c.EntryDate > h.EntryDate, 0)`;
}

function daysRow(days: string): string {
	return `CASE ${BOUNDS.map((b, i) => `WHEN ${days} <= ${b} THEN ${i + 2}`).join(' ')} ELSE 11 END`;
}

/** Days from the start of homelessness to housing of a housingSource row (`of`: its alias). */
const days = (of = '') =>
	`CAST(julianday(${of}HousedOn) - julianday(${of}HomelessSince) AS INTEGER)`;
const DAYS = days();

/**
 * The stay's own DateToStreetESSH, the start of homelessness and the housing date the rule
 * settled on (`s`: housingSource over the picked clients) and the days between them when they
 * can be measured; the project type says whether housing is the move-in or the start.
 */
const PRIOR_FIELDS: FieldColumn[] = [
	PROJECT_TYPE,
	{ label: 'DateToStreetESSH', sql: 'e.DateToStreetESSH' },
	{ label: 'Homelessness start counted', sql: 's.HomelessSince' },
	{ label: 'Housed on', sql: 's.HousedOn' },
	{
		label: 'Days from homelessness to housing',
		sql: `CASE WHEN s.HousedOn >= s.HomelessSince THEN ${days('s.')} END`
	}
];

/** The picked stays with their row of the rule's source, `s`. */
function withHousing(pickedStays: string): string {
	const source = housingSource('NULL AS Col', '', PICKED_CLIENTS);
	return `${pickedStays} LEFT JOIN (${source}) s ON s.EnrollmentID = p.EnrollmentID`;
}

/**
 * housingSource over everyone, once per run for Q22e, Q27l and Q22g (each used to build it):
 * Col is the household type's column, RaceCol the race group's (from column B), IsYouth
 * u_client's. Its rows carry the client's u_client columns the populations read, so a
 * Population (over alias `c`) filters it.
 */
function housing(ctx: QuestionContext): string {
	return ctx.temp(
		'housing_prior',
		housingSource(
			`${householdColumn()} AS Col, ${raceColumn('r', 1)} AS RaceCol, c.IsYouth, c.IsVeteran`,
			'JOIN Client r ON r.PersonalID = c.PersonalID'
		)
	);
}

export function timePriorToHousing(id: string, population: Population): Question {
	return {
		tables: [id],
		fields: { [id]: fieldSet(PRIOR_FIELDS, withHousing(PICKED_STAYS)) },
		compute: (ctx) => [
			ctx.counted(
				id,
				spread(
					// Row 13: permanent housing not yet moved in; row 14: no start date, or one after
					// housing.
					`SELECT *, CASE
							WHEN HousedOn IS NULL THEN 13
							WHEN HomelessSince IS NULL OR HomelessSince > HousedOn THEN 14
							ELSE ${daysRow(DAYS)} END AS Range,
						CASE WHEN HousedOn >= HomelessSince THEN 12 END AS Housed,
						15 AS Total
					FROM ${housing(ctx)} c WHERE ${population}`,
					['Range', 'Housed', 'Total']
				)
			)
		]
	};
}

/**
 * Q22g: Q22e's people whose time can be measured (the reference code leaves out everyone
 * else, so permanent housing clients who never moved in are in no row), by race. Row 3 holds
 * permanent housing stayers housed only after the report end.
 */
export const q22g: Question = {
	tables: ['Q22g'],
	fields: {
		Q22g: fieldSet([...PRIOR_FIELDS, ...raceFields('r')], withHousing(PICKED_STAYS_WITH_RACE))
	},
	compute(ctx) {
		const measured = `SELECT PersonalID, EnrollmentID, HouseholdID, RaceCol AS Col, ${DAYS} AS Days,
				CASE WHEN IsPH AND HousedOn > u.ReportEnd THEN 3 ELSE 2 END AS Row
			FROM ${housing(ctx)} JOIN u_params u
			WHERE HousedOn >= HomelessSince`;
		const table = ctx.counted('Q22g', spread(measured, ['Row'], ['Col']));
		const stats = summarize(
			ctx,
			`SELECT Col AS Grp, Days AS Value, PersonalID, EnrollmentID, HouseholdID
			FROM (${measured}) WHERE Row = 2`
		);
		setAverageAndMedian(table, stats, raceColumns(1), 4, 5);
		return [table];
	}
};

export const q22e = timePriorToHousing('Q22e', EVERYONE);
export const q27l = timePriorToHousing('Q27l', YOUTH);
