// Q7a Number of Persons Served: every active client by age class and household type, plus the
// persons of PSH/RRH (and Pay for Success) projects who moved into housing.
import type { Question } from '../../question';
import { householdTypeTable } from '../common';
import { fieldSet, MOVE_IN, PROJECT_TYPE } from '../fields';

/**
 * Row 7 (types 3, 13, 7 with Pay for Success): a valid housing move-in date (§13, inherited from
 * the head) on or before the report end. Other types leave the row at zero.
 */
export const MOVED_IN = `(c.ProjectType IN (3, 13) OR c.IsPFS) AND c.MoveInDate <= :end`;

/** Rows 2-5: adults, children, unknown age (DK/PNTA), unknown age (data not collected); 6 all. */
export const q07a: Question = {
	tables: ['Q7a'],
	compute: (ctx) => [
		householdTypeTable(
			ctx,
			'Q7a',
			`SELECT CASE AgeClass WHEN 'adult' THEN 2 WHEN 'child' THEN 3
					ELSE CASE UnknownAge WHEN 'dkpnta' THEN 4 ELSE 5 END END AS row,
				PersonalID, EnrollmentID, HouseholdID, HouseholdType
			FROM u_client
			UNION ALL
			SELECT 7, PersonalID, EnrollmentID, HouseholdID, HouseholdType
			FROM u_client c WHERE ${MOVED_IN}`,
			{ totalRow: 6 }
		)
	],
	fields: {
		Q7a: fieldSet([
			{ label: 'DOB', sql: 'cl.DOB' },
			{ label: 'DOBDataQuality', list: '3.03.2', sql: 'cl.DOBDataQuality' },
			PROJECT_TYPE,
			MOVE_IN
		])
	}
};
