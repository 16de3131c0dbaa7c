import { useI18n, type MessageKey } from '../lib/i18n.ts';
import { SHORTCUTS } from '../lib/shortcuts.ts';
import { Dialog } from './Dialog.tsx';

const LABEL: Record<string, MessageKey> = {
  claimOldest: 'shortcuts.claim',
  move: 'shortcuts.next',
  focusComposer: 'composer.label',
  send: 'shortcuts.send',
  note: 'shortcuts.note',
  focusSearch: 'shortcuts.search',
  transfer: 'shortcuts.transfer',
  close: 'shortcuts.close',
  help: 'shortcuts.help',
};

export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose}>
      <ShortcutList />
    </Dialog>
  );
}

export function ShortcutList() {
  const { t } = useI18n();
  return (
    <dl class="shortcuts">
      {SHORTCUTS.map((s) => (
        <div key={s.keys}>
          <dt>
            <kbd>{s.keys}</kbd>
          </dt>
          <dd>{t(LABEL[s.action]!)}</dd>
        </div>
      ))}
    </dl>
  );
}
