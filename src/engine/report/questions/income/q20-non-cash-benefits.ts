// Q20a Type of Non-Cash Benefit Sources and Q20b Number of Non-Cash Benefit Sources: adults by
// the non-cash benefits (4.03) on their record at start, annual assessment and exit.
import type { Question } from '../../question';
import { ensureIncome } from '../../shared/income';
import { ADULTS, pointRows } from './points';

/** The six benefits of 4.03, in HUD's row order (Q20a rows 2-7). */
const BENEFITS = ['SNAP', 'WIC', 'TANFChildCare', 'TANFTransportation', 'OtherTANF', 'OtherBenefitsSource'];

/**
 * Each adult's benefit record per column (flags NULL when there is none). Q20a instructions 3-4:
 * in column C, when the head has the required annual assessment, the other stayers of the
 * household use their most recent record of any stage (whatever their length of stay); column D
 * keeps heads and the adults who left on the head's exit date.
 */
function benefitRows(): string {
	return `WITH head_found AS (
		SELECT c.HouseholdID FROM u_client c JOIN income_annual a ON a.PersonalID = c.PersonalID
		WHERE c.IsHoH AND a.AnnualStatus = 'found'
	), recent AS (
		SELECT c.PersonalID, ib.rowid AS RecordRowID,
			ROW_NUMBER() OVER (PARTITION BY c.PersonalID
				ORDER BY ib.InformationDate DESC, ib.DateUpdated DESC, ib.IncomeBenefitsID DESC) AS n
		FROM u_client c JOIN IncomeBenefits ib ON ib.EnrollmentID = c.EnrollmentID CROSS JOIN u_params u
		WHERE c.IsStayer AND NOT c.IsHoH AND c.HouseholdID IN (SELECT HouseholdID FROM head_found)
			AND ib.InformationDate <= u.ReportEnd
	), cols AS (
		SELECT p.PersonalID, p.EnrollmentID, p.HouseholdID, p.Col,
			CASE WHEN p.Col = 'C' AND NOT c.IsHoH AND p.HouseholdID IN (SELECT HouseholdID FROM head_found)
				THEN r.RecordRowID ELSE p.RecordRowID END AS RecordRowID
		FROM (${pointRows(ADULTS)}) p
		JOIN u_client c ON c.PersonalID = p.PersonalID
		LEFT JOIN recent r ON r.PersonalID = p.PersonalID AND r.n = 1
		WHERE p.Col <> 'D' OR c.IsHoH OR c.ExitDate IN (SELECT h.ExitDate FROM u_enrollment h
			WHERE h.HouseholdID = c.HouseholdID AND h.RelationshipToHoH = 1)
	)
	SELECT p.PersonalID, p.EnrollmentID, p.HouseholdID, p.Col, ib.BenefitsFromAnySource,
		${BENEFITS.map((b) => `ib.${b}`).join(', ')},
		(${BENEFITS.map((b) => `(ib.${b} IS 1)`).join(' + ')}) AS Benefits
	FROM cols p LEFT JOIN IncomeBenefits ib ON ib.rowid = p.RecordRowID`;
}

export const q20a: Question = {
	tables: ['Q20a'],
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
