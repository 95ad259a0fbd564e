-- AlterTable
ALTER TABLE "Plan" ADD COLUMN "snapshot" TEXT;
