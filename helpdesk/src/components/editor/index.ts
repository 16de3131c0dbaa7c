// The guide editor in the help-desk console (issue #8 item 3). Other features link to a guide with
// editorHref(slug) (`#/editor/<slug>`) and add buttons through EditorActions' slot (ExtraEditorActions).
export { EditorWorkspace, canUseEditor } from './EditorWorkspace.tsx';
export { editorHref, goToEditor, parseEditorRoute, useEditorRoute, type EditorRoute } from './route.ts';
