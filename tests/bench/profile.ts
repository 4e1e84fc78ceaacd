// Finds the slow questions of the APR over a big export: the CPU time of the universe and of each
// question module, slowest first (CPU time, because wall time on a shared machine is noise).
//   npx tsx tests/bench/profile.ts EXPORT.zip [--pooled] [--project ID] [--top N] [--snapshot]
// --snapshot keeps the loaded tables in EXPORT.sqlite beside the zip and reuses them on the next
// run (a 500k-client load takes minutes); delete that file when the loader changes.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import initSqlJs, { type Database } from 'sql.js';
import { loadExport } from '../../src/engine/hmis/load';
import { projectSummaries } from '../../src/engine/hmis/projects';
import { FILE_SPECS } from '../../src/engine/hmis/schema';
import { createIndexes, createTables } from '../../src/engine/hmis/tables';
import { openExportPath } from '../../src/engine/node-input';
import type { Question } from '../../src/engine/report/question';
import { QUESTIONS } from '../../src/engine/report/questions';
import { runReport } from '../../src/engine/report/run';
import { biggestProject, everyProject } from './projects';
import { APR_PERIOD } from './types';

const args = process.argv.slice(2);
const path = args.find((a) => a.toLowerCase().endsWith('.zip'));
if (!path) {
	console.error('usage: profile.ts EXPORT.zip [--pooled] [--project ID] [--top N] [--snapshot]');
	process.exit(2);
}
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

const SQL = await initSqlJs();
const files = FILE_SPECS['2026'].map((f) => f.file);
const snapshot = path.replace(/\.zip$/i, '.sqlite');

/** Loads the export, or restores the tables a previous run kept (same layout as a load). */
async function open(): Promise<Database> {
	if (
		args.includes('--snapshot') &&
		existsSync(snapshot) &&
		statSync(snapshot).mtimeMs > statSync(path!).mtimeMs
	) {
		const db = new SQL.Database(readFileSync(snapshot));
		createTables(db);
		for (const f of files)
			db.run(`INSERT INTO "${f}" SELECT * FROM main."snap_${f}"; DROP TABLE main."snap_${f}";`);
		createIndexes(db);
		return db;
	}
	const db = new SQL.Database();
	const t = cpuMs();
	const load = await loadExport(db, await openExportPath(path!));
	if (!load.ok) throw new Error(`the export did not load: ${load.fatal}`);
	console.log(`loaded in ${(cpuMs() - t).toFixed(0)} ms of CPU`);
	if (args.includes('--snapshot')) {
		for (const f of files) db.run(`CREATE TABLE main."snap_${f}" AS SELECT * FROM "${f}"`);
		writeFileSync(snapshot, db.export());
		for (const f of files) db.run(`DROP TABLE main."snap_${f}"`);
	}
	return db;
}

const db = await open();
const projects = projectSummaries(db);
const projectIds = args.includes('--pooled')
	? everyProject(projects)
	: [option('--project') ?? biggestProject(projects).id];

/**
 * CPU time per statement text, from prepare to free (reading the rows included: `all` frees the
 * statement once its rows are read), and of each run/exec call; when asked.
 */
const statements = new Map<string, number>();
function timeStatements(): void {
	const add = (sql: string, ms: number) => statements.set(sql, (statements.get(sql) ?? 0) + ms);
	const proto = SQL.Database.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
	const opened = new WeakMap<object, [string, number]>();
	const sproto = Object.getPrototypeOf(new SQL.Database().prepare('SELECT 1'));
	const prepare = proto.prepare;
	proto.prepare = function (this: unknown, ...a: unknown[]) {
		const stmt = prepare.apply(this, a) as object;
		opened.set(stmt, [String(a[0]), cpuMs()]);
		return stmt;
	};
	const free = sproto.free;
	sproto.free = function (this: object) {
		const open = opened.get(this);
		if (open) add(open[0], cpuMs() - open[1]);
		opened.delete(this);
		return free.call(this);
	};
	for (const name of ['run', 'exec']) {
		const fn = proto[name];
		proto[name] = function (this: unknown, ...a: unknown[]) {
			const t = cpuMs();
			try {
				return fn.apply(this, a);
			} finally {
				add(String(a[0]), cpuMs() - t);
			}
		};
	}
}
if (args.includes('--statements')) timeStatements();

const spent = new Map<string, number>();
const timed: Question[] = QUESTIONS.map((q) => ({
	tables: q.tables,
	compute(ctx) {
		const t = cpuMs();
		const out = q.compute(ctx);
		spent.set(q.tables.join(' '), cpuMs() - t);
		return out;
	}
}));
const t = cpuMs();
const run = runReport(db, { report: 'apr', ...APR_PERIOD, projectIds }, timed);
const total = cpuMs() - t;
const questions = [...spent.values()].reduce((a, b) => a + b, 0);
const rows = [['universe', total - questions] as const, ...spent.entries()].sort(
	(a, b) => b[1] - a[1]
);
const top = Number(option('--top') ?? 25);
const what = projectIds.length === 1 ? `project ${projectIds[0]}` : `${projectIds.length} projects`;
console.log(`APR of ${what}: ${total.toFixed(0)} ms of CPU (${run.tables.length} tables)`);
for (const [name, ms] of rows.slice(0, top))
	console.log(`${ms.toFixed(0).padStart(8)} ms  ${name}`);
if (statements.size) {
	console.log('Slowest statements (CPU time, reading rows included):');
	const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').slice(0, 400);
	for (const [sql, ms] of [...statements].sort((a, b) => b[1] - a[1]).slice(0, top))
		console.log(`${ms.toFixed(0).padStart(8)} ms  ${oneLine(sql)}`);
}
