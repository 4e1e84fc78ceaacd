// Keeps the engine's compact copies of HUD's facts (file layouts, value lists, table shapes)
// in step with ../shared/spec. Run with UPDATE_SPEC=1 to rewrite them after the spec changes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const shared = resolve(import.meta.dirname, '../../../shared/spec');
const root = resolve(import.meta.dirname, '../..');
const have = existsSync(shared);
if (!have) console.warn(`spec-sync: ${shared} is absent; the spec comparison is skipped.`);

const read = (p: string) => JSON.parse(readFileSync(resolve(shared, p), 'utf8'));

function columnsModule(version: string): string {
	const spec = read(`hmis-csv/columns-fy${version}.json`);
	const files = spec.files.map((f: any) => ({
		file: f.file.replace(/\.csv$/, ''),
		key: f.key,
		columns: f.columns.map((c: any) => {
			const col: Record<string, unknown> = { name: c.name, type: c.type, nullable: c.nullable };
			if (c.list) col.list = c.list;
			if (c.references) col.references = c.references;
			if (c.conditionalList) col.conditionalList = c.conditionalList;
			if (c.excludeValues) col.excludeValues = c.excludeValues;
			return col;
		})
	}));
	return module(`HMIS CSV FY${version} file layouts`, 'FileSpec[]', files, "import type { FileSpec } from '../schema';");
}

function listsModule(version: string): string {
	const lists = read(`hmis-csv/lists-fy${version}.json`);
	const out: Record<string, unknown> = {};
	for (const [id, l] of Object.entries<any>(lists)) {
		if (id.startsWith('x-')) continue;
		const entry: Record<string, unknown> = { name: l.name, values: l.values };
		if (l.classification) entry.classification = l.classification;
		out[id] = entry;
	}
	return module(`HMIS CSV FY${version} value lists`, 'ValueLists', out, "import type { ValueLists } from '../schema';");
}

function tablesModule(): string {
	const tables = read('reports/tables.json').map((t: any) => {
		const shape: Record<string, unknown> = {
			id: t.id,
			title: t.title,
			reports: t.reports,
			versions: t.versions,
			a1: t.a1 ?? t.headerA1 ?? '',
			rowLabelColumn: t.rowLabelColumn !== false,
			columns: t.columns,
			rows: t.rows,
			gray: t.grayedCells ?? t.grayCells ?? []
		};
		if (t.rowCodes) shape.rowCodes = t.rowCodes;
		return shape;
	});
	return module('APR and CAPER table shapes', 'TableShape[]', tables, "import type { TableShape } from '../table';");
}

function module(what: string, type: string, data: unknown, imports: string): string {
	return `// ${what}, derived from ../shared/spec by tests/spec/spec-sync.test.ts (UPDATE_SPEC=1).\n${imports}\n\nconst data: ${type} = ${JSON.stringify(data, null, '\t')};\n\nexport default data;\n`;
}

const targets: [string, () => string][] = [
	['src/engine/hmis/spec/columns-fy2026.ts', () => columnsModule('2026')],
	['src/engine/hmis/spec/columns-fy2024.ts', () => columnsModule('2024')],
	['src/engine/hmis/spec/lists-fy2026.ts', () => listsModule('2026')],
	['src/engine/hmis/spec/lists-fy2024.ts', () => listsModule('2024')],
	['src/engine/report/spec/tables.ts', tablesModule]
];

describe.skipIf(!have)('engine spec modules', () => {
	for (const [path, make] of targets) {
		test(`${path} matches ../shared/spec`, () => {
			const text = make();
			const file = resolve(root, path);
			if (process.env.UPDATE_SPEC) writeFileSync(file, text);
			expect(readFileSync(file, 'utf8')).toBe(text);
		});
	}
});
