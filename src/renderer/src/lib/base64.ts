/** Bytes per `String.fromCharCode` call: well under engines' argument-count limits. */
const CHUNK = 0x8000;

/** Base64 of some bytes (what `FileUpload.dataBase64` carries), without a data: prefix. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
