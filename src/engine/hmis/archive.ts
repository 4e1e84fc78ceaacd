// Reads an export's entries as byte streams: the files of a zip, streamed through fflate's Unzip
// (jszip needs the whole archive in memory), or loose files. Nothing holds a whole file at once.
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipDecoder } from 'fflate';
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
