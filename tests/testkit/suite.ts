// The test-kit suite of one report (APR or CAPER): every case, every cell of every table against
// HUD's reference tables, and every Sage consistency rule of the report holding on our tables.
import { describe, expect, test } from 'vitest';
import { checkReport, rulesOf } from '../../src/engine/report/checks';
import { tablesOf } from '../../src/engine/report/compositions';
import type { ReportKind } from '../../src/engine/report/params';
import type { ReportRun } from '../../src/engine/report/run';
import {
	compareTable,
	describeDifferences,
	HAVE_KIT,
	KIT,
	kitCases,
	runKitCase,
	type KitCase
} from './kit';

export function kitSuite(report: ReportKind): void {
	const name = report.toUpperCase();
	if (!HAVE_KIT) {
		console.warn(`HUD test kit not found at ${KIT}: the ${name} comparisons are skipped.`);
	}
	const runs = new Map<string, Promise<ReportRun>>();
	const runOf = (c: KitCase) => {
		if (!runs.has(c.id)) runs.set(c.id, runKitCase(c));
		return runs.get(c.id)!;
	};

	describe.skipIf(!HAVE_KIT)(`HUD test kit, ${name}`, () => {
		test('has cases for this report', () => {
			expect(kitCases(report).length).toBeGreaterThan(0);
		});

		for (const c of kitCases(report)) {
			test(`${c.id} (${c.name}): every table matches cell by cell`, async () => {
				const run = await runOf(c);
				expect(run.missing, 'tables without a question module').toEqual([]);
				expect(run.tables.map((t) => t.shape.id)).toEqual(tablesOf(report));
				const diffs = run.tables.flatMap((t) => compareTable(c, t));
				expect(describeDifferences(c, diffs)).toBe('');
			});

			test(`${c.id}: every consistency rule of the ${name} holds`, async () => {
				const results = checkReport((await runOf(c)).tables);
				expect(results.map((r) => r.id)).toEqual(rulesOf(report).map((r) => r.id));
				const failed = results.filter((r) => r.status === 'fail');
				expect(failed.map((r) => `${r.id}: ${r.detail}`)).toEqual([]);
				// The report has every table its rules read: a rule is n/a only by its own test.
				const unread = results.filter((r) => /not in this report/.test(r.detail));
				expect(unread.map((r) => `${r.id}: ${r.detail}`)).toEqual([]);
			});
		}
	});
}
