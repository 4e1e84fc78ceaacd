// The people questions, in table order.
import type { Question } from '../../question';

export const peopleQuestions: Question[] = [];
