// Reads an export's entries as byte streams: the files of a zip, found through its central
// directory when the input can be sliced (else streamed through fflate's Unzip), or loose files.
// Nothing holds a whole file at once.
import {
	Inflate,
	strFromU8,
	Unzip,
	UnzipInflate,
	UnzipPassThrough,
	type UnzipDecoder
} from 'fflate';
import type { ExportInput, InputFile } from './types';

export interface ExportEntry {
	/** Path inside the archive, or the loose file's name. */
	path: string;
	/** Base name, e.g. "Client.csv". */
	name: string;
}

/** Receives one entry's bytes in order; `data` returns false once it wants no more. */
export interface EntrySink {
	data(bytes: Uint8Array): boolean;
	end(): void;
}

/** Called for every entry; returns where its bytes go, or null to skip it unread. */
export type OpenEntry = (entry: ExportEntry) => EntrySink | null;

export class ArchiveError extends Error {}

export function inputSize(input: ExportInput): number {
	return input.kind === 'zip' ? input.file.size : input.files.reduce((n, f) => n + f.size, 0);
}

/** Macs add resource forks ("__MACOSX/._Client.csv") that look like CSVs but are not. */
function isNoise(path: string): boolean {
	return path.endsWith('/') || path.startsWith('__MACOSX/') || baseName(path).startsWith('._');
}

export function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Streams every entry of the input to the sink `open` gives it. `onBytes` gets the count of
 * input bytes consumed so far (compressed bytes for a zip), for progress.
 */
export async function readInput(
	input: ExportInput,
	open: OpenEntry,
	onBytes: (consumed: number) => void = () => {}
): Promise<void> {
	if (input.kind === 'zip') await readZip(input.file, open, onBytes);
	else await readLooseFiles(input.files, open, onBytes);
}

async function readLooseFiles(
	files: InputFile[],
	open: OpenEntry,
	onBytes: (consumed: number) => void
): Promise<void> {
	let before = 0;
	for (const file of files) {
		const sink = open({ path: file.name, name: baseName(file.name) });
		if (sink) {
			const reader = file.stream().getReader();
			let consumed = before;
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				consumed += value.length;
				onBytes(consumed);
				if (!sink.data(value)) {
					await reader.cancel();
					break;
				}
			}
			sink.end();
		}
		before += file.size;
		onBytes(before);
	}
}

/**
 * Decoders for the two zip methods that hand each entry's bytes straight to its sink and drop
 * the bytes of skipped entries. fflate keeps every chunk of an entry that was never started, so
 * each entry is started, and the skipped ones are decoded by nothing.
 */
function selectiveDecoders(current: { sink: EntrySink | null }) {
	function make(Inner: new () => UnzipDecoder, compression: number) {
		return class implements UnzipDecoder {
			static compression = compression;
			ondata: UnzipDecoder['ondata'] = () => {};
			private inner: UnzipDecoder | null = null;
			constructor() {
				const sink = current.sink;
				if (!sink) return;
				const inner = new Inner();
				inner.ondata = (err, data, final) => {
					if (err) this.ondata(err, data, final);
					else if (this.inner) {
						if (data.length && !sink.data(data)) this.inner = null;
						if (final) sink.end();
					}
				};
				this.inner = inner;
			}
			push(data: Uint8Array, final: boolean): void {
				this.inner?.push(data, final);
			}
		};
	}
	return [make(UnzipInflate, 8), make(UnzipPassThrough, 0)];
}

/** fflate's errors carry a numeric code; anything else is a fault of the sink, kept as it is. */
function asArchiveError(e: Error, where: string): Error {
	return typeof (e as { code?: unknown }).code === 'number'
		? new ArchiveError(`${where}: ${e.message}`)
		: e;
}

async function readZip(
	file: InputFile,
	open: OpenEntry,
	onBytes: (n: number) => void
): Promise<void> {
	const entries = file.slice ? await centralDirectory(file) : null;
	if (entries) await readEntries(file, entries, open, onBytes);
	else await streamZip(file, open, onBytes);
}

/** A zip entry as its central directory and local header place it. */
interface StoredEntry {
	path: string;
	/** 0 stored, 8 deflated. */
	method: number;
	/** Where its local header starts, and its compressed data. */
	offset: number;
	start: number;
	size: number;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) =>
	(b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_RECORD = 0x06054b50;
const ZIP32_MAX = 0xffffffff;

async function bytesAt(file: InputFile, start: number, end: number): Promise<Uint8Array> {
	return new Uint8Array(await file.slice!(start, end).arrayBuffer());
}

/**
 * The entries of a plain zip in the order of their data, read from its end record and central
 * directory. Null sends the archive to the streaming reader, which reads anything fflate can and
 * words the errors: no end record (a cut download), an empty archive, several disks, zip64,
 * encryption, another compression method, or records that do not agree.
 */
async function centralDirectory(file: InputFile): Promise<StoredEntry[] | null> {
	// The end record closes the file, after a comment of up to 64 KiB that is usually absent.
	let found = await endRecord(file, 22 + 1024);
	if (!found && file.size > 22 + 1024) found = await endRecord(file, 22 + 0xffff);
	if (!found) return null;
	const { tail, tailStart, end } = found;
	const count = u16(tail, end + 10);
	const cdSize = u32(tail, end + 12);
	const cdStart = u32(tail, end + 16);
	const oneDisk = u16(tail, end + 4) === 0 && u16(tail, end + 6) === 0;
	if (!oneDisk || count === 0 || count === 0xffff || cdStart + cdSize !== tailStart + end)
		return null;
	const cd = await bytesAt(file, cdStart, cdStart + cdSize);
	const entries: StoredEntry[] = [];
	let at = 0;
	for (let n = 0; n < count; n++) {
		if (at + 46 > cd.length || u32(cd, at) !== CENTRAL_HEADER) return null;
		const flags = u16(cd, at + 8);
		const method = u16(cd, at + 10);
		const size = u32(cd, at + 20);
		const nameLength = u16(cd, at + 28);
		const offset = u32(cd, at + 42);
		const zip64 = size === ZIP32_MAX || u32(cd, at + 24) === ZIP32_MAX || offset === ZIP32_MAX;
		if (flags & 1 || (method !== 0 && method !== 8) || zip64) return null;
		entries.push({ path: '', method, offset, start: 0, size });
		at += 46 + nameLength + u16(cd, at + 30) + u16(cd, at + 32);
	}
	if (at !== cd.length) return null;
	entries.sort((a, b) => a.offset - b.offset);
	for (let i = 0; i < entries.length; i++) {
		// The name comes from the local header, as the streaming reader takes it.
		const e = entries[i];
		const head = await bytesAt(file, e.offset, Math.min(e.offset + 30, cdStart));
		if (head.length < 30 || u32(head, 0) !== LOCAL_HEADER) return null;
		const nameLength = u16(head, 26);
		e.start = e.offset + 30 + nameLength + u16(head, 28);
		const limit = i + 1 < entries.length ? entries[i + 1].offset : cdStart;
		if (e.start + e.size > limit) return null;
		const name = await bytesAt(file, e.offset + 30, e.offset + 30 + nameLength);
		e.path = strFromU8(name, !(u16(head, 6) & 0x800));
	}
	return entries;
}

/** Looks for the end record in the file's last `window` bytes. */
async function endRecord(
	file: InputFile,
	window: number
): Promise<{ tail: Uint8Array; tailStart: number; end: number } | null> {
	const tailStart = Math.max(0, file.size - window);
	const tail = await bytesAt(file, tailStart, file.size);
	for (let end = tail.length - 22; end >= 0; end--)
		if (u32(tail, end) === END_RECORD && end + 22 + u16(tail, end + 20) === tail.length)
			return { tail, tailStart, end };
	return null;
}

async function readEntries(
	file: InputFile,
	entries: StoredEntry[],
	open: OpenEntry,
	onBytes: (n: number) => void
): Promise<void> {
	for (const e of entries) {
		const sink = isNoise(e.path) ? null : open({ path: e.path, name: baseName(e.path) });
		if (sink) await readEntry(file, e, sink, onBytes);
		onBytes(e.start + e.size);
	}
	onBytes(file.size);
}

/**
 * Streams one entry's bytes, inflated, to its sink, as the streaming reader would: the sink's
 * end follows the last bytes unless the sink stopped first.
 */
async function readEntry(
	file: InputFile,
	e: StoredEntry,
	sink: EntrySink,
	onBytes: (n: number) => void
): Promise<void> {
	if (e.size === 0) {
		sink.end();
		return;
	}
	let stopped = false;
	const pass = (data: Uint8Array, final: boolean) => {
		if (stopped) return;
		if (data.length && !sink.data(data)) stopped = true;
		if (final) sink.end();
	};
	const inflater = e.method === 8 ? new Inflate(pass) : null;
	const push = (chunk: Uint8Array, final: boolean) => {
		try {
			if (inflater) inflater.push(chunk, final);
			else pass(chunk, final);
		} catch (err) {
			throw asArchiveError(err as Error, e.path);
		}
	};
	const reader = file.slice!(e.start, e.start + e.size).stream().getReader();
	let consumed = e.start;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		try {
			push(value, false);
		} catch (err) {
			await reader.cancel();
			throw err;
		}
		consumed += value.length;
		onBytes(consumed);
		if (stopped) {
			await reader.cancel();
			return;
		}
	}
	push(new Uint8Array(0), true);
}

/** Reads the zip front to back, finding each entry by its local header. */
async function streamZip(
	file: InputFile,
	open: OpenEntry,
	onBytes: (n: number) => void
): Promise<void> {
	const unzip = new Unzip();
	const current: { sink: EntrySink | null } = { sink: null };
	for (const decoder of selectiveDecoders(current)) unzip.register(decoder);
	let failure: Error | null = null;
	let entries = 0;
	unzip.onfile = (f) => {
		entries++;
		const sink = isNoise(f.name) ? null : open({ path: f.name, name: baseName(f.name) });
		current.sink = sink;
		f.ondata = (err, _data, final) => {
			// Data reaches the sink through the decoder; only errors and empty entries come here.
			if (err) failure ??= asArchiveError(err, f.name);
			else if (sink && final) sink.end();
		};
		f.start();
		current.sink = null;
	};
	const reader = file.stream().getReader();
	let consumed = 0;
	let first = true;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		if (first && value.length >= 4) {
			first = false;
			// Every zip starts with a local file header, or with the end record when empty.
			const sig = value[0] | (value[1] << 8) | (value[2] << 16) | (value[3] << 24);
			if (sig !== 0x04034b50 && sig !== 0x06054b50) {
				await reader.cancel();
				throw new ArchiveError(`${file.name} is not a zip archive`);
			}
		}
		try {
			unzip.push(value, false);
		} catch (e) {
			failure ??= asArchiveError(e as Error, file.name);
		}
		consumed += value.length;
		onBytes(consumed);
		if (failure) {
			await reader.cancel();
			throw failure;
		}
	}
	try {
		// Ends the stream: fflate fails here when the last entry stopped short (a cut download).
		unzip.push(new Uint8Array(0), true);
	} catch (e) {
		failure ??= asArchiveError(e as Error, `${file.name} ends early`);
	}
	if (failure) throw failure;
	if (entries === 0) throw new ArchiveError(`${file.name} holds no files`);
}
