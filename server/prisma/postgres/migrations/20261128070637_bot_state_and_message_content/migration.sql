-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "content" TEXT;

-- CreateTable
CREATE TABLE "BotState" (
    "id" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "eTag" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BotState_pkey" PRIMARY KEY ("id")
);

