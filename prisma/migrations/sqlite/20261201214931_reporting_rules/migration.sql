-- AlterTable
ALTER TABLE "Plan" ADD COLUMN "assessmentInferredEn" TEXT;
ALTER TABLE "Plan" ADD COLUMN "assessmentInferredZh" TEXT;
ALTER TABLE "Plan" ADD COLUMN "assessmentOn" TEXT;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN "reportingDueMonthsAfter" INTEGER;
ALTER TABLE "Indicator" ADD COLUMN "reportingDueWorkingDay" INTEGER;
ALTER TABLE "Indicator" ADD COLUMN "reportingFrequency" TEXT;
ALTER TABLE "Indicator" ADD COLUMN "reportingInferredEn" TEXT;
ALTER TABLE "Indicator" ADD COLUMN "reportingInferredZh" TEXT;
