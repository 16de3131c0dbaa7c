import { PrintMaterials } from './PrintMaterials.tsx';
import type { ComponentChildren } from 'preact';

/**
 * The editor's action bar. `extra` is the slot other features fill (e.g. the campaign kit's "print
 * materials" button): they receive the guide's slug and the language being edited.
 */
export function EditorActions(props: {
  children: ComponentChildren;
  extra?: ComponentChildren;
  label: string;
}) {
  return (
    <div class="ed-actions" role="group" aria-label={props.label}>
      <div class="ed-actions-main">{props.children}</div>
      <div class="ed-actions-extra" data-slot="editor-actions">
        {props.extra}
      </div>
    </div>
  );
}

/** Buttons other features add to the editor for one guide (see EditorActions): the campaign kit's print materials. */
export function ExtraEditorActions(props: { slug: string; lang: 'bg' | 'en' }) {
  return <PrintMaterials slug={props.slug} />;
}
