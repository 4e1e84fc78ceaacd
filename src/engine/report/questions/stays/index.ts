// The stays questions, in table order.
import type { Question } from '../../question';
import { q15, q27d } from './q15-living-situation';
import { q22a1, q22b, q27e, q27j } from './q22-length-of-participation';
import { q22a2, q22d } from './q22a2-q22d-length-of-participation-esg';
import { q22c, q22f, q27k } from './q22c-time-to-move-in';
import { q22e, q22g, q27l } from './q22e-time-prior-to-housing';
import { q23c, q23d, q23e, q25i, q25j, q27f1, q27f2 } from './q23-exit-destination';
import { q24a } from './q24a-housing-assessment';
import { q24b } from './q24b-moving-on';

export const staysQuestions: Question[] = [
	q15, q22a1, q22a2, q22b, q22c, q22d, q22e, q22f, q22g, q23c, q23d, q23e, q24a, q24b, q25i, q25j,
	q27d, q27e, q27f1, q27f2, q27j, q27k, q27l
];
