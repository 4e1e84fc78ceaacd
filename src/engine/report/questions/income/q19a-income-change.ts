// Q19a1 / Q19a2 Client Cash Income Change: how earned, other and total income moved from start
// to the annual assessment (stayers) or to exit (leavers), with average changes.
import type { CellField, FieldSet } from '../../cell-fields';
import type { Question } from '../../question';
import { ensureIncome } from '../../shared/income';
import { isGray, ratio, setValue, type TableShape } from '../../table';
import { placeCells } from '../common';
import { recordFields } from './fields';
import { ADULTS, comparableRows } from './points';

/** The columns a change falls in: B lost, C less, D same, E more, F gained, G never had it. */
const changeColumn = `CASE
	WHEN S > 0 AND L <= 0 THEN 'B'
	WHEN S > 0 AND L < S THEN 'C'
	WHEN S > 0 AND L = S THEN 'D'
	WHEN S > 0 THEN 'E'
	WHEN L > 0 THEN 'F'
	ELSE 'G'
END`;

const LETTERS = ['B', 'C', 'D', 'E', 'F', 'G'];
/** Column I: the clients whose income went up or appeared. */
const GAINED = `Col IN ('E', 'F')`;

/**
 * The income kinds of rows 2 (earned), 4 (other) and 6 (total): their income_record column, and
 * the comparableRows column that carries the start record's.
 */
const KINDS = [
	{ rowNo: 2, label: 'Earned income', record: 'EarnedIncome', start: 'StartEarned' },
	{ rowNo: 4, label: 'Other income', record: 'OtherIncome', start: 'StartOther' },
	{ rowNo: 6, label: 'Total monthly income', record: 'TotalIncome', start: 'StartTotal' }
];

/**
 * An amount as the change reads it: a record answering "yes" to 4.02.2 without any amount counts
 * as $0, so the universe stays the one of Q17 row 17 / Q18 row 12 (HUD: "the universe of Q19a").
 */
const amount = (column: string) => `COALESCE(${column}, 0)`;

/** One row per client and income kind: RowNo, Col, Change. */
function changeRows(col: 'C' | 'D'): string {
	const byRow = (column: 'start' | 'record') =>
		`CASE k.RowNo ${KINDS.map((k) => `WHEN ${k.rowNo} THEN ${k[column]}`).join(' ')} END`;
	return `WITH u AS (SELECT * FROM (${comparableRows(ADULTS)}) WHERE Col = '${col}'),
	amounts AS (
		SELECT u.PersonalID, u.EnrollmentID, u.HouseholdID, k.RowNo,
			${amount(byRow('start'))} AS S, ${amount(byRow('record'))} AS L
		FROM u CROSS JOIN (${KINDS.map((k) => `SELECT ${k.rowNo} AS RowNo`).join(' UNION ALL ')}) k
	)
	SELECT RowNo, ${changeColumn} AS Col, L - S AS Change, PersonalID, EnrollmentID, HouseholdID
	FROM amounts`;
}

/**
 * The cells of each client: the count cells of its column, H and (gained) I on its row, and the
 * same cells of the average row below, whose members are the clients averaged; an average the
 * shell grays out has none.
 */
function cells(shape: TableShape): string[] {
	const gray = shape.gray.map((ref) => `'${ref}'`).join(', ');
	const open = (cell: string) => `CASE WHEN ${cell} NOT IN (${gray}) THEN ${cell} END`;
	return ['RowNo', 'RowNo + 1'].flatMap((row) => {
		const place = (cell: string) => (row === 'RowNo' ? cell : open(cell));
		return [
			place(`Col || (${row})`),
			place(`'H' || (${row})`),
			`CASE WHEN ${GAINED} THEN ${place(`'I' || (${row})`)} END`
		];
	});
}

/** Each kind's amounts at start and at the later point, as the change reads them. */
function changeFields(col: 'C' | 'D'): FieldSet {
	const later = col === 'C' ? 'annual assessment' : 'exit';
	return recordFields(
		KINDS.flatMap((k): [CellField, string][] => [
			[{ label: `${k.label} at start` }, amount(`s.${k.record}`)],
			[{ label: `${k.label} at ${later}` }, amount(`l.${k.record}`)]
		])
	);
}

function incomeChange(id: string, col: 'C' | 'D'): Question {
	return {
		tables: [id],
		fields: { [id]: changeFields(col) },
		compute(ctx) {
			ensureIncome(ctx);
			const changes = changeRows(col);
			const table = ctx.counted(id, placeCells(changes, cells(ctx.shape(id))));
			// Average change per column, over the row (H) and over the gainers (I); J = I / H.
			const sums = ctx.all<{ RowNo: number; Col: string; Total: number; n: number }>(
				`SELECT RowNo, Col, SUM(Change) AS Total, COUNT(*) AS n
				FROM (${changes}) GROUP BY RowNo, Col`
			);
			for (const { rowNo } of KINDS) {
				const inRow = sums.filter((r) => r.RowNo === rowNo);
				const gained = inRow.filter((r) => r.Col === 'E' || r.Col === 'F');
				const n = (rows: typeof inRow) => rows.reduce((t, r) => t + r.n, 0);
				const average = (letter: string, rows: typeof inRow) => {
					const ref = `${letter}${rowNo + 1}`;
					const total = rows.reduce((t, r) => t + r.Total, 0);
					if (!isGray(table, ref)) setValue(table, ref, ratio(total, n(rows)), 'money');
				};
				for (const letter of LETTERS) average(letter, inRow.filter((r) => r.Col === letter));
				average('H', inRow);
				average('I', gained);
				setValue(table, `J${rowNo}`, ratio(n(gained), n(inRow)), 'percent');
			}
			return [table];
		}
	};
}

/** Q19a1: adult stayers, start against the annual assessment. */
export const q19a1 = incomeChange('Q19a1', 'C');
/** Q19a2: adult leavers, start against exit. */
export const q19a2 = incomeChange('Q19a2', 'D');
