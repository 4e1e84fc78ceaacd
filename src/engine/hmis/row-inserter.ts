// Inserts a file's rows a batch at a time through one prepared `INSERT ... VALUES (...),(...)`:
// SQLite runs one statement per batch instead of one per row. Given the sql.js module, the values
// are written straight into SQLite's memory and bound by pointer, skipping sql.js's allocation,
// copy and release of every string (most of the load's binding time).
import type { Database, SqlJsStatic, Statement } from 'sql.js';
import type { CellValue } from './coerce';

/** Rows per statement: past about 50, a longer statement saves nothing more (measured). */
export const ROWS_PER_INSERT = 50;

const SQLITE_DONE = 101;
/** sqlite3_bind_text's destructor argument: the text stays put until the next bind. */
const SQLITE_STATIC = 0;

/** The sql.js module's exports of SQLite's C API that the direct path calls. */
interface SqliteCalls {
	_malloc(bytes: number): number;
	_free(ptr: number): void;
	writeArrayToMemory(bytes: Uint8Array, ptr: number): void;
	UTF8ToString(ptr: number): string;
	_sqlite3_sql(stmt: number): number;
	_sqlite3_bind_text(stmt: number, at: number, ptr: number, bytes: number, free: number): number;
	_sqlite3_bind_int(stmt: number, at: number, value: number): number;
	_sqlite3_bind_double(stmt: number, at: number, value: number): number;
	/** With a null pointer, binds NULL (sql.js's own way: it has no sqlite3_bind_null). */
	_sqlite3_bind_blob(stmt: number, at: number, ptr: number, bytes: number, free: number): number;
	_sqlite3_step(stmt: number): number;
	_sqlite3_reset(stmt: number): number;
}

const CALLS: (keyof SqliteCalls)[] = [
	'_malloc',
	'_free',
	'writeArrayToMemory',
	'UTF8ToString',
	'_sqlite3_sql',
	'_sqlite3_bind_text',
	'_sqlite3_bind_int',
	'_sqlite3_bind_double',
	'_sqlite3_bind_blob',
	'_sqlite3_step',
	'_sqlite3_reset'
];

/**
 * Takes rows value by value, in parameter order (the rowid first), each row ended by endRow;
 * inserts once a batch is queued.
 */
export interface RowInserter {
	text(value: string): void;
	number(value: number): void;
	null(): void;
	endRow(): void;
	/** Inserts every queued row. */
	flush(): void;
	/** Releases the statements (and buffer) without inserting what is still queued. */
	close(): void;
}

/**
 * An inserter of rows into `INSERT ... VALUES` + `tuple` (one row's placeholders and constants,
 * `width` placeholders). The direct path needs the module the database came from; without it,
 * or if the module does not look as expected, rows are bound through sql.js's public API.
 */
export function rowInserter(
	db: Database,
	sql: SqlJsStatic | undefined,
	insertInto: string,
	tuple: string,
	width: number
): RowInserter {
	const text = (rows: number) => `${insertInto} ${new Array(rows).fill(tuple).join(', ')}`;
	const many = db.prepare(text(ROWS_PER_INSERT));
	const one = db.prepare(text(1));
	const calls = sqliteCalls(sql);
	const pointers = calls && [statementPointer(calls, many), statementPointer(calls, one)];
	if (calls && pointers && pointers[0] !== null && pointers[1] !== null)
		return new DirectInserter(db, calls, many, one, pointers[0], pointers[1], width);
	return new PublicInserter(many, one, width);
}

function sqliteCalls(sql: SqlJsStatic | undefined): SqliteCalls | null {
	const module = sql as unknown as Record<string, unknown> | undefined;
	return module && CALLS.every((name) => typeof module[name] === 'function')
		? (module as unknown as SqliteCalls)
		: null;
}

/**
 * A sql.js Statement keeps its SQLite pointer in a field whose name the build minifies: the
 * field is the number SQLite itself says belongs to this statement's SQL.
 */
function statementPointer(calls: SqliteCalls, stmt: Statement): number | null {
	const sqlText = stmt.getSQL();
	for (const value of Object.values(stmt)) {
		// Pointers into the heap are far above the small counters a Statement also keeps.
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 65536) continue;
		if (calls.UTF8ToString(calls._sqlite3_sql(value)) === sqlText) return value;
	}
	return null;
}

/** Rows through Statement.run: a batch binds ROWS_PER_INSERT rows' values in one array. */
class PublicInserter implements RowInserter {
	private batch: CellValue[];
	private at = 0;
	private queued = 0;

	constructor(
		private many: Statement,
		private one: Statement,
		private width: number
	) {
		this.batch = new Array<CellValue>(ROWS_PER_INSERT * width).fill(null);
	}

	text(value: string): void {
		this.batch[this.at++] = value;
	}

	number(value: number): void {
		this.batch[this.at++] = value;
	}

	null(): void {
		this.batch[this.at++] = null;
	}

	endRow(): void {
		if (++this.queued === ROWS_PER_INSERT) {
			this.many.run(this.batch);
			this.queued = 0;
			this.at = 0;
		}
	}

	flush(): void {
		for (let r = 0; r < this.queued; r++)
			this.one.run(this.batch.slice(r * this.width, (r + 1) * this.width));
		this.queued = 0;
		this.at = 0;
	}

	close(): void {
		this.many.free();
		this.one.free();
	}
}

const NULL = 0;
const INT = 1;
const DOUBLE = 2;
const TEXT = 3;

/** A statement's pointer and what each of its parameters holds now (TEXT: bind again). */
interface Prepared {
	ptr: number;
	kinds: Uint8Array;
	values: Float64Array;
}

const prepared = (ptr: number, params: number): Prepared => ({
	ptr,
	kinds: new Uint8Array(params).fill(TEXT),
	values: new Float64Array(params)
});

/**
 * Rows bound by pointer. Queued rows keep each value's kind and number, or for text its place
 * in one UTF-8 buffer; a full batch copies the buffer into SQLite's memory at once, binds every
 * value and steps the statement.
 */
class DirectInserter implements RowInserter {
	private kinds: Uint8Array;
	private numbers: Float64Array;
	private lengths: Int32Array;
	private bytes = new Uint8Array(1 << 16);
	private used = 0;
	/** SQLite-side copy of `bytes`, grown with it. */
	private heap = 0;
	private heapSize = 0;
	/** Index of the next value in the batch. */
	private at = 0;
	private queued = 0;
	private encoder = new TextEncoder();
	private many: Prepared;
	private one: Prepared;

	constructor(
		private db: Database,
		private calls: SqliteCalls,
		private manyStmt: Statement,
		private oneStmt: Statement,
		manyPtr: number,
		onePtr: number,
		private width: number
	) {
		const n = ROWS_PER_INSERT * width;
		this.many = prepared(manyPtr, n);
		this.one = prepared(onePtr, width);
		this.kinds = new Uint8Array(n);
		this.numbers = new Float64Array(n);
		this.lengths = new Int32Array(n);
	}

	text(value: string): void {
		const i = this.at++;
		this.kinds[i] = TEXT;
		this.numbers[i] = this.used;
		this.lengths[i] = this.encode(value);
	}

	number(value: number): void {
		const i = this.at++;
		// sql.js's own choice: 32-bit integers as integers, any other number as a double.
		this.kinds[i] = value === (value | 0) ? INT : DOUBLE;
		this.numbers[i] = value;
	}

	null(): void {
		this.kinds[this.at++] = NULL;
	}

	endRow(): void {
		if (++this.queued === ROWS_PER_INSERT) {
			this.copyBytes();
			this.bindAndStep(this.many, 0, this.at);
			this.queued = 0;
			this.used = 0;
			this.at = 0;
		}
	}

	/** Appends the string's UTF-8 bytes to the buffer; returns their count. */
	private encode(s: string): number {
		const start = this.used;
		if (start + s.length * 3 > this.bytes.length) this.growBytes(start + s.length * 3);
		const bytes = this.bytes;
		let at = start;
		for (let i = 0; i < s.length; i++) {
			const c = s.charCodeAt(i);
			if (c >= 0x80) {
				// Not ASCII: the encoder writes the whole string (the loop only speeds up ASCII).
				at = start + this.encoder.encodeInto(s, bytes.subarray(start)).written;
				break;
			}
			bytes[at++] = c;
		}
		this.used = at;
		return at - start;
	}

	private growBytes(need: number): void {
		let size = this.bytes.length * 2;
		while (size < need) size *= 2;
		const bytes = new Uint8Array(size);
		bytes.set(this.bytes.subarray(0, this.used));
		this.bytes = bytes;
	}

	private copyBytes(): void {
		if (this.heapSize < this.bytes.length) {
			if (this.heap) this.calls._free(this.heap);
			this.heap = this.calls._malloc(this.bytes.length);
			if (!this.heap) throw new Error('out of memory');
			this.heapSize = this.bytes.length;
		}
		this.calls.writeArrayToMemory(this.bytes.subarray(0, this.used), this.heap);
	}

	/**
	 * Binds the queued values from..to to the statement's parameters and runs it once. SQLite
	 * keeps bindings across runs, so a NULL or number the parameter already holds is not bound
	 * again: most empty cells and repeated codes cost nothing.
	 */
	private bindAndStep(p: Prepared, from: number, to: number): void {
		const { calls, kinds, numbers, lengths, heap } = this;
		const stmt = p.ptr;
		let rc = 0;
		for (let i = from, at = 0; i < to; i++, at++) {
			const kind = kinds[i];
			const value = numbers[i];
			if (kind === p.kinds[at] && kind !== TEXT && (kind === NULL || value === p.values[at]))
				continue;
			p.kinds[at] = kind;
			p.values[at] = value;
			switch (kind) {
				case NULL:
					rc |= calls._sqlite3_bind_blob(stmt, at + 1, 0, 0, SQLITE_STATIC);
					break;
				case INT:
					rc |= calls._sqlite3_bind_int(stmt, at + 1, value);
					break;
				case DOUBLE:
					rc |= calls._sqlite3_bind_double(stmt, at + 1, value);
					break;
				default:
					rc |= calls._sqlite3_bind_text(stmt, at + 1, heap + value, lengths[i], SQLITE_STATIC);
			}
		}
		if (rc !== 0) this.fail(p, rc);
		const step = calls._sqlite3_step(stmt);
		if (step !== SQLITE_DONE) this.fail(p, step);
		calls._sqlite3_reset(stmt);
	}

	/** Throws SQLite's message for the failed call, as sql.js would. */
	private fail(p: Prepared, rc: number): never {
		try {
			return (this.db as unknown as { handleError(rc: number): never }).handleError(rc);
		} finally {
			p.kinds.fill(TEXT);
			this.calls._sqlite3_reset(p.ptr);
		}
	}

	flush(): void {
		if (!this.queued) return;
		this.copyBytes();
		for (let r = 0; r < this.queued; r++)
			this.bindAndStep(this.one, r * this.width, (r + 1) * this.width);
		this.queued = 0;
		this.used = 0;
		this.at = 0;
	}

	close(): void {
		if (this.heap) this.calls._free(this.heap);
		this.heap = 0;
		this.heapSize = 0;
		this.manyStmt.free();
		this.oneStmt.free();
	}
}
