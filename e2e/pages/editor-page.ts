import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page.js';

/** The editors: a section, a record in it, its fields, and saving it as a new revision. */
export class EditorPage extends AppPage {
  async openSection(name: string | RegExp): Promise<void> {
    await this.goTo(/^(Plan bewerken|Edit plan)$/);
    await this.page.getByRole('navigation', { name: /Onderdelen van het plan|Parts of the plan/ }).getByRole('link', { name }).click();
  }

  async newRecord(): Promise<void> {
    await this.page.getByRole('link', { name: /^(Nieuw|New)$/ }).click();
    await expect(this.form).toBeVisible();
  }

  async openRecord(name: string): Promise<void> {
    await this.page.getByLabel(/^(Filteren|Filter)$/).fill(name);
    await this.page.locator('.record-link', { hasText: name }).first().click();
    await expect(this.form.getByRole('heading', { name })).toBeVisible();
  }

  get form(): Locator {
    return this.page.locator('form.record-form');
  }

  /** A field by its label; a required field's label ends in an asterisk that is not part of its name. */
  field(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.form.getByLabel(new RegExp(`^${escaped}\\*?$`));
  }

  async addReference(fieldLabel: string, optionLabel: string): Promise<void> {
    await this.form.getByLabel(`Toevoegen aan ${fieldLabel}`).selectOption({ label: optionLabel });
  }

  async save(): Promise<void> {
    const button = this.form.getByRole('button', { name: /^(Opslaan|Toevoegen|Save|Add)$/ });
    await button.click();
  }

  errorFor(text: string | RegExp): Locator {
    return this.form.locator('.field-error', { hasText: text });
  }
}
