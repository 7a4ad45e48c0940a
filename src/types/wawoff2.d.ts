/** wawoff2 (Google's WOFF2 encoder compiled to WebAssembly) ships no types: the two calls the build makes. */
declare module 'wawoff2' {
  /** TrueType or OpenType bytes to WOFF2. */
  export function compress(font: Uint8Array): Promise<Uint8Array>;
  /** WOFF2 bytes to TrueType or OpenType. */
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
