// Q21 Health Insurance: every client by the health insurance sources (4.04) on their record at
// start, annual assessment and exit.
import type { Question } from '../../question';
import { ensureIncome } from '../../shared/income';
import { ANNUAL, anySource, recordFields, sourcesSet } from './fields';
import { EVERYONE, pointRows } from './points';

/** The ten insurance sources of 4.04, in HUD's row order (rows 2-11). */
const INSURANCE = [
	'Medicaid', 'Medicare', 'SCHIP', 'VHAServices', 'EmployerProvided', 'COBRA', 'PrivatePay',
	'StateHealthIns', 'IndianHealthServices', 'OtherInsurance'
];

export const q21: Question = {
	tables: ['Q21'],
	fields: {
		Q21: recordFields([
			...sourcesSet('Health insurance', INSURANCE),
			...anySource('InsuranceFromAnySource'),
			...ANNUAL
		])
	},
	compute(ctx) {
		ensureIncome(ctx);
		const sources = INSURANCE.map((s) => `(ib.${s} IS 1)`).join(' + ');
		return [
			ctx.counted(
				'Q21',
				`WITH p AS MATERIALIZED (
					SELECT p.*, ib.InsuranceFromAnySource, ${INSURANCE.map((s) => `ib.${s}`).join(', ')},
						CASE WHEN ib.rowid IS NULL THEN 0 ELSE ${sources} END AS Sources
					FROM (${pointRows(EVERYONE)}) p LEFT JOIN IncomeBenefits ib ON ib.rowid = p.RecordRowID
				)
				${INSURANCE.map((s, i) => `SELECT Col || ${i + 2} AS cell, PersonalID, EnrollmentID, HouseholdID FROM p WHERE ${s} = 1`).join(' UNION ALL ')}
				UNION ALL
				-- Rows 12-15 for people without a specific source; row 15 is column C only.
				SELECT Col || CASE
					WHEN Due = 'not_yet_required' THEN 15
					WHEN InsuranceFromAnySource IN (0, 1) THEN 12
					WHEN InsuranceFromAnySource IN (8, 9) THEN 13
					ELSE 14
				END, PersonalID, EnrollmentID, HouseholdID FROM p WHERE Sources = 0
				UNION ALL
				SELECT Col || CASE WHEN Sources = 1 THEN 16 ELSE 17 END, PersonalID, EnrollmentID, HouseholdID
				FROM p WHERE Sources > 0`
			)
		];
	}
};
