// The batch inserter: rows bound by pointer (given the sql.js module) land exactly as rows bound
// through sql.js's Statement API do, in full batches, in the leftover rows and across buffer growth.
import initSqlJs, { type Database } from 'sql.js';
import { describe, expect, test } from 'vitest';
import type { CellValue } from '../../../src/engine/hmis/coerce';
import { ROWS_PER_INSERT, rowInserter } from '../../../src/engine/hmis/row-inserter';

const sql = await initSqlJs();

const INTO = 'INSERT INTO t (rowid, s, i, r, k) VALUES';
const TUPLE = '(?, ?, ?, ?, 7)';

function table(): Database {
	const db = new sql.Database();
	db.run('CREATE TABLE t (s TEXT, i INTEGER, r REAL, k INTEGER)');
	return db;
}

/** Every row with each value's SQLite type, so an integer stored as a real would show. */
function contents(db: Database): unknown[][] {
	const res = db.exec(
		'SELECT rowid, s, typeof(s), i, typeof(i), r, typeof(r), k FROM t ORDER BY rowid'
	);
	return res[0]?.values ?? [];
}

const TEXTS = ['A1', '', 'Zoë', 'naïve, "quoted"', '2026-01-31 23:59:59', '👍 ok', 'x'.repeat(70_000)];
const NUMBERS = [0, -5, 2_147_483_647, 2_147_483_648, 9_007_199_254_740_991, 12.5, -0.25];

function sampleRows(n: number): CellValue[][] {
	return Array.from({ length: n }, (_, r) => [
		r + 1,
		r % 9 === 8 ? null : TEXTS[r % TEXTS.length],
		r % 4 === 3 ? null : NUMBERS[r % NUMBERS.length],
		r % 5 === 4 ? null : NUMBERS[(r + 3) % NUMBERS.length]
	]);
}

function insertAll(db: Database, direct: boolean, rows: CellValue[][]): void {
	const inserter = rowInserter(db, direct ? sql : undefined, INTO, TUPLE, 4);
	db.run('BEGIN');
	for (const row of rows) {
		for (const v of row) {
			if (v === null) inserter.null();
			else if (typeof v === 'number') inserter.number(v);
			else inserter.text(v);
		}
		inserter.endRow();
	}
	inserter.flush();
	inserter.close();
	db.run('COMMIT');
}

describe('rowInserter', () => {
	test('binds by pointer given the module, through the Statement API without it', () => {
		const db = table();
		expect(rowInserter(db, sql, INTO, TUPLE, 4).constructor.name).toBe('DirectInserter');
		expect(rowInserter(db, undefined, INTO, TUPLE, 4).constructor.name).toBe('PublicInserter');
	});

	test.each([1, ROWS_PER_INSERT, 3 * ROWS_PER_INSERT + 7])(
		'%i rows land the same either way, values and types',
		(n) => {
			const rows = sampleRows(n);
			const direct = table();
			const plain = table();
			insertAll(direct, true, rows);
			insertAll(plain, false, rows);
			const got = contents(direct);
			expect(got).toHaveLength(n);
			expect(got).toEqual(contents(plain));
			expect(got[0]).toEqual([1, 'A1', 'text', 0, 'integer', 2_147_483_648, 'real', 7]);
		}
	);

	test('values a parameter already holds from the batch before, and NULLs turning into values, land as given', () => {
		const n = 4 * ROWS_PER_INSERT + 3;
		const rows: CellValue[][] = Array.from({ length: n }, (_, r) => {
			const phase = Math.floor(r / 70) % 3;
			return [r + 1, phase === 1 ? null : 'same', phase === 2 ? null : 5, phase === 0 ? 2.5 : null];
		});
		const direct = table();
		const plain = table();
		insertAll(direct, true, rows);
		insertAll(plain, false, rows);
		expect(contents(direct)).toEqual(contents(plain));
		expect(direct.exec('SELECT count(i), count(r), count(s) FROM t')[0].values[0]).toEqual([
			140, 70, 133
		]);
	});

	test('a long text past the buffer and non-ASCII text come back whole', () => {
		const db = table();
		insertAll(db, true, sampleRows(ROWS_PER_INSERT + 10));
		const texts = db.exec('SELECT DISTINCT s FROM t WHERE s IS NOT NULL')[0].values.map((v) => v[0]);
		expect(new Set(texts)).toEqual(new Set(TEXTS));
	});

	test("a failing insert throws SQLite's message", () => {
		const db = new sql.Database();
		db.run('CREATE TABLE t (s TEXT, i INTEGER, r REAL, k INTEGER)');
		const inserter = rowInserter(db, sql, INTO, TUPLE, 4);
		for (const text of ['a', 'b']) {
			inserter.number(1);
			inserter.text(text);
			inserter.number(2);
			inserter.null();
			inserter.endRow();
		}
		expect(() => inserter.flush()).toThrow(/UNIQUE constraint failed/);
		inserter.close();
	});
});
