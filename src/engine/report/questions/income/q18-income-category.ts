// Q18 Client Cash Income Category (earned / other) by start, annual assessment and exit, and
// its youth twin Q27h.
import type { Question } from '../../question';
import { ensureIncome } from '../../shared/income';
import { amounts, ANNUAL, anySource, recordFields } from './fields';
import { ADULTS, comparableRows, pointRows, YOUTH, type Population } from './points';

/**
 * Rows 2-7 from a record's earned and other income. The reference code puts an earned amount
 * larger than the total (negative other income) under "only earned", and so do we.
 */
const categoryRow = `CASE
	WHEN IncomeStatus = 'dkpnta' THEN 6
	WHEN IncomeStatus = 'missing' THEN 7
	WHEN TotalIncome <= 0 THEN 5
	WHEN EarnedIncome > 0 AND OtherIncome > 0 THEN 4
	WHEN EarnedIncome > 0 THEN 2
	ELSE 3
END`;

function incomeCategory(table: string, population: Population): Question {
	return {
		tables: [table],
		fields: {
			[table]: recordFields([
				...amounts('Earned income', 'EarnedIncome'),
				...amounts('Other income', 'OtherIncome'),
				...anySource('IncomeFromAnySource'),
				...ANNUAL
			])
		},
		compute(ctx) {
			ensureIncome(ctx);
			return [
				ctx.counted(
					table,
					`WITH p AS MATERIALIZED (${pointRows(population)})
					SELECT Col || CASE Due WHEN 'not_yet_required' THEN 8 WHEN 'missing' THEN 9 ELSE ${categoryRow} END AS cell,
						PersonalID, EnrollmentID, HouseholdID
					FROM p
					UNION ALL
					SELECT Col || 10, PersonalID, EnrollmentID, HouseholdID FROM p
					UNION ALL
					SELECT Col || 11, PersonalID, EnrollmentID, HouseholdID FROM p WHERE TotalIncome > 0
					UNION ALL
					SELECT Col || 12, PersonalID, EnrollmentID, HouseholdID FROM (${comparableRows(population)})`
				)
			];
		}
	};
}

export const q18 = incomeCategory('Q18', ADULTS);
export const q27h = incomeCategory('Q27h', YOUTH);
