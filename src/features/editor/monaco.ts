// The minimal Monaco build: the core API, the two languages we edit and only the features the course uses.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/codeAction/register';
// Completion: the suggest widget itself (Monaco's features/suggest only brings inline completions).
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/comment/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// Monaco's own worker (diffs, word suggestions); the checker has a worker of its own.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };
export type Monaco = typeof monaco;
