import type { SourceRange } from '../types.ts';
import { mappedRange, type MappedText, type SourceMap } from './source-map.ts';
import type { Word } from './types.ts';

/**
 * A word whose line/column range is computed on first use: most words are never reported,
 * and skipping their position lookups keeps large files fast and light on memory.
 */
export class MappedWord implements Word {
  value: string;
  raw: string;
  start: number;
  end: number;
  hasExpansion: boolean;
  #source: MappedText;
  #map: SourceMap;
  #range: SourceRange | null = null;

  constructor(source: MappedText, map: SourceMap, start: number, end: number, value: string, raw: string, hasExpansion: boolean) {
    this.#source = source;
    this.#map = map;
    this.start = start;
    this.end = end;
    this.value = value;
    this.raw = raw;
    this.hasExpansion = hasExpansion;
  }

  get range(): SourceRange {
    this.#range ??= mappedRange(this.#source, this.#map, this.start, this.end);
    return this.#range;
  }

  toJSON() {
    return { value: this.value, raw: this.raw, start: this.start, end: this.end, hasExpansion: this.hasExpansion, range: this.range };
  }
}
