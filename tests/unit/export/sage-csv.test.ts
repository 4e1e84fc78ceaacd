// The Sage CSV of a table: every cell format, gray cells, quoting, line ends and encoding.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatCell, sageCsv } from '../../../src/engine/export/sage-csv';
import { shapeOf } from '../../../src/engine/report/question';
import { emptyTable, setValue, type TableShape } from '../../../src/engine/report/table';

describe('formatCell', () => {
	it('writes counts as plain integers', () => {
		expect(formatCell(0, 'count')).toBe('0');
		expect(formatCell(1234, 'count')).toBe('1234');
	});

	it('writes percentages as fractions with 4 decimals, 0.0000 for NaN and Infinity', () => {
		expect(formatCell(0.25, 'percent')).toBe('0.2500');
		expect(formatCell(7 / 9, 'percent')).toBe('0.7778');
		expect(formatCell(1, 'percent')).toBe('1.0000');
		expect(formatCell(Number.NaN, 'percent')).toBe('0.0000');
		expect(formatCell(Number.POSITIVE_INFINITY, 'percent')).toBe('0.0000');
	});

	it('writes money with 2 decimals and no negative zero', () => {
		expect(formatCell(1234.5, 'money')).toBe('1234.50');
		expect(formatCell(-12.25, 'money')).toBe('-12.25');
		expect(formatCell(-0.001, 'money')).toBe('0.00');
		expect(formatCell(Number.NaN, 'money')).toBe('0.00');
	});

	it('writes other averages with up to 4 decimals, trailing zeros dropped', () => {
		expect(formatCell(1673 / 3, 'average')).toBe('557.6667');
		expect(formatCell(12.5, 'average')).toBe('12.5');
		expect(formatCell(7, 'average')).toBe('7');
		expect(formatCell(100, 'average')).toBe('100');
		expect(formatCell(-0.00001, 'average')).toBe('0');
		expect(formatCell(Number.NaN, 'average')).toBe('0');
	});

	it('quotes text, doubling inner quotes, and writes dates as quoted YYYY-MM-DD', () => {
		expect(formatCell('Org "A", East', 'text')).toBe('"Org ""A"", East"');
		expect(formatCell('', 'text')).toBe('""');
		expect(formatCell('2024-10-01', 'date')).toBe('"2024-10-01"');
	});

	it('leaves a cell with no value empty', () => {
		expect(formatCell(null, 'count')).toBe('');
		expect(formatCell(undefined, 'text')).toBe('');
	});
});

describe('sageCsv', () => {
	it('writes the shell grid: quoted headers and labels, counts plain, gray cells empty', () => {
		const table = emptyTable(shapeOf('Q7a'));
		setValue(table, 'B2', 5, 'count');
		setValue(table, 'C2', 5, 'count');
		table.values.E2 = 99; // gray: never written even if a value slipped in
		const lines = sageCsv(table).split('\n');
		expect(lines[0]).toBe(
			'"","Total","Without Children","With Children and Adults","With Only Children","Unknown Household Type"'
		);
		expect(lines[1]).toBe('"Adults",5,5,0,,0');
		expect(lines[2]).toBe('"Children",0,,0,0,0');
		expect(lines[6]).toBe(
			'"For PSH & RRH – the total persons served who moved into housing",0,0,0,0,0'
		);
		expect(lines).toHaveLength(shapeOf('Q7a').rows.length + 2);
		expect(lines.at(-1)).toBe('');
	});

	it('uses the shell stub label in A1 when it has one', () => {
		const first = sageCsv(emptyTable(shapeOf('Q5a'))).split('\n')[0];
		expect(first).toBe('"Category","Count of Clients for DQ","Count of Clients"');
	});

	it('quotes labels holding commas and quotes', () => {
		const shape: TableShape = {
			id: 'T1',
			title: 't',
			reports: ['APR'],
			versions: ['2026'],
			a1: '',
			rowLabelColumn: true,
			columns: ['Total'],
			rows: ['Rental by client, with "ongoing" subsidy'],
			gray: []
		};
		expect(sageCsv(emptyTable(shape)).split('\n')[1]).toBe(
			'"Rental by client, with ""ongoing"" subsidy",0'
		);
	});

	it('writes formats per cell: a rate row as 4-decimal fractions', () => {
		const table = emptyTable(shapeOf('Q9b'));
		for (const col of ['B', 'C', 'D', 'E'])
			setValue(table, `${col}7`, col === 'B' ? 1 : 0, 'percent');
		expect(sageCsv(table).split('\n')[6]).toBe('"Rate of Engagement",1.0000,0.0000,0.0000,0.0000');
	});

	it('uses LF only and UTF-8 without a byte order mark', () => {
		const text = sageCsv(emptyTable(shapeOf('Q11')));
		expect(text).not.toContain('\r');
		expect(text.endsWith('\n')).toBe(true);
		const bytes = strToU8(text);
		expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes[0]).toBe(0x22);
		// The curly apostrophe of "Client Doesn’t Know" is UTF-8 (E2 80 99), not Windows-1252.
		const at = text.indexOf('’');
		expect(at).toBeGreaterThan(0);
		expect([...strToU8(text.slice(at, at + 1))]).toEqual([0xe2, 0x80, 0x99]);
	});

	it('writes Q4a without a label column, one row per project', () => {
		const table = emptyTable(shapeOf('Q4a'));
		const row: [string, string | number | null, 'text' | 'count' | 'date'][] = [
			['A', 'Org A', 'text'],
			['B', '12', 'text'],
			['C', 'Org A - PSH', 'text'],
			['D', '441', 'text'],
			['E', 3, 'count'],
			['F', null, 'count'],
			['G', 0, 'count'],
			['H', 0, 'count'],
			['I', null, 'text'],
			['J', 'XX-500, XX-501', 'text'],
			['K', '391062', 'text'],
			['L', 0, 'count'],
			['M', 'MyApp 1.0', 'text'],
			['N', '2024-10-01', 'date'],
			['O', '2025-09-30', 'date'],
			['P', 37, 'count'],
			['Q', 23, 'count']
		];
		for (const [col, value, format] of row) setValue(table, `${col}2`, value, format);
		table.rowCount = 1;
		const lines = sageCsv(table).split('\n');
		expect(lines[0].split(',')).toHaveLength(17);
		expect(lines[0].startsWith('"Organization Name","Organization ID"')).toBe(true);
		expect(lines[1]).toBe(
			'"Org A","12","Org A - PSH","441",3,,0,0,,"XX-500, XX-501","391062",0,"MyApp 1.0","2024-10-01","2025-09-30",37,23'
		);
		expect(lines).toHaveLength(3);
	});
});
