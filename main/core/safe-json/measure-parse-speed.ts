/**
 * Measures the cost of the hostile-file checks against native JSON.parse on a generated plan-sized document.
 * Run with `npx tsx main/core/safe-json/measure-parse-speed.ts`; not a test, as timings depend on the machine.
 */
import { performance } from 'node:perf_hooks';
import { parseUntrustedJson } from './safe-parse.js';

const TARGET_BYTES = 10 * 1024 * 1024;
const RUNS = 15;

function generatePlanLikeDocument(targetBytes: number): unknown {
  const people: unknown[] = [];
  const processes: unknown[] = [];
  let approximateSize = 0;
  for (let index = 0; approximateSize < targetBytes; index++) {
    const person = {
      id: `persoon-${index}`,
      name: `Medewerker ${index} van Dijk`,
      function: 'Teamleider Burgerzaken',
      department: 'Publiekszaken',
      email: `medewerker${index}@voorbeeldstad.nl`,
      phones: [
        { kind: 'mobile', number: `+3161234${String(index % 10_000).padStart(4, '0')}`, private: false },
        { kind: 'work', number: '+31201234567', private: false },
      ],
      lastVerified: '2026-03-01',
      stamps: { name: `000017700000000-0000-a1b2c3d4e5f60718`, email: `000017700000000-0001-a1b2c3d4e5f60718` },
    };
    const process = {
      id: `proces-${index}`,
      name: `Uitgifte reisdocumenten ${index}`,
      criticality: 'high',
      mtpd: { value: 3, unit: 'days' },
      rto: { value: 24, unit: 'hours' },
      dependencies: { applications: ['app-bzs', 'app-zaaksysteem'], roles: ['rol-teamleider'] },
      notes: 'Bij uitval: handmatige registratie op papier, "noodformulier" \\ balie 3.',
    };
    people.push(person);
    processes.push(process);
    approximateSize += JSON.stringify(person).length + JSON.stringify(process).length;
  }
  return { signed: { _type: 'draaiboek.plan', revision: 42, plan: { people, processes } }, signatures: [] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeIt(action: () => unknown): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

function measure(label: string, text: string): void {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const nativeTimes: number[] = [];
  const nativeWithDecodeTimes: number[] = [];
  const safeTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    nativeTimes.push(timeIt(() => JSON.parse(text)));
    nativeWithDecodeTimes.push(timeIt(() => JSON.parse(decoder.decode(bytes))));
    safeTimes.push(timeIt(() => parseUntrustedJson(bytes)));
  }
  const native = median(nativeTimes);
  const nativeWithDecode = median(nativeWithDecodeTimes);
  const safe = median(safeTimes);
  console.log(
    `${label}: ${(bytes.length / 1024 / 1024).toFixed(1)} MiB; median of ${RUNS}: ` +
      `JSON.parse(text) ${native.toFixed(1)} ms, JSON.parse(decode(bytes)) ${nativeWithDecode.toFixed(1)} ms, ` +
      `parseUntrustedJson(bytes) ${safe.toFixed(1)} ms; ratio ${(safe / native).toFixed(2)}x vs JSON.parse(text), ` +
      `${(safe / nativeWithDecode).toFixed(2)}x vs decode + JSON.parse`,
  );
}

const document = generatePlanLikeDocument(TARGET_BYTES);
measure('compact', JSON.stringify(document));
measure('indented', JSON.stringify(document, null, 2));
