import { z } from 'astro/zod';
import modulesFile from '../../content/modules.json' with { type: 'json' };

export const moduleIds = modulesFile.modules.map((m) => m.id) as [string, ...string[]];

/** Frontmatter every lesson carries on top of Starlight's own (title, description…). */
export const lessonFields = {
  module: z.enum(moduleIds),
  order: z.number().int().positive(),
  /** Estimated minutes to read or present. */
  duration: z.number().int().positive(),
  objectives: z.array(z.string().min(1)).min(1),
  sources: z
    .array(z.object({ title: z.string().min(1), url: z.url() }))
    .min(1),
};

export const lessonFrontmatter = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  ...lessonFields,
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatter>;
