import type { AgentDto, QueueItemDto } from '@hub/contract';
import { useState } from 'preact/hooks';
import { useNames } from '../../lib/names.ts';
import { useI18n } from '../../lib/i18n.ts';
import { call, type HubSocket } from '../../lib/socket.ts';
import { Dialog } from '../Dialog.tsx';

const DISTRICTS = [
  'sredets',
  'krasno-selo',
  'vazrazhdane',
  'oborishte',
  'serdika',
  'poduyane',
  'slatina',
  'izgrev',
  'lozenets',
  'triaditsa',
  'krasna-polyana',
  'ilinden',
  'nadezhda',
  'iskar',
  'mladost',
  'studentski',
  'vitosha',
  'ovcha-kupel',
  'lyulin',
  'vrabnitsa',
  'novi-iskar',
  'kremikovtsi',
  'pancharevo',
  'bankya',
];

export function TransferDialog(props: {
  socket: HubSocket;
  item: QueueItemDto;
  agents: AgentDto[];
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useI18n();
  const names = useNames();
  const [kind, setKind] = useState<'agent' | 'team'>('agent');
  const [agentId, setAgentId] = useState(
    props.agents.find((a) => a.status === 'available')?.id ?? props.agents[0]?.id ?? '',
  );
  const [team, setTeam] = useState(props.item.district ? `district:${props.item.district}` : 'all');
  const [note, setNote] = useState('');
  const [error, setError] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    try {
      await call(props.socket, 'helpdesk.transfer', {
        conversationId: props.item.conversationId,
        to: kind === 'agent' ? { kind, agentId } : { kind, team },
        note,
      });
      props.onDone();
    } catch {
      setError(true);
    }
  }

  return (
    <Dialog title={t('transfer.title')} onClose={props.onClose}>
      <form class="form" onSubmit={submit}>
        <fieldset class="segmented-field">
          <legend class="visually-hidden">{t('transfer.title')}</legend>
          <label>
            <input
              type="radio"
              name="transfer-kind"
              checked={kind === 'agent'}
              onChange={() => setKind('agent')}
            />{' '}
            {t('transfer.toAgent')}
          </label>
          <label>
            <input
              type="radio"
              name="transfer-kind"
              checked={kind === 'team'}
              onChange={() => setKind('team')}
            />{' '}
            {t('transfer.toTeam')}
          </label>
        </fieldset>
        {kind === 'agent' ? (
          <>
            <label for="transfer-agent">{t('transfer.toAgent')}</label>
            <select id="transfer-agent" value={agentId} onChange={(e) => setAgentId(e.currentTarget.value)}>
              {props.agents.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.displayName} — {t(`presence.${a.status}`)} ({a.load}/{a.limit})
                </option>
              ))}
            </select>
          </>
        ) : (
          <>
            <label for="transfer-team">{t('transfer.toTeam')}</label>
            <select id="transfer-team" value={team} onChange={(e) => setTeam(e.currentTarget.value)}>
              <option value="all">{t('transfer.team.all')}</option>
              {DISTRICTS.map((d) => (
                <option key={d} value={`district:${d}`}>
                  {t('transfer.team.district', { district: names.district(d) })}
                </option>
              ))}
            </select>
          </>
        )}
        <label for="transfer-note">{t('transfer.note')}</label>
        <textarea id="transfer-note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        {error ? (
          <p class="error" role="alert">
            {t('error.generic')}
          </p>
        ) : null}
        <button type="submit" class="btn btn-primary" disabled={kind === 'agent' && !agentId}>
          {t('transfer.submit')}
        </button>
      </form>
    </Dialog>
  );
}
