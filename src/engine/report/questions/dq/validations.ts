// Q5a Report Validations Table (Glossary DQ Q1): who counts in each row, once for the
// data-quality universe (column B) and once for everyone (column C). The Q6 tables take their
// percentage denominators from the same rules.
import type { Question, QuestionContext } from '../../question';
import { Placements } from './members';

/** Q5a rows and the u_client condition (alias c) of each; LongStay is computed below. */
export const VALIDATION_ROWS: [row: number, condition: string][] = [
	[2, '1'],
	[3, 'c.IsAdult'],
	[4, 'c.IsChild'],
	[5, 'c.Age IS NULL'],
	[6, 'c.IsLeaver'],
	[7, 'c.IsLeaver AND c.IsAdult'],
	[8, 'c.IsLeaver AND (c.IsAdult OR c.IsHoH)'],
	[9, 'c.IsStayer'],
	[10, 'c.IsStayer AND c.IsAdult'],
	[11, 'c.IsVeteran'],
	[12, "c.Chronic = 'Y'"],
	[13, 'c.IsYouth'],
	[14, 'c.IsParentingYouth'],
	[15, 'c.IsAdult AND c.IsHoH'],
	[16, 'c.IsHoH AND c.IsAdult IS NOT 1'],
	[17, 'c.LongStay']
];

// Row 17: a head of household or adult stayer in the project 365 days or more, and every adult
// of a household whose head is such a stayer (even one who joined later). Like the reference
// code, the adult of a long-staying household is not re-checked for being a stayer.
const CLIENTS = `
WITH long_head AS (
	SELECT DISTINCT HouseholdID FROM u_client WHERE IsHoH AND IsStayer AND StayDays >= 365
)
SELECT u.rowid AS i, u.*,
	(u.IsStayer AND u.StayDays >= 365 AND (u.IsHoH OR u.IsAdult))
		OR (u.IsAdult AND u.HouseholdID IN (SELECT HouseholdID FROM long_head)) AS LongStay
FROM u_client u`;

/** Q5a counts by row: `dq` = column B (DQ universe), `all` = column C. */
export type Validations = Record<number, { dq: number; all: number }>;

const counted = new WeakMap<QuestionContext, Validations>();

/** The Q5a counts without members, for the Q6 denominators ("VAL.B2" ...); once per run. */
export function validationCounts(ctx: QuestionContext): Validations {
	const known = counted.get(ctx);
	if (known) return known;
	const sums = VALIDATION_ROWS.map(
		([row, cond]) => `SUM(CASE WHEN ${cond} THEN c.InDQ ELSE 0 END) AS dq${row},
			SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END) AS all${row}`
	).join(',\n');
	const [r] = ctx.all<Record<string, number | null>>(
		`WITH c AS (${CLIENTS}) SELECT ${sums} FROM c`
	);
	const counts: Validations = {};
	for (const [row] of VALIDATION_ROWS)
		counts[row] = { dq: r[`dq${row}`] ?? 0, all: r[`all${row}`] ?? 0 };
	counted.set(ctx, counts);
	return counts;
}

export const q05a: Question = {
	tables: ['Q5a'],
	compute(ctx) {
		// One row per client with a bit per Q5a row; column C always, column B in the DQ universe.
		const mask = VALIDATION_ROWS.map(
			([, cond], k) => `CASE WHEN ${cond} THEN ${2 ** k} ELSE 0 END`
		).join(' + ');
		const sql = `WITH c AS (${CLIENTS}) SELECT c.i, c.InDQ AS dq, ${mask} AS m FROM c`;
		const places = new Placements(ctx);
		for (const r of ctx.all<{ i: number; dq: number; m: number }>(sql)) {
			VALIDATION_ROWS.forEach(([row], k) => {
				if (!(r.m & (1 << k))) return;
				places.add(`C${row}`, r.i);
				if (r.dq) places.add(`B${row}`, r.i);
			});
		}
		return [places.fill(ctx.table('Q5a'))];
	}
};
