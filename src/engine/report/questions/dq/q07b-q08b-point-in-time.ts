// Q7b / Q8b Point-in-Time Count of Persons / Households on the Last Wednesday of January, April,
// July and October: occupancy from every active enrollment (not only the latest), each person
// or head of household shown in the household type of their latest stay. definitions.md §12.
import type { Question, QuestionContext } from '../../question';
import type { ReportTable } from '../../table';
import { householdTypeTable } from '../common';

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
 * Active enrollments present on each point-in-time date: row, PersonalID, EnrollmentID,
 * HouseholdID.
 * Move-in projects (3, 13, 7 with Pay for Success): in the project, not exited, moved in by then.
 * Night-by-night shelters: a bed night on that date. Street outreach, services only and day
 * shelters may have exited on the date itself; the reference code extends that only to these
 * types (the spec also lists 7, 12 and 14), so do we. Everyone else: entered and not exited.
 */
function presentSql(ctx: QuestionContext): string {
	const dates = pitDates(ctx.params.start, ctx.params.end);
	// A range too short to hold any of the four months has no point-in-time dates.
	const pit = dates.length
		? `VALUES ${dates.map(([row, d]) => `(${row}, '${d}')`).join(', ')}`
		: 'SELECT NULL, NULL WHERE 0';
	return `WITH pit(row, d) AS (${pit})
	SELECT p.row, e.PersonalID, e.EnrollmentID, e.HouseholdID
	FROM u_enrollment e CROSS JOIN pit p
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
	return householdTypeTable(
		ctx,
		id,
		`SELECT s.row, s.PersonalID, s.EnrollmentID, s.HouseholdID, c.HouseholdType
		FROM (${source}) s JOIN u_client c ON c.PersonalID = s.PersonalID`
	);
}

export const q07b: Question = {
	tables: ['Q7b'],
	compute: (ctx) => [byHouseholdType(ctx, 'Q7b', presentSql(ctx))]
};

// A household is present when any member is present by the Q7b tests, and is counted through
// its head of household's active enrollment. In move-in projects the spec asks for the head
// to be present; the reference code also counts a household whose head has left while another
// member stays housed, and so do we.
export const q08b: Question = {
	tables: ['Q8b'],
	compute(ctx) {
		const heads = `WITH present AS (${presentSql(ctx)}), households AS (
			SELECT DISTINCT row, HouseholdID FROM present
		)
		SELECT h.row, e.PersonalID, e.EnrollmentID, e.HouseholdID
		FROM households h
		JOIN u_enrollment e ON e.HouseholdID = h.HouseholdID AND e.RelationshipToHoH = 1`;
		return [byHouseholdType(ctx, 'Q8b', heads)];
	}
};
