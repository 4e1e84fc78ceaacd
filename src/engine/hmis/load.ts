// Loads an HMIS CSV export into sql.js: a first pass over the input finds the files, reads
// Export.csv and decides the version; the second streams every file into its table; then the
// indexes are built and the cross-file checks run. Expected problems come back as data.
import type { Database, SqlJsStatic } from 'sql.js';
import { ArchiveError, inputSize, readInput, type EntrySink, type ExportEntry } from './archive';
import { runChecks } from './checks';
import { conversionHeadline, fileConversion } from './conversion';
import { CsvReader, DEFAULT_BLOCK_SIZE } from './csv-reader';
import { FileLoader } from './file-loader';
import { FindingLog } from './findings';
import { FILE_SPECS, fileSpec, type FileSpec, type SpecVersion } from './schema';
import { createIndexes, createTables } from './tables';
import type { ExportInfo, ExportInput, Finding, LoadProgress, LoadResult } from './types';
import { detectVersion } from './version';

export interface LoadOptions {
	/** Bytes per decoded text block (tests use small blocks to cut characters and records). */
	blockSize?: number;
	/** Per file and kind, and overall, how many findings are kept. */
	findingCaps?: { perKind: number; total: number };
	/**
	 * The sql.js module `db` came from: rows are then bound straight into SQLite's memory, which
	 * makes the load markedly faster. Without it they go through sql.js's Statement API.
	 */
	sql?: SqlJsStatic;
}

/** Without these the export cannot be read at all. */
export const REQUIRED_FILES = ['Export', 'Project', 'Client', 'Enrollment'];

/** Share of the progress bar for the file pass; the rest is indexes and checks. */
const LOAD_SHARE = 95;
export const INDEXING = 'Indexing';
export const CHECKING = 'Checking across files';

interface Survey {
	/** First entry for each HUD file, by table name. */
	files: Map<string, ExportEntry>;
	exportRows: string[][];
	clientHeader: string[] | null;
}

const isCsv = (name: string) => name.toLowerCase().endsWith('.csv');
const tableOf = (name: string) => (isCsv(name) ? fileSpec('2026', name.slice(0, -4)) : undefined);

/** Pass one: lists the entries and reads Export.csv and Client.csv's header, skipping the rest. */
async function survey(input: ExportInput, log: FindingLog): Promise<Survey> {
	const files = new Map<string, ExportEntry>();
	const exportRows: string[][] = [];
	let clientHeader: string[] | null = null;
	await readInput(input, (entry) => {
		const spec = tableOf(entry.name);
		if (!spec) {
			log.add(
				finding(
					'info',
					entry.path,
					'unexpected-file',
					`${entry.path} is not a file of the HMIS CSV specification; it was ignored.`,
					'Nothing to do, unless it is a misnamed HUD file.'
				)
			);
			return null;
		}
		const seen = files.get(spec.file);
		if (seen) {
			log.add(
				finding(
					'warning',
					entry.path,
					'duplicate-file',
					`${entry.path} repeats ${seen.path}; only ${seen.path} was read.`,
					'Put exactly one copy of each file in the export.'
				)
			);
			return null;
		}
		files.set(spec.file, entry);
		if (spec.file === 'Export') return new CsvReader({ row: (f) => void exportRows.push(f) });
		if (spec.file === 'Client')
			return new CsvReader({
				row: (f) => {
					clientHeader = f;
					return false;
				}
			});
		return null;
	});
	return { files, exportRows, clientHeader };
}

function finding(
	severity: Finding['severity'],
	file: string,
	code: string,
	message: string,
	action: string
): Finding {
	return { severity, file, row: null, column: null, value: null, message, action, code };
}

function exportInfo(rows: string[][], version: SpecVersion, csvVersion: string): ExportInfo {
	const [header = [], ...data] = rows;
	const last = data[data.length - 1] ?? [];
	const field = (name: string) => {
		const at = header.findIndex(
			(h) =>
				h
					.replace(/^\uFEFF/, '')
					.trim()
					.toLowerCase() === name.toLowerCase()
		);
		const v = at >= 0 ? (last[at] ?? '').trim() : '';
		return v === '' ? null : v;
	};
	return {
		version: '2026',
		sourceVersion: version,
		csvVersion,
		exportId: field('ExportID'),
		sourceName: field('SourceName'),
		softwareName: field('SoftwareName'),
		softwareVersion: field('SoftwareVersion'),
		exportDate: field('ExportDate'),
		exportStartDate: field('ExportStartDate'),
		exportEndDate: field('ExportEndDate'),
		conversions: []
	};
}

function failed(
	fatal: string,
	log: FindingLog,
	started: number,
	files: LoadResult['files'] = []
): LoadResult {
	return {
		ok: false,
		fatal,
		info: null,
		files,
		findings: log.kept,
		findingsTruncated: log.truncated,
		millis: Date.now() - started
	};
}

const listNames = (names: string[]) =>
	names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * Replaces the database's HMIS tables with the export's data. Never throws for a bad export:
 * `fatal` says why nothing could be loaded, findings say what is wrong in what was.
 */
export async function loadExport(
	db: Database,
	input: ExportInput,
	onProgress: (p: LoadProgress) => void = () => {},
	options: LoadOptions = {}
): Promise<LoadResult> {
	const started = Date.now();
	const caps = options.findingCaps;
	const log = caps ? new FindingLog(caps.perKind, caps.total) : new FindingLog();
	const totalBytes = inputSize(input);
	const progress = (file: string, rows: number, bytes: number, percent: number) =>
		onProgress({
			file,
			rows,
			bytes,
			totalBytes,
			percent: Math.min(100, Math.round(percent * 10) / 10)
		});

	let found: Survey;
	try {
		found = await survey(input, log);
	} catch (e) {
		if (e instanceof ArchiveError)
			return failed(`The export could not be read: ${e.message}.`, log, started);
		throw e;
	}
	const missing = REQUIRED_FILES.filter((f) => !found.files.has(f));
	if (missing.length)
		return failed(
			`The export has no ${listNames(missing.map((f) => `${f}.csv`))}: ${missing.length > 1 ? 'these files are' : 'this file is'} required to load it.`,
			log,
			started
		);
	for (const spec of FILE_SPECS['2026'])
		if (!found.files.has(spec.file))
			log.add(
				finding(
					'warning',
					`${spec.file}.csv`,
					'missing-file',
					`${spec.file}.csv is not in the export; its table is empty.`,
					'Nothing to do if the HMIS has no such records; otherwise export again with every file.'
				)
			);

	const header = found.exportRows[0] ?? [];
	const csvVersionAt = header.findIndex((h) => h.trim().toLowerCase() === 'csvversion');
	const lastExport = found.exportRows[found.exportRows.length - 1];
	const csvVersion =
		csvVersionAt >= 0 && found.exportRows.length > 1 ? (lastExport[csvVersionAt] ?? '').trim() : '';
	const verdict = detectVersion(csvVersion, found.clientHeader);
	if (verdict.version === null) return failed(verdict.fatal, log, started);
	const version = verdict.version;
	if (verdict.note)
		log.add(
			finding(
				'warning',
				found.files.get('Export')!.path,
				'version-from-headers',
				verdict.note,
				'Have the HMIS fill CSVVersion in Export.csv.'
			)
		);
	const info = exportInfo(found.exportRows, version, csvVersion);

	createTables(db);
	const loaders: FileLoader[] = [];
	let consumed = 0;
	let current = '';
	const blockSize = options.blockSize ?? DEFAULT_BLOCK_SIZE;
	const percentOf = (bytes: number) => (totalBytes ? (LOAD_SHARE * bytes) / totalBytes : 0);
	const ctx = {
		db,
		sql: options.sql,
		log,
		version,
		onRows: (s: { name: string; read: number }) =>
			progress(s.name, s.read, consumed, percentOf(consumed))
	};
	try {
		await readInput(
			input,
			(entry) => {
				const spec = tableOf(entry.name);
				if (!spec || found.files.get(spec.file)?.path !== entry.path) return null;
				const source = sourceSpec(version, spec);
				const conversion = fileConversion(version, spec.file);
				const loader = new FileLoader(ctx, entry.name, source, spec, conversion);
				loaders.push(loader);
				current = entry.name;
				progress(entry.name, 0, consumed, percentOf(consumed));
				return counting(new CsvReader(loader, blockSize), loader.summary, () => {
					loader.finish();
					progress(entry.name, loader.summary.read, consumed, percentOf(consumed));
				});
			},
			(n) => (consumed = n)
		);
	} catch (e) {
		for (const loader of loaders) loader.abandon();
		try {
			db.run('ROLLBACK');
		} catch {
			// No transaction was open.
		}
		const summaries = loaders.map((l) => l.summary);
		if (e instanceof ArchiveError)
			return failed(`The export could not be read: ${e.message}.`, log, started, summaries);
		return failed(
			`Loading stopped in ${current}: ${(e as Error).message}`,
			log,
			started,
			summaries
		);
	}

	// The last steps are not files: they show under their own names.
	progress(INDEXING, 0, totalBytes, LOAD_SHARE);
	createIndexes(db);
	progress(CHECKING, 0, totalBytes, LOAD_SHARE + 2);
	runChecks(db, log, {
		fileNames: new Map(loaders.map((l) => [l.summary.table, l.summary.name])),
		exportIds: exportIds(db)
	});
	const headline = conversionHeadline(version);
	if (headline) info.conversions = [headline, ...loaders.flatMap((l) => l.conversionNotes())];
	log.summarizeTruncation();
	progress(CHECKING, 0, totalBytes, 100);
	return {
		ok: true,
		fatal: null,
		info,
		files: loaders.map((l) => l.summary),
		findings: log.kept,
		findingsTruncated: log.truncated,
		millis: Date.now() - started
	};
}

function sourceSpec(version: SpecVersion, target: FileSpec): FileSpec {
	return fileSpec(version, target.file) ?? target;
}

function exportIds(db: Database): string[] {
	const res = db.exec('SELECT DISTINCT ExportID FROM Export WHERE ExportID IS NOT NULL');
	return res.length ? res[0].values.map((v) => String(v[0])) : [];
}

/** Passes bytes on to the reader while counting the file's (uncompressed) size. */
function counting(reader: CsvReader, summary: { bytes: number }, onEnd: () => void): EntrySink {
	return {
		data(bytes) {
			summary.bytes += bytes.length;
			return reader.data(bytes);
		},
		end() {
			reader.end();
			onEnd();
		}
	};
}
