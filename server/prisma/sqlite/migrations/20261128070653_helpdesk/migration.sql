-- CreateTable
CREATE TABLE "HelpdeskCase" (
    "handoffId" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "team" TEXT,
    "targetAgentId" TEXT,
    "transfers" INTEGER NOT NULL DEFAULT 0,
    "firstReplyAt" DATETIME,
    "resolution" TEXT,
    "closedAt" DATETIME,
    "closedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "HelpdeskNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'note',
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "HelpdeskContent" (
    "messageId" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "HelpdeskWalkthrough" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "serviceSlug" TEXT NOT NULL,
    "stepCount" INTEGER NOT NULL,
    "done" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CannedReply" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "lang" TEXT NOT NULL,
    "shortcut" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "traineeId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "transcript" TEXT NOT NULL DEFAULT '[]',
    "score" INTEGER,
    "scoreDetail" TEXT
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

