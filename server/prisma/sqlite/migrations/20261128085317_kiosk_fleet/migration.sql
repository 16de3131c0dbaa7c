-- CreateTable
CREATE TABLE "KioskPush" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "deviceId" TEXT,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "KioskHandover" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "codeHash" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "conversationId" TEXT,
    "serviceSlug" TEXT,
    "deviceId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_KioskDevice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "district" TEXT,
    "location" TEXT,
    "tokenHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME,
    "version" TEXT,
    "lastResetAt" DATETIME,
    "uptimeSeconds" INTEGER,
    "heartbeatSeconds" INTEGER,
    "errorsLastBeat" INTEGER NOT NULL DEFAULT 0,
    "errorsTotal" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_KioskDevice" ("active", "createdAt", "district", "id", "lastSeenAt", "location", "name", "tokenHash") SELECT "active", "createdAt", "district", "id", "lastSeenAt", "location", "name", "tokenHash" FROM "KioskDevice";
DROP TABLE "KioskDevice";
ALTER TABLE "new_KioskDevice" RENAME TO "KioskDevice";
CREATE UNIQUE INDEX "KioskDevice_tokenHash_key" ON "KioskDevice"("tokenHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "KioskPush_expiresAt_idx" ON "KioskPush"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "KioskHandover_codeHash_key" ON "KioskHandover"("codeHash");

-- CreateIndex
CREATE INDEX "KioskHandover_expiresAt_idx" ON "KioskHandover"("expiresAt");

