// Turns the files a user picked or dropped into the engine's input: one .zip, or the loose .csv
// files of an export. Anything else is refused here, with a reason, before the worker sees it.
import type { ExportInput, InputFile } from '../../engine/hmis/types';

export type Picked = { ok: true; input: ExportInput } | { ok: false; message: string };

function extension(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function pickInput(files: InputFile[]): Picked {
	if (files.length === 0) return { ok: false, message: 'No file was chosen.' };
	const others = files.filter((f) => !['zip', 'csv'].includes(extension(f.name)));
	if (others.length > 0) {
		const names = others.map((f) => f.name).join(', ');
		return {
			ok: false,
			message: `${names}: not a .zip or .csv file. Choose the export's .zip, or its .csv files.`
		};
	}
	const zips = files.filter((f) => extension(f.name) === 'zip');
	if (zips.length === 0) return { ok: true, input: { kind: 'files', files } };
	if (files.length === 1) return { ok: true, input: { kind: 'zip', file: zips[0] } };
	return {
		ok: false,
		message:
			zips.length === files.length
				? 'Choose one .zip at a time: each .zip is a whole export.'
				: 'Choose either the export\'s .zip or its .csv files, not both.'
	};
}
