// How numbers, dates and sizes read on the page: one place, so every table agrees.
const integer = new Intl.NumberFormat('en-US');

export function count(n: number): string {
	return integer.format(n);
}

/** "1 error", "3 errors": a count with its noun in the right number. */
export function countOf(n: number, one: string, many: string): string {
	return `${count(n)} ${n === 1 ? one : many}`;
}

export function bytes(n: number): string {
	if (n < 1024) return `${n} B`;
	const units = ['KB', 'MB', 'GB'];
	let value = n / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function seconds(millis: number): string {
	return millis < 1000 ? `${Math.round(millis)} ms` : `${(millis / 1000).toFixed(1)} s`;
}

/** A date or datetime from the export, shown as written (ISO), or a dash when absent. */
export function date(value: string | null): string {
	return value ? value.slice(0, 10) : '—';
}

export function orDash(value: string | null | undefined): string {
	return value ? value : '—';
}
