import { z } from 'zod';
import { langSchema, slugSchema } from './common.ts';

/**
 * The lobby kiosks as devices: provisioning (staff), heartbeats and pushed messages/configuration (device, with
 * its own bearer token), and the "continue on your phone" handover of a kiosk chat (citizen).
 */

export const KIOSK_EVENTS = {
  /** Server → device socket (namespace /kiosk): something new is waiting; fetch it with a heartbeat now. */
  pushed: 'kiosk.pushed',
} as const;

/** The socket.io namespace kiosk devices connect to, with `auth: { deviceToken }`. */
export const KIOSK_NAMESPACE = '/kiosk';

const deviceIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, dot, dash and underscore only');

export const kioskProvisionSchema = z
  .object({
    id: deviceIdSchema,
    name: z.string().trim().min(1).max(80),
    district: slugSchema,
    location: z.string().trim().max(120).default(''),
  })
  .strict();
export type KioskProvisionInput = z.input<typeof kioskProvisionSchema>;

/** Body of POST /api/kiosk/heartbeat (the device token is the Authorization: Bearer header). */
export const kioskHeartbeatSchema = z
  .object({
    deviceId: deviceIdSchema,
    version: z.string().trim().min(1).max(40),
    district: slugSchema,
    location: z.string().max(120),
    uptimeSeconds: z
      .number()
      .int()
      .min(0)
      .max(10 * 365 * 86_400),
    lastResetAt: z.iso.datetime().nullable(),
    errorsSinceLastHeartbeat: z.number().int().min(0).max(1_000_000),
    /** The device's heartbeat interval, so the server knows when it is late. */
    heartbeatSeconds: z.number().int().min(10).max(3600).optional(),
    /** The highest push sequence number the device has applied (0 = none yet). */
    pushAfter: z.number().int().min(0).default(0),
  })
  .strict();
export type KioskHeartbeat = z.input<typeof kioskHeartbeatSchema>;

/** What staff may change on a running kiosk; the device re-validates it with its own configuration schema. */
export const kioskConfigPatchSchema = z
  .object({
    lang: langSchema.optional(),
    idleTimeoutSeconds: z.number().int().min(30).max(3600).optional(),
    idleWarningSeconds: z.number().int().min(5).max(120).optional(),
    heartbeatSeconds: z.number().int().min(10).max(3600).optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'change at least one setting');
export type KioskConfigPatch = z.infer<typeof kioskConfigPatchSchema>;

export const kioskNoticeSchema = z
  .object({
    text: z.string().trim().min(1).max(280),
    /** Shown as a calm banner until it expires; 5 minutes to 24 hours. */
    minutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(60),
  })
  .strict();

/** Body of POST /api/kiosk/devices/push: to one device or to all (deviceId omitted). */
export const kioskPushSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('notice'), deviceId: deviceIdSchema.optional(), notice: kioskNoticeSchema })
    .strict(),
  z
    .object({
      kind: z.literal('config'),
      deviceId: deviceIdSchema.optional(),
      config: kioskConfigPatchSchema,
    })
    .strict(),
]);
export type KioskPushInput = z.input<typeof kioskPushSchema>;

/** One pushed item as the device receives it in a heartbeat answer. */
export const kioskPushItemSchema = z.discriminatedUnion('kind', [
  z.object({
    seq: z.number().int().min(1),
    kind: z.literal('notice'),
    text: z.string().min(1).max(280),
    expiresAt: z.iso.datetime(),
  }),
  z.object({
    seq: z.number().int().min(1),
    kind: z.literal('config'),
    config: kioskConfigPatchSchema,
    expiresAt: z.iso.datetime(),
  }),
]);
export type KioskPushItem = z.infer<typeof kioskPushItemSchema>;

export const kioskHeartbeatAnswerSchema = z.object({
  ok: z.literal(true),
  serverTime: z.iso.datetime(),
  pushes: z.array(kioskPushItemSchema).max(50),
});
export type KioskHeartbeatAnswer = z.infer<typeof kioskHeartbeatAnswerSchema>;

export interface KioskDeviceDto {
  id: string;
  name: string;
  district: string | null;
  location: string | null;
  active: boolean;
  createdAt: string;
  lastSeenAt: string | null;
  /** Derived from lastSeenAt and the device's heartbeat interval. */
  online: boolean;
  version: string | null;
  lastResetAt: string | null;
  uptimeSeconds: number | null;
  /** Errors the device logged between its last two heartbeats. */
  errorsLastBeat: number;
  errorsTotal: number;
}

/** Answer of POST /api/kiosk/devices: the token is shown once and stored only as sha256. */
export interface KioskProvisionedDto {
  device: KioskDeviceDto;
  deviceToken: string;
}

/** Citizen (kiosk screens): a short-lived, single-use code for the QR "continue on your phone". */
export const kioskHandoverCreateSchema = z
  .object({
    /** The visitor's anonymous citizen token (in the body: the kiosk screens send no Authorization header). */
    citizenToken: z.string().min(10).max(512),
    conversationId: z.string().min(1).max(64).optional(),
    serviceSlug: slugSchema.optional(),
    lang: langSchema.optional(),
  })
  .strict();
export const kioskHandoverRedeemSchema = z
  .object({ code: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'not a handover code') })
  .strict();

export interface KioskHandoverDto {
  code: string;
  /** The address to put in the QR code (the code is in the fragment, never sent to a server log). */
  url: string;
  expiresAt: string;
}

export interface KioskHandoverRedeemedDto {
  /** A fresh citizen token for the same anonymous citizen (never the kiosk's own token). */
  token: string;
  expiresAt: string;
  conversationId: string | null;
  serviceSlug: string | null;
}

/** POST /api/kiosk/visitor-left (kiosk screens, sent with keepalive as the session is wiped): leave the chat. */
export const kioskVisitorLeftSchema = z
  .object({ citizenToken: z.string().min(10).max(512), conversationId: z.string().min(1).max(64) })
  .strict();
