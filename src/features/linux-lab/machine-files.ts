// The Linux lab's machine images (snapshot, BIOS, VGA BIOS): downloaded once per page and kept in memory for
// "Reset machine" and for the other labs on the page.
import type { LabData } from './steps-view.ts';

export interface Files { state: ArrayBuffer; bios: ArrayBuffer; vgaBios: ArrayBuffer }
type Progress = (received: number, total: number) => void;

let files: Promise<Files> | undefined;

/** Fetches the snapshot and BIOS images once per page, reporting bytes received. */
export function loadFiles(data: LabData, progress: Progress): Promise<Files> {
  files ??= (async () => {
    const { sizes } = data.assets;
    const total = sizes.state + sizes.bios + sizes.vgaBios;
    let received = 0;
    const fetchOne = async (url: string): Promise<ArrayBuffer> => {
      const response = await fetch(url);
      if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        progress(received, total);
      }
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      let at = 0;
      for (const chunk of chunks) (bytes.set(chunk, at), (at += chunk.byteLength));
      return bytes.buffer;
    };
    const [bios, vgaBios, state] = await Promise.all([fetchOne(data.assets.bios), fetchOne(data.assets.vgaBios), fetchOne(data.assets.state)]);
    return { state, bios, vgaBios };
  })();
  files.catch(() => (files = undefined));
  return files;
}
