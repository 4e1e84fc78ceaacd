// The fields the income tables show for the clients of a cell: the values of the records their
// rules read, at start and at the annual assessment or exit, checked by hand on small fixtures.
import { expect, test } from 'vitest';
import { cellFields, fixtureReport, type Fixture } from '../fixture';
import { ANNUAL, exit, EXIT, income, person, START, stay, UPDATE } from './helpers';

const cash: Fixture = {
	Client: ['S', 'L', 'M'].map((id) => person(id, '1980-01-01')),
	Enrollment: [
		// Two years in on the report end: the annual assessment was due around 2026-06-15.
		stay('eS', 'S', 'HS', '2024-06-15'),
		stay('eL', 'L', 'HL', '2025-11-01', { DisablingCondition: 1 }),
		stay('eM', 'M', 'HM', '2025-11-01')
	],
	Exit: [exit('eL', 'L', '2026-03-01'), exit('eM', 'M', '2026-03-01')],
	IncomeBenefits: [
		income('eS', 'S', '2024-06-15', START, { IncomeFromAnySource: 1, TotalMonthlyIncome: 150.5 }),
		income('eL', 'L', '2025-11-01', START, { IncomeFromAnySource: 8 }),
		income('eL', 'L', '2026-03-01', EXIT, {
			IncomeFromAnySource: 1, TotalMonthlyIncome: 500,
			Earned: 1, EarnedAmount: 300, SSI: 1, SSIAmount: 200
		}),
		// "Yes" without any amount: $0 for the change.
		income('eM', 'M', '2025-11-01', START, { IncomeFromAnySource: 1 }),
		income('eM', 'M', '2026-03-01', EXIT, { IncomeFromAnySource: 1, Earned: 1, EarnedAmount: 400 })
	]
};

test('Q16: total income and 4.02.2 answer at start and later, the annual assessment', async () => {
	const fields = await cellFields(cash);
	const stayer = {
		'Total monthly income at start': '150.5',
		'Total monthly income at annual assessment or exit': '',
		'IncomeFromAnySource at start': 'Yes (1)',
		'IncomeFromAnySource at annual assessment or exit': '',
		'Annual assessment': 'Missing',
		'Annual assessment due': '2026-06-15'
	};
	expect(fields('Q16', 'B4')).toEqual({ S: stayer });
	expect(fields('Q16', 'C13')).toEqual({ S: stayer });
	expect(fields('Q16', 'D5').L).toEqual({
		'Total monthly income at start': '',
		'Total monthly income at annual assessment or exit': '500',
		'IncomeFromAnySource at start': "Client doesn't know (8)",
		'IncomeFromAnySource at annual assessment or exit': 'Yes (1)',
		'Annual assessment': '',
		'Annual assessment due': ''
	});
});

test('Q17 and Q27g: the sources marked yes on each record', async () => {
	const fields = await cellFields(cash);
	expect(fields('Q17', 'D4').L).toMatchObject({
		'Income sources at start': '',
		'Income sources at annual assessment or exit': 'Earned, SSI'
	});
	const { run } = await fixtureReport(cash);
	expect(run.fields.Q27g).toEqual(run.fields.Q17);
	expect(run.fields.Q27h).toEqual(run.fields.Q18);
	expect(run.fields.Q27i).toEqual(run.fields.Q19b);
});

test('Q18: earned and other income at each point', async () => {
	const fields = await cellFields(cash);
	expect(fields('Q18', 'D4').L).toMatchObject({
		'Earned income at annual assessment or exit': '300',
		'Other income at annual assessment or exit': '200',
		'IncomeFromAnySource at start': "Client doesn't know (8)"
	});
});

test('Q19a2: the amounts the change compares, a "yes" without amounts being $0', async () => {
	const fields = await cellFields(cash);
	expect(fields('Q19a2', 'F6')).toEqual({
		M: {
			'Earned income at start': '0',
			'Earned income at exit': '400',
			'Other income at start': '0',
			'Other income at exit': '0',
			'Total monthly income at start': '0',
			'Total monthly income at exit': '400'
		}
	});
});

test('Q19b: the disabling condition at start and the exit record', async () => {
	const fields = await cellFields(cash);
	expect(fields('Q19b', 'B4')).toEqual({
		L: {
			DisablingCondition: 'Yes (1)',
			'IncomeFromAnySource at exit': 'Yes (1)',
			'Income sources at exit': 'Earned, SSI'
		}
	});
});

const benefits: Fixture = {
	Client: [
		...['HB1', 'HB2', 'HC1', 'HC2'].map((id) => person(id, '1980-01-01')),
		person('K', '2020-01-01')
	],
	Enrollment: [
		stay('eHB1', 'HB1', 'HB', '2024-06-15'),
		stay('eHB2', 'HB2', 'HB', '2024-06-15', { RelationshipToHoH: 3 }),
		stay('eHC1', 'HC1', 'HC', '2025-11-01'),
		stay('eHC2', 'HC2', 'HC', '2025-11-01', { RelationshipToHoH: 3 }),
		stay('eK', 'K', 'HC', '2025-11-01', { RelationshipToHoH: 2 })
	],
	Exit: [exit('eHC1', 'HC1', '2026-05-01'), exit('eHC2', 'HC2', '2026-03-01')],
	IncomeBenefits: [
		income('eHB1', 'HB1', '2024-06-15', START, { BenefitsFromAnySource: 0 }),
		income('eHB1', 'HB1', '2026-06-20', ANNUAL, { BenefitsFromAnySource: 0 }),
		income('eHB2', 'HB2', '2024-06-15', START, { BenefitsFromAnySource: 0, SNAP: 0 }),
		income('eHB2', 'HB2', '2026-08-01', UPDATE, { BenefitsFromAnySource: 1, SNAP: 1, WIC: 1 }),
		income('eHC1', 'HC1', '2025-11-01', START, { BenefitsFromAnySource: 1, SNAP: 1 }),
		// HC2 left before the head: column D does not count them, so nothing shows there.
		income('eHC2', 'HC2', '2026-03-01', EXIT, { BenefitsFromAnySource: 1, SNAP: 1 }),
		income('eK', 'K', '2025-11-01', START, { InsuranceFromAnySource: 1, Medicaid: 1, SCHIP: 1 })
	]
};

// Column C takes the other stayers' latest record when the head has the annual assessment.
test('Q20a / Q20b: the record each column took, its stage and date', async () => {
	const fields = await cellFields(benefits);
	const hb2 = {
		'Non-cash benefits at start': '',
		'BenefitsFromAnySource at start': 'No (0)',
		'Non-cash benefits at annual assessment or exit': 'SNAP, WIC',
		'BenefitsFromAnySource at annual assessment or exit': 'Yes (1)',
		'DataCollectionStage at annual assessment or exit': 'Update (2)',
		'InformationDate at annual assessment or exit': '2026-08-01',
		'Annual assessment': 'Missing'
	};
	expect(fields('Q20a', 'C2')).toEqual({ HB2: hb2 });
	expect(fields('Q20b', 'C3')).toEqual({ HB2: hb2 });
	expect(fields('Q20b', 'C2').HB1).toMatchObject({
		'DataCollectionStage at annual assessment or exit': 'Annual assessment (5)',
		'InformationDate at annual assessment or exit': '2026-06-20',
		'Annual assessment': 'Found'
	});
	expect(fields('Q20b', 'B5').HC2).toMatchObject({
		'Non-cash benefits at annual assessment or exit': '',
		'BenefitsFromAnySource at annual assessment or exit': '',
		'DataCollectionStage at annual assessment or exit': ''
	});
});

test('Q21: the insurance sources of a child, not yet due an annual assessment', async () => {
	const fields = await cellFields(benefits);
	expect(fields('Q21', 'B4')).toEqual({
		K: {
			'Health insurance at start': 'Medicaid, SCHIP',
			'Health insurance at annual assessment or exit': '',
			'InsuranceFromAnySource at start': 'Yes (1)',
			'InsuranceFromAnySource at annual assessment or exit': '',
			'Annual assessment': 'Not yet required',
			'Annual assessment due': ''
		}
	});
});
