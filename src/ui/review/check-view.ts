// How the review reads Sage's checks: which tables a failing rule involves (the navigator flags
// them), and the order the list shows rules in (failures first, passing rules last).
import type { CheckResult } from '../../engine/api';

/** Tables with a cell in a comparison that fails. */
export function failingTables(checks: CheckResult[]): Set<string> {
	return new Set(
		checks
			.filter((c) => c.status === 'fail')
			.flatMap((c) => c.failures.flatMap((f) => f.cells.map((cell) => cell.table)))
	);
}

const ORDER = { fail: 0, 'n/a': 1, pass: 2 } as const;

/** The rules to show open (failures, then the ones that do not apply) and the passing ones. */
export function splitChecks(checks: CheckResult[]): { open: CheckResult[]; passed: CheckResult[] } {
	return {
		open: checks
			.filter((c) => c.status !== 'pass')
			.sort((a, b) => ORDER[a.status] - ORDER[b.status]),
		passed: checks.filter((c) => c.status === 'pass')
	};
}
