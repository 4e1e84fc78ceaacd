// One Node measurement of the benchmark, in a fresh process so its memory peaks are its own:
// loads an export through the engine, then runs the APR for the biggest project and, when asked,
// for every project pooled. Prints one JSON line (a NodeResult) on stdout.
//   node --import tsx tests/bench/node-measure.ts EXPORT.zip [--pooled] [--timings]
import initSqlJs from 'sql.js';
import { createEngine } from '../../src/engine/engine';
import { openExportPath } from '../../src/engine/node-input';
import { biggestProject, everyProject } from './projects';
import { peakRss, resetPeak } from './memory';
import { APR_PERIOD, type NodeResult, type ReportFigures } from './types';

/** sql.js keeps its wasm memory to itself: catch it as the module is instantiated. */
const memories: WebAssembly.Memory[] = [];
const instantiate = WebAssembly.instantiate.bind(WebAssembly);
WebAssembly.instantiate = (async (...args: Parameters<typeof instantiate>) => {
	const result = await instantiate(...args);
	// Given bytes, instantiate resolves to { module, instance }; given a module, to the instance.
	const { instance } = result as unknown as WebAssembly.WebAssemblyInstantiatedSource;
	for (const value of Object.values(instance.exports)) {
		if (value instanceof WebAssembly.Memory) memories.push(value);
	}
	return result;
}) as typeof WebAssembly.instantiate;

/** The wasm heap only grows, so its size now is its peak so far. */
const wasmHeap = () => memories.reduce((n, m) => n + m.buffer.byteLength, 0);

const [path, ...flags] = process.argv.slice(2);
if (!path) {
	console.error('usage: node-measure.ts EXPORT.zip [--pooled] [--timings]');
	process.exit(2);
}

const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

const engine = createEngine(await initSqlJs());
resetPeak();
let t = performance.now();
let cpu = cpuMs();
const load = await engine.loadExport(await openExportPath(path));
const loadMs = performance.now() - t;
const loadCpuMs = cpuMs() - cpu;
if (!load.ok) throw new Error(`the export did not load: ${load.fatal}`);
const loadPeak = peakRss();
const loadWasm = wasmHeap();

const projects = engine.projects();

async function report(projectIds: string[]): Promise<ReportFigures> {
	resetPeak();
	t = performance.now();
	cpu = cpuMs();
	const summary = await engine.runReport({ report: 'apr', ...APR_PERIOD, projectIds });
	const ms = performance.now() - t;
	const spent = cpuMs() - cpu;
	if (!summary.ok) throw new Error(`the report did not run: ${summary.problems.join(' ')}`);
	const failed = summary.checks.filter((c) => c.status === 'fail').map((c) => c.id);
	return {
		projects: projectIds.length,
		ms,
		cpuMs: spent,
		peakRss: peakRss(),
		wasmHeap: wasmHeap(),
		failedChecks: failed,
		timings: flags.includes('--timings') ? summary.timings : undefined
	};
}

const biggest = biggestProject(projects);
const result: NodeResult = {
	files: load.files.length,
	csvBytes: load.files.reduce((n, f) => n + f.bytes, 0),
	rows: load.files.reduce((n, f) => n + f.read, 0),
	loadMs,
	loadCpuMs,
	peakRss: loadPeak,
	wasmHeap: loadWasm,
	biggest: { id: biggest.id, enrollments: biggest.enrollments, ...(await report([biggest.id])) },
	pooled: flags.includes('--pooled') ? await report(everyProject(projects)) : null
};
process.stdout.write(`${JSON.stringify(result)}\n`);
