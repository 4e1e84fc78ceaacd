// Protects the setup's date presets: which federal fiscal year and calendar year count as
// "last" on any day, the export's own period, and which dates are real.
import { describe, expect, it } from 'vitest';
import {
	daysIn,
	exportPeriod,
	isIsoDate,
	lastCalendarYear,
	lastFederalFiscalYear,
	localToday,
	presetOf,
	presetsFor
} from '../../../src/ui/setup/date-presets';

describe('date presets', () => {
	it('takes the fiscal year that ended last: FY2026 from 1 October 2026 on', () => {
		expect(lastFederalFiscalYear('2026-12-03')).toEqual({
			start: '2025-10-01',
			end: '2026-09-30',
			fiscalYear: 2026
		});
		expect(lastFederalFiscalYear('2026-10-01').fiscalYear).toBe(2026);
		expect(lastFederalFiscalYear('2026-09-30')).toEqual({
			start: '2024-10-01',
			end: '2025-09-30',
			fiscalYear: 2025
		});
		expect(lastFederalFiscalYear('2027-01-01').fiscalYear).toBe(2026);
	});

	it('takes the whole calendar year before today', () => {
		expect(lastCalendarYear('2026-12-31')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
		expect(lastCalendarYear('2027-01-01')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
	});

	it("offers the export's period only when Export.csv gives both dates", () => {
		expect(exportPeriod('2020-10-01 00:00:00', '2026-09-30')).toEqual({
			start: '2020-10-01',
			end: '2026-09-30'
		});
		expect(exportPeriod(null, '2026-09-30')).toBeNull();
		const withPeriod = presetsFor('2026-12-03', { start: '2020-10-01', end: '2026-09-30' });
		expect(withPeriod.map((p) => p.id)).toEqual([
			'federal-fiscal-year',
			'calendar-year',
			'export-period'
		]);
		expect(withPeriod[0].label).toBe('Last federal fiscal year (FY2026)');
		expect(presetsFor('2026-12-03', null).map((p) => p.id)).not.toContain('export-period');
	});

	it('recognizes a range that is one of the presets', () => {
		const presets = presetsFor('2026-12-03', null);
		expect(presetOf({ start: '2025-01-01', end: '2025-12-31' }, presets)).toBe('calendar-year');
		expect(presetOf({ start: '2025-01-01', end: '2025-12-30' }, presets)).toBeNull();
	});

	it('accepts only real calendar dates written YYYY-MM-DD', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2025-02-29')).toBe(false);
		expect(isIsoDate('2025-13-01')).toBe(false);
		expect(isIsoDate('10/01/2025')).toBe(false);
		expect(isIsoDate('')).toBe(false);
	});

	it('counts the days of a range with both ends included', () => {
		expect(daysIn({ start: '2025-10-01', end: '2026-09-30' })).toBe(365);
		expect(daysIn({ start: '2024-01-01', end: '2024-12-31' })).toBe(366);
		expect(daysIn({ start: '2025-10-01', end: '2025-10-01' })).toBe(1);
	});

	it("writes today in the user's own calendar", () => {
		expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
