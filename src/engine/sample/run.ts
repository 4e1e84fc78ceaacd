// State shared by the writers of one generation: options, the family builder, the problem
// slots and what has been written so far (which becomes the manifest).
import { FamilyBuilder, LARGEST_FAMILY, newCounters, SHOWCASE, type Family } from './model';
import { problemSlots, type ProblemKind } from './problems';
import type { ProjectDef } from './projects';
import { mix } from './rng';

/** Writes one family's rows of one file. */
export type FamilyVisitor = (family: Family) => void;

export class SampleRun {
	readonly exportId: string;
	readonly builder: FamilyBuilder;
	readonly problemCounts = new Map<ProblemKind, number>();
	/** Counted by the last pass over the families. */
	households = 0;
	enrollments = 0;

	constructor(
		readonly seed: number,
		readonly clients: number
	) {
		this.exportId = `SAMPLE-${seed}`;
		this.builder = new FamilyBuilder(seed, problemSlots(clients, SHOWCASE.length, LARGEST_FAMILY));
	}

	/** Rebuilds every family in order and shows each to the visitors (one pass over the sample). */
	forEachFamily(visit: FamilyVisitor): void {
		const counters = newCounters(this.clients);
		let households = 0;
		let enrollments = 0;
		for (let index = 0; ; index++) {
			const family = this.builder.build(index, counters);
			if (family === null) break;
			households += family.episodes.length;
			for (const ep of family.episodes) enrollments += ep.stays.length;
			visit(family);
		}
		this.households = households;
		this.enrollments = enrollments;
	}

	/** Records that a problem row was written (each problem is written to one file only). */
	problem(kind: ProblemKind): void {
		this.problemCounts.set(kind, (this.problemCounts.get(kind) ?? 0) + 1);
	}

	/** A seed for one file's random draws about one family, independent of the other files. */
	fileSeed(family: Family, file: number): number {
		return mix(family.seed, 0x51a3 + file);
	}

	/** The user who keyed a project's records: each organization has its own staff. */
	user(project: ProjectDef, k: number): string {
		const org = Number(project.organizationId);
		return `U${((org + (k & 1)) % 6) + 1}`;
	}
}
