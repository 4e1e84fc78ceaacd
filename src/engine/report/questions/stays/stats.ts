// Averages and medians of day counts per group of clients (Q22b, Q22c, Q22f, Q22g, ...). One
// set-based query returns the values sorted; the members behind each value come with them.
import type { QuestionContext } from '../../question';
import { setValue, type Member, type ReportTable } from '../../table';

export interface Summary {
	average: number;
	/** The middle value; the mean of the two middle values for an even count. */
	median: number;
	members: Member[];
}

interface ValueRow {
	Grp: string;
	Value: number;
	PersonalID: string;
	EnrollmentID: string;
	HouseholdID: string;
}

/**
 * Summaries per group of `source`, a query returning Grp, Value, PersonalID, EnrollmentID and
 * HouseholdID (one row per client and group). Groups without rows are absent.
 */
export function summarize(ctx: QuestionContext, source: string): Map<string, Summary> {
	const rows = ctx.all<ValueRow>(
		`SELECT Grp, Value, PersonalID, EnrollmentID, HouseholdID FROM (${source}) ORDER BY Grp, Value`
	);
	const groups = new Map<string, { values: number[]; members: Member[] }>();
	for (const r of rows) {
		const key = String(r.Grp);
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { values: [], members: [] }));
		g.values.push(r.Value);
		g.members.push({
			personalId: String(r.PersonalID),
			enrollmentId: String(r.EnrollmentID),
			householdId: String(r.HouseholdID)
		});
	}
	const out = new Map<string, Summary>();
	for (const [key, { values, members }] of groups) {
		const n = values.length;
		const median = (values[Math.floor((n - 1) / 2)] + values[Math.floor(n / 2)]) / 2;
		out.set(key, { average: values.reduce((a, b) => a + b, 0) / n, median, members });
	}
	return out;
}

/**
 * Sets each column's average (row `averageRow`) and median (row `medianRow`) from `stats`,
 * keyed by column letter, with the clients behind them; 0 for a column with no one.
 */
export function setAverageAndMedian(
	table: ReportTable,
	stats: Map<string, Summary>,
	columns: string[],
	averageRow: number,
	medianRow: number
): void {
	for (const col of columns) {
		const s = stats.get(col);
		setValue(table, `${col}${averageRow}`, s?.average ?? 0, 'average', s?.members);
		setValue(table, `${col}${medianRow}`, s?.median ?? 0, 'average', s?.members);
	}
}

/** Rounds to a whole number with ties to even, as HUD's reference code (R's round) does. */
export function roundHalfEven(x: number): number {
	const floor = Math.floor(x);
	const diff = x - floor;
	if (Math.abs(diff - 0.5) > 1e-9) return Math.round(x);
	return floor % 2 === 0 ? floor : floor + 1;
}
