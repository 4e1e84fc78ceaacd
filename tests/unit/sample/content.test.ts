// What the sample holds: every file in spec order, values inside HUD's lists except the
// documented problems, every project type, household type and destination class, and the
// data the APR's rules read (stages, bed nights, contacts, move-in, 3.917 branches).
import { describe, expect, test } from 'vitest';
import { FILE_SPECS, VALUE_LISTS } from '../../../src/engine/hmis/schema';
import type { ProblemKind } from '../../../src/engine/sample';
import { countBy, sample, type Row } from './sample-files';

const s = sample(11, 2000);
const rows = (file: string) => s.files[`${file}.csv`].rows;
const problemRows = (kind: ProblemKind) =>
	s.manifest.problems.find((p) => p.kind === kind)?.rows ?? 0;
const lists = VALUE_LISTS['2026'];
const live = (file: string) => rows(file).filter((r) => !r.DateDeleted);
const set = (file: string, column: string, where: (r: Row) => boolean = () => true) =>
	new Set(
		live(file)
			.filter(where)
			.map((r) => r[column])
	);

const enrollments = new Map(live('Enrollment').map((e) => [e.EnrollmentID, e]));
const exits = new Map(rows('Exit').map((x) => [x.EnrollmentID, x]));
const projects = new Map(rows('Project').map((p) => [p.ProjectID, p]));
const clients = new Map(live('Client').map((c) => [c.PersonalID, c]));
const typeOf = (e: Row) => Number(projects.get(e.ProjectID)!.ProjectType);

function ageAt(dob: string, day: string): number | null {
	if (dob === '') return null;
	const [y, m, d] = dob.split('-').map(Number);
	const [Y, M, D] = day.split('-').map(Number);
	return Y - y - (M < m || (M === m && D < d) ? 1 : 0);
}

describe('files and columns', () => {
	test('all 24 FY2026 files, each header the spec columns in spec order', () => {
		const specs = FILE_SPECS['2026'];
		expect(Object.keys(s.files).sort()).toEqual(specs.map((f) => `${f.file}.csv`).sort());
		for (const spec of specs)
			expect(s.files[`${spec.file}.csv`].header, spec.file).toEqual(
				spec.columns.map((c) => c.name)
			);
	});

	test('every row has one field per column and the manifest counts every row', () => {
		for (const f of s.manifest.files) {
			const file = s.files[f.name];
			expect(file.fields.length, f.name).toBe(f.rows);
			for (const fields of file.fields) expect(fields.length, f.name).toBe(file.header.length);
		}
	});

	test('typed values, required values, codes inside HUD lists, but the documented one', () => {
		const violations: string[] = [];
		for (const spec of FILE_SPECS['2026']) {
			for (const [i, r] of rows(spec.file).entries()) {
				for (const c of spec.columns) {
					const v = r[c.name];
					const where = `${spec.file}.${c.name}`;
					if (v === '') {
						if (!c.nullable) violations.push(`${where} empty at row ${i + 2}`);
						continue;
					}
					const format = {
						date: /^\d{4}-\d\d-\d\d$/,
						datetime: /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/,
						integer: /^-?\d+$/,
						money: /^\d+(\.\d\d?)?$/,
						string: /./
					}[c.type];
					if (!format.test(v)) violations.push(`${where} "${v}" is not a ${c.type}`);
					const conditional = c.conditionalList as
						{ byColumn: string; onlyWhen?: string; map: Record<string, string> } | undefined;
					const list =
						conditional && !conditional.onlyWhen
							? (conditional.map[r[conditional.byColumn]] ?? conditional.map['*'])
							: c.list;
					if (list === undefined) continue;
					if (!(v in lists[list].values)) violations.push(`${where} ${v}`);
					else if (c.excludeValues?.map(String).includes(v))
						violations.push(`${where} ${v} excluded`);
				}
			}
		}
		expect(violations).toEqual(Array(problemRows('out-of-list-sex')).fill('Client.Sex 2'));
		expect(problemRows('out-of-list-sex')).toBeGreaterThan(0);
	});

	test('nothing happens after the export end, and records are keyed before the export date', () => {
		const exportRow = rows('Export')[0];
		expect(exportRow.CSVVersion).toBe('2026 v1.0');
		const end = exportRow.ExportEndDate;
		for (const [file, column] of [
			['Enrollment', 'EntryDate'],
			['Exit', 'ExitDate'],
			['IncomeBenefits', 'InformationDate'],
			['Services', 'DateProvided'],
			['CurrentLivingSituation', 'InformationDate']
		]) {
			for (const r of rows(file)) expect(r[column] <= end, `${file}.${column}`).toBe(true);
		}
		for (const r of rows('Enrollment')) expect(r.EntryDate >= exportRow.ExportStartDate).toBe(true);
		for (const spec of FILE_SPECS['2026'].filter((f) => f.file !== 'Export')) {
			for (const r of rows(spec.file))
				expect(r.DateCreated <= exportRow.ExportDate, spec.file).toBe(true);
		}
	});
});

describe('projects', () => {
	test('every project type, RRH of both subtypes, and coordinated entry', () => {
		const types = new Set(rows('Project').map((p) => Number(p.ProjectType)));
		for (const t of [0, 1, 2, 3, 4, 6, 8, 12, 13, 14]) expect(types.has(t), `type ${t}`).toBe(true);
		const rrh = rows('Project')
			.filter((p) => p.ProjectType === '13')
			.map((p) => p.RRHSubType);
		expect(rrh.sort()).toEqual(['1', '2']);
		for (const p of rows('Project'))
			expect(
				set('Enrollment', 'EnrollmentID', (e) => e.ProjectID === p.ProjectID).size,
				p.ProjectName
			).toBeGreaterThan(0);
	});

	test('CoC and ESG funders, one project with both, and a victim service provider', () => {
		const byProject = new Map<string, Set<number>>();
		for (const f of rows('Funder'))
			byProject.set(f.ProjectID, (byProject.get(f.ProjectID) ?? new Set()).add(Number(f.Funder)));
		const coc = (c: number) => (c >= 1 && c <= 7) || c === 43 || c === 44;
		const esg = (c: number) => c >= 8 && c <= 11;
		const all = [...byProject.values()].flatMap((v) => [...v]);
		expect(all.some(coc) && all.some(esg)).toBe(true);
		for (const c of [8, 9, 10, 11]) expect(all).toContain(c);
		expect([...byProject.values()].some((v) => [...v].some(coc) && [...v].some(esg))).toBe(true);
		expect(rows('Organization').some((o) => o.VictimServiceProvider === '1')).toBe(true);
		expect(rows('Affiliation').length).toBeGreaterThan(0);
		for (const file of ['ProjectCoC', 'HMISParticipation', 'CEParticipation']) {
			expect(new Set(rows(file).map((r) => r.ProjectID)).size, file).toBe(rows('Project').length);
		}
		for (const i of rows('Inventory')) {
			expect(
				rows('ProjectCoC').some((c) => c.ProjectID === i.ProjectID && c.CoCCode === i.CoCCode)
			).toBe(true);
		}
	});
});

describe('people and households', () => {
	test('children, youth, adults, seniors, unknown birth dates and veterans', () => {
		const ages = live('Enrollment').map((e) => ageAt(clients.get(e.PersonalID)!.DOB, e.EntryDate));
		expect(ages.some((a) => a !== null && a < 18)).toBe(true);
		expect(ages.some((a) => a !== null && a >= 18 && a <= 24)).toBe(true);
		expect(ages.some((a) => a !== null && a >= 62)).toBe(true);
		expect(set('Client', 'DOBDataQuality', (c) => c.DOB === '')).toEqual(new Set(['8', '9', '99']));
		expect(set('Client', 'VeteranStatus').has('1')).toBe(true);
		expect(set('Client', 'RaceNone')).toEqual(new Set(['', '8', '9', '99']));
		expect(set('Client', 'Sex')).toEqual(new Set(['0', '1', '8', '9', '99', '2']));
	});

	test('households of every type, each in one project with one head (but the documented)', () => {
		const households = new Map<string, Row[]>();
		for (const e of enrollments.values())
			households.set(e.HouseholdID, [...(households.get(e.HouseholdID) ?? []), e]);
		const kinds = new Set<string>();
		let twoHeads = 0;
		for (const members of households.values()) {
			expect(new Set(members.map((m) => m.ProjectID)).size).toBe(1);
			const heads = members.filter((m) => m.RelationshipToHoH === '1').length;
			if (heads === 2) twoHeads++;
			else expect(heads).toBe(1);
			const ages = members.map((m) => ageAt(clients.get(m.PersonalID)!.DOB, m.EntryDate));
			const adult = ages.some((a) => a !== null && a >= 18);
			const child = ages.some((a) => a !== null && a < 18);
			kinds.add(
				adult && child
					? 'adults and children'
					: ages.includes(null)
						? 'unknown'
						: adult
							? 'adults only'
							: 'children only'
			);
		}
		expect(kinds).toEqual(
			new Set(['adults and children', 'adults only', 'children only', 'unknown'])
		);
		expect(twoHeads).toBe(problemRows('two-heads'));
		expect(set('Enrollment', 'RelationshipToHoH')).toEqual(
			new Set(['1', '2', '3', '4', '5', '99'])
		);
	});

	test('some people come back: several enrollments for one person', () => {
		const perPerson = countBy([...enrollments.values()], (e) => e.PersonalID);
		expect([...perPerson.values()].some((n) => n >= 2)).toBe(true);
	});
});

describe('stays', () => {
	test('stayers and leavers of every destination class, 435 with its subsidy', () => {
		const leavers = [...enrollments.keys()].filter((id) => exits.has(id));
		expect(leavers.length).toBeGreaterThan(0);
		expect(enrollments.size - leavers.length).toBeGreaterThan(0);
		const classes = lists['3.12.1'].classification!;
		expect(new Set(rows('Exit').map((x) => classes[x.Destination]))).toEqual(
			new Set(['homeless', 'institutional', 'temporary', 'permanent', 'other'])
		);
		for (const code of ['8', '9', '17', '24', '30', '99', '435'])
			expect(set('Exit', 'Destination').has(code), code).toBe(true);
		for (const x of rows('Exit'))
			expect(x.DestinationSubsidyType !== '', x.ExitID).toBe(x.Destination === '435');
		for (const x of rows('Exit')) {
			const e = enrollments.get(x.EnrollmentID);
			if (e) expect(x.ExitDate >= e.EntryDate).toBe(true);
		}
	});

	test('move-in dates in permanent housing, inside the stay', () => {
		const withMoveIn = live('Enrollment').filter((e) => e.MoveInDate !== '');
		expect(withMoveIn.length).toBeGreaterThan(0);
		for (const e of withMoveIn) {
			expect([3, 13]).toContain(typeOf(e));
			expect(e.MoveInDate >= e.EntryDate).toBe(true);
			const x = exits.get(e.EnrollmentID);
			if (x) expect(e.MoveInDate <= x.ExitDate).toBe(true);
		}
	});

	test('bed nights only in the night-by-night shelter, inside the enrollment', () => {
		const nights = rows('Services').filter((r) => r.RecordType === '200');
		expect(nights.length).toBeGreaterThan(0);
		for (const n of nights) {
			const e = enrollments.get(n.EnrollmentID)!;
			expect(typeOf(e)).toBe(1);
			expect(n.TypeProvided).toBe('200');
			expect(n.DateProvided >= e.EntryDate).toBe(true);
			const x = exits.get(n.EnrollmentID);
			if (x) expect(n.DateProvided < x.ExitDate).toBe(true);
		}
	});

	test('street outreach contacts and engagement dates', () => {
		const outreach = live('Enrollment').filter((e) => typeOf(e) === 4);
		const contacts = new Set(rows('CurrentLivingSituation').map((c) => c.EnrollmentID));
		expect(outreach.some((e) => contacts.has(e.EnrollmentID))).toBe(true);
		const engaged = outreach.filter((e) => e.DateOfEngagement !== '');
		expect(engaged.length).toBeGreaterThan(0);
		expect(outreach.length - engaged.length).toBeGreaterThan(0);
		for (const e of engaged) expect(e.DateOfEngagement >= e.EntryDate).toBe(true);
	});

	test("chronic-homelessness fields take yes, no, don't know and missing values", () => {
		expect(set('Enrollment', 'DisablingCondition')).toEqual(new Set(['0', '1', '8', '9', '99']));
		for (const c of ['TimesHomelessPastThreeYears'])
			expect(set('Enrollment', c)).toEqual(new Set(['', '1', '2', '3', '4', '8', '9', '99']));
		const months = set('Enrollment', 'MonthsHomelessPastThreeYears');
		for (const m of ['101', '111', '112', '113', '8', '9', '99', ''])
			expect(months.has(m), m).toBe(true);
		expect(set('Enrollment', 'LOSUnderThreshold')).toEqual(new Set(['', '0', '1', '99']));
		expect(set('Enrollment', 'PreviousStreetESSH')).toEqual(new Set(['', '0', '1']));
		const living = [...set('Enrollment', 'LivingSituation')]
			.filter((v) => v !== '')
			.map((v) => lists['3.12.1'].classification![v]);
		expect(new Set(living)).toEqual(
			new Set(['homeless', 'institutional', 'temporary', 'permanent', 'other'])
		);
		const toStreet = live('Enrollment').filter((e) => e.DateToStreetESSH !== '');
		expect(toStreet.length).toBeGreaterThan(0);
		for (const e of toStreet) expect(e.DateToStreetESSH <= e.EntryDate).toBe(true);
	});
});

describe('assessments', () => {
	test('income, disabilities and domestic violence at start, annual assessment and exit', () => {
		for (const file of ['IncomeBenefits', 'Disabilities', 'HealthAndDV']) {
			expect(set(file, 'DataCollectionStage'), file).toEqual(new Set(['1', '3', '5']));
			for (const r of rows(file)) {
				const e = enrollments.get(r.EnrollmentID);
				if (!e) continue;
				if (r.DataCollectionStage === '1') expect(r.InformationDate, file).toBe(e.EntryDate);
				if (r.DataCollectionStage === '3')
					expect(r.InformationDate, file).toBe(exits.get(r.EnrollmentID)!.ExitDate);
			}
		}
	});

	test('disabilities: one row per type 5 to 10 per collection point', () => {
		const groups = countBy(
			rows('Disabilities'),
			(r) => `${r.EnrollmentID}/${r.InformationDate}/${r.DataCollectionStage}`
		);
		expect(new Set(groups.values())).toEqual(new Set([6]));
		expect(set('Disabilities', 'IndefiniteAndImpairs')).toEqual(new Set(['', '0', '1']));
	});

	test('income amounts add up to the total, but in the documented records', () => {
		let inconsistent = 0;
		for (const r of rows('IncomeBenefits')) {
			if (r.IncomeFromAnySource !== '0' && r.IncomeFromAnySource !== '1') continue;
			const amounts = Object.keys(r)
				.filter((k) => k.endsWith('Amount'))
				.map((k) => Number(r[k] || 0));
			const flagged = ['Earned', 'SSI', 'SSDI', 'TANF', 'OtherIncomeSource'].some(
				(k) => r[k] === '1'
			);
			if (r.IncomeFromAnySource === '0' && flagged) {
				inconsistent++;
				continue;
			}
			expect(
				Math.abs(amounts.reduce((a, b) => a + b, 0) - Number(r.TotalMonthlyIncome))
			).toBeLessThan(0.005);
		}
		expect(inconsistent).toBe(problemRows('income-inconsistent'));
		expect(set('IncomeBenefits', 'IncomeFromAnySource')).toEqual(
			new Set(['', '0', '1', '8', '9', '99'])
		);
	});
});

describe('documented problems', () => {
	test('every problem kind occurs and the manifest accounts for its rows', () => {
		expect(s.manifest.problems.map((p) => p.kind).sort()).toEqual(
			[
				'deleted-client',
				'deleted-enrollment',
				'duplicate-client',
				'income-inconsistent',
				'invalid-ssn',
				'orphan-exit',
				'orphan-income',
				'out-of-list-sex',
				'two-heads'
			].sort()
		);
		for (const f of s.manifest.files) {
			const file = rows(f.name.replace('.csv', ''));
			expect(file.filter((r) => (r.DateDeleted ?? '') !== '').length, f.name).toBe(f.deleted);
			const key = FILE_SPECS['2026'].find((x) => `${x.file}.csv` === f.name)!.key;
			expect(file.length - new Set(file.map((r) => r[key])).size, f.name).toBe(f.duplicates);
		}
	});

	test('the only orphans are the documented ones', () => {
		const orphans = (file: string) =>
			rows(file).filter((r) => !enrollments.has(r.EnrollmentID)).length;
		expect(orphans('Exit')).toBe(problemRows('orphan-exit'));
		expect(orphans('IncomeBenefits')).toBe(problemRows('orphan-income'));
		for (const file of [
			'HealthAndDV',
			'Disabilities',
			'Services',
			'CurrentLivingSituation',
			'Assessment',
			'Event',
			'EmploymentEducation',
			'YouthEducationStatus'
		]) {
			expect(orphans(file), file).toBe(0);
		}
		for (const e of enrollments.values()) expect(clients.has(e.PersonalID)).toBe(true);
		for (const file of ['Exit', 'IncomeBenefits', 'Disabilities', 'Services']) {
			for (const r of rows(file)) {
				const e = enrollments.get(r.EnrollmentID);
				if (e) expect(r.PersonalID).toBe(e.PersonalID);
			}
		}
		expect(rows('Client').filter((c) => c.SSN.startsWith('000')).length).toBe(
			problemRows('invalid-ssn')
		);
	});
});
