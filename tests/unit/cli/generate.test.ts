// The `generate` command as a user runs it: the zip it streams to disk is byte for byte the
// library's, the summary is one line, and bad arguments exit 2 with the usage.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateSampleZip } from '../../../src/engine/sample';
import { cli, ROOT } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'apr-generate-'));

describe('generate', () => {
	test('writes the library bytes for the same seed and size; prints one line', async () => {
		const out = join(dir, 'sample.zip');
		const r = await cli('generate', '--seed', '9', '--clients', '400', '--out', out);
		expect(r.code, r.stderr).toBe(0);
		const lines = r.stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/sample\.zip: 400 clients, [\d,]+ enrollments, [\d,]+ rows in 24 files, .* \(seed 9, level 6\)/
		);
		const { zip } = generateSampleZip({ seed: 9, clients: 400 });
		expect(Buffer.compare(readFileSync(out), Buffer.from(zip))).toBe(0);
		expect(existsSync(`${out}.partial`)).toBe(false);
	});

	test.each([
		[['--clients', '400', '--out', 'x.zip'], /--seed is required/],
		[['--seed', 'abc', '--clients', '400', '--out', 'x.zip'], /--seed must be a whole number/],
		[
			['--seed', '1', '--clients', '5', '--out', 'x.zip'],
			/clients must be a whole number from 100/
		],
		[['--seed', '1', '--clients', '400'], /--out is required/],
		[['--seed', '1', '--clients', '400', '--out', 'x.csv'], /--out must name a \.zip/],
		[['--seed', '1', '--clients', '400', '--out', 'x.zip', '--colour'], /unknown option --colour/],
		[['--seed', '1', '--clients', '400', '--out', 'x.zip', 'extra'], /unexpected argument "extra"/]
	])('%j is a usage error (exit 2)', async (args, message) => {
		const r = await cli('generate', ...(args as string[]));
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(message as RegExp);
		expect(r.stderr).toContain(
			'Usage: npm run --silent cli -- generate --seed N --clients N --out FILE.zip'
		);
		expect(existsSync(join(ROOT, 'x.zip'))).toBe(false);
	});
});
