// IncomeBenefits.csv: income and sources, non-cash benefits and health insurance at each
// collection point. A person's situation carries over from point to point and sometimes
// changes (a job found or lost), as the APR's income-change questions expect.
import { collectionPoints, START, type CollectionPoint } from './collection';
import { timestamp, type CsvWriter } from './csv';
import { dateText } from './dates';
import { entryLag, keyedOn } from './enrollment';
import type { Family, Member } from './model';
import { Rng, weighted } from './rng';
import type { FamilyVisitor, SampleRun } from './run';

const FILE = 4;

/** The 15 cash income sources, in column order, with their amount columns. */
const SOURCES = [
	'Earned',
	'Unemployment',
	'SSI',
	'SSDI',
	'VADisabilityService',
	'VADisabilityNonService',
	'PrivateDisability',
	'WorkersComp',
	'TANF',
	'GA',
	'SocSecRetirement',
	'Pension',
	'ChildSupport',
	'Alimony',
	'OtherIncomeSource'
];
const AMOUNTS = SOURCES.map((s) =>
	s === 'OtherIncomeSource' ? 'OtherIncomeAmount' : `${s}Amount`
);
const BENEFITS = [
	'SNAP',
	'WIC',
	'TANFChildCare',
	'TANFTransportation',
	'OtherTANF',
	'OtherBenefitsSource'
];
const INSURANCE = [
	'Medicaid',
	'Medicare',
	'SCHIP',
	'VHAServices',
	'EmployerProvided',
	'COBRA',
	'PrivatePay',
	'StateHealthIns',
	'IndianHealthServices',
	'OtherInsurance'
];
const EARNED = 0;

/** Monthly amount ranges in dollars per source. */
const RANGES: [number, number][] = [
	[400, 3200],
	[800, 1800],
	[967, 967],
	[700, 2100],
	[200, 3700],
	[150, 900],
	[300, 1200],
	[400, 1500],
	[250, 650],
	[150, 300],
	[900, 2200],
	[300, 1500],
	[150, 600],
	[200, 800],
	[50, 500]
];
const UNKNOWN = weighted<number>([
	[8, 40],
	[9, 25],
	[99, 35]
]);

interface Situation {
	/** 1 or 0, or 8/9/99 when the whole income question went unanswered. */
	income: number;
	/** Monthly amount per source in cents (0 when not received). */
	amounts: number[];
	benefits: number;
	/** Bit per benefit column. */
	benefitSet: number;
	insurance: number;
	insuranceSet: number;
}

export function writeIncomeBenefits(w: CsvWriter, run: SampleRun): FamilyVisitor {
	const rng = new Rng();
	const points: CollectionPoint[] = [];
	const c = w.col;
	const sourceCols = SOURCES.map((s) => c[s]);
	const amountCols = AMOUNTS.map((s) => c[s]);
	const benefitCols = BENEFITS.map((s) => c[s]);
	const insuranceCols = INSURANCE.map((s) => c[s]);
	let id = 1;
	return (family) => {
		rng.reseed(run.fileSeed(family, FILE));
		const situations = family.members.map((m) => startingSituation(rng, family, m));
		let inconsistentDone = family.problem !== 'income-inconsistent';
		for (const ep of family.episodes) {
			for (const stay of ep.stays) {
				const m = stay.member;
				const s = situations[m.position];
				const n = collectionPoints(family, ep, stay, points);
				for (let k = 0; k < n; k++) {
					const point = points[k];
					if (k > 0) evolve(rng, s, m);
					const cells = w.cells;
					cells[c.IncomeBenefitsID] = id++;
					cells[c.EnrollmentID] = stay.enrollmentId;
					cells[c.PersonalID] = m.personalId;
					cells[c.InformationDate] = dateText(point.day);
					const collectsIncome = m.adult || m.relationshipToHoH === 1;
					if (collectsIncome) {
						const skipped = rng.chance(0.01);
						const income = skipped ? rng.draw(UNKNOWN) : s.income;
						cells[c.IncomeFromAnySource] = income;
						if (income === 0 || income === 1) {
							let total = 0;
							for (let i = 0; i < SOURCES.length; i++) {
								const cents = s.amounts[i];
								cells[sourceCols[i]] = cents > 0 ? 1 : 0;
								if (cents > 0) {
									cells[amountCols[i]] = money(cents);
									total += cents;
								}
							}
							cells[c.TotalMonthlyIncome] = money(total);
							if (s.amounts[14] > 0) cells[c.OtherIncomeSourceIdentify] = 'Odd jobs';
						}
						if (!inconsistentDone && point.stage === START && m.position === 0) {
							// Says "no income" while a source is marked: APR Q6c counts it.
							cells[c.IncomeFromAnySource] = 0;
							cells[sourceCols[EARNED]] = 1;
							cells[amountCols[EARNED]] = '800';
							inconsistentDone = true;
							run.problem('income-inconsistent');
						}
						cells[c.BenefitsFromAnySource] = s.benefits;
						if (s.benefits === 0 || s.benefits === 1) {
							for (let i = 0; i < BENEFITS.length; i++)
								cells[benefitCols[i]] = (s.benefitSet >> i) & 1;
							if ((s.benefitSet >> 5) & 1)
								cells[c.OtherBenefitsSourceIdentify] = 'Utility assistance';
						}
					}
					cells[c.InsuranceFromAnySource] = s.insurance;
					if (s.insurance === 0 || s.insurance === 1) {
						for (let i = 0; i < INSURANCE.length; i++)
							cells[insuranceCols[i]] = (s.insuranceSet >> i) & 1;
						if ((s.insuranceSet >> 9) & 1) cells[c.OtherInsuranceIdentify] = 'Marketplace plan';
					}
					cells[c.DataCollectionStage] = point.stage;
					const created = timestamp(keyedOn(point.day, entryLag(rng)), id);
					w.stamp(created, run.user(ep.project, stay.enrollmentId), run.exportId);
					w.emit();
				}
			}
		}
		if (family.problem === 'orphan-income') {
			// Income recorded against an enrollment that is not in the export.
			const ep = family.episodes[0];
			const head = ep.stays[0];
			const cells = w.cells;
			cells[c.IncomeBenefitsID] = id++;
			cells[c.EnrollmentID] = `X${head.enrollmentId}`;
			cells[c.PersonalID] = head.member.personalId;
			cells[c.InformationDate] = dateText(ep.entry);
			cells[c.IncomeFromAnySource] = 99;
			cells[c.BenefitsFromAnySource] = 99;
			cells[c.InsuranceFromAnySource] = 99;
			cells[c.DataCollectionStage] = START;
			w.stamp(timestamp(ep.entry, 2), run.user(ep.project, 0), run.exportId);
			w.emit();
			run.problem('orphan-income');
		}
	};
}

function money(cents: number): string {
	return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

function amount(rng: Rng, source: number): number {
	const [lo, hi] = RANGES[source];
	const dollars = rng.range(lo, hi);
	return dollars * 100 + (rng.chance(0.2) ? rng.int(100) : 0);
}

function startingSituation(rng: Rng, family: Family, m: Member): Situation {
	const s: Situation = {
		income: 0,
		amounts: new Array<number>(15).fill(0),
		benefits: 0,
		benefitSet: 0,
		insurance: 0,
		insuranceSet: 0
	};
	const senior = m.age >= 62;
	const withChildren = family.kind === 'family' || family.kind === 'youthParent';
	const r = rng.float();
	if (r < 0.012) s.income = 8;
	else if (r < 0.02) s.income = 9;
	else if (r < 0.035) s.income = 99;
	else if (rng.chance(senior ? 0.85 : m.adult ? 0.55 : 0)) {
		const count = rng.chance(0.75) ? 1 : 2;
		for (let k = 0; k < count; k++) {
			const source = pickSource(rng, m, senior, withChildren);
			s.amounts[source] = amount(rng, source);
		}
		s.income = 1;
	}
	const b = rng.float();
	if (b < 0.015) s.benefits = rng.draw(UNKNOWN);
	else {
		if (rng.chance(withChildren ? 0.7 : 0.5)) s.benefitSet |= 1;
		if (withChildren && rng.chance(0.3)) s.benefitSet |= 2;
		if (withChildren && rng.chance(0.03)) s.benefitSet |= 4;
		if (withChildren && rng.chance(0.02)) s.benefitSet |= 8;
		if (rng.chance(0.02)) s.benefitSet |= 16;
		if (rng.chance(0.03)) s.benefitSet |= 32;
		s.benefits = s.benefitSet ? 1 : 0;
	}
	const i = rng.float();
	if (i < 0.015) s.insurance = rng.draw(UNKNOWN);
	else {
		if (rng.chance(m.adult ? 0.6 : 0.7)) s.insuranceSet |= 1;
		if (senior ? rng.chance(0.9) : s.amounts[3] > 0 ? rng.chance(0.8) : rng.chance(0.02))
			s.insuranceSet |= 2;
		if (!m.adult && rng.chance(0.2)) s.insuranceSet |= 4;
		if (m.veteran && rng.chance(0.6)) s.insuranceSet |= 8;
		if (s.amounts[EARNED] > 0 && rng.chance(0.2)) s.insuranceSet |= 16;
		if (rng.chance(0.005)) s.insuranceSet |= 32;
		if (rng.chance(0.03)) s.insuranceSet |= 64;
		if (rng.chance(0.04)) s.insuranceSet |= 128;
		if (rng.chance(0.01)) s.insuranceSet |= 256;
		if (rng.chance(0.01)) s.insuranceSet |= 512;
		s.insurance = s.insuranceSet ? 1 : 0;
	}
	return s;
}

const SOURCE_WEIGHTS = {
	adult: weighted<number>([
		[0, 35],
		[1, 5],
		[2, 18],
		[3, 15],
		[7, 1],
		[9, 4],
		[10, 1],
		[14, 3],
		[6, 1],
		[13, 1]
	]),
	senior: weighted<number>([
		[10, 40],
		[2, 20],
		[3, 15],
		[11, 6],
		[0, 8],
		[14, 2]
	]),
	family: weighted<number>([
		[0, 40],
		[8, 15],
		[12, 8],
		[2, 10],
		[3, 8],
		[1, 5],
		[9, 3],
		[14, 3]
	]),
	veteran: weighted<number>([
		[4, 35],
		[5, 8],
		[0, 25],
		[3, 12],
		[2, 8],
		[10, 10]
	])
};

function pickSource(rng: Rng, m: Member, senior: boolean, withChildren: boolean): number {
	if (m.veteran) return rng.draw(SOURCE_WEIGHTS.veteran);
	if (senior) return rng.draw(SOURCE_WEIGHTS.senior);
	return rng.draw(withChildren ? SOURCE_WEIGHTS.family : SOURCE_WEIGHTS.adult);
}

/** Between two collection points some people find work, and a few lose it. */
function evolve(rng: Rng, s: Situation, m: Member): void {
	if (!m.adult || (s.income !== 0 && s.income !== 1)) return;
	const r = rng.float();
	if (r < 0.15 && s.amounts[EARNED] === 0) s.amounts[EARNED] = amount(rng, EARNED);
	else if (r < 0.2 && s.amounts[EARNED] > 0) s.amounts[EARNED] = 0;
	else if (r < 0.3 && s.amounts[EARNED] > 0) s.amounts[EARNED] += rng.range(50, 400) * 100;
	s.income = s.amounts.some((a) => a > 0) ? 1 : 0;
}
