// Q6a Data Quality: Personally Identifiable Information (Glossary DQ Q2), over the DQ universe.
// Rules: definitions.md §9.3.
import { RACE_COLUMNS } from '../../../hmis/schema';
import type { Question } from '../../question';
import { issueTable } from './issues';
import { validationCounts } from './validations';

/**
 * SSN data issue. The Glossary accepts a partial SSN with valid last four digits; HUD's
 * reference code flags every SSN that is not nine digits (and a quality of 2), so do we. Then
 * the SSA rules: no 000/666/9xx area, no 00 group, no 0000 serial, not nine equal digits, not
 * a run of nine ascending or descending digits (wrapping, e.g. 345678901).
 */
function ssnIssue(ssn: string, quality: string): string {
	return `(${quality} = 2
		OR ${ssn} NOT GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'
		OR substr(${ssn}, 1, 3) IN ('000', '666') OR substr(${ssn}, 1, 1) = '9'
		OR substr(${ssn}, 4, 2) = '00' OR substr(${ssn}, 6, 4) = '0000'
		OR replace(${ssn}, substr(${ssn}, 1, 1), '') = ''
		OR instr('0123456789012345678', ${ssn}) > 0 OR instr('9876543210987654321', ${ssn}) > 0)`;
}

const PERSONS = `
SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID,
	CASE
		WHEN cl.NameDataQuality IN (8, 9) THEN 'B'
		WHEN trim(COALESCE(cl.FirstName, '')) = '' OR trim(COALESCE(cl.LastName, '')) = ''
			OR cl.NameDataQuality = 99 THEN 'C'
		WHEN cl.NameDataQuality = 2 THEN 'D'
	END AS Name,
	CASE
		WHEN cl.SSNDataQuality IN (8, 9) THEN 'B'
		WHEN trim(COALESCE(cl.SSN, '')) = '' OR cl.SSNDataQuality = 99 THEN 'C'
		WHEN ${ssnIssue('cl.SSN', 'cl.SSNDataQuality')} THEN 'D'
	END AS SSN,
	-- DOB after the record was created: the reference code compares with Client.DateCreated.
	CASE
		WHEN cl.DOB IS NULL AND cl.DOBDataQuality IN (8, 9) THEN 'B'
		WHEN cl.DOB IS NULL THEN 'C'
		WHEN cl.DOBDataQuality IN (2, 8, 9, 99) OR cl.DOB < '1915-01-01'
			OR cl.DOB > date(cl.DateCreated)
			OR ((c.IsAdult OR c.IsHoH) AND cl.DOB >= c.EntryDate) THEN 'D'
	END AS DOB,
	-- Race and ethnicity: 8/9 counts even when a race is also checked.
	CASE
		WHEN cl.RaceNone IN (8, 9) THEN 'B'
		WHEN cl.RaceNone = 99 OR NOT (${RACE_COLUMNS.map((r) => `cl.${r} IS 1`).join(' OR ')}) THEN 'C'
	END AS Race
FROM u_client c JOIN Client cl ON cl.PersonalID = c.PersonalID
WHERE c.InDQ`;

export const q06a: Question = {
	tables: ['Q6a'],
	compute(ctx) {
		const served = validationCounts(ctx)[2].dq;
		const columns = { 2: 'Name', 3: 'SSN', 4: 'DOB', 5: 'Race' };
		const rates = { 2: served, 3: served, 4: served, 5: served, 6: served };
		return [issueTable(ctx, 'Q6a', PERSONS, columns, rates, 6)];
	}
};
