/**
 * `draaiboek --help` and `draaiboek <opdracht> --help`, in Dutch. Each command's block names every option it
 * accepts; the whole help is the intro, every block, and the closing part.
 */
export const cliHelpNl = {
  'cli.help.intro': `Draaiboek: het bedrijfscontinuïteitsplan van de gemeente, ondertekend en offline.

Gebruik: draaiboek <opdracht> [opties]; draaiboek <opdracht> --help toont de uitleg van één opdracht.
Overal waar --data-dir MAP staat, mag DRAAIBOEK_DATA_DIR de map noemen.

Opdrachten:`,
  'cli.help.command.init': `  init --data-dir MAP --name NAAM [--sample] [--encrypted]
      maak een gegevensmap met de sleutel van deze laptop en de eerste ondertekende revisie van een plan
      --data-dir MAP   de nieuwe gegevensmap (wordt gemaakt als hij niet bestaat)
      --sample         begin met het voorbeeldplan (Gemeente Voorbeeldstad) in plaats van een leeg plan
      --name NAAM      de naam van deze laptop, zoals collega's hem zien in bundels, hun synchronisatielogboek
                       en de LEESMIJ op de stick, bijvoorbeeld "Laptop BCM-coördinator" (zonder --name:
                       DRAAIBOEK_DEVICE_NAME; anders weigert init: de naam van het OS-account wordt nooit gebruikt);
                       de wachtwoordzin van de sleutel heeft minstens 12 tekens
      --encrypted      versleutel elk bestand met planinhoud in rust (verplicht voor een gegevensmap op een USB-stick)`,
  'cli.help.command.encryption': `  encryption on|off --data-dir MAP
      zet versleuteling in rust aan of uit: elk bestand met planinhoud (plan, geschiedenis, afgekeurde bestanden,
      register van exemplaren) wordt herschreven; een onderbreking laat de oude of de nieuwe vorm achter
      --data-dir MAP   de gegevensmap`,
  'cli.help.command.verify': `  verify --data-dir MAP [BESTAND]
      controleer een planbestand (standaard MAP/plan.json) met de vertrouwde sleutels en de hoogste revisie
      van de map; toont revisie, vingerafdruk van de ondertekenaar en de reden, ook als het bestand afgekeurd
      wordt; leest alleen
      --data-dir MAP   de gegevensmap waarvan de vertrouwde sleutels gelden`,
  'cli.help.command.show': `  show --data-dir MAP [--json]
      toon het plan: titel, revisie, ondertekenaar, vaststelling, aantallen en aandachtspunten
      --data-dir MAP   de gegevensmap
      --json           alles als JSON, met de inhoud die import-plan weer kan innemen`,
  'cli.help.command.history': `  history --data-dir MAP
      toon de bewaarde revisies, nieuwste eerst
      --data-dir MAP   de gegevensmap`,
  'cli.help.command.restore': `  restore --data-dir MAP --revision N
      maak revisie N weer actueel, als nieuwe revisie (de geschiedenis groeit alleen); een record dat sindsdien
      verwijderd is, komt terug onder een nieuwe id (id-rN): een verwijdering is blijvend
      --data-dir MAP   de gegevensmap
      --revision N     de revisie die terug moet komen (zie history)`,
  'cli.help.command.import-plan': `  import-plan --data-dir MAP BESTAND
      neem een niet-ondertekend plan (JSON, de content van show --json) over; alleen de verschillen worden
      één nieuwe revisie
      --data-dir MAP   de gegevensmap`,
  'cli.help.command.apply': `  apply --data-dir MAP WIJZIGINGEN.json
      voer een lijst wijzigingen (create, update, delete, updateMeta) door als één nieuwe revisie
      --data-dir MAP   de gegevensmap`,
  'cli.help.command.contacts': `  contacts import --data-dir MAP BESTAND [--yes] [--accept-name-matches]
      toon welke contacten uit een Outlook- of Google-CSV of vCard erbij komen of een persoon bijwerken
      --data-dir MAP           de gegevensmap
      --yes                    neem ze over als één nieuwe revisie (zonder --yes verandert er niets)
      --accept-name-matches    werk met --yes ook personen bij die alleen op naam zijn gevonden (naamgenoten)`,
  'cli.help.command.export': `  export docx|html|md|csv --data-dir MAP --out BESTAND [--what WAT] [--audience DOELGROEP] [--language TAAL]
         [--recipient NAAM]
      schrijf het plan als Word-document, afdrukbare HTML of Markdown
      --data-dir MAP         de gegevensmap
      --out BESTAND          het bestand dat geschreven wordt
      --what WAT             docx: plan (standaard), contacts, action-cards; html: binder, contact-sheet,
                             contact-sheet-back, pocket-card, call-tree, action-cards, forms
      --audience DOELGROEP   organisation (standaard, zonder privénummers) of crisis-team
      --language TAAL        nl of en (standaard: de taal van LANG)
      --recipient NAAM       voor wie dit genummerde exemplaar is, in het register van exemplaren`,
  'cli.help.command.approve': `  approve --data-dir MAP --revision N --by ORGAAN --date JJJJ-MM-DD [--reference BESLUIT] [--name NAAM]
      leg vast dat een orgaan revisie N van het plan vaststelde; de vaststelling noemt de inhoud, handtekening en
      sleutel van die revisie en wordt met de sleutel van dit apparaat verzegeld. Herzien: een jaar later;
      geldig tot: twee jaar later
      --revision N          de vastgestelde revisie (zie history)
      --by ORGAAN           college, gemeentesecretaris, directieteam of other (dan met --name)
      --date JJJJ-MM-DD     de datum van het besluit
      --reference BESLUIT   het besluitnummer`,
  'cli.help.command.calltree-test': `  calltree-test record --data-dir MAP BESTAND.json
      leg een afgeronde alarmeringstest vast als oefening, in één revisie: elk nummer waarop iemand bereikt is
      krijgt de testdatum als laatst gecontroleerd, elk verkeerd nummer wordt gemarkeerd
      BESTAND.json          JSON met "date" (JJJJ-MM-DD) en "results": per persoon "personId", "outcome"
                            (reached, not-reached of wrong-number), "number" (+31...) en "at" (tijdstip)`,
  'cli.help.command.bundle': `  bundle export --data-dir MAP (--out BESTAND | --kit MAP [--out NAAM]) (--passphrase-file BESTAND | --no-encrypt)
         [--recipient NAAM] [--audience crisis-team]
      schrijf het plan als .draaiboek-bundel voor een USB-stick, leest hem terug en controleert hem
      --out BESTAND              het bundelbestand; met --kit de naam van de bundel in de kitmap (geweigerd als
                                 het pad buiten die map wijst)
      --passphrase-file BESTAND  versleutel met de wachtwoordzin op de eerste regel van dit bestand (minstens 10 tekens)
      --no-encrypt               schrijf de bundel onversleuteld (alleen op uitdrukkelijk verzoek)
      --kit MAP                  schrijf ook een leesbare map: de bundel en LEESMIJ.txt
      --recipient NAAM           voor wie de bundel is, in het register van exemplaren
      --audience DOELGROEP       crisis-team (standaard); organisation wordt geweigerd: een bundel is het hele
                                 plan, met privénummers
  bundle import --data-dir MAP BESTAND [--passphrase-file BESTAND] [--trust [--trust-name-collision]] [--yes]
      toon wat een bundel wijzigt en wie hem ondertekende; verandert niets zonder --yes
      --passphrase-file BESTAND  de wachtwoordzin van een versleutelde bundel (anders gevraagd)
      --trust                    vertrouw een onbekende ondertekenaar (vergelijk eerst de vingerafdruk met de papieren crisismap)
      --trust-name-collision     vertrouw hem ook als een vertrouwde sleutel al dezelfde naam heeft
      --yes                      lees de bundel in
  bundle inspect BESTAND [--passphrase-file BESTAND] [--data-dir MAP]
      toon wat een bundel bevat en wie hem ondertekende; leest alleen
      --passphrase-file BESTAND  de wachtwoordzin van een versleutelde bundel (anders gevraagd)
      --data-dir MAP             zeg of de ondertekenaar in deze gegevensmap vertrouwd is`,
  'cli.help.command.crisis': `  crisis start --data-dir MAP (--scenario ID [--scenario ID ...] | --other TEKST) [--exercise] [--at TIJD]
         [--by NAAM] [--role ID]
      activeer een crisis: een of meer scenario's van het plan samen, of iets onvoorziens; toont het crisis-id
      --scenario ID        een scenario van het plan (herhaal voor meer scenario's tegelijk)
      --other TEKST        een onvoorziene crisis, beschreven
      --exercise           een OEFENING, geen echte crisis
      --at TIJD            het moment van activeren, als dat eerder was (2026-12-03T09:30); standaard nu
      --by NAAM            wie activeerde (standaard: de naam van deze laptop)
      --role ID            in welke crisisrol
  crisis log --data-dir MAP [--crisis ID] --text TEKST [--from WIE] [--to WIE] [--by NAAM] [--at TIJD]
      schrijf een regel in het logboek (nooit gewijzigd of gewist: een correctie is een nieuwe regel)
  crisis decide --data-dir MAP [--crisis ID] --text TEKST [--rationale TEKST] [--by NAAM] [--at TIJD]
      leg een besluit vast, met motivering en wie besloot
  crisis tick --data-dir MAP [--crisis ID] --step N [--not-applicable REDEN] [--by NAAM]
      vink stap N van de checklist af (nummer uit crisis status), of markeer hem als niet van toepassing
  crisis unavailable --data-dir MAP [--crisis ID] --person ID [--from TIJD] [--until TIJD] [--reason REDEN]
      meld iemand niet beschikbaar (reden: ill, unreachable, leave, other), vanaf nu of --from, tot --until
  crisis status --data-dir MAP [--crisis ID] [--json]
      toon checklist, logboek, besluiten, beschikbaarheid en elke geweigerde gebeurtenis; afsluitcode 3 als het
      logboek een gewijzigde of niet-aansluitende gebeurtenis bevat (de rest wordt wel getoond)
  crisis close --data-dir MAP [--crisis ID] [--by NAAM] [--at TIJD]
      sluit de crisis af; daarna kan er alleen nog een evaluatie bij
  crisis list --data-dir MAP
      alle crises van de gegevensmap, de laatste eerst
  crisis export record --data-dir MAP [--crisis ID] --out BESTAND
      schrijf de ondertekende vastlegging van de crisis als één bestand voor het archief
  crisis export docx --data-dir MAP [--crisis ID] [--language nl|en] --out BESTAND
      schrijf het crisisverslag als Word-document: voorblad, tijdlijn, besluiten, checklist, bezetting en
      overdrachten; OEFENING op elke pagina van een oefening
  crisis export pdf --data-dir MAP [--crisis ID] [--language nl|en] --out BESTAND
      hetzelfde crisisverslag als PDF, gemaakt door LibreOffice (dat moet geïnstalleerd zijn)
      --crisis ID          welke crisis (standaard: de lopende crisis die het laatst is geactiveerd)
      --language TAAL      nl of en (standaard: de taal van het systeem)
      --json               als JSON
      --out BESTAND        het bestand dat geschreven wordt (een bestaand bestand wordt niet overschreven)`,
  'cli.help.command.fixture': `  fixture --size S|M|L --out BESTAND [--seed N]
      schrijf een synthetisch geldig plan van ongeveer 100 kB, 1 MB of 10 MB (voor tests en metingen)
      --size S|M|L     de grootte
      --out BESTAND    het bestand dat geschreven wordt
      --seed N         een ander getal geeft een ander plan (standaard 1)`,
  'cli.help.outro': `Elke opdracht kent ook --help.

Omgevingsvariabelen:
  DRAAIBOEK_PASSPHRASE    de wachtwoordzin van de sleutel; zonder deze variabele wordt ernaar gevraagd
  DRAAIBOEK_DATA_DIR      de gegevensmap, als --data-dir ontbreekt
  DRAAIBOEK_DEVICE_NAME   de naam van deze laptop bij init zonder --name
  LC_ALL, LC_MESSAGES, LANG   de taal: en_GB.UTF-8 voor Engels, anders Nederlands

Afsluitcodes: 0 gelukt, 1 mislukt, 2 onjuist gebruik; verify: 3 ongeldig of gewijzigd, 4 onbekende
ondertekenaar, 5 oudere revisie; crisis status, list en export: 3 een gewijzigde of niet-aansluitende
gebeurtenis in het logboek.`,
} as const;
