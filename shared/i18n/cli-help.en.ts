import type { cliHelpNl } from './cli-help.nl.js';

/** `draaiboek --help` and `draaiboek <command> --help`, in English, key for key with the Dutch source. */
export const cliHelpEn: Record<keyof typeof cliHelpNl, string> = {
  'cli.help.intro': `Draaiboek: the municipality's business continuity plan, signed and offline.

Usage: draaiboek <command> [options]; draaiboek <command> --help explains one command.
Wherever --data-dir DIR appears, DRAAIBOEK_DATA_DIR may name the folder.

Commands:`,
  'cli.help.command.init': `  init --data-dir DIR --name NAME [--sample] [--encrypted]
      create a data folder with this laptop's key and the first signed revision of a plan
      --data-dir DIR   the new data folder (made if it does not exist)
      --sample         start from the sample plan (Gemeente Voorbeeldstad) instead of an empty plan
      --name NAME      this laptop's name, as colleagues see it in bundles, their sync logs and the stick's
                       readme, for example "Laptop BCM coordinator" (without --name: DRAAIBOEK_DEVICE_NAME;
                       else init refuses: the OS account's name is never used); the key's passphrase has at
                       least 12 characters
      --encrypted      encrypt every file with plan content at rest (required for a folder on a USB stick)`,
  'cli.help.command.encryption': `  encryption on|off --data-dir DIR
      turn encryption at rest on or off: every file with plan content (plan, history, refused files, register
      of copies) is rewritten; an interruption leaves the old form or the new one
      --data-dir DIR   the data folder`,
  'cli.help.command.verify': `  verify --data-dir DIR [FILE]
      check a plan file (default DIR/plan.json) against the folder's trusted keys and highest revision;
      prints revision, signer fingerprint and the reason, also when the file is refused; reads only
      --data-dir DIR   the data folder whose trusted keys apply`,
  'cli.help.command.show': `  show --data-dir DIR [--json]
      show the plan: title, revision, signer, approval, counts and gaps
      --data-dir DIR   the data folder
      --json           everything as JSON, with the content import-plan takes back`,
  'cli.help.command.history': `  history --data-dir DIR
      list the kept revisions, newest first
      --data-dir DIR   the data folder`,
  'cli.help.command.restore': `  restore --data-dir DIR --revision N
      make revision N current again, as a new revision (history only grows); a record deleted since comes
      back under a new id (id-rN): a deletion is final
      --data-dir DIR   the data folder
      --revision N     the revision to bring back (see history)`,
  'cli.help.command.import-plan': `  import-plan --data-dir DIR FILE
      take over an unsigned plan (JSON, the content of show --json); only its differences become one new
      revision
      --data-dir DIR   the data folder`,
  'cli.help.command.apply': `  apply --data-dir DIR CHANGES.json
      apply a list of changes (create, update, delete, updateMeta) as one new revision
      --data-dir DIR   the data folder`,
  'cli.help.command.contacts': `  contacts import --data-dir DIR FILE [--yes] [--accept-name-matches]
      show which contacts from an Outlook or Google CSV or a vCard would be added or update a person
      --data-dir DIR           the data folder
      --yes                    take them over as one new revision (without --yes nothing changes)
      --accept-name-matches    with --yes, also update people found by name alone (namesakes)`,
  'cli.help.command.export': `  export docx|html|md|csv --data-dir DIR --out FILE [--what WHAT] [--audience AUDIENCE] [--language LANGUAGE]
         [--recipient NAME]
      write the plan as a Word document, printable HTML or Markdown
      --data-dir DIR         the data folder
      --out FILE             the file to write
      --what WHAT            docx: plan (the default), contacts, action-cards; html: binder, contact-sheet,
                             contact-sheet-back, pocket-card, call-tree, action-cards, forms
      --audience AUDIENCE    organisation (the default, without private numbers) or crisis-team
      --language LANGUAGE    nl or en (default: the language of LANG)
      --recipient NAME       whom this numbered copy is for, in the register of copies`,
  'cli.help.command.approve': `  approve --data-dir DIR --revision N --by BODY --date YYYY-MM-DD [--reference DECISION] [--name NAME]
      record that a body adopted revision N of the plan; the approval names that revision's content, signature
      and key, and is sealed with this device's key. Review due: a year later; valid until: two years later
      --revision N          the adopted revision (see history)
      --by BODY             college, gemeentesecretaris, directieteam or other (then with --name)
      --date YYYY-MM-DD     the day of the decision
      --reference DECISION  the decision reference (besluitnummer)`,
  'cli.help.command.calltree-test': `  calltree-test record --data-dir DIR FILE.json
      record a finished call-tree test as an exercise, in one revision: each number that reached someone gets
      the test's day as last verified, each wrong number is flagged
      FILE.json             JSON with "date" (YYYY-MM-DD) and "results": per person "personId", "outcome"
                            (reached, not-reached or wrong-number), "number" (+31...) and "at" (an instant)`,
  'cli.help.command.bundle': `  bundle export --data-dir DIR (--out FILE | --kit DIR [--out NAME]) (--passphrase-file FILE | --no-encrypt)
         [--recipient NAME] [--audience crisis-team]
      write the plan as a .draaiboek bundle for a USB stick, read it back and verify it
      --out FILE                 the bundle file; with --kit, the bundle's name inside the kit folder (refused
                                 when the path points outside it)
      --passphrase-file FILE     encrypt with the passphrase on the first line of this file (at least 10 characters)
      --no-encrypt               write the bundle unencrypted (only when explicitly asked)
      --kit DIR                  also write a readable folder: the bundle and LEESMIJ.txt
      --recipient NAME           whom the bundle is for, in the register of copies
      --audience AUDIENCE        crisis-team (the default); organisation is refused: a bundle is the whole plan,
                                 private numbers included
  bundle import --data-dir DIR FILE [--passphrase-file FILE] [--trust [--trust-name-collision]] [--yes]
      show what a bundle changes and who signed it; changes nothing without --yes
      --passphrase-file FILE     the passphrase of an encrypted bundle (else asked for)
      --trust                    trust an unknown signer (compare the fingerprint with the binder first)
      --trust-name-collision     trust it even when a trusted key already has the same name
      --yes                      import the bundle
  bundle inspect FILE [--passphrase-file FILE] [--data-dir DIR]
      show what a bundle holds and who signed it; reads only
      --passphrase-file FILE     the passphrase of an encrypted bundle (else asked for)
      --data-dir DIR             say whether the signer is trusted in this data folder`,
  'cli.help.command.crisis': `  crisis start --data-dir DIR (--scenario ID [--scenario ID ...] | --other TEXT) [--exercise] [--at TIME]
         [--by NAME] [--role ID]
      activate a crisis: one or more of the plan's scenarios together, or something unforeseen; prints its id
      --scenario ID        a scenario of the plan (repeat for several scenarios at once)
      --other TEXT         an unforeseen crisis, described
      --exercise           an EXERCISE, not a real crisis
      --at TIME            the moment of activation, when it was earlier (2026-12-03T09:30); default now
      --by NAME            who activated it (default: this laptop's name)
      --role ID            in which crisis role
  crisis log --data-dir DIR [--crisis ID] --text TEXT [--from WHO] [--to WHO] [--by NAME] [--at TIME]
      write an entry in the log (never changed or erased: a correction is a new entry)
  crisis decide --data-dir DIR [--crisis ID] --text TEXT [--rationale TEXT] [--by NAME] [--at TIME]
      record a decision, with its rationale and who decided
  crisis tick --data-dir DIR [--crisis ID] --step N [--not-applicable REASON] [--by NAME]
      tick step N of the checklist (its number in crisis status), or mark it not applicable
  crisis unavailable --data-dir DIR [--crisis ID] --person ID [--from TIME] [--until TIME] [--reason REASON]
      report someone unavailable (reason: ill, unreachable, leave, other), from now or --from, until --until
  crisis status --data-dir DIR [--crisis ID] [--json]
      show the checklist, log, decisions, availability and every refused event; exit code 3 when the log holds
      a changed or unlinked event (the rest is still shown)
  crisis close --data-dir DIR [--crisis ID] [--by NAME] [--at TIME]
      close the crisis; after that only an evaluation can be added
  crisis list --data-dir DIR
      every crisis of the data folder, the latest first
  crisis export record --data-dir DIR [--crisis ID] --out FILE
      write the crisis's signed record as one file for the archive
  crisis export docx --data-dir DIR [--crisis ID] [--language nl|en] --out FILE
      write the crisis record as a Word document: cover, timeline, decisions, checklist, staffing and
      handovers; EXERCISE on every page of an exercise
  crisis export pdf --data-dir DIR [--crisis ID] [--language nl|en] --out FILE
      the same crisis record as PDF, made by LibreOffice (which must be installed)
      --crisis ID          which crisis (default: the open crisis activated last)
      --language LANG      nl or en (default: the system's language)
      --json               as JSON
      --out FILE           the file to write (an existing file is not overwritten)`,
  'cli.help.command.fixture': `  fixture --size S|M|L --out FILE [--seed N]
      write a synthetic valid plan of about 100 KB, 1 MB or 10 MB (for tests and benchmarks)
      --size S|M|L     the size
      --out FILE       the file to write
      --seed N         another number gives another plan (default 1)`,
  'cli.help.outro': `Every command also takes --help.

Environment variables:
  DRAAIBOEK_PASSPHRASE    the key's passphrase; without it, it is asked for
  DRAAIBOEK_DATA_DIR      the data folder, when --data-dir is not given
  DRAAIBOEK_DEVICE_NAME   this laptop's name for init without --name
  LC_ALL, LC_MESSAGES, LANG   the language: nl_NL.UTF-8 for Dutch, en_GB.UTF-8 for English

Exit codes: 0 done, 1 failed, 2 wrong usage; verify: 3 invalid or tampered, 4 unknown signer, 5 older
revision; crisis status, list and export: 3 a changed or unlinked event in the log.`,
};
