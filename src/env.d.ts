declare namespace App {
  interface Locals {
    /** Set by src/middleware.ts for every page. */
    view: import('./course/view.ts').ViewContext;
  }
}

// Starlight's virtual modules, read by our override of its Search component (src/components/starlight/Search.astro).
declare module 'virtual:starlight/project-context' {
  const project: { trailingSlash: 'always' | 'never' | 'ignore' };
  export default project;
}
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
