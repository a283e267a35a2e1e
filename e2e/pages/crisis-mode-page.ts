import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page.js';

/** Crisis mode: activation, the card and the parts behind the tabs. */
export class CrisisModePage extends AppPage {
  async open(): Promise<void> {
    await this.goTo(/^(Wat nu\?|What now\?)$/);
  }

  async activate(options: { scenarios: readonly (string | RegExp)[]; by: string; role?: string | RegExp; exercise: boolean }): Promise<void> {
    const form = this.page.locator('form.activation-form');
    for (const scenario of options.scenarios) await form.getByRole('checkbox', { name: scenario }).check();
    await form.getByLabel(/Geactiveerd door|Activated by/).fill(options.by);
    if (options.role !== undefined) await form.getByLabel(/In de rol van|In the role of/).selectOption({ label: typeof options.role === 'string' ? options.role : undefined });
    if (options.exercise) await form.getByRole('checkbox', { name: /oefening|exercise/i }).check();
    await form.getByRole('button', { name: /Crisis activeren|Activate crisis/ }).click();
    await expect(this.card).toBeVisible();
  }

  tab(name: RegExp): Locator {
    return this.page.getByRole('tablist').getByRole('tab', { name });
  }

  async show(name: RegExp): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  get card(): Locator {
    return this.page.getByTestId('crisis-card');
  }

  get banner(): Locator {
    return this.page.getByTestId('exercise-banner');
  }

  get checklistItems(): Locator {
    return this.page.getByTestId('checklist-item');
  }

  get logEntries(): Locator {
    return this.page.getByTestId('log-entry');
  }

  get decisions(): Locator {
    return this.page.getByTestId('decision');
  }

  async writeLog(message: string, extra: { from?: string; to?: string } = {}): Promise<void> {
    const count = await this.logEntries.count();
    if (extra.from !== undefined) await this.page.getByRole('textbox', { name: /^(Van|From)$/ }).fill(extra.from);
    if (extra.to !== undefined) await this.page.getByRole('textbox', { name: /^(Aan|To)$/ }).fill(extra.to);
    await this.page.getByRole('textbox', { name: /^(Bericht|Message)$/ }).fill(message);
    await this.page.getByRole('button', { name: /In logboek zetten|Add to logbook/ }).click();
    await expect(this.logEntries).toHaveCount(count + 1);
  }

  async decide(decision: string, rationale: string): Promise<void> {
    const count = await this.decisions.count();
    await this.page.getByRole('textbox', { name: /^(Besluit|Decision)$/ }).fill(decision);
    await this.page.getByRole('textbox', { name: /^(Waarom|Why)$/ }).fill(rationale);
    await this.page.getByRole('button', { name: /Besluit vastleggen|Record decision/ }).click();
    await expect(this.decisions).toHaveCount(count + 1);
  }
}
