-- CreateTable
CREATE TABLE "ShortLink" (
    "code" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "campaign" TEXT NOT NULL,
    "placement" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShortLink_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "ShortLink_campaign_idx" ON "ShortLink"("campaign");

