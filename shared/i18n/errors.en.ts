import type { errorsNl } from './errors.nl.js';

export const errorsEn: Record<keyof typeof errorsNl, string> = {
  'error.FILE_NOT_FOUND': 'File not found: {path}',
  'error.FILE_TOO_LARGE': 'The file is too large ({size} bytes; at most {max}). It was not read.',
  'error.FILE_EMPTY': 'The file is empty.',
  'error.INVALID_UTF8': 'The file is not valid UTF-8 text.',
  'error.INVALID_JSON': 'The file is not valid JSON ({detail}).',
  'error.NESTING_TOO_DEEP': 'The file is nested too deeply (more than {max} levels).',
  'error.FORBIDDEN_KEY': 'The file contains a forbidden key "{key}".',
  'error.DUPLICATE_KEY': 'The file contains the key "{key}" twice in the same object.',
  'error.SCHEMA_INVALID': 'The content does not match the plan format: {detail}',
  'error.SPEC_TOO_NEW':
    'This plan was made by a newer version of Draaiboek (format {found}; this version knows up to {supported}). Update Draaiboek to open it.',
  'error.SPEC_UNKNOWN': 'The format version of this file is unknown or missing.',
  'error.UNSIGNED': 'The plan is not signed.',
  'error.SIGNATURE_INVALID': 'The signature does not match: the plan was changed after signing, or is damaged.',
  'error.SIGNER_UNKNOWN': 'The plan is signed by an unknown key ({fingerprint}).',
  'error.SIGNER_NAME_TAKEN':
    'Caution: this bundle names its key "{name}" ({fingerprint}), but you already trust another key by that name ({trustedFingerprint}). Two keys with one name cannot be told apart; nothing was trusted or changed. Compare both fingerprints with the binder and confirm this explicitly if it really is right.',
  'error.ROLLBACK':
    'This is an older version (revision {revision}) than the newest known here (revision {highest}). It was not applied.',
  'error.PLAN_MISMATCH': 'This file belongs to a different plan.',
  'error.PLAN_ID_CHANGED':
    'The plan file belongs to another plan ({planId}) than the plan of this data folder ({expected}). It was not opened.',
  'error.STATE_TAMPERED':
    'The protected state of this data folder (state.json) was changed or is damaged ({detail}). Draaiboek therefore does not trust the folder.',
  'error.SEAL_KEYS_DAMAGED':
    'The register of keys that sealed approvals (seal-keys.json) is damaged or was edited by hand ({detail}). Nothing was changed. Put the file back from a backup, or delete it: this laptop then passes on approvals recorded by laptops it does not trust only once their keys come in again with a bundle.',
  'error.STATE_MISSING':
    'The protected state of this data folder (state.json) is missing, although the device key says it must be there.',
  'error.KEY_MISSING': 'There is no device key in {dataDir}. Create a data folder first with "draaiboek init".',
  'error.KEY_PASSPHRASE_REQUIRED': 'A passphrase is needed to unlock the key. Set DRAAIBOEK_PASSPHRASE or type it.',
  'error.KEY_PASSPHRASE_WRONG': 'The passphrase is wrong.',
  'error.PASSPHRASE_TOO_SHORT': 'The passphrase is too short: use at least {min} characters. Nothing was written.',
  'error.DEVICE_NAME_REQUIRED':
    'Give this laptop a name as colleagues will see it, for example "Laptop BCM coordinator" (draaiboek init --name NAME).',
  'error.DEVICE_NAME_INVALID': 'This laptop name cannot be used: use 2 to {max} characters, without control characters.',
  'error.KEY_FILE_INVALID': 'The key file is damaged or unreadable.',
  'error.DEVICE_KEY_MISMATCH':
    'The public key in {path} does not belong to this device\'s private key: the file was replaced or changed.',
  'error.FOLDER_KEY_MISSING':
    'This data folder is encrypted, but its folder key ({path}) is missing. Put it back from a backup; nothing was changed.',
  'error.FILE_UNREADABLE_ENCRYPTED':
    'The encrypted file {path} does not open with this data folder\'s key ({reason}): it is damaged, changed or from another folder.',
  'error.FOLDER_NOT_ENCRYPTED':
    'The data folder {dataDir} must be encrypted (a portable folder), and it is not. Turn encryption on with "draaiboek encryption on".',
  'error.PORTABLE_FOLDER_ENCRYPTED':
    'The data folder {dataDir} is on a portable stick and so stays encrypted: encryption cannot be turned off here.',
  'error.STORE_LOCKED': 'The data folder {dataDir} is already open in another program (process {pid}).',
  'error.STORE_NOT_INITIALISED': 'There is no plan in {dataDir} yet. Create one with "draaiboek init".',
  'error.KEY_WITHOUT_PLAN':
    'The data folder {dataDir} holds a device key, but its plan and history are missing. No new plan was made: put plan.json and history/ back from a backup.',
  'error.STORE_ALREADY_INITIALISED': 'There is already a plan in {dataDir}; nothing was overwritten.',
  'error.PLAN_REFUSED':
    'The plan was refused ({reason}) and moved aside as {movedTo}. Restore the last good revision ({lastGood}).',
  'error.CLOCK_SKEW':
    'This bundle comes from a laptop whose clock was far ahead (a change dated {date}, at {place}). Set that clock right and export again; nothing was changed.',
  'error.STAMP_NOT_IN_VERSION_VECTOR':
    'This bundle is inconsistent: the change at {place} (dated {date}) is later than anything its own laptop says it has made. It was not imported; nothing was changed.',
  'error.BUNDLE_NOT_FOR_ORGANISATION':
    'A bundle holds the whole plan, every private number included: it is for the crisis team only. Give colleagues outside the crisis team the documents from Print and export (audience organisation).',
  'error.KIT_OUT_OUTSIDE':
    'The bundle belongs in the readable kit that describes it: {out} is outside {kit}. Leave out --out, or give only a file name in that folder.',
  'error.PLAN_CHANGED':
    'The plan changed in the meantime (revision {revision} is now {current}). Review the proposal again; nothing was overwritten.',
  'error.REVISION_NOT_FOUND': 'Revision {revision} is not in the history.',
  'error.RECORD_NOT_FOUND': 'There is no {collection} with id {id}.',
  'error.RECORD_EXISTS': 'A {collection} with id {id} already exists.',
  'error.RECORD_ID_DUPLICATE': 'The id {id} occurs more than once in {collection}: every record needs its own id. Nothing was changed.',
  'error.PLAN_TEXT_UNSAFE':
    'The field {field} holds a character that does not belong in the plan ({character}): control characters and characters that reverse the reading order are refused. Nothing was changed.',
  'error.PHONE_NOT_DIALABLE':
    'The number {number} of {record} does not exist: it is not a valid number for its country or region ({count} such numbers in all). Correct the number; nothing was changed.',
  'error.RECORD_DELETED': 'The {collection} with id {id} was deleted and cannot come back.',
  'error.REFERENCE_UNKNOWN': 'Reference to an unknown record: {detail}',
  'error.CONFLICT_NOT_FOUND': 'This conflict does not exist (any more).',
  'error.CONFLICT_NOT_A_LIST': 'Only a list can keep both sides; the field {field} holds one value. Choose one side or type a value. Nothing was changed.',
  'error.APPROVAL_BINDING_INVALID':
    'The approval {approval} does not belong to the content it names (revision {revision}): it was moved, changed or not recorded by a trusted device. Nothing was changed.',
  'error.APPROVAL_NOT_EDITABLE':
    'An approval is recorded with "Approve", which binds it to a signed revision; it cannot be edited or deleted. Nothing was changed.',
  'error.APPROVAL_BODY_NAME_REQUIRED': 'Give the name of the body that adopted the plan. Nothing was recorded.',
  'error.CALL_TREE_NUMBER_UNKNOWN':
    'The number {number} is not one of {person} in the plan; record which of the plan\'s numbers was called. Nothing was recorded.',
  'error.CRISIS_NOT_EVALUATED': 'Crisis {crisisId} has no evaluation with improvement actions yet. Nothing was changed.',
  'error.CRISIS_NOT_FOUND': 'There is no crisis with id {crisisId} in this data folder.',
  'error.CRISIS_CLOSED': 'Crisis {crisisId} is closed: only an evaluation can still be added. Nothing was recorded.',
  'error.BUNDLE_NOT_RECOGNISED': 'This is not a Draaiboek bundle (.draaiboek).',
  'error.BUNDLE_VERSION_UNKNOWN':
    'This bundle has format version {found}; this version of Draaiboek knows version {supported}. Update Draaiboek to open it.',
  'error.BUNDLE_PASSPHRASE_REQUIRED': 'This bundle is encrypted. Give the bundle passphrase.',
  'error.BUNDLE_PASSPHRASE_WRONG': 'The bundle passphrase is wrong.',
  'error.BUNDLE_WORK_FACTOR_TOO_HIGH':
    'The bundle demands too heavy a key derivation (scrypt work factor {found}, at most {max}). It was not opened.',
  'error.BUNDLE_PLAN_TOO_LARGE':
    'The plan is too large for a bundle ({size} bytes; a bundle holds at most {max} bytes). Nothing was written; hand over the documents from Print and export instead.',
  'error.BUNDLE_ENCRYPTION_UNSUPPORTED': 'This bundle is not encrypted with a passphrase alone; Draaiboek cannot open it.',
  'error.BUNDLE_DAMAGED': 'The encrypted bundle is damaged or incomplete ({detail}).',
  'error.BUNDLE_MANIFEST_MISMATCH': 'The bundle manifest does not match the plan inside it ({detail}).',
  'error.BUNDLE_PREVIEW_STALE': 'The plan changed since the preview of this import. Look at the preview again.',
  'error.BUNDLE_READ_BACK_FAILED':
    'The bundle at {path} did not read back correctly after writing ({detail}). Use another USB stick.',
  'error.BUNDLE_NOT_OPEN': 'This bundle is no longer open. Choose the file again.',
  'error.SIGNER_REMOVED': 'The plan is signed by a key you no longer trust ({fingerprint}). It was not read.',
  'error.CONTACTS_NOT_RECOGNISED':
    'The file {fileName} is not a contacts export Draaiboek knows (Outlook CSV, Google CSV or vCard). Nothing was changed.',
  'error.CONTACTS_TOO_MANY': 'The file holds {count} contacts; Draaiboek takes at most {max} at a time. Nothing was changed.',
  'error.CONTACTS_LINE_TOO_LONG':
    'Line {line} of the file is too long (more than {max} characters); this is not an ordinary contacts export. Nothing was changed.',
  'error.CONTACTS_ENTRY_TOO_LONG':
    'The entry that starts on line {line} of the file continues over more than {max} characters; this is not an ordinary contacts export. Nothing was changed.',
  'error.CONTACTS_TOO_MANY_CONTINUATIONS':
    'The entry that starts on line {line} of the file continues over more than {max} lines; this is not an ordinary contacts export. Nothing was changed.',
  'error.CONTACTS_DECISION_INVALID': 
    'The decision for contact {index} does not fit this file (no contact with that number, decided twice, or an update without an existing person). Nothing was changed.',
  'error.CONTACTS_NAME_MATCH_UNCONFIRMED':
    '{name} was found by name alone; a namesake is updated only when you confirm for this contact that it is the same person. Nothing was changed.',
  'error.PRINT_UNAVAILABLE': 'Printing is not available on this device.',
  'error.PDF_UNAVAILABLE': 'Saving as PDF is not available on this device.',
  'error.PDF_NEEDS_LIBREOFFICE':
    'The command line makes a PDF with LibreOffice, which was not found here. Install LibreOffice, save the PDF from the app, or export as Word (docx).',
  'error.SAVE_DIALOG_UNAVAILABLE': 'Saving is not available on this device: there is no window to choose where to save.',
  'error.USAGE': 'Wrong usage: {detail}',
  'error.IO_ERROR': 'Reading or writing failed: {detail}',
  'error.INTERNAL': 'Something unexpected went wrong: {detail}',
};
