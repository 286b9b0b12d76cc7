// Computes the page's view context once (language and reading/deck/talk); components read Astro.locals.view.
// Then shapes each page for the search index (src/course/search-text.ts).
import { defineMiddleware } from 'astro:middleware';
import { forSearch } from './course/search-text.ts';
import { viewOf } from './course/view.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.view = viewOf(context.url.pathname);
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(forSearch(await response.text()), response);
});
