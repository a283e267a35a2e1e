import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page.js';

export class SearchPage extends AppPage {
  async open(): Promise<void> {
    await this.goTo(/^(Zoeken|Search)$/);
  }

  get input(): Locator {
    return this.page.getByRole('searchbox', { name: /Zoek op naam|Search by name/ });
  }

  get results(): Locator {
    return this.page.locator('.search-result');
  }
}

export class HistoryPage extends AppPage {
  async open(): Promise<void> {
    await this.goTo(/^(Geschiedenis|History)$/);
    await expect(this.rows.first()).toBeVisible();
  }

  get rows(): Locator {
    return this.page.getByTestId('history-row');
  }

  row(revision: number): Locator {
    return this.page.locator(`[data-testid="history-row"][data-revision="${revision}"]`);
  }

  async restore(revision: number): Promise<void> {
    await this.row(revision).getByRole('button', { name: `Revisie ${revision} herstellen` }).click();
    await this.row(revision).getByRole('button', { name: `Ja, revisie ${revision} herstellen` }).click();
  }
}

export class ImpactPage extends AppPage {
  async open(): Promise<void> {
    await this.goTo(/^Impact$/);
  }

  async markUnavailable(group: string, name: string): Promise<void> {
    const fieldset = this.page.getByRole('group', { name: new RegExp(`^${group}`) });
    await fieldset.getByRole('checkbox', { name }).check();
  }

  get processes(): Locator {
    return this.page.getByTestId('impacted-processes').locator('> li');
  }
}

export class ContactsPage extends AppPage {
  async open(): Promise<void> {
    await this.goTo(/^(Contacten|Contacts)$/);
  }

  async chooseFile(): Promise<void> {
    await this.page.getByRole('button', { name: /Bestand kiezen|Choose file/ }).click();
  }

  get rows(): Locator {
    return this.page.getByTestId('contact-row');
  }

  async apply(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Importeren|Import)$/ }).click();
  }
}
