// How a page learns it is served by the workshop server: the server adds these to every HTML page it serves.
export const WORKSHOP_META = 'workshop-server';
export const WORKSHOP_STRINGS_ID = 'workshop-strings';
