// Loads one CSV file's rows into its table: sets aside deleted, unparseable and duplicate-key
// rows, parses each cell for its type, checks codes against HUD's lists, and inserts in batches.
import type { Database, SqlJsStatic } from 'sql.js';
import { planHeader, type CellPlan, type HeaderPlan } from './columns';
import { parseDate, parseDateTime, parseInteger, parseMoney } from './coerce';
import type { FileConversion } from './conversion';
import type { CsvEvents } from './csv-reader';
import type { FindingLog } from './findings';
import { KeySet } from './key-set';
import { rowInserter, type RowInserter } from './row-inserter';
import type { FileSpec, SpecVersion } from './schema';
import { quoteId, tableRef } from './tables';
import type { FileSummary, Finding, SetAsideReason } from './types';

/** Rows per transaction: large enough to amortize the commit, small enough to bound the page cache. */
const BATCH_ROWS = 100_000;
/** Rows between progress reports. */
export const PROGRESS_ROWS = 50_000;

const TYPE_WORDS = {
	integer: ['bad-integer', 'is not a whole number'],
	money: ['bad-money', 'is not an amount written as a plain decimal (like 1250.00)'],
	date: ['bad-date', 'is not a date written YYYY-MM-DD'],
	datetime: ['bad-datetime', 'is not a date and time written YYYY-MM-DD HH:MM:SS'],
	string: ['bad-string', 'cannot be read']
} as const;

export interface FileLoadContext {
	db: Database;
	/** The module `db` came from, for the inserter's direct path. */
	sql?: SqlJsStatic;
	log: FindingLog;
	version: SpecVersion;
	onRows(file: FileSummary): void;
}

export class FileLoader implements CsvEvents {
	readonly summary: FileSummary;
	private plan: HeaderPlan | null = null;
	private inserter: RowInserter | null = null;
	private keys = new KeySet();
	private suspects = new Set<string>();
	private record = 1;
	private inBatch = 0;
	private emptiedCount = 0;

	constructor(
		private ctx: FileLoadContext,
		private fileName: string,
		private source: FileSpec,
		private target: FileSpec,
		private conversion: FileConversion
	) {
		// `bytes` grows as the file streams in (the loader counts them).
		this.summary = {
			name: fileName,
			table: target.file,
			bytes: 0,
			read: 0,
			loaded: 0,
			setAside: 0,
			setAsideByReason: {}
		};
	}

	fallback(encoding: 'windows-1252' | 'utf-16le' | 'utf-16be'): void {
		const utf16 = encoding !== 'windows-1252';
		this.ctx.log.add({
			severity: 'info',
			file: this.fileName,
			row: null,
			column: null,
			value: encoding,
			message: utf16
				? `The file is in UTF-16 (it starts with a UTF-16 byte order mark); it was read as such.`
				: 'The file is not valid UTF-8; it was read as Windows-1252 (Western European).',
			action: utf16
				? 'Nothing to do; HMIS CSV exports are normally UTF-8.'
				: 'Check that accented letters in names look right; export in UTF-8 if they do not.',
			code: 'encoding'
		});
	}

	quoteError(message: string, record: number): void {
		const { log } = this.ctx;
		if (!log.want(this.fileName, 'bad-quotes')) return;
		log.push({
			severity: 'error',
			file: this.fileName,
			row: record,
			column: null,
			value: null,
			message: `Broken quoting in this record (${message}); fields may be cut or joined wrongly.`,
			action:
				'Fix the quotes in the export: a value with commas, quotes or line breaks must be in double quotes, with inner quotes doubled.',
			code: 'bad-quotes'
		});
	}

	row(fields: string[]): boolean {
		if (!this.plan) {
			this.start(fields);
			return true;
		}
		const plan = this.plan;
		const r = ++this.record;
		this.summary.read++;
		if (fields.length !== plan.width && !this.repairable(fields, r)) {
			this.setAside('unparseable');
		} else if (plan.deletedAt >= 0 && fields[plan.deletedAt] !== '') {
			this.setAside('deleted');
		} else if (plan.keyAt < 0 || fields[plan.keyAt] === '') {
			this.emptyKey(r);
		} else {
			const key = fields[plan.keyAt];
			// A repeated fingerprint is only a suspect: finish() confirms it against the table.
			if (!this.keys.add(key)) this.suspects.add(key);
			this.insert(fields, r);
		}
		if (this.summary.read % PROGRESS_ROWS === 0) this.ctx.onRows(this.summary);
		return true;
	}

	private start(header: string[]): void {
		const plan = planHeader(
			header,
			this.source,
			this.target,
			this.ctx.version,
			this.conversion,
			this.fileName
		);
		for (const f of plan.findings) this.ctx.log.add(f);
		this.plan = plan;
		this.inserter = rowInserter(
			this.ctx.db,
			this.ctx.sql,
			plan.insertInto,
			plan.tuple,
			plan.cells.length + 1
		);
		this.ctx.db.run('BEGIN');
	}

	private insert(fields: string[], r: number): void {
		const out = this.inserter!;
		out.number(r);
		const cells = this.plan!.cells;
		for (let i = 0; i < cells.length; i++) {
			const c = cells[i];
			const text = fields[c.at];
			if (text === '') {
				out.null();
				if (!c.nullable) this.emptyRequired(c, r);
				continue;
			}
			// Strings need no parsing; a switch keeps each parser call monomorphic on this hot path.
			let v: string | number | undefined;
			switch (c.type) {
				case 'string':
					v = text;
					break;
				case 'integer':
					v = parseInteger(text);
					break;
				case 'date':
					v = parseDate(text);
					break;
				case 'datetime':
					v = parseDateTime(text);
					break;
				default:
					v = parseMoney(text);
			}
			if (v === undefined) {
				out.null();
				this.badValue(c, r, text);
				continue;
			}
			if (c.codes !== null) {
				if (!c.codes.has(v)) this.notInList(c, r, text, c.listId!);
			} else if (c.conditional !== null)
				this.checkConditional(c, fields, v, r, text);
			if (c.emptiedCode !== null && v === c.emptiedCode) {
				out.null();
				this.emptiedCount++;
			} else if (typeof v === 'number') out.number(v);
			else out.text(v);
		}
		out.endRow();
		this.summary.loaded++;
		if (++this.inBatch === BATCH_ROWS) {
			this.inserter!.flush();
			this.ctx.db.run('COMMIT; BEGIN');
			this.inBatch = 0;
		}
	}

	/**
	 * Counts a finding of this file's row `r` and builds it only when the log keeps it, so a file
	 * with a million bad values costs a counter per value, not a message.
	 */
	private note(
		code: string,
		r: number,
		finding: () => Omit<Finding, 'file' | 'row' | 'code'>
	): void {
		const { log } = this.ctx;
		if (log.want(this.fileName, code)) log.push({ file: this.fileName, row: r, code, ...finding() });
	}

	/** A row with extra empty fields at its end (a trailing comma) loses nothing. */
	private repairable(fields: string[], r: number): boolean {
		const width = this.plan!.width;
		if (fields.length > width && fields.slice(width).every((f) => f === '')) return true;
		this.note('field-count', r, () => ({
			severity: 'error',
			column: null,
			value: String(fields.length),
			message: `This record has ${fields.length} fields where the header has ${width}; it was set aside.`,
			action:
				'Look for an unquoted comma or line break in a value on this line, fix the export and load again.'
		}));
		return false;
	}

	private emptyKey(r: number): void {
		this.setAside('unparseable');
		const key = this.source.key;
		this.note('empty-key', r, () => ({
			severity: 'error',
			column: key,
			value: null,
			message: `${key} is empty, so the record cannot be identified; it was set aside.`,
			action: `Give every record its ${key} in the HMIS and export again.`
		}));
	}

	private emptyRequired(c: CellPlan, r: number): void {
		this.note('empty-required', r, () => ({
			severity: 'warning',
			column: c.name,
			value: null,
			message: `${c.name} is empty; HUD's specification requires a value.`,
			action: 'Complete the record in the HMIS and export again.'
		}));
	}

	private badValue(c: CellPlan, r: number, text: string): void {
		const [code, words] = TYPE_WORDS[c.type];
		this.note(code, r, () => ({
			severity: 'warning',
			column: c.name,
			value: text,
			message: `"${text}" ${words}; it was loaded as empty.`,
			action: 'Correct the value in the HMIS (or the export) and load again.'
		}));
	}

	private notInList(c: CellPlan, r: number, text: string, listId: string): void {
		this.note('not-in-list', r, () => ({
			severity: 'warning',
			column: c.name,
			value: text,
			message: `${text} is not a code of HUD list ${listId} for ${c.name}; reports will count it in no category.`,
			action: 'Correct the response in the HMIS to one of the HMIS Data Standards codes.'
		}));
	}

	private checkConditional(
		c: CellPlan,
		fields: string[],
		v: string | number,
		r: number,
		text: string
	): void {
		const cond = c.conditional!;
		if (cond.when && fields[cond.when.at].trim() !== cond.when.value) return;
		const list = cond.lists.get(fields[cond.by].trim()) ?? cond.fallback;
		if (list && !list.codes.has(v)) this.notInList(c, r, text, list.id);
	}

	private setAside(reason: SetAsideReason, n = 1): void {
		const s = this.summary;
		s.setAside += n;
		s.setAsideByReason[reason] = (s.setAsideByReason[reason] ?? 0) + n;
	}

	/** Ends the file: commits, confirms suspected duplicate keys, and writes the file's notes. */
	finish(): void {
		if (!this.plan) return;
		this.inserter?.flush();
		this.inserter?.close();
		this.inserter = null;
		this.ctx.db.run('COMMIT');
		if (this.suspects.size) this.removeDuplicates();
		this.noteDeleted();
	}

	/** Releases what a load that failed midway left open (the caller rolls back). */
	abandon(): void {
		this.inserter?.close();
		this.inserter = null;
	}

	private removeDuplicates(): void {
		const { db, log } = this.ctx;
		const key = this.source.key;
		const table = tableRef(this.target.file);
		const col = quoteId(this.target.key);
		db.run(
			'DROP TABLE IF EXISTS temp.suspect_keys; CREATE TEMP TABLE suspect_keys (k TEXT PRIMARY KEY)'
		);
		const add = db.prepare('INSERT OR IGNORE INTO temp.suspect_keys VALUES (?)');
		for (const k of this.suspects) add.run([k]);
		add.free();
		this.suspects.clear();
		const rows = db.prepare(
			`SELECT rowid, ${col} FROM ${table} WHERE ${col} IN (SELECT k FROM temp.suspect_keys) ORDER BY 2, 1`
		);
		const drop: number[] = [];
		let firstRow = 0;
		let last: string | null = null;
		while (rows.step()) {
			const [rowid, k] = rows.get() as [number, string];
			if (k !== last) {
				last = k;
				firstRow = rowid;
				continue;
			}
			drop.push(rowid);
			if (log.want(this.fileName, 'duplicate-key'))
				log.push({
					severity: 'error',
					file: this.fileName,
					row: rowid,
					column: key,
					value: k,
					message: `${key} ${k} was already used at row ${firstRow}; this record was set aside and the first one kept.`,
					action: 'Remove or renumber the repeated record in the HMIS and export again.',
					code: 'duplicate-key'
				});
		}
		rows.free();
		db.run('BEGIN');
		const del = db.prepare(`DELETE FROM ${table} WHERE rowid = ?`);
		for (const rowid of drop) del.run([rowid]);
		del.free();
		db.run('COMMIT; DROP TABLE temp.suspect_keys');
		this.summary.loaded -= drop.length;
		if (drop.length) this.setAside('duplicate key', drop.length);
	}

	private noteDeleted(): void {
		const n = this.summary.setAsideByReason.deleted ?? 0;
		if (!n) return;
		this.ctx.log.add({
			severity: 'info',
			file: this.fileName,
			row: null,
			column: 'DateDeleted',
			value: String(n),
			message: `${n.toLocaleString('en-US')} records have DateDeleted set: the HMIS deleted them, so they were not loaded.`,
			action: 'Nothing to do; reports never count deleted records.',
			code: 'deleted'
		});
	}

	/** Sentences the load summary shows about this file's conversion. */
	conversionNotes(): string[] {
		const e = this.conversion.emptied;
		if (!e || !this.emptiedCount) return this.conversion.sentences;
		const n = this.emptiedCount.toLocaleString('en-US');
		return [
			...this.conversion.sentences,
			`${this.fileName}: ${n} values ${e.code} in ${e.columns.join(', ')} were loaded as empty: ${e.why}.`
		];
	}
}
