/**
 * Parser for the IDX format used by the original MNIST distribution: a 4-byte
 * magic number (two zero bytes, a type code, the number of dimensions), one
 * big-endian uint32 per dimension, then the data in row-major order.
 * Only the unsigned-byte type (code 0x08) is supported — it is the only one
 * MNIST images and labels use.
 */

/** Type code of unsigned-byte data in an IDX header. */
export const IDX_UBYTE = 0x08;

/** A parsed IDX file. */
export interface IdxFile {
  /** Size of each dimension, outermost first (e.g. `[60000, 28, 28]`). */
  dims: number[];
  /** The values in row-major order; a view into the input bytes, not a copy. */
  data: Uint8Array;
}

/**
 * Parses an unsigned-byte IDX file.
 *
 * @param bytes - The whole file.
 * @returns The dimensions and a view of the data.
 * @throws Error if the magic number is wrong, the type is not unsigned byte,
 *   or the byte count does not match the header exactly (truncated or padded).
 */
export function parseIdx(bytes: Uint8Array): IdxFile {
  if (bytes.length < 4) {
    throw new Error(`IDX: file is ${bytes.length} bytes, too short for the 4-byte magic number`);
  }
  const magic = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join('');
  if (bytes[0] !== 0 || bytes[1] !== 0) {
    throw new Error(`IDX: bad magic number 0x${magic} (must start with two zero bytes)`);
  }
  if (bytes[2] !== IDX_UBYTE) {
    throw new Error(`IDX: unsupported type code 0x${bytes[2].toString(16)} in magic 0x${magic}; only 0x08 (unsigned byte) is supported`);
  }
  const ndims = bytes[3];
  if (ndims === 0) throw new Error(`IDX: bad magic number 0x${magic} (zero dimensions)`);
  const headerLength = 4 + 4 * ndims;
  if (bytes.length < headerLength) {
    throw new Error(`IDX: truncated header — ${ndims} dimensions need ${headerLength} bytes, file has ${bytes.length}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dims: number[] = [];
  for (let i = 0; i < ndims; i++) dims.push(view.getUint32(4 + 4 * i, false));
  const expected = dims.reduce((a, b) => a * b, 1);
  const actual = bytes.length - headerLength;
  if (actual !== expected) {
    const what = actual < expected ? 'truncated' : 'has trailing bytes';
    throw new Error(`IDX: file ${what} — dims [${dims.join(', ')}] need ${expected} data bytes, found ${actual}`);
  }
  return { dims, data: bytes.subarray(headerLength) };
}
