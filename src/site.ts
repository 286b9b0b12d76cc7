/**
 * Where the course is published: the site's canonical URL and the base of rule links in CLI reports (SARIF).
 * `.example` until the project has a home; DFCHECK_SITE_URL overrides it for the CLI.
 */
export const SITE_URL = 'https://containers-the-right-way.example';
