/** What a diagram lists for parts/Shapes.astro to draw. */
type Point = readonly [x: number, y: number];

/** One line of text centred in a box, `dy` below its top edge. */
export interface BoxLine {
  class: string;
  text: string;
  dy: number;
}

export interface Box {
  box: readonly [x: number, y: number, width: number, height: number];
  class?: string;
  lines: readonly BoxLine[];
}

export interface Edge {
  edge: readonly [x1: number, y1: number, x2: number, y2: number];
  class?: string;
  /** The edge's label and where it stands; `anchor` as in SVG's text-anchor. */
  label?: { text: string; at: Point; anchor?: 'middle' | 'end' };
}
