// The `check` command as a user runs it: output and exit codes (0 loaded, 1 not loaded, 2 usage).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportTexts, zipBytes } from '../hmis/build';
import { cli } from './run-cli';


const dir = mkdtempSync(join(tmpdir(), 'apr-check-'));
const texts = exportTexts({ Client: [{}, { VeteranStatus: 7 }] });
const zip = join(dir, 'export.zip');
writeFileSync(zip, zipBytes(texts, 'export/'));
const folder = mkdtempSync(join(dir, 'csv-'));
for (const [name, text] of Object.entries(texts)) writeFileSync(join(folder, name), text);
const broken = join(dir, 'old.zip');
writeFileSync(broken, zipBytes(exportTexts({ Export: [{ CSVVersion: '2022 v1.2' }] })));

describe('check', () => {
	test('--json prints one object with version, files and findings, and exits 0', async () => {
		const { code, stdout: out } = await cli('check', zip, '--json');
		expect(code).toBe(0);
		const json = JSON.parse(out);
		expect(json.version).toBe('2026');
		expect(json.files.find((f: { name: string }) => f.name === 'Client.csv')).toMatchObject({
			read: 2,
			loaded: 2,
			setAside: 0
		});
		const finding = json.findings.find(
			(f: { file: string; message: string }) => f.file === 'Client.csv'
		);
		expect(Object.keys(finding)).toEqual(
			expect.arrayContaining(['severity', 'file', 'row', 'column', 'value', 'message'])
		);
		expect(finding).toMatchObject({
			severity: 'warning',
			row: 3,
			column: 'VeteranStatus',
			value: '7'
		});
	});

	test('the text summary names the version, the files and the findings', async () => {
		const { code, stdout: out } = await cli('check', folder);
		expect(code).toBe(0);
		expect(out).toMatch(/Version: FY2026/);
		expect(out).toMatch(/^Client\.csv\s+Client\s+2\s+2\s+0/m);
		expect(out).toMatch(/WARNING Client\.csv, row 3, VeteranStatus "7"/);
	});

	test('an export in an unsupported version exits 1 with the reason', async () => {
		const { code, stdout: out } = await cli('check', broken, '--json');
		expect(code).toBe(1);
		expect(JSON.parse(out)).toMatchObject({
			ok: false,
			fatal: expect.stringContaining('2022 v1.2')
		});
	});

	test('a path that does not exist exits 1', async () => {
		const { code, stdout: out } = await cli('check', join(dir, 'nothing.zip'));
		expect(code).toBe(1);
		expect(out).toMatch(/could not be opened/);
	});

	test.each([
		[['check']],
		[['check', zip, '--verbose']],
		[['check', zip, zip]],
		[['frobnicate']],
		[[]]
	])('usage error %j exits 2 with the usage', async (args: string[]) => {
		const { code, stderr: err } = await cli(...args);
		expect(code).toBe(2);
		expect(err).toMatch(/Usage: npm run --silent cli --/);
		if (args[0] === 'check') expect(err).toMatch(/check EXPORT \[--json\]/);
	});
});
