// Every APR case of HUD's test kit, every cell of every table, against the reference tables.
import { describe, expect, test } from 'vitest';
import { APR_TABLES } from '../../src/engine/report/compositions';
import { compareTable, describeDifferences, HAVE_KIT, KIT, kitCases, runKitCase } from './kit';

if (!HAVE_KIT) console.warn(`HUD test kit not found at ${KIT}: the test-kit comparisons are skipped.`);

describe.skipIf(!HAVE_KIT)('HUD test kit, APR', () => {
	for (const c of kitCases('apr')) {
		test(`${c.id} (${c.name}): every table matches cell by cell`, async () => {
			const run = await runKitCase(c);
			expect(run.missing, 'tables without a question module').toEqual([]);
			expect(run.tables.map((t) => t.shape.id)).toEqual(APR_TABLES);
			const diffs = run.tables.flatMap((t) => compareTable(c, t));
			expect(describeDifferences(c, diffs)).toBe('');
		});
	}
});
