import { type Locator } from '@playwright/test';
import { AppPage } from './app-page.js';

/** The security screen: whether the data folder is encrypted at rest, and the switch. */
export class SecurityPage extends AppPage {
  async open(): Promise<void> {
    await this.goTo(/^(Beveiliging|Security)$/);
  }

  get state(): Locator {
    return this.page.getByTestId('at-rest-state');
  }

  switchButton(name: string | RegExp): Locator {
    return this.main.getByRole('button', { name });
  }
}
