// `report EXPORT --report apr --start D --end D --project ID[,ID...] [--coc CODE] --out OUT
// [--detail DIR] [--no-identifiers]`: runs a report over an export the way the page does and
// writes the Sage zip (OUT ending in .zip) or a folder of the table CSVs, prints Sage's
// consistency checks and a one-line summary.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import type { ReportSummary } from '../engine/api';
import { createEngine, type Engine } from '../engine/engine';
import { textPieces } from '../engine/export/zip';
import { openExportPath } from '../engine/node-input';
import type { CheckResult } from '../engine/report/checks';
import { validateParams, type ReportKind, type ReportParams } from '../engine/report/params';
import { parseArgs, UsageError, type Command } from './command';

const FLAGS = {
	report: 'string',
	start: 'string',
	end: 'string',
	project: 'string',
	coc: 'string',
	out: 'string',
	detail: 'string',
	'no-identifiers': 'boolean'
} as const;

const list = (value: string): string[] =>
	value
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);

/** The report parameters from the arguments; throws UsageError when one is missing or bad. */
export function reportParams(flags: Record<string, string | true>): ReportParams {
	for (const name of ['report', 'start', 'end', 'project', 'out']) {
		if (typeof flags[name] !== 'string') throw new UsageError(`--${name} is required`);
	}
	const report = flags.report as string;
	if (report !== 'apr' && report !== 'caper')
		throw new UsageError(`--report must be apr or caper, not "${report}"`);
	const params: ReportParams = {
		report: report as ReportKind,
		start: flags.start as string,
		end: flags.end as string,
		projectIds: list(flags.project as string),
		...(typeof flags.coc === 'string' ? { cocCodes: list(flags.coc) } : {})
	};
	const problems = validateParams(params);
	if (problems.length) throw new UsageError(problems.join(' '));
	return params;
}

const MAX_FAILURES_SHOWN = 10;

/** The consistency results as lines: every rule's status, and each failure with its cells. */
export function formatChecks(checks: CheckResult[]): string {
	const lines = ['Consistency checks (Sage):'];
	for (const c of checks) {
		const status = c.status === 'fail' ? 'FAIL' : c.status;
		lines.push(`  ${status.padEnd(4)}  ${c.id.padStart(2)}  ${c.description}`);
		if (c.status === 'n/a') lines.push(`              ${c.detail}`);
		for (const f of c.failures.slice(0, MAX_FAILURES_SHOWN)) {
			const cells = f.cells.map((x) => `${x.table} ${x.cell} = ${x.value}`).join(', ');
			lines.push(
				`              ${f.assertion}: ${f.values.map((v) => Math.round(v * 10000) / 10000).join(' vs ')} [${cells}]`
			);
		}
		if (c.failures.length > MAX_FAILURES_SHOWN) {
			lines.push(`              ... and ${c.failures.length - MAX_FAILURES_SHOWN} more`);
		}
	}
	return `${lines.join('\n')}\n`;
}

/** Notes the questions left on their tables (e.g. clients in gray cells), or nothing. */
export function formatNotes(summary: ReportSummary): string {
	const lines = summary.tables.flatMap((t) => t.notes.map((n) => `  ${t.shape.id}: ${n}`));
	return lines.length ? `Notes:\n${lines.join('\n')}\n` : '';
}

function tally(checks: CheckResult[]): string {
	const n = (s: CheckResult['status']) => checks.filter((c) => c.status === s).length;
	return `${n('pass')} pass, ${n('fail')} fail, ${n('n/a')} n/a`;
}

async function writeOutput(engine: Engine, summary: ReportSummary, out: string): Promise<string> {
	if (out.toLowerCase().endsWith('.zip')) {
		const zip = engine.sageZip();
		await writeFile(out, zip.bytes);
		return `${summary.tables.length} tables in ${out}`;
	}
	const files = engine.reports.sageFiles();
	await mkdir(out, { recursive: true });
	for (const f of files) await writeFile(join(out, f.name), f.text);
	return `${files.length} table CSVs in ${out}/`;
}

export const report: Command = {
	name: 'report',
	usage:
		'report EXPORT --report apr --start YYYY-MM-DD --end YYYY-MM-DD --project ID[,ID...] [--coc CODE] --out OUT [--detail DIR] [--no-identifiers]',
	summary: 'run a report: Sage zip (OUT.zip) or CSV folder, validation files, consistency checks',
	async run(args) {
		const { positional, flags } = parseArgs(args, FLAGS);
		if (positional.length !== 1)
			throw new UsageError('give exactly one EXPORT (a .zip, a .csv or a folder)');
		const params = reportParams(flags);
		const started = performance.now();

		let input;
		try {
			input = await openExportPath(positional[0]);
		} catch (e) {
			process.stderr.write(`The export could not be opened: ${(e as Error).message}\n`);
			return 1;
		}
		// The same engine object the page's worker uses, so the files are the same bytes.
		const engine = createEngine(await initSqlJs());
		try {
			const loaded = await engine.loadExport(input);
			if (!loaded.ok) {
				process.stderr.write(`${loaded.fatal}\n`);
				return 1;
			}
			let summary: ReportSummary;
			try {
				summary = await engine.runReport(params);
			} catch (e) {
				// An export the engine cannot cope with (a bug to report): say so without a stack trace.
				process.stderr.write(`The report could not be run: ${(e as Error).message}\n`);
				return 1;
			}
			if (!summary.ok) {
				process.stderr.write(
					`The report could not be run:\n${summary.problems.map((p) => `  ${p}`).join('\n')}\n`
				);
				return 1;
			}
			process.stdout.write(formatChecks(summary.checks) + formatNotes(summary));
			let written: string;
			try {
				written = await writeOutput(engine, summary, flags.out as string);
			} catch (e) {
				process.stderr.write(`The report could not be written: ${(e as Error).message}\n`);
				return 1;
			}
			if (typeof flags.detail === 'string') {
				await mkdir(flags.detail, { recursive: true });
				const files = engine.validationFiles({
					includeIdentifiers: flags['no-identifiers'] !== true
				});
				for (const f of files) await writeFile(join(flags.detail, f.name), textPieces(f));
				written += `, validation files in ${flags.detail}/`;
			}
			const seconds = ((performance.now() - started) / 1000).toFixed(1);
			process.stdout.write(
				`${params.report.toUpperCase()} ${params.start} to ${params.end}, project ${params.projectIds.join(', ')}: ${written}; checks ${tally(summary.checks)}; ${seconds} s\n`
			);
			return 0;
		} finally {
			engine.forget();
		}
	}
};
