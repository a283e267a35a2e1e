import type { ErrorCode } from '../errors.js';

/** What each error means for the user, in Dutch (the source language). */
export const errorsNl = {
  'error.FILE_NOT_FOUND': 'Bestand niet gevonden: {path}',
  'error.FILE_TOO_LARGE': 'Het bestand is te groot ({size} bytes; maximaal {max}). Het is niet gelezen.',
  'error.FILE_EMPTY': 'Het bestand is leeg.',
  'error.INVALID_UTF8': 'Het bestand is geen geldige UTF-8-tekst.',
  'error.INVALID_JSON': 'Het bestand is geen geldige JSON ({detail}).',
  'error.NESTING_TOO_DEEP': 'Het bestand is te diep genest (meer dan {max} niveaus).',
  'error.FORBIDDEN_KEY': 'Het bestand bevat een niet-toegestane sleutel "{key}".',
  'error.DUPLICATE_KEY': 'Het bestand bevat de sleutel "{key}" twee keer in hetzelfde object.',
  'error.SCHEMA_INVALID': 'De inhoud klopt niet met het formaat van een plan: {detail}',
  'error.SPEC_TOO_NEW':
    'Dit plan is gemaakt met een nieuwere versie van Draaiboek (formaat {found}, deze versie kent tot en met {supported}). Werk Draaiboek bij om het te openen.',
  'error.SPEC_UNKNOWN': 'De formaatversie van dit bestand is onbekend of ontbreekt.',
  'error.UNSIGNED': 'Het plan is niet ondertekend.',
  'error.SIGNATURE_INVALID': 'De handtekening klopt niet: het plan is gewijzigd na ondertekening of beschadigd.',
  'error.SIGNER_UNKNOWN': 'Het plan is ondertekend door een onbekende sleutel ({fingerprint}).',
  'error.SIGNER_NAME_TAKEN':
    'Let op: deze bundel noemt zijn sleutel "{name}" ({fingerprint}), maar u vertrouwt al een andere sleutel met die naam ({trustedFingerprint}). Twee sleutels met één naam zijn niet te onderscheiden; er is niets vertrouwd of veranderd. Vergelijk beide vingerafdrukken met de map en bevestig dit uitdrukkelijk als het echt klopt.',
  'error.ROLLBACK':
    'Dit is een oudere versie (revisie {revision}) dan de nieuwste die hier bekend is (revisie {highest}). Het is niet toegepast.',
  'error.PLAN_MISMATCH': 'Dit bestand hoort bij een ander plan.',
  'error.PLAN_ID_CHANGED':
    'Het planbestand hoort bij een ander plan ({planId}) dan het plan van deze gegevensmap ({expected}). Het is niet geopend.',
  'error.STATE_TAMPERED':
    'De beveiligde toestand van deze gegevensmap (state.json) is gewijzigd of beschadigd ({detail}). Draaiboek vertrouwt de map daarom niet.',
  'error.SEAL_KEYS_DAMAGED':
    'Het register van sleutels waarmee vaststellingen zijn verzegeld (seal-keys.json) is beschadigd of met de hand gewijzigd ({detail}). Er is niets veranderd. Zet het bestand terug uit een back-up, of verwijder het: vaststellingen van laptops die deze laptop niet vertrouwt, geeft hij dan pas weer door als hun sleutels opnieuw met een bundel binnenkomen.',
  'error.STATE_MISSING':
    'De beveiligde toestand van deze gegevensmap (state.json) ontbreekt, terwijl de apparaatsleutel zegt dat hij er hoort te zijn.',
  'error.KEY_MISSING': 'Er is geen apparaatsleutel in {dataDir}. Maak eerst een gegevensmap met "draaiboek init".',
  'error.KEY_PASSPHRASE_REQUIRED':
    'Een wachtwoordzin is nodig om de sleutel te ontgrendelen. Zet DRAAIBOEK_PASSPHRASE of voer hem in.',
  'error.KEY_PASSPHRASE_WRONG': 'De wachtwoordzin is onjuist.',
  'error.PASSPHRASE_TOO_SHORT': 'De wachtwoordzin is te kort: gebruik minstens {min} tekens. Er is niets geschreven.',
  'error.DEVICE_NAME_REQUIRED':
    'Geef deze laptop een naam zoals collega’s hem zien, bijvoorbeeld "Laptop BCM-coördinator" (draaiboek init --name NAAM).',
  'error.DEVICE_NAME_INVALID': 'Deze naam voor de laptop kan niet: gebruik 2 tot {max} tekens, zonder stuurtekens.',
  'error.KEY_FILE_INVALID': 'Het sleutelbestand is beschadigd of onleesbaar.',
  'error.DEVICE_KEY_MISMATCH':
    'De openbare sleutel in {path} hoort niet bij de geheime sleutel van dit apparaat: het bestand is vervangen of gewijzigd.',
  'error.FOLDER_KEY_MISSING':
    'Deze gegevensmap is versleuteld, maar de mapsleutel ({path}) ontbreekt. Zet hem terug uit een back-up; er is niets gewijzigd.',
  'error.FILE_UNREADABLE_ENCRYPTED':
    'Het versleutelde bestand {path} gaat niet open met de sleutel van deze gegevensmap ({reason}): het is beschadigd, gewijzigd of van een andere map.',
  'error.FOLDER_NOT_ENCRYPTED':
    'De gegevensmap {dataDir} moet versleuteld zijn (een draagbare map), maar is dat niet. Zet versleuteling aan met "draaiboek encryption on".',
  'error.PORTABLE_FOLDER_ENCRYPTED':
    'De gegevensmap {dataDir} staat op een draagbare stick en blijft daarom versleuteld: versleuteling kan hier niet uit.',
  'error.STORE_LOCKED': 'De gegevensmap {dataDir} is al geopend door een ander programma (proces {pid}).',
  'error.STORE_NOT_INITIALISED': 'In {dataDir} staat nog geen plan. Maak het met "draaiboek init".',
  'error.KEY_WITHOUT_PLAN':
    'In {dataDir} staat een apparaatsleutel, maar het plan en de geschiedenis ontbreken. Er is geen nieuw plan gemaakt: zet plan.json en history/ terug uit een back-up.',
  'error.STORE_ALREADY_INITIALISED': 'In {dataDir} staat al een plan; er is niets overschreven.',
  'error.PLAN_REFUSED':
    'Het plan is geweigerd ({reason}) en apart gezet als {movedTo}. Herstel de laatste goede revisie ({lastGood}).',
  'error.CLOCK_SKEW':
    'Deze bundel komt van een laptop waarvan de klok ver vooruit stond (een wijziging van {date}, bij {place}). Zet die klok goed en exporteer opnieuw; er is niets veranderd.',
  'error.STAMP_NOT_IN_VERSION_VECTOR':
    'Deze bundel klopt niet: de wijziging bij {place} (van {date}) is later dan alles wat de eigen laptop zegt te hebben gemaakt. Hij is niet geïmporteerd; er is niets veranderd.',
  'error.BUNDLE_NOT_FOR_ORGANISATION':
    'Een bundel bevat het hele plan, met alle privénummers: hij is alleen voor het crisisteam. Geef collega’s buiten het crisisteam de documenten uit Afdrukken en exporteren (doelgroep organisatie).',
  'error.KIT_OUT_OUTSIDE':
    'De bundel hoort in de leesbare map die hem beschrijft: {out} ligt buiten {kit}. Laat --out weg, of geef alleen een bestandsnaam in die map.',
  'error.PLAN_CHANGED':
    'Het plan is intussen gewijzigd (revisie {revision} is nu {current}). Bekijk het voorstel opnieuw; er is niets overschreven.',
  'error.REVISION_NOT_FOUND': 'Revisie {revision} staat niet in de geschiedenis.',
  'error.RECORD_NOT_FOUND': 'Er is geen {collection} met id {id}.',
  'error.RECORD_EXISTS': 'Er bestaat al een {collection} met id {id}.',
  'error.RECORD_ID_DUPLICATE':
    'De id {id} komt meer dan eens voor in {collection}: elk record heeft een eigen id. Er is niets veranderd.',
  'error.PLAN_TEXT_UNSAFE':
    'Het veld {field} bevat een teken dat niet in het plan hoort ({character}): stuurtekens en tekens die de leesrichting omkeren worden geweigerd. Er is niets veranderd.',
  'error.PHONE_NOT_DIALABLE':
    'Het nummer {number} van {record} bestaat niet: het is geen geldig nummer voor zijn land of regio ({count} zulke nummers in totaal). Verbeter het nummer; er is niets veranderd.',
  'error.RECORD_DELETED': 'De {collection} met id {id} is verwijderd en kan niet terugkomen.',
  'error.REFERENCE_UNKNOWN': 'Verwijzing naar een onbekend record: {detail}',
  'error.CONFLICT_NOT_FOUND': 'Dit conflict bestaat niet (meer).',
  'error.CONFLICT_NOT_A_LIST': 'Alleen bij een lijst kunnen beide kanten blijven; het veld {field} heeft één waarde. Kies een kant of typ een waarde. Er is niets gewijzigd.',
  'error.APPROVAL_BINDING_INVALID':
    'De vaststelling {approval} hoort niet bij de inhoud die ze noemt (revisie {revision}): ze is verplaatst, gewijzigd of niet door een vertrouwd apparaat vastgelegd. Er is niets veranderd.',
  'error.APPROVAL_NOT_EDITABLE':
    'Een vaststelling wordt vastgelegd met "Vaststellen", dat haar aan een ondertekende revisie bindt; bewerken of verwijderen kan niet. Er is niets veranderd.',
  'error.APPROVAL_BODY_NAME_REQUIRED': 'Geef de naam van het orgaan dat het plan vaststelde. Er is niets vastgelegd.',
  'error.CALL_TREE_NUMBER_UNKNOWN':
    'Het nummer {number} staat niet bij {person} in het plan; leg vast op welk nummer van het plan gebeld is. Er is niets vastgelegd.',
  'error.CRISIS_NOT_EVALUATED': 'De crisis {crisisId} heeft nog geen evaluatie met verbeteracties. Er is niets veranderd.',
  'error.CRISIS_NOT_FOUND': 'Er is geen crisis met id {crisisId} in deze gegevensmap.',
  'error.CRISIS_CLOSED': 'De crisis {crisisId} is afgesloten: er kan alleen nog een evaluatie bij. Er is niets vastgelegd.',
  'error.BUNDLE_NOT_RECOGNISED': 'Dit is geen Draaiboek-bundel (.draaiboek).',
  'error.BUNDLE_VERSION_UNKNOWN':
    'Deze bundel heeft formaatversie {found}; deze versie van Draaiboek kent versie {supported}. Werk Draaiboek bij om hem te openen.',
  'error.BUNDLE_PASSPHRASE_REQUIRED': 'Deze bundel is versleuteld. Geef de wachtwoordzin van de bundel op.',
  'error.BUNDLE_PASSPHRASE_WRONG': 'De wachtwoordzin van de bundel is onjuist.',
  'error.BUNDLE_WORK_FACTOR_TOO_HIGH':
    'De bundel vraagt een te zware sleutelafleiding (scrypt-werkfactor {found}, maximaal {max}). Hij is niet geopend.',
  'error.BUNDLE_PLAN_TOO_LARGE':
    'Het plan is te groot voor een bundel ({size} bytes; een bundel is ten hoogste {max} bytes). Er is niets geschreven; geef de documenten uit Afdrukken en exporteren mee.',
  'error.BUNDLE_ENCRYPTION_UNSUPPORTED':
    'Deze bundel is niet met alleen een wachtwoordzin versleuteld; Draaiboek kan hem niet openen.',
  'error.BUNDLE_DAMAGED': 'De versleutelde bundel is beschadigd of onvolledig ({detail}).',
  'error.BUNDLE_MANIFEST_MISMATCH': 'De inhoudsopgave van de bundel past niet bij het plan erin ({detail}).',
  'error.BUNDLE_PREVIEW_STALE':
    'Het plan is gewijzigd sinds het voorbeeld van deze import. Bekijk het voorbeeld opnieuw.',
  'error.BUNDLE_READ_BACK_FAILED':
    'De bundel op {path} is na het schrijven niet goed teruggelezen ({detail}). Gebruik een andere USB-stick.',
  'error.BUNDLE_NOT_OPEN': 'Deze bundel is niet meer geopend. Kies het bestand opnieuw.',
  'error.SIGNER_REMOVED':
    'Het plan is ondertekend door een sleutel die u niet meer vertrouwt ({fingerprint}). Het is niet ingelezen.',
  'error.CONTACTS_NOT_RECOGNISED':
    'Het bestand {fileName} is geen contactenexport die Draaiboek kent (Outlook-CSV, Google-CSV of vCard). Er is niets gewijzigd.',
  'error.CONTACTS_TOO_MANY': 'Het bestand bevat {count} contacten; Draaiboek neemt er maximaal {max} tegelijk over. Er is niets gewijzigd.',
  'error.CONTACTS_LINE_TOO_LONG':
    'Regel {line} van het bestand is te lang (meer dan {max} tekens); dit is geen gewone contactenexport. Er is niets gewijzigd.',
  'error.CONTACTS_ENTRY_TOO_LONG':
    'Het gegeven dat op regel {line} van het bestand begint, loopt door over meer dan {max} tekens; dit is geen gewone contactenexport. Er is niets gewijzigd.',
  'error.CONTACTS_TOO_MANY_CONTINUATIONS':
    'Het gegeven dat op regel {line} van het bestand begint, loopt door over meer dan {max} regels; dit is geen gewone contactenexport. Er is niets gewijzigd.',
  'error.CONTACTS_DECISION_INVALID': 
    'De keuze voor contact {index} past niet bij dit bestand (geen contact met dat nummer, dubbel gekozen, of bijwerken zonder bestaande persoon). Er is niets gewijzigd.',
  'error.CONTACTS_NAME_MATCH_UNCONFIRMED':
    '{name} is alleen op naam gevonden; een naamgenoot wordt pas bijgewerkt als u voor dit contact bevestigt dat het dezelfde persoon is. Er is niets gewijzigd.',
  'error.PRINT_UNAVAILABLE': 'Afdrukken is op dit apparaat niet beschikbaar.',
  'error.PDF_UNAVAILABLE': 'Opslaan als PDF is op dit apparaat niet beschikbaar.',
  'error.PDF_NEEDS_LIBREOFFICE':
    'De opdrachtregel maakt een PDF met LibreOffice, en dat is hier niet gevonden. Installeer LibreOffice, sla de PDF op vanuit de app, of exporteer als Word (docx).',
  'error.SAVE_DIALOG_UNAVAILABLE': 'Opslaan is op dit apparaat niet beschikbaar: er is geen venster om een bestandslocatie te kiezen.',
  'error.USAGE': 'Onjuist gebruik: {detail}',
  'error.IO_ERROR': 'Lezen of schrijven is mislukt: {detail}',
  'error.INTERNAL': 'Er ging iets onverwachts mis: {detail}',
} as const satisfies Record<`error.${ErrorCode}`, string>;
