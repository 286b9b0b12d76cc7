import type { Root } from 'hast';
import { fileURLToPath } from 'node:url';
import { sectionize } from './slide-sections.ts';

/** Sätteri HAST plugin: applies `sectionize` to lessons under `content/lessons/` only. */
export function slideSectionsPlugin(lessonsDir: string) {
  return ({ fileURL }: { fileURL: URL | undefined }) => {
    if (!fileURL || !fileURLToPath(fileURL).startsWith(lessonsDir)) return undefined;
    return {
      name: 'slide-sections',
      before(root: Readonly<Root>, ctx: { replaceNode(node: unknown, next: unknown): void }) {
        ctx.replaceNode(root, sectionize(root));
      },
    };
  };
}
