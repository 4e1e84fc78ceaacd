// Protects how report cells read: counts, percentages, money, averages, text and empty cells.
import { describe, expect, it } from 'vitest';
import { formatCell, isNumeric } from '../../../src/ui/review/cell-format';

describe('formatCell', () => {
	it('writes counts with thousands separators', () => {
		expect(formatCell(0, 'count')).toBe('0');
		expect(formatCell(12345, 'count')).toBe('12,345');
		expect(formatCell(7, undefined)).toBe('7');
	});

	it('writes fractions as percentages with two decimals', () => {
		expect(formatCell(0.6666666, 'percent')).toBe('66.67%');
		expect(formatCell(0, 'percent')).toBe('0.00%');
		expect(formatCell(1, 'percent')).toBe('100.00%');
	});

	it('writes money in dollars and cents, negatives included', () => {
		expect(formatCell(543.3333, 'money')).toBe('$543.33');
		expect(formatCell(-1461, 'money')).toBe('-$1,461.00');
	});

	it('writes averages with two decimals', () => {
		expect(formatCell(97.4639, 'average')).toBe('97.46');
		expect(formatCell(58, 'average')).toBe('58.00');
	});

	it('keeps text and dates as they are and leaves empty cells empty', () => {
		expect(formatCell('XX-500', 'text')).toBe('XX-500');
		expect(formatCell('2025-10-01', 'date')).toBe('2025-10-01');
		expect(formatCell(null, 'text')).toBe('');
		expect(formatCell(undefined, undefined)).toBe('');
	});

	it('says which cells hold numbers', () => {
		expect(isNumeric(3, 'count')).toBe(true);
		expect(isNumeric(0.5, 'percent')).toBe(true);
		expect(isNumeric('Harbor Light', 'text')).toBe(false);
		expect(isNumeric(undefined, undefined)).toBe(false);
	});
});
