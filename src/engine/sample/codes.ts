// Weighted HUD codes the sample draws from: living situations, destinations, subsidies.
// The weights only shape how realistic the mix looks; every code is from the FY2026 lists.
import { weighted, type Weighted } from './rng';

export type SituationClass = 'homeless' | 'institutional' | 'temporary' | 'permanent' | 'other';

/** Destination codes (3.12.1, excluding 335, 336 and 37 which Exit.Destination may not use). */
export const DESTINATIONS: Record<SituationClass, Weighted<number>> = {
	homeless: weighted([
		[101, 50],
		[116, 40],
		[118, 10]
	]),
	institutional: weighted([
		[204, 15],
		[205, 20],
		[206, 20],
		[207, 30],
		[215, 5],
		[225, 10]
	]),
	temporary: weighted([
		[302, 15],
		[312, 30],
		[313, 25],
		[314, 12],
		[327, 1],
		[329, 8],
		[332, 5]
	]),
	permanent: weighted([
		[410, 30],
		[411, 5],
		[421, 3],
		[422, 17],
		[423, 10],
		[426, 1],
		[435, 34]
	]),
	other: weighted([
		[8, 15],
		[9, 10],
		[17, 20],
		[24, 8],
		[30, 35],
		[99, 12]
	])
};

/** Prior living situation codes (3.12.1 minus the codes Enrollment.LivingSituation may not use). */
export const PRIOR_SITUATIONS: Record<SituationClass, Weighted<number>> = {
	homeless: weighted([
		[116, 60],
		[101, 35],
		[118, 5]
	]),
	institutional: weighted([
		[204, 15],
		[205, 25],
		[206, 20],
		[207, 30],
		[215, 5],
		[225, 5]
	]),
	temporary: weighted([
		[302, 10],
		[314, 20],
		[329, 5],
		[332, 5],
		[335, 35],
		[336, 25]
	]),
	permanent: weighted([
		[410, 60],
		[411, 5],
		[421, 5],
		[435, 30]
	]),
	other: weighted([
		[8, 40],
		[9, 25],
		[99, 35]
	])
};

/** Subsidy types (3.12.A) for 435 "Rental by client, with ongoing housing subsidy". */
export const SUBSIDIES: Weighted<number> = weighted([
	[419, 8],
	[420, 12],
	[428, 2],
	[431, 30],
	[433, 15],
	[434, 10],
	[436, 5],
	[437, 3],
	[438, 2],
	[439, 10],
	[440, 3]
]);

export const DESTINATION_CLASS_BY_TYPE: Record<number, Weighted<SituationClass>> = {
	// Crisis projects: many leave for temporary places or back to the street.
	0: weighted([
		['homeless', 18],
		['institutional', 7],
		['temporary', 27],
		['permanent', 30],
		['other', 18]
	]),
	1: weighted([
		['homeless', 25],
		['institutional', 6],
		['temporary', 25],
		['permanent', 20],
		['other', 24]
	]),
	4: weighted([
		['homeless', 25],
		['institutional', 10],
		['temporary', 20],
		['permanent', 20],
		['other', 25]
	]),
	8: weighted([
		['homeless', 12],
		['institutional', 15],
		['temporary', 20],
		['permanent', 40],
		['other', 13]
	]),
	2: weighted([
		['homeless', 8],
		['institutional', 5],
		['temporary', 20],
		['permanent', 55],
		['other', 12]
	]),
	3: weighted([
		['homeless', 5],
		['institutional', 15],
		['temporary', 5],
		['permanent', 60],
		['other', 15]
	]),
	13: weighted([
		['homeless', 8],
		['institutional', 3],
		['temporary', 12],
		['permanent', 67],
		['other', 10]
	]),
	6: weighted([
		['homeless', 10],
		['institutional', 5],
		['temporary', 15],
		['permanent', 55],
		['other', 15]
	]),
	12: weighted([
		['homeless', 3],
		['institutional', 2],
		['temporary', 10],
		['permanent', 75],
		['other', 10]
	]),
	14: weighted([
		['homeless', 20],
		['institutional', 5],
		['temporary', 20],
		['permanent', 25],
		['other', 30]
	])
};

/** Prior living situation class by project type of the first stay. */
export const PRIOR_CLASS_BY_TYPE: Record<number, Weighted<SituationClass>> = {
	0: weighted([
		['homeless', 73],
		['institutional', 7],
		['temporary', 15],
		['permanent', 3],
		['other', 2]
	]),
	1: weighted([
		['homeless', 80],
		['institutional', 5],
		['temporary', 12],
		['permanent', 1],
		['other', 2]
	]),
	4: weighted([
		['homeless', 92],
		['institutional', 2],
		['temporary', 3],
		['other', 3]
	]),
	8: weighted([
		['homeless', 80],
		['institutional', 10],
		['temporary', 7],
		['other', 3]
	]),
	2: weighted([
		['homeless', 68],
		['institutional', 12],
		['temporary', 15],
		['permanent', 2],
		['other', 3]
	]),
	3: weighted([
		['homeless', 72],
		['institutional', 12],
		['temporary', 12],
		['permanent', 1],
		['other', 3]
	]),
	13: weighted([
		['homeless', 70],
		['institutional', 8],
		['temporary', 18],
		['permanent', 1],
		['other', 3]
	]),
	6: weighted([
		['homeless', 40],
		['institutional', 5],
		['temporary', 25],
		['permanent', 25],
		['other', 5]
	]),
	12: weighted([
		['homeless', 3],
		['institutional', 2],
		['temporary', 30],
		['permanent', 60],
		['other', 5]
	]),
	14: weighted([
		['homeless', 50],
		['institutional', 5],
		['temporary', 25],
		['permanent', 15],
		['other', 5]
	])
};

/**
 * W5 Housing Assessment at Exit of a homelessness prevention household, with its subsidy
 * information (W5.A after 1, W5.B after 2; none otherwise): most keep their housing.
 */
export const PREVENTION_OUTCOMES: Weighted<[assessment: number, subsidy: number | null]> = weighted<
	[number, number | null]
>([
	[[1, 1], 30],
	[[1, 2], 8],
	[[1, 3], 6],
	[[1, 4], 14],
	[[2, 11], 8],
	[[2, 12], 10],
	[[3, null], 5],
	[[4, null], 4],
	[[5, null], 2],
	[[6, null], 3],
	[[7, null], 1],
	[[10, null], 1],
	[[8, null], 1],
	[[9, null], 1],
	[[99, null], 6]
]);
