// xterm.js for the Linux lab: the look, copy with Ctrl+Shift+C, and fitting to its box as the page resizes.
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';

export interface LabTerminal {
  term: Terminal;
  /** Fits the terminal to its box; false while the box is hidden (e.g. a slide not shown). */
  fit(): boolean;
  dispose(): void;
}

/** Opens a terminal in `host` (emptied first); `onKeys` gets what the learner types, `onResize` a debounced resize. */
export function openTerminal(host: HTMLElement, onKeys: (text: string) => void, onResize: () => void): LabTerminal {
  host.replaceChildren();
  const term = new Terminal({
    cursorBlink: true,
    fontSize: 14,
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace',
    scrollback: 2000,
    theme: { background: '#111111', foreground: '#e8e8e8', cursor: '#e8e8e8', selectionBackground: '#5a6a9a' },
  });
  const fitAddon = new FitAddon();
  term.loadAddon(fitAddon);
  term.open(host);
  term.textarea?.setAttribute('aria-label', host.getAttribute('aria-label') ?? 'terminal');
  // Ctrl+Shift+C copies the selection (and must not open the developer tools); Ctrl+Shift+V is left to the
  // browser's own paste, which xterm.js receives as a paste event.
  term.attachCustomKeyEventHandler((event) => {
    if (event.type !== 'keydown' || !event.ctrlKey || !event.shiftKey) return true;
    if (event.code === 'KeyC') {
      event.preventDefault();
      if (term.hasSelection()) void navigator.clipboard?.writeText(term.getSelection()).catch(() => undefined);
      return false;
    }
    return event.code !== 'KeyV';
  });
  term.onData(onKeys);
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const observer = new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(onResize, 100);
  });
  observer.observe(host);
  return {
    term,
    fit() {
      try {
        fitAddon.fit();
        return true;
      } catch {
        return false;
      }
    },
    dispose() {
      observer.disconnect();
      term.dispose();
    },
  };
}
