-- CreateTable
CREATE TABLE "GuideRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "bgSource" TEXT NOT NULL,
    "enSource" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "authorId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "reviewComment" TEXT,
    "baseRevisionId" TEXT,
    "restoresId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    "reviewedAt" DATETIME,
    "publishedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "GuideRevision_slug_status_idx" ON "GuideRevision"("slug", "status");

-- CreateIndex
CREATE INDEX "GuideRevision_status_updatedAt_idx" ON "GuideRevision"("status", "updatedAt");

