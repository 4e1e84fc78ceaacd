// Q13 Physical and Mental Health Conditions (a1/b1/c1: which conditions; a2/b2/c2: how many)
// at start, at exit and for stayers, and the CH-only twin Q26e: one implementation over the
// Disabilities records of each client's latest stay, chosen by stage.
import { VALUE_LISTS } from '../../../hmis/schema';
import type { FieldSet } from '../../cell-fields';
import { shapeOf, type Question } from '../../question';
import { householdTypeTable } from '../common';
import { type FieldColumn, fieldSet, PICKED_PEOPLE, sqlString } from '../fields';

/** Which Disabilities records speak for a client, and which clients are in the universe. */
export type ConditionStage = 'start' | 'exit' | 'stayers';

const UNIVERSE: Record<ConditionStage, string> = {
	start: 'TRUE',
	exit: 'c.IsLeaver',
	stayers: 'c.IsStayer'
};

/** The u_client columns the Q13 layouts read. */
const CLIENT = 'c.PersonalID, c.EnrollmentID, c.HouseholdID, c.HouseholdType, c.AgeClass';

/**
 * The chosen Disabilities records (DisabilityType, DisabilityResponse, InformationDate) of the
 * latest stays of the u_client rows matching `filter`, with the client's columns. Start = stage
 * 1; exit = stage 3 of leavers; stayers = every record on the latest InformationDate up to the
 * report end among stages 1, 2 and 5 (a type not re-asked on that date counts as no, as in both
 * reference implementations). Driven from u_client into the (EnrollmentID, DataCollectionStage)
 * index.
 */
export function conditionRecords(stage: ConditionStage, filter: string): string {
	const where = `${UNIVERSE[stage]} AND ${filter}`;
	if (stage === 'stayers') {
		return `SELECT l.*, d.DisabilityType, d.DisabilityResponse, d.InformationDate
			FROM (SELECT ${CLIENT}, MAX(d.InformationDate) AS LastDate
				FROM u_client c JOIN Disabilities d ON d.EnrollmentID = c.EnrollmentID
					AND d.DataCollectionStage IN (1, 2, 5) AND d.InformationDate <= :end
				WHERE ${where}
				GROUP BY c.PersonalID) l
			JOIN Disabilities d ON d.EnrollmentID = l.EnrollmentID AND d.DataCollectionStage IN (1, 2, 5)
				AND d.InformationDate = l.LastDate`;
	}
	return `SELECT ${CLIENT}, d.DisabilityType, d.DisabilityResponse, d.InformationDate
		FROM u_client c JOIN Disabilities d ON d.EnrollmentID = c.EnrollmentID
			AND d.DataCollectionStage = ${stage === 'start' ? 1 : 3}
		WHERE ${where}`;
}

/**
 * Rows 2-9 of Q13a1/b1/c1 and Q26e for a record with a definite yes: 2 mental health (9), 3-5
 * alcohol / drug / both (10 = 1, 2, 3), 6 chronic health (7), 7 HIV/AIDS (8), 8 developmental (6),
 * 9 physical (5). NULL otherwise.
 */
const CONDITION_ROW = `CASE
	WHEN DisabilityType = 10 THEN
		CASE WHEN DisabilityResponse IN (1, 2, 3) THEN 2 + DisabilityResponse END
	WHEN DisabilityResponse = 1 THEN
		CASE DisabilityType WHEN 9 THEN 2 WHEN 7 THEN 6 WHEN 8 THEN 7 WHEN 6 THEN 8 WHEN 5 THEN 9 END
END`;

/** One row per client and condition they have: row, the client's u_client columns. */
export function conditionRows(stage: ConditionStage, filter: string): string {
	return `SELECT DISTINCT row, PersonalID, EnrollmentID, HouseholdID, HouseholdType, AgeClass
		FROM (SELECT ${CONDITION_ROW} AS row, * FROM (${conditionRecords(stage, filter)}))
		WHERE row IS NOT NULL`;
}

/**
 * Q13's columns: B Total, C Without Children, D adults and E children of households with
 * children and adults, F With Only Children, G Unknown Household Type. SPEC26 puts unknown-age
 * members of households with children and adults in G; the reference code counts them in the
 * total only, and so do we.
 */
const Q13_COLUMN = `CASE HouseholdType WHEN 'without_children' THEN 'C'
	WHEN 'with_children_and_adults' THEN CASE AgeClass WHEN 'adult' THEN 'D' WHEN 'child' THEN 'E' END
	WHEN 'only_children' THEN 'F' WHEN 'unknown' THEN 'G' END`;

/** The condition types of 4.05-4.10 in the rows' order, with the value list of their response. */
const CONDITION_TYPES: [type: number, list: string][] = [
	[9, '1.8'],
	[10, '4.10.2'],
	[7, '1.8'],
	[8, '1.8'],
	[6, '1.8'],
	[5, '1.8']
];

/**
 * The fields of a Q13 table: the response of the chosen records to each condition type (a
 * response that puts the client in a row wins over another record of the same type), their
 * InformationDate and, for the count tables, Disabling Condition (3.08).
 */
function conditionFields(stage: ConditionStage, withDisabling: boolean): FieldSet {
	const responses: FieldColumn[] = CONDITION_TYPES.map(([type, list]) => {
		const counted = type === 10 ? 'IN (1, 2, 3)' : '= 1';
		return {
			label: VALUE_LISTS['2026']['1.3'].values[type],
			list,
			sql: `COALESCE(
				MAX(CASE WHEN r.DisabilityType = ${type} AND r.DisabilityResponse ${counted}
					THEN r.DisabilityResponse END),
				MAX(CASE WHEN r.DisabilityType = ${type} THEN r.DisabilityResponse END))`
		};
	});
	const columns: FieldColumn[] = [
		...responses,
		...(withDisabling
			? [{ label: 'DisablingCondition', list: '1.8', sql: 'MAX(e.DisablingCondition)' }]
			: []),
		{ label: 'InformationDate', sql: 'MAX(r.InformationDate)' }
	];
	return fieldSet(
		columns,
		`picked p
		LEFT JOIN Enrollment e ON e.EnrollmentID = p.EnrollmentID
		LEFT JOIN (${conditionRecords(stage, `c.PersonalID IN (${PICKED_PEOPLE})`)}) r
			ON r.EnrollmentID = p.EnrollmentID
		GROUP BY p.EnrollmentID`
	);
}

function conditionsQuestion(id: string, stage: ConditionStage): Question {
	return {
		tables: [id],
		compute: (ctx) => [
			householdTypeTable(ctx, id, conditionRows(stage, 'TRUE'), { column: Q13_COLUMN })
		],
		fields: { [id]: conditionFields(stage, false) }
	};
}

/**
 * Number of conditions: a yes to 4.05-4.09 counts one each, substance use 1 or 2 one and 3 two
 * (each type once). With none, Disabling Condition (3.08) decides: 0 None, 1 Condition
 * Unknown, 8/9 DK/PNTA, anything else Data Not Collected.
 */
function conditionCountQuestion(id: string, stage: ConditionStage): Question {
	const source = `SELECT CASE
			WHEN n.Conditions >= 3 THEN 5
			WHEN n.Conditions > 0 THEN 2 + n.Conditions
			WHEN e.DisablingCondition = 0 THEN 2
			WHEN e.DisablingCondition = 1 THEN 6
			WHEN e.DisablingCondition IN (8, 9) THEN 7
			ELSE 8 END AS row,
			c.PersonalID, c.EnrollmentID, c.HouseholdID, c.HouseholdType, c.AgeClass
		FROM u_client c
		JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID
		LEFT JOIN (SELECT PersonalID,
				COUNT(DISTINCT CASE WHEN DisabilityType BETWEEN 5 AND 9 THEN DisabilityType END)
				+ MAX(CASE WHEN DisabilityType <> 10 THEN 0 WHEN DisabilityResponse = 3 THEN 2 ELSE 1 END)
				AS Conditions
			FROM (${conditionRecords(stage, 'TRUE')})
			WHERE (DisabilityType BETWEEN 5 AND 9 AND DisabilityResponse = 1)
				OR (DisabilityType = 10 AND DisabilityResponse IN (1, 2, 3))
			GROUP BY PersonalID) n ON n.PersonalID = c.PersonalID
		WHERE ${UNIVERSE[stage]}`;
	return {
		tables: [id],
		compute: (ctx) => [householdTypeTable(ctx, id, source, { totalRow: 9, column: Q13_COLUMN })],
		fields: { [id]: conditionFields(stage, true) }
	};
}

export const q13a1 = conditionsQuestion('Q13a1', 'start');
export const q13b1 = conditionsQuestion('Q13b1', 'exit');
export const q13c1 = conditionsQuestion('Q13c1', 'stayers');
export const q13a2 = conditionCountQuestion('Q13a2', 'start');
export const q13b2 = conditionCountQuestion('Q13b2', 'exit');
export const q13c2 = conditionCountQuestion('Q13c2', 'stayers');

const CHRONIC = `c.Chronic = 'Y'`;

/** Q26e's columns: the stage whose records each reads. */
const Q26E_STAGES: [column: string, stage: ConditionStage][] = [
	['B', 'start'],
	['C', 'stayers'],
	['D', 'exit']
];

/**
 * Q26e's fields: under each column's header, the conditions the client is counted with in it,
 * by the table's row labels (one client can be in cells of all three columns).
 */
function chronicConditionFields(): FieldSet {
	const { rows, columns } = shapeOf('Q26e');
	const whens = rows.map((label, i) => `WHEN ${i + 2} THEN ${sqlString(label)}`);
	const name = `CASE row ${whens.join(' ')} END`;
	const picked = `${CHRONIC} AND c.PersonalID IN (${PICKED_PEOPLE})`;
	const joins = Q26E_STAGES.map(
		([column, stage]) => `LEFT JOIN (SELECT EnrollmentID,
				group_concat(${name}, ', ' ORDER BY row) AS Conditions
			FROM (${conditionRows(stage, picked)}) GROUP BY EnrollmentID) in${column}
			ON in${column}.EnrollmentID = p.EnrollmentID`
	);
	return fieldSet(
		Q26E_STAGES.map(([column], i) => ({ label: columns[i], sql: `in${column}.Conditions` })),
		`picked p ${joins.join('\n')}`
	);
}

/** Q26e: Q13a1 (B), Q13c1 (C) and Q13b1 (D) for chronically homeless persons, totals only. */
export const q26e: Question = {
	tables: ['Q26e'],
	compute: (ctx) => {
		const column = (col: string, stage: ConditionStage) =>
			`SELECT '${col}' || row AS cell, PersonalID, EnrollmentID, HouseholdID
			FROM (${conditionRows(stage, CHRONIC)})`;
		return [
			ctx.counted(
				'Q26e',
				Q26E_STAGES.map(([col, stage]) => column(col, stage)).join(' UNION ALL ')
			)
		];
	},
	fields: { Q26e: chronicConditionFields() }
};
