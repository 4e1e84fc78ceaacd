// The dq questions, in table order.
import type { Question } from '../../question';

export const dqQuestions: Question[] = [];
