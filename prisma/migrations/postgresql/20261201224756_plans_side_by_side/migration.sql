-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "retiredAt" TIMESTAMP(3);

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
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "PlanZone_pkey" PRIMARY KEY ("planId","zoneId")
);

-- CreateTable
CREATE TABLE "PlanZoneAlias" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "zoneId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,

    CONSTRAINT "PlanZoneAlias_pkey" PRIMARY KEY ("id")
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
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "PlanUnit_pkey" PRIMARY KEY ("planId","unitId")
);

-- CreateTable
CREATE TABLE "PlanUnitAlias" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,

    CONSTRAINT "PlanUnitAlias_pkey" PRIMARY KEY ("id")
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
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "PlanIndicator_pkey" PRIMARY KEY ("planId","indicatorId")
);

-- CreateTable
CREATE TABLE "PlanIndicatorUnit" (
    "planId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,

    CONSTRAINT "PlanIndicatorUnit_pkey" PRIMARY KEY ("planId","indicatorId","unitId")
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

-- DropForeignKey
ALTER TABLE "ZoneAlias" DROP CONSTRAINT "ZoneAlias_zoneId_fkey";

-- DropForeignKey
ALTER TABLE "UnitAlias" DROP CONSTRAINT "UnitAlias_unitId_fkey";

-- DropForeignKey
ALTER TABLE "IndicatorUnit" DROP CONSTRAINT "IndicatorUnit_indicatorId_fkey";

-- DropForeignKey
ALTER TABLE "IndicatorUnit" DROP CONSTRAINT "IndicatorUnit_unitId_fkey";

-- DropIndex
DROP INDEX "Zone_name_key";

-- DropIndex
DROP INDEX "Unit_name_key";

-- AlterTable
ALTER TABLE "Zone" DROP COLUMN "county",
DROP COLUMN "inferredEn",
DROP COLUMN "inferredZh",
DROP COLUMN "level",
DROP COLUMN "name",
DROP COLUMN "nameEn",
DROP COLUMN "position",
DROP COLUMN "shortName";

-- AlterTable
ALTER TABLE "Unit" DROP COLUMN "inferredEn",
DROP COLUMN "inferredZh",
DROP COLUMN "kind",
DROP COLUMN "name",
DROP COLUMN "nameEn",
DROP COLUMN "position";

-- AlterTable
ALTER TABLE "Indicator" DROP COLUMN "lowerIsBetter",
DROP COLUMN "measure",
DROP COLUMN "name",
DROP COLUMN "nameEn",
DROP COLUMN "nameEnPlural",
DROP COLUMN "position",
DROP COLUMN "reportingDueMonthsAfter",
DROP COLUMN "reportingDueWorkingDay",
DROP COLUMN "reportingFrequency",
DROP COLUMN "reportingInferredEn",
DROP COLUMN "reportingInferredZh",
DROP COLUMN "unit",
DROP COLUMN "unitEn",
DROP COLUMN "unitEnOne";

-- DropTable
DROP TABLE "ZoneAlias";

-- DropTable
DROP TABLE "UnitAlias";

-- DropTable
DROP TABLE "IndicatorUnit";

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

-- AddForeignKey
ALTER TABLE "PlanZone" ADD CONSTRAINT "PlanZone_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanZone" ADD CONSTRAINT "PlanZone_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanZoneAlias" ADD CONSTRAINT "PlanZoneAlias_planId_zoneId_fkey" FOREIGN KEY ("planId", "zoneId") REFERENCES "PlanZone"("planId", "zoneId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanUnit" ADD CONSTRAINT "PlanUnit_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanUnit" ADD CONSTRAINT "PlanUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanUnitAlias" ADD CONSTRAINT "PlanUnitAlias_planId_unitId_fkey" FOREIGN KEY ("planId", "unitId") REFERENCES "PlanUnit"("planId", "unitId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanIndicator" ADD CONSTRAINT "PlanIndicator_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanIndicator" ADD CONSTRAINT "PlanIndicator_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanIndicatorUnit" ADD CONSTRAINT "PlanIndicatorUnit_planId_indicatorId_fkey" FOREIGN KEY ("planId", "indicatorId") REFERENCES "PlanIndicator"("planId", "indicatorId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanIndicatorUnit" ADD CONSTRAINT "PlanIndicatorUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Admin notices are the bot's, not a plan's: one key for them whichever plan's job raised them
UPDATE "Post" SET "planKey" = '*' WHERE "job" = 'notice';
