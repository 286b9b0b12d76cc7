import type { Plugin } from 'vite';

/**
 * Astro links the CSS of every dynamically imported module into the page up front (withastro/astro#9495), which
 * would put Monaco's ~135 KB of CSS on every page with an editor before anyone opens it. This rewrites Monaco's
 * `import './x.css'` into `?inline` imports that are adopted as stylesheets only when that module runs.
 */
export function lazyMonacoCss(): Plugin {
  const injector = new URL('./monaco-css.ts', import.meta.url).pathname;
  return {
    name: 'lazy-monaco-css',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/node_modules/monaco-editor/esm/') || !id.endsWith('.js')) return null;
      let n = 0;
      const rewritten = code.replace(/^import\s+(['"])([^'"]+\.css)\1;?$/gm, (_line, quote: string, path: string) => {
        n += 1;
        return `import __monacoCss${n} from ${quote}${path}?inline${quote}; __adoptMonacoCss(__monacoCss${n});`;
      });
      if (n === 0) return null;
      return { code: `import { adoptMonacoCss as __adoptMonacoCss } from ${JSON.stringify(injector)};\n${rewritten}`, map: null };
    },
  };
}
