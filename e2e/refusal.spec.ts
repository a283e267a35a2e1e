import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalJson } from '../main/core/crypto/canonical-json.js';
import { serializeSignedEnvelope, signCanonical } from '../main/core/crypto/envelope.js';
import { generateDeviceKeyPair } from '../main/core/crypto/keys.js';
import { openDataDir } from '../main/core/data-dir/open-data-dir.js';
import { createPlanService } from '../main/core/plan/plan-service.js';
import { testPlatform } from '../main/core/test-support/temp-data-dir.js';
import { expect, test } from './fixtures.js';
import { OverviewPage } from './pages/overview-page.js';

test.describe('when the store refuses the plan', () => {
  test.describe('a tampered plan', () => {
    test.use({
      prepareDataDir: {
        run: async (dataDir) => {
        const path = join(dataDir, 'plan.json');
        const text = await readFile(path, 'utf8');
        await writeFile(path, text.replace('Gemeente Voorbeeldstad', 'Gemeente Voorbeeldsted'));
        },
      },
    });

    test('explains it in plain words, overwrites nothing, and restores the last good revision', async ({ app }) => {
      const page = app.page;
      await expect(page.getByRole('heading', { level: 1, name: 'Het plan is niet geopend' })).toBeVisible();
      await expect(page.getByText(/gewijzigd nadat het werd ondertekend/)).toBeVisible();
      await expect(page.getByText(/Er is niets overschreven/)).toBeVisible();
      await expect(page.getByText(/rejected/)).toBeVisible();
      await page.getByRole('button', { name: 'Revisie 1 herstellen' }).click();
      const overview = new OverviewPage(page);
      await overview.waitForPlan();
      await expect(overview.revision).toContainText('2');
      await expect(overview.title).toHaveText('Bedrijfscontinuïteitsplan Gemeente Voorbeeldstad');
    });
  });

  test.describe('an older revision put back (rollback)', () => {
    test.use({
      prepareDataDir: {
        run: async (dataDir) => {
        const opened = await openDataDir(dataDir, testPlatform(), 'write');
        await createPlanService(opened).apply([{ op: 'updateMeta', set: { versionLabel: '3.1' } }]);
        await opened.close();
        await copyFile(join(dataDir, 'history', '00000001.json'), join(dataDir, 'plan.json'));
        },
      },
    });

    test('is refused as a rollback, and the newest good revision is offered', async ({ app }) => {
      const page = app.page;
      await expect(page.getByText(/oudere versie dan de nieuwste/)).toBeVisible();
      await page.getByRole('button', { name: 'Revisie 2 herstellen' }).click();
      const overview = new OverviewPage(page);
      await overview.waitForPlan();
      await expect(overview.revision).toContainText('3 (versie 3.1)');
    });
  });

  test.describe('a plan signed by an unknown key', () => {
    test.use({
      prepareDataDir: {
        run: async (dataDir) => {
          // Every revision re-signed by a key this laptop has never trusted: a plan.json (and history) swapped in
          // from elsewhere. A lost trust.json alone is not enough: the device always trusts its own key.
          const stranger = generateDeviceKeyPair();
          const files = [join(dataDir, 'plan.json'), ...(await readdir(join(dataDir, 'history'))).map((name) => join(dataDir, 'history', name))];
          for (const file of files) {
            const { signed } = JSON.parse(await readFile(file, 'utf8')) as { signed: unknown };
            const canonical = canonicalJson(signed);
            await writeFile(file, serializeSignedEnvelope(canonical, [signCanonical(canonical, stranger)]));
          }
        },
      },
    });

    test('is refused, and with no trusted revision left the user is told whom to ask', async ({ app }) => {
      const page = app.page;
      await expect(page.getByText(/ondertekend door iemand die deze computer niet kent/)).toBeVisible();
      await expect(page.getByText(/Vraag de BCM-coördinator/)).toBeVisible();
      await expect(page.getByRole('button', { name: /herstellen/ })).toHaveCount(0);
    });
  });

  test.describe('a device key whose plan and history are gone', () => {
    test.use({
      prepareDataDir: {
        run: async (dataDir) => {
          await rm(join(dataDir, 'plan.json'));
          await rm(join(dataDir, 'history'), { recursive: true });
        },
      },
    });

    test('is refused with the way out, and no new sample plan is made', async ({ app }) => {
      const page = app.page;
      await expect(page.getByRole('heading', { level: 1, name: 'Het plan is niet geopend' })).toBeVisible();
      await expect(page.getByText(/Draaiboek begint niet ongemerkt een nieuw plan/)).toBeVisible();
      await expect(page.getByText(/terug uit een back-up/).first()).toBeVisible();
      await expect(page.getByRole('button', { name: /herstellen/ })).toHaveCount(0);
      expect(await readdir(app.dataDir)).not.toContain('plan.json');
    });
  });
});
