// Type coercion of CSV cells: what each HUD type accepts and how it is normalized.
import { describe, expect, test } from 'vitest';
import {
	parseDate,
	parseDateTime,
	parseInteger,
	parseMoney
} from '../../../src/engine/hmis/coerce';

describe('integers', () => {
	test.each([
		['0', 0],
		['99', 99],
		['123456789012', 123456789012],
		['-5', -5],
		[' 7 ', 7],
		['3.0', 3]
	])('%j is %j', (text, value) => expect(parseInteger(text)).toBe(value));
	test.each(['1.5', 'abc', '1e3', '0x10', '12a', '', '--1'])('%j does not parse', (text) =>
		expect(parseInteger(text)).toBeUndefined()
	);
});

describe('money', () => {
	test.each([
		['1250.00', 1250],
		['0', 0],
		['.5', 0.5],
		['12.345', 12.345],
		['-3.5', -3.5]
	])('%j is %j', (text, value) => expect(parseMoney(text)).toBe(value));
	test.each(['$100', '1,250.00', 'ten', '1.2.3'])('%j does not parse', (text) =>
		expect(parseMoney(text)).toBeUndefined()
	);
});

describe('dates', () => {
	test.each([
		['2025-10-01', '2025-10-01'],
		['2024-02-29', '2024-02-29'],
		['2000-02-29', '2000-02-29'],
		['2025-10-01 13:45:00', '2025-10-01'],
		['2025-10-01T13:45:00', '2025-10-01']
	])('%j is %j', (text, value) => expect(parseDate(text)).toBe(value));
	test.each([
		'2025-02-29',
		'1900-02-29',
		'2025-13-01',
		'2025-00-10',
		'2025-04-31',
		'10/01/2025',
		'2025-1-5',
		'2025-10-0a',
		'x'
	])('%j does not parse', (text) => expect(parseDate(text)).toBeUndefined());
});

describe('datetimes', () => {
	test.each([
		['2025-10-01 13:45:07', '2025-10-01 13:45:07'],
		['2025-10-01T13:45:07', '2025-10-01 13:45:07'],
		['2025-10-01T13:45:07.123Z', '2025-10-01 13:45:07'],
		['2025-10-01 13:45', '2025-10-01 13:45:00'],
		['2025-10-01', '2025-10-01 00:00:00']
	])('%j is %j', (text, value) => expect(parseDateTime(text)).toBe(value));
	test.each([
		'2025-10-01 24:00:00',
		'2025-10-01 12:60:00',
		'2025-02-30 10:00:00',
		'2025-10-01 1a:00:00',
		'yesterday'
	])('%j does not parse', (text) => expect(parseDateTime(text)).toBeUndefined());
});
