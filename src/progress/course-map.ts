/** Which saved ids belong to which lesson, read from a lesson's MDX source at build time. */

/** Quiz ids a lesson declares (`<Quiz id="…"`), in order of appearance. */
export function quizIdsIn(mdx: string): string[] {
  return [...mdx.matchAll(/<Quiz\s+id=["']([a-z0-9-]+)["']/g)].map((m) => m[1]);
}

/** Exercise ids a lesson embeds (`<Exercise id="…"`), in order of appearance. */
export function exerciseIdsIn(mdx: string): string[] {
  return [...mdx.matchAll(/<Exercise\s+id=["']([a-z0-9-]+)["']/g)].map((m) => m[1]);
}
