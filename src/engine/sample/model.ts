// The story of one family: who is in it, which projects they pass through, when, and how each
// stay ends. A family is rebuilt from (seed, family index) alone, so every file of the export
// can be written in its own pass over the families without holding the export in memory.
import {
	DESTINATION_CLASS_BY_TYPE,
	DESTINATIONS,
	PRIOR_CLASS_BY_TYPE,
	PRIOR_SITUATIONS,
	SUBSIDIES,
	type SituationClass
} from './codes';
import type { ProblemKind } from './problems';
import { PROJECT, type ProjectDef, type ProjectKey } from './projects';
import { mix, Rng, weighted } from './rng';
import { DATA_START, REPORT_END, REPORT_START } from './timeline';

export type FamilyKind =
	'single' | 'senior' | 'youth' | 'couple' | 'family' | 'youthParent' | 'minors' | 'unknown';

export interface Member {
	/** 0 for the head of household. */
	position: number;
	personalId: number;
	relationshipToHoH: number;
	/** Age in whole years at the family's first project start; -1 when the DOB is unknown. */
	age: number;
	/** Day number of the date of birth; NaN when unknown. */
	dob: number;
	dobQuality: number;
	/** Treated as an adult when data are collected (known adult, or a head/partner of unknown age). */
	adult: boolean;
	veteran: boolean;
	/** Bit (DisabilityType - 5) set for each condition present at the first project start. */
	disabilities: number;
	/** Bit set when that condition is expected to be long-lasting and impairing. */
	impairs: number;
	survivor: boolean;
}

export interface Stay {
	member: Member;
	enrollmentId: number;
	entry: number;
}

export interface Episode {
	index: number;
	project: ProjectDef;
	householdId: number;
	entry: number;
	/** Day of exit; -1 while still enrolled at the end of the export. */
	exit: number;
	/** Night-by-night shelter: the last bed night; -1 for other projects. */
	lastNight: number;
	destination: number;
	/** 3.12.A subsidy when the destination is 435; 0 otherwise. */
	destinationSubsidy: number;
	moveIn: number;
	engagement: number;
	priorLiving: number;
	priorSubsidy: number;
	stays: Stay[];
}

export interface Family {
	index: number;
	/** Seed of this family: every file derives its own random stream from it. */
	seed: number;
	kind: FamilyKind;
	members: Member[];
	episodes: Episode[];
	/** When the current episode of homelessness began (for DateToStreetESSH). */
	homelessSince: number;
	problem: ProblemKind | null;
	/** IDs used only by the problem rows (deleted client, deleted enrollment); 0 when unused. */
	extraPersonalId: number;
	extraEnrollmentId: number;
}

/** ID counters carried from family to family within one pass. */
export interface Counters {
	personal: number;
	enrollment: number;
	household: number;
	clientsLeft: number;
}

export function newCounters(clients: number): Counters {
	return { personal: 1, enrollment: 1, household: 1, clientsLeft: clients };
}

export const LARGEST_FAMILY = 6;

interface Script {
	kind: FamilyKind;
	path: ProjectKey[];
	end: SituationClass | 'stay';
	survivor?: boolean;
}

/**
 * The first families are scripted so that even a few hundred clients cover every project type,
 * household type, destination class, stayers and leavers; the rest are drawn at random.
 */
export const SHOWCASE: Script[] = [
	{ kind: 'single', path: ['es'], end: 'homeless' },
	{ kind: 'single', path: ['nbn'], end: 'temporary' },
	{ kind: 'family', path: ['th'], end: 'permanent' },
	{ kind: 'single', path: ['psh'], end: 'stay' },
	{ kind: 'family', path: ['rrh'], end: 'permanent' },
	{ kind: 'family', path: ['rrhSso'], end: 'permanent' },
	{ kind: 'single', path: ['so'], end: 'institutional' },
	{ kind: 'single', path: ['sso'], end: 'other' },
	{ kind: 'family', path: ['hp'], end: 'permanent' },
	{ kind: 'senior', path: ['sh'], end: 'stay' },
	{ kind: 'family', path: ['dvEs'], end: 'temporary', survivor: true },
	{ kind: 'youth', path: ['youthTh'], end: 'stay' },
	{ kind: 'minors', path: ['es'], end: 'temporary' },
	{ kind: 'unknown', path: ['es'], end: 'other' },
	{ kind: 'couple', path: ['ce', 'rrh'], end: 'stay' },
	{ kind: 'youthParent', path: ['es', 'rrh'], end: 'stay' },
	{ kind: 'senior', path: ['so', 'sh'], end: 'institutional' },
	{ kind: 'single', path: ['es', 'es'], end: 'permanent' },
	{ kind: 'single', path: ['nbn'], end: 'stay' },
	{ kind: 'family', path: ['es', 'psh'], end: 'stay' },
	{ kind: 'minors', path: ['so'], end: 'homeless' },
	{ kind: 'youth', path: ['youthTh'], end: 'permanent' },
	{ kind: 'single', path: ['psh'], end: 'other' },
	{ kind: 'single', path: ['rrh'], end: 'temporary' }
];

const KINDS = weighted<FamilyKind>([
	['single', 44],
	['senior', 6],
	['youth', 8],
	['couple', 5],
	['family', 22],
	['youthParent', 4],
	['minors', 3],
	['unknown', 2]
]);

const p = (...keys: ProjectKey[]) => keys;

const ADULT_PATHS = weighted<ProjectKey[]>([
	[p('so'), 9],
	[p('so', 'es'), 4],
	[p('so', 'sh'), 2],
	[p('so', 'nbn'), 2],
	[p('es'), 16],
	[p('es', 'es'), 4],
	[p('nbn'), 8],
	[p('nbn', 'nbn'), 3],
	[p('nbn', 'es'), 2],
	[p('es', 'rrh'), 5],
	[p('es', 'psh'), 3],
	[p('psh'), 7],
	[p('sh'), 3],
	[p('th'), 4],
	[p('es', 'th'), 2],
	[p('rrh'), 4],
	[p('rrhSso'), 3],
	[p('sso'), 4],
	[p('hp'), 5],
	[p('ce', 'es'), 3],
	[p('ce', 'rrh'), 2],
	[p('ce', 'psh'), 1],
	[p('ce'), 2]
]);
const FAMILY_PATHS = weighted<ProjectKey[]>([
	[p('es'), 14],
	[p('es', 'rrh'), 8],
	[p('es', 'es'), 2],
	[p('th'), 6],
	[p('rrh'), 8],
	[p('rrhSso'), 4],
	[p('hp'), 10],
	[p('psh'), 4],
	[p('es', 'th'), 2],
	[p('ce', 'es'), 3],
	[p('ce', 'rrh'), 3],
	[p('sso'), 2]
]);
const YOUTH_PATHS = weighted<ProjectKey[]>([
	[p('youthTh'), 10],
	[p('es'), 6],
	[p('so'), 4],
	[p('nbn'), 3],
	[p('rrh'), 3],
	[p('es', 'youthTh'), 2],
	[p('hp'), 2],
	[p('sso'), 1]
]);
const YOUTH_PARENT_PATHS = weighted<ProjectKey[]>([
	[p('youthTh'), 6],
	[p('es'), 6],
	[p('es', 'rrh'), 4],
	[p('rrh'), 3],
	[p('hp'), 3],
	[p('th'), 2]
]);
const MINOR_PATHS = weighted<ProjectKey[]>([
	[p('es'), 5],
	[p('so'), 3],
	[p('youthTh'), 2]
]);
const SURVIVOR_PATHS = weighted<ProjectKey[]>([
	[p('dvEs'), 5],
	[p('dvEs', 'rrh'), 3],
	[p('dvEs', 'th'), 1]
]);

const CONDITIONS = weighted<number>([
	[9, 35],
	[10, 25],
	[7, 18],
	[5, 15],
	[6, 5],
	[8, 2]
]);

/** The prior living situation a stay implies for the next one. */
const LIVING_AFTER: Partial<Record<ProjectKey, number>> = {
	es: 101,
	nbn: 101,
	dvEs: 101,
	so: 116,
	sh: 118,
	th: 302,
	youthTh: 302,
	hp: 410
};

/** The destination that leads into the next project, with its subsidy. */
const DESTINATION_BEFORE: Record<ProjectKey, [number, number]> = {
	es: [101, 0],
	nbn: [101, 0],
	dvEs: [101, 0],
	so: [116, 0],
	sh: [118, 0],
	th: [302, 0],
	youthTh: [302, 0],
	rrh: [435, 431],
	rrhSso: [435, 431],
	psh: [435, 439],
	hp: [410, 0],
	sso: [410, 0],
	ce: [101, 0]
};

function isHousingAfterCrisis(key: ProjectKey): boolean {
	return (
		key === 'rrh' ||
		key === 'psh' ||
		key === 'th' ||
		key === 'youthTh' ||
		key === 'rrhSso' ||
		key === 'sh'
	);
}

export class FamilyBuilder {
	private readonly rng = new Rng();

	constructor(
		private readonly seed: number,
		private readonly slots: Map<number, ProblemKind>
	) {}

	/** The family at this index, or null once every client has been placed. */
	build(index: number, counters: Counters): Family | null {
		if (counters.clientsLeft <= 0) return null;
		const seed = mix(this.seed, index);
		const rng = this.rng.reseed(seed);
		const script = index < SHOWCASE.length ? SHOWCASE[index] : null;
		const problem = this.slots.get(index) ?? null;
		let kind = script ? script.kind : rng.draw(KINDS);
		if (
			problem === 'two-heads' &&
			(kind === 'single' || kind === 'senior' || kind === 'youth' || kind === 'unknown')
		) {
			kind = 'couple';
		}
		const members = this.members(rng, kind, counters);
		if (problem === 'two-heads' && members.length > 1) members[1].relationshipToHoH = 1;
		const head = members[0];
		const survivorPossible = kind !== 'senior' && kind !== 'minors' && kind !== 'unknown';
		if (script?.survivor || (survivorPossible && rng.chance(0.12))) head.survivor = true;
		for (let i = 1; i < members.length; i++)
			if (members[i].adult && rng.chance(0.08)) members[i].survivor = true;

		const path = script ? script.path : this.path(rng, kind, head.survivor);
		const needsDisability = path.includes('psh') || path.includes('sh');
		for (const m of members) this.conditions(rng, m, kind === 'senior');
		if (needsDisability && !disabling(head)) {
			head.disabilities |= 1 << (9 - 5);
			head.impairs |= 1 << (9 - 5);
		}

		const first = PROJECT[path[0]];
		const entry = script
			? firstScriptedEntry(rng, first)
			: REPORT_END - rng.int(REPORT_END - Math.max(DATA_START, REPORT_START - first.lookback) + 1);
		const homelessSince = entry - rng.expo(300, 0, 3000);
		for (const m of members) setBirth(rng, m, entry);

		const episodes = this.episodes(rng, path, script, entry, members, kind, counters);
		const family: Family = {
			index,
			seed,
			kind,
			members,
			episodes,
			homelessSince,
			problem,
			extraPersonalId: 0,
			extraEnrollmentId: 0
		};
		if (problem === 'deleted-client') family.extraPersonalId = counters.personal++;
		if (problem === 'deleted-enrollment') family.extraEnrollmentId = counters.enrollment++;
		return family;
	}

	private members(rng: Rng, kind: FamilyKind, counters: Counters): Member[] {
		const ages: [number, number][] = []; // [age, relationship]
		switch (kind) {
			case 'single':
				ages.push([rng.range(25, 61), 1]);
				break;
			case 'senior':
				ages.push([rng.range(62, 84), 1]);
				break;
			case 'youth':
				ages.push([rng.range(18, 24), 1]);
				break;
			case 'unknown':
				ages.push([-1, 1]);
				break;
			case 'couple': {
				const a = rng.range(22, 70);
				ages.push(
					[a, 1],
					[Math.max(18, a + rng.range(-6, 6)), rng.chance(0.85) ? 3 : rng.chance(0.6) ? 5 : 4]
				);
				break;
			}
			case 'family': {
				const a = rng.range(20, 50);
				ages.push([a, 1]);
				if (rng.chance(0.3)) ages.push([Math.max(18, a + rng.range(-5, 5)), 3]);
				else if (rng.chance(0.07)) ages.push([rng.range(45, 72), 4]);
				const kids = rng.draw(CHILD_COUNTS);
				for (let k = 0; k < kids; k++) ages.push([rng.range(0, Math.min(17, a - 16)), 2]);
				break;
			}
			case 'youthParent': {
				const a = rng.range(18, 24);
				ages.push([a, 1]);
				if (rng.chance(0.2)) ages.push([rng.range(18, 24), 3]);
				const kids = rng.chance(0.7) ? 1 : 2;
				for (let k = 0; k < kids; k++) ages.push([rng.range(0, Math.min(4, a - 16)), 2]);
				break;
			}
			case 'minors':
				ages.push([rng.range(13, 17), 1]);
				if (rng.chance(0.3)) ages.push([rng.range(10, 17), 4]);
				break;
		}
		if (ages.length > counters.clientsLeft) ages.length = counters.clientsLeft;
		counters.clientsLeft -= ages.length;
		const members: Member[] = [];
		for (let i = 0; i < ages.length; i++) {
			let [age, relationship] = ages[i];
			if (i > 0 && rng.chance(0.003)) relationship = 99;
			if (age >= 0 && rng.chance(0.006)) age = -1;
			const adult = age >= 18 || (age < 0 && (i === 0 || relationship === 3));
			const vetChance =
				kind === 'single' || kind === 'senior' ? 0.13 : kind === 'couple' ? 0.08 : 0.03;
			members.push({
				position: i,
				personalId: counters.personal++,
				relationshipToHoH: relationship,
				age,
				dob: NaN,
				dobQuality: 1,
				adult,
				veteran:
					adult && (age < 0 || age >= 19) && rng.chance(age >= 0 && age < 23 ? 0.01 : vetChance),
				disabilities: 0,
				impairs: 0,
				survivor: false
			});
		}
		return members;
	}

	private path(rng: Rng, kind: FamilyKind, survivor: boolean): ProjectKey[] {
		if (survivor && kind !== 'couple' && rng.chance(0.5)) return rng.draw(SURVIVOR_PATHS);
		switch (kind) {
			case 'family':
				return rng.draw(FAMILY_PATHS);
			case 'youthParent':
				return rng.draw(YOUTH_PARENT_PATHS);
			case 'youth':
				return rng.draw(YOUTH_PATHS);
			case 'minors':
				return rng.draw(MINOR_PATHS);
			default:
				return rng.draw(ADULT_PATHS);
		}
	}

	private conditions(rng: Rng, m: Member, senior: boolean): void {
		const chance = m.adult ? (senior ? 0.6 : 0.45) : 0.08;
		if (!rng.chance(chance)) return;
		const count = rng.chance(0.6) ? 1 : rng.chance(0.75) ? 2 : 3;
		for (let k = 0; k < count; k++) {
			const bit = 1 << (rng.draw(CONDITIONS) - 5);
			m.disabilities |= bit;
			if (rng.chance(0.8)) m.impairs |= bit;
		}
	}

	private episodes(
		rng: Rng,
		path: ProjectKey[],
		script: Script | null,
		firstEntry: number,
		members: Member[],
		kind: FamilyKind,
		counters: Counters
	): Episode[] {
		const episodes: Episode[] = [];
		let entry = firstEntry;
		for (let i = 0; i < path.length; i++) {
			const project = PROJECT[path[i]];
			const final = i === path.length - 1;
			const [mean, min, max] = project.stay;
			const length = rng.expo(mean, min, max);
			let exit: number;
			let lastNight = -1;
			let nextEntry = -1;
			if (project.type === 1) {
				lastNight = entry + Math.max(1, length) - 1;
				exit = lastNight + 1;
			} else exit = entry + length;
			if (project.key === 'ce' && !final) {
				// Coordinated entry refers on; the CE enrollment is often left open.
				nextEntry = entry + rng.expo(20, 0, 120);
				exit = rng.chance(0.6) && nextEntry <= REPORT_END ? nextEntry : -1;
			} else if (script) {
				if (!final) exit = Math.min(exit, entry + 45);
				else if (script.end === 'stay') exit = -1;
				else exit = Math.min(Math.max(exit, REPORT_START + rng.int(30), entry), REPORT_END);
				if (lastNight >= 0) lastNight = exit < 0 ? Math.min(lastNight, REPORT_END) : exit - 1;
			} else if (exit > REPORT_END) {
				exit = -1;
				if (lastNight > REPORT_END) lastNight = REPORT_END;
			} else if (final && project.type === 1 && rng.chance(0.35)) {
				// Night-by-night enrollments are often never closed.
				exit = -1;
			}
			if (!final && exit >= 0 && nextEntry < 0) {
				nextEntry = exit + gapBefore(rng, path[i], path[i + 1]);
				if (script) nextEntry = Math.min(nextEntry, exit + 7);
			}
			const hasNext = !final && nextEntry >= 0 && nextEntry <= REPORT_END;

			let destination = 0;
			let destinationSubsidy = 0;
			if (exit >= 0) {
				if (hasNext) [destination, destinationSubsidy] = DESTINATION_BEFORE[path[i + 1]];
				else {
					const cls =
						script && final && script.end !== 'stay'
							? script.end
							: rng.draw(DESTINATION_CLASS_BY_TYPE[project.type]);
					destination = rng.draw(DESTINATIONS[cls]);
					if (destination === 435) destinationSubsidy = rng.draw(SUBSIDIES);
				}
			}

			const until = exit >= 0 ? exit : REPORT_END;
			let moveIn = -1;
			if (project.key === 'psh' && !rng.chance(0.04)) moveIn = entry + rng.expo(20, 0, 180);
			else if (project.key === 'rrh' && !rng.chance(0.15)) moveIn = entry + rng.expo(45, 0, 300);
			else if (project.key === 'rrhSso' && rng.chance(0.5)) moveIn = entry + rng.expo(40, 0, 300);
			if (moveIn > until) moveIn = -1;

			let engagement = -1;
			if (project.type === 4 && rng.chance(0.7)) engagement = entry + rng.expo(15, 0, 200);
			else if (project.type === 1 && rng.chance(0.25)) engagement = entry + rng.int(5);
			else if (project.type === 6 && rng.chance(0.5)) engagement = entry + rng.expo(10, 0, 60);
			if (engagement > until || (lastNight >= 0 && engagement > lastNight)) engagement = -1;

			let priorLiving: number;
			let priorSubsidy = 0;
			const previous = i > 0 ? path[i - 1] : null;
			if (previous !== null && previous !== 'ce' && LIVING_AFTER[previous] !== undefined) {
				priorLiving = LIVING_AFTER[previous] as number;
			} else if (previous === 'ce') {
				priorLiving = episodes[i - 1].priorLiving;
				priorSubsidy = episodes[i - 1].priorSubsidy;
			} else {
				priorLiving = rng.draw(PRIOR_SITUATIONS[rng.draw(PRIOR_CLASS_BY_TYPE[project.type])]);
				if (priorLiving === 435) priorSubsidy = rng.draw(SUBSIDIES);
			}

			const stays: Stay[] = [];
			const lateJoiner =
				(kind === 'family' || kind === 'youthParent') && members.length > 1 && rng.chance(0.08);
			const joinDay = entry + rng.range(1, 90);
			for (const member of members) {
				let memberEntry = entry;
				const last = member.position === members.length - 1 && member.relationshipToHoH === 2;
				if (lateJoiner && last && joinDay < until && (lastNight < 0 || joinDay <= lastNight))
					memberEntry = joinDay;
				stays.push({ member, enrollmentId: counters.enrollment++, entry: memberEntry });
			}
			episodes.push({
				index: i,
				project,
				householdId: counters.household++,
				entry,
				exit,
				lastNight,
				destination,
				destinationSubsidy,
				moveIn,
				engagement,
				priorLiving,
				priorSubsidy,
				stays
			});
			if (!hasNext) break;
			entry = nextEntry;
		}
		return episodes;
	}
}

const CHILD_COUNTS = weighted<number>([
	[1, 40],
	[2, 33],
	[3, 18],
	[4, 9]
]);

function gapBefore(rng: Rng, from: ProjectKey, to: ProjectKey): number {
	if (from === to) return 14 + rng.expo(90, 0, 400);
	if (isHousingAfterCrisis(to)) return rng.int(15);
	return rng.int(30);
}

function firstScriptedEntry(rng: Rng, first: ProjectDef): number {
	// Long-stay projects start a year or more before the report so annual assessments occur.
	if (first.key === 'psh' || first.key === 'sh' || first.key === 'youthTh')
		return REPORT_START - 380 - rng.int(700);
	return REPORT_START + rng.int(120);
}

function setBirth(rng: Rng, m: Member, firstEntry: number): void {
	if (m.age < 0) {
		const q = rng.float();
		m.dobQuality = q < 0.4 ? 8 : q < 0.65 ? 9 : 99;
		return;
	}
	m.dob = firstEntry - Math.floor(m.age * 365.2425) - rng.int(365);
	if (rng.chance(0.04)) {
		// Approximate birth dates are commonly entered as the first of January.
		m.dobQuality = 2;
		m.dob = Math.floor(Date.UTC(new Date(m.dob * 86_400_000).getUTCFullYear(), 0, 1) / 86_400_000);
	}
}

/** Whether a member's conditions at start make a disabling condition (HUD's rule). */
export function disabling(m: Member): boolean {
	const always = (1 << (6 - 5)) | (1 << (8 - 5));
	return (m.disabilities & always) !== 0 || (m.disabilities & m.impairs) !== 0;
}
