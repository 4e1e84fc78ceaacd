// The engine's report state: the report being run (step by step, cancellable between steps), the
// last report run over the loaded export, its checks, and the calls that read it (clients behind
// a cell, a client's cells, the downloads). engine.ts owns the database and delegates the report
// methods of EngineApi here.
import type { Database } from 'sql.js';
import type {
	ClientCell,
	MemberDetail,
	MemberPage,
	ReportProgress,
	ReportSummary,
	TableSummary
} from './api';
import { all, run as runSql } from './db/query';
import { encryptedZip } from './export/encrypted-zip';
import { validationFiles, validationZipName, type ValidationOptions } from './export/validation';
import { sageFiles, sageZip } from './export/sage-zip';
import { zipStreamed, type NamedBytes, type TextFile, type ZipEntry } from './export/zip';
import { checkReport, type CheckResult } from './report/checks';
import { validateParams, type ReportParams } from './report/params';
import { planReport, type ReportRun } from './report/run';
import { readFields } from './report/cell-fields';
import type { Question } from './report/question';
import { QUESTIONS } from './report/questions';
import { cellsOfClient, memberCounts, membersOf } from './report/members';
import type { Member, ReportTable } from './report/table';

interface LastRun {
	db: Database;
	run: ReportRun;
	checks: CheckResult[];
	/** Members of a cell sorted by PersonalID, read when the cell is first paged. */
	sorted: Map<string, Member[]>;
}

function summaryOf(table: ReportTable): TableSummary {
	const { shape, values, formats, rowCount, notes } = table;
	return { shape, values, formats, memberCounts: memberCounts(table), rowCount, notes };
}

/**
 * Problems with the project ids: unknown ones (with the ids the export does have), and
 * Coordinated Entry projects, which the universe leaves out (they have their own CE APR).
 */
function projectProblems(db: Database, projectIds: string[]): string[] {
	const known = all<{ ProjectID: string; ProjectName: string | null; ProjectType: number | null }>(
		db,
		'SELECT ProjectID, ProjectName, ProjectType FROM Project ORDER BY ProjectID'
	);
	const byId = new Map(known.map((p) => [String(p.ProjectID), p]));
	const unknown = projectIds.filter((id) => !byId.has(id));
	if (!unknown.length) {
		return projectIds
			.filter((id) => byId.get(id)!.ProjectType === 14)
			.map(
				(id) => `Project ${id} is a Coordinated Entry project: it reports in the CE APR, not here.`
			);
	}
	const list = known
		.map((p) => `${p.ProjectID} (${p.ProjectName ?? 'no name'}, type ${p.ProjectType ?? '?'})`)
		.join('; ');
	const which =
		unknown.length === 1 ? `Project ${unknown[0]} is` : `Projects ${unknown.join(', ')} are`;
	return [`${which} not in this export. Projects in it: ${list || 'none'}.`];
}

/** The run's problem when cancelReport stopped it. */
export const CANCELLED =
	'The report was cancelled before it finished. The export is still loaded: run it again when ready.';

/**
 * Lets the event loop take its next task (in the worker: the page's next message, such as a
 * cancel) and comes back. A MessageChannel rather than setTimeout: nested timers wait 4 ms each.
 */
function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const { port1, port2 } = new MessageChannel();
		port1.onmessage = () => {
			port1.close();
			resolve();
		};
		port2.postMessage(null);
	});
}

export class ReportSession {
	private last: LastRun | null = null;
	/** The run in progress: cancelReport marks it, and it stops at its next step. */
	private running: { cancelled: boolean } | null = null;

	/**
	 * `database` gives the loaded export's database, or null when nothing is loaded; `questions`
	 * are the question modules a run may use (all of them, but for tests).
	 */
	constructor(
		private readonly database: () => Database | null,
		private readonly questions: Question[] = QUESTIONS
	) {}

	/**
	 * Runs the report's steps (the checks last), telling `onProgress` before each one and letting
	 * the event loop run after it; see EngineApi.runReport.
	 */
	async runReport(
		params: ReportParams,
		onProgress?: (p: ReportProgress) => void
	): Promise<ReportSummary> {
		// A run still going would read the universe this one rebuilds: it stops at its next step.
		this.cancelReport();
		this.last = null;
		const db = this.database();
		const failed = (problems: string[], cancelled = false): ReportSummary => ({
			ok: false,
			...(cancelled ? { cancelled } : {}),
			problems,
			params,
			tables: [],
			missing: [],
			checks: [],
			timings: {}
		});
		if (!db) return failed(['Load an export before running a report.']);
		const problems = validateParams(params);
		if (problems.length) return failed(problems);
		const unknown = projectProblems(db, params.projectIds);
		if (unknown.length) return failed(unknown);
		const token = { cancelled: false };
		this.running = token;
		try {
			const t0 = performance.now();
			const plan = planReport(db, params, this.questions);
			const steps = plan.steps.length + 1;
			for (const [i, step] of plan.steps.entries()) {
				onProgress?.({ step: i + 1, steps, label: step.label });
				step.run();
				await nextTask();
				// NOTE: the universe tables may stay half built; the next run drops them first.
				if (token.cancelled) return failed([CANCELLED], true);
			}
			onProgress?.({ step: steps, steps, label: "Sage's consistency checks" });
			const run = plan.result();
			const t1 = performance.now();
			const checks = checkReport(run.tables, run.params.report);
			const timings = {
				...run.timings,
				checks: performance.now() - t1,
				total: performance.now() - t0
			};
			this.last = { db, run, checks, sorted: new Map() };
			return {
				ok: true,
				problems: [],
				params,
				tables: run.tables.map(summaryOf),
				missing: run.missing,
				checks,
				timings
			};
		} finally {
			if (this.running === token) this.running = null;
		}
	}

	/** Marks the run in progress to stop at its next step; false when none is running. */
	cancelReport(): boolean {
		if (!this.running) return false;
		this.running.cancelled = true;
		return true;
	}

	private current(): LastRun {
		if (!this.last) throw new Error('Run a report first.');
		return this.last;
	}

	cellMembers(tableId: string, cell: string, offset: number, limit: number): MemberPage {
		const last = this.current();
		const key = `${tableId}!${cell}`;
		let members = last.sorted.get(key);
		if (!members) {
			const table = last.run.tables.find((t) => t.shape.id === tableId);
			members = table ? membersOf(last.db, table, cell) : [];
			last.sorted.set(key, members);
		}
		const page = members.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit));
		// The stays of a page are looked up by EnrollmentID: indexed once, when a panel first opens
		// (the index goes with the table when the next run rebuilds the universe).
		runSql(last.db, 'CREATE INDEX IF NOT EXISTS temp.u_enrollment_id ON u_enrollment (EnrollmentID)');
		const facts = new Map(
			all<{
				EnrollmentID: string;
				ProjectID: string;
				EntryDate: string;
				ExitDate: string | null;
				Age: number | null;
				HouseholdType: string | null;
			}>(
				last.db,
				`SELECT ue.EnrollmentID, ue.ProjectID, ue.EntryDate, ue.ExitDate, a.Age, h.HouseholdType
				FROM u_enrollment ue
				LEFT JOIN u_age a ON a.PersonalID = ue.PersonalID
				LEFT JOIN u_household h ON h.HouseholdID = ue.HouseholdID
				WHERE ue.EnrollmentID IN (SELECT value FROM json_each(:ids))`,
				{ ':ids': JSON.stringify(page.map((m) => m.enrollmentId)) }
			).map((f) => [String(f.EnrollmentID), f])
		);
		const fieldSet = last.run.fields[tableId];
		const fieldValues = fieldSet
			? readFields(last.db, fieldSet, page.map((m) => m.enrollmentId), last.run.params)
			: new Map<string, string[]>();
		const empty = (fieldSet?.fields ?? []).map(() => '');
		const detailed: MemberDetail[] = page.map((m) => {
			const f = facts.get(m.enrollmentId);
			return {
				...m,
				projectId: f ? String(f.ProjectID) : null,
				entryDate: f?.EntryDate ?? null,
				exitDate: f?.ExitDate ?? null,
				age: f?.Age ?? null,
				householdType: f?.HouseholdType ?? null,
				facts: fieldValues.get(m.enrollmentId) ?? empty
			};
		});
		const fields = (fieldSet?.fields ?? []).map((f) => f.label);
		return { total: members.length, offset, fields, members: detailed };
	}

	findClient(personalId: string): ClientCell[] {
		const { db, run } = this.current();
		return run.tables.flatMap((table) =>
			cellsOfClient(db, table, personalId).map((cell) => ({ table: table.shape.id, cell }))
		);
	}

	sageZip(): NamedBytes {
		const { run } = this.current();
		return sageZip(run.params, run.tables);
	}

	/** The last report's table CSVs, for writing them as loose files. */
	sageFiles(): TextFile[] {
		const { run } = this.current();
		return sageFiles(run.params, run.tables);
	}

	validationFiles(options: ValidationOptions): ZipEntry[] {
		const { db, run } = this.current();
		return validationFiles(db, run, options);
	}

	/** The validation files zipped; encrypted with AES-256 when a password is given. */
	async validationZip(options: ValidationOptions, password: string): Promise<NamedBytes> {
		const { db, run } = this.current();
		const name = validationZipName(run);
		const files = validationFiles(db, run, options);
		return password ? encryptedZip(name, files, password) : zipStreamed(name, files);
	}

	forget(): void {
		this.cancelReport();
		this.last = null;
	}
}
