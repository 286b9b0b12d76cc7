/** Pages in a PDF as Chromium writes it: one `/Type /Page` dictionary per page (the page tree nodes are `/Pages`). */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
