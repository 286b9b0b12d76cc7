/**
 * What the search index reads. Pagefind joins neighbouring inline elements with nothing between them, so the labels
 * of buttons ("Reset" "machine" "Stop") and of header cells ("PID" "PPID") ran together in excerpts. Controls are not
 * content, so they leave the index; header cells get the space a browser ignores between table cells.
 */
export function forSearch(html: string): string {
  // Inline scripts are left as they are (their text is code, and the CSP hashes them afterwards).
  return html.replace(/(<script\b[\s\S]*?<\/script>)|<button(?=[\s>])|<\/th>(?=<t[hd][\s>])/g, (match, script?: string) => {
    if (script) return script;
    return match === '</th>' ? '</th> ' : '<button data-pagefind-ignore';
  });
}
