import {
  kioskHandoverCreateSchema,
  kioskHandoverRedeemSchema,
  kioskHeartbeatSchema,
  kioskVisitorLeftSchema,
  kioskProvisionSchema,
  kioskPushSchema,
  type KioskHandoverDto,
  type KioskHandoverRedeemedDto,
  type KioskHeartbeatAnswer,
  type KioskProvisionedDto,
} from '@hub/contract';
import type { KnowledgeBase } from '@hub/knowledge';
import { Router } from 'express';
import { z } from 'zod';
import type { Cluster } from '../cluster/index.ts';
import type { Db } from '../db/client.ts';
import { forbidden, HttpError, notFound, unauthorized } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import type { Logger } from '../logger.ts';
import { issueCitizenToken, verifyCitizenToken } from '../realtime/citizen-token.ts';
import { requireStaff } from '../staff/middleware.ts';
import { auditKiosk } from './audit.ts';
import { bearerToken, deviceForToken, listDevices, presentDevice, provisionDevice } from './devices.ts';
import { createHandover, redeemHandover } from './handover.ts';
import { recordHeartbeat } from './heartbeat.ts';
import { createPush, pendingPushes } from './pushes.ts';
import { KIOSK_PUSH_TOPIC } from './realtime.ts';
import { snapshotHandler } from './snapshot.ts';
import { VISITOR_LEFT_TOPIC, visitorLeft } from './visitor-left.ts';

export interface KioskRouteDeps {
  db: Db;
  kb: () => KnowledgeBase;
  cluster: Cluster;
  logger: Logger;
  allowedOrigins: readonly string[];
  anonTokenSecret: string;
  publicOrigin: string;
}

/** The phone's own token for the continued chat: a week (the kiosk's copy vanished with its visitor). */
const PHONE_TOKEN_TTL_MS = 7 * 24 * 3_600_000;
const idParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/) });
const handoverGone = () =>
  new HttpError(404, 'not_found', 'this code is unknown, already used or expired; scan the kiosk again');

/**
 * /api/kiosk: devices (heartbeat with their bearer token, the offline snapshot), staff (provisioning, the health
 * list, pushes; supervisors and admins) and citizens ("continue on your phone"). Mount after loadStaffSession.
 */
export function kioskRouter(deps: KioskRouteDeps): Router {
  const { db } = deps;
  const router = Router();
  const supervisor = requireStaff('supervisor', deps.allowedOrigins);
  const actor = (res: { locals: { staff?: { user: { id: string } } } }) => res.locals.staff!.user.id;

  router.post('/heartbeat', async (req, res) => {
    const device = await deviceForToken(db, bearerToken(req.get('authorization')));
    if (!device) throw unauthorized('a valid device token is required');
    const beat = parseInput(kioskHeartbeatSchema, req.body, 'body');
    if (beat.deviceId !== device.id) throw forbidden('the token belongs to another device');
    await recordHeartbeat(db, device.id, beat);
    const answer: KioskHeartbeatAnswer = {
      ok: true,
      serverTime: new Date().toISOString(),
      pushes: await pendingPushes(db, device.id, beat.pushAfter),
    };
    res.json(answer);
  });

  router.get('/snapshot', snapshotHandler(deps.kb));

  router.get('/devices', supervisor, async (_req, res) => {
    const now = new Date();
    res.json({ devices: (await listDevices(db)).map((row) => presentDevice(row, now)) });
  });
  router.post('/devices', supervisor, async (req, res) => {
    const input = parseInput(kioskProvisionSchema, req.body, 'body');
    const { row, token } = await provisionDevice(db, input);
    await auditKiosk(db, { actorId: actor(res), action: 'kiosk.provisioned', targetId: row.id });
    const body: KioskProvisionedDto = { device: presentDevice(row), deviceToken: token };
    res.status(201).setHeader('Cache-Control', 'no-store').json(body);
  });
  router.delete('/devices/:id', supervisor, async (req, res) => {
    const { id } = parseInput(idParams, req.params, 'params');
    const updated = await db.kioskDevice.updateMany({ where: { id }, data: { active: false } });
    if (!updated.count) throw notFound('no such kiosk');
    await auditKiosk(db, { actorId: actor(res), action: 'kiosk.revoked', targetId: id });
    res.status(204).end();
  });
  router.post('/push', supervisor, async (req, res) => {
    const input = parseInput(kioskPushSchema, req.body, 'body');
    if (input.deviceId && !(await db.kioskDevice.findUnique({ where: { id: input.deviceId } })))
      throw notFound('no such kiosk');
    const push = await createPush(db, input, actor(res));
    await auditKiosk(db, {
      actorId: actor(res),
      action: 'kiosk.pushed',
      targetId: input.deviceId ?? '*',
      detail: { kind: input.kind, seq: push.seq },
    });
    await deps.cluster.bus.publish(KIOSK_PUSH_TOPIC, { deviceId: input.deviceId ?? null });
    res.status(201).json({ seq: push.seq, expiresAt: push.expiresAt.toISOString() });
  });

  // "Continue on your phone": the kiosk screens (a citizen token) ask for a code; the phone redeems it once.
  router.post('/handover', async (req, res) => {
    const input = parseInput(kioskHandoverCreateSchema, req.body, 'body');
    const claims = verifyCitizenToken(deps.anonTokenSecret, input.citizenToken);
    if (!claims) throw unauthorized('a valid citizen token is required');
    if (input.conversationId) {
      const conversation = await db.conversation.findUnique({ where: { id: input.conversationId } });
      if (!conversation || conversation.citizenId !== claims.sub) throw notFound('no such conversation');
    }
    const { code, expiresAt } = await createHandover(db, {
      citizenId: claims.sub,
      conversationId: input.conversationId ?? null,
      serviceSlug: input.serviceSlug ?? null,
      deviceId: null,
    });
    const body: KioskHandoverDto = {
      code,
      url: `${deps.publicOrigin}/continue${input.lang === 'en' ? '?lang=en' : ''}#${code}`,
      expiresAt: expiresAt.toISOString(),
    };
    res.status(201).setHeader('Cache-Control', 'no-store').json(body);
  });
  router.post('/handover/redeem', async (req, res) => {
    const { code } = parseInput(kioskHandoverRedeemSchema, req.body, 'body');
    const grant = await redeemHandover(db, code);
    if (!grant) throw handoverGone();
    const { token, claims } = issueCitizenToken(
      deps.anonTokenSecret,
      Date.now(),
      PHONE_TOKEN_TTL_MS,
      grant.citizenId,
    );
    const body: KioskHandoverRedeemedDto = {
      token,
      expiresAt: new Date(claims.exp * 1000).toISOString(),
      conversationId: grant.conversationId,
      serviceSlug: grant.serviceSlug,
    };
    deps.logger.info({ conversationId: grant.conversationId }, 'kiosk chat continued on a phone');
    res.setHeader('Cache-Control', 'no-store').json(body);
  });
  // The kiosk wipes its visitor's session: sent with fetch keepalive, so it survives the screens' reload.
  router.post('/visitor-left', async (req, res) => {
    const input = parseInput(kioskVisitorLeftSchema, req.body, 'body');
    const claims = verifyCitizenToken(deps.anonTokenSecret, input.citizenToken);
    if (!claims) throw unauthorized('a valid citizen token is required');
    const left = await visitorLeft(db, claims.sub, input.conversationId);
    if (left === 'not_found') throw notFound('no such conversation');
    if (left) {
      await deps.cluster.bus.publish(VISITOR_LEFT_TOPIC, left);
      deps.logger.info({ conversationId: left.conversationId, closed: left.closed }, 'kiosk visitor left');
    }
    res.json({ closed: left?.closed ?? false });
  });
  return router;
}
