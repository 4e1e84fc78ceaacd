// The dq questions, in table order.
import type { Question } from '../../question';
import { q04a } from './q04a-project-identifiers';
import { q06a } from './q06a-pii';
import { q06b } from './q06b-universal-data-elements';
import { q06c } from './q06c-income-housing';
import { q06d } from './q06d-chronic-homelessness';
import { q06e } from './q06e-timeliness';
import { q06f } from './q06f-inactive-records';
import { q07b, q08b } from './q07b-q08b-point-in-time';
import { q09 } from './q09-contacts';
import { q05a } from './validations';

export const dqQuestions: Question[] = [
	q04a,
	q05a,
	q06a,
	q06b,
	q06c,
	q06d,
	q06e,
	q06f,
	q07b,
	q08b,
	q09
];
