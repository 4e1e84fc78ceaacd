// Matches a CSV header to the spec's columns (case-insensitively) and prepares, per column, what
// each cell needs: where it goes in the INSERT, its parser and its allowed codes. Built once per
// file so the per-row work is a few lookups.
import type { FileConversion } from './conversion';
import {
	VALUE_LISTS,
	type ColumnSpec,
	type ColumnType,
	type FileSpec,
	type SpecVersion
} from './schema';
import { quoteId, tableRef } from './tables';
import type { Finding } from './types';

export type Code = string | number;

export interface ConditionalCheck {
	/** Header position of the column whose value picks the list. */
	by: number;
	/** Only check when the column at `when.at` holds `when.value`. */
	when: { at: number; value: string } | null;
	lists: Map<string, { id: string; codes: Set<Code> }>;
	fallback: { id: string; codes: Set<Code> } | null;
}

export interface CellPlan {
	/** Position in the CSV row. */
	at: number;
	/** Position in the INSERT's values (0 is the rowid). */
	param: number;
	/** The spec's name for the column in the export's version. */
	name: string;
	type: ColumnType;
	nullable: boolean;
	listId: string | null;
	codes: Set<Code> | null;
	conditional: ConditionalCheck | null;
	/** A code with no FY2026 equivalent, stored as NULL (FY2024 conversion). */
	emptiedCode: number | null;
}

export interface HeaderPlan {
	width: number;
	cells: CellPlan[];
	/** `INSERT INTO table (rowid, cells' columns, constants' columns) VALUES`. */
	insertInto: string;
	/** One row's values: the rowid's and each cell's placeholder, then the constants. */
	tuple: string;
	keyAt: number;
	deletedAt: number;
	findings: Finding[];
}

function codeSet(
	version: SpecVersion,
	listId: string,
	type: ColumnType,
	exclude?: Code[]
): Set<Code> | null {
	const list = VALUE_LISTS[version][listId];
	if (!list) return null;
	const codes = Object.keys(list.values).map((k) => (type === 'integer' ? Number(k) : k));
	const out = new Set<Code>(codes);
	for (const x of exclude ?? []) out.delete(type === 'integer' ? Number(x) : String(x));
	return out;
}

interface ConditionalSpec {
	byColumn: string;
	onlyWhen?: string;
	map: Record<string, string>;
}

function conditionalCheck(
	version: SpecVersion,
	col: ColumnSpec,
	positions: Map<string, number>
): ConditionalCheck | null {
	const spec = col.conditionalList as ConditionalSpec | undefined;
	if (!spec) return null;
	const by = positions.get(spec.byColumn.toLowerCase());
	if (by === undefined) return null;
	let when: ConditionalCheck['when'] = null;
	if (spec.onlyWhen) {
		const m = /^\s*(\w+)\s*=\s*(\S+)\s*$/.exec(spec.onlyWhen);
		const at = m ? positions.get(m[1].toLowerCase()) : undefined;
		if (!m || at === undefined) return null;
		when = { at, value: m[2] };
	}
	const lists = new Map<string, { id: string; codes: Set<Code> }>();
	let fallback: ConditionalCheck['fallback'] = null;
	for (const [value, id] of Object.entries(spec.map)) {
		const codes = codeSet(version, id, col.type);
		if (!codes) continue;
		if (value === '*') fallback = { id, codes };
		else lists.set(value, { id, codes });
	}
	return { by, when, lists, fallback };
}

/**
 * Plans the load of one file. `source` is the file's spec in the export's version, `target` the
 * FY2026 table it goes to; `fileName` names the file in findings.
 */
export function planHeader(
	header: string[],
	source: FileSpec,
	target: FileSpec,
	version: SpecVersion,
	conversion: FileConversion,
	fileName: string
): HeaderPlan {
	const findings: Finding[] = [];
	const note = (
		severity: Finding['severity'],
		code: string,
		column: string | null,
		message: string,
		action: string,
		value: string | null = null
	) => findings.push({ severity, file: fileName, row: 1, column, value, message, action, code });

	const byName = new Map(
		source.columns.map((c, i) => [c.name.toLowerCase(), { col: c, order: i }])
	);
	const targetNames = new Map(target.columns.map((c) => [c.name.toLowerCase(), c.name]));
	const positions = new Map<string, number>();
	const matched: { at: number; col: ColumnSpec; order: number }[] = [];

	header.forEach((raw, at) => {
		const text = raw.replace(/^\uFEFF/, '').trim();
		const hit = byName.get(text.toLowerCase());
		if (!hit) {
			note(
				'info',
				'extra-column',
				text,
				`Column "${text}" is not in the HMIS CSV FY${version} specification for this file; it was ignored.`,
				'Nothing to do unless you expected this column to be read; check its spelling.'
			);
			return;
		}
		if (positions.has(text.toLowerCase())) {
			note(
				'warning',
				'duplicate-column',
				hit.col.name,
				`Column ${hit.col.name} appears twice in the header; only the first one was read.`,
				'Remove the second column from the export.'
			);
			return;
		}
		if (text !== hit.col.name)
			note(
				'info',
				'header-case',
				hit.col.name,
				`Header "${text}" differs in letter case from the specification's "${hit.col.name}"; it was read as ${hit.col.name}.`,
				'Nothing to do; some validators are strict about letter case.',
				text
			);
		positions.set(text.toLowerCase(), at);
		matched.push({ at, col: hit.col, order: hit.order });
	});

	for (const col of source.columns) {
		if (positions.has(col.name.toLowerCase())) continue;
		note(
			col.nullable ? 'warning' : 'error',
			'missing-column',
			col.name,
			`Column ${col.name} is missing from the header; every row has it empty.`,
			'Export again with every column of the HMIS CSV specification, in order.'
		);
	}

	const misplaced = matched.find((m, i) => i > 0 && m.order < matched[i - 1].order);
	if (misplaced)
		note(
			'info',
			'column-order',
			misplaced.col.name,
			`Columns are not in the specification's order (first out of place: ${misplaced.col.name}); they were read by name.`,
			'Nothing to do for this app; HUD tools may expect the specification order.'
		);

	const emptied = new Set(conversion.emptied?.columns ?? []);
	const cells: CellPlan[] = [];
	const insertColumns: string[] = [];
	for (const { at, col } of matched) {
		const targetName = targetNames.get((conversion.renames[col.name] ?? col.name).toLowerCase());
		if (!targetName) continue; // dropped in FY2026: the conversion note says so
		insertColumns.push(targetName);
		cells.push({
			at,
			param: cells.length + 1,
			name: col.name,
			type: col.type,
			nullable: col.nullable,
			listId: col.list ?? null,
			codes: col.list ? codeSet(version, col.list, col.type, col.excludeValues as Code[]) : null,
			conditional: conditionalCheck(version, col, positions),
			emptiedCode: emptied.has(col.name) ? conversion.emptied!.code : null
		});
	}
	const constants = Object.entries(conversion.constants).filter(
		([name]) => !insertColumns.includes(name)
	);
	const columnsSql = ['rowid', ...insertColumns, ...constants.map(([n]) => n)]
		.map(quoteId)
		.join(', ');
	const valuesSql = [
		'?',
		...insertColumns.map(() => '?'),
		...constants.map(([, v]) => String(v))
	].join(', ');

	return {
		width: header.length,
		cells,
		insertInto: `INSERT INTO ${tableRef(target.file)} (${columnsSql}) VALUES`,
		tuple: `(${valuesSql})`,
		keyAt: positions.get(source.key.toLowerCase()) ?? -1,
		deletedAt: positions.get('datedeleted') ?? -1,
		findings
	};
}
