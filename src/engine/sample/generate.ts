// Writes the seeded sample export as a zip, streaming: the client-level files are generated in
// a few passes over the families and deflated as they go, so a million clients fit in little
// memory.
import { Zip, ZipDeflate } from 'fflate';
import { FILE_SPECS, type FileSpec } from '../hmis/schema';
import { writeClients } from './client';
import {
	writeAssessmentQuestions,
	writeAssessmentResults,
	writeAssessments,
	writeEvents
} from './coordinated-entry';
import { CsvWriter } from './csv';
import { writeEnrollments, writeExits } from './enrollment';
import { writeDisabilities, writeHealthAndDv } from './health';
import { writeIncomeBenefits } from './income';
import { PROBLEM_INFO, PROBLEM_KINDS } from './problems';
import {
	writeAffiliations,
	writeCeParticipation,
	writeExport,
	writeFunders,
	writeHmisParticipation,
	writeInventory,
	writeOrganizations,
	writeProjectCocs,
	writeProjects,
	writeUsers
} from './project-files';
import { SampleRun, type FamilyVisitor } from './run';
import { writeCurrentLivingSituations, writeServices } from './services';
import { CSV_VERSION, REPORT_END, REPORT_START, ZIP_MTIME } from './timeline';
import { dateText } from './dates';
import { writeEmploymentEducation, writeYouthEducationStatus } from './youth';
import type { SampleFile, SampleManifest, SampleOptions, SampleSink } from './types';

export const MIN_CLIENTS = 100;
export const MAX_CLIENTS = 2_000_000;

type StaticWriter = (w: CsvWriter, run: SampleRun) => void;
type FamilyWriter = (w: CsvWriter, run: SampleRun) => FamilyVisitor;

/** The project-level files, written first and in the spec's order. */
const STATIC_FILES: Record<string, StaticWriter> = {
	Export: writeExport,
	Organization: writeOrganizations,
	User: writeUsers,
	Project: writeProjects,
	Funder: writeFunders,
	ProjectCoC: writeProjectCocs,
	Inventory: writeInventory,
	Affiliation: writeAffiliations,
	HMISParticipation: writeHmisParticipation,
	CEParticipation: writeCeParticipation
};

/**
 * The client-level files, grouped into passes over the families. The files of one pass are
 * written side by side; the zip keeps each file whole by holding the later files' deflated
 * bytes until the earlier ones end, so the big files come first in their pass.
 */
const PASSES: [string, FamilyWriter][][] = [
	[['Client', writeClients]],
	[
		['Enrollment', writeEnrollments],
		['Exit', writeExits]
	],
	[
		['IncomeBenefits', writeIncomeBenefits],
		['HealthAndDV', writeHealthAndDv]
	],
	[['Disabilities', writeDisabilities]],
	[
		['Services', writeServices],
		['CurrentLivingSituation', writeCurrentLivingSituations]
	],
	[
		['EmploymentEducation', writeEmploymentEducation],
		['YouthEducationStatus', writeYouthEducationStatus],
		['Assessment', writeAssessments],
		['AssessmentQuestions', writeAssessmentQuestions],
		['AssessmentResults', writeAssessmentResults],
		['Event', writeEvents]
	]
];

/** Why the options cannot be used, or null when they can. */
export function sampleOptionsError(options: SampleOptions): string | null {
	if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
		return 'seed must be a whole number from 0 to 4294967295';
	}
	if (
		!Number.isInteger(options.clients) ||
		options.clients < MIN_CLIENTS ||
		options.clients > MAX_CLIENTS
	) {
		return `clients must be a whole number from ${MIN_CLIENTS} to ${MAX_CLIENTS}`;
	}
	if (
		options.level !== undefined &&
		(!Number.isInteger(options.level) || options.level < 0 || options.level > 9)
	) {
		return 'level must be a whole number from 0 to 9';
	}
	return null;
}

/** Deflate level: 6 keeps small samples small; large ones trade size for speed. */
export function defaultLevel(clients: number): number {
	return clients <= 50_000 ? 6 : 1;
}

/**
 * Generates the sample export and hands the zip to `sink` chunk by chunk (the last call has
 * `final` true). Synchronous; returns what was written.
 */
export function generateSample(options: SampleOptions, sink: SampleSink): SampleManifest {
	const error = sampleOptionsError(options);
	if (error !== null) throw new RangeError(error);
	const level = (options.level ?? defaultLevel(options.clients)) as
		0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
	const run = new SampleRun(options.seed >>> 0, options.clients);
	let zipBytes = 0;
	const zip = new Zip((err, chunk, final) => {
		if (err) throw err;
		zipBytes += chunk.length;
		sink(chunk, final);
	});
	const files: SampleFile[] = [];
	const open = (file: string) => {
		const spec = FILE_SPECS['2026'].find((f) => f.file === file) as FileSpec;
		const entry = new ZipDeflate(`${file}.csv`, { level });
		entry.mtime = ZIP_MTIME;
		zip.add(entry);
		return new CsvWriter(entry, spec);
	};
	const close = (w: CsvWriter) => {
		w.end();
		files.push({
			name: `${w.spec.file}.csv`,
			rows: w.rows,
			bytes: w.bytes,
			deleted: 0,
			duplicates: 0
		});
	};
	for (const [file, write] of Object.entries(STATIC_FILES)) {
		const w = open(file);
		write(w, run);
		close(w);
	}
	for (const pass of PASSES) {
		const writers = pass.map(([file]) => open(file));
		const visitors = pass.map(([, write], i) => write(writers[i], run));
		run.forEachFamily((family) => {
			for (const visit of visitors) visit(family);
		});
		writers.forEach(close);
	}
	zip.end();

	const problems = PROBLEM_KINDS.filter((k) => run.problemCounts.has(k)).map((kind) => ({
		kind,
		...PROBLEM_INFO[kind],
		rows: run.problemCounts.get(kind) as number
	}));
	for (const p of problems) {
		const file = files.find((f) => f.name === p.file) as SampleFile;
		if (p.effect === 'deleted') file.deleted += p.rows;
		if (p.effect === 'duplicate key') file.duplicates += p.rows;
	}
	return {
		seed: options.seed,
		clients: options.clients,
		households: run.households,
		enrollments: run.enrollments,
		csvVersion: CSV_VERSION,
		exportId: run.exportId,
		reportStart: dateText(REPORT_START),
		reportEnd: dateText(REPORT_END),
		level,
		files,
		problems,
		zipBytes
	};
}

/** The whole zip in memory: for small samples (the browser's "Try the sample export"). */
export function generateSampleZip(options: SampleOptions): {
	zip: Uint8Array<ArrayBuffer>;
	manifest: SampleManifest;
} {
	const chunks: Uint8Array[] = [];
	const manifest = generateSample(options, (chunk) => chunks.push(chunk));
	const zip = new Uint8Array(manifest.zipBytes);
	let at = 0;
	for (const c of chunks) {
		zip.set(c, at);
		at += c.length;
	}
	return { zip, manifest };
}

const written = [...Object.keys(STATIC_FILES), ...PASSES.flat().map(([file]) => file)];
const unwritten = FILE_SPECS['2026'].filter((f) => !written.includes(f.file)).map((f) => f.file);
if (unwritten.length > 0) throw new Error(`The sample generator writes no ${unwritten.join(', ')}`);
