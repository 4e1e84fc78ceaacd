// Calendar arithmetic on day numbers (days since 1970-01-01, UTC) with the date strings
// precomputed once, because the generator writes tens of millions of dates.

export const DAY_MS = 86_400_000;

export function dayOf(year: number, month: number, day: number): number {
	return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

const FIRST = dayOf(1900, 1, 1);
const LAST = dayOf(2030, 12, 31);
let table: string[] | null = null;

function format(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** yyyy-mm-dd of a day number. */
export function dateText(day: number): string {
	if (day < FIRST || day > LAST) return format(day);
	if (table === null) {
		table = new Array<string>(LAST - FIRST + 1);
		for (let d = FIRST; d <= LAST; d++) table[d - FIRST] = format(d);
	}
	return table[day - FIRST];
}

export function yearOf(day: number): number {
	return new Date(day * DAY_MS).getUTCFullYear();
}

/** The same calendar date n years later (29 February becomes 28 February). */
export function addYears(day: number, years: number): number {
	const d = new Date(day * DAY_MS);
	const y = d.getUTCFullYear() + years;
	const m = d.getUTCMonth();
	const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
	return Math.floor(Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / DAY_MS);
}

/** Whole years from one day to another, birthday-aware. */
export function yearsBetween(from: number, to: number): number {
	const a = new Date(from * DAY_MS);
	const b = new Date(to * DAY_MS);
	let years = b.getUTCFullYear() - a.getUTCFullYear();
	const beforeBirthday =
		b.getUTCMonth() < a.getUTCMonth() ||
		(b.getUTCMonth() === a.getUTCMonth() && b.getUTCDate() < a.getUTCDate());
	if (beforeBirthday) years--;
	return years;
}
