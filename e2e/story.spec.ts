import { join } from 'node:path';
import { readVerifiedPlanFile } from '../main/core/store/plan-file.js';
import { loadTrustStore } from '../main/core/crypto/trust-store.js';
import { expect, test } from './fixtures.js';
import { EditorPage } from './pages/editor-page.js';
import { OverviewPage } from './pages/overview-page.js';

test('the whole story: add a person, make them deputy, the gap closes, and after a restart it is still there, validly signed', async ({ app }) => {
  const overview = new OverviewPage(app.page);
  await overview.waitForPlan();
  await expect(overview.gap('roleWithoutDeputy', 'rol-ciso')).toBeVisible();

  const editor = new EditorPage(app.page);
  await editor.openSection('Personen');
  await editor.newRecord();
  await editor.field('Naam').fill('Sven Adriaanse');
  await editor.field('Functie').fill('Security officer');
  await editor.form.getByRole('button', { name: 'Telefoonnummers: regel toevoegen' }).click();
  await editor.field('Nummer').fill('06 28765432');
  await editor.save();
  await expect(app.page.locator('#record-title')).toHaveText('Sven Adriaanse');

  await editor.openSection('Crisisrollen');
  await editor.openRecord('CISO');
  await editor.addReference('Plaatsvervangers', 'Sven Adriaanse');
  await editor.save();
  await expect(editor.form.getByRole('button', { name: 'Sven Adriaanse weghalen' })).toBeVisible();

  await overview.open();
  await expect(overview.revision).toContainText('3');
  await expect(overview.gap('roleWithoutDeputy', 'rol-ciso')).toHaveCount(0);

  await app.restart();
  await overview.waitForPlan();
  await expect(overview.revision).toContainText('3');
  await expect(overview.gap('roleWithoutDeputy', 'rol-ciso')).toHaveCount(0);
  await editor.openSection('Crisisrollen');
  await editor.openRecord('CISO');
  await expect(editor.form.getByRole('button', { name: 'Sven Adriaanse weghalen' })).toBeVisible();

  // The plan on disk verifies against this device's trusted key.
  const trust = await loadTrustStore(app.dataDir);
  const verified = await readVerifiedPlanFile(join(app.dataDir, 'plan.json'), (keyid) => trust.lookup(keyid));
  expect(verified.signed.revision).toBe(3);
  const sven = verified.signed.plan.content.people.find((person) => person.name === 'Sven Adriaanse');
  expect(sven?.phones[0]?.number).toBe('+31628765432');
  expect(verified.signed.plan.content.roles.find((role) => role.id === 'rol-ciso')?.deputyPersonIds).toEqual([sven?.id]);
});
