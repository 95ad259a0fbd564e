-- CreateTable
CREATE TABLE "Change" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "fromId" INTEGER,
    "toId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Receipt" (
    "key" TEXT NOT NULL,
    "outcome" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Receipt_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Receipt_at_idx" ON "Receipt"("at");
