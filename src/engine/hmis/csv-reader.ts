// Turns a CSV file's byte chunks into rows: cuts blocks after their last line feed, decodes each
// block (UTF-8, or Windows-1252 once the bytes prove not to be UTF-8) and streams the text
// through papaparse. Whole lines per decode keep multi-byte characters intact (PapaParse#751).
import Papa from 'papaparse';
import type { EntrySink } from './archive';

export interface CsvEvents {
	/** One record's fields; return false to stop reading the file. */
	row(fields: string[]): boolean | void;
	/**
	 * The file is not UTF-8: 'windows-1252' when its bytes proved not to be (from that block on),
	 * 'utf-16le' or 'utf-16be' when it starts with a UTF-16 byte order mark.
	 */
	fallback?(encoding: 'windows-1252' | 'utf-16le' | 'utf-16be'): void;
	/** papaparse met broken quoting; `record` is the 1-based record number (header = 1). */
	quoteError?(message: string, record: number): void;
}

export const DEFAULT_BLOCK_SIZE = 1 << 20;

/** The minimal Node-style readable papaparse streams from (its ReadableStreamStreamer). */
class TextSource {
	readonly readable = true;
	private listeners = new Map<string, ((arg?: string) => void)[]>();
	read(): void {}
	pause(): void {}
	resume(): void {}
	on(event: string, fn: (arg?: string) => void): void {
		this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
	}
	removeListener(event: string, fn: (arg?: string) => void): void {
		this.listeners.set(
			event,
			(this.listeners.get(event) ?? []).filter((f) => f !== fn)
		);
	}
	emit(event: string, arg?: string): void {
		for (const fn of this.listeners.get(event) ?? []) fn(arg);
	}
}

const LF = 0x0a;

export class CsvReader implements EntrySink {
	private pending: Uint8Array[] = [];
	private pendingBytes = 0;
	private first = true;
	private stopped = false;
	private ended = false;
	private utf8: TextDecoder | null = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	private utf16: TextDecoder | null = null;
	private firstText = '';
	private source: TextSource | null = null;
	private records = 0;

	constructor(
		private events: CsvEvents,
		private blockSize = DEFAULT_BLOCK_SIZE
	) {}

	data(bytes: Uint8Array): boolean {
		if (this.stopped) return false;
		this.pending.push(bytes);
		this.pendingBytes += bytes.length;
		if (this.pendingBytes >= this.blockSize) this.flush(false);
		return !this.stopped;
	}

	end(): void {
		if (this.ended) return;
		this.ended = true;
		if (!this.stopped) this.flush(true);
		if (!this.stopped) this.source?.emit('end');
	}

	private flush(last: boolean): void {
		const bytes =
			this.pending.length === 1 ? this.pending[0] : concat(this.pending, this.pendingBytes);
		this.pending = [];
		this.pendingBytes = 0;
		if (this.first && !this.utf16) {
			if (bytes.length < 2 && !last) {
				// Too short to tell a UTF-16 byte order mark: keep collecting.
				this.keep(bytes);
				return;
			}
			const bom = (bytes[0] << 8) | bytes[1];
			if (bom === 0xfffe || bom === 0xfeff) {
				const encoding = bom === 0xfffe ? 'utf-16le' : 'utf-16be';
				this.utf16 = new TextDecoder(encoding);
				this.events.fallback?.(encoding);
			}
		}
		if (this.utf16) this.flushUtf16(bytes, last);
		else this.flushLines(bytes, last);
	}

	private keep(bytes: Uint8Array): void {
		this.pending = bytes.length ? [bytes] : [];
		this.pendingBytes = bytes.length;
	}

	/** UTF-8 and Windows-1252: whole lines per decode, the bytes after the last line feed kept. */
	private flushLines(all: Uint8Array, last: boolean): void {
		const cut = last ? all.length : all.lastIndexOf(LF) + 1;
		// The tail is copied so the big block it came from can be collected.
		this.keep(cut === 0 ? all : all.subarray(cut).slice());
		let bytes = all.subarray(0, cut);
		if (!bytes.length) return;
		if (this.first) {
			this.first = false;
			if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
			const lf = bytes.indexOf(LF);
			this.start(lf > 0 && bytes[lf - 1] === 0x0d ? '\r\n' : '\n');
		}
		if (bytes.length) this.source?.emit('data', this.decode(bytes));
	}

	/** UTF-16 cannot be cut at line-feed bytes: it is decoded as a stream, papaparse joins the lines. */
	private flushUtf16(bytes: Uint8Array, last: boolean): void {
		const text = this.firstText + this.utf16!.decode(bytes, { stream: !last });
		if (this.first) {
			const lf = text.indexOf('\n');
			if (lf < 0 && !last) {
				// The line ending is read off the first line: wait for it.
				this.firstText = text;
				return;
			}
			this.first = false;
			this.firstText = '';
			this.start(lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n');
		}
		if (text) this.source?.emit('data', text);
	}

	private decode(bytes: Uint8Array): string {
		if (this.utf8) {
			try {
				return this.utf8.decode(bytes);
			} catch {
				this.utf8 = null;
				this.events.fallback?.('windows-1252');
			}
		}
		return decodeWindows1252(bytes);
	}

	/** Starts papaparse with the file's own line ending, read off its first line. */
	private start(newline: '\r\n' | '\n'): void {
		const source = new TextSource();
		this.source = source;
		Papa.parse(source as unknown as NodeJS.ReadableStream, {
			delimiter: ',',
			newline,
			skipEmptyLines: true,
			step: (result, parser) => {
				this.records++;
				if (result.errors.length) {
					for (const e of result.errors) this.events.quoteError?.(e.message, this.records);
				}
				if (this.stopped) return;
				if (this.events.row(result.data as string[]) === false) {
					this.stopped = true;
					parser.abort();
				}
			}
		});
	}
}

/** Windows-1252's characters for bytes 0x80-0x9F; the other bytes are their own code points. */
const CP1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
	0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
	0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

/**
 * Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80-0x9F become control
 * characters), so the mapping is done here; it is only used for files that are not UTF-8.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
	const codes = new Uint16Array(bytes.length);
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		codes[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;
	}
	let out = '';
	for (let at = 0; at < codes.length; at += 8192)
		out += String.fromCharCode(...codes.subarray(at, at + 8192));
	return out;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
	const out = new Uint8Array(length);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}
