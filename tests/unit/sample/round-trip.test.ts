// Generate, load with the engine's loader, and account for every row: per file, rows read are
// the rows written, and the rows set aside are exactly the documented deleted and duplicate
// ones; the findings are exactly the documented problems.
import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadExport } from '../../../src/engine/hmis/load';
import type { ExportInput, LoadResult } from '../../../src/engine/hmis/types';
import { generateSampleZip, type ProblemKind } from '../../../src/engine/sample';

describe('round trip through the loader', () => {
	const { zip, manifest } = generateSampleZip({ seed: 2026, clients: 2000 });
	let db: Database;
	let result: LoadResult;
	beforeAll(async () => {
		const input: ExportInput = {
			kind: 'zip',
			file: { name: 'sample.zip', size: zip.length, stream: () => new Blob([zip]).stream() }
		};
		db = new (await initSqlJs()).Database();
		result = await loadExport(db, input);
	});
	const problemRows = (kind: ProblemKind) =>
		manifest.problems.find((p) => p.kind === kind)?.rows ?? 0;

	test("the export loads as FY2026 with the generator's identity", () => {
		expect(result.ok).toBe(true);
		expect(result.info?.sourceVersion).toBe('2026');
		expect(result.info?.exportId).toBe(manifest.exportId);
		expect(result.files.map((f) => f.name).sort()).toEqual(
			manifest.files.map((f) => f.name).sort()
		);
	});

	test('per file: read = written, set aside = deleted + duplicates, loaded = the rest', () => {
		for (const written of manifest.files) {
			const loaded = result.files.find((f) => f.name === written.name)!;
			expect(loaded.read, written.name).toBe(written.rows);
			expect(loaded.setAside, written.name).toBe(written.deleted + written.duplicates);
			expect(loaded.setAsideByReason.deleted ?? 0, written.name).toBe(written.deleted);
			expect(loaded.setAsideByReason['duplicate key'] ?? 0, written.name).toBe(written.duplicates);
			expect(loaded.setAsideByReason.unparseable ?? 0, written.name).toBe(0);
			expect(loaded.loaded, written.name).toBe(written.rows - written.deleted - written.duplicates);
			const [{ values }] = db.exec(`SELECT count(*) FROM "${loaded.table}"`);
			expect(values[0][0], written.name).toBe(loaded.loaded);
		}
	});

	test('the clients and enrollments loaded are the ones generated', () => {
		const count = (sql: string) => db.exec(sql)[0].values[0][0];
		expect(count('SELECT count(*) FROM Client')).toBe(manifest.clients);
		expect(count('SELECT count(*) FROM Enrollment')).toBe(manifest.enrollments);
		expect(count('SELECT count(DISTINCT HouseholdID) FROM Enrollment')).toBe(manifest.households);
	});

	test('the findings are the documented problems and nothing else', () => {
		expect(result.findingsTruncated).toBe(0);
		const tally = new Map<string, number>();
		for (const f of result.findings)
			tally.set(`${f.file} ${f.code}`, (tally.get(`${f.file} ${f.code}`) ?? 0) + 1);
		const expected = new Map<string, number>([
			['Client.csv duplicate-key', problemRows('duplicate-client')],
			['Client.csv not-in-list', problemRows('out-of-list-sex')],
			['Exit.csv orphan', problemRows('orphan-exit')],
			['IncomeBenefits.csv orphan', problemRows('orphan-income')],
			// Deleted rows are summarized in one finding per file.
			['Client.csv deleted', 1],
			['Enrollment.csv deleted', 1]
		]);
		expect(tally).toEqual(expected);
		for (const kind of [
			'duplicate-client',
			'out-of-list-sex',
			'orphan-exit',
			'orphan-income',
			'deleted-client',
			'deleted-enrollment'
		] as ProblemKind[]) {
			expect(problemRows(kind), kind).toBeGreaterThan(0);
		}
	});
});
