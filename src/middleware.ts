// Computes the page's view context once (language and reading/deck/talk); components read Astro.locals.view.
import { defineMiddleware } from 'astro:middleware';
import { viewOf } from './course/view.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.view = viewOf(context.url.pathname);
  return next();
});
