-- AlterTable
ALTER TABLE "Zone" ADD COLUMN     "inferredEn" TEXT,
ADD COLUMN     "inferredZh" TEXT;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "inferredEn" TEXT,
ADD COLUMN     "inferredZh" TEXT;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "inferredEn" TEXT,
ADD COLUMN     "inferredZh" TEXT;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "nameEnPlural" BOOLEAN,
ADD COLUMN     "unitEnOne" TEXT;

-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "inferredEn" TEXT,
ADD COLUMN     "inferredZh" TEXT;
