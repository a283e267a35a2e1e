import type { cliNl } from './cli.nl.js';

export const cliEn: Record<keyof typeof cliNl, string> = {
  'cli.help': `Draaiboek: the municipality's business continuity plan, signed and offline.

Usage: draaiboek <command> [options]

Commands:
  init --data-dir DIR --name NAME [--sample]     create a data folder with a key and a plan; NAME is this
                                                 laptop's name as colleagues will see it (in bundles and their
                                                 sync logs), for example "Laptop BCM coordinator"
  verify --data-dir DIR [FILE]                   check the plan's signature
  show --data-dir DIR [--json]                   show the plan and its gaps
  history --data-dir DIR                         list the kept revisions
  restore --data-dir DIR --revision N            make revision N current again (as a new revision)
  import-plan --data-dir DIR FILE                take over a plan (JSON) as one new revision
  apply --data-dir DIR CHANGES.json              apply a list of changes as one new revision
  fixture --size S|M|L --out FILE                write a synthetic test plan
  bundle export --data-dir DIR (--out FILE | --kit DIR [--out NAME]) (--passphrase-file FILE | --no-encrypt)
          [--audience crisis-team]
      write the plan as a .draaiboek bundle for a USB stick (with --kit into that folder, with LEESMIJ.txt);
      a bundle is the whole plan, for the crisis team only; passphrase at least 10 characters
  bundle import --data-dir DIR FILE [--passphrase-file FILE] [--trust [--trust-name-collision]] [--yes]
      show what a bundle changes; --yes imports it, --trust trusts an unknown signer,
      --trust-name-collision even when a trusted key already has the same name
  bundle inspect FILE [--passphrase-file FILE]   show what a bundle holds and who signed it
  export docx|html|md --data-dir DIR --out FILE [--what WHAT] [--audience crisis-team|organisation]
      write the plan as Word, printable HTML or Markdown; WHAT: plan, contacts, action-cards (docx),
      binder, contact-sheet, contact-sheet-back, pocket-card, call-tree, action-cards, forms (html);
      organisation (the default) leaves out private numbers
  contacts import --data-dir DIR FILE [--yes]    show what a contacts export (CSV, vCard) changes; --yes takes it over

The key is unlocked with the passphrase in DRAAIBOEK_PASSPHRASE, or asked for.
Language: LANG=nl_NL.UTF-8 for Dutch.
Exit codes of verify: 0 valid, 3 invalid or tampered, 4 unknown signer, 5 older revision, 2 usage.`,
  'cli.passphrasePrompt': 'Passphrase for the key: ',
  'cli.passphraseNewPrompt': 'Choose a passphrase for the new key: ',
  'cli.passphraseRepeatPrompt': 'Repeat the passphrase: ',
  'cli.passphraseMismatch': 'The passphrases differ.',
  'cli.unnamedDevice': 'unnamed laptop',
  'cli.unknownCommand': 'unknown command "{command}" (see draaiboek --help)',
  'cli.missingOption': 'the option {option} is missing',
  'cli.missingFile': 'name a file',
  'cli.badRevision': '--revision must be a positive whole number',
  'cli.badSize': '--size must be S, M or L',
  'cli.initDone': 'Data folder created in {dataDir}. Plan "{title}", revision {revision}.',
  'cli.fingerprint': 'Fingerprint of this key: {fingerprint}',
  'cli.verifyValid': 'Valid: revision {revision} of {savedAt}, signed by {fingerprint} ({signer}).',
  'cli.verifyInvalid': 'Invalid: {reason}',
  'cli.verifyOtherPlan': 'Note: this file belongs to another plan ({planId}) than the data folder.',
  'cli.showTitle': '{title} ({organisation})',
  'cli.showRevision': 'Revision {revision}, saved {savedAt}, signed by {fingerprint}.',
  'cli.showApproval': 'Approved by {approvedBy} on {approvedOn}; valid until {validUntil}; review before {reviewDue}.',
  'cli.showCounts':
    '{people} people, {roles} crisis roles, {processes} processes, {applications} applications, {organisations} external organisations, {locations} locations, {scenarios} scenarios.',
  'cli.showHealthNone': 'No gaps.',
  'cli.showHealthTitle': 'Gaps ({count}):',
  'cli.historyRow': 'revision {revision}  {savedAt}  {fingerprint}  {kilobytes} kB',
  'cli.historyEmpty': 'No revisions kept.',
  'cli.restored': 'Revision {from} was restored as revision {revision}.',
  'cli.imported': '{count} changes taken over as revision {revision}.',
  'cli.importedNothing': 'No differences with the current plan; no new revision was made.',
  'cli.applied': 'Changes applied as revision {revision}.',
  'cli.fixtureWritten': 'Test plan ({size}) written to {out}: {kilobytes} kB.',
  'cli.refused': 'The plan in this data folder was refused: {reason}',
  'cli.refusedMoved': 'The refused file was moved aside as {movedTo}; nothing was overwritten.',
  'cli.refusedLastGood': 'Last good revision: {revision} ({savedAt}). Restore with: draaiboek restore --data-dir {dataDir} --revision {revision}',
  'cli.refusedNoGood': 'There is no good revision in the history.',
  'cli.migrated': 'The plan was read in an older format ({from}) and will be upgraded when saved.',
};
