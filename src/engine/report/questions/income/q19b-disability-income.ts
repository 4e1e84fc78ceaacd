// Q19b Disabling Conditions and Income for Adults at Exit, and its youth twin Q27i: leavers by
// household type, disabling condition and each income source on the exit record.
import type { Question } from '../../question';
import { CASH_SOURCES, ensureIncome } from '../../shared/income';
import { columnLetter, numberAt, ratio, setValue } from '../../table';
import { CASH_FLAGS, flagsSet, recordFields } from './fields';
import { ADULTS, pointRows, YOUTH, type Population } from './points';

/** Household types of the column blocks, left to right; each block is 4 columns wide. */
type Blocks = string[];

const ADULT_BLOCKS: Blocks = ['without_children', 'with_children_and_adults', 'unknown'];
const YOUTH_BLOCKS: Blocks = ['without_children', 'with_children_and_adults', 'only_children', 'unknown'];

const TOTAL_ROW = 18;

/** The condition at project start (column), the exit record's 4.02.2 answer and sources (row). */
const fields = recordFields([
	[{ label: 'DisablingCondition', list: '1.8' }, 'e.DisablingCondition'],
	[{ label: 'IncomeFromAnySource at exit', list: '1.8' }, 'lb.IncomeFromAnySource'],
	[{ label: 'Income sources at exit' }, flagsSet(CASH_FLAGS, 'lb')]
]);

function disabilityIncome(table: string, population: Population, blocks: Blocks): Question {
	const first = (k: number) => 1 + 4 * k; // column index of a block's "with condition" column
	const blockOf = `CASE c.HouseholdType ${blocks.map((t, k) => `WHEN '${t}' THEN ${k}`).join(' ')} END`;
	const flags = CASH_SOURCES.map(([flag]) => `ib.${flag}`).join(', ');
	return {
		tables: [table],
		fields: { [table]: fields },
		compute(ctx) {
			ensureIncome(ctx);
			// Universe: leavers whose 3.08 at project start and 4.02.2 at exit (raw) are both 0 or 1.
			const leavers = `SELECT p.PersonalID, p.EnrollmentID, p.HouseholdID, ${flags}, ib.IncomeFromAnySource,
					e.DisablingCondition, ${blockOf} AS Block
				FROM (${pointRows(population)}) p
				JOIN u_client c ON c.PersonalID = p.PersonalID
				JOIN Enrollment e ON e.EnrollmentID = p.EnrollmentID
				LEFT JOIN IncomeBenefits ib ON ib.rowid = p.RecordRowID
				WHERE p.Col = 'D' AND e.DisablingCondition IN (0, 1) AND ib.IncomeFromAnySource IN (0, 1)`;
			const rows = [
				...CASH_SOURCES.map(([flag], i) => `SELECT ${i + 2} AS RowNo, * FROM u WHERE ${flag} = 1`),
				`SELECT 17, * FROM u WHERE IncomeFromAnySource = 0`,
				`SELECT ${TOTAL_ROW}, * FROM u`
			];
			// Within a block: +0 with a disabling condition, +1 without, +2 total.
			const result = ctx.counted(
				table,
				`WITH u AS MATERIALIZED (SELECT * FROM (${leavers}) WHERE Block IS NOT NULL),
				r AS (${rows.join(' UNION ALL ')})
				SELECT char(66 + 4 * Block + (DisablingCondition = 0)) || RowNo AS cell, PersonalID, EnrollmentID, HouseholdID FROM r
				UNION ALL
				SELECT char(66 + 4 * Block + 2) || RowNo, PersonalID, EnrollmentID, HouseholdID FROM r`
			);
			for (let k = 0; k < blocks.length; k++) {
				const [withCondition, total, percent] = [0, 2, 3].map((d) => columnLetter(first(k) + d));
				for (let row = 2; row < TOTAL_ROW; row++) {
					const share = ratio(numberAt(result, `${withCondition}${row}`), numberAt(result, `${total}${row}`));
					setValue(result, `${percent}${row}`, share, 'percent');
				}
			}
			return [result];
		}
	};
}

export const q19b = disabilityIncome('Q19b', ADULTS, ADULT_BLOCKS);
export const q27i = disabilityIncome('Q27i', YOUTH, YOUTH_BLOCKS);
