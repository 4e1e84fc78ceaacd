// The income questions, in table order.
import type { Question } from '../../question';
import { q16 } from './q16-income-ranges';
import { q17, q27g } from './q17-income-sources';
import { q18, q27h } from './q18-income-category';
import { q19a1, q19a2 } from './q19a-income-change';
import { q19b, q27i } from './q19b-disability-income';
import { q20a, q20b } from './q20-non-cash-benefits';
import { q21 } from './q21-health-insurance';

export const incomeQuestions: Question[] = [q16, q17, q18, q19a1, q19a2, q19b, q20a, q20b, q21, q27g, q27h, q27i];
