/** The command line's own words, in Dutch (the source language). */
export const cliNl = {
  'cli.help': `Draaiboek: het bedrijfscontinuïteitsplan van de gemeente, ondertekend en offline.

Gebruik: draaiboek <opdracht> [opties]

Opdrachten:
  init --data-dir MAP --name NAAM [--sample]     maak een gegevensmap met sleutel en plan; NAAM is de naam
                                                 van deze laptop zoals collega's hem zien (in bundels en hun
                                                 synchronisatielog), bijvoorbeeld "Laptop BCM-coördinator"
  verify --data-dir MAP [BESTAND]                controleer de handtekening van het plan
  show --data-dir MAP [--json]                   toon het plan en de aandachtspunten
  history --data-dir MAP                         toon de bewaarde revisies
  restore --data-dir MAP --revision N            maak revisie N weer actueel (als nieuwe revisie)
  import-plan --data-dir MAP BESTAND             neem een plan (JSON) over als één nieuwe revisie
  apply --data-dir MAP WIJZIGINGEN.json          voer een lijst wijzigingen door als één nieuwe revisie
  fixture --size S|M|L --out BESTAND             schrijf een synthetisch testplan
  bundle export --data-dir MAP (--out BESTAND | --kit MAP [--out NAAM]) (--passphrase-file BESTAND | --no-encrypt)
          [--audience crisis-team]
      schrijf het plan als .draaiboek-bundel voor een USB-stick (met --kit in die map, met LEESMIJ.txt);
      een bundel is het hele plan, alleen voor het crisisteam; wachtwoordzin minstens 10 tekens
  bundle import --data-dir MAP BESTAND [--passphrase-file BESTAND] [--trust [--trust-name-collision]] [--yes]
      toon wat een bundel wijzigt; met --yes inlezen, --trust vertrouwt een onbekende ondertekenaar,
      --trust-name-collision ook als een vertrouwde sleutel al dezelfde naam heeft
  bundle inspect BESTAND [--passphrase-file BESTAND]   toon wat een bundel bevat en wie hem ondertekende
  export docx|html|md --data-dir MAP --out BESTAND [--what WAT] [--audience crisis-team|organisation]
      schrijf het plan als Word, afdrukbare HTML of Markdown; WAT: plan, contacts, action-cards (docx),
      binder, contact-sheet, contact-sheet-back, pocket-card, call-tree, action-cards, forms (html);
      organisation (standaard) laat privénummers weg
  contacts import --data-dir MAP BESTAND [--yes] toon wat een contactenexport (CSV, vCard) wijzigt; --yes neemt het over

De sleutel wordt ontgrendeld met de wachtwoordzin uit DRAAIBOEK_PASSPHRASE, of gevraagd.
Taal: LANG=en_GB.UTF-8 voor Engels.
Afsluitcodes van verify: 0 geldig, 3 ongeldig of gewijzigd, 4 onbekende ondertekenaar, 5 oudere revisie, 2 gebruik.`,
  'cli.passphrasePrompt': 'Wachtwoordzin voor de sleutel: ',
  'cli.passphraseNewPrompt': 'Kies een wachtwoordzin voor de nieuwe sleutel: ',
  'cli.passphraseRepeatPrompt': 'Herhaal de wachtwoordzin: ',
  'cli.passphraseMismatch': 'De wachtwoordzinnen verschillen.',
  'cli.unnamedDevice': 'laptop zonder naam',
  'cli.unknownCommand': 'onbekende opdracht "{command}" (zie draaiboek --help)',
  'cli.missingOption': 'de optie {option} ontbreekt',
  'cli.missingFile': 'geef een bestand op',
  'cli.badRevision': '--revision moet een positief geheel getal zijn',
  'cli.badSize': '--size moet S, M of L zijn',
  'cli.initDone': 'Gegevensmap gemaakt in {dataDir}. Plan "{title}", revisie {revision}.',
  'cli.fingerprint': 'Vingerafdruk van deze sleutel: {fingerprint}',
  'cli.verifyValid': 'Geldig: revisie {revision} van {savedAt}, ondertekend door {fingerprint} ({signer}).',
  'cli.verifyInvalid': 'Ongeldig: {reason}',
  'cli.verifyOtherPlan': 'Let op: dit bestand hoort bij een ander plan ({planId}) dan de gegevensmap.',
  'cli.showTitle': '{title} ({organisation})',
  'cli.showRevision': 'Revisie {revision}, opgeslagen {savedAt}, ondertekend door {fingerprint}.',
  'cli.showApproval': 'Vastgesteld door {approvedBy} op {approvedOn}; geldig tot {validUntil}; herzien vóór {reviewDue}.',
  'cli.showCounts':
    '{people} personen, {roles} crisisrollen, {processes} processen, {applications} applicaties, {organisations} externe organisaties, {locations} locaties, {scenarios} scenario\'s.',
  'cli.showHealthNone': 'Geen aandachtspunten.',
  'cli.showHealthTitle': 'Aandachtspunten ({count}):',
  'cli.historyRow': 'revisie {revision}  {savedAt}  {fingerprint}  {kilobytes} kB',
  'cli.historyEmpty': 'Geen revisies bewaard.',
  'cli.restored': 'Revisie {from} is hersteld als revisie {revision}.',
  'cli.imported': '{count} wijzigingen overgenomen als revisie {revision}.',
  'cli.importedNothing': 'Geen verschillen met het huidige plan; er is geen nieuwe revisie gemaakt.',
  'cli.applied': 'Wijzigingen doorgevoerd als revisie {revision}.',
  'cli.fixtureWritten': 'Testplan ({size}) geschreven naar {out}: {kilobytes} kB.',
  'cli.refused': 'Het plan in deze gegevensmap is geweigerd: {reason}',
  'cli.refusedMoved': 'Het geweigerde bestand is apart gezet als {movedTo}; er is niets overschreven.',
  'cli.refusedLastGood': 'Laatste goede revisie: {revision} ({savedAt}). Herstel met: draaiboek restore --data-dir {dataDir} --revision {revision}',
  'cli.refusedNoGood': 'Er is geen goede revisie in de geschiedenis.',
  'cli.migrated': 'Het plan is in een ouder formaat ({from}) gelezen en wordt bij opslaan bijgewerkt.',
} as const;
