// Deterministic flat zips of text files: the same files give the same bytes in Node and in
// every browser, whatever the clock or the time zone.
import { strToU8, Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';

/** A file to write into a zip. */
export interface TextFile {
	name: string;
	text: string;
}

/**
 * A file written piece by piece: the validation file's cell membership has a line per client
 * per cell, more text than a JavaScript string holds on big reports.
 */
export interface StreamedText {
	name: string;
	pieces: () => Iterable<string>;
}

export type ZipEntry = TextFile | StreamedText;

/** An entry's text, piece by piece. */
export function textPieces(entry: ZipEntry): Iterable<string> {
	return 'text' in entry ? [entry.text] : entry.pieces();
}

/** A file to download: its name and its bytes. */
export interface NamedBytes {
	name: string;
	bytes: Uint8Array;
}

/**
 * Zip entry times are local wall-clock fields (DOS format). A date built from local fields reads
 * back the same in every time zone, so 1980-01-01 00:00 (the DOS epoch) is stored everywhere.
 */
function fixedTime(): Date {
	return new Date(1980, 0, 1, 0, 0, 0);
}

/** The files, in the given order, UTF-8 without BOM, deflated, no folders. */
export function zipText(name: string, files: TextFile[]): NamedBytes {
	const mtime = fixedTime();
	const entries: Zippable = {};
	for (const f of files) entries[f.name] = [strToU8(f.text), { mtime }];
	return { name, bytes: zipSync(entries, { level: 6, mtime }) };
}

/**
 * Like zipText, for entries written piece by piece: each piece is deflated as it comes, so no
 * entry's whole text is ever held. Sizes follow each entry's data (a data descriptor), which
 * every zip tool reads.
 */
export function zipStreamed(name: string, entries: ZipEntry[]): NamedBytes {
	const mtime = fixedTime();
	const parts: Uint8Array[] = [];
	const zip = new Zip((error, data) => {
		if (error) throw error;
		parts.push(data);
	});
	for (const entry of entries) {
		const file = new ZipDeflate(entry.name, { level: 6 });
		file.mtime = mtime;
		zip.add(file);
		for (const piece of textPieces(entry)) file.push(strToU8(piece));
		file.push(new Uint8Array(0), true);
	}
	zip.end();
	const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		bytes.set(p, at);
		at += p.length;
	}
	return { name, bytes };
}
