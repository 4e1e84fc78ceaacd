// Q17 Cash Income - Sources, and its youth twin Q27g: people by each income source marked
// "yes" on their record at start, annual assessment and exit.
import type { Question } from '../../question';
import { CASH_SOURCES, ensureIncome } from '../../shared/income';
import { ANNUAL, anySource, CASH_FLAGS, recordFields, sourcesSet } from './fields';
import { ADULTS, comparableRows, pointRows, YOUTH, type Population } from './points';

function incomeSources(table: string, population: Population): Question {
	return {
		tables: [table],
		// Rows 2-16 read the source flags; row 17 the 4.02.2 answers at start and later.
		fields: {
			[table]: recordFields([
				...sourcesSet('Income sources', CASH_FLAGS),
				...anySource('IncomeFromAnySource'),
				...ANNUAL
			])
		},
		compute(ctx) {
			ensureIncome(ctx);
			// Column C only counts stayers whose required annual assessment was found (others have
			// no record). The flags are read once (a LEFT JOIN keeps the rowid lookup).
			const flags = CASH_SOURCES.map(([flag]) => `ib.${flag}`).join(', ');
			const sourceRows = CASH_SOURCES.map(([flag], i) => `
				SELECT Col || ${i + 2} AS cell, PersonalID, EnrollmentID, HouseholdID FROM p WHERE ${flag} = 1`);
			return [
				ctx.counted(
					table,
					`WITH p AS MATERIALIZED (
						SELECT p.*, ${flags} FROM (${pointRows(population)}) p
						LEFT JOIN IncomeBenefits ib ON ib.rowid = p.RecordRowID
					)
					${sourceRows.join(' UNION ALL ')}
					UNION ALL
					SELECT Col || 17, PersonalID, EnrollmentID, HouseholdID FROM (${comparableRows(population)})`
				)
			];
		}
	};
}

export const q17 = incomeSources('Q17', ADULTS);
export const q27g = incomeSources('Q27g', YOUTH);
