import type { CitizenIdentityView, IdentityReason, LevelOfAssurance, StaffIdentityView } from '@hub/contract';
import type { SharedCounterStore } from '../../cluster/index.ts';
import type { Db } from '../../db/client.ts';
import type { VerifiedIdentity } from '../identity.ts';
import { isLevelOfAssurance } from '../levels.ts';

/**
 * A conversation's verified identity (ConversationIdentity) and open request (IdentityRequest).
 * The name eAuth sent waits in the shared cluster store (not the database) until the citizen decides;
 * it is written to the database only with consent, and forgotten otherwise.
 */
export interface Identities {
  request(input: {
    conversationId: string;
    level: LevelOfAssurance;
    reason: IdentityReason;
    by: 'assistant' | 'agent';
    staffUserId?: string;
  }): Promise<void>;
  /** After an accepted eAuth login for the conversation. */
  verified(conversationId: string, identity: VerifiedIdentity): Promise<void>;
  consent(conversationId: string, share: boolean): Promise<void>;
  citizenView(conversationId: string): Promise<CitizenIdentityView>;
  staffView(conversationId: string): Promise<StaffIdentityView>;
  /** The case is closed: staff no longer need the name (the verified level and consent stay). */
  forgetName(conversationId: string): Promise<void>;
  /** True when a verified identity is attached (shared or not): opening it is audited. */
  isIdentified(conversationId: string): Promise<{ level: string; shared: boolean } | null>;
}

/** How long the name waits for the citizen's answer to the consent question. */
export const PENDING_NAME_TTL_MS = 30 * 60_000;
const nameKey = (conversationId: string) => `eauth:pending-name:${conversationId}`;

const level = (value: string | null | undefined): LevelOfAssurance | null =>
  isLevelOfAssurance(value) ? value : null;
const REASONS: readonly IdentityReason[] = ['personal_tax', 'kindergarten', 'personal_case', 'agent'];
const reason = (value: string): IdentityReason =>
  (REASONS as readonly string[]).includes(value) ? (value as IdentityReason) : 'personal_case';

export function createIdentities(db: Db, shared: SharedCounterStore): Identities {
  return {
    async request(input) {
      const data = {
        level: input.level,
        reason: input.reason,
        requestedBy: input.by,
        requestedById: input.staffUserId ?? null,
      };
      await db.identityRequest.upsert({
        where: { conversationId: input.conversationId },
        create: { conversationId: input.conversationId, ...data },
        update: { ...data, createdAt: new Date() },
      });
    },

    async verified(conversationId, identity) {
      const now = new Date();
      const data = {
        pseudonym: identity.pseudonym,
        kind: identity.kind,
        level: identity.levelOfAssurance,
        // A new login asks again: the previous consent (and name) do not carry over.
        name: null,
        consentGiven: false,
        consentAt: null,
        verifiedAt: now,
      };
      await db.$transaction([
        db.conversationIdentity.upsert({
          where: { conversationId },
          create: { conversationId, ...data },
          update: data,
        }),
        db.identityRequest.deleteMany({ where: { conversationId } }),
      ]);
      if (identity.name) await shared.set(nameKey(conversationId), identity.name, PENDING_NAME_TTL_MS);
      else await shared.delete(nameKey(conversationId));
    },

    async consent(conversationId, share) {
      const name = share ? ((await shared.get(nameKey(conversationId))) ?? null) : null;
      await db.conversationIdentity.update({
        where: { conversationId },
        data: { consentGiven: share, consentAt: new Date(), name },
      });
      await shared.delete(nameKey(conversationId));
    },

    async citizenView(conversationId) {
      const [row, request] = await Promise.all([
        db.conversationIdentity.findUnique({ where: { conversationId } }),
        db.identityRequest.findUnique({ where: { conversationId } }),
      ]);
      const open = request
        ? {
            level: level(request.level) ?? 'SUBSTANTIAL',
            reason: reason(request.reason),
            by: request.requestedBy === 'agent' ? ('agent' as const) : ('assistant' as const),
          }
        : null;
      if (!row)
        return { conversationId, state: open ? 'requested' : 'none', request: open, level: null, name: null };
      const answered = row.consentAt !== null;
      const name = answered ? row.name : ((await shared.get(nameKey(conversationId))) ?? null);
      return {
        conversationId,
        // An open request above an existing identity asks for a (stronger) login again.
        state: open ? 'requested' : !answered ? 'consent' : row.consentGiven ? 'shared' : 'not_shared',
        request: open,
        level: level(row.level),
        name,
      };
    },

    async staffView(conversationId) {
      const [row, request] = await Promise.all([
        db.conversationIdentity.findUnique({ where: { conversationId } }),
        db.identityRequest.findUnique({ where: { conversationId } }),
      ]);
      const shared = Boolean(row?.consentGiven);
      return {
        conversationId,
        verified: shared,
        level: shared ? level(row?.level) : null,
        name: shared ? (row?.name ?? null) : null,
        kind: shared && row ? (row.kind === 'entity' ? 'entity' : 'person') : null,
        requested: request ? level(request.level) : null,
      };
    },

    async forgetName(conversationId) {
      await db.conversationIdentity.updateMany({ where: { conversationId }, data: { name: null } });
      await shared.delete(nameKey(conversationId));
    },

    async isIdentified(conversationId) {
      const row = await db.conversationIdentity.findUnique({
        where: { conversationId },
        select: { level: true, consentGiven: true },
      });
      return row ? { level: row.level, shared: row.consentGiven } : null;
    },
  };
}
