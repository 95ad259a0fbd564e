-- CreateTable
CREATE TABLE "AssessmentRule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "rule" TEXT NOT NULL,
    "runLength" INTEGER NOT NULL,
    "indicator" TEXT NOT NULL,
    "over" TEXT NOT NULL,
    "says" TEXT NOT NULL,
    "inferredZh" TEXT,
    "inferredEn" TEXT,
    CONSTRAINT "AssessmentRule_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentRule_planId_rule_key" ON "AssessmentRule"("planId", "rule");
