-- CreateTable
CREATE TABLE "AssessmentRule" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "rule" TEXT NOT NULL,
    "runLength" INTEGER NOT NULL,
    "indicator" TEXT NOT NULL,
    "over" TEXT NOT NULL,
    "says" TEXT NOT NULL,
    "inferredZh" TEXT,
    "inferredEn" TEXT,

    CONSTRAINT "AssessmentRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentRule_planId_rule_key" ON "AssessmentRule"("planId", "rule");

-- AddForeignKey
ALTER TABLE "AssessmentRule" ADD CONSTRAINT "AssessmentRule_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
