/**
 * Which of a lesson's slides the whole-talk deck keeps: the horizontal slides (each `##`), without vertical
 * sub-slides (deep dives stay in the lesson's own deck) and without hands-on slides (exercises, quizzes).
 * Read from the MDX source so the presenter guide and tests agree with the deck without rendering it.
 */
export const SECONDS_PER_TALK_SLIDE = 40;

export function talkSlideTitles(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const sections: Array<{ title: string; text: string; stacked?: boolean }> = [];
  let fence: string | undefined;
  let depth = 0; // inside a JSX component block (`<Slide>…</Slide>` counts as its own slide)
  for (const line of body.split('\n')) {
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) fence = fence === fenceMatch[1] ? undefined : (fence ?? fenceMatch[1]);
    if (!fence && depth === 0 && /^<Slide\b/.test(line)) sections.push({ title: '(custom slide)', text: '' });
    if (!fence && /^<(ReadingOnly|Slide|Fragments|Timeline)\b[^/]*>\s*$/.test(line)) depth += 1;
    if (!fence && /^<\/(ReadingOnly|Slide|Fragments|Timeline)>\s*$/.test(line)) depth = Math.max(0, depth - 1);
    const current = sections[sections.length - 1];
    if (!fence && depth === 0 && /^## /.test(line)) sections.push({ title: line.slice(3).trim(), text: '' });
    else if (!fence && depth === 0 && /^### /.test(line) && current) current.stacked = true;
    // A top-level `---` is a new horizontal slide, unless it continues a vertical stack (dropped from the talk).
    else if (!fence && depth === 0 && /^---\s*$/.test(line) && current && !current.stacked) sections.push({ title: '(break)', text: '' });
    else if (current) current.text += `${line}\n`;
  }
  const intro = body.split(/^## /m)[0].replace(/^import .*$/gm, '').trim();
  const kept = sections.filter((s) => !/<(Exercise|Quiz)\b/.test(s.text)).map((s) => s.title);
  return intro ? ['(intro)', ...kept] : kept;
}
