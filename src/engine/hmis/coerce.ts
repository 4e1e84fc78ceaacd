// Parsers from CSV text to the values SQLite stores, one per HUD column type (strings are kept as
// they are). They run on every cell of every row: `undefined` means "does not parse".
import type { ColumnType } from './schema';

export type CellValue = string | number | null;

const INTEGER = /^\s*[-+]?\d+(\.0*)?\s*$/;
const MONEY = /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z?)?$/;
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by `len` ASCII digits at `at`, or -1 when any is not a digit. */
function digits(text: string, at: number, len: number): number {
	let v = 0;
	for (let i = at; i < at + len; i++) {
		const c = text.charCodeAt(i) - 48;
		if (c < 0 || c > 9) return -1;
		v = v * 10 + c;
	}
	return v;
}

function validDay(y: number, m: number, d: number): boolean {
	if (m < 1 || m > 12 || d < 1 || d > DAYS[m]) return false;
	return m !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

/** Integers, accepting "3" and "3.0" (some producers write whole numbers with a decimal). */
export function parseInteger(text: string): number | undefined {
	const n = text.length;
	if (n > 0 && n < 10) {
		// Fast path: plain digits, which is nearly every cell.
		let v = 0;
		let i = 0;
		for (; i < n; i++) {
			const c = text.charCodeAt(i) - 48;
			if (c < 0 || c > 9) break;
			v = v * 10 + c;
		}
		if (i === n) return v;
	}
	if (!INTEGER.test(text)) return undefined;
	const v = Number.parseInt(text.trim(), 10);
	return Number.isSafeInteger(v) ? v : undefined;
}

/** Money as a plain decimal ("1250.00"); no currency sign or thousands separators. */
export function parseMoney(text: string): number | undefined {
	return MONEY.test(text) ? Number(text) : undefined;
}

/** Dates as 'YYYY-MM-DD'; a datetime in a date column keeps its date part. */
export function parseDate(text: string): string | undefined {
	if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
		const y = digits(text, 0, 4);
		return y >= 0 && validDay(y, digits(text, 5, 2), digits(text, 8, 2)) ? text : undefined;
	}
	const p = DATE_TIME.exec(text.trim());
	if (!p || !validDay(+p[1], +p[2], +p[3])) return undefined;
	return `${p[1]}-${p[2]}-${p[3]}`;
}

/** Datetimes as 'YYYY-MM-DD HH:MM:SS'; a 'T' separator, missing seconds or a bare date are completed. */
export function parseDateTime(text: string): string | undefined {
	if (
		text.length === 19 &&
		text.charCodeAt(4) === 45 &&
		text.charCodeAt(7) === 45 &&
		text.charCodeAt(10) === 32 &&
		text.charCodeAt(13) === 58 &&
		text.charCodeAt(16) === 58
	) {
		// Fast path for the usual 'YYYY-MM-DD HH:MM:SS', without slicing the text.
		const y = digits(text, 0, 4);
		const h = digits(text, 11, 2);
		const mi = digits(text, 14, 2);
		const s = digits(text, 17, 2);
		const ok = y >= 0 && validDay(y, digits(text, 5, 2), digits(text, 8, 2));
		return ok && h >= 0 && h < 24 && mi >= 0 && mi < 60 && s >= 0 && s < 60 ? text : undefined;
	}
	const p = DATE_TIME.exec(text.trim());
	if (!p || !validDay(+p[1], +p[2], +p[3])) return undefined;
	const [h, mi, s] = [p[4] ?? '00', p[5] ?? '00', p[6] ?? '00'];
	if (+h > 23 || +mi > 59 || +s > 59) return undefined;
	return `${p[1]}-${p[2]}-${p[3]} ${h}:${mi}:${s}`;
}

export const SQL_TYPES: Record<ColumnType, string> = {
	string: 'TEXT',
	integer: 'INTEGER',
	money: 'REAL',
	date: 'TEXT',
	datetime: 'TEXT'
};
