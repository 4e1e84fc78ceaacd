// The stays questions, in table order.
import type { Question } from '../../question';
import { q15, q27d } from './q15-living-situation';
import { q22a1, q22b, q27e, q27j } from './q22-length-of-participation';

export const staysQuestions: Question[] = [q15, q22a1, q22b, q27d, q27e, q27j];
