// Example files bundled as text: scripts/build-web.mjs loads every import ending in `?text` as a string.
declare module '*?text' {
  const text: string;
  export default text;
}
