-- AlterTable
ALTER TABLE "MilestoneUpdate" ADD COLUMN     "needsConfirmation" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "IndicatorUnit" (
    "indicatorId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,

    CONSTRAINT "IndicatorUnit_pkey" PRIMARY KEY ("indicatorId","unitId")
);

-- CreateTable
CREATE TABLE "FigureVerification" (
    "id" SERIAL NOT NULL,
    "figureId" INTEGER NOT NULL,
    "verifiedBy" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "FigureVerification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneConfirmation" (
    "id" SERIAL NOT NULL,
    "updateId" INTEGER NOT NULL,
    "confirmed" BOOLEAN NOT NULL,
    "decidedBy" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "MilestoneConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndicatorUnit_unitId_idx" ON "IndicatorUnit"("unitId");

-- CreateIndex
CREATE INDEX "FigureVerification_figureId_idx" ON "FigureVerification"("figureId");

-- CreateIndex
CREATE UNIQUE INDEX "MilestoneConfirmation_updateId_key" ON "MilestoneConfirmation"("updateId");

-- AddForeignKey
ALTER TABLE "IndicatorUnit" ADD CONSTRAINT "IndicatorUnit_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorUnit" ADD CONSTRAINT "IndicatorUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureVerification" ADD CONSTRAINT "FigureVerification_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneConfirmation" ADD CONSTRAINT "MilestoneConfirmation_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "MilestoneUpdate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
