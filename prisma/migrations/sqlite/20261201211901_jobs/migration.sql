-- CreateTable
CREATE TABLE "ChannelSetting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "purpose" TEXT NOT NULL,
    "zoneId" INTEGER,
    "channelId" TEXT NOT NULL,
    "setBy" TEXT NOT NULL,
    "setAt" DATETIME NOT NULL,
    CONSTRAINT "ChannelSetting_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "setBy" TEXT NOT NULL,
    "setAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planKey" TEXT NOT NULL,
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "file" BLOB,
    "contentHash" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "leaseUntil" DATETIME,
    "ts" TEXT,
    "claimedAt" DATETIME NOT NULL,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "ChannelPace" (
    "channelId" TEXT NOT NULL PRIMARY KEY,
    "nextAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "MilestoneNote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "milestoneId" INTEGER NOT NULL,
    "zoneId" INTEGER,
    "text" TEXT NOT NULL,
    "enteredBy" TEXT NOT NULL,
    "enteredAt" DATETIME NOT NULL,
    "channelId" TEXT NOT NULL,
    "messageTs" TEXT NOT NULL,
    CONSTRAINT "MilestoneNote_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MilestoneNote_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ChannelSetting_purpose_zoneId_idx" ON "ChannelSetting"("purpose", "zoneId");

-- CreateIndex
CREATE INDEX "Post_state_idx" ON "Post"("state");

-- CreateIndex
CREATE INDEX "Post_channelId_ts_idx" ON "Post"("channelId", "ts");

-- CreateIndex
CREATE UNIQUE INDEX "Post_planKey_job_period_target_key" ON "Post"("planKey", "job", "period", "target");

-- CreateIndex
CREATE INDEX "MilestoneNote_milestoneId_zoneId_idx" ON "MilestoneNote"("milestoneId", "zoneId");

-- CreateIndex
CREATE UNIQUE INDEX "MilestoneNote_channelId_messageTs_milestoneId_key" ON "MilestoneNote"("channelId", "messageTs", "milestoneId");
