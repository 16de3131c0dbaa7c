import type { StaffRole } from '@hub/contract';

/**
 * What a role may do. Supervisors can do what agents do; editors only manage content;
 * admins can do everything.
 */
const INCLUDES: Record<StaffRole, readonly StaffRole[]> = {
  agent: ['agent'],
  supervisor: ['supervisor', 'agent'],
  editor: ['editor'],
  admin: ['admin', 'supervisor', 'agent', 'editor'],
};

export function roleAllows(actual: string, required: StaffRole): boolean {
  const granted = INCLUDES[actual as StaffRole] as readonly StaffRole[] | undefined;
  return granted?.includes(required) ?? false;
}
