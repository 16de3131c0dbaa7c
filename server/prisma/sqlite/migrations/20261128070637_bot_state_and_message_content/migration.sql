-- AlterTable
ALTER TABLE "Message" ADD COLUMN "content" TEXT;

-- CreateTable
CREATE TABLE "BotState" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "data" TEXT NOT NULL,
    "eTag" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

