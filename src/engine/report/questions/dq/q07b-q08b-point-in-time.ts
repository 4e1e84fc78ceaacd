// Q7b / Q8b Point-in-Time Count of Persons / Households on the Last Wednesday of January, April,
// July and October: occupancy from every active enrollment (not only the latest), each person
// or head of household shown in the household type of their latest stay. definitions.md §12.
import type { FieldSet } from '../../cell-fields';
import type { Question, QuestionContext } from '../../question';
import type { ReportTable } from '../../table';
import { householdTypeTable } from '../common';
import { householdTypeWords } from './fields';

const MONTHS: [row: number, month: number][] = [
	[2, 1],
	[3, 4],
	[4, 7],
	[5, 10]
];

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The point-in-time date of each row: the latest last-Wednesday of the month inside the report
 * range. When the range cuts a month short, the reference code takes the last Wednesday of that
 * month inside the range, as this does; a month with no Wednesday in the range looks a year back.
 */
export function pitDates(start: string, end: string): [row: number, date: string][] {
	const dates: [number, string][] = [];
	for (const [row, month] of MONTHS) {
		for (let year = Number(end.slice(0, 4)); year >= Number(start.slice(0, 4)); year--) {
			const last = new Date(Date.UTC(year, month, 0));
			const upto = iso(last) > end ? new Date(`${end}T00:00:00Z`) : last;
			upto.setUTCDate(upto.getUTCDate() - ((upto.getUTCDay() - 3 + 7) % 7));
			const d = iso(upto);
			if (d >= start && d.slice(5, 7) === String(month).padStart(2, '0')) {
				dates.push([row, d]);
				break;
			}
		}
	}
	return dates;
}

/**
 * Creates pit_date (row, d), the run's point-in-time dates, once per run; the cells' fields read
 * it too. A range too short to hold any of the four months has none.
 */
function ensurePitDates(ctx: QuestionContext): void {
	const dates = pitDates(ctx.params.start, ctx.params.end).map(
		([row, d]) => `SELECT ${row} AS row, '${d}' AS d`
	);
	ctx.temp('pit_date', dates.join(' UNION ALL ') || 'SELECT NULL AS row, NULL AS d WHERE 0');
}

/**
 * Enrollments of `enrollments` (alias e: u_enrollment rows) present on each point-in-time date:
 * row, d, PersonalID, EnrollmentID, HouseholdID.
 * Move-in projects (3, 13, 7 with Pay for Success): in the project, not exited, moved in by then.
 * Night-by-night shelters: a bed night on that date. Street outreach, services only and day
 * shelters may have exited on the date itself; the reference code extends that only to these
 * types (the spec also lists 7, 12 and 14), so do we. Everyone else: entered and not exited.
 */
function present(enrollments: string): string {
	return `SELECT p.row, p.d, e.PersonalID, e.EnrollmentID, e.HouseholdID
	FROM ${enrollments} CROSS JOIN pit_date p
	LEFT JOIN u_move_in m ON m.EnrollmentID = e.EnrollmentID
	WHERE CASE
		WHEN e.ProjectType = 1 THEN EXISTS (SELECT 1 FROM Services s
			WHERE s.EnrollmentID = e.EnrollmentID
			AND s.RecordType = 200 AND s.TypeProvided = 200 AND s.DateProvided = p.d)
		WHEN e.ProjectType IN (3, 13) OR e.IsPFS THEN e.EntryDate <= p.d
			AND (e.ExitDate IS NULL OR e.ExitDate > p.d) AND m.MoveInDate <= p.d
		WHEN e.ProjectType IN (4, 6, 11) THEN e.EntryDate <= p.d
			AND (e.ExitDate IS NULL OR e.ExitDate >= p.d)
		ELSE e.EntryDate <= p.d AND (e.ExitDate IS NULL OR e.ExitDate > p.d)
	END`;
}

/**
 * A table of enrollments placed by `source` (row, PersonalID, EnrollmentID, HouseholdID): each
 * person once per row, in Total and in the household type column of their latest stay.
 */
function byHouseholdType(ctx: QuestionContext, id: string, source: string): ReportTable {
	ensurePitDates(ctx);
	return householdTypeTable(
		ctx,
		id,
		`SELECT s.row, s.PersonalID, s.EnrollmentID, s.HouseholdID, c.HouseholdType
		FROM (${source}) s JOIN u_client c ON c.PersonalID = s.PersonalID`
	);
}

/**
 * The enrollments a members page picked, page first (see PICKED_CLIENTS); u_enrollment is indexed
 * on its household only.
 */
const PICKED_ENROLLMENTS = `picked pk
	CROSS JOIN Enrollment x ON x.EnrollmentID = pk.EnrollmentID
	CROSS JOIN u_enrollment e ON e.HouseholdID = x.HouseholdID AND e.PersonalID = x.PersonalID
		AND e.EnrollmentID = x.EnrollmentID`;

/**
 * The fields of a point-in-time table: the project type that sets the presence test, the dates
 * `dates` gives (EnrollmentID, Dates) for the picked enrollment, its move-in date and the
 * household type of the latest stay (the column; the panel shows the counted stay's).
 */
function pitFields(datesLabel: string, dates: string): FieldSet {
	return {
		fields: [
			{ label: 'ProjectType', list: '2.02.6' },
			{ label: datesLabel },
			{ label: 'Housing move-in date' },
			{ label: 'Household type of latest stay' }
		],
		sql: `WITH dates AS (${dates})
		SELECT pk.EnrollmentID, e.ProjectType, dates.Dates, m.MoveInDate,
			${householdTypeWords('c.HouseholdType')}
		FROM ${PICKED_ENROLLMENTS}
		LEFT JOIN dates ON dates.EnrollmentID = e.EnrollmentID
		LEFT JOIN u_move_in m ON m.EnrollmentID = e.EnrollmentID
		LEFT JOIN u_client c ON c.PersonalID = e.PersonalID`
	};
}

/** present() over every active enrollment, once per run: Q7b counts them, Q8b their households. */
function presentAll(ctx: QuestionContext): string {
	ensurePitDates(ctx);
	return ctx.temp('pit_present', present('u_enrollment e'));
}

export const q07b: Question = {
	tables: ['Q7b'],
	compute: (ctx) => [byHouseholdType(ctx, 'Q7b', `SELECT * FROM ${presentAll(ctx)}`)],
	fields: {
		Q7b: pitFields(
			'Present on',
			`SELECT EnrollmentID, group_concat(d, ', ' ORDER BY d) AS Dates
			FROM (${present(PICKED_ENROLLMENTS)}) GROUP BY EnrollmentID`
		)
	}
};

// A household is present when any member is present by the Q7b tests, and is counted through
// its head of household's active enrollment. In move-in projects the spec asks for the head
// to be present; the reference code also counts a household whose head has left while another
// member stays housed, and so do we.
const heads = (present: string) => `WITH households AS (
	SELECT DISTINCT row, HouseholdID FROM ${present}
)
SELECT h.row, e.PersonalID, e.EnrollmentID, e.HouseholdID
FROM households h
JOIN u_enrollment e ON e.HouseholdID = h.HouseholdID AND e.RelationshipToHoH = 1`;

// The dates any active member of the head's household is present on.
const HOUSEHOLD_DATES = `WITH members AS (${present(`picked pk
	CROSS JOIN Enrollment x ON x.EnrollmentID = pk.EnrollmentID
	CROSS JOIN u_enrollment e ON e.HouseholdID = x.HouseholdID`)}
), days AS (SELECT DISTINCT HouseholdID, d FROM members)
SELECT x.EnrollmentID, group_concat(days.d, ', ' ORDER BY days.d) AS Dates
FROM picked pk CROSS JOIN Enrollment x ON x.EnrollmentID = pk.EnrollmentID
JOIN days ON days.HouseholdID = x.HouseholdID
GROUP BY x.EnrollmentID`;

export const q08b: Question = {
	tables: ['Q8b'],
	compute: (ctx) => [byHouseholdType(ctx, 'Q8b', heads(presentAll(ctx)))],
	fields: { Q8b: pitFields('Household present on', HOUSEHOLD_DATES) }
};
