// The course's Monaco build plus JSON: tokenizer, schema validation, completion and hover from Monaco's JSON
// language service, with its worker. Kept out of src/scripts/editor/monaco.ts so the Dockerfile editor does not
// carry JSON support it never uses.
import { monaco } from '../../editor/monaco.ts';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

const environment = self.MonacoEnvironment!;
const editorWorker = environment.getWorker!.bind(environment);
environment.getWorker = (workerId: string, label: string) => (label === 'json' ? new JsonWorker() : editorWorker(workerId, label));

export { monaco, jsonDefaults };
