/** An app's answer to one probe, for both models: did it succeed, and after how long (Infinity: never answered). */
export type ProbeOutcome = { ok: boolean; durationSeconds: number };
