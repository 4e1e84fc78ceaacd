// The sample's deliberate data-quality problems: few, placed at fixed families, and each one
// described so a test (or a person) can account for every row the loader sets aside or flags.

export type ProblemKind =
	| 'deleted-client'
	| 'deleted-enrollment'
	| 'duplicate-client'
	| 'orphan-exit'
	| 'orphan-income'
	| 'out-of-list-sex'
	| 'invalid-ssn'
	| 'two-heads'
	| 'income-inconsistent';

/** What the loader does with the row: set it aside, load it with a finding, or load it quietly. */
export type ProblemEffect = 'deleted' | 'duplicate key' | 'finding' | 'data quality';

export interface ProblemInfo {
	file: string;
	column: string | null;
	effect: ProblemEffect;
	description: string;
}

export const PROBLEM_INFO: Record<ProblemKind, ProblemInfo> = {
	'deleted-client': {
		file: 'Client.csv',
		column: 'DateDeleted',
		effect: 'deleted',
		description: 'an extra Client row for a merged-away duplicate person, with DateDeleted set'
	},
	'deleted-enrollment': {
		file: 'Enrollment.csv',
		column: 'DateDeleted',
		effect: 'deleted',
		description:
			'an extra Enrollment row entered by mistake for a head of household, with DateDeleted set'
	},
	'duplicate-client': {
		file: 'Client.csv',
		column: 'PersonalID',
		effect: 'duplicate key',
		description: "a head of household's Client row written twice (same PersonalID)"
	},
	'orphan-exit': {
		file: 'Exit.csv',
		column: 'EnrollmentID',
		effect: 'finding',
		description: 'an Exit row whose EnrollmentID is not in Enrollment.csv'
	},
	'orphan-income': {
		file: 'IncomeBenefits.csv',
		column: 'EnrollmentID',
		effect: 'finding',
		description: 'an IncomeBenefits row whose EnrollmentID is not in Enrollment.csv'
	},
	'out-of-list-sex': {
		file: 'Client.csv',
		column: 'Sex',
		effect: 'finding',
		description: 'Client.Sex = 2, a code outside list 4.21'
	},
	'invalid-ssn': {
		file: 'Client.csv',
		column: 'SSN',
		effect: 'data quality',
		description: 'an SSN starting with 000 reported as a full SSN (APR Q6a SSN data issue)'
	},
	'two-heads': {
		file: 'Enrollment.csv',
		column: 'RelationshipToHoH',
		effect: 'data quality',
		description: 'a household whose spouse is also marked head of household (APR Q6b data issue)'
	},
	'income-inconsistent': {
		file: 'IncomeBenefits.csv',
		column: 'IncomeFromAnySource',
		effect: 'data quality',
		description: 'income at start says "no income from any source" but earned income is 1 (APR Q6c)'
	}
};

export const PROBLEM_KINDS = Object.keys(PROBLEM_INFO) as ProblemKind[];

/**
 * Which families carry a problem. Families below clients / largest family size always exist,
 * so the problems land there, spread evenly after the scripted families; about one of each
 * kind per 10,000 clients, at least one.
 */
export function problemSlots(
	clients: number,
	scripted: number,
	largestFamily: number
): Map<number, ProblemKind> {
	const slots = new Map<number, ProblemKind>();
	const each = Math.max(1, Math.round(clients / 10_000));
	const total = each * PROBLEM_KINDS.length;
	const bound = Math.floor(clients / largestFamily);
	const span = bound - scripted;
	if (span <= 0) return slots;
	const stride = span / total;
	for (let i = 0; i < total; i++) {
		const family = scripted + Math.floor((i + 0.5) * stride);
		if (!slots.has(family)) slots.set(family, PROBLEM_KINDS[i % PROBLEM_KINDS.length]);
	}
	return slots;
}
