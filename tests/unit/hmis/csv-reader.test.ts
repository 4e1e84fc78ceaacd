// Bytes to rows: encodings, line endings, quoting, and records or characters cut across chunks.
import { describe, expect, test } from 'vitest';
import { CsvReader } from '../../../src/engine/hmis/csv-reader';

/** Feeds `bytes` in pieces of `chunk` bytes through a reader with the given block size. */
function read(bytes: Uint8Array, chunk: number, blockSize: number) {
	const out: string[][] = [];
	const fallbacks: string[] = [];
	const quoteErrors: number[] = [];
	const reader = new CsvReader(
		{
			row: (f) => void out.push(f),
			fallback: (e) => fallbacks.push(e),
			quoteError: (_m, r) => quoteErrors.push(r)
		},
		blockSize
	);
	for (let at = 0; at < bytes.length; at += chunk) reader.data(bytes.slice(at, at + chunk));
	reader.end();
	return { rows: out, fallbacks, quoteErrors };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const SIZES = [1, 2, 3, 7, 64, 1 << 20];

describe('decoding', () => {
	test('a UTF-8 BOM is dropped from the first header', () => {
		const { rows } = read(utf8('\uFEFFPersonalID,FirstName\n1,Zoë\n'), 5, 4);
		expect(rows).toEqual([
			['PersonalID', 'FirstName'],
			['1', 'Zoë']
		]);
	});

	test.each(SIZES)('multi-byte characters cut across chunks of %i bytes stay whole', (size) => {
		const text = 'ID,Name\n1,José Ñúñez 😀\n2,"Łódź, 東京"\n3,€\n';
		const { rows, fallbacks } = read(utf8(text), size, size);
		expect(rows).toEqual([
			['ID', 'Name'],
			['1', 'José Ñúñez 😀'],
			['2', 'Łódź, 東京'],
			['3', '€']
		]);
		expect(fallbacks).toEqual([]);
	});

	test('bytes that are not UTF-8 are read as Windows-1252', () => {
		// "José" and "Œuvre" in Windows-1252: é is 0xE9, Œ is 0x8C.
		const bytes = Uint8Array.from([
			...utf8('ID,Name\n1,Jos'),
			0xe9,
			...utf8('\n2,'),
			0x8c,
			...utf8('uvre\n')
		]);
		const { rows, fallbacks } = read(bytes, 4, 4);
		expect(rows).toEqual([
			['ID', 'Name'],
			['1', 'José'],
			['2', 'Œuvre']
		]);
		expect(fallbacks).toEqual(['windows-1252']);
	});
});

describe('records', () => {
	test.each(SIZES)('CRLF and LF files give the same rows (chunks of %i)', (size) => {
		const lines = ['A,B,C', '1,"x",', '2,,"z"'];
		const lf = read(utf8(lines.join('\n') + '\n'), size, size).rows;
		const crlf = read(utf8(lines.join('\r\n') + '\r\n'), size, size).rows;
		expect(lf).toEqual([
			['A', 'B', 'C'],
			['1', 'x', ''],
			['2', '', 'z']
		]);
		expect(crlf).toEqual(lf);
	});

	test.each(SIZES)('quoted commas, quotes and line breaks survive chunks of %i', (size) => {
		const text = 'A,B\r\n"1, 2","say ""hi"""\r\n"line one\r\nline two","x\ny"\r\n3,4';
		const { rows } = read(utf8(text), size, size);
		expect(rows).toEqual([
			['A', 'B'],
			['1, 2', 'say "hi"'],
			['line one\r\nline two', 'x\ny'],
			['3', '4']
		]);
	});

	test('blank lines are skipped and a missing final newline is fine', () => {
		expect(read(utf8('A,B\n\n1,2\n\n3,4'), 3, 3).rows).toEqual([
			['A', 'B'],
			['1', '2'],
			['3', '4']
		]);
	});

	test('an unclosed quote is reported with its record number', () => {
		const { quoteErrors } = read(utf8('A,B\n1,2\n3,"open\n4,5\n'), 4, 4);
		expect(quoteErrors).toEqual([3]);
	});

	test('a row handler can stop the file', () => {
		const seen: string[][] = [];
		const reader = new CsvReader({ row: (f) => (seen.push(f), false) }, 4);
		expect(reader.data(utf8('A,B\n1,2\n3,4\n'))).toBe(false);
		reader.end();
		expect(seen).toEqual([['A', 'B']]);
	});
});

describe('UTF-16', () => {
	test.each(SIZES)('a UTF-16LE file with its byte order mark is read (chunks of %i)', (size) => {
		const text = '\uFEFFID,Name\r\n1,"Zoë, 東京"\r\n2,x\r\n';
		const bytes = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++)
			[bytes[2 * i], bytes[2 * i + 1]] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
		const { rows, fallbacks } = read(bytes, size, size);
		expect(rows).toEqual([
			['ID', 'Name'],
			['1', 'Zoë, 東京'],
			['2', 'x']
		]);
		expect(fallbacks).toEqual(['utf-16le']);
	});
});
