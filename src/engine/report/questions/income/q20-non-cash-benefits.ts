// Q20a Type of Non-Cash Benefit Sources and Q20b Number of Non-Cash Benefit Sources: adults by
// the non-cash benefits (4.03) on their record at start, annual assessment and exit.
import type { FieldSet } from '../../cell-fields';
import type { Question } from '../../question';
import { ensureIncome } from '../../shared/income';
import { PICKED_PEOPLE } from '../fields';
import { ANNUAL_STATUS, flagsSet, LATER } from './fields';
import { ADULTS, pointRows } from './points';

/** The six benefits of 4.03, in HUD's row order (Q20a rows 2-7). */
const BENEFITS = ['SNAP', 'WIC', 'TANFChildCare', 'TANFTransportation', 'OtherTANF', 'OtherBenefitsSource'];

/**
 * Each adult's benefit record per column (flags NULL when there is none), for the adults `scope`
 * (a u_client `c` predicate) keeps. Q20a instructions 3-4: in column C, when the head has the
 * required annual assessment, the other stayers of the household use their most recent record of
 * any stage (whatever their length of stay); column D keeps heads and the adults who left on the
 * head's exit date. Heads are found through the household's members (indexed), so a narrow scope
 * reads only its own households.
 */
function benefitRows(scope = '1'): string {
	const population = `${ADULTS} AND ${scope}`;
	return `WITH by_recent AS MATERIALIZED (
		SELECT c.PersonalID, c.EnrollmentID FROM u_client c
		WHERE ${population} AND c.IsStayer AND NOT c.IsHoH AND EXISTS (
			SELECT 1 FROM u_enrollment m
			JOIN u_client h ON h.PersonalID = m.PersonalID
			JOIN income_annual a ON a.PersonalID = m.PersonalID
			WHERE m.HouseholdID = c.HouseholdID AND h.HouseholdID = c.HouseholdID AND h.IsHoH
				AND a.AnnualStatus = 'found')
	), recent AS (
		SELECT s.PersonalID, ib.rowid AS RecordRowID,
			ROW_NUMBER() OVER (PARTITION BY s.PersonalID
				ORDER BY ib.InformationDate DESC, ib.DateUpdated DESC, ib.IncomeBenefitsID DESC) AS n
		FROM by_recent s JOIN IncomeBenefits ib ON ib.EnrollmentID = s.EnrollmentID
		CROSS JOIN u_params u
		WHERE ib.InformationDate <= u.ReportEnd
	), cols AS (
		SELECT p.PersonalID, p.EnrollmentID, p.HouseholdID, p.Col,
			CASE WHEN p.Col = 'C' AND p.PersonalID IN (SELECT PersonalID FROM by_recent)
				THEN r.RecordRowID ELSE p.RecordRowID END AS RecordRowID
		FROM (${pointRows(population)}) p
		JOIN u_client c ON c.PersonalID = p.PersonalID
		LEFT JOIN recent r ON r.PersonalID = p.PersonalID AND r.n = 1
		WHERE p.Col <> 'D' OR c.IsHoH OR c.ExitDate IN (SELECT h.ExitDate FROM u_enrollment h
			WHERE h.HouseholdID = c.HouseholdID AND h.RelationshipToHoH = 1)
	)
	SELECT p.PersonalID, p.EnrollmentID, p.HouseholdID, p.Col, p.RecordRowID,
		ib.BenefitsFromAnySource,
		${BENEFITS.map((b) => `ib.${b}`).join(', ')},
		(${BENEFITS.map((b) => `(ib.${b} IS 1)`).join(' + ')}) AS Benefits
	FROM cols p LEFT JOIN IncomeBenefits ib ON ib.rowid = p.RecordRowID`;
}

/**
 * The benefit records the columns read, at start (B) and at the annual assessment or exit (C, D):
 * their answers, and which record the later column took (stage and date), with the client's own
 * annual assessment.
 */
const benefitFields: FieldSet = {
	fields: [
		{ label: 'Non-cash benefits at start' },
		{ label: 'BenefitsFromAnySource at start', list: '1.8' },
		{ label: `Non-cash benefits at ${LATER}` },
		{ label: `BenefitsFromAnySource at ${LATER}`, list: '1.8' },
		{ label: `DataCollectionStage at ${LATER}`, list: '5.03.1' },
		{ label: `InformationDate at ${LATER}` },
		ANNUAL_STATUS[0]
	],
	sql: `WITH b AS MATERIALIZED (
		SELECT * FROM (${benefitRows(`c.PersonalID IN (${PICKED_PEOPLE})`)})
	)
	SELECT p.EnrollmentID, ${flagsSet(BENEFITS, 's')}, s.BenefitsFromAnySource,
		${flagsSet(BENEFITS, 'l')}, l.BenefitsFromAnySource, lb.DataCollectionStage, lb.InformationDate,
		${ANNUAL_STATUS[1]}
	FROM picked p
	JOIN Enrollment e ON e.EnrollmentID = p.EnrollmentID
	LEFT JOIN income_annual a ON a.PersonalID = e.PersonalID
	LEFT JOIN b s ON s.PersonalID = e.PersonalID AND s.Col = 'B'
	LEFT JOIN b l ON l.PersonalID = e.PersonalID AND l.Col IN ('C', 'D')
	LEFT JOIN IncomeBenefits lb ON lb.rowid = l.RecordRowID`
};

export const q20a: Question = {
	tables: ['Q20a'],
	fields: { Q20a: benefitFields },
	compute(ctx) {
		ensureIncome(ctx);
		return [
			ctx.counted(
				'Q20a',
				`WITH p AS MATERIALIZED (SELECT * FROM (${benefitRows()}))
				${BENEFITS.map((b, i) => `SELECT Col || ${i + 2} AS cell, PersonalID, EnrollmentID, HouseholdID FROM p WHERE ${b} = 1`).join(' UNION ALL ')}`
			)
		];
	}
};

/** Q20b rows: 2 none, 3 one or more, 4 don't know / prefers not, 5 not collected or not due. */
export const q20b: Question = {
	tables: ['Q20b'],
	fields: { Q20b: benefitFields },
	compute(ctx) {
		ensureIncome(ctx);
		return [
			ctx.counted(
				'Q20b',
				`WITH p AS MATERIALIZED (SELECT * FROM (${benefitRows()}))
				SELECT Col || CASE
					WHEN Benefits > 0 OR BenefitsFromAnySource = 1 THEN 3
					WHEN BenefitsFromAnySource = 0 THEN 2
					WHEN BenefitsFromAnySource IN (8, 9) THEN 4
					ELSE 5
				END AS cell, PersonalID, EnrollmentID, HouseholdID FROM p
				UNION ALL
				SELECT Col || 6, PersonalID, EnrollmentID, HouseholdID FROM p`
			)
		];
	}
};
