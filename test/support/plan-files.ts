import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

/** The real plan, 连政发〔2022〕32号, as the project ships it. */
export const REAL_PLAN_FILE = join(PROJECT_ROOT, 'prisma', 'plan', 'lianyungang-2022-32.yaml');

/** A second, clearly fictional plan, for loading beside the real one. */
export const FICTIONAL_PLAN_FILE = join(PROJECT_ROOT, 'test', 'fixtures', 'plans', 'fictional-2026-30.yaml');
