import { type PlanWindow, periodRange } from '../domain/periods.js';
import type { PlanScope, RevisionFilter } from './figures-repository.js';
import { Prisma } from './generated/sqlite/client.js';

/**
 * A plan's figures as a condition on `"Figure" f`: its periods, its indicators,
 * and its zones', its counties' and the city's own figures. Each membership is
 * a subquery that refers to no row of `f`, so the database reads it once a
 * query; Prisma's relation filters check it row by row (a zone's history page:
 * 5.8 ms that way on 40,000 revisions, 0.3 ms this way). The query is the
 * same size however large the plan.
 */
export function planScopeSql(plan: PlanScope): Prisma.Sql {
  const ofPlan = (table: string, column: string) =>
    Prisma.sql`SELECT m.${Prisma.raw(`"${column}"`)} FROM ${Prisma.raw(`"${table}"`)} m JOIN "Plan" p ON p."id" = m."planId"
      WHERE p."key" = ${plan.key} AND m."retiredAt" IS NULL`;
  return Prisma.sql`${periodSql(plan)}
    AND f."indicatorId" IN (${ofPlan('PlanIndicator', 'indicatorId')})
    AND (f."zoneId" IS NULL OR f."zoneId" IN (${ofPlan('PlanZone', 'zoneId')} UNION ${ofPlan('PlanCounty', 'zoneId')}))`;
}

/** A plan's periods, from its baseline year to the month it ends, as a condition on `"Figure" f`. */
export function periodSql(plan: PlanWindow): Prisma.Sql {
  const { from, to, notYear } = periodRange(plan);
  const butYear = notYear ? Prisma.sql` AND f."period" <> ${notYear}` : Prisma.empty;
  return Prisma.sql`f."period" >= ${from} AND f."period" <= ${to}${butYear}`;
}

/** A zone's (null: the city's own) figures, or everyone's when undefined, as a condition on `"Figure" f`. */
export function zoneSql(zone: RevisionFilter['zone']): Prisma.Sql {
  if (zone === undefined) return Prisma.sql`1 = 1`;
  if (zone === null) return Prisma.sql`f."zoneId" IS NULL`;
  return Prisma.sql`f."zoneId" = (SELECT "id" FROM "Zone" WHERE "slug" = ${zone})`;
}

/** One indicator's figures, by its key, as a condition on `"Figure" f`. */
export const indicatorSql = (key: string): Prisma.Sql =>
  Prisma.sql`f."indicatorId" = (SELECT "id" FROM "Indicator" WHERE "key" = ${key})`;

/** The revisions a filter selects, as a condition on `"Figure" f`. */
export function revisionFilterSql(filter: RevisionFilter): Prisma.Sql {
  const parts = [zoneSql(filter.zone)];
  if (filter.plan) parts.push(planScopeSql(filter.plan));
  if (filter.indicator !== undefined) parts.push(indicatorSql(filter.indicator));
  if (filter.id !== undefined) parts.push(Prisma.sql`f."id" = ${filter.id}`);
  return Prisma.join(parts, ' AND ', '', '');
}
