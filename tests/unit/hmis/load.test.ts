// The loader end to end on small crafted exports: what lands in the tables, what is set aside,
// and one crafted problem for each kind of finding.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { REQUIRED_FILES } from '../../../src/engine/hmis/load';
import type { LoadResult } from '../../../src/engine/hmis/types';
import {
	asFiles,
	asZip,
	codes,
	csvText,
	exportTexts,
	inputFile,
	load,
	rows,
	streamedZip,
	withCode,
	zipBytes,
	type Row
} from './build';

/** Passes a stream's bytes on, telling their count. */
const counter = (add: (n: number) => void) =>
	new TransformStream<Uint8Array, Uint8Array>({
		transform(chunk, controller) {
			add(chunk.length);
			controller.enqueue(chunk);
		}
	});

const fileOf = (r: LoadResult, name: string) => r.files.find((f) => f.name === name)!;

function balanced(r: LoadResult): void {
	for (const f of r.files) expect(f.read, f.name).toBe(f.loaded + f.setAside);
}

/** Replaces a header name in a file's text. */
const renameHeader = (text: string, from: string, to: string) => {
	const [head, ...rest] = text.split('\n');
	return [
		head
			.split(',')
			.map((h) => (h === from ? to : h))
			.join(','),
		...rest
	].join('\n');
};

describe('a clean export', () => {
	test('loads with no findings but the absent optional files', async () => {
		const { result } = await load(asFiles(exportTexts()));
		expect(result.ok).toBe(true);
		expect(result.findings.filter((f) => f.code !== 'missing-file')).toEqual([]);
		expect(withCode(result, 'missing-file')).toHaveLength(18);
		expect(withCode(result, 'missing-file').every((f) => f.severity === 'warning')).toBe(true);
	});

	test('every FY2026 table exists, empty when its file was absent', async () => {
		const { db } = await load(asFiles(exportTexts()));
		const tables = rows(db, "SELECT name FROM hmis.sqlite_master WHERE type = 'table'").map(
			(r) => r.name
		);
		for (const t of [
			'Enrollment',
			'Client',
			'Exit',
			'Services',
			'IncomeBenefits',
			'User',
			'YouthEducationStatus'
		])
			expect(tables).toContain(t);
		expect(rows(db, 'SELECT count(*) AS n FROM Services')[0].n).toBe(0);
		const cols = rows(db, 'PRAGMA table_info(Client)').map((r) => r.name);
		expect(cols).toContain('Sex');
		expect(cols).toContain('HispanicLatinao');
	});

	test('values are typed: integers, reals, text dates, IDs with leading zeros, NULL for empty', async () => {
		const texts = exportTexts({
			Client: [{ PersonalID: '007', DOB: '1990-05-06', FirstName: '' }],
			Enrollment: [
				{ PersonalID: '007', EntryDate: '2025-10-01', DateCreated: '2025-10-01T08:09:10' }
			],
			IncomeBenefits: [{ PersonalID: '007', IncomeFromAnySource: 1, TotalMonthlyIncome: '1250.50' }]
		});
		const { db, result } = await load(asFiles(texts));
		expect(result.ok).toBe(true);
		const [c] = rows(
			db,
			'SELECT PersonalID, typeof(PersonalID) AS t, DOB, FirstName, typeof(DOBDataQuality) AS q FROM Client'
		);
		expect(c).toEqual({
			PersonalID: '007',
			t: 'text',
			DOB: '1990-05-06',
			FirstName: null,
			q: 'integer'
		});
		const [e] = rows(db, 'SELECT EntryDate, DateCreated FROM Enrollment');
		expect(e).toEqual({ EntryDate: '2025-10-01', DateCreated: '2025-10-01 08:09:10' });
		const [i] = rows(
			db,
			'SELECT TotalMonthlyIncome AS m, typeof(TotalMonthlyIncome) AS t FROM IncomeBenefits'
		);
		expect(i).toEqual({ m: 1250.5, t: 'real' });
	});

	test('the report join indexes exist and the statistics are gathered', async () => {
		const { db } = await load(asFiles(exportTexts()));
		const indexes = rows(db, "SELECT tbl_name, sql FROM hmis.sqlite_master WHERE type = 'index'");
		expect(
			indexes.some((i) => i.tbl_name === 'Enrollment' && /ProjectID.*EntryDate/.test(String(i.sql)))
		).toBe(true);
		expect(
			indexes.some(
				(i) =>
					i.tbl_name === 'Services' && /EnrollmentID.*RecordType.*DateProvided/.test(String(i.sql))
			)
		).toBe(true);
		expect(
			rows(db, "SELECT count(*) AS n FROM hmis.sqlite_master WHERE name = 'sqlite_stat1'")[0].n
		).toBe(1);
	});

	test('the export info comes from Export.csv', async () => {
		const { result } = await load(
			asFiles(
				exportTexts({
					Export: [
						{
							ExportID: 'E1',
							SourceName: 'My CoC',
							ExportStartDate: '2025-10-01',
							ExportEndDate: '2026-09-30'
						}
					]
				})
			)
		);
		expect(result.info).toMatchObject({
			version: '2026',
			sourceVersion: '2026',
			csvVersion: '2026 v1.0',
			exportId: 'E1',
			sourceName: 'My CoC',
			exportStartDate: '2025-10-01',
			exportEndDate: '2026-09-30',
			conversions: []
		});
	});
});

describe('archives and files', () => {
	test('a zip with the CSVs inside one folder loads like loose files', async () => {
		const texts = exportTexts({ Exit: [{}] });
		const flat = await load(asZip(texts));
		const nested = await load(asZip({ ...texts, 'readme.txt': 'hi' }, 'HMIS Export 2026/'));
		expect(nested.result.ok).toBe(true);
		expect(nested.result.files.map((f) => [f.name, f.loaded])).toEqual(
			flat.result.files.map((f) => [f.name, f.loaded])
		);
		expect(withCode(nested.result, 'unexpected-file').map((f) => f.file)).toEqual([
			'HMIS Export 2026/readme.txt'
		]);
	});

	test('Mac resource forks in a zip are not taken for CSVs', async () => {
		const texts = exportTexts();
		const { result } = await load(asZip({ ...texts, '__MACOSX/._Client.csv': 'junk' }));
		expect(result.ok).toBe(true);
		expect(codes(result)).not.toContain('duplicate-file');
		expect(codes(result)).not.toContain('unexpected-file');
	});

	test('a zip read in tiny chunks gives the same tables', async () => {
		const texts = exportTexts({ Client: [{}, {}, {}], Enrollment: [{}, { PersonalID: 'C2' }] });
		const a = await load(asZip(texts, '', 7));
		const b = await load(asZip(texts));
		expect(a.result.files).toEqual(b.result.files);
	});

	test('file names are matched case-insensitively and a second copy is ignored', async () => {
		const texts = exportTexts();
		const { result } = await load(asFiles({ ...texts, 'client.CSV': texts['Client.csv'] }));
		expect(withCode(result, 'duplicate-file')).toHaveLength(1);
		expect(result.files.filter((f) => f.table === 'Client')).toHaveLength(1);
	});

	test('a single loose Client.csv is not an export: the fatal message names the missing files', async () => {
		const { result } = await load(asFiles({ 'Client.csv': exportTexts()['Client.csv'] }));
		expect(result.ok).toBe(false);
		expect(result.fatal).toMatch(/Export\.csv, Project\.csv and Enrollment\.csv/);
	});

	test.each(REQUIRED_FILES)('without %s.csv nothing loads', async (file) => {
		const texts = exportTexts();
		delete texts[`${file}.csv`];
		const { result } = await load(asZip(texts));
		expect(result.ok).toBe(false);
		expect(result.fatal).toContain(`${file}.csv`);
	});

	test('a file that is not a zip is an unreadable archive', async () => {
		const { result } = await load({
			kind: 'zip',
			file: { name: 'x.zip', size: 5, stream: () => new Blob(['hello']).stream() }
		});
		expect(result.ok).toBe(false);
		expect(result.fatal).toMatch(/not a zip/);
	});

	test('a zip read from its central directory loads as when streamed front to back', async () => {
		const texts = exportTexts({ Client: [{}, { FirstName: 'Zoë' }], Exit: [{}], Services: [{}] });
		const contents = { ...texts, '__MACOSX/._Client.csv': 'junk', 'notes.txt': 'hi' };
		// Stored and deflated entries, and entries whose sizes follow their data (data descriptors).
		const plain = zipSync(
			Object.fromEntries(
				Object.entries(contents).map(([n, c], i) => [n, [strToU8(c), { level: i % 2 ? 0 : 6 }]])
			)
		);
		for (const bytes of [plain, streamedZip(contents)]) {
			const noStream = (): ReadableStream<Uint8Array> => {
				throw new Error('read front to back');
			};
			const file = { ...inputFile('e.zip', bytes, 1000), stream: noStream };
			const sliced = await load({ kind: 'zip', file });
			const streamed = await load({ kind: 'zip', file: inputFile('e.zip', bytes, 1000, false) });
			expect(sliced.result.ok).toBe(true);
			const { millis: _a, ...got } = sliced.result;
			const { millis: _b, ...want } = streamed.result;
			expect(got).toEqual(want);
			for (const table of ['Client', 'Enrollment', 'Exit', 'Services'])
				expect(rows(sliced.db, `SELECT rowid, * FROM ${table}`)).toEqual(
					rows(streamed.db, `SELECT rowid, * FROM ${table}`)
				);
		}
	});

	test('a zip that can be sliced is read once: the entries no file needs are never read', async () => {
		const texts = exportTexts({ Client: Array.from({ length: 200 }, () => ({})) });
		const bytes = zipSync(
			Object.fromEntries(
				Object.entries({ ...texts, 'big.bin': 'x'.repeat(500_000) }).map(([n, c]) => [
					n,
					[strToU8(c), { level: 0 }]
				])
			)
		);
		const file = inputFile('e.zip', bytes);
		let read = 0;
		const slice = file.slice!;
		file.slice = (start, end) => {
			const part = slice(start, end);
			return {
				stream: () => part.stream().pipeThrough(counter((n) => (read += n))),
				arrayBuffer: async () => {
					const buffer = await part.arrayBuffer();
					read += buffer.byteLength;
					return buffer;
				}
			};
		};
		expect((await load({ kind: 'zip', file })).result.ok).toBe(true);
		const csvBytes = Object.values(texts).reduce((n, t) => n + strToU8(t).length, 0);
		// The CSVs once, plus Export.csv and Client.csv (up to its header) for the first look.
		const firstLook = strToU8(texts['Export.csv'] + texts['Client.csv']).length;
		expect(read).toBeGreaterThanOrEqual(csvBytes);
		expect(read).toBeLessThan(csvBytes + firstLook + 4096);
	});

	test('a truncated zip is an unreadable archive', async () => {
		const bytes = zipBytes(exportTexts({ Services: Array.from({ length: 300 }, () => ({})) }));
		const cut = bytes.slice(0, Math.floor(bytes.length * 0.6));
		const { result } = await load({
			kind: 'zip',
			file: { name: 'cut.zip', size: cut.length, stream: () => new Blob([cut]).stream() }
		});
		expect(result.ok).toBe(false);
		expect(result.fatal).toMatch(/^The export could not be read: cut\.zip ends early/);
		const sliced = await load({ kind: 'zip', file: inputFile('cut.zip', cut) });
		expect(sliced.result.fatal).toBe(result.fatal);
	});
});

describe('encodings and line endings through the loader', () => {
	test('Windows-1252 with CRLF, UTF-8 with a BOM and a quoted line break, cut in tiny blocks', async () => {
		const texts = exportTexts({
			Client: [{ FirstName: 'José', LastName: 'Œuvre' }],
			Enrollment: [{ PersonalID: 'C1' }],
			Exit: [{ OtherDestination: 'Zoë 😀, "line one"\nline two' }]
		});
		// Client.csv in Windows-1252 with CRLF: é is 0xE9, Œ is 0x8C.
		const crlf = texts['Client.csv'].replace(/\n/g, '\r\n');
		const client = Uint8Array.from(
			[...crlf].map((ch) => (ch === 'é' ? 0xe9 : ch === 'Œ' ? 0x8c : ch.charCodeAt(0)))
		);
		const withBom = '\uFEFF' + texts['Exit.csv'];
		const input = asFiles({ ...texts, 'Client.csv': client, 'Exit.csv': withBom }, 5);
		const { db, result } = await load(input, { blockSize: 7 });
		expect(rows(db, 'SELECT FirstName, LastName FROM Client')).toEqual([
			{ FirstName: 'José', LastName: 'Œuvre' }
		]);
		expect(rows(db, 'SELECT OtherDestination, ExitID FROM Exit')).toEqual([
			{ OtherDestination: 'Zoë 😀, "line one"\nline two', ExitID: 'Exit1' }
		]);
		expect(withCode(result, 'encoding').map((f) => [f.file, f.value])).toEqual([
			['Client.csv', 'windows-1252']
		]);
		expect(result.findings.filter((f) => !['missing-file', 'encoding'].includes(f.code))).toEqual(
			[]
		);
	});
});

describe('versions', () => {
	test.each(['2022 v1.2', 'FY2022', 'v1.2'])(
		'CSVVersion %j is refused with its name',
		async (v) => {
			const { result } = await load(asFiles(exportTexts({ Export: [{ CSVVersion: v }] })));
			expect(result.ok).toBe(false);
			expect(result.fatal).toContain(v);
		}
	);

	test('an empty CSVVersion falls back on Client.csv and says so', async () => {
		const { result } = await load(asFiles(exportTexts({ Export: [{ CSVVersion: null }] })));
		expect(result.ok).toBe(true);
		expect(result.info?.sourceVersion).toBe('2026');
		expect(withCode(result, 'version-from-headers')[0].message).toMatch(/Sex/);
	});

	test('an FY2024 export with an empty CSVVersion is recognized by its gender columns', async () => {
		const { result } = await load(asFiles(exportTexts({ Export: [{ CSVVersion: null }] }, '2024')));
		expect(result.info?.sourceVersion).toBe('2024');
	});

	test('an FY2024 export loads into the FY2026 tables with its conversions stated', async () => {
		const texts = exportTexts(
			{
				Client: [{ HispanicLatinaeo: 1, Woman: 1 }],
				Enrollment: [{ SexualOrientation: 2 }],
				Exit: [{ CounselingReceived: 99 }, { CounselingReceived: 1 }]
			},
			'2024'
		);
		const { db, result } = await load(asFiles(texts));
		expect(result.ok).toBe(true);
		expect(result.findings.filter((f) => f.code !== 'missing-file')).toEqual([]);
		expect(result.info?.sourceVersion).toBe('2024');
		expect(rows(db, 'SELECT HispanicLatinao, Sex FROM Client')).toEqual([
			{ HispanicLatinao: 1, Sex: 99 }
		]);
		expect(rows(db, 'SELECT MentalHealthConsultation FROM Enrollment')).toEqual([
			{ MentalHealthConsultation: null }
		]);
		expect(rows(db, 'SELECT CounselingReceived FROM Exit ORDER BY rowid')).toEqual([
			{ CounselingReceived: null },
			{ CounselingReceived: 1 }
		]);
		const said = result.info!.conversions.join('\n');
		expect(said).toMatch(/HispanicLatinaeo.*HispanicLatinao/);
		expect(said).toMatch(/Sex.*99/);
		expect(said).toMatch(/1 values 99 in CounselingReceived/);
	});
});

describe('headers', () => {
	test('header names match whatever their letter case, with an info finding', async () => {
		const texts = exportTexts({ Enrollment: [{ HOHLeaseholder: 1 }] });
		texts['Enrollment.csv'] = renameHeader(
			texts['Enrollment.csv'],
			'HOHLeaseholder',
			'HoHLeaseholder'
		);
		texts['Client.csv'] = renameHeader(texts['Client.csv'], 'PersonalID', 'PERSONALID');
		const { db, result } = await load(asFiles(texts));
		expect(rows(db, 'SELECT HOHLeaseholder FROM Enrollment')).toEqual([{ HOHLeaseholder: 1 }]);
		expect(rows(db, 'SELECT PersonalID FROM Client')).toEqual([{ PersonalID: 'C1' }]);
		expect(withCode(result, 'header-case').map((f) => f.value)).toEqual([
			'PERSONALID',
			'HoHLeaseholder'
		]);
	});

	test('missing, extra and misordered columns are reported and the rest loads by name', async () => {
		const text = csvText('Client', [{ FirstName: 'Ann' }]);
		const lines = text
			.trimEnd()
			.split('\n')
			.map((l) => l.split(','));
		// Drop LastName, swap FirstName and PersonalID, add a column of our own.
		const drop = lines[0].indexOf('LastName');
		const moved = lines.map((l) => {
			const c = l.filter((_, i) => i !== drop);
			[c[0], c[1]] = [c[1], c[0]];
			return [...c, l === lines[0] ? 'Favorite' : '"blue"'];
		});
		const texts = {
			...exportTexts(),
			'Client.csv': moved.map((l) => l.join(',')).join('\n') + '\n'
		};
		const { db, result } = await load(asFiles(texts));
		expect(withCode(result, 'missing-column').map((f) => [f.column, f.severity])).toEqual([
			['LastName', 'warning']
		]);
		expect(withCode(result, 'extra-column').map((f) => f.column)).toEqual(['Favorite']);
		expect(withCode(result, 'column-order')).toHaveLength(1);
		expect(rows(db, 'SELECT PersonalID, FirstName, LastName FROM Client')).toEqual([
			{ PersonalID: 'C1', FirstName: 'Ann', LastName: null }
		]);
	});

	test('a missing required column is an error', async () => {
		const texts = exportTexts();
		texts['Enrollment.csv'] = renameHeader(texts['Enrollment.csv'], 'EntryDate', 'StartDate');
		const { result } = await load(asFiles(texts));
		expect(withCode(result, 'missing-column').map((f) => [f.column, f.severity])).toEqual([
			['EntryDate', 'error']
		]);
	});
});

describe('values', () => {
	async function findingsFor(file: string, rowsIn: Row[]) {
		const { db, result } = await load(asFiles(exportTexts({ [file]: rowsIn })));
		balanced(result);
		return { db, result, found: result.findings.filter((f) => f.file === `${file}.csv`) };
	}

	test('a date that does not parse is stored empty with a finding naming row, column and value', async () => {
		const { db, found } = await findingsFor('Enrollment', [
			{},
			{ EntryDate: '2025-02-30' },
			{ MoveInDate: '10/01/2025' }
		]);
		expect(found.map((f) => [f.code, f.row, f.column, f.value])).toEqual([
			['bad-date', 3, 'EntryDate', '2025-02-30'],
			['bad-date', 4, 'MoveInDate', '10/01/2025']
		]);
		expect(
			rows(db, 'SELECT EntryDate FROM Enrollment ORDER BY rowid').map((r) => r.EntryDate)
		).toEqual(['2025-01-01', null, '2025-01-01']);
	});

	test('datetimes, integers and money that do not parse', async () => {
		const { found } = await findingsFor('IncomeBenefits', [
			{ DateUpdated: 'soon', IncomeFromAnySource: 'yes', TotalMonthlyIncome: '$1,000' }
		]);
		expect(found.map((f) => [f.code, f.column])).toEqual([
			['bad-integer', 'IncomeFromAnySource'],
			['bad-money', 'TotalMonthlyIncome'],
			['bad-datetime', 'DateUpdated']
		]);
		expect(found.every((f) => f.severity === 'warning' && f.message && f.action)).toBe(true);
	});

	test("values outside the column's HUD list are kept and reported", async () => {
		const { db, found } = await findingsFor('Client', [{ VeteranStatus: 7 }]);
		expect(found.map((f) => [f.code, f.column, f.value])).toEqual([
			['not-in-list', 'VeteranStatus', '7']
		]);
		expect(rows(db, 'SELECT VeteranStatus FROM Client')).toEqual([{ VeteranStatus: 7 }]);
	});

	test('codes a column excludes from a shared list are reported', async () => {
		// 3.12.1 has 422, but Enrollment.LivingSituation must not use it.
		const { found } = await findingsFor('Enrollment', [
			{ LivingSituation: 422 },
			{ LivingSituation: 101 }
		]);
		expect(found.map((f) => [f.code, f.row, f.value])).toEqual([['not-in-list', 2, '422']]);
	});

	test('conditional lists follow the column they depend on', async () => {
		// DisabilityResponse uses 4.10.2 (0-3, 8, 9, 99) for substance use (10) and 1.8 (0, 1, 8, 9, 99) otherwise.
		const { found } = await findingsFor('Disabilities', [
			{ DisabilityType: 10, DisabilityResponse: 3 },
			{ DisabilityType: 5, DisabilityResponse: 3 },
			{ DisabilityType: 5, DisabilityResponse: 1 }
		]);
		expect(found.map((f) => [f.code, f.row, f.column])).toEqual([
			['not-in-list', 3, 'DisabilityResponse']
		]);
	});

	test('a conditional list with a condition applies only when it holds', async () => {
		// SubTypeProvided is checked only for SSVF services (RecordType 144).
		const { found } = await findingsFor('Services', [
			{ RecordType: 144, TypeProvided: 3, SubTypeProvided: 77 },
			{ RecordType: 200, TypeProvided: 200, SubTypeProvided: 77 }
		]);
		expect(found.map((f) => [f.code, f.row, f.column])).toEqual([
			['not-in-list', 2, 'SubTypeProvided']
		]);
	});

	test('empty required fields are reported and loaded as NULL', async () => {
		const { db, found } = await findingsFor('Enrollment', [{ RelationshipToHoH: null }]);
		expect(found.map((f) => [f.code, f.column])).toEqual([['empty-required', 'RelationshipToHoH']]);
		expect(rows(db, 'SELECT RelationshipToHoH FROM Enrollment')).toEqual([
			{ RelationshipToHoH: null }
		]);
	});
});

describe('rows set aside', () => {
	test('deleted rows are not loaded and are summarized per file', async () => {
		const { db, result } = await load(
			asFiles(
				exportTexts({
					Client: [
						{},
						{ DateDeleted: '2025-06-01 00:00:00' },
						{ DateDeleted: '2025-06-02 00:00:00' }
					]
				})
			)
		);
		expect(fileOf(result, 'Client.csv')).toMatchObject({
			read: 3,
			loaded: 1,
			setAside: 2,
			setAsideByReason: { deleted: 2 }
		});
		expect(withCode(result, 'deleted')).toHaveLength(1);
		expect(withCode(result, 'deleted')[0].value).toBe('2');
		expect(rows(db, 'SELECT count(*) AS n FROM Client')[0].n).toBe(1);
	});

	test('a repeated primary key keeps the first row and sets the rest aside', async () => {
		const { db, result } = await load(
			asFiles(
				exportTexts({
					Client: [
						{ FirstName: 'First' },
						{ PersonalID: 'C1', FirstName: 'Second' },
						{ PersonalID: 'C1' },
						{ PersonalID: 'C9' }
					]
				})
			)
		);
		expect(fileOf(result, 'Client.csv')).toMatchObject({
			read: 4,
			loaded: 2,
			setAside: 2,
			setAsideByReason: { 'duplicate key': 2 }
		});
		expect(withCode(result, 'duplicate-key').map((f) => [f.row, f.value])).toEqual([
			[3, 'C1'],
			[4, 'C1']
		]);
		expect(rows(db, 'SELECT PersonalID, FirstName FROM Client ORDER BY rowid')).toEqual([
			{ PersonalID: 'C1', FirstName: 'First' },
			{ PersonalID: 'C9', FirstName: null }
		]);
	});

	test('a deleted row does not make its live twin a duplicate', async () => {
		const { result } = await load(
			asFiles(
				exportTexts({ Client: [{ DateDeleted: '2025-06-01 00:00:00' }, { PersonalID: 'C1' }] })
			)
		);
		expect(fileOf(result, 'Client.csv')).toMatchObject({
			loaded: 1,
			setAsideByReason: { deleted: 1 }
		});
		expect(codes(result)).not.toContain('duplicate-key');
	});

	test('rows with an empty key or the wrong number of fields are unparseable', async () => {
		const texts = exportTexts({ Client: [{}, { PersonalID: null }] });
		texts['Client.csv'] +=
			'"C7","too","few"\n' + texts['Client.csv'].split('\n')[1].replace('"C1"', '"C8"') + ',,\n';
		const { result } = await load(asFiles(texts));
		expect(fileOf(result, 'Client.csv')).toMatchObject({
			read: 4,
			loaded: 2,
			setAside: 2,
			setAsideByReason: { unparseable: 2 }
		});
		expect(withCode(result, 'empty-key').map((f) => f.row)).toEqual([3]);
		expect(withCode(result, 'field-count').map((f) => [f.row, f.value])).toEqual([[4, '3']]);
		balanced(result);
	});

	test('broken quoting is reported', async () => {
		const texts = exportTexts();
		texts['Client.csv'] += '"C5","unclosed\n';
		const { result } = await load(asFiles(texts));
		expect(withCode(result, 'bad-quotes')).toHaveLength(1);
		balanced(result);
	});
});

describe('checks across files', () => {
	test('orphans: an enrollment without its client or project, an exit without its enrollment', async () => {
		const { result } = await load(
			asFiles(
				exportTexts({
					Enrollment: [{}, { PersonalID: 'C404', ProjectID: 'P404' }],
					Exit: [{}, { EnrollmentID: 'EN404' }],
					Funder: [{ ProjectID: 'P404' }]
				})
			)
		);
		const orphans = withCode(result, 'orphan').map((f) => [
			f.file,
			f.row,
			f.column,
			f.value,
			f.severity
		]);
		expect(orphans).toEqual([
			['Funder.csv', 2, 'ProjectID', 'P404', 'warning'],
			['Enrollment.csv', 3, 'PersonalID', 'C404', 'error'],
			['Enrollment.csv', 3, 'ProjectID', 'P404', 'error'],
			['Exit.csv', 3, 'EnrollmentID', 'EN404', 'warning']
		]);
	});

	test("an enrollment record's PersonalID is looked up only when it is not its enrollment's", async () => {
		const { result } = await load(
			asFiles(
				exportTexts({
					Enrollment: [{}, { EnrollmentID: 'EN2', PersonalID: 'C404' }],
					Services: [
						{ EnrollmentID: 'EN404', PersonalID: 'C405' },
						{ EnrollmentID: 'EN2', PersonalID: 'C404' }
					]
				})
			)
		);
		const found = result.findings.filter(
			(f) => f.file !== 'Services.csv' || f.code !== 'missing-file'
		);
		expect(
			found.filter((f) => f.code === 'orphan').map((f) => [f.file, f.row, f.column, f.value])
		).toEqual([
			['Enrollment.csv', 3, 'PersonalID', 'C404'],
			['Services.csv', 2, 'EnrollmentID', 'EN404'],
			['Services.csv', 2, 'PersonalID', 'C405']
		]);
		expect(codes(result)).not.toContain('person-mismatch');
	});

	test('a project without its organization and unknown users', async () => {
		const { result } = await load(
			asFiles(
				exportTexts({
					Project: [{ OrganizationID: 'O9' }],
					Client: [{ UserID: 'U9' }, { UserID: 'U8' }]
				})
			)
		);
		expect(withCode(result, 'orphan').map((f) => [f.file, f.column])).toEqual([
			['Project.csv', 'OrganizationID']
		]);
		expect(withCode(result, 'unknown-user').map((f) => [f.file, f.message])).toEqual([
			['Client.csv', '2 records name a UserID that is not in User.csv (U9, U8).']
		]);
	});

	test('a child record whose PersonalID differs from its enrollment', async () => {
		const { result } = await load(
			asFiles(exportTexts({ Client: [{}, {}], Services: [{ PersonalID: 'C2' }] }))
		);
		expect(withCode(result, 'person-mismatch').map((f) => [f.file, f.value])).toEqual([
			['Services.csv', 'C2']
		]);
	});

	test('a HouseholdID used in more than one project', async () => {
		const { result } = await load(
			asFiles(
				exportTexts({
					Project: [{}, {}],
					Enrollment: [
						{ HouseholdID: 'H1' },
						{ HouseholdID: 'H1', ProjectID: 'P2' },
						{ HouseholdID: 'H2' }
					]
				})
			)
		);
		expect(withCode(result, 'household-projects').map((f) => [f.value, f.message])).toEqual([
			['H1', expect.stringContaining('P1, P2')]
		]);
	});

	test('a CoC code the project does not have', async () => {
		const { result } = await load(
			asFiles(exportTexts({ ProjectCoC: [{}], Enrollment: [{}, { EnrollmentCoC: 'XX-999' }] }))
		);
		expect(withCode(result, 'coc-mismatch').map((f) => [f.row, f.value])).toEqual([[3, 'XX-999']]);
	});

	test("an ExportID that is not Export.csv's, once per file", async () => {
		const { result } = await load(
			asFiles(exportTexts({ Client: [{ ExportID: 'OTHER' }, { ExportID: 'OTHER' }] }))
		);
		expect(withCode(result, 'export-id').map((f) => [f.file, f.value, f.message])).toEqual([
			['Client.csv', 'OTHER', expect.stringMatching(/^2 records/)]
		]);
	});

	test('unknown users and foreign ExportIDs in the same records: counted, first row, in order', async () => {
		const { result } = await load(
			asFiles(
				exportTexts({
					Client: [
						{},
						{ UserID: 'U9', ExportID: 'B' },
						{ ExportID: 'A' },
						{ UserID: 'U8' },
						{ UserID: 'U9', ExportID: 'A' },
						{ UserID: 'U7,U6', ExportID: 'B' }
					],
					Enrollment: [{ ExportID: 'C' }]
				})
			)
		);
		const found = result.findings.filter((f) => ['unknown-user', 'export-id'].includes(f.code));
		expect(found.map((f) => [f.code, f.file, f.row, f.value, f.message.split(';')[0]])).toEqual([
			[
				'unknown-user',
				'Client.csv',
				3,
				'U9',
				'4 records name a UserID that is not in User.csv (U9, U8, U7, U6).'
			],
			['export-id', 'Client.csv', 3, 'B', "2 records carry ExportID B, which is not Export.csv's (E1)"],
			['export-id', 'Client.csv', 4, 'A', "2 records carry ExportID A, which is not Export.csv's (E1)"],
			['export-id', 'Enrollment.csv', 2, 'C', "1 records carry ExportID C, which is not Export.csv's (E1)"]
		]);
	});
});

describe('limits', () => {
	test('findings over the cap are counted and summarized, not kept', async () => {
		const bad = Array.from({ length: 30 }, () => ({ VeteranStatus: 7 }));
		const { result } = await load(asFiles(exportTexts({ Client: bad })), {
			findingCaps: { perKind: 10, total: 1000 }
		});
		const listed = withCode(result, 'not-in-list');
		expect(listed.filter((f) => f.row !== null)).toHaveLength(10);
		expect(result.findingsTruncated).toBe(20);
		expect(listed.find((f) => f.row === null)?.message).toMatch(
			/^30 findings of this kind \(not-in-list\); only 10 are listed/
		);
	});

	test('the overall cap holds across kinds', async () => {
		const bad = Array.from({ length: 20 }, () => ({ VeteranStatus: 7, DOB: 'x' }));
		const { result } = await load(asFiles(exportTexts({ Client: bad })), {
			findingCaps: { perKind: 100, total: 25 }
		});
		expect(
			result.findings.filter((f) => f.row !== null && f.file === 'Client.csv').length
		).toBeLessThanOrEqual(25);
		expect(result.findingsTruncated).toBeGreaterThan(0);
	});
});

describe('progress', () => {
	test('reports each file and ends at 100 percent', async () => {
		const seen: { file: string; percent: number }[] = [];
		const { loadExport } = await import('../../../src/engine/hmis/load');
		const initSqlJs = (await import('sql.js')).default;
		const SQL = await initSqlJs();
		await loadExport(new SQL.Database(), asZip(exportTexts()), (p) =>
			seen.push({ file: p.file, percent: p.percent })
		);
		expect(seen.map((s) => s.file)).toEqual(
			expect.arrayContaining(['Client.csv', 'Enrollment.csv', 'Export.csv'])
		);
		expect(seen[seen.length - 1].percent).toBe(100);
		expect(seen.every((s, i) => i === 0 || s.percent >= seen[i - 1].percent)).toBe(true);
	});
});
