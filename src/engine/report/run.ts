// Runs a report: builds the universe once, then every question the report needs, in order.
import type { Database } from 'sql.js';
import type { FieldSet } from './cell-fields';
import { tablesOf } from './compositions';
import type { ReportParams } from './params';
import { createContext, type Question, type QuestionContext } from './question';
import { QUESTIONS } from './questions';
import type { ReportTable } from './table';
import { buildUniverse } from './universe';

export interface ReportRun {
	params: ReportParams;
	tables: ReportTable[];
	/** Tables of the report that no question module computes yet. */
	missing: string[];
	/** Milliseconds per step: "universe" and each question's first table id. */
	timings: Record<string, number>;
	/** By table id: the fields that put a client in its cells, for the tables that name them. */
	fields: Record<string, FieldSet>;
	/** The context the questions ran in: its shared temp tables back the cells' members. */
	context: QuestionContext;
}

export function runReport(db: Database, params: ReportParams, questions: Question[] = QUESTIONS): ReportRun {
	const wanted = tablesOf(params.report);
	const timings: Record<string, number> = {};
	let t = performance.now();
	buildUniverse(db, params);
	timings.universe = performance.now() - t;
	const ctx = createContext(db, params);
	const byId = new Map<string, ReportTable>();
	const fields: Record<string, FieldSet> = {};
	for (const q of questions) {
		if (!q.tables.some((id) => wanted.includes(id))) continue;
		t = performance.now();
		for (const table of q.compute(ctx)) byId.set(table.shape.id, table);
		timings[q.tables[0]] = performance.now() - t;
		Object.assign(fields, q.fields);
	}
	return {
		params,
		tables: wanted.filter((id) => byId.has(id)).map((id) => byId.get(id)!),
		missing: wanted.filter((id) => !byId.has(id)),
		timings,
		fields,
		context: ctx
	};
}
