import { MAX_VCARD_CONTINUATIONS } from '../main/core/contacts/contacts-types.js';
import { readContactsFile } from '../main/core/contacts/read-contacts-file.js';
import { median, type BenchRow } from './measure.js';

const ROUNDS = 5;
/** What a 10 MB contacts file may take to parse, on a 2-core laptop. */
const TEN_MB_BUDGET_MS = 2_000;

/**
 * A vCard 3.0 file of `cards` cards, each with a long note folded at 75 characters as exporters write it:
 * about 2 kB and 28 physical lines per card, most of them continuations.
 */
function foldedVcards(cards: number): Uint8Array {
  const lines: string[] = [];
  for (let card = 0; card < cards; card += 1) {
    lines.push('BEGIN:VCARD', 'VERSION:3.0', `FN:Medewerker ${card}`, `N:${card};Medewerker;;;`);
    lines.push(`TEL;TYPE=CELL:+316${String(10_000_000 + card).slice(-8)}`, `EMAIL:medewerker.${card}@voorbeeldstad.nl`);
    const note = `NOTE:${`Bereikbaar bij calamiteiten; sleutelhouder gemeentehuis kaart ${card}. `.repeat(28)}`;
    for (let start = 0; start < note.length; start += 74) lines.push(`${start === 0 ? '' : ' '}${note.slice(start, start + 74)}`);
    lines.push('END:VCARD');
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

/**
 * The worst a file may hold within the caps: cards whose note is folded as often as allowed, one character per
 * physical line, about 64 kB per card. Unfolding that by repeated concatenation was quadratic.
 */
function maximallyFoldedVcards(cards: number): Uint8Array {
  const note = `NOTE:x\r\n${' y\r\n'.repeat(MAX_VCARD_CONTINUATIONS)}`;
  const card = (index: number) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Medewerker ${index}\r\n${note}END:VCARD\r\n`;
  return new TextEncoder().encode(Array.from({ length: cards }, (_unused, index) => card(index)).join(''));
}

function timeParse(bytes: Uint8Array): number {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    const reading = readContactsFile('contacten.vcf', bytes);
    times.push(performance.now() - started);
    if (reading.contacts.length === 0) throw new Error('bench: no contacts read');
  }
  return median(times);
}

export interface ContactsBenchInput {
  readonly kind: string;
  readonly smallBytes: number;
  readonly largeBytes: number;
  readonly smallMs: number;
  readonly largeMs: number;
}

function measureInput(kind: string, make: (cards: number) => Uint8Array, smallCards: number): ContactsBenchInput {
  const small = make(smallCards);
  const large = make(smallCards * 10);
  // Warm up on both, so neither is charged for compiling the parser; the small one is measured before and after
  // the large one, so a moment of load on a shared machine does not decide the ratio alone.
  timeParse(small);
  timeParse(large);
  const before = timeParse(small);
  const largeMs = timeParse(large);
  const smallMs = median([before, timeParse(small)]);
  return { kind, smallBytes: small.length, largeBytes: large.length, smallMs, largeMs };
}

function rowsOf(input: ContactsBenchInput): BenchRow[] {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return [
    {
      name: `contacts ${input.kind} 10x / 1x (${mb(input.largeBytes)} MB / ${mb(input.smallBytes)} MB)`,
      valueMs: input.largeMs,
      baselineMs: input.smallMs,
      baselineName: `contacts ${input.kind} 1x`,
      targetRatio: 12,
    },
    {
      name: `contacts ${input.kind} ${mb(input.largeBytes)} MB`,
      valueMs: input.largeMs,
      baselineMs: TEN_MB_BUDGET_MS,
      baselineName: 'budget of 2 s',
      targetRatio: 1,
    },
  ];
}

/**
 * Parsing a contacts file grows linearly with it: ten times the folded input takes at most twelve times as
 * long, and a 10 MB file parses within 2 s, for an address book export and for the most folding the caps allow.
 */
export async function benchContacts(): Promise<{ rows: BenchRow[]; raw: ContactsBenchInput[] }> {
  const raw = [measureInput('vCard export', foldedVcards, 480), measureInput('vCard maximal folding', maximallyFoldedVcards, 15)];
  return Promise.resolve({ rows: raw.flatMap(rowsOf), raw });
}
