// The `report` command end to end, as a user runs it: exit codes, the zip or folder it writes,
// the validation files and the printed consistency checks.
import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
	mkdirSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { APR_TABLES } from '../../../src/engine/report/compositions';
import { fixtureFiles } from '../report/fixture';
import { expectedGrid, HAVE_KIT, KIT, kitCases } from '../../testkit/kit';
import { cli } from './run-cli';

const DATES = ['--report', 'apr', '--start', '2025-10-01', '--end', '2026-09-30'];

let dir: string;
let exportDir: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'apr-report-cli-'));
	exportDir = join(dir, 'export');
	mkdirSync(exportDir);
	const files = fixtureFiles({
		Client: [
			{ PersonalID: 'A', DOB: '1980-05-01', FirstName: 'Zelda', LastName: 'Quill' },
			{ PersonalID: 'B', DOB: '2015-03-01', FirstName: 'Yves', LastName: 'Quill' }
		],
		Enrollment: [
			{ EnrollmentID: 'eA', PersonalID: 'A', HouseholdID: 'H1', EntryDate: '2025-11-01' },
			{
				EnrollmentID: 'eB',
				PersonalID: 'B',
				HouseholdID: 'H1',
				EntryDate: '2025-11-01',
				RelationshipToHoH: 2
			}
		],
		Exit: [{ EnrollmentID: 'eA', PersonalID: 'A', ExitDate: '2026-03-31', Destination: 410 }]
	});
	for (const f of files)
		writeFileSync(
			join(exportDir, f.name),
			Buffer.from(await new Response(f.stream()).arrayBuffer())
		);
});

describe('report command', () => {
	it('exits 2 for usage errors', async () => {
		const out = ['--out', join(dir, 'x.zip')];
		const [missing, badDate, badKind] = await Promise.all([
			cli('report', exportDir, ...DATES, '--project', 'P1'),
			cli(
				'report',
				exportDir,
				'--report',
				'apr',
				'--start',
				'2025-13-01',
				'--end',
				'2026-09-30',
				'--project',
				'P1',
				...out
			),
			cli(
				'report',
				exportDir,
				'--report',
				'pit',
				'--start',
				'2025-10-01',
				'--end',
				'2026-09-30',
				'--project',
				'P1',
				...out
			)
		]);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toMatch(/--out is required/);
		expect(badDate.code).toBe(2);
		expect(badDate.stderr).toMatch(/2025-13-01/);
		expect(badKind.code).toBe(2);
		expect(badKind.stderr).toMatch(/--report must be apr or caper/);
	});

	it('exits 1 when the export cannot be opened or loaded', async () => {
		const garbage = join(dir, 'garbage.zip');
		writeFileSync(garbage, 'not a zip at all');
		const [absent, broken] = await Promise.all([
			cli(
				'report',
				join(dir, 'nothing-here.zip'),
				...DATES,
				'--project',
				'P1',
				'--out',
				join(dir, 'x.zip')
			),
			cli('report', garbage, ...DATES, '--project', 'P1', '--out', join(dir, 'x.zip'))
		]);
		expect(absent.code).toBe(1);
		expect(absent.stderr).toMatch(/could not be opened/);
		expect(broken.code).toBe(1);
		expect(broken.stderr).toMatch(/could not be read/);
		expect(existsSync(join(dir, 'x.zip'))).toBe(false);
	});

	it('exits 1 for a project the export does not have, listing the ones it has', async () => {
		const r = await cli(
			'report',
			exportDir,
			...DATES,
			'--project',
			'P9',
			'--out',
			join(dir, 'x.zip')
		);
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(
			/Project P9 is not in this export\. Projects in it: P1 \(Project, type 3\)\./
		);
		expect(existsSync(join(dir, 'x.zip'))).toBe(false);
	});

	it('writes the Sage zip and the validation files, and prints the checks', async () => {
		const out = join(dir, 'apr.zip');
		const detail = join(dir, 'detail');
		const r = await cli(
			'report',
			exportDir,
			...DATES,
			'--project',
			'P1',
			'--out',
			out,
			'--detail',
			detail,
			'--no-identifiers'
		);
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^Consistency checks \(Sage\):\n {2}pass {3}1 {2}Every table/);
		expect(r.stdout).toMatch(
			/APR 2025-10-01 to 2026-09-30, project P1: 67 tables in .*apr\.zip, validation files in .*detail\/; checks \d+ pass, 0 fail, \d+ n\/a; [\d.]+ s\n$/
		);
		const entries = unzipSync(readFileSync(out));
		expect(Object.keys(entries)).toEqual(APR_TABLES.map((id) => `${id}.csv`));
		expect(strFromU8(entries['Q5a.csv']).split('\n')[1]).toBe(
			'"Total number of persons served",2,2'
		);
		expect(readdirSync(detail).sort()).toEqual(['cell-members.csv', 'clients.csv']);
		const clients = readFileSync(join(detail, 'clients.csv'), 'utf8');
		expect(clients).not.toContain('Zelda');
		expect(clients.split('\n').filter(Boolean)).toHaveLength(3);
	});

	it('writes a folder of table CSVs when OUT is not a .zip, the same files as the zip', async () => {
		const out = join(dir, 'tables');
		const r = await cli('report', exportDir, ...DATES, '--project', 'P1', '--out', out);
		expect(r.code).toBe(0);
		expect(readdirSync(out).sort()).toEqual(APR_TABLES.map((id) => `${id}.csv`).sort());
		const zipped = unzipSync(readFileSync(join(dir, 'apr.zip')));
		for (const id of APR_TABLES)
			expect(readFileSync(join(out, `${id}.csv`), 'utf8')).toBe(strFromU8(zipped[`${id}.csv`]));
	});
});

describe.skipIf(!HAVE_KIT)('report command on the HUD test kit', () => {
	// One single-project and the pooled case: tests/testkit compares every cell of every case.
	const cases = kitCases('apr').filter((c) => c.id === 'apr-1552' || c.projects.length > 1);
	it.each(cases.map((c) => [c.id, c] as const))(
		'%s: writes every table in the reference grid and passes every check',
		async (_, c) => {
			const out = join(dir, `${c.id}.zip`);
			const r = await cli(
				'report',
				join(KIT, c.export),
				'--report',
				'apr',
				'--start',
				c.start,
				'--end',
				c.end,
				'--project',
				c.projects.join(','),
				'--out',
				out
			);
			expect(r.stderr).toBe('');
			expect(r.code).toBe(0);
			expect(r.stdout).toMatch(/checks \d+ pass, 0 fail/);
			expect(r.stdout).not.toMatch(/^ {2}FAIL/m);
			const entries = unzipSync(readFileSync(out));
			expect(Object.keys(entries)).toHaveLength(67);
			for (const id of APR_TABLES) {
				const ours = Papa.parse<string[]>(strFromU8(entries[`${id}.csv`]).trim()).data;
				const expected = expectedGrid(c, id)!;
				expect(
					ours.map((row) => row.length),
					id
				).toEqual(expected.map((row) => row.length));
			}
		}
	);
});

if (!HAVE_KIT)
	console.warn(
		'report.test.ts: ../shared/testkit is absent; the test-kit runs of the report command are skipped.'
	);
