// The report periods the setup offers in one click: HUD's last federal fiscal year (October to
// September), the last calendar year and the export's own period. Dates are plain YYYY-MM-DD
// text, as HMIS dates are, so no time zone ever shifts a day.

export interface DateRange {
	start: string;
	end: string;
}

export type PresetId = 'federal-fiscal-year' | 'calendar-year' | 'export-period';

export interface Preset extends DateRange {
	id: PresetId;
	label: string;
}

/** Today in the user's own calendar, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The most recent federal fiscal year that has ended by `today` (FY2026 = Oct 2025 to Sep 2026). */
export function lastFederalFiscalYear(today: string): DateRange & { fiscalYear: number } {
	const year = Number(today.slice(0, 4));
	// A fiscal year ends on 30 September; from 1 October on, the one that just ended is current year's.
	const fiscalYear = today.slice(5) >= '10-01' ? year : year - 1;
	return { start: `${fiscalYear - 1}-10-01`, end: `${fiscalYear}-09-30`, fiscalYear };
}

export function lastCalendarYear(today: string): DateRange {
	const year = Number(today.slice(0, 4)) - 1;
	return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The export's own period from Export.csv, or null when it does not give both dates. */
export function exportPeriod(
	exportStartDate: string | null | undefined,
	exportEndDate: string | null | undefined
): DateRange | null {
	if (!exportStartDate || !exportEndDate) return null;
	return { start: exportStartDate.slice(0, 10), end: exportEndDate.slice(0, 10) };
}

/** The presets that apply: the export period only when Export.csv gives one. */
export function presetsFor(today: string, period: DateRange | null): Preset[] {
	const ffy = lastFederalFiscalYear(today);
	const presets: Preset[] = [
		{
			id: 'federal-fiscal-year',
			label: `Last federal fiscal year (FY${ffy.fiscalYear})`,
			start: ffy.start,
			end: ffy.end
		},
		{ id: 'calendar-year', label: 'Last calendar year', ...lastCalendarYear(today) }
	];
	if (period) presets.push({ id: 'export-period', label: "The export's own period", ...period });
	return presets;
}

/** Which preset a range is, if any: the setup shows it as chosen. */
export function presetOf(range: DateRange, presets: Preset[]): PresetId | null {
	return presets.find((p) => p.start === range.start && p.end === range.end)?.id ?? null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether text is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
	if (!ISO_DATE.test(text)) return false;
	const d = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** How many days a range covers, both ends included. */
export function daysIn(range: DateRange): number {
	const ms = Date.parse(`${range.end}T00:00:00Z`) - Date.parse(`${range.start}T00:00:00Z`);
	return Math.round(ms / 86_400_000) + 1;
}
