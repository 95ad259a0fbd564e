-- AlterTable
ALTER TABLE "Zone" ADD COLUMN "inferredEn" TEXT;
ALTER TABLE "Zone" ADD COLUMN "inferredZh" TEXT;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN "inferredEn" TEXT;
ALTER TABLE "Unit" ADD COLUMN "inferredZh" TEXT;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN "inferredEn" TEXT;
ALTER TABLE "Milestone" ADD COLUMN "inferredZh" TEXT;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN "nameEnPlural" BOOLEAN;
ALTER TABLE "Indicator" ADD COLUMN "unitEnOne" TEXT;

-- AlterTable
ALTER TABLE "Target" ADD COLUMN "inferredEn" TEXT;
ALTER TABLE "Target" ADD COLUMN "inferredZh" TEXT;
