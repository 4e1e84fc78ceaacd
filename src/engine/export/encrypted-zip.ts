// Password-protected zips of text files: WinZip AES-256 entries (AE-2), which 7-Zip and the
// Windows zip tools that support AES open. fflate and jszip cannot encrypt, so zip.js writes them.
import { TextReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js/index-native.js';
import { textPieces, type NamedBytes, type ZipEntry } from './zip';

/** An entry's text as a byte stream, encoded piece by piece as zip.js asks for more. */
function byteStream(entry: ZipEntry): ReadableStream<Uint8Array> {
	const pieces = textPieces(entry)[Symbol.iterator]();
	const encoder = new TextEncoder();
	return new ReadableStream({
		pull(controller) {
			const next = pieces.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		}
	});
}

/** The files, in the given order, UTF-8 without BOM, deflated and encrypted with AES-256. */
export async function encryptedZip(
	name: string,
	files: ZipEntry[],
	password: string
): Promise<NamedBytes> {
	if (!password) throw new Error('An encrypted zip needs a password.');
	const writer = new ZipWriter(new Uint8ArrayWriter(), {
		password,
		encryptionStrength: 3,
		level: 6,
		// NOTE: no codec workers: zip.js would start them from blob: URLs, and this already runs
		// in the engine's worker (or in Node for the tests).
		useWebWorkers: false,
		// Local wall-clock fields, as zip.ts writes them: the archive dates no one's session.
		lastModDate: new Date(1980, 0, 1, 0, 0, 0),
		extendedTimestamp: false
	});
	for (const file of files) {
		await writer.add(file.name, 'text' in file ? new TextReader(file.text) : byteStream(file));
	}
	return { name, bytes: await writer.close() };
}
