// Every CAPER case of HUD's test kit, every cell of every table, against the reference tables.
import { kitSuite } from './suite';

kitSuite('caper');
