// Protects the report grid: HUD's labels from the shape, gray cells, totals set apart, the
// clients behind each cell, Q4a's project rows, and which tables count as having data.
import { describe, expect, it } from 'vitest';
import type { TableSummary } from '../../../src/engine/api';
import type { TableShape } from '../../../src/engine/report/table';
import { cellLabels, gridOf, hasData, parseRef, rowLabel } from '../../../src/ui/review/table-grid';

const shape: TableShape = {
	id: 'Q7a',
	title: 'Number of Persons Served',
	reports: ['APR'],
	versions: ['2026'],
	a1: '',
	rowLabelColumn: true,
	columns: ['Total', 'Without Children'],
	rows: ['Adults', 'Children', 'Total'],
	gray: ['C3']
};

function table(values: TableSummary['values'], memberCounts = {}): TableSummary {
	const formats = Object.fromEntries(Object.keys(values).map((k) => [k, 'count' as const]));
	return { shape, values, formats, memberCounts, rowCount: shape.rows.length, notes: [] };
}

describe('gridOf', () => {
	it('lays out HUD labels, gray cells, totals and member counts', () => {
		const grid = gridOf(table({ B2: 3, C2: 3, B3: 0, B4: 3, C4: 3 }, { B2: 3, C2: 3, C3: 1 }));
		expect(grid.corner).toBe('');
		expect(grid.columns).toEqual([
			{ letter: 'B', label: 'Total', total: true },
			{ letter: 'C', label: 'Without Children', total: false }
		]);
		expect(grid.rows.map((r) => [r.number, r.label, r.total])).toEqual([
			[2, 'Adults', false],
			[3, 'Children', false],
			[4, 'Total', true]
		]);
		const [b2, c2] = grid.rows[0].cells;
		expect(b2).toMatchObject({ ref: 'B2', value: 3, gray: false, members: 3, total: true });
		expect(c2).toMatchObject({ ref: 'C2', total: false });
		expect(grid.rows[1].cells[1]).toMatchObject({ ref: 'C3', gray: true, members: 1 });
		expect(grid.rows[2].cells[1]).toMatchObject({ ref: 'C4', total: true });
	});

	it('names Q4a rows by their project, with no label column', () => {
		const q4a: TableSummary = {
			shape: {
				...shape,
				id: 'Q4a',
				rowLabelColumn: false,
				a1: 'Organization Name',
				columns: ['Organization Name', 'Organization ID', 'Project Name'],
				rows: [],
				gray: []
			},
			values: { A2: 'Harbor', B2: '1', C2: 'Harbor Shelter', A3: 'North', B3: '2', C3: null },
			formats: {},
			memberCounts: {},
			rowCount: 2,
			notes: []
		};
		const grid = gridOf(q4a);
		expect(grid.corner).toBeNull();
		expect(grid.columns.map((c) => c.letter)).toEqual(['A', 'B', 'C']);
		expect(grid.rows.map((r) => r.label)).toEqual(['Harbor Shelter', 'Project 2']);
		expect(rowLabel(q4a, 2)).toBe('Harbor Shelter');
		expect(hasData(q4a)).toBe(true);
	});
});

describe('cell labels and data', () => {
	it("gives a cell's row and column labels", () => {
		expect(cellLabels(table({}), 'C3')).toEqual({ row: 'Children', column: 'Without Children' });
		expect(parseRef('AB12')).toEqual({ column: 'AB', row: 12 });
		expect(() => parseRef('12B')).toThrow('Not a cell reference');
	});

	it('has data when any number is not zero', () => {
		expect(hasData(table({ B2: 0, C2: 0 }))).toBe(false);
		expect(hasData(table({ B2: 0, C2: 0.25 }))).toBe(true);
	});
});
