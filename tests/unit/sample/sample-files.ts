// Test helpers: generate a sample once per seed and size, unzip it and read its CSVs as rows.
import { strFromU8, unzipSync } from 'fflate';
import { generateSampleZip, type SampleManifest } from '../../../src/engine/sample';

export type Row = Record<string, string>;

export interface Sample {
	zip: Uint8Array;
	manifest: SampleManifest;
	/** File name ("Client.csv") to its header and rows. */
	files: Record<string, { header: string[]; rows: Row[]; fields: string[][] }>;
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch !== '"') field += ch;
			else if (text[i + 1] === '"') {
				field += '"';
				i++;
			} else quoted = false;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			record.push(field);
			field = '';
		} else if (ch === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
		} else field += ch;
	}
	if (field !== '' || record.length > 0) records.push([...record, field]);
	return records;
}

const cache = new Map<string, Sample>();

export function sample(seed: number, clients: number): Sample {
	const key = `${seed}/${clients}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const { zip, manifest } = generateSampleZip({ seed, clients });
	const files: Sample['files'] = {};
	for (const [name, bytes] of Object.entries(unzipSync(zip))) {
		const [header, ...fields] = parseCsv(strFromU8(bytes));
		const rows = fields.map((f) => Object.fromEntries(header.map((h, i) => [h, f[i]])));
		files[name] = { header, rows, fields };
	}
	const made = { zip, manifest, files };
	cache.set(key, made);
	return made;
}

export function countBy<T>(
	items: T[],
	key: (item: T) => string | number
): Map<string | number, number> {
	const counts = new Map<string | number, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return counts;
}
