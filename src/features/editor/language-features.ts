import type { Finding, Lang } from '../../checker/index.ts';
import type { Translate } from '../../ui/strings.ts';
import type { Monaco } from './monaco.ts';
import type { editor, languages } from 'monaco-editor/editor';
import reference from '../../../content/dockerfile-instructions.json' with { type: 'json' };

/** The newest findings of each editor model, for quick fixes. */
export const findingsByModel = new WeakMap<editor.ITextModel, Finding[]>();

const instructionNames = Object.keys(reference.instructions);
const instructionDocs = reference.instructions as Record<string, Record<Lang, string>>;
const flagsByInstruction = reference.flags as Record<string, string[]>;

let registered = false;

/** Hover docs, completion and quick fixes for Dockerfiles; registered once per page. */
export function registerDockerfileFeatures(monaco: Monaco, lang: Lang, t: Translate): void {
  if (registered) return;
  registered = true;

  monaco.languages.registerHoverProvider('dockerfile', {
    provideHover(model, position) {
      const line = model.getLineContent(position.lineNumber);
      const match = /^(\s*)([A-Za-z]+)\b/.exec(line);
      if (!match) return null;
      const start = match[1].length + 1;
      const end = start + match[2].length;
      if (position.column < start || position.column > end) return null;
      const keyword = match[2].toUpperCase();
      const doc = instructionDocs[keyword];
      if (!doc) return null;
      return {
        range: new monaco.Range(position.lineNumber, start, position.lineNumber, end),
        contents: [{ value: `**${keyword}** — ${doc[lang]}` }, { value: `[${t('editor.reference', { keyword })}](${reference.docsBase}#${keyword.toLowerCase()})` }],
      };
    },
  });

  monaco.languages.registerCompletionItemProvider('dockerfile', {
    triggerCharacters: ['-', '='],
    provideCompletionItems(model, position) {
      const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const word = model.getWordUntilPosition(position);
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      if (/^\s*[A-Za-z]*$/.test(before)) {
        return {
          suggestions: instructionNames.map((name) => ({
            label: name,
            kind: monaco.languages.CompletionItemKind.Keyword,
            insertText: `${name} `,
            documentation: { value: instructionDocs[name][lang] },
            range,
          })),
        };
      }
      const keyword = /^\s*([A-Za-z]+)\s/.exec(before)?.[1].toUpperCase();
      const suggestions: languages.CompletionItem[] = [];
      const flagStart = /(--[\w-]*=?[\w=,-]*)$/.exec(before);
      if (keyword && flagsByInstruction[keyword] && (flagStart || /\s$/.test(before))) {
        const replace = flagStart
          ? new monaco.Range(position.lineNumber, position.column - flagStart[1].length, position.lineNumber, position.column)
          : range;
        for (const flag of flagsByInstruction[keyword]) {
          suggestions.push({ label: flag, kind: monaco.languages.CompletionItemKind.Property, insertText: flag, range: replace });
        }
      }
      if (keyword === 'COPY' && /--from=[\w.-]*$/.test(before)) {
        const stages = [...model.getValue().matchAll(/^\s*FROM\s+\S+\s+AS\s+([\w.-]+)/gim)].map((m) => m[1]);
        for (const stage of new Set(stages)) {
          suggestions.push({ label: stage, kind: monaco.languages.CompletionItemKind.Reference, insertText: stage, range });
        }
      }
      return { suggestions };
    },
  });

  monaco.languages.registerCodeActionProvider('dockerfile', {
    provideCodeActions(model, _range, context) {
      const findings = findingsByModel.get(model) ?? [];
      const actions: languages.CodeAction[] = [];
      for (const marker of context.markers) {
        const rule = typeof marker.code === 'object' ? marker.code.value : marker.code;
        const finding = findings.find(
          (f) => f.rule === rule && f.line === marker.startLineNumber && f.column === marker.startColumn && f.fix?.length,
        );
        if (!finding?.fix) continue;
        actions.push({
          title: t('editor.quickFix', { message: finding.message }),
          kind: 'quickfix',
          diagnostics: [marker],
          isPreferred: true,
          edit: {
            edits: finding.fix.map((edit) => ({
              resource: model.uri,
              versionId: model.getVersionId(),
              textEdit: { range: new monaco.Range(edit.line, edit.column, edit.endLine, edit.endColumn), text: edit.text },
            })),
          },
        });
      }
      return { actions, dispose() {} };
    },
  });
}
