import { expect, type Locator, type Page } from '@playwright/test';

/** The app around every screen: the main menu, undo, the language switch. */
export class AppPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.locator('main#main');
  }

  async waitForPlan(): Promise<void> {
    await expect(this.page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ })).toBeVisible();
  }

  async goTo(menuItem: string | RegExp): Promise<void> {
    await this.page.getByRole('navigation', { name: /Hoofdmenu|Main menu/ }).getByRole('link', { name: menuItem }).click();
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Laatste wijziging ongedaan maken|Ongedaan maken|Undo)/ }).click();
  }

  async chooseLanguage(label: 'Nederlands' | 'English'): Promise<void> {
    await this.page.getByLabel(/^(Taal|Language)$/).selectOption({ label });
  }
}
