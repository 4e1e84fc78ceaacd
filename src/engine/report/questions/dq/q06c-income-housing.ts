// Q6c Data Quality: Income and Housing Data Quality (Glossary DQ Q4), over the DQ universe.
// Income records come from the shared selection (start, annual assessment, exit: definitions.md
// §10-§11); IncomeFromAnySource is read raw, not reconciled with the amounts.
import type { FieldSet } from '../../cell-fields';
import type { Question } from '../../question';
import { ensureIncome } from '../../shared/income';
import { PICKED_CLIENTS } from './fields';
import { issueTable } from './issues';
import { validationCounts } from './validations';

/** B/C/D of income record `r` (a row of income_record; NULL when the point does not apply). */
function incomeFlag(r: string): string {
	return `CASE
		WHEN ${r}.Point IS NULL THEN NULL
		WHEN ${r}.IncomeFromAnySource IN (8, 9) THEN 'B'
		WHEN ${r}.IncomeBenefitsID IS NULL OR ${r}.IncomeFromAnySource = 99
			OR ${r}.IncomeFromAnySource IS NULL THEN 'C'
		WHEN (${r}.IncomeFromAnySource = 0 AND ${r}.CashSources > 0)
			OR (${r}.IncomeFromAnySource = 1 AND ${r}.CashSources = 0) THEN 'D'
	END`;
}

/** The income records (start s, annual a, exit x) of u_client row c, for adults and heads only. */
const RECORDS = [
	['s', 'start'],
	['a', 'annual'],
	['x', 'exit']
]
	.map(
		([r, point]) => `LEFT JOIN income_record ${r} ON ${r}.PersonalID = c.PersonalID
	AND ${r}.Point = '${point}' AND (c.IsAdult OR c.IsHoH)`
	)
	.join('\n');

const PERSONS = `
SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID,
	CASE
		WHEN NOT c.IsLeaver THEN NULL
		WHEN c.Destination IN (8, 9) THEN 'B'
		WHEN c.Destination IN (30, 99) OR c.Destination IS NULL THEN 'C'
	END AS Destination,
	${incomeFlag('s')} AS AtStart,
	${incomeFlag('a')} AS AtAnnual,
	${incomeFlag('x')} AS AtExit
FROM u_client c
${RECORDS}
WHERE c.InDQ`;

/** Income from any source and the count of cash sources checked "yes" on income record `r`. */
const answers = (r: string) =>
	`${r}.IncomeFromAnySource, CASE WHEN ${r}.IncomeBenefitsID IS NOT NULL THEN ${r}.CashSources END`;

// What the rows read: the destination, and at each collection point the record's answer and its
// sources (empty when the point does not apply or its record is missing; the annual assessment's
// status tells which).
const FIELDS: FieldSet = {
	fields: [
		{ label: 'Destination', list: '3.12.1' },
		{ label: 'IncomeFromAnySource at start', list: '1.8' },
		{ label: 'Cash income sources at start' },
		{ label: 'Annual assessment' },
		{ label: 'IncomeFromAnySource at annual assessment', list: '1.8' },
		{ label: 'Cash income sources at annual assessment' },
		{ label: 'IncomeFromAnySource at exit', list: '1.8' },
		{ label: 'Cash income sources at exit' }
	],
	sql: `SELECT pk.EnrollmentID, c.Destination, ${answers('s')},
		CASE ia.AnnualStatus WHEN 'found' THEN 'Found' WHEN 'missing' THEN 'Missing'
			WHEN 'not_yet_required' THEN 'Not yet required' WHEN 'leaver' THEN 'Not required (leaver)'
		END,
		${answers('a')}, ${answers('x')}
	FROM ${PICKED_CLIENTS}
	${RECORDS}
	LEFT JOIN income_annual ia ON ia.PersonalID = c.PersonalID`
};

export const q06c: Question = {
	tables: ['Q6c'],
	compute(ctx) {
		ensureIncome(ctx);
		const v = validationCounts(ctx);
		const columns = { 2: 'Destination', 3: 'AtStart', 4: 'AtAnnual', 5: 'AtExit' };
		return [
			issueTable(ctx, 'Q6c', PERSONS, columns, {
				2: v[6].dq,
				3: v[3].dq + v[16].dq,
				4: v[17].dq,
				5: v[8].dq
			})
		];
	},
	fields: { Q6c: FIELDS }
};
