-- CreateTable
CREATE TABLE "EauthPendingRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "purpose" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "returnPath" TEXT NOT NULL,
    "conversationId" TEXT,
    "lang" TEXT NOT NULL,
    "linkCodeHash" TEXT,
    "usedAt" DATETIME,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "EauthSeenAssertion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "IdentityRequest" (
    "conversationId" TEXT NOT NULL PRIMARY KEY,
    "level" TEXT NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "requestedById" TEXT,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ConversationIdentity" (
    "conversationId" TEXT NOT NULL PRIMARY KEY,
    "pseudonym" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "name" TEXT,
    "consentGiven" BOOLEAN NOT NULL DEFAULT false,
    "consentAt" DATETIME,
    "verifiedAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "StaffEauthLink" (
    "staffUserId" TEXT NOT NULL PRIMARY KEY,
    "pseudonym" TEXT,
    "codeHash" TEXT,
    "codeExpiresAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "linkedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "EauthPendingRequest_expiresAt_idx" ON "EauthPendingRequest"("expiresAt");

-- CreateIndex
CREATE INDEX "EauthSeenAssertion_expiresAt_idx" ON "EauthSeenAssertion"("expiresAt");

-- CreateIndex
CREATE INDEX "ConversationIdentity_pseudonym_idx" ON "ConversationIdentity"("pseudonym");

-- CreateIndex
CREATE INDEX "ConversationIdentity_verifiedAt_idx" ON "ConversationIdentity"("verifiedAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffEauthLink_pseudonym_key" ON "StaffEauthLink"("pseudonym");

-- CreateIndex
CREATE UNIQUE INDEX "StaffEauthLink_codeHash_key" ON "StaffEauthLink"("codeHash");

