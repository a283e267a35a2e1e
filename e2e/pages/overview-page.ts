import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page.js';

export class OverviewPage extends AppPage {
  async open(): Promise<void> {
    await this.goTo(/^(Overzicht|Overview)$/);
    await expect(this.title).toBeVisible();
  }

  get title(): Locator {
    return this.page.locator('#plan-title');
  }

  get revision(): Locator {
    return this.page.getByTestId('plan-revision');
  }

  get fingerprint(): Locator {
    return this.page.getByTestId('plan-fingerprint');
  }

  /** Opens a rule's group of the health list; a group of many cases opens only on request. */
  async openGroup(code: string): Promise<void> {
    const details = this.page.locator(`[data-testid="health-group"][data-code="${code}"] details`);
    if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
    await expect(details).toHaveAttribute('open', '');
  }

  gap(code: string, recordId: string): Locator {
    return this.page.locator(`[data-testid="health-gap"][data-code="${code}"][data-record="${recordId}"]`);
  }
}
