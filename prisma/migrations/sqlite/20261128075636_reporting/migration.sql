-- CreateTable
CREATE TABLE "IndicatorUnit" (
    "indicatorId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,

    PRIMARY KEY ("indicatorId", "unitId"),
    CONSTRAINT "IndicatorUnit_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IndicatorUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FigureVerification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "figureId" INTEGER NOT NULL,
    "verifiedBy" TEXT NOT NULL,
    "verifiedAt" DATETIME NOT NULL,
    "note" TEXT,
    CONSTRAINT "FigureVerification_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MilestoneConfirmation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updateId" INTEGER NOT NULL,
    "confirmed" BOOLEAN NOT NULL,
    "decidedBy" TEXT NOT NULL,
    "decidedAt" DATETIME NOT NULL,
    "note" TEXT,
    CONSTRAINT "MilestoneConfirmation_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "MilestoneUpdate" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MilestoneUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "milestoneId" INTEGER NOT NULL,
    "zoneId" INTEGER,
    "state" TEXT NOT NULL,
    "note" TEXT,
    "evidenceUrl" TEXT,
    "enteredBy" TEXT NOT NULL,
    "enteredAt" DATETIME NOT NULL,
    "needsConfirmation" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "MilestoneUpdate_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MilestoneUpdate_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_MilestoneUpdate" ("enteredAt", "enteredBy", "evidenceUrl", "id", "milestoneId", "note", "state", "zoneId") SELECT "enteredAt", "enteredBy", "evidenceUrl", "id", "milestoneId", "note", "state", "zoneId" FROM "MilestoneUpdate";
DROP TABLE "MilestoneUpdate";
ALTER TABLE "new_MilestoneUpdate" RENAME TO "MilestoneUpdate";
CREATE INDEX "MilestoneUpdate_milestoneId_zoneId_idx" ON "MilestoneUpdate"("milestoneId", "zoneId");
CREATE INDEX "MilestoneUpdate_zoneId_idx" ON "MilestoneUpdate"("zoneId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "IndicatorUnit_unitId_idx" ON "IndicatorUnit"("unitId");

-- CreateIndex
CREATE INDEX "FigureVerification_figureId_idx" ON "FigureVerification"("figureId");

-- CreateIndex
CREATE UNIQUE INDEX "MilestoneConfirmation_updateId_key" ON "MilestoneConfirmation"("updateId");
