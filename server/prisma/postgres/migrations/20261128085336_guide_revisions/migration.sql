-- CreateTable
CREATE TABLE "GuideRevision" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "GuideRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GuideRevision_slug_status_idx" ON "GuideRevision"("slug", "status");

-- CreateIndex
CREATE INDEX "GuideRevision_status_updatedAt_idx" ON "GuideRevision"("status", "updatedAt");

