// Moved to src/features/editor/monaco.ts. This forwarder stays only until the seccomp and health-lab simulators
// (other branches) import it from there; the lead deletes it at merge.
export * from '../../features/editor/monaco.ts';
