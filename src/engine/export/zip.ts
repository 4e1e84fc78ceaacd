// Deterministic flat zips of text files: the same files give the same bytes in Node and in
// every browser, whatever the clock or the time zone.
import { strToU8, zipSync, type Zippable } from 'fflate';

/** A file to write into a zip. */
export interface TextFile {
	name: string;
	text: string;
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
