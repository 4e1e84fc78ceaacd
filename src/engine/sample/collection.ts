// When a stay's assessments are recorded: at project start, at each annual assessment of the
// household, and at exit. IncomeBenefits, Disabilities, HealthAndDV and the youth files all
// use the same points, so a missing assessment is missing in every file.
import { addYears } from './dates';
import type { Episode, Family, Stay } from './model';
import { unit } from './rng';
import { REPORT_END } from './timeline';

export const START = 1;
export const EXIT = 3;
export const ANNUAL = 5;

export interface CollectionPoint {
	stage: number;
	day: number;
}

/** Fills `out` with the stay's collection points in date order and returns how many. */
export function collectionPoints(
	family: Family,
	ep: Episode,
	stay: Stay,
	out: CollectionPoint[]
): number {
	out.length = 0;
	if (ep.project.type === 14) return 0;
	const id = stay.enrollmentId;
	// Problem families keep their head's records, so each problem lands where it is meant to.
	const keep = family.problem !== null && stay.member.position === 0;
	if (keep || unit(family.seed, id * 4 + 1) >= 0.02) out.push({ stage: START, day: stay.entry });
	// Anniversaries fall at least 365 days after the start: most stays never reach one.
	const lastDay = ep.exit >= 0 ? Math.min(REPORT_END, ep.exit - 1) : REPORT_END;
	for (let year = 1; ep.entry + 365 <= lastDay; year++) {
		// The household's anniversary is counted from the head's project start.
		const anniversary = addYears(ep.entry, year);
		if (anniversary > REPORT_END || (ep.exit >= 0 && anniversary >= ep.exit)) break;
		if (stay.entry > anniversary) continue;
		const key = ep.householdId * 64 + year;
		if (unit(family.seed, key) < 0.06) continue;
		const jitter = Math.floor(unit(family.seed, key + 32) * 51) - 25;
		out.push({ stage: ANNUAL, day: Math.max(stay.entry, Math.min(anniversary + jitter, lastDay)) });
	}
	if (ep.exit >= 0 && (keep || unit(family.seed, id * 4 + 2) >= 0.03))
		out.push({ stage: EXIT, day: ep.exit });
	return out.length;
}
