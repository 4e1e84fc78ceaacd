// Which tables make up each report, in Sage's order (FY2026 lists).
import type { ReportKind } from './params';

export const APR_TABLES = [
	'Q4a', 'Q5a', 'Q6a', 'Q6b', 'Q6c', 'Q6d', 'Q6e', 'Q6f', 'Q7a', 'Q7b', 'Q8a', 'Q8b', 'Q9a', 'Q9b',
	'Q11', 'Q12', 'Q13a1', 'Q13b1', 'Q13c1', 'Q13a2', 'Q13b2', 'Q13c2', 'Q14a', 'Q14b', 'Q15', 'Q16',
	'Q17', 'Q18', 'Q19a1', 'Q19a2', 'Q19b', 'Q20a', 'Q20b', 'Q21', 'Q22a1', 'Q22b', 'Q22c', 'Q22e',
	'Q22f', 'Q22g', 'Q23c', 'Q23d', 'Q23e', 'Q24b', 'Q24e', 'Q25a', 'Q25b', 'Q25d', 'Q25i', 'Q25j',
	'Q26a', 'Q26b', 'Q26d', 'Q26e', 'Q27a', 'Q27b', 'Q27d', 'Q27e', 'Q27f1', 'Q27f2', 'Q27g', 'Q27h',
	'Q27i', 'Q27j', 'Q27k', 'Q27l', 'Q27m'
];

export const CAPER_TABLES = [
	'Q4a', 'Q5a', 'Q6a', 'Q6b', 'Q6c', 'Q6d', 'Q6e', 'Q6f', 'Q7a', 'Q7b', 'Q8a', 'Q8b', 'Q9a', 'Q9b',
	'Q11', 'Q12', 'Q13a1', 'Q13b1', 'Q13c1', 'Q14a', 'Q14b', 'Q15', 'Q16', 'Q17', 'Q19b', 'Q20a', 'Q21',
	'Q22a2', 'Q22c', 'Q22d', 'Q22e', 'Q22f', 'Q22g', 'Q23c', 'Q23d', 'Q23e', 'Q24a', 'Q24e', 'Q25a',
	'Q26b'
];

export function tablesOf(report: ReportKind): string[] {
	return report === 'apr' ? APR_TABLES : CAPER_TABLES;
}

/** The report tables come from: a CAPER-only table (Q22a2, Q22d, Q24a) makes them a CAPER's. */
export function reportKindOf(tableIds: string[]): ReportKind {
	return tableIds.some((id) => CAPER_TABLES.includes(id) && !APR_TABLES.includes(id))
		? 'caper'
		: 'apr';
}
