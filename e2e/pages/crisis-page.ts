import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page.js';

export class CrisisPage extends AppPage {
  async open(): Promise<void> {
    await this.goTo(/^(Wat nu\?|What now\?)$/);
    await expect(this.page.getByRole('heading', { level: 1, name: /Wat nu\?|What now\?/ })).toBeVisible();
  }

  async chooseScenario(name: string | RegExp): Promise<void> {
    await this.page.getByRole('link', { name }).click();
    await expect(this.page.locator('#scenario-title')).toBeVisible();
  }

  get firstHourSteps(): Locator {
    return this.page.getByTestId('first-hour-steps').locator('> li');
  }

  get whoToCall(): Locator {
    return this.page.getByTestId('who-to-call');
  }

  get affectedProcesses(): Locator {
    return this.page.getByTestId('impacted-processes').locator('> li');
  }
}
