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

  gap(code: string, recordId: string): Locator {
    return this.page.locator(`[data-testid="health-gap"][data-code="${code}"][data-record="${recordId}"]`);
  }
}
