import { COMMANDS } from '../commands/index.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { readPlanFile } from './plan/read.js';
import { CommandRunner, type Services } from './services/command-runner.js';
import { FactsService } from './services/facts-service.js';
import { FiguresService } from './services/figures-service.js';
import { LedgerService } from './services/ledger-service.js';
import { PeopleService } from './services/people-service.js';
import { PlanService } from './services/plan-service.js';
import { ProgressService } from './services/progress-service.js';
import { RolesService } from './services/roles-service.js';
import { type Database, openDatabase } from './store/database.js';
import { migrate } from './store/migrate.js';
import { loadPlan } from './store/plan-loader.js';

export interface Runtime {
  database: Database;
  services: Services;
  runner: CommandRunner;
  /** Applies pending migrations and loads the plan file if it changed. */
  prepare(): Promise<void>;
  close(): Promise<void>;
}

/** Wires the database, the services and the command runner; nothing runs until `prepare`. */
export function createRuntime(config: Config, logger: Logger, clock?: () => Date): Runtime {
  const database = openDatabase(config.databaseUrl);
  const source = readPlanFile(config.planFile);
  const plan = new PlanService(database.db, source.data.plan.key);
  const facts = new FactsService(database.db);
  const roles = new RolesService(database.db, config.admins, clock);
  const reporting = { db: database.db, plan, facts, roles, clock: clock ?? (() => new Date()) };
  const services: Services = {
    plan,
    facts,
    people: new PeopleService(database.db),
    roles,
    figures: new FiguresService(reporting),
    progress: new ProgressService(reporting),
    ledger: new LedgerService(reporting),
  };
  return {
    database,
    services,
    runner: new CommandRunner(services, COMMANDS, { thresholds: config.thresholds, clock }),
    async prepare() {
      const applied = await migrate(database);
      if (applied.length) logger.info({ applied }, 'applied database migrations');
      const result = await loadPlan(database, source);
      if (result === 'loaded') services.plan.invalidate();
      logger.info({ plan: source.data.plan.key, result }, 'plan ready');
    },
    close: () => database.close(),
  };
}
