-- CreateTable
CREATE TABLE "GapTask" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupKey" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "serviceSlug" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "example" TEXT NOT NULL,
    "volume" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "guideChangedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "GapTask_groupKey_idx" ON "GapTask"("groupKey");

-- CreateIndex
CREATE INDEX "GapTask_serviceSlug_status_idx" ON "GapTask"("serviceSlug", "status");

