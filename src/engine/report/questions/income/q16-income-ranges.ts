// Q16 Cash Income - Ranges: adults by total monthly income at start, annual assessment, exit.
import type { Question } from '../../question';
import { ensureIncome } from '../../shared/income';
import { amounts, ANNUAL, anySource, recordFields } from './fields';
import { ADULTS, pointRows } from './points';

/** Row of a total income: whole dollars (Q16 instruction 2a: $0.50 rounds up), then ranges. */
const rangeRow = `CASE
	WHEN IncomeStatus = 'dkpnta' THEN 10
	WHEN IncomeStatus = 'missing' THEN 11
	WHEN ROUND(TotalIncome) <= 0 THEN 2
	WHEN ROUND(TotalIncome) <= 150 THEN 3
	WHEN ROUND(TotalIncome) <= 250 THEN 4
	WHEN ROUND(TotalIncome) <= 500 THEN 5
	WHEN ROUND(TotalIncome) <= 1000 THEN 6
	WHEN ROUND(TotalIncome) <= 1500 THEN 7
	WHEN ROUND(TotalIncome) <= 2000 THEN 8
	ELSE 9
END`;

export const q16: Question = {
	tables: ['Q16'],
	fields: {
		Q16: recordFields([
			...amounts('Total monthly income', 'TotalIncome'),
			...anySource('IncomeFromAnySource'),
			...ANNUAL
		])
	},
	compute(ctx) {
		ensureIncome(ctx);
		return [
			ctx.counted(
				'Q16',
				`WITH p AS (${pointRows(ADULTS)})
				SELECT Col || CASE Due WHEN 'not_yet_required' THEN 12 WHEN 'missing' THEN 13 ELSE ${rangeRow} END AS cell,
					PersonalID, EnrollmentID, HouseholdID
				FROM p
				UNION ALL
				SELECT Col || 14, PersonalID, EnrollmentID, HouseholdID FROM p`
			)
		];
	}
};
