// Averages and medians of day counts per group of clients (Q22b, Q22c, Q22f, Q22g, ...), computed
// in SQL so no per-client work happens in JS beyond keeping the members behind each value.
import type { QuestionContext } from '../../question';
import type { Member } from '../../table';

export interface Summary {
	average: number;
	/** The middle value; the mean of the two middle values for an even count. */
	median: number;
	members: Member[];
}

/**
 * Summaries per group of `source`, a query returning Grp, Value, PersonalID, EnrollmentID and
 * HouseholdID (one row per client and group). Groups without rows are absent.
 */
export function summarize(ctx: QuestionContext, source: string): Map<string, Summary> {
	const rows = ctx.all<{ Grp: string; Average: number; Median: number }>(
		`WITH src AS (${source}), ranked AS (
			SELECT Grp, Value, ROW_NUMBER() OVER (PARTITION BY Grp ORDER BY Value) AS n,
				COUNT(*) OVER (PARTITION BY Grp) AS size
			FROM src
		)
		SELECT Grp, AVG(Value) AS Average,
			AVG(CASE WHEN n IN ((size + 1) / 2, (size + 2) / 2) THEN Value END) AS Median
		FROM ranked GROUP BY Grp`
	);
	const out = new Map<string, Summary>();
	for (const r of rows) out.set(String(r.Grp), { average: r.Average, median: r.Median, members: [] });
	const people = ctx.all<{ Grp: string; PersonalID: string; EnrollmentID: string; HouseholdID: string }>(
		`SELECT DISTINCT Grp, PersonalID, EnrollmentID, HouseholdID FROM (${source})`
	);
	for (const p of people) {
		out.get(String(p.Grp))?.members.push({
			personalId: String(p.PersonalID),
			enrollmentId: String(p.EnrollmentID),
			householdId: String(p.HouseholdID)
		});
	}
	return out;
}

/** Rounds to a whole number with ties to even, as HUD's reference code (R's round) does. */
export function roundHalfEven(x: number): number {
	const floor = Math.floor(x);
	const diff = x - floor;
	if (Math.abs(diff - 0.5) > 1e-9) return Math.round(x);
	return floor % 2 === 0 ? floor : floor + 1;
}
