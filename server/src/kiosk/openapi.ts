import {
  kioskHandoverCreateSchema,
  kioskHandoverRedeemSchema,
  kioskHeartbeatAnswerSchema,
  kioskHeartbeatSchema,
  kioskProvisionSchema,
  kioskPushSchema,
  kioskVisitorLeftSchema,
  type KioskDeviceDto,
  type KioskHandoverDto,
  type KioskHandoverRedeemedDto,
  type KioskProvisionedDto,
} from '@hub/contract';
import { z } from 'zod';
import type { Operation } from '../api/openapi.ts';

// Answer shapes for the document, checked against the contract's DTO types at compile time.
const iso = z.iso.datetime();
const deviceSchema: z.ZodType<KioskDeviceDto> = z.object({
  id: z.string(),
  name: z.string(),
  district: z.string().nullable(),
  location: z.string().nullable(),
  active: z.boolean(),
  createdAt: iso,
  lastSeenAt: iso.nullable(),
  online: z.boolean(),
  version: z.string().nullable(),
  lastResetAt: iso.nullable(),
  uptimeSeconds: z.number().int().nullable(),
  errorsLastBeat: z.number().int(),
  errorsTotal: z.number().int(),
});
const provisionedSchema: z.ZodType<KioskProvisionedDto> = z.object({
  device: deviceSchema,
  deviceToken: z.string(),
});
const handoverSchema: z.ZodType<KioskHandoverDto> = z.object({
  code: z.string(),
  url: z.string(),
  expiresAt: iso,
});
const redeemedSchema: z.ZodType<KioskHandoverRedeemedDto> = z.object({
  token: z.string(),
  expiresAt: iso,
  conversationId: z.string().nullable(),
  serviceSlug: z.string().nullable(),
});

/** /api/kiosk in the OpenAPI document (server/src/api/openapi.ts); routes in ./routes.ts. */
export const KIOSK_OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/api/kiosk/heartbeat',
    summary: 'Device: report health and fetch pending pushes (Authorization: Bearer <device token>)',
    body: kioskHeartbeatSchema,
    status: 200,
    response: kioskHeartbeatAnswerSchema,
    device: true,
  },
  {
    method: 'get',
    path: '/api/kiosk/snapshot',
    summary: 'The knowledge snapshot kiosks browse offline (ETag; 304 when unchanged)',
    status: 200,
  },
  {
    method: 'get',
    path: '/api/kiosk/devices',
    summary: 'Kiosks with their health (supervisor, admin)',
    status: 200,
    response: z.object({ devices: z.array(deviceSchema) }),
    staff: true,
  },
  {
    method: 'post',
    path: '/api/kiosk/devices',
    summary: 'Provision a kiosk; its device token is shown once (supervisor, admin)',
    body: kioskProvisionSchema,
    status: 201,
    response: provisionedSchema,
    staff: true,
  },
  {
    method: 'delete',
    path: '/api/kiosk/devices/{id}',
    summary: 'Revoke a kiosk’s token (supervisor, admin)',
    pathParams: ['id'],
    status: 204,
    staff: true,
  },
  {
    method: 'post',
    path: '/api/kiosk/push',
    summary: 'Push a notice or settings to one kiosk or to all (supervisor, admin)',
    body: kioskPushSchema,
    status: 201,
    response: z.object({ seq: z.number().int(), expiresAt: iso }),
    staff: true,
  },
  {
    method: 'post',
    path: '/api/kiosk/handover',
    summary: 'Kiosk screens: a single-use code for "continue on your phone" (citizen token in the body)',
    body: kioskHandoverCreateSchema,
    status: 201,
    response: handoverSchema,
  },
  {
    method: 'post',
    path: '/api/kiosk/handover/redeem',
    summary: 'Phone: redeem a handover code for a fresh citizen token (once, before it expires)',
    body: kioskHandoverRedeemSchema,
    status: 200,
    response: redeemedSchema,
  },
  {
    method: 'post',
    path: '/api/kiosk/visitor-left',
    summary: 'Kiosk screens: the visitor’s session was wiped; leave their chat (citizen token in the body)',
    body: kioskVisitorLeftSchema,
    status: 200,
    response: z.object({ closed: z.boolean() }),
  },
];
