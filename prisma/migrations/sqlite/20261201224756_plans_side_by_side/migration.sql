-- AlterTable
ALTER TABLE "Programme" ADD COLUMN "retiredAt" DATETIME;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN "retiredAt" DATETIME;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN "retiredAt" DATETIME;

-- AlterTable
ALTER TABLE "Target" ADD COLUMN "retiredAt" DATETIME;

-- CreateTable
CREATE TABLE "PlanZone" (
    "planId" INTEGER NOT NULL,
    "zoneId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "county" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "inferredZh" TEXT,
    "inferredEn" TEXT,
    "retiredAt" DATETIME,

    PRIMARY KEY ("planId", "zoneId"),
    CONSTRAINT "PlanZone_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlanZone_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanZoneAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "zoneId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    CONSTRAINT "PlanZoneAlias_planId_zoneId_fkey" FOREIGN KEY ("planId", "zoneId") REFERENCES "PlanZone" ("planId", "zoneId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanUnit" (
    "planId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "inferredZh" TEXT,
    "inferredEn" TEXT,
    "retiredAt" DATETIME,

    PRIMARY KEY ("planId", "unitId"),
    CONSTRAINT "PlanUnit_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlanUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanUnitAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    CONSTRAINT "PlanUnitAlias_planId_unitId_fkey" FOREIGN KEY ("planId", "unitId") REFERENCES "PlanUnit" ("planId", "unitId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanIndicator" (
    "planId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "unitEn" TEXT NOT NULL,
    "lowerIsBetter" BOOLEAN NOT NULL,
    "measure" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameEnPlural" BOOLEAN,
    "unitEnOne" TEXT,
    "reportingFrequency" TEXT,
    "reportingDueMonthsAfter" INTEGER,
    "reportingDueWorkingDay" INTEGER,
    "reportingInferredZh" TEXT,
    "reportingInferredEn" TEXT,
    "retiredAt" DATETIME,

    PRIMARY KEY ("planId", "indicatorId"),
    CONSTRAINT "PlanIndicator_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlanIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlanIndicatorUnit" (
    "planId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,

    PRIMARY KEY ("planId", "indicatorId", "unitId"),
    CONSTRAINT "PlanIndicatorUnit_planId_indicatorId_fkey" FOREIGN KEY ("planId", "indicatorId") REFERENCES "PlanIndicator" ("planId", "indicatorId") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlanIndicatorUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Copy what the one plan said of its zones, units and indicators into that plan's own rows
INSERT INTO "PlanZone" ("planId", "zoneId", "name", "shortName", "nameEn", "level", "county", "position", "inferredZh", "inferredEn")
SELECT p."id", z."id", z."name", z."shortName", z."nameEn", z."level", z."county", z."position", z."inferredZh", z."inferredEn" FROM "Plan" p CROSS JOIN "Zone" z;
INSERT INTO "PlanZoneAlias" ("planId", "zoneId", "alias")
SELECT p."id", a."zoneId", a."alias" FROM "Plan" p CROSS JOIN "ZoneAlias" a ORDER BY p."id", a."id";
INSERT INTO "PlanUnit" ("planId", "unitId", "name", "nameEn", "kind", "position", "inferredZh", "inferredEn")
SELECT p."id", u."id", u."name", u."nameEn", u."kind", u."position", u."inferredZh", u."inferredEn" FROM "Plan" p CROSS JOIN "Unit" u;
INSERT INTO "PlanUnitAlias" ("planId", "unitId", "alias")
SELECT p."id", a."unitId", a."alias" FROM "Plan" p CROSS JOIN "UnitAlias" a ORDER BY p."id", a."id";
INSERT INTO "PlanIndicator" ("planId", "indicatorId", "name", "nameEn", "unit", "unitEn", "lowerIsBetter", "measure", "position", "nameEnPlural", "unitEnOne", "reportingFrequency", "reportingDueMonthsAfter", "reportingDueWorkingDay", "reportingInferredZh", "reportingInferredEn")
SELECT p."id", i."id", i."name", i."nameEn", i."unit", i."unitEn", i."lowerIsBetter", i."measure", i."position", i."nameEnPlural", i."unitEnOne", i."reportingFrequency", i."reportingDueMonthsAfter", i."reportingDueWorkingDay", i."reportingInferredZh", i."reportingInferredEn" FROM "Plan" p CROSS JOIN "Indicator" i;
INSERT INTO "PlanIndicatorUnit" ("planId", "indicatorId", "unitId")
SELECT p."id", o."indicatorId", o."unitId" FROM "Plan" p CROSS JOIN "IndicatorUnit" o;

-- DropIndex
DROP INDEX "ZoneAlias_alias_key";

-- DropIndex
DROP INDEX "UnitAlias_alias_key";

-- DropIndex
DROP INDEX "IndicatorUnit_unitId_idx";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ZoneAlias";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "UnitAlias";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "IndicatorUnit";
PRAGMA foreign_keys=on;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Zone" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL
);
INSERT INTO "new_Zone" ("id", "slug") SELECT "id", "slug" FROM "Zone";
DROP TABLE "Zone";
ALTER TABLE "new_Zone" RENAME TO "Zone";
CREATE UNIQUE INDEX "Zone_slug_key" ON "Zone"("slug");
CREATE TABLE "new_Unit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL
);
INSERT INTO "new_Unit" ("id", "key") SELECT "id", "key" FROM "Unit";
DROP TABLE "Unit";
ALTER TABLE "new_Unit" RENAME TO "Unit";
CREATE UNIQUE INDEX "Unit_key_key" ON "Unit"("key");
CREATE TABLE "new_Indicator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL
);
INSERT INTO "new_Indicator" ("id", "key") SELECT "id", "key" FROM "Indicator";
DROP TABLE "Indicator";
ALTER TABLE "new_Indicator" RENAME TO "Indicator";
CREATE UNIQUE INDEX "Indicator_key_key" ON "Indicator"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PlanZone_zoneId_idx" ON "PlanZone"("zoneId");

-- CreateIndex
CREATE INDEX "PlanZoneAlias_planId_zoneId_idx" ON "PlanZoneAlias"("planId", "zoneId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanZoneAlias_planId_alias_key" ON "PlanZoneAlias"("planId", "alias");

-- CreateIndex
CREATE INDEX "PlanUnit_unitId_idx" ON "PlanUnit"("unitId");

-- CreateIndex
CREATE INDEX "PlanUnitAlias_planId_unitId_idx" ON "PlanUnitAlias"("planId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanUnitAlias_planId_alias_key" ON "PlanUnitAlias"("planId", "alias");

-- CreateIndex
CREATE INDEX "PlanIndicator_indicatorId_idx" ON "PlanIndicator"("indicatorId");

-- CreateIndex
CREATE INDEX "PlanIndicatorUnit_unitId_idx" ON "PlanIndicatorUnit"("unitId");

-- Admin notices are the bot's, not a plan's: one key for them whichever plan's job raised them
UPDATE "Post" SET "planKey" = '*' WHERE "job" = 'notice';
