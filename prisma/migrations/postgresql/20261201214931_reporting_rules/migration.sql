-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "assessmentInferredEn" TEXT,
ADD COLUMN     "assessmentInferredZh" TEXT,
ADD COLUMN     "assessmentOn" TEXT;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "reportingDueMonthsAfter" INTEGER,
ADD COLUMN     "reportingDueWorkingDay" INTEGER,
ADD COLUMN     "reportingFrequency" TEXT,
ADD COLUMN     "reportingInferredEn" TEXT,
ADD COLUMN     "reportingInferredZh" TEXT;
