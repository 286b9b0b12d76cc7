// The talk for the time a presenter has: content/talk.json defines variants (which lessons, which slides of each);
// each variant is a deck at its own URL, timed at the course's pace per slide. Pages and tests read this file only.
import talkFile from '../../content/talk.json' with { type: 'json' };
import type { LocaleKey } from './locales.ts';
import { talkPath } from './routes.ts';
import { mainLine, SIMULATORS, type LessonOutline, type OutlineSlide } from './lesson-outline.ts';

/** The course's pace when presenting: the presenter guide and the tests time every talk with it. */
export const SECONDS_PER_TALK_SLIDE = 40;
/** The talk's own slides around the lessons: title, agenda, closing. */
export const TALK_FRAME_SLIDES = 3;

export interface TalkLessonChoice {
  slug: string;
  /** Outline indexes (`"3"`, `"4/0"`) of the main-line slides to keep; absent: the whole main line. */
  slides?: string[];
}

export interface TalkVariant {
  /** `default` is served at /<locale>/talk/, any other id at /<locale>/talk/<id>/. */
  id: string;
  /** The slot it is made for, in minutes; its slides must fit in it. */
  slot: number;
  lessons: TalkLessonChoice[];
  /** Keep slides whose point is a live simulator or lab (otherwise they stay in the lesson decks). */
  liveDemos: boolean;
}

type RawChoice = string | TalkLessonChoice;
type RawVariant = { id: string; slot: number; lessons: RawChoice[]; liveDemos?: boolean };

export const talkVariants: readonly TalkVariant[] = (talkFile.talks as RawVariant[]).map((raw) => ({
  id: raw.id,
  slot: raw.slot,
  liveDemos: raw.liveDemos ?? false,
  lessons: raw.lessons.map((choice) => (typeof choice === 'string' ? { slug: choice } : choice)),
}));

export const defaultTalk: TalkVariant = talkVariants.find((v) => v.id === 'default') ?? talkVariants[0]!;

export const talkResources = talkFile.resources;

export function talkVariantPath(locale: LocaleKey, variant: TalkVariant): string {
  return variant.id === 'default' ? talkPath(locale) : `${talkPath(locale)}${variant.id}/`;
}

const LIVE = new Set([...SIMULATORS, 'LinuxLab']);

/** A slide whose point is a live simulator or lab: presenters run those from the lesson's own deck. */
export const isLiveDemo = (slide: OutlineSlide) => slide.embeds.some((e) => LIVE.has(e.component));

/** The slides a variant keeps from one lesson (its title slide not included). */
export function talkSlidesOf(variant: TalkVariant, choice: TalkLessonChoice, outline: LessonOutline): OutlineSlide[] {
  const line = mainLine(outline).filter((slide) => variant.liveDemos || !isLiveDemo(slide));
  if (!choice.slides) return line;
  const wanted = new Set(choice.slides);
  return line.filter((slide) => wanted.has(slide.index));
}

export interface PlannedLesson {
  slug: string;
  slides: OutlineSlide[];
  /** Its title slide plus the kept slides, at the course's pace. */
  minutes: number;
}

export interface TalkPlan {
  variant: TalkVariant;
  lessons: PlannedLesson[];
  slideCount: number;
  minutes: number;
}

/** Times a variant: `outlineOf(slug)` gives a lesson's outline in the language being planned. */
export function planTalk(variant: TalkVariant, outlineOf: (slug: string) => LessonOutline): TalkPlan {
  const lessons = variant.lessons.map((choice) => {
    const slides = talkSlidesOf(variant, choice, outlineOf(choice.slug));
    return { slug: choice.slug, slides, minutes: minutesFor(1 + slides.length) };
  });
  const slideCount = TALK_FRAME_SLIDES + lessons.reduce((sum, l) => sum + 1 + l.slides.length, 0);
  return { variant, lessons, slideCount, minutes: minutesFor(slideCount) };
}

export const minutesFor = (slides: number) => (slides * SECONDS_PER_TALK_SLIDE) / 60;

/** Problems in a variant's choices against the lessons' outlines (unknown lessons or slide indexes). */
export function talkProblems(variant: TalkVariant, outlineOf: (slug: string) => LessonOutline | undefined): string[] {
  return variant.lessons.flatMap((choice) => {
    const outline = outlineOf(choice.slug);
    if (!outline) return [`talk "${variant.id}": no lesson "${choice.slug}"`];
    const indexes = new Set(mainLine(outline).map((s) => s.index));
    return (choice.slides ?? []).filter((i) => !indexes.has(i)).map((i) => `talk "${variant.id}": ${choice.slug} has no main-line slide "${i}"`);
  });
}
