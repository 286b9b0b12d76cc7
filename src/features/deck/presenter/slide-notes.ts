// A slide's speaker notes (`<Notes>` in the MDX, rendered as `aside.notes` in the deck), copied as nodes from
// the page's own slides: nothing from a message or a string is ever parsed as HTML.

export function notesOf(slide: Element): Node[] {
  const asides = slide.querySelectorAll(':scope > aside.notes');
  return [...asides].flatMap((aside) => [...aside.childNodes].map((node) => node.cloneNode(true)));
}
