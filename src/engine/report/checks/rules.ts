// Sage's consistency rules between and within the tables of the APR and the CAPER, written from
// ../shared/spec/reports/report-composition.md §4 (rule numbers kept; the test-kit-only bound 29
// is left out). One list for both reports: each rule is a list of assertions in the language of
// ./expression.ts over tables of either report, and a report keeps the assertions whose tables
// it has (rulesOf), so a rule shared by both is written once.
import { tablesOf } from '../compositions';
import type { ReportKind } from '../params';
import { shapeOf } from '../question';
import { cellsOf, parseAssertion } from './expression';

/** What a rule needs to know about the report to decide whether it applies. */
export interface ReportFacts {
	/** HMIS project type of each project of the report (Q4a column E). */
	projectTypes: number[];
}

export interface ConsistencyRule {
	id: string;
	description: string;
	/** 'upload': a check HUD's upload runs; 'definition': holds by the report's definitions. */
	basis: 'upload' | 'definition';
	assertions: string[];
	/** Why the rule does not apply to this report, or null when it does. */
	skip?: (facts: ReportFacts) => string | null;
}

const range = (from: number, to: number): number[] =>
	Array.from({ length: to - from + 1 }, (_, i) => from + i);
const sum = (table: string, col: string, rows: number[]): string =>
	rows.map((r) => `${table}!${col}${r}`).join(' + ');

function singleProject(facts: ReportFacts): string | null {
	return facts.projectTypes.length === 1
		? null
		: 'Q4a has one row per project: this check is for single-project reports.';
}

function homelessnessPreventionOnly(facts: ReportFacts): string | null {
	return facts.projectTypes.length > 0 && facts.projectTypes.every((t) => t === 12)
		? null
		: 'Q24a counts only homelessness prevention leavers: this check is for HP-only reports.';
}

function notHomelessnessPrevention(facts: ReportFacts): string | null {
	return facts.projectTypes.includes(12)
		? 'Homelessness prevention projects are exempt from this check.'
		: null;
}

const HOUSEHOLD_COLUMNS = [
	'Without Children',
	'With Children and Adults',
	'With Only Children',
	'Unknown Household Type'
];

/** Tables laid out Total + household-type columns (B = C + D + E [+ F]), of either report. */
const HOUSEHOLD_TABLES = [
	'Q7a',
	'Q7b',
	'Q8a',
	'Q8b',
	'Q11',
	'Q12',
	'Q14a',
	'Q14b',
	'Q15',
	'Q22c',
	'Q22d',
	'Q22e',
	'Q23c',
	'Q23d',
	'Q24a',
	'Q24b',
	'Q24e',
	'Q25a',
	'Q25b',
	'Q25d',
	'Q25i',
	'Q25j',
	'Q26a',
	'Q26b',
	'Q26d',
	'Q27a',
	'Q27d',
	'Q27f1',
	'Q27f2',
	'Q27k',
	'Q27l'
];

/** Rule 3 for one table: on every count row, the Total column is the sum of the others. */
function totalIsSumOfHouseholdTypes(id: string): string[] {
	const shape = shapeOf(id);
	if (
		shape.columns[0] !== 'Total' ||
		!shape.columns.slice(1).every((c) => HOUSEHOLD_COLUMNS.includes(c))
	) {
		throw new Error(`${id} is not laid out by household type`);
	}
	const letters = shape.columns.slice(1).map((_, i) => String.fromCharCode(67 + i));
	return shape.rows.flatMap((label, i) => {
		// Averages and percentages are not counts: they do not add across columns.
		if (/^(average|percentage)/i.test(label)) return [];
		const row = i + 2;
		// Gray cells hold nothing: they drop out of the sum (a gray total leaves the row out).
		const parts = letters.map((c) => `${c}${row}`).filter((ref) => !shape.gray.includes(ref));
		if (shape.gray.includes(`B${row}`) || !parts.length) return [];
		return [`${id}!B${row} = ${parts.map((ref) => `${id}!${ref}`).join(' + ')}`];
	});
}

/** Rule 19 for one destination table, every household column. */
function destinationSubtotals(id: string): string[] {
	const columns = shapeOf(id).columns.map((_, i) => String.fromCharCode(66 + i));
	return columns.flatMap((c) => [
		`${id}!${c}6 = sum(${id}!${c}3:${c}5)`,
		`${id}!${c}14 = sum(${id}!${c}8:${c}13)`,
		`${id}!${c}23 = sum(${id}!${c}16:${c}22)`,
		`${id}!${c}32 = sum(${id}!${c}25:${c}31)`,
		`${id}!${c}39 = sum(${id}!${c}34:${c}38)`,
		`${id}!${c}40 = ${[6, 14, 23, 32, 39].map((r) => `${id}!${c}${r}`).join(' + ')}`
	]);
}

const HH5 = ['B', 'C', 'D', 'E', 'F'];

/** Every rule, with the assertions of both reports. */
const RULES: ConsistencyRule[] = [
	{
		id: '1',
		description: 'Every table of all persons served counts the same number of people as Q5a.',
		basis: 'definition',
		assertions: [
			'Q7a!B6 = Q5a!C2',
			'Q11!B13 = Q5a!C2',
			'Q12!B34 = Q5a!C2',
			'Q24e!B6 = Q5a!C2',
			'Q26b!B6 = Q5a!C2',
			`${sum('Q21', 'B', [12, 13, 14, 16, 17])} = Q5a!C2`
		]
	},
	{
		id: '2',
		description:
			'Adults, children and persons of unknown age agree between Q5a, Q7a and the adult tables.',
		basis: 'definition',
		assertions: [
			'Q7a!B2 = Q5a!C3',
			'Q16!B14 = Q5a!C3',
			'Q18!B10 = Q5a!C3',
			'Q25a!B7 = Q5a!C3',
			'Q7a!B3 = Q5a!C4',
			'Q7a!B4 + Q7a!B5 = Q5a!C5'
		]
	},
	{
		id: '3',
		description:
			'In tables by household type, the Total column is the sum of the household-type columns on every count row.',
		basis: 'definition',
		assertions: HOUSEHOLD_TABLES.flatMap(totalIsSumOfHouseholdTypes)
	},
	{
		id: '4',
		description:
			'The project row of Q4a shows the same active clients as Q5a and the same households as Q8a.',
		basis: 'upload',
		assertions: ['Q4a!P2 = Q5a!C2', 'Q4a!Q2 = Q8a!B2'],
		skip: singleProject
	},
	{
		id: '5',
		description:
			'Households served agree between Q8a, the heads of household of Q5a and (APR) Q26a.',
		basis: 'definition',
		assertions: ['Q26a!B6 = Q8a!B2', 'Q5a!C15 + Q5a!C16 = Q8a!B2']
	},
	{
		id: '6',
		description: 'Q15 counts every adult and every child or unknown-age head of household.',
		basis: 'definition',
		assertions: ['Q15!B32 = Q5a!C3 + Q5a!C16']
	},
	{
		id: '7',
		description: 'Every table of leavers counts the same number of leavers as Q5a.',
		basis: 'definition',
		assertions: [
			'Q23c!B40 = Q5a!C6',
			'Q23e!B7 = Q5a!C6',
			'Q22a1!C12 = Q5a!C6',
			'Q22a2!C15 = Q5a!C6',
			`${sum('Q21', 'D', [12, 13, 14, 16, 17])} = Q5a!C6`
		]
	},
	{
		id: '8',
		description: 'Every table of stayers counts the same number of stayers as Q5a.',
		basis: 'definition',
		assertions: [
			'Q22a1!D12 = Q5a!C9',
			'Q22a2!D15 = Q5a!C9',
			`${sum('Q21', 'C', range(12, 17))} = Q5a!C9`
		]
	},
	{
		id: '9',
		description:
			'Length of participation covers every person, and each row splits into leavers and stayers.',
		basis: 'definition',
		assertions: [
			'Q22a1!B12 = Q5a!C2',
			...range(2, 12).map((r) => `Q22a1!B${r} = Q22a1!C${r} + Q22a1!D${r}`),
			'Q22a2!B15 = Q5a!C2',
			'Q22d!B12 = Q5a!C2',
			...range(2, 15).map((r) => `Q22a2!B${r} = Q22a2!C${r} + Q22a2!D${r}`)
		]
	},
	{
		id: '10',
		description: 'Adult leavers and adult stayers agree between Q5a, Q16 and (APR) Q18.',
		basis: 'definition',
		assertions: ['Q16!D14 = Q5a!C7', 'Q18!D10 = Q5a!C7', 'Q16!C14 = Q5a!C10', 'Q18!C10 = Q5a!C10']
	},
	{
		id: '11',
		description:
			'In a homelessness prevention CAPER, Q24a assesses every leaver of Q5a at exit.',
		basis: 'definition',
		assertions: ['Q24a!B16 = Q5a!C6'],
		skip: homelessnessPreventionOnly
	},
	{
		id: '12',
		description: 'The income ranges of Q16 add up to its Total Adults row in every column.',
		basis: 'upload',
		assertions: [
			'sum(Q16!B2:B11) = Q16!B14',
			'sum(Q16!C2:C13) = Q16!C14',
			'sum(Q16!D2:D11) = Q16!D14'
		]
	},
	{
		id: '13',
		description:
			'Adults at start are the adults at annual assessment plus the adults at exit (Q16 and, APR, Q18).',
		basis: 'definition',
		assertions: ['Q16!B14 = Q16!C14 + Q16!D14', 'Q18!B10 = Q18!C10 + Q18!D10']
	},
	{
		id: '14',
		description:
			'The income categories of Q18 add up to Total Adults, and "1 or more source" is the three income rows together.',
		basis: 'definition',
		assertions: [
			'sum(Q18!B2:B7) = Q18!B10',
			'sum(Q18!C2:C9) = Q18!C10',
			'sum(Q18!D2:D7) = Q18!D10',
			...['B', 'C', 'D'].map((c) => `Q18!${c}11 = ${sum('Q18', c, [2, 3, 4])}`)
		]
	},
	{
		id: '15',
		description:
			'Q17 and Q18 count the same adults with income information at start and at annual assessment or exit.',
		basis: 'definition',
		assertions: ['Q17!C17 = Q18!C12', 'Q17!D17 = Q18!D12']
	},
	{
		id: '16',
		description:
			'Q19a1 has one universe for every income category; gainers are the increased plus the newly gained, and the rate is gainers over all adults.',
		basis: 'definition',
		assertions: [
			'Q19a1!H2 = Q19a1!H4 = Q19a1!H6',
			...[2, 4, 6].flatMap((r) => [
				`Q19a1!I${r} = Q19a1!E${r} + Q19a1!F${r}`,
				`Q19a1!J${r} = Q19a1!I${r} / Q19a1!H${r}`,
				`Q19a1!J${r} <= 1`
			])
		]
	},
	{
		id: '17',
		description:
			'In each household block of Q19b, the total adults are those with plus those without a disabling condition, and no source exceeds the unduplicated total.',
		basis: 'definition',
		assertions: [
			...range(2, 18).flatMap((r) => [
				`Q19b!D${r} = Q19b!B${r} + Q19b!C${r}`,
				`Q19b!H${r} = Q19b!F${r} + Q19b!G${r}`,
				`Q19b!L${r} = Q19b!J${r} + Q19b!K${r}`
			]),
			...['B', 'C', 'D', 'F', 'G', 'H', 'J', 'K', 'L'].flatMap((c) =>
				range(2, 17).map((r) => `Q19b!${c}18 >= Q19b!${c}${r}`)
			)
		]
	},
	{
		id: '18',
		description:
			'The rows of Q20b add up to its total, which is all adults at start and the adult stayers at annual assessment.',
		basis: 'definition',
		assertions: [
			...['B', 'C', 'D'].map((c) => `sum(Q20b!${c}2:${c}5) = Q20b!${c}6`),
			'Q20b!B6 = Q5a!C3',
			'Q20b!C6 = Q5a!C10'
		]
	},
	{
		id: '19',
		description:
			'In the destination tables (Q23c; in the APR also veterans and youth) each subtotal is the sum of its rows and the total is the sum of the subtotals.',
		basis: 'upload',
		assertions: ['Q23c', 'Q25i', 'Q27f1'].flatMap(destinationSubtotals)
	},
	{
		id: '20',
		description:
			'The percentage exiting to positive destinations in Q23c is positive exits over leavers not excluded, and at most 100%.',
		basis: 'upload',
		assertions: HH5.flatMap((c) => [
			`Q23c!${c}43 = Q23c!${c}41 / (Q23c!${c}40 - Q23c!${c}42)`,
			`Q23c!${c}43 <= 1`
		])
	},
	{
		id: '21',
		description:
			'The subsidy types of Q23d add up to its total, which is the leavers to a rental with an ongoing subsidy in Q23c.',
		basis: 'definition',
		assertions: [...HH5.map((c) => `sum(Q23d!${c}2:${c}12) = Q23d!${c}13`), 'Q23d!B13 = Q23c!B29'],
		skip: notHomelessnessPrevention
	},
	{
		id: '22',
		description:
			'Q23e destination types match the subtotals of Q23c, and the race and ethnicity columns add up to the total.',
		basis: 'definition',
		assertions: [
			'Q23e!B2 = Q23c!B6',
			'Q23e!B3 = Q23c!B14',
			'Q23e!B4 = Q23c!B23',
			'Q23e!B5 = Q23c!B32',
			'Q23e!B6 = Q23c!B39',
			...range(2, 7).map((r) => `sum(Q23e!C${r}:L${r}) = Q23e!B${r}`)
		]
	},
	{
		id: '23',
		description:
			'Veteran and youth subsidy types total the veteran and youth leavers to a rental with an ongoing subsidy.',
		basis: 'definition',
		assertions: ['Q25j!B13 = Q25i!B29', 'Q27f2!B13 = Q27f1!B29'],
		skip: notHomelessnessPrevention
	},
	{
		id: '24',
		description: 'Veterans agree between Q5a, Q25a and (APR) Q25d.',
		basis: 'definition',
		assertions: ['Q25a!B2 + Q25a!B3 = Q5a!C11', 'Q25d!B10 = Q5a!C11']
	},
	{
		id: '25',
		description: 'Chronically homeless persons agree between Q5a, Q26b and (APR) Q26d.',
		basis: 'definition',
		assertions: ['Q26b!B2 = Q5a!C12', 'Q26d!B11 = Q5a!C12']
	},
	{
		id: '26',
		description: 'Youth agree between Q5a and Q27a.',
		basis: 'definition',
		assertions: ['Q27a!B6 = Q5a!C13']
	},
	{
		id: '27',
		description:
			'Total persons in the time-to-housing tables are those housed plus those not housed (and, for Q22e and (APR) Q27l, data not collected).',
		basis: 'definition',
		assertions: [
			...HH5.map((c) => `Q22c!${c}14 = Q22c!${c}11 + Q22c!${c}13`),
			...['Q22e', 'Q27l'].flatMap((id) =>
				HH5.map((c) => `${id}!${c}15 = ${sum(id, c, [12, 13, 14])}`)
			)
		]
	},
	{
		id: '28',
		description:
			'Persons engaged are at most the persons contacted, and the rate of engagement is engaged over contacted.',
		basis: 'definition',
		assertions: [
			'Q9b!B6 <= Q9a!B6',
			...['B', 'C', 'D', 'E'].map((c) => `Q9b!${c}7 = Q9b!${c}6 / Q9a!${c}6`)
		]
	}
];

/** The tables an assertion reads. */
const tablesRead = (assertion: string): string[] =>
	parseAssertion(assertion).sides.flatMap(cellsOf).map((ref) => ref.table);

/** Each rule with the assertions whose tables are all in the report; rules left with none go. */
function keptFor(report: ReportKind): ConsistencyRule[] {
	const tables = new Set(tablesOf(report));
	return RULES.flatMap((rule) => {
		const assertions = rule.assertions.filter((a) => tablesRead(a).every((t) => tables.has(t)));
		return assertions.length ? [{ ...rule, assertions }] : [];
	});
}

/** Rules 1-28 but 11 (the CAPER's), some with fewer assertions than their CAPER form. */
export const APR_RULES = keptFor('apr');
/** Without the APR-only rules (Q18, Q19a1, Q20b, Q25i/j and Q27 youth tables) and with rule 11. */
export const CAPER_RULES = keptFor('caper');

export function rulesOf(report: ReportKind): ConsistencyRule[] {
	return report === 'apr' ? APR_RULES : CAPER_RULES;
}
