import type { StaffRole } from '@hub/contract';
import type { RequestHandler } from 'express';
import { forbidden } from '../http/errors.ts';
import { requireStaff } from '../staff/middleware.ts';
import { roleAllows } from '../staff/roles.ts';

/** Signed-in staff holding one of the roles (admins hold all); changes also need the origin and CSRF checks. */
export function requireAnyRole(
  roles: readonly StaffRole[],
  allowedOrigins: readonly string[],
): RequestHandler[] {
  return [
    requireStaff('any', allowedOrigins),
    (_req, res, next) => {
      const role = res.locals.staff?.user.role ?? '';
      if (!roles.some((r) => roleAllows(role, r)))
        throw forbidden(`needs one of the roles ${roles.join(', ')}`);
      next();
    },
  ];
}

/** Who may make print materials and short links. */
export const CAMPAIGN_ROLES: readonly StaffRole[] = ['editor', 'supervisor'];
