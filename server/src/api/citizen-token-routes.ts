import { Router } from 'express';
import { issueCitizenToken } from '../realtime/citizen-token.ts';

/** Hands a browser, kiosk or messenger adapter an anonymous, signed citizen token for socket.io. */
export function citizenTokenRouter(secret: string): Router {
  const router = Router();
  router.post('/citizen-token', (_req, res) => {
    const { token, claims } = issueCitizenToken(secret);
    res.status(201).json({ token, expiresAt: new Date(claims.exp * 1000).toISOString() });
  });
  return router;
}
