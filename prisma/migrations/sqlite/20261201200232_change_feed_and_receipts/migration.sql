-- CreateTable
CREATE TABLE "Change" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "fromId" INTEGER,
    "toId" INTEGER,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Receipt" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "outcome" TEXT,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Receipt_at_idx" ON "Receipt"("at");
