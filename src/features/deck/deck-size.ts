/** The deck's slide size and margin, shared by reveal.js's config and the CSP step (its print view styles depend on it). */
export const DECK_SIZE = { width: 1280, height: 720, margin: 0.06 } as const;

/** The two `<style>` elements reveal.js's print view (`?print-pdf`) writes, exactly as it writes them. */
export function printViewStyles(size: { width: number; height: number; margin: number } = DECK_SIZE): string[] {
  const pageWidth = Math.floor(size.width * (1 + size.margin));
  const pageHeight = Math.floor(size.height * (1 + size.margin));
  return [
    `@page{size:${pageWidth}px ${pageHeight}px; margin: 0px;}`,
    `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${size.width}px; max-height:${size.height}px}`,
  ];
}
