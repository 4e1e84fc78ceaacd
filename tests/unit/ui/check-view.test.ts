// Protects how the review reads the checks: the tables a failing comparison touches (flagged in
// the navigator) and the order of the list (failures, then not applicable; passes folded).
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/engine/api';
import { failingTables, splitChecks } from '../../../src/ui/review/check-view';

function check(id: string, status: CheckResult['status'], tables: string[] = []): CheckResult {
	const cells = tables.map((table) => ({ table, cell: 'B2', value: 1 }));
	return {
		id,
		description: `Rule ${id}`,
		basis: 'upload',
		status,
		cells,
		failures: status === 'fail' ? [{ assertion: 'x = y', values: [1, 2], cells }] : [],
		detail: ''
	};
}

describe('check view', () => {
	it('flags the tables of failing comparisons only', () => {
		const checks = [check('1', 'pass', ['Q5a', 'Q7a']), check('2', 'fail', ['Q5a', 'Q23c'])];
		expect([...failingTables(checks)].sort()).toEqual(['Q23c', 'Q5a']);
		expect(failingTables([check('1', 'pass', ['Q5a'])]).size).toBe(0);
	});

	it('lists failures first, then rules that do not apply, and folds the passes', () => {
		const { open, passed } = splitChecks([
			check('1', 'pass'),
			check('2', 'n/a'),
			check('3', 'fail'),
			check('4', 'pass')
		]);
		expect(open.map((c) => c.id)).toEqual(['3', '2']);
		expect(passed.map((c) => c.id)).toEqual(['1', '4']);
	});
});
