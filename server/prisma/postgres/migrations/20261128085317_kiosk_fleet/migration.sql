-- AlterTable
ALTER TABLE "KioskDevice" ADD COLUMN     "errorsLastBeat" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "errorsTotal" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "heartbeatSeconds" INTEGER,
ADD COLUMN     "lastResetAt" TIMESTAMP(3),
ADD COLUMN     "uptimeSeconds" INTEGER,
ADD COLUMN     "version" TEXT;

-- CreateTable
CREATE TABLE "KioskPush" (
    "seq" SERIAL NOT NULL,
    "deviceId" TEXT,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KioskPush_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "KioskHandover" (
    "id" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "conversationId" TEXT,
    "serviceSlug" TEXT,
    "deviceId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KioskHandover_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KioskPush_expiresAt_idx" ON "KioskPush"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "KioskHandover_codeHash_key" ON "KioskHandover"("codeHash");

-- CreateIndex
CREATE INDEX "KioskHandover_expiresAt_idx" ON "KioskHandover"("expiresAt");

