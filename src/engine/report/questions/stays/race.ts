// The ten race and ethnicity groups of Q22f, Q22g and Q23e (3.04): one selected race goes to its
// own column, several go to one of the two multi-racial columns, none to Unknown.
import { RACE_COLUMNS } from '../../../hmis/schema';
import { columnLetter } from '../../table';
import { PICKED_STAYS, type FieldColumn } from '../fields';

/**
 * SQL for the race group column letter of Client row `client`, with the groups laid out from
 * column index `first` (1 = B): the single races in Client.csv's order, which the shells
 * follow. 8/9/99 in RaceNone never outweigh a selected race; a blank race
 * field counts as not selected (IS 1 keeps NULL from voiding the count).
 */
export function raceColumn(client: string, first: number): string {
	const count = RACE_COLUMNS.map((r) => `(${client}.${r} IS 1)`).join(' + ');
	const single = RACE_COLUMNS.map((r, i) => `WHEN ${client}.${r} = 1 THEN '${columnLetter(first + i)}'`);
	return `CASE
		WHEN ${count} = 0 THEN '${columnLetter(first + 9)}'
		WHEN ${count} > 1 THEN CASE WHEN ${client}.HispanicLatinao = 1
			THEN '${columnLetter(first + 7)}' ELSE '${columnLetter(first + 8)}' END
		${single.join(' ')}
	END`;
}

/** The ten group column letters starting at column index `first`. */
export function raceColumns(first: number): string[] {
	return Array.from({ length: 10 }, (_, i) => columnLetter(first + i));
}

/** The picked stays (fields.ts) with their client's Client row, `r`, for raceFields('r'). */
export const PICKED_STAYS_WITH_RACE = `${PICKED_STAYS}
	LEFT JOIN Client r ON r.PersonalID = e.PersonalID`;

/**
 * The fields raceColumn reads: the race fields set to yes (by their Client.csv names, e.g.
 * "Asian, White") and RaceNone, of Client row `client`.
 */
export function raceFields(client: string): FieldColumn[] {
	const selected = RACE_COLUMNS.map(
		(r) => `CASE WHEN ${client}.${r} = 1 THEN ', ${r}' ELSE '' END`
	);
	return [
		{ label: 'Races selected', sql: `NULLIF(substr(${selected.join(' || ')}, 3), '')` },
		{ label: 'RaceNone', list: '1.6', sql: `${client}.RaceNone` }
	];
}
