// The Sage upload: every table of the report as <TableId>.csv in one flat zip. The bytes depend
// only on the report, so the page and the command line produce identical files.
import { tablesOf } from '../report/compositions';
import type { ReportParams } from '../report/params';
import type { ReportTable } from '../report/table';
import { sageCsv, sageFileName } from './sage-csv';
import { zipText, type NamedBytes, type TextFile } from './zip';

export type { NamedBytes, TextFile } from './zip';

/** Project part of the zip name: the id, ids joined with '+' up to three, else first + count. */
function projectPart(projectIds: string[]): string {
	const safe = projectIds.map((id) => id.replace(/[^A-Za-z0-9_.-]/g, '_'));
	if (safe.length <= 3) return safe.join('+');
	return `${safe[0]}+${safe.length - 1}-more`;
}

/**
 * `APR-FY2026-<projects>-<start>-<end>.zip`, or `CAPER-FY2026-...` for a CAPER: the report leads
 * so the two uploads of one project never share a name (Sage reads only the entries).
 */
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
export function sageFiles(params: ReportParams, tables: ReportTable[]): TextFile[] {
	assertComplete(params, tables);
	const byId = new Map(tables.map((t) => [t.shape.id, t]));
	return tablesOf(params.report).map((id) => {
		const table = byId.get(id)!;
		return { name: sageFileName(table), text: sageCsv(table) };
	});
}

/** The deterministic Sage zip of a finished report. */
export function sageZip(params: ReportParams, tables: ReportTable[]): NamedBytes {
	return zipText(sageZipName(params), sageFiles(params, tables));
}
