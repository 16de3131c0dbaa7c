import type { CookieOptions } from 'express';

export interface SessionCookie {
  name: string;
  options: CookieOptions;
}

/** `__Host-` pins the cookie to our origin over HTTPS; plain HTTP (local use) cannot carry that prefix. */
export function sessionCookie(secure: boolean, ttlHours: number): SessionCookie {
  return {
    name: secure ? '__Host-hub_session' : 'hub_session',
    options: {
      httpOnly: true,
      secure,
      sameSite: 'lax',
      path: '/',
      signed: true,
      maxAge: ttlHours * 3_600_000,
    },
  };
}
