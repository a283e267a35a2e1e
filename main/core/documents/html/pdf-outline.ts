/**
 * Where each heading landed, read back from a PDF the print engine wrote with its document outline
 * (Chromium's `outline`/`tagged`, Electron's `generateDocumentOutline`/`generateTaggedPDF`). Chromium has no
 * `target-counter()`, so printed page references come from such a first pass. Chromium's PDF writer (Skia)
 * keeps the page tree and the outline in plain objects; only content streams are compressed.
 */
export interface OutlineEntry {
  readonly title: string;
  /** 1-based page number. */
  readonly page: number;
}

export interface PdfPagesAndOutline {
  readonly pages: number;
  /** Every bookmark in document order (depth first); empty when the PDF has no outline. */
  readonly outline: readonly OutlineEntry[];
}

function objectsOf(pdf: string): Map<number, string> {
  const objects = new Map<number, string>();
  // Split on object ends; a chunk with a stream is skipped, so bytes inside streams are never read as objects.
  for (const chunk of pdf.split('endobj')) {
    const match = /(\d+)\s+0\s+obj\s*(<<[\s\S]*>>)\s*$/.exec(chunk);
    if (match === null || /\bstream\b/.test(match[2] ?? '')) continue;
    objects.set(Number(match[1]), match[2] ?? '');
  }
  return objects;
}

function reference(dictionary: string | undefined, key: string): number | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dictionary ?? '');
  return match === null ? undefined : Number(match[1]);
}

function pageOrder(objects: Map<number, string>, root: number | undefined): number[] {
  const order: number[] = [];
  const seen = new Set<number>();
  const walk = (id: number | undefined): void => {
    if (id === undefined || seen.has(id)) return;
    seen.add(id);
    const node = objects.get(id);
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node ?? '');
    if (node !== undefined && /\/Type\s*\/Pages\b/.test(node) && kids !== null) {
      for (const kid of (kids[1] ?? '').matchAll(/(\d+)\s+0\s+R/g)) walk(Number(kid[1]));
    } else {
      order.push(id);
    }
  };
  walk(root);
  return order;
}

function decodeLiteral(body: string): string {
  const bytes = body.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, escaped: string) => {
    const named: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    return named[escaped] ?? String.fromCharCode(parseInt(escaped, 8));
  });
  return bytes.startsWith('\u00fe\u00ff') ? decodeUtf16(bytes.slice(2)) : bytes;
}

function decodeUtf16(bytes: string): string {
  let out = '';
  for (let index = 0; index + 1 < bytes.length; index += 2) out += String.fromCharCode((bytes.charCodeAt(index) << 8) | bytes.charCodeAt(index + 1));
  return out;
}

function decodeTitle(dictionary: string): string {
  const hex = /\/Title\s*<([0-9A-Fa-f\s]*)>/.exec(dictionary);
  if (hex !== null) {
    const digits = (hex[1] ?? '').replace(/\s/g, '');
    let bytes = '';
    for (let index = 0; index + 1 < digits.length; index += 2) bytes += String.fromCharCode(parseInt(digits.slice(index, index + 2), 16));
    return bytes.startsWith('\u00fe\u00ff') ? decodeUtf16(bytes.slice(2)) : bytes;
  }
  const literal = /\/Title\s*\(((?:\\[\s\S]|[^\\)])*)\)/.exec(dictionary);
  return literal === null ? '' : decodeLiteral(literal[1] ?? '');
}

/** Pages and bookmarks of a PDF; a PDF it cannot read gives 0 pages and no outline, never a wrong page. */
export function readPdfPagesAndOutline(bytes: Uint8Array): PdfPagesAndOutline {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const objects = objectsOf(pdf);
  const catalog = [...objects.values()].find((dictionary) => /\/Type\s*\/Catalog\b/.test(dictionary));
  const pages = pageOrder(objects, reference(catalog, 'Pages'));
  const pageNumber = new Map(pages.map((id, index) => [id, index + 1]));
  const outline: OutlineEntry[] = [];
  const seen = new Set<number>();
  const walk = (id: number | undefined): void => {
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const item = objects.get(id);
      if (item === undefined) return;
      const destination = /\/Dest\s*\[\s*(\d+)\s+0\s+R/.exec(item);
      const page = destination === null ? undefined : pageNumber.get(Number(destination[1]));
      if (page !== undefined) outline.push({ title: decodeTitle(item), page });
      walk(reference(item, 'First'));
      id = reference(item, 'Next');
    }
  };
  walk(reference(objects.get(reference(catalog, 'Outlines') ?? -1), 'First'));
  return { pages: pages.length, outline };
}
