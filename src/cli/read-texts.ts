// The files a command was given, read and decoded one after the other: an unreadable one is reported on stderr and
// remembered (exit status 2 at the end), so the others are still checked.
import { readInput } from './read-input.ts';
import { decodeUtf8, type InvalidUtf8 } from './utf8.ts';

export interface ReadText {
  file: string;
  text: string;
  /** The first invalid UTF-8 byte; the text holds U+FFFD there. */
  invalid: InvalidUtf8 | null;
}

export async function readTexts(files: readonly string[], maxBytes: number, printError: (text: string) => void): Promise<{ texts: ReadText[]; unreadable: boolean }> {
  const texts: ReadText[] = [];
  let unreadable = false;
  for (const file of files) {
    const input = await readInput(file, maxBytes);
    if (!input.ok) {
      printError(input.problem);
      unreadable = true;
      continue;
    }
    texts.push({ file, ...decodeUtf8(input.bytes) });
  }
  return { texts, unreadable };
}
