// The income questions, in table order.
import type { Question } from '../../question';
import { q16 } from './q16-income-ranges';

export const incomeQuestions: Question[] = [q16];
