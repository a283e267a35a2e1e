// UI speed in Chromium, on the same services as the app: the overview's first render with the L plan
// (thousands of people), and the latency per keystroke (target: within one 60 Hz frame, 16 ms) of the search
// and of the crisis logbook's entry form with 10,000 events in the log.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { generateFixtureContent, type FixtureSize } from '../main/core/fixtures/index.js';
import { openDataDir } from '../main/core/data-dir/open-data-dir.js';
import { initTempDataDir, removeTempDir, testPlatform } from '../main/core/test-support/temp-data-dir.js';
import { exposeBridge, installChromiumBridge, type ChromiumBridge } from '../e2e/support/chromium-bridge.js';
import { startStaticServer } from '../e2e/support/static-server.js';
import { writeCrisisLogs } from './crisis.js';
import { median, type BenchRow } from './measure.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const FRAME_MS = 16;
const RENDER_ROUNDS = 5;
const QUERIES = ['jansen', 'burgerzaken', '0612', 'de vries'];

/** Milliseconds from navigation to the overview showing the plan's title and its health list. */
async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator('#plan-title').waitFor();
  await page.locator('#health-title').waitFor();
  return page.evaluate(() => performance.now());
}

/**
 * Per keystroke: from the input event to the results rendered and laid out. Script text, run in the page:
 * React commits a discrete update in a microtask queued during the event, so one awaited microtask later the
 * DOM holds the new results.
 */
function keystrokeScript(query: string, selector = 'input[type="search"]', element = 'HTMLInputElement'): string {
  return `(async () => {
    const input = document.querySelector(${JSON.stringify(selector)});
    const setValue = Object.getOwnPropertyDescriptor(${element}.prototype, 'value').set;
    setValue.call(input, '');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const latencies = [];
    for (const character of ${JSON.stringify(query)}) {
      const start = performance.now();
      setValue.call(input, input.value + character);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => queueMicrotask(resolve));
      void document.body.offsetHeight;
      latencies.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return latencies;
  })()`;
}

async function keystrokeLatencies(page: Page, query: string): Promise<number[]> {
  return page.evaluate<number[]>(keystrokeScript(query));
}

async function withPlan<T>(size: FixtureSize, task: (page: Page, origin: string) => Promise<T>): Promise<T> {
  const { dataDir } = await initTempDataDir({ kind: 'content', content: generateFixtureContent(size) });
  return withDataDir(dataDir, task);
}

/** The sample plan with one crisis of 10,000 events, signed by this laptop (so every event verifies). */
async function withLargeCrisis<T>(task: (page: Page, origin: string) => Promise<T>): Promise<T> {
  const { dataDir } = await initTempDataDir({ kind: 'sample' });
  const opened = await openDataDir(dataDir, testPlatform(), 'write');
  try {
    await writeCrisisLogs(dataDir, [await opened.signingKey()]);
  } finally {
    await opened.close();
  }
  return withDataDir(dataDir, task);
}

async function withDataDir<T>(dataDir: string, task: (page: Page, origin: string) => Promise<T>): Promise<T> {
  const server = await startStaticServer(join(root, 'out/renderer'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  let bridge: ChromiumBridge | undefined;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.route((url) => !url.toString().startsWith(server.origin), (route) => route.abort());
    bridge = await installChromiumBridge(page, dataDir, { nextChosenFile: undefined });
    const current = bridge;
    await exposeBridge(page, () => current.handlers);
    return await task(page, `${server.origin}/index.html`);
  } finally {
    await bridge?.close();
    await browser.close();
    await server.close();
    await removeTempDir(join(dataDir, '..'));
  }
}

export async function benchUi(): Promise<{ rows: BenchRow[]; raw: Record<string, unknown> }> {
  if (!existsSync(join(root, 'out/renderer/index.html'))) {
    spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const renders: Partial<Record<FixtureSize, number[]>> = {};
  const latencies: number[] = [];
  for (const size of ['S', 'L'] as const) {
    await withPlan(size, async (page, url) => {
      const times: number[] = [];
      for (let round = 0; round < RENDER_ROUNDS; round += 1) times.push(await firstRender(page, url));
      renders[size] = times;
      if (size !== 'L') return;
      await page.evaluate("window.location.hash = '#/search'");
      await page.locator('input[type="search"]').waitFor();
      for (const query of QUERIES) latencies.push(...(await keystrokeLatencies(page, query)));
    });
  }
  const crisisLatencies = await withLargeCrisis(async (page, url) => {
    await page.goto(url.replace(/index\.html$/, 'index.html#/crisis'));
    await page.getByRole('tab', { name: /Logboek/ }).click();
    await page.locator('.crisis-panel textarea').waitFor();
    // The whole log is loaded and folded before a key is pressed (the list itself is virtualized).
    await page.getByRole('heading', { name: /\b9[.]?999\b/ }).waitFor();
    const measured: number[] = [];
    for (const query of ['pand ontruimd', 'leverancier gebeld']) {
      measured.push(...(await page.evaluate<number[]>(keystrokeScript(query, '.crisis-panel textarea', 'HTMLTextAreaElement'))));
    }
    return measured;
  });
  const sorted = [...latencies].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
  const crisisSorted = [...crisisLatencies].sort((a, b) => a - b);
  const crisisP95 = crisisSorted[Math.min(crisisSorted.length - 1, Math.floor(crisisSorted.length * 0.95))] ?? 0;
  const rows: BenchRow[] = [
    {
      name: 'UI: overview first render, L plan',
      valueMs: median(renders.L ?? []),
      baselineMs: median(renders.S ?? []),
      baselineName: 'same, S plan',
    },
    { name: 'UI: search per keystroke, L plan (median)', valueMs: median(latencies), baselineMs: FRAME_MS, baselineName: 'one frame (16 ms)', targetRatio: 1 },
    { name: 'UI: search per keystroke, L plan (p95)', valueMs: p95, baselineMs: FRAME_MS, baselineName: 'one frame (16 ms)', targetRatio: 1 },
    { name: 'UI: crisis logbook per keystroke, 10,000 events (median)', valueMs: median(crisisLatencies), baselineMs: FRAME_MS, baselineName: 'one frame (16 ms)', targetRatio: 1 },
    { name: 'UI: crisis logbook per keystroke, 10,000 events (p95)', valueMs: crisisP95, baselineMs: FRAME_MS, baselineName: 'one frame (16 ms)', targetRatio: 1 },
  ];
  return { rows, raw: { firstRenderMs: renders, keystrokeMs: latencies, crisisKeystrokeMs: crisisLatencies } };
}
