import { z } from 'zod';

export const STAFF_ROLES = ['agent', 'supervisor', 'editor', 'admin'] as const;
export const staffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const loginRequestSchema = z
  .object({
    email: z.email().max(254),
    password: z.string().min(1).max(200),
  })
  .strict()
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const staffUserDtoSchema = z
  .object({ id: z.string(), email: z.string(), displayName: z.string(), role: staffRoleSchema })
  .meta({ id: 'StaffUser' });
export type StaffUserDto = z.infer<typeof staffUserDtoSchema>;

/** Answer to login and to GET /api/staff/me. The CSRF token must be sent back in `x-csrf-token`. */
export const staffSessionSchema = z
  .object({ user: staffUserDtoSchema, csrfToken: z.string() })
  .meta({ id: 'StaffSession' });
export type StaffSessionDto = z.infer<typeof staffSessionSchema>;

export const createStaffUserSchema = z
  .object({
    email: z.email().max(254),
    displayName: z.string().trim().min(1).max(120),
    role: staffRoleSchema,
    password: z.string().min(12, 'at least 12 characters').max(200),
  })
  .strict()
  .meta({ id: 'CreateStaffUser' });
export type CreateStaffUser = z.infer<typeof createStaffUserSchema>;

export const citizenTokenSchema = z
  .object({ token: z.string(), expiresAt: z.string() })
  .meta({ id: 'CitizenToken' });

export const auditQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    action: z.string().max(60).optional(),
    /** Entries about one conversation, staff user or handoff: who accessed what. */
    targetId: z.string().max(64).optional(),
  })
  .strict();

export const auditEntryDtoSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});

export const auditListSchema = z.object({ entries: z.array(auditEntryDtoSchema) }).meta({ id: 'AuditList' });
export type AuditList = z.infer<typeof auditListSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().min(12, 'at least 12 characters').max(200),
  })
  .strict()
  .refine((v) => v.currentPassword !== v.newPassword, {
    message: 'must differ from the current password',
    path: ['newPassword'],
  })
  .meta({ id: 'ChangePassword' });
export type ChangePassword = z.infer<typeof changePasswordSchema>;
