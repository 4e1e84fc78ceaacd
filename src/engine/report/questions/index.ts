// Every question module, by the table ids it computes.
import type { Question } from '../question';
import { dqQuestions } from './dq';
import { incomeQuestions } from './income';
import { peopleQuestions } from './people';
import { staysQuestions } from './stays';

export const QUESTIONS: Question[] = [
	...dqQuestions,
	...peopleQuestions,
	...incomeQuestions,
	...staysQuestions
];
