const adopted = new Set<string>();

/** Adds one of Monaco's stylesheets to the document once; constructable sheets need no inline <style>. */
export function adoptMonacoCss(css: string): void {
  if (adopted.has(css)) return;
  adopted.add(css);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
