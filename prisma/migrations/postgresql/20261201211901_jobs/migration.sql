-- CreateTable
CREATE TABLE "ChannelSetting" (
    "id" SERIAL NOT NULL,
    "purpose" TEXT NOT NULL,
    "zoneId" INTEGER,
    "channelId" TEXT NOT NULL,
    "setBy" TEXT NOT NULL,
    "setAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelSetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "setBy" TEXT NOT NULL,
    "setAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "planKey" TEXT NOT NULL,
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "file" BYTEA,
    "contentHash" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "ts" TEXT,
    "claimedAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelPace" (
    "channelId" TEXT NOT NULL,
    "nextAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelPace_pkey" PRIMARY KEY ("channelId")
);

-- CreateTable
CREATE TABLE "MilestoneNote" (
    "id" SERIAL NOT NULL,
    "milestoneId" INTEGER NOT NULL,
    "zoneId" INTEGER,
    "text" TEXT NOT NULL,
    "enteredBy" TEXT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL,
    "channelId" TEXT NOT NULL,
    "messageTs" TEXT NOT NULL,

    CONSTRAINT "MilestoneNote_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "ChannelSetting" ADD CONSTRAINT "ChannelSetting_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneNote" ADD CONSTRAINT "MilestoneNote_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneNote" ADD CONSTRAINT "MilestoneNote_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
