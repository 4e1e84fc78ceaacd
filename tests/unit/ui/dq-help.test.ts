// Protects the data-quality help: every row of every Q6 table HUD defines (FY2026 and FY2024)
// has an explanation and a fix, and the help names no row that no table has.
import { describe, expect, it } from 'vitest';
import shapes from '../../../src/engine/report/spec/tables';
import { DQ_COLUMN_HELP, DQ_HELP, dqHelp, isDqTable } from '../../../src/ui/review/dq-help';

const q6 = shapes.filter((s) => /^Q6[a-f]$/.test(s.id));

describe('data-quality help', () => {
	it('covers the six data-quality tables and no other', () => {
		expect(Object.keys(DQ_HELP).sort()).toEqual(['Q6a', 'Q6b', 'Q6c', 'Q6d', 'Q6e', 'Q6f']);
		expect(isDqTable('Q6d')).toBe(true);
		expect(isDqTable('Q7a')).toBe(false);
	});

	it('explains every row of every Q6 shell, with a fix', () => {
		for (const shape of q6) {
			for (const row of shape.rows) {
				const help = dqHelp(shape.id, row);
				expect(help, `${shape.id} "${row}"`).not.toBeNull();
				expect(help!.meaning.length).toBeGreaterThan(20);
				expect(help!.fix.length).toBeGreaterThan(10);
			}
		}
	});

	it('has no help for a row that no shell has', () => {
		for (const [table, rows] of Object.entries(DQ_HELP)) {
			const known = new Set(q6.filter((s) => s.id === table).flatMap((s) => s.rows));
			for (const row of Object.keys(rows)) expect(known.has(row), `${table} "${row}"`).toBe(true);
		}
	});

	it('explains the error columns of Q6a to Q6c by their HUD headers', () => {
		const headers = q6
			.filter((s) => ['Q6a', 'Q6b', 'Q6c'].includes(s.id))
			.flatMap((s) => s.columns);
		for (const column of Object.keys(DQ_COLUMN_HELP)) expect(headers).toContain(column);
	});
});
