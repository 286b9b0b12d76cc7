import type { Finding } from '../../checker/index.ts';
import type { Monaco } from './monaco.ts';
import type { editor } from 'monaco-editor/editor';

/** Checker findings → Monaco markers; the marker's code links to the rule's page (shown in the hover). */
export function findingsToMarkers(monaco: Monaco, findings: Finding[], origin: string): editor.IMarkerData[] {
  const severity = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
    style: monaco.MarkerSeverity.Info,
  } as const;
  return findings.map((finding) => ({
    severity: severity[finding.severity],
    message: finding.message,
    source: finding.aliases.length ? finding.aliases.join(', ') : undefined,
    code: { value: finding.rule, target: monaco.Uri.parse(origin + finding.docsUrl) },
    startLineNumber: finding.line,
    startColumn: finding.column,
    endLineNumber: finding.endLine,
    // Monaco ranges are end-exclusive like ours; an empty range would hide the squiggle.
    endColumn: finding.endLine === finding.line && finding.endColumn <= finding.column ? finding.column + 1 : finding.endColumn,
  }));
}
