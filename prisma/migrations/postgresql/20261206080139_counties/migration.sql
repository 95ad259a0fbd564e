-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "cityLevel" TEXT;

-- CreateTable
CREATE TABLE "PlanCounty" (
    "planId" INTEGER NOT NULL,
    "zoneId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "inferredZh" TEXT,
    "inferredEn" TEXT,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "PlanCounty_pkey" PRIMARY KEY ("planId","zoneId")
);

-- CreateTable
CREATE TABLE "PlanCountyAlias" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "zoneId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,

    CONSTRAINT "PlanCountyAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanCounty_zoneId_idx" ON "PlanCounty"("zoneId");

-- CreateIndex
CREATE INDEX "PlanCountyAlias_planId_zoneId_idx" ON "PlanCountyAlias"("planId", "zoneId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanCountyAlias_planId_alias_key" ON "PlanCountyAlias"("planId", "alias");

-- AddForeignKey
ALTER TABLE "PlanCounty" ADD CONSTRAINT "PlanCounty_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanCounty" ADD CONSTRAINT "PlanCounty_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanCountyAlias" ADD CONSTRAINT "PlanCountyAlias_planId_zoneId_fkey" FOREIGN KEY ("planId", "zoneId") REFERENCES "PlanCounty"("planId", "zoneId") ON DELETE CASCADE ON UPDATE CASCADE;
