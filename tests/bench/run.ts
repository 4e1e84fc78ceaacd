// `npm run bench [-- --sizes 10000,100000 --node-only --browser-only --seed N --pooled-max N]`:
// generates sample exports of growing size (cached in tests/.out/bench by seed and size), then
// measures for each the load, papaparse's bare parse of the same bytes, and the APR of the
// biggest project and of every project pooled, in Node and in headless Chromium. Prints a
// markdown table and writes it to tests/.out/bench/results.md (and the raw figures as JSON).
import { execFileSync, spawnSync } from 'node:child_process';
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	renameSync,
	statSync,
	writeFileSync,
	writeSync
} from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSample } from '../../src/engine/sample';
import { measureInBrowser, type BrowserResult } from './browser-measure';
import { markdown, type SizeResult } from './table';
import type { FloorResult, NodeResult } from './types';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'tests/.out/bench');

function usage(message: string): never {
	console.error(
		`${message}\nusage: npm run bench -- [--sizes 10000,100000,500000] [--seed N] ` +
			'[--pooled-max N] [--node-only | --browser-only]'
	);
	process.exit(2);
}

function parseArgs(argv: string[]) {
	const opts = {
		sizes: [10_000, 100_000, 500_000],
		seed: 1,
		pooledMax: 100_000,
		node: true,
		browser: true
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => argv[++i] ?? usage(`${a} needs a value`);
		if (a === '--sizes') opts.sizes = value().split(',').map(Number);
		else if (a === '--seed') opts.seed = Number(value());
		else if (a === '--pooled-max') opts.pooledMax = Number(value());
		else if (a === '--node-only') opts.browser = false;
		else if (a === '--browser-only') opts.node = false;
		else usage(`unknown option ${a}`);
	}
	if (!opts.node && !opts.browser) usage('--node-only and --browser-only exclude each other');
	if (opts.sizes.some((n) => !Number.isInteger(n) || n < 100))
		usage('--sizes takes whole numbers of at least 100');
	if (!Number.isInteger(opts.seed) || opts.seed < 0) usage('--seed takes a whole number');
	return opts;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

/** The cached export for a seed and size, generated (streamed to disk) when missing. */
function exportZip(seed: number, clients: number): string {
	const zip = join(outDir, `seed${seed}-clients${clients}.zip`);
	if (existsSync(zip)) return zip;
	say(`generating ${clients.toLocaleString('en-US')} clients (seed ${seed})...`);
	const partial = `${zip}.partial`;
	const fd = openSync(partial, 'w');
	try {
		generateSample({ seed, clients }, (chunk) => {
			for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
		});
	} finally {
		closeSync(fd);
	}
	renameSync(partial, zip);
	return zip;
}

/** Runs a measurement script in a fresh Node process and reads its one JSON line. */
function child<T>(script: string, args: string[]): T {
	const run = spawnSync(
		process.execPath,
		['--import', 'tsx', join(import.meta.dirname, script), ...args],
		{
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 1 << 26,
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	const line = run.stdout.trim().split('\n').pop() ?? '';
	if (run.status !== 0 || !line.startsWith('{'))
		throw new Error(`${script} failed (exit ${run.status})`);
	return JSON.parse(line) as T;
}

const opts = parseArgs(process.argv.slice(2));
mkdirSync(outDir, { recursive: true });
const started = new Date();
const loads = [loadavg()[0]];
const results: SizeResult[] = [];
for (const clients of opts.sizes) {
	const zip = exportZip(opts.seed, clients);
	const result: SizeResult = { clients, zip, zipBytes: statSync(zip).size };
	if (opts.node) {
		say(`${clients}: papaparse floor in Node...`);
		result.floor = child<FloorResult>('parse-floor.ts', [zip]);
		say(`${clients}: load and reports in Node...`);
		try {
			result.node = child<NodeResult>('node-measure.ts', [
				zip,
				...(clients <= opts.pooledMax ? ['--pooled'] : [])
			]);
		} catch (e) {
			result.node = { error: (e as Error).message };
		}
		loads.push(loadavg()[0]);
	}
	results.push(result);
}

const runtimes = [`Node ${process.versions.node}`];
if (opts.browser) {
	say('building the app (vite build)...');
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
	const browser = await measureInBrowser(
		join(root, 'dist'),
		outDir,
		results.map((r) => ({ zip: r.zip, pooled: r.clients <= opts.pooledMax })),
		(zip, browser: BrowserResult) => {
			const r = results.find((x) => x.zip === zip)!;
			say(`${r.clients}: Chromium done`);
			r.browser = browser;
			loads.push(loadavg()[0]);
		}
	);
	runtimes.push(browser);
}

const text = markdown(results, {
	started,
	machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${runtimes.join(', ')}`,
	loadAverage: Math.max(...loads)
});
process.stdout.write(text);
writeFileSync(join(outDir, 'results.md'), text);
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, '\t')}\n`);
say(`written to ${join(outDir, 'results.md')}`);
