-- CreateTable
CREATE TABLE "HelpdeskCase" (
    "handoffId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "team" TEXT,
    "targetAgentId" TEXT,
    "transfers" INTEGER NOT NULL DEFAULT 0,
    "firstReplyAt" TIMESTAMP(3),
    "resolution" TEXT,
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HelpdeskCase_pkey" PRIMARY KEY ("handoffId")
);

-- CreateTable
CREATE TABLE "HelpdeskNote" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'note',
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HelpdeskNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HelpdeskContent" (
    "messageId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HelpdeskContent_pkey" PRIMARY KEY ("messageId")
);

-- CreateTable
CREATE TABLE "HelpdeskWalkthrough" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "serviceSlug" TEXT NOT NULL,
    "stepCount" INTEGER NOT NULL,
    "done" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HelpdeskWalkthrough_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CannedReply" (
    "id" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "shortcut" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CannedReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" TEXT NOT NULL,
    "traineeId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "transcript" TEXT NOT NULL DEFAULT '[]',
    "score" INTEGER,
    "scoreDetail" TEXT,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HelpdeskCase_conversationId_idx" ON "HelpdeskCase"("conversationId");

-- CreateIndex
CREATE INDEX "HelpdeskCase_closedAt_idx" ON "HelpdeskCase"("closedAt");

-- CreateIndex
CREATE INDEX "HelpdeskNote_conversationId_idx" ON "HelpdeskNote"("conversationId");

-- CreateIndex
CREATE INDEX "HelpdeskContent_conversationId_idx" ON "HelpdeskContent"("conversationId");

-- CreateIndex
CREATE INDEX "HelpdeskWalkthrough_conversationId_idx" ON "HelpdeskWalkthrough"("conversationId");

-- CreateIndex
CREATE UNIQUE INDEX "CannedReply_lang_shortcut_key" ON "CannedReply"("lang", "shortcut");

-- CreateIndex
CREATE INDEX "TrainingSession_traineeId_startedAt_idx" ON "TrainingSession"("traineeId", "startedAt");

