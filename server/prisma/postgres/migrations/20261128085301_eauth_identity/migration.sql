-- CreateTable
CREATE TABLE "EauthPendingRequest" (
    "id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "returnPath" TEXT NOT NULL,
    "conversationId" TEXT,
    "lang" TEXT NOT NULL,
    "linkCodeHash" TEXT,
    "usedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EauthPendingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EauthSeenAssertion" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EauthSeenAssertion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdentityRequest" (
    "conversationId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "requestedById" TEXT,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdentityRequest_pkey" PRIMARY KEY ("conversationId")
);

-- CreateTable
CREATE TABLE "ConversationIdentity" (
    "conversationId" TEXT NOT NULL,
    "pseudonym" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "name" TEXT,
    "consentGiven" BOOLEAN NOT NULL DEFAULT false,
    "consentAt" TIMESTAMP(3),
    "verifiedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationIdentity_pkey" PRIMARY KEY ("conversationId")
);

-- CreateTable
CREATE TABLE "StaffEauthLink" (
    "staffUserId" TEXT NOT NULL,
    "pseudonym" TEXT,
    "codeHash" TEXT,
    "codeExpiresAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "linkedAt" TIMESTAMP(3),

    CONSTRAINT "StaffEauthLink_pkey" PRIMARY KEY ("staffUserId")
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

