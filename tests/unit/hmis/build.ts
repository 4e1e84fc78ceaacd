// Builds small exports for the loader tests: every column of the spec in order, valid defaults
// derived from the spec (so a clean export has no findings), and the rows a test names.
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { loadExport, type LoadOptions } from '../../../src/engine/hmis/load';
import {
	FILE_SPECS,
	VALUE_LISTS,
	type ColumnSpec,
	type FileSpec,
	type SpecVersion
} from '../../../src/engine/hmis/schema';
import type { ExportInput, Finding, InputFile, LoadResult } from '../../../src/engine/hmis/types';

export type Row = Record<string, string | number | null>;

const ID_PREFIX: Record<string, string> = {
	PersonalID: 'C',
	EnrollmentID: 'EN',
	ProjectID: 'P',
	OrganizationID: 'O',
	UserID: 'U',
	ExportID: 'E',
	AssessmentID: 'A',
	HouseholdID: 'H'
};

function firstCode(
	version: SpecVersion,
	listId: string,
	exclude: (string | number)[] = []
): string {
	const codes = Object.keys(VALUE_LISTS[version][listId].values).filter(
		(c) => !exclude.map(String).includes(c)
	);
	return codes[0];
}

function defaultValue(
	version: SpecVersion,
	spec: FileSpec,
	col: ColumnSpec,
	row: Row,
	i: number
): string | number | null {
	if (col.name === spec.key) return `${ID_PREFIX[col.name] ?? spec.file}${i + 1}`;
	if (ID_PREFIX[col.name]) return `${ID_PREFIX[col.name]}1`;
	if (col.name === 'CSVVersion') return version === '2026' ? '2026 v1.0' : '2024 v1.4';
	if (col.name === 'CoCCode' || col.name === 'EnrollmentCoC') return 'XX-500';
	if (col.nullable) return null;
	switch (col.type) {
		case 'date':
			return '2025-01-01';
		case 'datetime':
			return '2025-01-01 00:00:00';
		case 'money':
			return '0';
		case 'string':
			return 'x';
	}
	if (col.list) return firstCode(version, col.list, col.excludeValues);
	const cond = col.conditionalList as { byColumn: string; map: Record<string, string> } | undefined;
	if (cond) {
		const by = spec.columns.find((c) => c.name === cond.byColumn)!;
		const control = String(row[cond.byColumn] ?? defaultValue(version, spec, by, row, i));
		return firstCode(version, cond.map[control] ?? cond.map['*']);
	}
	return 1;
}

function cell(v: string | number | null | undefined): string {
	if (v === null || v === undefined || v === '') return '';
	return typeof v === 'number' ? String(v) : `"${v.replace(/"/g, '""')}"`;
}

/** One file's CSV text: the spec's header and one line per row, defaults filling the rest. */
export function csvText(
	file: string,
	rows: Row[],
	version: SpecVersion = '2026',
	eol = '\n'
): string {
	const spec = FILE_SPECS[version].find((f) => f.file === file);
	if (!spec) throw new Error(`no ${file} in FY${version}`);
	const lines = rows.map((r, i) =>
		spec.columns
			.map((c) => cell(c.name in r ? r[c.name] : defaultValue(version, spec, c, r, i)))
			.join(',')
	);
	return [spec.columns.map((c) => c.name).join(','), ...lines].join(eol) + eol;
}

/** The four required files with one valid row each, plus whatever the test adds or replaces. */
export function exportTexts(
	files: Record<string, Row[]> = {},
	version: SpecVersion = '2026'
): Record<string, string> {
	const all: Record<string, Row[]> = {
		Export: [{}],
		Organization: [{}],
		User: [{}],
		Project: [{}],
		Client: [{}],
		Enrollment: [{}],
		...files
	};
	return Object.fromEntries(
		Object.entries(all).map(([f, rows]) => [`${f}.csv`, csvText(f, rows, version)])
	);
}

type Contents = Record<string, string | Uint8Array>;
const bytesOf = (v: string | Uint8Array) => (typeof v === 'string' ? strToU8(v) : v);

/** A stream handing out `chunk` bytes at a time, to cut records and characters. */
function chunked(bytes: Uint8Array, chunk: number): ReadableStream<Uint8Array> {
	let at = 0;
	return new ReadableStream<Uint8Array>({
		pull(controller) {
			if (at >= bytes.length) return controller.close();
			controller.enqueue(bytes.slice(at, at + chunk));
			at += chunk;
		}
	});
}

/**
 * An InputFile whose streams hand out `chunk` bytes at a time; it can be sliced as a File can,
 * unless `sliced` is false (a zip is then streamed front to back).
 */
export function inputFile(
	name: string,
	content: string | Uint8Array,
	chunk = 1 << 16,
	sliced = true
): InputFile {
	const bytes = bytesOf(content);
	const file: InputFile = { name, size: bytes.length, stream: () => chunked(bytes, chunk) };
	if (sliced)
		file.slice = (start, end) => {
			const part = bytes.slice(start, end);
			return { stream: () => chunked(part, chunk), arrayBuffer: async () => part.slice().buffer };
		};
	return file;
}

export function asFiles(contents: Contents, chunk?: number): ExportInput {
	return { kind: 'files', files: Object.entries(contents).map(([n, c]) => inputFile(n, c, chunk)) };
}

export function zipBytes(contents: Contents, folder = ''): Uint8Array {
	return zipSync(
		Object.fromEntries(Object.entries(contents).map(([n, c]) => [folder + n, bytesOf(c)]))
	);
}

/** A zip as a streaming writer makes it: each entry's sizes follow its data (data descriptors). */
export function streamedZip(contents: Contents): Uint8Array {
	const parts: Uint8Array[] = [];
	const zip = new Zip((err, chunk) => {
		if (err) throw err;
		parts.push(chunk);
	});
	for (const [name, content] of Object.entries(contents)) {
		const entry = new ZipDeflate(name);
		zip.add(entry);
		entry.push(bytesOf(content), true);
	}
	zip.end();
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

export function asZip(contents: Contents, folder = '', chunk?: number, sliced = true): ExportInput {
	return { kind: 'zip', file: inputFile('export.zip', zipBytes(contents, folder), chunk, sliced) };
}

let sql: SqlJsStatic | undefined;

export async function load(
	input: ExportInput,
	options?: LoadOptions
): Promise<{ db: Database; result: LoadResult }> {
	sql ??= await initSqlJs();
	const db = new sql.Database();
	const result = await loadExport(db, input, () => {}, { sql, ...options });
	return { db, result };
}

export function rows(db: Database, sql: string): Record<string, unknown>[] {
	const res = db.exec(sql);
	if (!res.length) return [];
	return res[0].values.map((v) => Object.fromEntries(res[0].columns.map((c, i) => [c, v[i]])));
}

export const codes = (r: LoadResult, file?: string): string[] =>
	r.findings.filter((f) => file === undefined || f.file === file).map((f) => f.code);

export const withCode = (r: LoadResult, code: string): Finding[] =>
	r.findings.filter((f) => f.code === code);
