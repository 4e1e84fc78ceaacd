// Q6c Data Quality: Income and Housing Data Quality (Glossary DQ Q4), over the DQ universe.
// Income records come from the shared selection (start, annual assessment, exit: definitions.md
// §10-§11); IncomeFromAnySource is read raw, not reconciled with the amounts.
import type { Question } from '../../question';
import { ensureIncome } from '../../shared/income';
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
LEFT JOIN income_record s ON s.PersonalID = c.PersonalID AND s.Point = 'start'
	AND (c.IsAdult OR c.IsHoH)
LEFT JOIN income_record a ON a.PersonalID = c.PersonalID AND a.Point = 'annual'
	AND (c.IsAdult OR c.IsHoH)
LEFT JOIN income_record x ON x.PersonalID = c.PersonalID AND x.Point = 'exit'
	AND (c.IsAdult OR c.IsHoH)
WHERE c.InDQ`;

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
	}
};
