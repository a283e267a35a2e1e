/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1 when valid. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let continuationCount: number;
    let lowestSecond = 0x80;
    let highestSecond = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      continuationCount = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      continuationCount = 2;
      if (lead === 0xe0) lowestSecond = 0xa0; // overlong
      if (lead === 0xed) highestSecond = 0x9f; // UTF-16 surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      continuationCount = 3;
      if (lead === 0xf0) lowestSecond = 0x90; // overlong
      if (lead === 0xf4) highestSecond = 0x8f; // beyond U+10FFFF
    } else {
      return index;
    }
    for (let step = 1; step <= continuationCount; step++) {
      const byte = bytes[index + step];
      const low = step === 1 ? lowestSecond : 0x80;
      const high = step === 1 ? highestSecond : 0xbf;
      if (byte === undefined || byte < low || byte > high) return index;
    }
    index += continuationCount + 1;
  }
  return -1;
}
