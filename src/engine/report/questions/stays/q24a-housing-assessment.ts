// Q24a Homelessness Prevention Housing Assessment at Exit (CAPER): leavers of a homelessness
// prevention stay (type 12) by household type, in the row of the housing assessment (W5) and,
// for "able to maintain" and "moved to new housing", the subsidy information on their exit.
import type { Question } from '../../question';
import { latestExitSql } from '../../universe';
import { countedQuestion, householdColumn } from '../common';
import { PICKED_STAYS, fieldSet } from '../fields';
import { spread } from './cells';

/** The Exit row of the stay the universe chose (its one exit), for a stay's EnrollmentID. */
const stayExit = (alias: string, enrollmentId: string) =>
	`LEFT JOIN Exit ${alias} ON ${alias}.rowid = ${latestExitSql(enrollmentId)}`;

/** Rows 2..7: an assessment whose row depends on its subsidy information (W5.A / W5.B). */
const WITH_SUBSIDY: [row: number, assessment: number, subsidy: number][] = [
	[2, 1, 1],
	[3, 1, 2],
	[4, 1, 3],
	[5, 1, 4],
	[6, 2, 11],
	[7, 2, 12]
];
/** Rows 8..14: assessments whose subsidy information is not asked. */
const WITHOUT_SUBSIDY: [row: number, assessments: number[]][] = [
	[8, [3]],
	[9, [4]],
	[10, [5]],
	[11, [6]],
	[12, [7]],
	[13, [10]],
	[14, [8, 9]]
];
const NOT_COLLECTED = 15;
const TOTAL = 16;

/**
 * FY2026: a missing assessment, 99, an unknown code, or 1 or 2 without one of their subsidy
 * answers is "Data not collected", so the total is every HP leaver (HUD's reference code and the
 * Q24a = Q5a leavers upload check; FY2024 dropped such leavers from every row).
 */
const ROW = `CASE
	${WITH_SUBSIDY.map(
		([row, assessment, subsidy]) =>
			`WHEN x.HousingAssessment = ${assessment} AND x.SubsidyInformation = ${subsidy} THEN ${row}`
	).join('\n')}
	${WITHOUT_SUBSIDY.map(
		([row, assessments]) => `WHEN x.HousingAssessment IN (${assessments.join(', ')}) THEN ${row}`
	).join('\n')}
	ELSE ${NOT_COLLECTED} END`;

export const q24a: Question = countedQuestion(
	'Q24a',
	spread(
		`SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, ${householdColumn()} AS Col,
			${ROW} AS Assessment, ${TOTAL} AS Total
		FROM u_client c
		${stayExit('x', 'c.EnrollmentID')}
		WHERE c.IsLeaver AND c.ProjectType = 12`,
		['Assessment', 'Total']
	),
	fieldSet(
		[
			{ label: 'HousingAssessment', list: 'W5.1', sql: 'x.HousingAssessment' },
			{ label: 'SubsidyInformation', list: 'W5.AB', sql: 'x.SubsidyInformation' }
		],
		`${PICKED_STAYS}
		${stayExit('x', 'p.EnrollmentID')}`
	)
);
