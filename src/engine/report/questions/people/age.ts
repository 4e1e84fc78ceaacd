// Q11 Age and its sub-population twins (Q25d veterans, Q26d chronically homeless, Q27a youth):
// one implementation, parameterized by the filter, the age brackets and the columns.
import type { Question, QuestionContext } from '../../question';
import type { ReportTable } from '../../table';
import { HH4, HH5, householdTypeTable, type HouseholdColumns } from '../common';
import { fieldSet } from '../fields';

export interface AgeLayout {
	/** [spreadsheet row, lowest age, highest age]; null = open end. */
	brackets: [number, number | null, number | null][];
	/** Unknown age, DOB quality 8/9 (Client Doesn't Know/Prefers Not to Answer). */
	dkRow: number;
	/** Unknown age, anything else (Data Not Collected). */
	dncRow: number;
	totalRow: number;
	columns: HouseholdColumns;
}

/** The u_client rows matching `filter` by age bracket and household type. */
export function ageTable(
	ctx: QuestionContext,
	id: string,
	filter: string,
	layout: AgeLayout
): ReportTable {
	const whens = layout.brackets
		.map(([row, lo, hi]) => {
			const tests = [lo === null ? '' : `Age >= ${lo}`, hi === null ? '' : `Age <= ${hi}`];
			return `WHEN ${tests.filter(Boolean).join(' AND ')} THEN ${row}`;
		})
		.join(' ');
	return householdTypeTable(
		ctx,
		id,
		`SELECT CASE
				WHEN Age IS NULL THEN
					CASE UnknownAge WHEN 'dkpnta' THEN ${layout.dkRow} ELSE ${layout.dncRow} END
				${whens} END AS row,
			PersonalID, EnrollmentID, HouseholdID, HouseholdType
		FROM u_client WHERE ${filter}`,
		{ totalRow: layout.totalRow, columns: layout.columns }
	);
}

/**
 * What places a client by age: the DOB, its quality (which unknown-age row), and the day the age
 * is taken on (§4: the later of the latest project start and the report start).
 */
const AGE_FIELDS = fieldSet([
	{ label: 'DOB', sql: 'cl.DOB' },
	{ label: 'DOBDataQuality', list: '3.03.2', sql: 'cl.DOBDataQuality' },
	{ label: 'Age taken on', sql: 'MAX(c.EntryDate, :start)' }
]);

function ageQuestion(id: string, filter: string, layout: AgeLayout): Question {
	return {
		tables: [id],
		compute: (ctx) => [ageTable(ctx, id, filter, layout)],
		fields: { [id]: AGE_FIELDS }
	};
}

const ADULT_BRACKETS: [number, number | null][] = [
	[18, 24],
	[25, 34],
	[35, 44],
	[45, 54],
	[55, 64],
	[65, null]
];

/** Adult brackets numbered from `firstRow`. */
function adultBrackets(firstRow: number): [number, number | null, number | null][] {
	return ADULT_BRACKETS.map(([lo, hi], i) => [firstRow + i, lo, hi]);
}

// A DOB after the age date gives a negative age; the reference code counts it under 5.
export const q11 = ageQuestion('Q11', 'TRUE', {
	brackets: [[2, null, 4], [3, 5, 12], [4, 13, 17], ...adultBrackets(5)],
	dkRow: 11,
	dncRow: 12,
	totalRow: 13,
	columns: HH5
});

export const q25d = ageQuestion('Q25d', 'IsVeteran', {
	brackets: adultBrackets(2),
	dkRow: 8,
	dncRow: 9,
	totalRow: 10,
	columns: HH4
});

export const q26d = ageQuestion('Q26d', `Chronic = 'Y'`, {
	brackets: [[2, null, 17], ...adultBrackets(3)],
	dkRow: 9,
	dncRow: 10,
	totalRow: 11,
	columns: HH5
});

export const q27a = ageQuestion('Q27a', 'IsYouth', {
	brackets: [[2, 12, 17], [3, 18, 24]],
	dkRow: 4,
	dncRow: 5,
	totalRow: 6,
	columns: HH5
});
