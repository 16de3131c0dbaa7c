-- CreateTable
CREATE TABLE "ShortLink" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "target" TEXT NOT NULL,
    "campaign" TEXT NOT NULL,
    "placement" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ShortLink_campaign_idx" ON "ShortLink"("campaign");

