// The stays questions, in table order.
import type { Question } from '../../question';

export const staysQuestions: Question[] = [];
