// Q23c Exit Destination with its twins Q25i (veterans) and Q27f1 (youth); Q23d subsidy type of
// exits to rental with an ongoing subsidy (435) with Q25j and Q27f2; Q23e destination group by
// race and ethnicity. Universe: leavers, on each client's own destination of the latest stay.
import type { Question } from '../../question';
import { numberAt, ratio, setValue } from '../../table';
import { countedQuestion, householdColumn } from '../common';
import {
	EVERYONE,
	HOMELESS_AND_INSTITUTIONAL,
	VETERANS,
	YOUTH,
	codeRows,
	householdColumn4,
	listedCode,
	rowOfCode,
	spread,
	type CodeGroup,
	type Population
} from './cells';
import { PROJECT_TYPE, fieldSet, type FieldColumn } from '../fields';
import { PICKED_STAYS_WITH_RACE, raceColumn, raceFields } from './race';

/** Rows 3..38 of Q23c and the 3.12.1 destinations behind each. */
const GROUPS: CodeGroup[] = [
	...HOMELESS_AND_INSTITUTIONAL,
	{
		subtotal: 23,
		rows: [[16, [302]], [17, [329]], [18, [314]], [19, [332]], [20, [312]], [21, [313]], [22, [327]]]
	},
	{
		subtotal: 32,
		rows: [[25, [422]], [26, [423]], [27, [426]], [28, [410]], [29, [435]], [30, [421]], [31, [411]]]
	},
	{ subtotal: 39, rows: [[34, [30]], [35, [17]], [36, [24]], [37, [8, 9]], [38, [99]]] }
];
const TOTAL = 40;
const POSITIVE = 41;
const EXCLUDED = 42;
const PERCENT = 43;

const PERMANENT = [410, 411, 421, 422, 423, 426, 435];
/** 3.12.A subsidy types, in Q23d row order (rows 2..12). */
const SUBSIDIES = [428, 419, 431, 433, 434, 420, 436, 437, 438, 439, 440];

/**
 * Leavers with the destination as reported: a code that is not a destination, or a rental with
 * an ongoing subsidy (435) without a valid subsidy type, is reported as Data Not Collected (99),
 * so that Q23d's total equals Q23c's 435 row as HUD's upload checks require.
 */
const REPORTED = `CASE
		WHEN c.Destination = 435 AND c.DestinationSubsidyType IN (${SUBSIDIES.join(', ')}) THEN 435
		WHEN c.Destination = 435 THEN 99
		ELSE ${listedCode('c.Destination', GROUPS, 99)} END`;
const LEAVERS = `(SELECT c.*, ${REPORTED} AS Reported FROM u_client c WHERE c.IsLeaver)`;

/**
 * Appendix A by the project type of the person's stay. Street outreach counts moves into
 * shelter, institutions and temporary housing as positive. HUD's written appendix also marks
 * Host Home (332) positive for ES and TH; the reference code does not, and we follow it.
 */
function appendixA(destination: string, projectType: string) {
	const so = `${projectType} = 4`;
	return {
		positive: `(${destination} IN (${PERMANENT.join(', ')})
			OR (${so} AND ${destination} IN (101, 118, 204, 205, 215, 225, 302, 312, 313, 314, 327, 332)))`,
		excluded: `(${destination} IN (206, 24) OR (${so} AND ${destination} = 329)
			OR (NOT ${so} AND ${destination} IN (215, 225)))`
	};
}

const DESTINATION: FieldColumn[] = [
	{ label: 'Destination', list: '3.12.1', sql: 'c.Destination' },
	{ label: 'DestinationSubsidyType', list: '3.12.A', sql: 'c.DestinationSubsidyType' }
];
const REPORTED_FIELD: FieldColumn = {
	label: 'Destination as reported',
	list: '3.12.1',
	sql: REPORTED
};

/** Where Appendix A puts the reported destination of a leaver's project type. */
const APPENDIX_A = appendixA(`(${REPORTED})`, 'c.ProjectType');

/** The destination as recorded and as reported, and what Appendix A makes of it. */
const DESTINATION_FIELDS = fieldSet([
	...DESTINATION,
	REPORTED_FIELD,
	PROJECT_TYPE,
	{
		label: 'Appendix A',
		sql: `CASE WHEN ${APPENDIX_A.positive} THEN 'Positive'
			WHEN ${APPENDIX_A.excluded} THEN 'Excluded' ELSE 'Not positive' END`
	}
]);

export function exitDestination(id: string, population: Population): Question {
	const rows = codeRows('c.Reported', GROUPS);
	const a = appendixA('c.Reported', 'c.ProjectType');
	return {
		tables: [id],
		fields: { [id]: DESTINATION_FIELDS },
		compute(ctx) {
			const table = ctx.counted(
				id,
				spread(
					`SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, ${householdColumn()} AS Col,
						${rows.row} AS Destination, ${rows.subtotal} AS Subtotal, ${TOTAL} AS Total,
						CASE WHEN ${a.positive} THEN ${POSITIVE} END AS Positive,
						CASE WHEN ${a.excluded} THEN ${EXCLUDED} END AS Excluded
					FROM ${LEAVERS} c WHERE ${population}`,
					['Destination', 'Subtotal', 'Total', 'Positive', 'Excluded']
				)
			);
			// Row 43: positive exits over leavers whose destination does not exclude them.
			for (const col of ['B', 'C', 'D', 'E', 'F']) {
				const base = numberAt(table, `${col}${TOTAL}`) - numberAt(table, `${col}${EXCLUDED}`);
				const positive = numberAt(table, `${col}${POSITIVE}`);
				setValue(table, `${col}${PERCENT}`, ratio(positive, base), 'percent');
			}
			return [table];
		}
	};
}

const SUBSIDY_ROWS = SUBSIDIES.map((code, i): [number, number[]] => [i + 2, [code]]);

/**
 * Leavers to rental with an ongoing subsidy (435) by subsidy type (row 13 totals them).
 * Homelessness prevention leavers are left out (HUD: all projects except HP).
 */
export function exitSubsidy(
	id: string,
	population: Population,
	column = householdColumn()
): Question {
	return countedQuestion(
		id,
		spread(
			`SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, ${column} AS Col,
				${rowOfCode('c.DestinationSubsidyType', SUBSIDY_ROWS)} AS Subsidy,
				13 AS Total
			FROM ${LEAVERS} c
			WHERE c.Reported = 435 AND c.ProjectType IS NOT 12 AND (${population})`,
			['Subsidy', 'Total']
		),
		fieldSet(DESTINATION)
	);
}

/** Q23e rows: the Q23c destination groups (codes 1-99 are Other). */
const DESTINATION_GROUP = `CASE
	WHEN c.Reported BETWEEN 100 AND 199 THEN 2
	WHEN c.Reported BETWEEN 200 AND 299 THEN 3
	WHEN c.Reported BETWEEN 300 AND 399 THEN 4
	WHEN c.Reported BETWEEN 400 AND 499 THEN 5
	ELSE 6 END`;

export const q23e: Question = countedQuestion(
	'Q23e',
	spread(
		`SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, ${raceColumn('r', 2)} AS Col,
			${DESTINATION_GROUP} AS DestinationGroup, 7 AS Total
		FROM ${LEAVERS} c JOIN Client r ON r.PersonalID = c.PersonalID`,
		['DestinationGroup', 'Total']
	),
	fieldSet([...DESTINATION, REPORTED_FIELD, ...raceFields('r')], PICKED_STAYS_WITH_RACE)
);

export const q23c = exitDestination('Q23c', EVERYONE);
export const q25i = exitDestination('Q25i', VETERANS);
export const q27f1 = exitDestination('Q27f1', YOUTH);
export const q23d = exitSubsidy('Q23d', EVERYONE);
export const q25j = exitSubsidy('Q25j', VETERANS, householdColumn4());
export const q27f2 = exitSubsidy('Q27f2', YOUTH);
