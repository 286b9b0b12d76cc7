import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { lessonFields } from './course/lesson-schema.ts';

export const collections = {
  // Starlight's collection, loaded from the top-level content/ folder: one MDX file per lesson and language.
  // Lesson fields are optional here only because Starlight also validates non-lesson pages (StarlightPage)
  // with this schema; astro.config.ts validates every lesson file strictly before the build starts.
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.mdx', base: './content/lessons' }),
    schema: docsSchema({ extend: z.object(lessonFields).partial() }),
  }),
};
