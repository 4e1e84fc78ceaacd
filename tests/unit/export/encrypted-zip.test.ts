// The password-protected validation zip: AES-256 entries (WinZip AE-2) that open with the
// password and only with it, in zip.js and in 7-Zip when it is installed, and the engine call
// that zips the validation files plain or encrypted.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import {
	TextWriter,
	Uint8ArrayReader,
	ZipReader,
	type FileEntry
} from '@zip.js/zip.js/index-native.js';
import type { Database } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptedZip } from '../../../src/engine/export/encrypted-zip';
import { textPieces, type ZipEntry } from '../../../src/engine/export/zip';
import { ReportSession } from '../../../src/engine/report-session';
import { FY2026, loadFixture } from '../report/fixture';

const memberLines = '"Table","Cell","PersonalID"\n"Q5a","B1","A"\n'.repeat(50);
/** One file whole, one written piece by piece (as the cell membership file is). */
const files: ZipEntry[] = [
	{ name: 'clients.csv', text: '"PersonalID","FirstName"\n"A","Zoë"\n' },
	{ name: 'cell-members.csv', pieces: () => memberLines.match(/[^]{1,97}/g) ?? [] }
];
const text = (entry: ZipEntry) => [...textPieces(entry)].join('');
const password = 'correct horse battery staple';

/** The entries' texts, read back with the password. */
async function readBack(bytes: Uint8Array, pass: string): Promise<Record<string, string>> {
	const reader = new ZipReader(new Uint8ArrayReader(bytes), {
		password: pass,
		useWebWorkers: false
	});
	const out: Record<string, string> = {};
	for (const entry of (await reader.getEntries()) as FileEntry[]) {
		out[entry.filename] = await entry.getData(new TextWriter());
	}
	await reader.close();
	return out;
}

/** Central directory entries: name, compression method, the AES extra field's strength/method. */
function centralEntries(bytes: Uint8Array) {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// The archive has no comment, so its end record is its last 22 bytes.
	const end = bytes.length - 22;
	expect(view.getUint32(end, true)).toBe(0x06054b50);
	const entries = [];
	for (let at = view.getUint32(end + 16, true); view.getUint32(at, true) === 0x02014b50;) {
		const method = view.getUint16(at + 10, true);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength));
		let aes: { strength: number; method: number } | null = null;
		const extraEnd = at + 46 + nameLength + extraLength;
		for (let e = at + 46 + nameLength; e < extraEnd; e += 4 + view.getUint16(e + 2, true)) {
			if (view.getUint16(e, true) === 0x9901) {
				aes = { strength: bytes[e + 8], method: view.getUint16(e + 9, true) };
			}
		}
		entries.push({ name, method, aes });
		at = extraEnd + commentLength;
	}
	return entries;
}

describe('encrypted zip', () => {
	it('writes every file as an AES-256 entry that opens with the password', async () => {
		const zip = await encryptedZip('v.zip', files, password);
		expect(zip.name).toBe('v.zip');
		expect(centralEntries(zip.bytes)).toEqual([
			{ name: 'clients.csv', method: 99, aes: { strength: 3, method: 8 } },
			{ name: 'cell-members.csv', method: 99, aes: { strength: 3, method: 8 } }
		]);
		expect(await readBack(zip.bytes, password)).toEqual({
			'clients.csv': text(files[0]),
			'cell-members.csv': memberLines
		});
		// The names are readable (zip's design), the contents are not.
		expect(Buffer.from(zip.bytes).includes(Buffer.from('Zoë'))).toBe(false);
	});

	it('refuses a wrong password and an empty one', async () => {
		const zip = await encryptedZip('v.zip', files, password);
		await expect(readBack(zip.bytes, 'wrong')).rejects.toThrow();
		await expect(encryptedZip('v.zip', files, '')).rejects.toThrow('needs a password');
	});

	const sevenZip = ['/usr/bin/7zz', '/usr/bin/7z'].find((p) => existsSync(p));
	if (!sevenZip) console.warn('Skipping the 7-Zip check: no 7zz or 7z in /usr/bin.');

	it.skipIf(!sevenZip)('opens in 7-Zip with the password and not without it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'apr-aes-'));
		try {
			const zipPath = join(dir, 'v.zip');
			writeFileSync(zipPath, (await encryptedZip('v.zip', files, password)).bytes);
			const listing = execFileSync(sevenZip!, ['l', '-slt', zipPath], { encoding: 'utf8' });
			expect(listing).toMatch(/Method = AES-256 Deflate/);
			const wrong = spawnSync(sevenZip!, ['x', '-y', '-pwrong', `-o${join(dir, 'no')}`, zipPath]);
			expect(wrong.status).not.toBe(0);
			execFileSync(sevenZip!, ['x', '-y', `-p${password}`, `-o${join(dir, 'out')}`, zipPath]);
			for (const f of files) expect(readFileSync(join(dir, 'out', f.name), 'utf8')).toBe(text(f));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('ReportSession.validationZip', () => {
	let db: Database;
	let session: ReportSession;

	beforeAll(async () => {
		db = await loadFixture({
			Client: [{ PersonalID: 'A', DOB: '1980-05-01', FirstName: 'Zelda', SSN: '987654321' }],
			Enrollment: [
				{ EnrollmentID: 'eA', PersonalID: 'A', HouseholdID: 'H1', EntryDate: '2025-11-01' }
			]
		});
		session = new ReportSession(() => db);
		expect((await session.runReport({ ...FY2026, projectIds: ['P1'] })).ok).toBe(true);
	});

	afterAll(() => db.close());

	it('zips the validation files plain without a password', async () => {
		const options = { includeIdentifiers: false };
		const zip = await session.validationZip(options, '');
		expect(zip.name).toBe('APR-FY2026-P1-2025-10-01-2026-09-30-validation.zip');
		const entries = unzipSync(zip.bytes);
		const expected = session.validationFiles(options);
		expect(Object.keys(entries)).toEqual(expected.map((f) => f.name));
		for (const f of expected) expect(strFromU8(entries[f.name])).toBe(text(f));
	});

	it('encrypts the same files with a password, names included only when asked', async () => {
		const options = { includeIdentifiers: true };
		const zip = await session.validationZip(options, password);
		const texts = await readBack(zip.bytes, password);
		const expected = session.validationFiles(options);
		expect(texts).toEqual(Object.fromEntries(expected.map((f) => [f.name, text(f)])));
		expect(texts['clients.csv']).toContain('Zelda');
		expect(() => unzipSync(zip.bytes)).toThrow();
	});
});
