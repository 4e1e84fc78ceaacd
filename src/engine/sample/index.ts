// The seeded sample-export generator: a realistic FY2026 HMIS CSV export of any size.
export {
	defaultLevel,
	generateSample,
	generateSampleZip,
	sampleOptionsError,
	MAX_CLIENTS,
	MIN_CLIENTS
} from './generate';
export { PROBLEM_INFO, type ProblemEffect, type ProblemKind } from './problems';
export type { SampleFile, SampleManifest, SampleOptions, SampleProblem, SampleSink } from './types';
