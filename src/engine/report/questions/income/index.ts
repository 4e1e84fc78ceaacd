// The income questions, in table order.
import type { Question } from '../../question';

export const incomeQuestions: Question[] = [];
