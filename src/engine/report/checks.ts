// Sage's consistency checks over a finished report: each rule of ./checks/rules.ts for the report
// (APR or CAPER) comes back as pass, fail (with the assertions that do not hold and their cells)
// or n/a.
import { reportKindOf } from './compositions';
import { rulesOf, type ConsistencyRule, type ReportFacts } from './checks/rules';
import {
	cellsOf,
	compare,
	evaluate,
	parseAssertion,
	type Assertion,
	type CellRef
} from './checks/expression';
import type { ReportKind } from './params';
import { numberAt, type ReportTable } from './table';

export type { ConsistencyRule, ReportFacts } from './checks/rules';
export { APR_RULES, CAPER_RULES, rulesOf } from './checks/rules';

export interface CheckedCell extends CellRef {
	value: number;
}

export interface FailedAssertion {
	/** The assertion as written ("Q5a!C2 = Q7a!B6"). */
	assertion: string;
	/** The value of each side, in order. */
	values: number[];
	cells: CheckedCell[];
}

export interface CheckResult {
	id: string;
	description: string;
	basis: ConsistencyRule['basis'];
	status: 'pass' | 'fail' | 'n/a';
	/** Every cell the rule read (for a failure, the failing assertions' cells come first). */
	cells: CheckedCell[];
	failures: FailedAssertion[];
	/** One sentence: what failed, or why the rule did not apply. */
	detail: string;
}

const parsed = new Map<string, Assertion>();
function assertionOf(text: string): Assertion {
	let a = parsed.get(text);
	if (!a) parsed.set(text, (a = parseAssertion(text)));
	return a;
}

/** The project types of a report, read from Q4a column E (one row per project). */
export function factsOf(tables: ReportTable[]): ReportFacts | null {
	const q4a = tables.find((t) => t.shape.id === 'Q4a');
	if (!q4a) return null;
	return {
		projectTypes: Array.from({ length: q4a.rowCount }, (_, r) => numberAt(q4a, `E${r + 2}`))
	};
}

function dedupe(cells: CheckedCell[]): CheckedCell[] {
	const seen = new Set<string>();
	return cells.filter((c) => {
		const key = `${c.table}!${c.cell}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

const fmt = (n: number): string => String(Math.round(n * 10000) / 10000);

/** Checks one rule against the report's tables. */
export function checkRule(
	rule: ConsistencyRule,
	tables: Map<string, ReportTable>,
	facts: ReportFacts | null
): CheckResult {
	const base = { id: rule.id, description: rule.description, basis: rule.basis };
	if (rule.skip) {
		const reason = facts ? rule.skip(facts) : 'Q4a (the project types) is not in this report.';
		if (reason) return { ...base, status: 'n/a', cells: [], failures: [], detail: reason };
	}
	const value = (ref: CellRef) => numberAt(tables.get(ref.table)!, ref.cell);
	const read: CheckedCell[] = [];
	const failures: FailedAssertion[] = [];
	const absent = new Set<string>();
	let evaluated = 0;
	for (const text of rule.assertions) {
		const a = assertionOf(text);
		const refs = a.sides.flatMap(cellsOf);
		const missing = refs.filter((r) => !tables.has(r.table)).map((r) => r.table);
		if (missing.length) {
			missing.forEach((t) => absent.add(t));
			continue;
		}
		evaluated++;
		const cells = refs.map((r) => ({ ...r, value: value(r) }));
		read.push(...cells);
		const values = a.sides.map((s) => evaluate(s, value));
		if (!a.ops.every((op, i) => compare(values[i], op, values[i + 1]))) {
			failures.push({ assertion: text, values, cells: dedupe(cells) });
		}
	}
	const notIn = absent.size
		? ` Not checked (tables not in this report): ${[...absent].join(', ')}.`
		: '';
	if (!evaluated) {
		return {
			...base,
			status: 'n/a',
			cells: [],
			failures: [],
			detail: `Tables not in this report: ${[...absent].join(', ')}.`
		};
	}
	if (!failures.length) {
		return {
			...base,
			status: 'pass',
			cells: dedupe(read),
			failures,
			detail: `All ${evaluated} comparisons hold.${notIn}`
		};
	}
	const first = failures[0];
	const shown = `${first.assertion} (${first.values.map(fmt).join(' vs ')})`;
	const more = failures.length > 1 ? ` and ${failures.length - 1} more` : '';
	return {
		...base,
		status: 'fail',
		cells: dedupe([...failures.flatMap((f) => f.cells), ...read]),
		failures,
		detail: `${failures.length} of ${evaluated} comparisons fail: ${shown}${more}.${notIn}`
	};
}

/**
 * Runs every rule of the report against its finished tables. The report defaults to the one the
 * tables make up (a CAPER has its own tables); `facts` default to what Q4a says.
 */
export function checkReport(
	tables: ReportTable[],
	report: ReportKind = reportKindOf(tables.map((t) => t.shape.id)),
	facts: ReportFacts | null = factsOf(tables)
): CheckResult[] {
	const byId = new Map(tables.map((t) => [t.shape.id, t]));
	return rulesOf(report).map((rule) => checkRule(rule, byId, facts));
}
