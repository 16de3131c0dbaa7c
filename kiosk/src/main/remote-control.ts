import { kioskHeartbeatAnswerSchema } from '@hub/contract';
import type { KioskEvent, KioskNotice } from '../shared/kiosk-api.ts';
import { deviceConfigSchema, type DeviceConfig } from './device-config.ts';
import type { Logger } from './logger.ts';

export interface RemoteControlOptions {
  config(): DeviceConfig;
  /** Called with a complete, validated configuration when staff changed settings. */
  apply(next: DeviceConfig): void;
  notifyScreens(event: KioskEvent): void;
  logger: Logger;
}

/**
 * Applies what staff pushed, as it arrives in heartbeat answers. Messages go to the screens; a settings change is
 * merged into the current configuration and validated with the same schema as the provisioned file, so a push
 * can never put the kiosk in a state its administrator could not have written. Each item is applied once.
 */
export function createRemoteControl(o: RemoteControlOptions) {
  let applied = 0;
  let notices: KioskNotice[] = [];
  return {
    pushAfter: () => applied,
    /** Notices still in force, for the screens after a reload. */
    notices(now = Date.now()): KioskNotice[] {
      notices = notices.filter((n) => Date.parse(n.expiresAt) > now);
      return notices;
    },
    handleAnswer(body: unknown): void {
      const parsed = kioskHeartbeatAnswerSchema.safeParse(body);
      if (!parsed.success) {
        o.logger.warn('heartbeat answer not understood');
        return;
      }
      for (const item of parsed.data.pushes) {
        if (item.seq <= applied) continue;
        applied = item.seq;
        if (item.kind === 'notice') {
          const notice = { seq: item.seq, text: item.text, expiresAt: item.expiresAt };
          notices = [...notices, notice].slice(-5);
          o.notifyScreens({ type: 'notice', ...notice });
          continue;
        }
        const next = deviceConfigSchema.safeParse({ ...o.config(), ...item.config });
        if (!next.success) {
          const problem = next.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
          o.logger.warn('pushed configuration refused', { seq: item.seq, problem });
          continue;
        }
        o.apply(next.data);
        o.logger.info('pushed configuration applied', {
          seq: item.seq,
          fields: Object.keys(item.config).join(','),
        });
      }
    },
  };
}
export type RemoteControl = ReturnType<typeof createRemoteControl>;
