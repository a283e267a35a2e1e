import type { bundlesNl } from './bundles.nl.js';

/** USB bundles (.draaiboek), in English. */
export const bundlesEn: Record<keyof typeof bundlesNl, string> = {
  'bundles.readme.intro': `README: business continuity plan of {organisation}

This folder holds the business continuity plan "{title}" of {organisation}, revision {revision} of {savedAt},
as a Draaiboek bundle: {bundle}.`,
  'bundles.readme.encrypted':
    'The bundle {bundle} is encrypted with a passphrase (age). Without that passphrase the bundle cannot be read; ask the BCM coordinator for it, never through the same channel as this USB stick. The other files listed below are NOT encrypted.',
  'bundles.readme.plain':
    'Note: this bundle is NOT encrypted. Anyone holding this USB stick can read the plan, phone numbers included. Keep the stick locked away.',
  'bundles.readme.import': `Importing into Draaiboek: open Draaiboek, choose "Import bundle" and pick {bundle} (or drop the file on
the window, or double-click it). Draaiboek checks the signature, shows what changes and applies nothing until
you confirm. On the command line:
  draaiboek bundle import --data-dir FOLDER {bundle}`,
  'bundles.readme.decryptEncrypted': `Opening without Draaiboek: with the age tool (https://age-encryption.org), for example
  age --decrypt -o plan.json {bundle}
and type the passphrase. plan.json is readable JSON: the signed plan is under "plan".`,
  'bundles.readme.decryptPlain': 'Opening without Draaiboek: {bundle} is readable JSON (UTF-8); the signed plan is under "plan".',
  'bundles.readme.fingerprint': `Fingerprint of the signer ({signer}):
  {fingerprint}
Compare it with the fingerprint printed on every page of the paper binder. If they differ, do not import
the bundle and tell the BCM coordinator.`,
  'bundles.readme.files': 'What this folder holds, and what anyone with this stick can read:',
  'bundles.readme.fileEncrypted': '  - {file}: encrypted, readable only with the passphrase',
  'bundles.readme.filePlainBundle': '  - {file}: NOT encrypted, the whole plan with every phone number',
  'bundles.readme.fileCrisisTeam':
    "  - {file}: NOT encrypted, readable without a passphrase; for the crisis team, with private numbers",
  'bundles.readme.fileOrganisation': '  - {file}: NOT encrypted, readable without a passphrase; for the organisation, without private numbers',
  'bundles.readme.fileReadme': '  - {file}: this file, NOT encrypted',

  'bundles.kind.adopt': 'New plan: this device has no plan of its own yet and takes this plan over.',
  'bundles.kind.merge': 'Same plan: the changes are merged into a new revision.',
  'bundles.kind.older': 'Older version: this bundle holds nothing this device does not have already. Nothing is applied.',
  'bundles.kind.same': 'Up to date: this bundle holds exactly what this device already has.',
  'bundles.kind.other-plan': 'Different plan: this bundle belongs to another plan ({planId}) and is not mixed into yours.',

  'bundles.collection.meta': 'plan details',
  'bundles.collection.people': 'people',
  'bundles.collection.roles': 'crisis roles',
  'bundles.collection.callTree': 'call tree',
  'bundles.collection.organisations': 'external organisations',
  'bundles.collection.applications': 'applications',
  'bundles.collection.locations': 'locations',
  'bundles.collection.processes': 'processes',
  'bundles.collection.scenarios': 'scenarios',
  'bundles.collection.exercises': 'exercises',
  'bundles.collection.improvementActions': 'improvement actions',
  'bundles.collection.approvals': 'approvals',

  'bundles.cli.exported': 'Bundle written and read back: {path} ({size} bytes, revision {revision}, {encryption}).',
  'bundles.cli.encrypted': 'encrypted',
  'bundles.cli.notEncrypted': 'NOT encrypted',
  'bundles.cli.copyNumber': 'Registered as copy {copyNumber}. Fingerprint: {fingerprint}.',
  'bundles.cli.kitFile': '  {path}',
  'bundles.cli.kitWritten': 'Readable kit written in {dir}:',
  'bundles.cli.inspectFile': 'Bundle: {path} ({encryption})',
  'bundles.cli.inspectPlan': 'Plan: {title} ({organisation}), revision {revision} of {savedAt}, plan id {planId}.',
  'bundles.cli.inspectExported': 'Exported on {createdAt}.',
  'bundles.cli.signer': 'Signer: {name}, fingerprint {fingerprint} ({trust}).',
  'bundles.cli.trusted': 'trusted',
  'bundles.cli.untrusted': 'UNKNOWN: compare the fingerprint with the paper binder',
  'bundles.cli.previewChanges': 'Changes compared with this device:',
  'bundles.cli.previewCollection': '  {collection}: {added} new, {changed} changed, {deleted} deleted',
  'bundles.cli.previewRecord': '    {change} {name}',
  'bundles.cli.previewMore': '    ... and {count} more',
  'bundles.cli.previewNoChanges': 'No changes to the content.',
  'bundles.cli.previewConflicts': 'Conflicts ({count}), to review after the import:',
  'bundles.cli.previewConflict': '  {collection} "{name}", field {field}: here "{mine}", in the bundle "{theirs}"',
  'bundles.cli.previewOnly': 'This was a preview; nothing was changed. Run the same command with --yes to import.',
  'bundles.cli.audienceUnknown': 'unknown audience "{audience}": choose crisis-team (a bundle is always the whole plan)',
  'bundles.cli.sameName': `CAUTION: two keys with the same name.
  This bundle:          "{name}", fingerprint {fingerprint}
  Already trusted:      "{trustedName}", fingerprint {trustedFingerprint}
Trust the new key only after comparing both with the paper binder; then add --trust-name-collision.`,
  'bundles.cli.needsTrust':
    'The signer is unknown. Compare the fingerprint with the paper binder and add --trust if it matches.',
  'bundles.cli.applied': 'Imported as revision {revision}; {conflicts} new conflicts to review.',
  'bundles.cli.nothingToApply': 'There is nothing to import.',
  'bundles.cli.passphraseFileEmpty': 'the passphrase file {path} is empty',
  'bundles.cli.encryptChoice': 'choose --passphrase-file FILE (encrypted) or --no-encrypt (unencrypted)',
  'bundles.cli.subcommand': 'choose export, import or inspect (see draaiboek --help)',
  'bundles.cli.passphrasePrompt': 'Bundle passphrase: ',
  'bundles.cli.change.added': '+',
  'bundles.cli.change.changed': '~',
  'bundles.cli.change.deleted': '-',
};
