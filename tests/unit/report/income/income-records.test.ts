// Pins the shared income record selection (src/engine/report/shared/income.ts): which record is
// each client's start / annual / exit record, the total income rules, and the annual assessment.
import { describe, expect, test } from 'vitest';
import { all } from '../../../../src/engine/db/query';
import { fixtureReport, type Fixture } from '../fixture';
import { ANNUAL, exit, EXIT, income, person, START, stay } from './helpers';

interface RecordRow {
	PersonalID: string;
	Point: string;
	IncomeBenefitsID: string | null;
	TotalIncome: number | null;
	EarnedIncome: number | null;
	OtherIncome: number | null;
	IncomeStatus: string;
}

interface AnnualRow {
	PersonalID: string;
	AnniversaryDate: string | null;
	AnnualExpected: number;
	AnnualStatus: string;
	AnnualRecordID: string | null;
}

async function incomeTables(fixture: Fixture) {
	const { db } = await fixtureReport(fixture);
	const records = all<RecordRow>(db, 'SELECT * FROM income_record ORDER BY PersonalID, Point');
	const annual = all<AnnualRow>(db, 'SELECT * FROM income_annual ORDER BY PersonalID');
	return {
		record: (id: string, point: string) => records.find((r) => r.PersonalID === id && r.Point === point),
		points: (id: string) => records.filter((r) => r.PersonalID === id).map((r) => r.Point),
		annual: Object.fromEntries(annual.map((a) => [a.PersonalID, a]))
	};
}

describe('total income (Glossary "Determining Total and Earned Income")', () => {
	const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
	const fixture: Fixture = {
		Client: ids.map((id) => person(id, '1980-01-01')),
		Enrollment: ids.map((id) => stay(`e${id}`, id, `H${id}`, '2025-11-01')),
		IncomeBenefits: [
			// The entered total wins; earned income is the earned amount, the rest is "other".
			income('eA', 'A', '2025-11-01', START, { IncomeFromAnySource: 1, TotalMonthlyIncome: 1200, Earned: 1, EarnedAmount: 500 }),
			// No total: the amounts of the sources marked yes (SSDI is marked no).
			income('eB', 'B', '2025-11-01', START, {
				IncomeFromAnySource: 1, Earned: 1, EarnedAmount: 200, SSI: 1, SSIAmount: 300, SSDI: 0, SSDIAmount: 999
			}),
			income('eC', 'C', '2025-11-01', START, { IncomeFromAnySource: 0 }),
			income('eD', 'D', '2025-11-01', START, { IncomeFromAnySource: 1, TotalMonthlyIncome: 0 }),
			income('eE', 'E', '2025-11-01', START, { IncomeFromAnySource: 8 }),
			income('eF', 'F', '2025-11-01', START, { IncomeFromAnySource: 99 }),
			// "Yes" without any amount is unknown, as HUD's reference code has it.
			income('eG', 'G', '2025-11-01', START, { IncomeFromAnySource: 1 }),
			// Not dated on the project start: not the start record.
			income('eH', 'H', '2025-11-02', START, { IncomeFromAnySource: 0 })
		]
	};

	test('follows the rules in order', async () => {
		const t = await incomeTables(fixture);
		const got = (id: string) => {
			const r = t.record(id, 'start')!;
			return [r.TotalIncome, r.EarnedIncome, r.OtherIncome, r.IncomeStatus];
		};
		expect(got('A')).toEqual([1200, 500, 700, 'known']);
		expect(got('B')).toEqual([500, 200, 300, 'known']);
		expect(got('C')).toEqual([0, 0, 0, 'known']);
		expect(got('D')).toEqual([0, 0, 0, 'known']);
		expect(got('E')).toEqual([null, null, null, 'dkpnta']);
		expect(got('F')).toEqual([null, null, null, 'missing']);
		expect(got('G')).toEqual([null, null, null, 'missing']);
	});

	test('a start record must be dated on the project start; none at all is missing', async () => {
		const t = await incomeTables(fixture);
		expect(t.record('H', 'start')).toMatchObject({ IncomeBenefitsID: null, IncomeStatus: 'missing' });
		expect(t.record('I', 'start')).toMatchObject({ IncomeBenefitsID: null, IncomeStatus: 'missing' });
	});
});

describe('annual assessment', () => {
	const fixture: Fixture = {
		Client: ['A', 'B', 'G', 'C', 'D', 'E', 'F'].map((id) => person(id, '1980-01-01')),
		Enrollment: [
			// Household a little over two years in: anniversary 2026-06-15.
			stay('eA', 'A', 'H1', '2024-06-15'),
			stay('eB', 'B', 'H1', '2024-06-15', { RelationshipToHoH: 3 }),
			// Joined after the anniversary: HUD's reference code still expects an assessment.
			stay('eG', 'G', 'H1', '2026-08-01', { RelationshipToHoH: 3 }),
			// Less than a year in.
			stay('eC', 'C', 'H2', '2025-12-01'),
			// A leaver never has one.
			stay('eD', 'D', 'H3', '2024-09-20'),
			// The head changed: the first head left before the report; the base is the LATEST
			// head's start (reference code), 2025-02-01, not the first head's 2023-03-01.
			stay('eE', 'E', 'H4', '2023-03-01'),
			stay('eF', 'F', 'H4', '2025-02-01')
		],
		Exit: [exit('eD', 'D', '2026-02-01'), exit('eE', 'E', '2025-01-01')],
		IncomeBenefits: [
			income('eA', 'A', '2026-07-10', ANNUAL, { IncomeFromAnySource: 0 }),
			// Two in the window: the later one is the relevant one.
			income('eA', 'A', '2026-06-01', ANNUAL, { IncomeFromAnySource: 1, TotalMonthlyIncome: 10 }),
			// 35 days after the anniversary: outside the window.
			income('eB', 'B', '2026-07-20', ANNUAL, { IncomeFromAnySource: 0 }),
			income('eD', 'D', '2026-02-01', EXIT, { IncomeFromAnySource: 1, TotalMonthlyIncome: 700 }),
			// 12 days before the 2026-02-01 anniversary (outside the window of a 2026-03-01 one).
			income('eF', 'F', '2026-01-20', ANNUAL, { IncomeFromAnySource: 0 })
		]
	};

	test('anniversary, who is expected to have one, and whether it was found', async () => {
		const { annual } = await incomeTables(fixture);
		expect(annual.A).toMatchObject({ AnniversaryDate: '2026-06-15', AnnualExpected: 1, AnnualStatus: 'found' });
		expect(annual.B).toMatchObject({ AnnualExpected: 1, AnnualStatus: 'missing', AnnualRecordID: null });
		expect(annual.G).toMatchObject({ AnnualExpected: 1, AnnualStatus: 'missing' });
		expect(annual.C).toMatchObject({ AnniversaryDate: null, AnnualExpected: 0, AnnualStatus: 'not_yet_required' });
		expect(annual.D).toMatchObject({ AnnualExpected: 0, AnnualStatus: 'leaver' });
		expect(annual.F).toMatchObject({ AnniversaryDate: '2026-02-01', AnnualStatus: 'found' });
	});

	test('the annual record is the latest one in the window', async () => {
		const t = await incomeTables(fixture);
		expect(t.record('A', 'annual')).toMatchObject({ TotalIncome: 0, IncomeStatus: 'known' });
	});

	test('points: start for everyone, annual when expected, exit for leavers', async () => {
		const t = await incomeTables(fixture);
		expect(t.points('A')).toEqual(['annual', 'start']);
		expect(t.points('C')).toEqual(['start']);
		expect(t.points('D')).toEqual(['exit', 'start']);
		expect(t.record('D', 'exit')).toMatchObject({ TotalIncome: 700 });
	});
});
