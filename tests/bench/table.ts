// The benchmark's figures as markdown tables, ready to paste into the README.
import type { BrowserResult } from './browser-measure';
import type { FloorResult, LoadFigures, NodeResult, ReportFigures } from './types';

type Failed = { error: string };

export interface SizeResult {
	clients: number;
	zip: string;
	zipBytes: number;
	floor?: FloorResult;
	node?: NodeResult | Failed;
	browser?: BrowserResult;
}

export interface RunInfo {
	started: Date;
	machine: string;
	/** The highest 1-minute load average seen: above the core count, times are stretched. */
	loadAverage: number;
}

const LOAD_COLUMNS = [
	'Clients',
	'Zip bytes',
	'CSV bytes',
	'Rows',
	'Runtime',
	'Load',
	'Load CPU',
	'Rows/s',
	'Peak RSS',
	'Wasm heap',
	'papaparse floor',
	'Load CPU ÷ floor CPU'
];

const REPORT_COLUMNS = [
	'Clients',
	'Runtime',
	'Biggest project (enrollments)',
	'APR, one project',
	'CPU',
	'Peak RSS',
	'Projects pooled',
	'APR, every project',
	'CPU',
	'Peak RSS'
];

const NOTES = [
	'Load: from the zip on disk (Node) or a File in the page (Chromium) to the loaded, indexed ' +
		"and checked database. CPU is the process's user + system time over the same span " +
		'(Chromium: the renderer that runs the page and its worker).',
	"Peak RSS: the kernel's high-water mark of resident memory (VmHWM) of the Node process or " +
		"the renderer, reset before each step. Wasm heap: sql.js's WebAssembly memory after the " +
		'step (it never shrinks; its cap is 2 GiB).',
	'papaparse floor (Node): the same zip streamed through fflate, cut into whole-line blocks, ' +
		'decoded and parsed with a `step` callback that does nothing; the ratio compares CPU times.',
	'Reports: `runReport` for FY2026 (October 2025 to September 2026) on the loaded export, ' +
		'Sage checks included. One project: the one with the most enrollments; every project: all ' +
		'but Coordinated Entry, pooled.'
];

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${int(bytes / 1e6)} MB`);
const failed = (r: LoadFigures | Failed | undefined): r is Failed => !!r && 'error' in r;

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
const TEXT_COLUMNS = ['Runtime', 'Biggest project (enrollments)'];
const header = (columns: string[]) => [
	line(columns),
	line(columns.map((c) => (TEXT_COLUMNS.includes(c) ? '---' : '---:')))
];
/** A row that says why a measurement failed, padded to the table's width. */
const failure = (lead: string[], error: string, width: number) =>
	line([...lead, `failed: ${error}`, ...Array(width - lead.length - 1).fill('')]);

function loadRow(size: SizeResult, where: string, r: LoadFigures | Failed, floor?: FloorResult) {
	const lead = [int(size.clients), int(size.zipBytes)];
	if (failed(r)) return failure([...lead, '', '', where], r.error, LOAD_COLUMNS.length);
	return line([
		...lead,
		int(r.csvBytes),
		int(r.rows),
		where,
		seconds(r.loadMs),
		seconds(r.loadCpuMs),
		int(r.rows / (r.loadMs / 1000)),
		mb(r.peakRss),
		mb(r.wasmHeap),
		floor ? `${seconds(floor.ms)} (CPU ${seconds(floor.cpuMs)})` : '',
		floor ? `${(r.loadCpuMs / floor.cpuMs).toFixed(1)}×` : ''
	]);
}

const reportCells = (r: ReportFigures | null) =>
	r ? [seconds(r.ms), seconds(r.cpuMs), mb(r.peakRss)] : ['not run', '', ''];

function reportRow(size: SizeResult, where: string, r: LoadFigures | Failed) {
	const lead = [int(size.clients), where];
	if (failed(r)) return failure(lead, r.error, REPORT_COLUMNS.length);
	return line([
		...lead,
		`${r.biggest.id} (${int(r.biggest.enrollments)})`,
		...reportCells(r.biggest),
		r.pooled ? String(r.pooled.projects) : '',
		...reportCells(r.pooled)
	]);
}

/** One line per set of failed Sage checks, naming the runs where they failed. */
function checkNotes(results: SizeResult[]): string[] {
	const where = new Map<string, string[]>();
	for (const s of results) {
		for (const [runtime, r] of [
			['Node', s.node],
			['Chromium', s.browser]
		] as const) {
			if (!r || failed(r)) continue;
			for (const [which, rep] of [
				['one project', r.biggest],
				['every project', r.pooled]
			] as const) {
				const ids = rep?.failedChecks.join(', ');
				if (ids)
					where.set(ids, [...(where.get(ids) ?? []), `${int(s.clients)} ${runtime} ${which}`]);
			}
		}
	}
	return [...where].map(([ids, runs]) => `Sage check ${ids} failed in: ${runs.join('; ')}.`);
}

export function markdown(results: SizeResult[], info: RunInfo): string {
	const lines = [
		`Benchmark of ${info.started.toISOString().slice(0, 10)} on ${info.machine}; ` +
			`highest 1-minute load average during the run: ${info.loadAverage.toFixed(1)}.`,
		'',
		...header(LOAD_COLUMNS)
	];
	for (const s of results) {
		if (s.node) lines.push(loadRow(s, 'Node', s.node, s.floor));
		if (s.browser) lines.push(loadRow(s, 'Chromium', s.browser));
	}
	lines.push('', ...header(REPORT_COLUMNS));
	for (const s of results) {
		if (s.node) lines.push(reportRow(s, 'Node', s.node));
		if (s.browser) lines.push(reportRow(s, 'Chromium', s.browser));
	}
	lines.push('', ...[...NOTES, ...checkNotes(results)].map((n) => `- ${n}`), '');
	return `${lines.join('\n')}\n`;
}
