// The browser build of v86 (ESM); same API as the package's typed entry.
declare module 'v86/build/libv86.mjs' {
  export { V86 } from 'v86';
}

declare module '*?worker&url' {
  const url: string;
  export default url;
}
