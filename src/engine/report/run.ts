// Runs a report: builds the universe once, then every question the report needs, in order. The
// run is a list of steps (planReport) so the engine can report progress and stop between them;
// runReport runs them all at once for the command line's tests, fixtures and benchmarks.
import type { Database } from 'sql.js';
import type { FieldSet } from './cell-fields';
import { tablesOf } from './compositions';
import type { ReportParams } from './params';
import { createContext, shapeOf, type Question, type QuestionContext } from './question';
import { QUESTIONS } from './questions';
import type { ReportTable } from './table';
import { universeSteps } from './universe';

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

export interface RunStep {
	/** What the step computes, in words ("Universe: exits", "Q23c Exit Destination"). */
	label: string;
	run(): void;
}

export interface ReportPlan {
	/** The steps in the order they must run, each once. */
	steps: RunStep[];
	/** The run, once every step has run. */
	result(): ReportRun;
}

/** A report as steps: the universe's, then one per question of the report. */
export function planReport(
	db: Database,
	params: ReportParams,
	questions: Question[] = QUESTIONS
): ReportPlan {
	const wanted = tablesOf(params.report);
	const timings: Record<string, number> = { universe: 0 };
	const ctx = createContext(db, params);
	const byId = new Map<string, ReportTable>();
	const fields: Record<string, FieldSet> = {};
	const timed = (key: string, work: () => void) => () => {
		const t = performance.now();
		work();
		timings[key] = (timings[key] ?? 0) + performance.now() - t;
	};
	const universe: RunStep[] = universeSteps(db, params).map((step) => ({
		label: step.label,
		run: timed('universe', () => step.run())
	}));
	const asked: RunStep[] = questions
		.filter((q) => q.tables.some((id) => wanted.includes(id)))
		.map((q) => ({
			label: `${q.tables.join(', ')} ${shapeOf(q.tables[0]).title}`,
			run: timed(q.tables[0], () => {
				for (const table of q.compute(ctx)) byId.set(table.shape.id, table);
				Object.assign(fields, q.fields);
			})
		}));
	return {
		steps: [...universe, ...asked],
		result: () => ({
			params,
			tables: wanted.filter((id) => byId.has(id)).map((id) => byId.get(id)!),
			missing: wanted.filter((id) => !byId.has(id)),
			timings,
			fields,
			context: ctx
		})
	};
}

/** Runs every step of the report at once. */
export function runReport(
	db: Database,
	params: ReportParams,
	questions: Question[] = QUESTIONS
): ReportRun {
	const plan = planReport(db, params, questions);
	for (const step of plan.steps) step.run();
	return plan.result();
}
