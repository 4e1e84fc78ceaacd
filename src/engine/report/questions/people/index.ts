// The people questions, in table order.
import type { Question } from '../../question';
import { q11, q25d, q26d, q27a } from './age';
import { q13a1, q13a2, q13b1, q13b2, q13c1, q13c2, q26e } from './conditions';
import { q07a } from './q07a-persons-served';
import { q08a } from './q08a-households-served';
import { q12 } from './q12-race';
import { q14a, q14b } from './q14-domestic-violence';
import { q24e } from './q24e-sex';
import { q25a, q25b } from './q25-veterans';
import { q26a } from './q26a-chronic-households';
import { q26b } from './q26b-chronic-persons';
import { q27b } from './q27b-parenting-youth';
import { q27m } from './q27m-education';

export const peopleQuestions: Question[] = [
	q07a, q08a, q11, q12, q13a1, q13b1, q13c1, q13a2, q13b2, q13c2,
	q14a, q14b, q24e, q25a, q25b, q25d, q26a, q26b, q26d, q26e, q27a, q27b, q27m
];
