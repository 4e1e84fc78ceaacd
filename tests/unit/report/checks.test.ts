// Sage's consistency rules: the expression language, rules passing and failing on crafted
// tables, applicability, and HUD's own reference tables (the test kit) passing every rule.
import { describe, expect, it } from 'vitest';
import {
	APR_RULES,
	checkReport,
	checkRule,
	type ReportFacts
} from '../../../src/engine/report/checks';
import { cellsOf, evaluate, parseAssertion } from '../../../src/engine/report/checks/expression';
import { APR_TABLES } from '../../../src/engine/report/compositions';
import { shapeOf } from '../../../src/engine/report/question';
import { columnLetter, emptyTable, type ReportTable } from '../../../src/engine/report/table';
import { expectedGrid, HAVE_KIT, kitCases } from '../../testkit/kit';
import { tableOf } from './table-of';

const table = tableOf;

const rule = (id: string) => APR_RULES.find((r) => r.id === id)!;
const byId = (...tables: ReportTable[]) => new Map(tables.map((t) => [t.shape.id, t]));
const ONE_PSH: ReportFacts = { projectTypes: [3] };

describe('rule expressions', () => {
	const values: Record<string, number> = { 'T!B2': 2, 'T!B3': 3, 'T!C2': 10, 'T!C3': 0, 'U!A1': 5 };
	const value = (r: { table: string; cell: string }) => values[`${r.table}!${r.cell}`] ?? 0;

	it('adds, subtracts, divides and sums rectangles', () => {
		const a = parseAssertion('sum(T!B2:C3) = U!A1 + T!C2 - T!B3 / (T!B2 - T!B2)');
		expect(a.ops).toEqual(['=']);
		expect(evaluate(a.sides[0], value)).toBe(15);
		// Division by zero is 0 (HUD's convention for rates).
		expect(evaluate(a.sides[1], value)).toBe(15);
		expect(cellsOf(a.sides[0]).map((c) => c.cell)).toEqual(['B2', 'C2', 'B3', 'C3']);
	});

	it('chains comparisons', () => {
		const a = parseAssertion('T!B2 <= T!B3 >= 1 = 1');
		expect(a.ops).toEqual(['<=', '>=', '=']);
		expect(a.sides).toHaveLength(4);
	});

	it('rejects what it cannot read', () => {
		expect(() => parseAssertion('T!B2')).toThrow(/compares nothing/);
		expect(() => parseAssertion('T!B2 == T!B3')).toThrow();
		expect(() => parseAssertion('B2 = T!B3')).toThrow();
		expect(() => parseAssertion('sum(T!B2) = 1')).toThrow(/range/);
	});
});

describe('APR rules', () => {
	it('only read cells that exist in the FY2026 shells of APR tables', () => {
		for (const r of APR_RULES) {
			for (const text of r.assertions) {
				for (const ref of parseAssertion(text).sides.flatMap(cellsOf)) {
					expect(APR_TABLES, `${r.id}: ${text}`).toContain(ref.table);
					const shape = shapeOf(ref.table);
					const [, col, row] = /^([A-Z]+)(\d+)$/.exec(ref.cell)!;
					const first = shape.rowLabelColumn ? 1 : 0;
					const columns = shape.columns.map((_, i) => columnLetter(i + first));
					expect(columns, `${r.id}: ${text}`).toContain(col);
					if (shape.rowLabelColumn)
						expect(Number(row), `${r.id}: ${text}`).toBeLessThanOrEqual(shape.rows.length + 1);
					expect(shape.gray, `${r.id}: ${text} reads a gray cell`).not.toContain(ref.cell);
				}
			}
		}
	});

	it('cover rules 1-28 of the spec except CAPER-only rule 11', () => {
		expect(APR_RULES.map((r) => r.id)).toEqual(
			Array.from({ length: 28 }, (_, i) => String(i + 1)).filter((id) => id !== '11')
		);
	});
});

describe('checking a report', () => {
	it('passes a rule whose cells agree and fails it with the cells when they do not', () => {
		const q5a = table('Q5a', { C2: 12 });
		const ok = checkRule(rule('1'), byId(q5a, table('Q7a', { B6: 12 })), ONE_PSH);
		expect(ok.status).toBe('pass');
		expect(ok.cells).toContainEqual({ table: 'Q7a', cell: 'B6', value: 12 });

		const bad = checkRule(rule('1'), byId(q5a, table('Q7a', { B6: 11 })), ONE_PSH);
		expect(bad.status).toBe('fail');
		expect(bad.failures).toEqual([
			{
				assertion: 'Q7a!B6 = Q5a!C2',
				values: [11, 12],
				cells: [
					{ table: 'Q7a', cell: 'B6', value: 11 },
					{ table: 'Q5a', cell: 'C2', value: 12 }
				]
			}
		]);
		expect(bad.detail).toMatch(/^1 of 1 comparisons fail: Q7a!B6 = Q5a!C2 \(11 vs 12\)\./);
		// Tables the report does not have are named, not counted as failures.
		expect(bad.detail).toMatch(
			/Not checked \(tables not in this report\): Q11, Q12, Q24e, Q26b, Q21\./
		);
	});

	it('is n/a when none of the rule tables is in the report', () => {
		const r = checkRule(rule('28'), byId(table('Q5a')), ONE_PSH);
		expect(r.status).toBe('n/a');
		expect(r.detail).toBe('Tables not in this report: Q9b, Q9a.');
	});

	it('checks totals by household type row by row', () => {
		const good = table('Q7a', { B2: 5, C2: 3, D2: 1, F2: 1, B6: 5, C6: 3, D6: 1, F6: 1 });
		expect(checkRule(rule('3'), byId(good), ONE_PSH).status).toBe('pass');
		const bad = table('Q7a', { B2: 5, C2: 3, D2: 1, B6: 5, C6: 3, D6: 1, F6: 1 });
		const r = checkRule(rule('3'), byId(bad), ONE_PSH);
		expect(r.status).toBe('fail');
		expect(r.failures.map((f) => f.assertion)).toEqual(['Q7a!B2 = Q7a!C2 + Q7a!D2 + Q7a!F2']);
	});

	it('compares percentages at 4 decimals and bounds them by 100%', () => {
		const q23c = (pct: number) =>
			table('Q23c', { B40: 10, B41: 7, B42: 1, B43: pct, C40: 10, C41: 7, C42: 1, C43: pct });
		expect(checkRule(rule('20'), byId(q23c(0.7778)), ONE_PSH).status).toBe('pass');
		expect(checkRule(rule('20'), byId(q23c(0.78)), ONE_PSH).status).toBe('fail');
		const over = checkRule(rule('20'), byId(table('Q23c', { B40: 2, B41: 3, B43: 1.5 })), ONE_PSH);
		expect(over.failures.map((f) => f.assertion)).toContain('Q23c!B43 <= 1');
	});

	it('checks Q4a against Q5a and Q8a only for a single project', () => {
		const tables = byId(
			table('Q4a', { P2: 37, Q2: 23 }, 1),
			table('Q5a', { C2: 37 }),
			table('Q8a', { B2: 22 })
		);
		const single = checkRule(rule('4'), tables, ONE_PSH);
		expect(single.status).toBe('fail');
		expect(single.failures.map((f) => f.assertion)).toEqual(['Q4a!Q2 = Q8a!B2']);
		const pooled = checkRule(rule('4'), tables, { projectTypes: [3, 3] });
		expect(pooled.status).toBe('n/a');
		expect(checkRule(rule('4'), tables, null).status).toBe('n/a');
	});

	it('exempts homelessness prevention from the subsidy-type rules', () => {
		const tables = byId(table('Q23c', { B29: 4 }), table('Q23d', { B13: 3, B2: 3 }));
		expect(checkRule(rule('21'), tables, ONE_PSH).status).toBe('fail');
		expect(checkRule(rule('21'), tables, { projectTypes: [12] }).status).toBe('n/a');
	});

	it('reads the project types from Q4a column E', () => {
		const q4a = table('Q4a', { E2: 12, P2: 0, Q2: 0 }, 1);
		const results = checkReport([q4a, table('Q23c', { B29: 4 }), table('Q23d')]);
		expect(results.find((r) => r.id === '21')!.status).toBe('n/a');
		expect(
			checkReport([table('Q23c', { B29: 4 }), table('Q23d')]).find((r) => r.id === '21')!.detail
		).toMatch(/Q4a/);
	});
});

/** HUD's reference tables of a test-kit case as report tables (cells by position). */
function referenceTables(c: ReturnType<typeof kitCases>[number]): ReportTable[] {
	return APR_TABLES.map((id) => {
		const grid = expectedGrid(c, id);
		if (!grid) throw new Error(`${c.id}: no expected ${id}`);
		const shape = shapeOf(id);
		const t: ReportTable = {
			...emptyTable(shape),
			values: {},
			formats: {},
			rowCount: grid.length - 1
		};
		grid.slice(1).forEach((row, r) =>
			row.forEach((v, col) => {
				if (shape.rowLabelColumn && col === 0) return;
				const n = Number(v.trim() === '' ? 0 : v);
				t.values[`${columnLetter(col)}${r + 2}`] = Number.isNaN(n) ? v : n;
			})
		);
		return t;
	});
}

describe.skipIf(!HAVE_KIT)('HUD reference tables (test kit)', () => {
	it.each(kitCases('apr').map((c) => [c.id, c] as const))(
		'%s passes every rule that applies',
		(_, c) => {
			const results = checkReport(referenceTables(c));
			expect(results.filter((r) => r.status === 'fail').map((r) => `${r.id}: ${r.detail}`)).toEqual(
				[]
			);
			expect(results.filter((r) => r.status === 'pass').length).toBeGreaterThanOrEqual(
				APR_RULES.length - 1
			);
		}
	);

	it('fails the rules a changed cell breaks', () => {
		const [c] = kitCases('apr');
		const tables = referenceTables(c);
		const q23c = tables.find((t) => t.shape.id === 'Q23c')!;
		q23c.values.B29 = (q23c.values.B29 as number) + 1;
		const failed = checkReport(tables)
			.filter((r) => r.status === 'fail')
			.map((r) => r.id);
		expect(failed).toEqual(['3', '19', '21']);
	});
});

if (!HAVE_KIT)
	console.warn(
		'checks.test.ts: ../shared/testkit is absent; the reference-table cases are skipped.'
	);
