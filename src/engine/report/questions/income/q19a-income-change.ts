// Q19a1 / Q19a2 Client Cash Income Change: how earned, other and total income moved from start
// to the annual assessment (stayers) or to exit (leavers), with average changes.
import type { Question, QuestionContext } from '../../question';
import { ensureIncome } from '../../shared/income';
import { fillCounts, isGray, ratio, setValue, type Member, type MemberRow, type ReportTable } from '../../table';
import { ADULTS, comparableRows } from './points';

interface ChangeRow extends MemberRow {
	RowNo: number;
	Col: string;
	Change: number;
}

/** The columns a change falls in: B lost, C less, D same, E more, F gained, G never had it. */
const changeColumn = `CASE
	WHEN S > 0 AND L <= 0 THEN 'B'
	WHEN S > 0 AND L < S THEN 'C'
	WHEN S > 0 AND L = S THEN 'D'
	WHEN S > 0 THEN 'E'
	WHEN L > 0 THEN 'F'
	ELSE 'G'
END`;

function changeRows(ctx: QuestionContext, col: 'C' | 'D'): ChangeRow[] {
	return ctx.all<ChangeRow>(
		`WITH u AS (SELECT * FROM (${comparableRows(ADULTS)}) WHERE Col = '${col}'),
		amounts AS (
			-- A record answering "yes" to 4.02.2 without any amount counts as $0 here, so the
			-- universe stays the one of Q17 row 17 / Q18 row 12 (HUD: "the universe of Q19a").
			SELECT u.PersonalID, u.EnrollmentID, u.HouseholdID, k.RowNo,
				COALESCE(CASE k.RowNo WHEN 2 THEN StartEarned WHEN 4 THEN StartOther ELSE StartTotal END, 0) AS S,
				COALESCE(CASE k.RowNo WHEN 2 THEN EarnedIncome WHEN 4 THEN OtherIncome ELSE TotalIncome END, 0) AS L
			FROM u CROSS JOIN (SELECT 2 AS RowNo UNION ALL SELECT 4 UNION ALL SELECT 6) k
		)
		SELECT RowNo, ${changeColumn} AS Col, L - S AS Change, PersonalID, EnrollmentID, HouseholdID,
			'' AS cell
		FROM amounts`
	);
}

function members(rows: ChangeRow[]): Member[] {
	return rows.map((r) => ({
		personalId: String(r.PersonalID),
		enrollmentId: String(r.EnrollmentID),
		householdId: String(r.HouseholdID)
	}));
}

/** Average change over `rows` into `ref`, unless the shell grays that cell out. */
function average(table: ReportTable, ref: string, rows: ChangeRow[]): void {
	if (isGray(table, ref)) return;
	const sum = rows.reduce((s, r) => s + r.Change, 0);
	setValue(table, ref, ratio(sum, rows.length), 'money', members(rows));
}

function incomeChange(table: string, col: 'C' | 'D'): Question {
	return {
		tables: [table],
		compute(ctx) {
			ensureIncome(ctx);
			const result = ctx.table(table);
			const rows = changeRows(ctx, col);
			const gained = (r: ChangeRow) => r.Col === 'E' || r.Col === 'F';
			fillCounts(
				result,
				rows.flatMap((r) => [
					{ ...r, cell: `${r.Col}${r.RowNo}` },
					{ ...r, cell: `H${r.RowNo}` },
					...(gained(r) ? [{ ...r, cell: `I${r.RowNo}` }] : [])
				])
			);
			for (const rowNo of [2, 4, 6]) {
				const inRow = rows.filter((r) => r.RowNo === rowNo);
				for (const letter of ['B', 'C', 'D', 'E', 'F', 'G']) {
					average(result, `${letter}${rowNo + 1}`, inRow.filter((r) => r.Col === letter));
				}
				average(result, `H${rowNo + 1}`, inRow);
				average(result, `I${rowNo + 1}`, inRow.filter(gained));
				const h = inRow.length;
				const i = inRow.filter(gained).length;
				setValue(result, `J${rowNo}`, ratio(i, h), 'percent');
			}
			return [result];
		}
	};
}

/** Q19a1: adult stayers, start against the annual assessment. */
export const q19a1 = incomeChange('Q19a1', 'C');
/** Q19a2: adult leavers, start against exit. */
export const q19a2 = incomeChange('Q19a2', 'D');
