import { expect, type Locator } from '@playwright/test';
import { AppPage } from './app-page.js';

export type TestOutcome = 'Bereikt' | 'Niet bereikt' | 'Verkeerd nummer' | 'Reached' | 'Not reached' | 'Wrong number';

/** The yearly cycle: the exercise programme, the call-tree test, actions, approval and the evidence pack. */
export class CyclePage extends AppPage {
  /** Answers the first start's question for this laptop's name, so it no longer stands above every screen. */
  async nameLaptop(name: string): Promise<void> {
    await this.page.getByLabel(/^(Naam van deze laptop|Name of this laptop)$/).fill(name);
    await this.page.getByRole('button', { name: /^(Naam opslaan|Save name)$/ }).click();
    await expect(this.page.getByLabel(/^(Naam van deze laptop|Name of this laptop)$/)).toHaveCount(0);
  }

  async open(part?: string | RegExp): Promise<void> {
    await this.goTo(/^(Jaarcyclus|Yearly cycle)$/);
    await expect(this.page.getByRole('heading', { level: 1, name: /^(Jaarcyclus|Yearly cycle)$/ })).toBeVisible();
    if (part !== undefined) await this.part(part);
  }

  async part(name: string | RegExp): Promise<void> {
    await this.page.getByRole('navigation', { name: /Onderdelen van de jaarcyclus|Parts of the yearly cycle/ }).getByRole('link', { name }).click();
  }

  get form(): Locator {
    return this.page.locator('form.record-form');
  }

  field(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.form.getByLabel(new RegExp(`^${escaped}\\*?$`));
  }

  get exercises(): Locator {
    return this.page.getByTestId('exercise-list').locator('tbody tr');
  }

  async planExercise(exercise: { title: string; kind: string; date: string; scenario?: string; process?: string }): Promise<void> {
    await this.page.getByRole('link', { name: /^(Oefening plannen|Plan an exercise)$/ }).click();
    await expect(this.form).toBeVisible();
    await this.field('Titel').fill(exercise.title);
    await this.field('Soort').selectOption({ label: exercise.kind });
    await this.field('Datum').fill(exercise.date);
    if (exercise.scenario !== undefined) await this.form.getByLabel('Toevoegen aan Scenario’s').selectOption({ label: exercise.scenario });
    if (exercise.process !== undefined) await this.form.getByLabel('Toevoegen aan Processen').selectOption({ label: exercise.process });
    await this.form.getByRole('button', { name: /^(Toevoegen|Add)$/ }).click();
    await expect(this.exercises.filter({ hasText: exercise.title })).toHaveCount(1);
  }

  person(name: string): Locator {
    return this.page.getByTestId('ctt-person').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  get people(): Locator {
    return this.page.getByTestId('ctt-person');
  }

  async startTest(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Test starten|Start the test)$/ }).click();
    await expect(this.people.first()).toBeVisible();
  }

  async mark(row: Locator, outcome: TestOutcome): Promise<void> {
    await row.getByRole('button', { name: outcome, exact: true }).click();
    await expect(row.getByTestId('ctt-outcome')).toHaveText(outcome);
  }

  get progress(): Locator {
    return this.page.getByTestId('ctt-progress');
  }

  async finishTest(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Test afronden en vastleggen|Finish and record the test)$/ }).click();
    await expect(this.page.getByTestId('ctt-finished')).toBeVisible();
  }

  get approvalStatus(): Locator {
    return this.page.getByTestId('approval-status');
  }

  get changesSinceApproval(): Locator {
    return this.page.getByTestId('changes-since-approval');
  }
}
