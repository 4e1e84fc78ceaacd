// HUD's test-kit exports (FY2026 and its FY2024 intermediate) load completely; skipped with a
// message when ../shared is absent (outside this team's machines).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openExportPath } from '../../../src/engine/node-input';
import { load, rows } from './build';

const exports = resolve(import.meta.dirname, '../../../../shared/testkit/exports');
const have = existsSync(exports);
if (!have) console.warn(`testkit: ${exports} is absent; the test-kit load tests are skipped.`);

describe.skipIf(!have)('test-kit exports', () => {
	test('FY2026: every row of every file loads, with no errors', async () => {
		const { db, result } = await load(
			await openExportPath(resolve(exports, 'testkit-2.0-fy2026.zip'))
		);
		expect(result.ok).toBe(true);
		expect(result.info).toMatchObject({
			sourceVersion: '2026',
			csvVersion: '2026 v1.0',
			exportId: 'MERGED-ID'
		});
		expect(result.files).toHaveLength(24);
		for (const f of result.files) {
			expect(f.setAside, f.name).toBe(0);
			expect(rows(db, `SELECT count(*) AS n FROM "${f.table}"`)[0].n, f.name).toBe(f.loaded);
		}
		const loaded = Object.fromEntries(result.files.map((f) => [f.table, f.loaded]));
		expect(loaded).toMatchObject({
			Client: 799,
			Enrollment: 819,
			Exit: 442,
			Services: 5185,
			Project: 24
		});
		expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
		// The kit writes TcellCount where the spec says TCellCount.
		expect(result.findings.filter((f) => f.code === 'header-case').map((f) => f.value)).toContain(
			'TcellCount'
		);
		expect(result.findings.filter((f) => f.code === 'missing-column')).toEqual([]);
	});

	test('FY2024: loads into the FY2026 tables with the same rows and says what it converted', async () => {
		const { db, result } = await load(
			await openExportPath(resolve(exports, 'testkit-2.0-fy2024.zip'))
		);
		expect(result.ok).toBe(true);
		expect(result.info).toMatchObject({
			version: '2026',
			sourceVersion: '2024',
			csvVersion: '2024 v1.3'
		});
		expect(result.info!.conversions.length).toBeGreaterThan(3);
		const loaded = Object.fromEntries(result.files.map((f) => [f.table, f.loaded]));
		expect(loaded).toMatchObject({
			Client: 799,
			Enrollment: 819,
			Exit: 442,
			Services: 5185,
			Project: 24
		});
		expect(
			rows(
				db,
				'SELECT count(*) AS n, min(Sex) AS lo, max(Sex) AS hi, count(HispanicLatinao) AS h FROM Client'
			)
		).toEqual([{ n: 799, lo: 99, hi: 99, h: 799 }]);
		expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
	});
});
