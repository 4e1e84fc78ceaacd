// Opens a path on disk as the engine's ExportInput (Node only): a .zip, a single .csv, or a
// directory of .csv files. Files are opened as Blobs, so nothing is read until it is streamed.
import { openAsBlob } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ExportInput, InputFile } from './hmis/types';

async function openFile(path: string): Promise<InputFile> {
	const blob = await openAsBlob(path);
	return {
		name: basename(path),
		size: blob.size,
		stream: () => blob.stream(),
		slice: (start, end) => blob.slice(start, end)
	};
}

/** Throws when the path does not exist or is neither a zip, a csv nor a directory. */
export async function openExportPath(path: string): Promise<ExportInput> {
	const info = await stat(path);
	if (info.isDirectory()) {
		const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
		return { kind: 'files', files: await Promise.all(names.map((n) => openFile(join(path, n)))) };
	}
	const lower = path.toLowerCase();
	if (lower.endsWith('.zip')) return { kind: 'zip', file: await openFile(path) };
	if (lower.endsWith('.csv')) return { kind: 'files', files: [await openFile(path)] };
	throw new Error(`${path} is not a .zip, a .csv or a directory`);
}
