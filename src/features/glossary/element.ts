import { defineIsland } from '../../ui/island.ts';

/** `<glossary-terms>`: explains linked glossary terms in place; the code loads as the lesson opens. */
defineIsland('glossary-terms', () => import('./client.ts').then((m) => m.start));
