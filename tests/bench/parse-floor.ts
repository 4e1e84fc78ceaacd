// The floor a load is measured against: the same zip's bytes unzipped (fflate streaming, as the
// loader does), cut into whole-line blocks, decoded and parsed by papaparse with a step callback,
// with nothing done per row. Run in a fresh process; prints one JSON line (a FloorResult).
//   node --import tsx tests/bench/parse-floor.ts EXPORT.zip
import { openAsBlob } from 'node:fs';
import { Unzip, UnzipInflate } from 'fflate';
import Papa from 'papaparse';
import { peakRss, resetPeak } from './memory';
import type { FloorResult } from './types';

const BLOCK = 1 << 20;
const LF = 0x0a;

const path = process.argv[2];
if (!path) {
	console.error('usage: parse-floor.ts EXPORT.zip');
	process.exit(2);
}

const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

let rows = 0;
let csvBytes = 0;
const decoder = new TextDecoder();
const step = () => void rows++;

/** Parses one entry block by block: each block ends after a line feed, the rest waits. */
function entryParser() {
	let pending = new Uint8Array(0);
	let newline: '\n' | '\r\n' | null = null;
	const parse = (bytes: Uint8Array) => {
		if (!bytes.length) return;
		const lf = bytes.indexOf(LF);
		newline ??= lf > 0 && bytes[lf - 1] === 0x0d ? '\r\n' : '\n';
		Papa.parse(decoder.decode(bytes), { delimiter: ',', newline, skipEmptyLines: true, step });
	};
	return (chunk: Uint8Array, final: boolean) => {
		csvBytes += chunk.length;
		const bytes = pending.length ? concat(pending, chunk) : chunk;
		if (final) {
			parse(bytes);
			pending = new Uint8Array(0);
			return;
		}
		if (bytes.length < BLOCK) {
			pending = bytes.slice();
			return;
		}
		const cut = bytes.lastIndexOf(LF) + 1;
		parse(bytes.subarray(0, cut));
		pending = bytes.slice(cut);
	};
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}

const blob = await openAsBlob(path);
resetPeak();
const t = performance.now();
const cpu = cpuMs();
const unzip = new Unzip();
unzip.register(UnzipInflate);
unzip.onfile = (file) => {
	const parse = entryParser();
	file.ondata = (err, chunk, final) => {
		if (err) throw err;
		parse(chunk, final);
	};
	file.start();
};
const reader = blob.stream().getReader();
for (;;) {
	const { done, value } = await reader.read();
	if (done) break;
	unzip.push(value, false);
}
unzip.push(new Uint8Array(0), true);
const result: FloorResult = {
	csvBytes,
	rows,
	ms: performance.now() - t,
	cpuMs: cpuMs() - cpu,
	peakRss: peakRss()
};
process.stdout.write(`${JSON.stringify(result)}\n`);
