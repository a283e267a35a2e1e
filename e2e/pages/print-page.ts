import { expect, type FrameLocator, type Locator } from '@playwright/test';
import { AppPage } from './app-page.js';

export type AudienceChoice = 'crisis-team' | 'organisation';

const audienceLabels: Record<AudienceChoice, RegExp> = {
  'crisis-team': /^(Crisisteam: alle nummers|Crisis team: all numbers)$/,
  organisation: /^(Organisatie: zonder privénummers|Organisation: without private numbers)$/,
};

/** The print centre: document and audience choices, the live preview, the actions and the copies register. */
export class PrintPage extends AppPage {
  async open(): Promise<void> {
    await this.goTo(/^(Afdrukken|Print)$/);
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Afdrukken en exporteren|Print and export)$/ })).toBeVisible();
  }

  document(label: string): Locator {
    return this.page.getByRole('group', { name: /^(Welk document\?|Which document\?)$/ }).getByRole('radio', { name: label, exact: true });
  }

  async chooseDocument(label: string): Promise<void> {
    await this.document(label).check();
  }

  audience(which: AudienceChoice): Locator {
    return this.page.getByRole('radio', { name: audienceLabels[which] });
  }

  async chooseAudience(which: AudienceChoice): Promise<void> {
    await this.audience(which).check();
  }

  async setRecipient(recipient: string): Promise<void> {
    await this.page.getByLabel(/^(Ontvanger|Recipient)/).fill(recipient);
  }

  /** The preview frame element, with the kind and audience it shows as data attributes. */
  get previewFrame(): Locator {
    return this.page.getByTestId('print-preview');
  }

  /** The printable inside the sandboxed preview frame. */
  get preview(): FrameLocator {
    return this.page.frameLocator('[data-testid="print-preview"]');
  }

  async waitForPreview(kind: string, audience: AudienceChoice): Promise<void> {
    await expect(this.previewFrame).toHaveAttribute('data-kind', kind);
    await expect(this.previewFrame).toHaveAttribute('data-audience', audience);
  }

  button(name: RegExp): Locator {
    return this.page.getByRole('group', { name: /^(Afdrukken en opslaan|Print and save)$/ }).getByRole('button', { name });
  }

  get printButton(): Locator {
    return this.button(/^(Afdrukken…|Print…)$/);
  }

  get savePdfButton(): Locator {
    return this.button(/^(Opslaan als PDF…|Save as PDF…)$/);
  }

  get saveWordButton(): Locator {
    return this.button(/^(Word-document opslaan…|Save Word document…)$/);
  }

  /** The message after a print or save. */
  get outcome(): Locator {
    return this.page.locator('.print-outcome');
  }

  get registerRows(): Locator {
    return this.page.getByTestId('copy-row');
  }
}
