// The same seed and size give the same bytes; another seed gives another export; streaming
// and in-memory generation agree; bad options are refused.
import { describe, expect, test } from 'vitest';
import { generateSample, generateSampleZip, sampleOptionsError } from '../../../src/engine/sample';

const equalBytes = (a: Uint8Array, b: Uint8Array) =>
	a.length === b.length && a.every((v, i) => v === b[i]);

describe('determinism', () => {
	test('the same seed and size give identical bytes and manifests', () => {
		const a = generateSampleZip({ seed: 42, clients: 600 });
		const b = generateSampleZip({ seed: 42, clients: 600 });
		expect(equalBytes(a.zip, b.zip)).toBe(true);
		expect(a.manifest).toEqual(b.manifest);
	});

	test('another seed gives another export of the same size', () => {
		const a = generateSampleZip({ seed: 42, clients: 600 });
		const b = generateSampleZip({ seed: 43, clients: 600 });
		expect(equalBytes(a.zip, b.zip)).toBe(false);
		const clients = (m: typeof a.manifest) => m.files.find((f) => f.name === 'Client.csv')!;
		expect(
			clients(a.manifest).rows - clients(a.manifest).deleted - clients(a.manifest).duplicates
		).toBe(600);
		expect(
			clients(b.manifest).rows - clients(b.manifest).deleted - clients(b.manifest).duplicates
		).toBe(600);
	});

	test('the streamed chunks are the in-memory zip, the last one marked final', () => {
		const chunks: Uint8Array[] = [];
		const finals: boolean[] = [];
		const manifest = generateSample({ seed: 5, clients: 300 }, (chunk, final) => {
			chunks.push(chunk);
			finals.push(final);
		});
		const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
		let at = 0;
		for (const c of chunks) {
			joined.set(c, at);
			at += c.length;
		}
		expect(finals.indexOf(true)).toBe(finals.length - 1);
		expect(manifest.zipBytes).toBe(joined.length);
		expect(equalBytes(joined, generateSampleZip({ seed: 5, clients: 300 }).zip)).toBe(true);
	});

	test('entry timestamps are fixed, not the time of generation', () => {
		const { zip } = generateSampleZip({ seed: 1, clients: 200 });
		// The first local file header's DOS time and date (bytes 10-13): 2026-10-05 06:30:00.
		const time = zip[10] | (zip[11] << 8);
		const date = zip[12] | (zip[13] << 8);
		expect([date >> 9, (date >> 5) & 15, date & 31]).toEqual([2026 - 1980, 10, 5]);
		expect([time >> 11, (time >> 5) & 63]).toEqual([6, 30]);
	});
});

describe('options', () => {
	test('bad seeds, sizes and levels are refused with a reason', () => {
		expect(sampleOptionsError({ seed: 1, clients: 600 })).toBeNull();
		expect(sampleOptionsError({ seed: -1, clients: 600 })).toMatch(/seed/);
		expect(sampleOptionsError({ seed: 1.5, clients: 600 })).toMatch(/seed/);
		expect(sampleOptionsError({ seed: 1, clients: 10 })).toMatch(/clients/);
		expect(sampleOptionsError({ seed: 1, clients: 600.5 })).toMatch(/clients/);
		expect(sampleOptionsError({ seed: 1, clients: 600, level: 10 })).toMatch(/level/);
		expect(() => generateSample({ seed: 1, clients: 5 }, () => {})).toThrow(RangeError);
	});
});
