// Q24a (CAPER): homelessness prevention leavers by housing assessment at exit (W5) and subsidy,
// FY2026's "errors go to data not collected", and nobody from other project types.
import { expect, test } from 'vitest';
import { checkReport } from '../../../../src/engine/report/checks';
import { exit, nonZero, person, stay, type Fixture } from '../fixture';
import { caperOf } from './caper-run';

/** A person alone in an HP stay (P1) leaving on 2026-03-01 with this assessment and subsidy. */
const assessed = (id: string, assessment: number | null, subsidy: number | null = null) => ({
	id,
	exit: exit(`e${id}`, id, '2026-03-01', {
		HousingAssessment: assessment,
		SubsidyInformation: subsidy
	})
});

const leavers = [
	assessed('A1', 1, 1),
	assessed('A4', 1, 4),
	assessed('N11', 2, 11),
	assessed('N12', 2, 12),
	assessed('T3', 3),
	// Jail: the subsidy is not asked, so an answer there changes nothing.
	assessed('J7', 7, 12),
	assessed('D10', 10),
	assessed('K8', 8),
	assessed('K9', 9),
	// Data not collected: 99, nothing, "moved" with an "able to maintain" subsidy code, and
	// "able to maintain" without its subsidy answer.
	assessed('X99', 99),
	assessed('XN', null),
	assessed('X21', 2, 1),
	assessed('X1N', 1)
];

const fixture: Fixture = {
	Project: [{ ProjectType: 12 }, { ProjectID: 'P2', ProjectType: 13 }],
	Client: [...leavers.map((l) => l.id), 'F', 'C', 'S', 'E', 'R'].map((id) =>
		person(id, id === 'C' ? '2018-01-01' : '1980-01-01')
	),
	Enrollment: [
		...leavers.map((l) => stay(`e${l.id}`, l.id, `H${l.id}`, '2025-11-01')),
		// A family keeping its housing with the subsidy it had: both counted, With Children.
		stay('eF', 'F', 'HF', '2025-11-01'),
		stay('eC', 'C', 'HF', '2025-11-01', { RelationshipToHoH: 2 }),
		// A stayer, a leaver after the report end, and a leaver of a rapid re-housing project.
		stay('eS', 'S', 'HS', '2025-11-01'),
		stay('eE', 'E', 'HE', '2025-11-01'),
		stay('eR', 'R', 'HR', '2025-11-01', { ProjectID: 'P2' })
	],
	Exit: [
		...leavers.map((l) => l.exit),
		exit('eF', 'F', '2026-03-01', { HousingAssessment: 1, SubsidyInformation: 2 }),
		exit('eC', 'C', '2026-03-01', { HousingAssessment: 1, SubsidyInformation: 2 }),
		exit('eE', 'E', '2026-10-15', { HousingAssessment: 1, SubsidyInformation: 1 }),
		exit('eR', 'R', '2026-03-01', { HousingAssessment: 1, SubsidyInformation: 1 })
	]
};

const EXPECTED = {
	B2: 1, C2: 1,
	B3: 2, D3: 2,
	B5: 1, C5: 1,
	B6: 1, C6: 1,
	B7: 1, C7: 1,
	B8: 1, C8: 1,
	B12: 1, C12: 1,
	B13: 1, C13: 1,
	B14: 2, C14: 2,
	B15: 4, C15: 4,
	B16: 15, C16: 13, D16: 2
};

test('Q24a: HP leavers by assessment and subsidy; other project types add nobody', async () => {
	const caper = await caperOf(fixture, ['P1', 'P2']);
	expect(nonZero(caper.table('Q24a'))).toEqual(EXPECTED);
	expect(caper.who('Q24a', 'B14')).toEqual(['K8', 'K9']);
	expect(caper.who('Q24a', 'B15')).toEqual(['X1N', 'X21', 'X99', 'XN']);
	// R left the RRH project: a leaver of the report, not of Q24a.
	expect(caper.table('Q5a').values.C6).toBe(16);
});

test('Q24a shows the assessment and subsidy as recorded on the exit', async () => {
	const caper = await caperOf(fixture, ['P1', 'P2']);
	expect(caper.fields('Q24a', 'C6')).toEqual({
		N11: {
			HousingAssessment: 'Moved to new housing unit (2)',
			SubsidyInformation: 'With on-going subsidy (11)'
		}
	});
	expect(caper.fields('Q24a', 'C15')).toMatchObject({
		X21: {
			HousingAssessment: 'Moved to new housing unit (2)',
			SubsidyInformation: 'Without a subsidy (1)'
		},
		XN: { HousingAssessment: '', SubsidyInformation: '' }
	});
});

test('rule 11: an HP-only CAPER assesses every leaver; a pooled one is not checked', async () => {
	const hp = await caperOf(fixture, ['P1']);
	expect(nonZero(hp.table('Q24a'))).toEqual(EXPECTED);
	const alone = checkReport(hp.run.tables).find((r) => r.id === '11')!;
	expect(alone.status).toBe('pass');
	expect(alone.cells).toEqual([
		{ table: 'Q24a', cell: 'B16', value: 15 },
		{ table: 'Q5a', cell: 'C6', value: 15 }
	]);
	const pooled = checkReport((await caperOf(fixture, ['P1', 'P2'])).run.tables);
	expect(pooled.find((r) => r.id === '11')!.status).toBe('n/a');
});
