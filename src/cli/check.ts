// `check EXPORT [--json]`: loads an export with the engine and prints the load summary and the
// findings, as text or as one JSON object. Exit 0 when it loaded, 1 when it could not be.
import initSqlJs from 'sql.js';
import { createEngine, failedLoad } from '../engine/engine';
import type { ExportInput, Finding, LoadProgress, LoadResult } from '../engine/hmis/types';
import { openExportPath } from '../engine/node-input';
import { parseArgs, UsageError, type Command } from './command';

const fmt = (n: number) => n.toLocaleString('en-US');

const SET_ASIDE_ORDER = ['deleted', 'unparseable', 'duplicate key'] as const;

function setAsideText(f: LoadResult['files'][number]): string {
	return SET_ASIDE_ORDER.filter((r) => f.setAsideByReason[r])
		.map((r) => `${fmt(f.setAsideByReason[r]!)} ${r}`)
		.join(', ');
}

function table(rows: string[][], rightAligned: number[]): string {
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
	return rows
		.map((r) =>
			r
				.map((c, i) => (rightAligned.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

function where(f: Finding): string {
	const parts = [f.file || '(archive)'];
	if (f.row !== null) parts.push(`row ${f.row}`);
	if (f.column) parts.push(f.value !== null ? `${f.column} "${f.value}"` : f.column);
	return parts.join(', ');
}

export function formatText(source: string, r: LoadResult): string {
	const out: string[] = [];
	out.push(`Export: ${source}`);
	if (!r.ok) out.push(`Not loaded: ${r.fatal}`);
	if (r.info) {
		const i = r.info;
		out.push(
			`Version: FY${i.sourceVersion}${i.csvVersion ? ` (CSVVersion "${i.csvVersion}")` : ''}, held as FY${i.version}`
		);
		const software = [i.softwareName, i.softwareVersion].filter(Boolean).join(' ');
		out.push(
			`Source: ${i.sourceName ?? 'not given'}${software ? `, ${software}` : ''}; ExportID ${i.exportId ?? 'not given'}; exported ${i.exportDate ?? 'on an unknown date'}`
		);
		out.push(`Export period: ${i.exportStartDate ?? '?'} to ${i.exportEndDate ?? '?'}`);
	}
	out.push(`Time: ${(r.millis / 1000).toFixed(1)} s`);
	if (r.files.length) {
		const rows = [['File', 'Table', 'Read', 'Loaded', 'Set aside', 'Why set aside']];
		for (const f of r.files)
			rows.push([f.name, f.table, fmt(f.read), fmt(f.loaded), fmt(f.setAside), setAsideText(f)]);
		const sum = (k: 'read' | 'loaded' | 'setAside') => fmt(r.files.reduce((n, f) => n + f[k], 0));
		rows.push(['Total', '', sum('read'), sum('loaded'), sum('setAside'), '']);
		out.push('', table(rows, [2, 3, 4]));
	}
	if (r.info?.conversions.length)
		out.push('', 'Conversions:', ...r.info.conversions.map((c) => `  - ${c}`));
	const bySeverity = (s: Finding['severity']) => r.findings.filter((f) => f.severity === s).length;
	const counts = `${fmt(bySeverity('error'))} errors, ${fmt(bySeverity('warning'))} warnings, ${fmt(bySeverity('info'))} info`;
	const more = r.findingsTruncated ? `; ${fmt(r.findingsTruncated)} more not listed` : '';
	out.push('', `Findings: ${r.findings.length ? counts : 'none'}${more}`);
	for (const f of r.findings) {
		out.push(`${f.severity.toUpperCase().padEnd(7)} ${where(f)}: ${f.message}`);
		out.push(`        What to do: ${f.action}`);
	}
	return out.join('\n') + '\n';
}

export function formatJson(r: LoadResult): string {
	return JSON.stringify({
		ok: r.ok,
		fatal: r.fatal,
		version: r.info?.sourceVersion ?? null,
		info: r.info,
		files: r.files.map((f) => ({
			name: f.name,
			table: f.table,
			bytes: f.bytes,
			read: f.read,
			loaded: f.loaded,
			setAside: f.setAside,
			setAsideByReason: f.setAsideByReason
		})),
		findings: r.findings.map((f) => ({
			severity: f.severity,
			file: f.file,
			row: f.row,
			column: f.column,
			value: f.value,
			message: f.message,
			action: f.action,
			code: f.code
		})),
		findingsTruncated: r.findingsTruncated,
		millis: r.millis
	});
}

/** A one-line progress display on a terminal's stderr; silent when stderr is not a terminal. */
function progressLine(): (p: LoadProgress) => void {
	if (!process.stderr.isTTY) return () => {};
	return (p) =>
		process.stderr.write(`\r\x1b[K${Math.floor(p.percent)}% ${p.file} ${fmt(p.rows)} rows`);
}

/** Loads the export at `path` into a fresh database; a path that cannot be opened is a failed load. */
async function loadPath(path: string, onProgress: (p: LoadProgress) => void): Promise<LoadResult> {
	let input: ExportInput;
	try {
		input = await openExportPath(path);
	} catch (e) {
		return failedLoad(`${path} could not be opened: ${(e as Error).message}`);
	}
	const engine = createEngine(await initSqlJs());
	try {
		return await engine.loadExport(input, onProgress);
	} finally {
		engine.forget();
	}
}

export const check: Command = {
	name: 'check',
	usage: 'check EXPORT [--json]',
	summary: 'load an export (.zip, .csv or folder of CSVs) and print its summary and findings',
	async run(args) {
		const { positional, flags } = parseArgs(args, { json: 'boolean' });
		if (positional.length !== 1)
			throw new UsageError(positional.length ? 'give exactly one EXPORT' : 'EXPORT is missing');
		const [path] = positional;
		const json = flags.json === true;
		const result = await loadPath(path, json ? () => {} : progressLine());
		if (process.stderr.isTTY && !json) process.stderr.write('\r\x1b[K');
		process.stdout.write(json ? formatJson(result) + '\n' : formatText(path, result));
		return result.ok ? 0 : 1;
	}
};
