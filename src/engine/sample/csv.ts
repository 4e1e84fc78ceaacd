// Writes one CSV file of the export into a streaming zip entry: rows are joined into chunks of
// about a megabyte, encoded and pushed, so no file is ever held whole in memory.
import type { ZipDeflate } from 'fflate';
import type { FileSpec } from '../hmis/schema';
import { dateText } from './dates';

const CHUNK_CHARS = 1 << 20;
/** Without zip64 (fflate writes none) an entry's sizes must fit in 32 bits. */
const ZIP_ENTRY_LIMIT = 0xffffffff;

const TIMES = [
	' 08:05:12',
	' 08:47:30',
	' 09:12:03',
	' 09:38:44',
	' 10:02:19',
	' 10:41:57',
	' 11:15:26',
	' 11:52:08',
	' 13:07:41',
	' 13:33:15',
	' 14:10:50',
	' 14:46:22',
	' 15:21:09',
	' 15:58:37',
	' 16:24:04',
	' 17:02:48'
];

/** A yyyy-mm-dd hh:mm:ss timestamp on that day; `k` picks one of 16 times of day. */
export function timestamp(day: number, k: number): string {
	return dateText(day) + TIMES[k & 15];
}

/** RFC 4180 quoting, only when a value needs it. */
export function quote(text: string): string {
	return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

export type Cell = string | number;

export class CsvWriter {
	/** Data rows written (the header is not counted). */
	rows = 0;
	bytes = 0;
	/** The row being built, in the spec's column order; `emit` writes and clears it. */
	readonly cells: Cell[];
	/** Column name to position in `cells`. */
	readonly col: Record<string, number> = {};
	private readonly parts: string[] = [];
	private pending = 0;
	private readonly encoder = new TextEncoder();

	constructor(
		private readonly entry: ZipDeflate,
		readonly spec: FileSpec
	) {
		spec.columns.forEach((c, i) => (this.col[c.name] = i));
		this.cells = new Array<Cell>(spec.columns.length).fill('');
		this.parts.push(spec.columns.map((c) => c.name).join(','));
	}

	/** Sets a cell by column name (for the wide, low-volume files). */
	set(column: string, value: Cell): void {
		const i = this.col[column];
		if (i === undefined) throw new Error(`${this.spec.file}.csv has no column ${column}`);
		this.cells[i] = value;
	}

	/**
	 * Sets the columns that close every record: DateCreated and DateUpdated both `created`,
	 * UserID (unless null), ExportID.
	 */
	stamp(created: string, userId: string | null, exportId: string): void {
		const { cells, col } = this;
		cells[col.DateCreated] = created;
		cells[col.DateUpdated] = created;
		if (userId !== null) cells[col.UserID] = userId;
		cells[col.ExportID] = exportId;
	}

	/** Writes the row held in `cells` and clears it for the next one. */
	emit(): void {
		this.line(this.cells.join(','));
		this.cells.fill('');
	}

	/** Writes one finished row (without its line end). */
	line(text: string): void {
		this.parts.push(text);
		this.rows++;
		this.pending += text.length;
		if (this.pending > CHUNK_CHARS) this.flush(false);
	}

	end(): void {
		this.flush(true);
	}

	private flush(final: boolean): void {
		if (this.parts.length === 0) {
			this.entry.push(new Uint8Array(0), final);
			return;
		}
		// The empty last part gives the final line its line end without another copy of the text.
		this.parts.push('');
		const bytes = this.encoder.encode(this.parts.join('\n'));
		this.parts.length = 0;
		this.pending = 0;
		this.bytes += bytes.length;
		if (this.bytes > ZIP_ENTRY_LIMIT) {
			throw new Error(
				`${this.spec.file}.csv would exceed 4 GiB, more than a zip without zip64 holds`
			);
		}
		this.entry.push(bytes, final);
	}
}
