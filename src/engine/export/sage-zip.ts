// The Sage upload: every table of the report as <TableId>.csv in one flat zip. The bytes depend
// only on the report, so the page and the command line produce identical files.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { tablesOf } from '../report/compositions';
import type { ReportParams } from '../report/params';
import type { ReportTable } from '../report/table';
import { sageCsv, sageFileName } from './sage-csv';

/** A file to download: its name and its bytes. */
export interface NamedBytes {
	name: string;
	bytes: Uint8Array;
}

/**
 * Zip entry times are local wall-clock fields (DOS format). A date built from local fields reads
 * back the same in every time zone, so 1980-01-01 00:00 (the DOS epoch) is stored everywhere.
 */
function fixedTime(): Date {
	return new Date(1980, 0, 1, 0, 0, 0);
}

/** Project part of the zip name: the id, ids joined with '+' up to three, else first + count. */
function projectPart(projectIds: string[]): string {
	const safe = projectIds.map((id) => id.replace(/[^A-Za-z0-9_.-]/g, '_'));
	if (safe.length <= 3) return safe.join('+');
	return `${safe[0]}+${safe.length - 1}-more`;
}

/** `APR-FY2026-<projects>-<start>-<end>.zip` (Sage reads only the entries, not this name). */
export function sageZipName(params: ReportParams): string {
	const kind = params.report.toUpperCase();
	return `${kind}-FY2026-${projectPart(params.projectIds)}-${params.start}-${params.end}.zip`;
}

/** Throws when a table of the report is absent: Sage rejects an upload missing any file. */
export function assertComplete(params: ReportParams, tables: ReportTable[]): void {
	const have = new Set(tables.map((t) => t.shape.id));
	const missing = tablesOf(params.report).filter((id) => !have.has(id));
	if (missing.length) {
		throw new Error(
			`The Sage zip needs all ${tablesOf(params.report).length} tables; ${missing.length} are not computed yet: ${missing.join(', ')}.`
		);
	}
}

/** The CSV text of every table of the report, in Sage's order. */
export function sageFiles(params: ReportParams, tables: ReportTable[]): { name: string; text: string }[] {
	assertComplete(params, tables);
	const byId = new Map(tables.map((t) => [t.shape.id, t]));
	return tablesOf(params.report).map((id) => {
		const table = byId.get(id)!;
		return { name: sageFileName(table), text: sageCsv(table) };
	});
}

/** The deterministic Sage zip of a finished report. */
export function sageZip(params: ReportParams, tables: ReportTable[]): NamedBytes {
	const mtime = fixedTime();
	const entries: Zippable = {};
	for (const file of sageFiles(params, tables)) entries[file.name] = [strToU8(file.text), { mtime }];
	return { name: sageZipName(params), bytes: zipSync(entries, { level: 6, mtime }) };
}
