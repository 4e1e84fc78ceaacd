// Sage's consistency rules for the CAPER: the APR's rules on the CAPER's tables plus its own,
// reading only cells of the CAPER's shells, and checkReport choosing the rules by report.
import { describe, expect, it } from 'vitest';
import {
	APR_RULES,
	CAPER_RULES,
	checkReport,
	checkRule,
	rulesOf
} from '../../../src/engine/report/checks';
import { cellsOf, parseAssertion } from '../../../src/engine/report/checks/expression';
import { CAPER_TABLES, reportKindOf } from '../../../src/engine/report/compositions';
import { shapeOf } from '../../../src/engine/report/question';
import { columnLetter, type ReportTable } from '../../../src/engine/report/table';
import { tableOf } from './table-of';

const table = tableOf;

const rule = (id: string) => CAPER_RULES.find((r) => r.id === id)!;
const byId = (...tables: ReportTable[]) => new Map(tables.map((t) => [t.shape.id, t]));

describe('CAPER rules', () => {
	it('are the spec rules whose tables the CAPER has, with rule 11 its own', () => {
		expect(CAPER_RULES.map((r) => r.id)).toEqual(
			['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '17', '19', '20']
				.concat(['21', '22', '24', '25', '27', '28'])
		);
		expect(rulesOf('caper')).toBe(CAPER_RULES);
		expect(rulesOf('apr')).toBe(APR_RULES);
	});

	it('keep every APR assertion that reads only CAPER tables, under the same rule', () => {
		for (const apr of APR_RULES) {
			const shared = apr.assertions.filter((a) =>
				parseAssertion(a).sides.flatMap(cellsOf).every((r) => CAPER_TABLES.includes(r.table))
			);
			const caper = CAPER_RULES.find((r) => r.id === apr.id)?.assertions ?? [];
			expect(caper, `rule ${apr.id}`).toEqual(expect.arrayContaining(shared));
		}
	});

	it('only read cells that exist and are not gray in the FY2026 shells of CAPER tables', () => {
		for (const r of CAPER_RULES) {
			for (const text of r.assertions) {
				for (const ref of parseAssertion(text).sides.flatMap(cellsOf)) {
					expect(CAPER_TABLES, `${r.id}: ${text}`).toContain(ref.table);
					const shape = shapeOf(ref.table);
					const [, col, row] = /^([A-Z]+)(\d+)$/.exec(ref.cell)!;
					const first = shape.rowLabelColumn ? 1 : 0;
					expect(shape.columns.map((_, i) => columnLetter(i + first))).toContain(col);
					if (shape.rowLabelColumn) expect(Number(row)).toBeLessThanOrEqual(shape.rows.length + 1);
					expect(shape.gray, `${r.id}: ${text} reads a gray cell`).not.toContain(ref.cell);
				}
			}
		}
	});

	it('check the ESG length of participation against Q5a, row by row', () => {
		const q5a = table('Q5a', { C2: 5, C6: 2, C9: 3 });
		const q22d = table('Q22d', { B12: 5 });
		const good = table('Q22a2', { B2: 4, C2: 2, D2: 2, B3: 1, D3: 1, B15: 5, C15: 2, D15: 3 });
		expect(checkRule(rule('9'), byId(q5a, q22d, good), null).status).toBe('pass');
		const bad = table('Q22a2', { B2: 4, C2: 2, D2: 1, B3: 1, D3: 1, B15: 5, C15: 2, D15: 3 });
		const r = checkRule(rule('9'), byId(q5a, q22d, bad), null);
		expect(r.failures.map((f) => f.assertion)).toEqual(['Q22a2!B2 = Q22a2!C2 + Q22a2!D2']);
		expect(checkRule(rule('7'), byId(q5a, good), null).status).toBe('pass');
		expect(checkRule(rule('8'), byId(q5a, table('Q22a2', { D15: 2 })), null).status).toBe('fail');
	});

	it('add Q22d and Q24a to the household-type totals', () => {
		const q24a = table('Q24a', { B15: 3, C15: 1, D15: 1, B16: 3, C16: 1, D16: 1 });
		const r = checkRule(rule('3'), byId(q24a, table('Q22d')), null);
		expect(r.failures.map((f) => f.assertion)).toEqual([
			'Q24a!B15 = Q24a!C15 + Q24a!D15 + Q24a!E15 + Q24a!F15',
			'Q24a!B16 = Q24a!C16 + Q24a!D16 + Q24a!E16 + Q24a!F16'
		]);
	});

	it('check Q24a against the leavers of an HP-only report and skip it otherwise', () => {
		const tables = byId(table('Q5a', { C6: 4 }), table('Q24a', { B16: 3 }));
		expect(checkRule(rule('11'), tables, { projectTypes: [12] }).status).toBe('fail');
		const pooled = checkRule(rule('11'), tables, { projectTypes: [12, 13] });
		expect(pooled.status).toBe('n/a');
		expect(pooled.detail).toMatch(/homelessness prevention/);
		expect(checkRule(rule('11'), tables, { projectTypes: [0] }).status).toBe('n/a');
	});
});

describe('checkReport', () => {
	const caperTables = () => CAPER_TABLES.map((id) => table(id));

	it('knows a CAPER by its own tables', () => {
		expect(reportKindOf(CAPER_TABLES)).toBe('caper');
		expect(reportKindOf(['Q5a', 'Q23c', 'Q23d'])).toBe('apr');
	});

	it('runs the CAPER rules on a CAPER and the APR rules when told to', () => {
		expect(checkReport(caperTables()).map((r) => r.id)).toEqual(CAPER_RULES.map((r) => r.id));
		expect(checkReport(caperTables(), 'apr').map((r) => r.id)).toEqual(
			APR_RULES.map((r) => r.id)
		);
		// An empty CAPER holds every rule that applies; with no project row in Q4a, the rules for
		// one project and for HP-only reports do not.
		const results = checkReport(caperTables());
		expect(results.filter((r) => r.status !== 'pass').map((r) => r.id)).toEqual(['4', '11']);
		expect(results.filter((r) => r.status === 'fail')).toEqual([]);
	});
});
