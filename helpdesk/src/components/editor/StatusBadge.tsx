import type { RevisionStatus } from '@hub/contract';
import { useEditorText } from './text.ts';

export function StatusBadge({ status }: { status: RevisionStatus | 'file' }) {
  const { tx } = useEditorText();
  return <span class={`ed-badge ed-badge-${status}`}>{tx(`status.${status}`)}</span>;
}
