// The compiled outline lives with the site now (src/course/lesson-outline.ts); tests keep this name.
export { lessonOutline as slideOutline, type OutlineSlide as SlideOutline } from '../../src/course/lesson-outline.ts';
