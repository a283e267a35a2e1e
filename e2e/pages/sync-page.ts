import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page.js';

type Protection = { readonly passphrase: string } | { readonly unencrypted: true };

/** The USB sync screen (export, import with preview, the log) and the conflicts screen. */
export class SyncPage extends AppPage {
  async open(): Promise<void> {
    await this.goTo(/^(USB-stick|USB stick)$/);
    await expect(this.page.getByRole('heading', { level: 1, name: /^(USB-synchronisatie|USB sync)$/ })).toBeVisible();
  }

  private get exportPanel(): Locator {
    return this.page.getByRole('region', { name: /^(Naar een USB-stick|To a USB stick)$/ });
  }

  private async protect(protection: Protection): Promise<void> {
    const panel = this.exportPanel;
    if ('passphrase' in protection) {
      await panel.getByLabel(/^Versleutelen met een wachtwoordzin/).check();
      await panel.getByLabel(/^Wachtwoordzin$/).fill(protection.passphrase);
      await panel.getByLabel(/^Wachtwoordzin nogmaals$/).fill(protection.passphrase);
    } else {
      await panel.getByLabel(/^Niet versleutelen$/).check();
      await panel.getByLabel(/^Ik begrijp dit/).check();
    }
  }

  /** Writes the bundle alone through the "save as" dialog; resolves when main read it back and checked it. */
  async exportBundle(protection: Protection, recipient: string): Promise<void> {
    const panel = this.exportPanel;
    await panel.getByLabel(/^Voor wie is deze kopie/).fill(recipient);
    await panel.getByLabel(/^Alleen de bundel/).check();
    await this.protect(protection);
    await panel.getByRole('button', { name: 'Bundel opslaan…' }).click();
    await expect(panel.getByTestId('export-done')).toContainText('Geschreven en teruggelezen');
  }

  /** Writes the readable kit into the folder the folder dialog answers with. */
  async exportKit(protection: Protection, recipient: string, documents: { pdf: boolean; word: boolean }): Promise<Locator> {
    const panel = this.exportPanel;
    await panel.getByLabel(/^Voor wie is deze kopie/).fill(recipient);
    await panel.getByLabel(/^Een leesbare set in een map/).check();
    await panel.getByLabel(/^De crisismap als PDF meenemen$/).setChecked(documents.pdf);
    await panel.getByLabel(/^Het plan als Word-document meenemen$/).setChecked(documents.word);
    await this.protect(protection);
    await panel.getByRole('button', { name: 'Map kiezen en set schrijven…' }).click();
    const done = panel.getByTestId('export-done');
    await expect(done).toContainText('Geschreven en teruggelezen', { timeout: 30_000 });
    return done;
  }

  async chooseImport(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Bundel kiezen…|Choose bundle…)$/ }).click();
  }

  /** Drops a file onto the window as the desktop would: a drop event carrying the file. */
  async dropFile(path: string): Promise<void> {
    const base64 = (await readFile(path)).toString('base64');
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, content }) => {
        const bytes = Uint8Array.from(atob(content), (character) => character.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name));
        return transfer;
      },
      { name: basename(path), content: base64 },
    );
    await this.page.dispatchEvent('main#main', 'drop', { dataTransfer });
  }

  async enterBundlePassphrase(passphrase: string): Promise<void> {
    await this.page.getByLabel(/^(Wachtwoordzin van de bundel|The bundle's passphrase)$/).fill(passphrase);
    await this.page.getByRole('button', { name: /^(Openen|Open)$/ }).click();
  }

  get preview(): Locator {
    return this.page.getByTestId('import-preview');
  }

  get previewFingerprint(): Locator {
    return this.preview.getByTestId('preview-fingerprint');
  }

  async confirmFingerprint(): Promise<void> {
    await this.preview.getByLabel(/klopt met de papieren crisismap/).check();
  }

  get applyButton(): Locator {
    return this.preview.getByRole('button', { name: /^(Inlezen|Read in)$/ });
  }

  /** Applies the previewed bundle and waits for the new revision. */
  async apply(): Promise<void> {
    await this.applyButton.click();
    await expect(this.page.getByTestId('import-done')).toContainText(/Ingelezen als revisie \d+/);
  }

  get log(): Locator {
    return this.page.getByTestId('sync-log');
  }
}

/** The conflicts screen, reached from the overview's banner. */
export class ConflictsPage extends AppPage {
  async openFromOverview(): Promise<void> {
    await this.goTo(/^(Overzicht|Overview)$/);
    await this.page.getByTestId('conflicts-banner').getByRole('link').click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Conflicten|Conflicts)$/ })).toBeVisible();
  }

  get cards(): Locator {
    return this.page.getByTestId('conflict');
  }

  async takeOther(card: Locator): Promise<void> {
    await card.getByRole('button', { name: /^(Andere waarde nemen|Take other value)$/ }).click();
  }

  get none(): Locator {
    return this.page.getByTestId('no-conflicts');
  }
}
