/** USB bundles (.draaiboek): the readme in the kit, the preview of an import, the command line. Dutch first. */
export const bundlesNl = {
  'bundles.readme.intro': `LEESMIJ: draaiboek van {organisation}

Deze map bevat het bedrijfscontinuïteitsplan "{title}" van {organisation}, revisie {revision} van {savedAt},
als Draaiboek-bundel: {bundle}.`,
  'bundles.readme.encrypted':
    'De bundel {bundle} is versleuteld met een wachtwoordzin (age). Zonder die wachtwoordzin is de bundel onleesbaar; vraag hem bij de BCM-coördinator, nooit via dezelfde weg als deze USB-stick. De andere bestanden hieronder zijn NIET versleuteld.',
  'bundles.readme.plain':
    'Let op: deze bundel is NIET versleuteld. Iedereen met deze USB-stick kan het plan lezen, met alle telefoonnummers. Bewaar de stick achter slot.',
  'bundles.readme.import': `Inlezen in Draaiboek: open Draaiboek, kies "Bundel inlezen" en kies {bundle} (of sleep het bestand
in het venster, of dubbelklik erop). Draaiboek controleert de handtekening, laat zien wat er verandert en
past pas iets toe als u bevestigt. Op de opdrachtregel:
  draaiboek bundle import --data-dir MAP {bundle}`,
  'bundles.readme.decryptEncrypted': `Openen zonder Draaiboek: met het programma age (https://age-encryption.org), bijvoorbeeld
  age --decrypt -o plan.json {bundle}
en typ de wachtwoordzin. plan.json is leesbare JSON: het ondertekende plan staat onder "plan".`,
  'bundles.readme.decryptPlain':
    'Openen zonder Draaiboek: {bundle} is leesbare JSON (UTF-8); het ondertekende plan staat onder "plan".',
  'bundles.readme.fingerprint': `Vingerafdruk van de ondertekenaar ({signer}):
  {fingerprint}
Vergelijk deze met de vingerafdruk die in de papieren crisismap op elke pagina staat. Verschillen ze, lees de
bundel dan niet in en meld het bij de BCM-coördinator.`,
  'bundles.readme.files': 'Wat er in deze map staat, en wat iedereen met deze stick kan lezen:',
  'bundles.readme.fileEncrypted': '  - {file}: versleuteld, alleen leesbaar met de wachtwoordzin',
  'bundles.readme.filePlainBundle': '  - {file}: NIET versleuteld, het hele plan met alle telefoonnummers',
  'bundles.readme.fileCrisisTeam':
    '  - {file}: NIET versleuteld, leesbaar zonder wachtwoordzin; voor het crisisteam, met privénummers',
  'bundles.readme.fileOrganisation': '  - {file}: NIET versleuteld, leesbaar zonder wachtwoordzin; voor de organisatie, zonder privénummers',
  'bundles.readme.fileReadme': '  - {file}: dit bestand, NIET versleuteld',

  'bundles.kind.adopt': 'Nieuw plan: dit apparaat heeft nog geen eigen plan en neemt dit plan over.',
  'bundles.kind.merge': 'Hetzelfde plan: de wijzigingen worden samengevoegd tot een nieuwe revisie.',
  'bundles.kind.older': 'Oudere versie: deze bundel bevat niets wat dit apparaat nog niet heeft. Er wordt niets toegepast.',
  'bundles.kind.same': 'Al bijgewerkt: deze bundel bevat precies wat dit apparaat al heeft.',
  'bundles.kind.other-plan': 'Ander plan: deze bundel hoort bij een ander plan ({planId}) en wordt niet vermengd met het uwe.',

  'bundles.collection.meta': 'plangegevens',
  'bundles.collection.people': 'personen',
  'bundles.collection.roles': 'crisisrollen',
  'bundles.collection.callTree': 'belboom',
  'bundles.collection.organisations': 'externe organisaties',
  'bundles.collection.applications': 'applicaties',
  'bundles.collection.locations': 'locaties',
  'bundles.collection.processes': 'processen',
  'bundles.collection.scenarios': "scenario's",
  'bundles.collection.exercises': 'oefeningen',
  'bundles.collection.improvementActions': 'verbeteracties',
  'bundles.collection.approvals': 'vaststellingen',

  'bundles.cli.exported': 'Bundel geschreven en teruggelezen: {path} ({size} bytes, revisie {revision}, {encryption}).',
  'bundles.cli.encrypted': 'versleuteld',
  'bundles.cli.notEncrypted': 'NIET versleuteld',
  'bundles.cli.copyNumber': 'Geregistreerd als exemplaar {copyNumber}. Vingerafdruk: {fingerprint}.',
  'bundles.cli.kitFile': '  {path}',
  'bundles.cli.kitWritten': 'Leesbare map geschreven in {dir}:',
  'bundles.cli.inspectFile': 'Bundel: {path} ({encryption})',
  'bundles.cli.inspectPlan': 'Plan: {title} ({organisation}), revisie {revision} van {savedAt}, plan-id {planId}.',
  'bundles.cli.inspectExported': 'Geëxporteerd op {createdAt}.',
  'bundles.cli.signer': 'Ondertekenaar: {name}, vingerafdruk {fingerprint} ({trust}).',
  'bundles.cli.trusted': 'vertrouwd',
  'bundles.cli.untrusted': 'ONBEKEND: vergelijk de vingerafdruk met de papieren crisismap',
  'bundles.cli.previewChanges': 'Wijzigingen ten opzichte van dit apparaat:',
  'bundles.cli.previewCollection': '  {collection}: {added} nieuw, {changed} gewijzigd, {deleted} verwijderd',
  'bundles.cli.previewRecord': '    {change} {name}',
  'bundles.cli.previewMore': '    ... en nog {count}',
  'bundles.cli.previewNoChanges': 'Geen wijzigingen in de inhoud.',
  'bundles.cli.previewConflicts': 'Conflicten ({count}), na het inlezen te beoordelen:',
  'bundles.cli.previewConflict': '  {collection} "{name}", veld {field}: hier "{mine}", in de bundel "{theirs}"',
  'bundles.cli.previewOnly': 'Dit was een voorbeeld; er is niets gewijzigd. Voer dezelfde opdracht uit met --yes om in te lezen.',
  'bundles.cli.audienceUnknown': 'onbekende doelgroep "{audience}": kies crisis-team (een bundel is altijd het hele plan)',
  'bundles.cli.sameName': `LET OP: twee sleutels met dezelfde naam.
  Deze bundel:          "{name}", vingerafdruk {fingerprint}
  Al vertrouwd:         "{trustedName}", vingerafdruk {trustedFingerprint}
Vertrouw de nieuwe sleutel alleen als u beide met de papieren crisismap hebt vergeleken; dan met --trust-name-collision.`,
  'bundles.cli.needsTrust':
    'De ondertekenaar is onbekend. Vergelijk de vingerafdruk met de papieren crisismap en voeg --trust toe als hij klopt.',
  'bundles.cli.applied': 'Ingelezen als revisie {revision}; {conflicts} nieuwe conflicten te beoordelen.',
  'bundles.cli.nothingToApply': 'Er is niets in te lezen.',
  'bundles.cli.passphraseFileEmpty': 'het wachtwoordzinbestand {path} is leeg',
  'bundles.cli.encryptChoice': 'kies --passphrase-file BESTAND (versleuteld) of --no-encrypt (onversleuteld)',
  'bundles.cli.subcommand': 'kies export, import of inspect (zie draaiboek --help)',
  'bundles.cli.passphrasePrompt': 'Wachtwoordzin van de bundel: ',
  'bundles.cli.change.added': '+',
  'bundles.cli.change.changed': '~',
  'bundles.cli.change.deleted': '-',
} as const;
