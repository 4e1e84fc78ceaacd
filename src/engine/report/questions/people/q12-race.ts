// Q12 Race and Ethnicity (FY2026 layout): each active client on exactly one row by the set of
// race/ethnicity responses (3.04) they selected, and by household type.
import type { Question } from '../../question';
import { householdTypeTable } from '../common';
import { fieldSet } from '../fields';

/** HUD's response code of each race/ethnicity column (3.04). */
export const RACE_CODES: [string, number][] = [
	['AmIndAKNative', 1],
	['Asian', 2],
	['BlackAfAmerican', 3],
	['NativeHIPacific', 4],
	['White', 5],
	['HispanicLatinao', 6],
	['MidEastNAfrican', 7]
];

/** Rows 2-29: the single responses, then each pair, as the shell lists them. */
const ROWS: number[][] = [
	[1], [2], [3], [6], [7], [4], [5],
	[2, 1], [3, 1], [6, 1], [7, 1], [4, 1], [5, 1],
	[3, 2], [6, 2], [7, 2], [4, 2], [5, 2],
	[6, 3], [7, 3], [4, 3], [5, 3],
	[7, 6], [4, 6], [5, 6],
	[4, 7], [5, 7],
	[5, 4]
];

const MULTI_WITH_HISPANIC = 30;
const MULTI_WITHOUT_HISPANIC = 31;
const DK = 32;
const DNC = 33;
const TOTAL = 34;

/** The selected responses of a Client row as a bit set (bit n = code n), as SQL. */
export function raceMaskSql(client: string): string {
	return RACE_CODES.map(([col, code]) => `((${client}.${col} IS 1) << ${code})`).join(' | ');
}

const mask = (codes: number[]) => codes.reduce((m, c) => m | (1 << c), 0);

export const q12: Question = {
	tables: ['Q12'],
	compute: (ctx) => {
		const whens = ROWS.map((codes, i) => `WHEN ${mask(codes)} THEN ${i + 2}`).join(' ');
		// The race columns decide; RaceNone only matters when none of them is 1.
		const source = `SELECT CASE
				WHEN Races = 0 THEN CASE WHEN RaceNone IN (8, 9) THEN ${DK} ELSE ${DNC} END
				WHEN Selected >= 3 THEN
					CASE WHEN Races & ${mask([6])} THEN ${MULTI_WITH_HISPANIC}
						ELSE ${MULTI_WITHOUT_HISPANIC} END
				ELSE CASE Races ${whens} END
			END AS row, PersonalID, EnrollmentID, HouseholdID, HouseholdType
			FROM (SELECT c.*, cl.RaceNone, ${raceMaskSql('cl')} AS Races,
					${RACE_CODES.map(([col]) => `(cl.${col} IS 1)`).join(' + ')} AS Selected
				FROM u_client c JOIN Client cl ON cl.PersonalID = c.PersonalID)`;
		return [householdTypeTable(ctx, 'Q12', source, { totalRow: TOTAL })];
	},
	// Every response of 3.04 the row reads, and RaceNone for those with none selected.
	fields: {
		Q12: fieldSet([
			...RACE_CODES.map(([col]) => ({ label: col, list: '1.10', sql: `cl.${col}` })),
			{ label: 'RaceNone', list: '1.6', sql: 'cl.RaceNone' }
		])
	}
};
