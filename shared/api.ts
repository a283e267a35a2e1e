import { z } from 'zod';
import { apiEvents, apiMethods, type ApiEvent, type ApiMethod } from './api-methods.js';
import { contactsChoiceSchema, contactsDecisionsSchema } from './contacts-contract.js';
import { errorCodes } from './errors.js';
import { languages } from './i18n/translate.js';
import { planContentSchema } from './plan/plan.js';
import { changeListPerCallSchema } from './plan/sync/changes.js';
import {
  applyImportOutcomeSchema,
  applyImportRequestSchema,
  collectionChangesSchema,
  conflictChoiceRequestSchema,
  conflictKeyRequestSchema,
  conflictViewSchema,
  droppedBundleSchema,
  importPreviewSchema,
  previewRequestSchema,
  receivedBundleSchema,
  syncExportRequestSchema,
  syncExportResultSchema,
  syncKitRequestSchema,
  syncLogEntrySchema,
  syncOpenedPayloadSchema,
} from './sync-contract.js';
import {
  actionsCsvRequestSchema,
  copyRecordSchema,
  documentOutcomeSchema,
  printablePreviewRequestSchema,
  printablePreviewSchema,
  printableRequestSchema,
  wordRequestSchema,
} from './documents-contract.js';
import {
  crisisAppendRequestSchema,
  crisisChangedPayloadSchema,
  crisisCloseRequestSchema,
  crisisRefSchema,
  crisisStartRequestSchema,
  crisisStartResultSchema,
  crisisSummarySchema,
  crisisViewSchema,
} from './crisis/crisis-contract.js';
import { crisisExportRequestSchema } from './crisis/crisis-export-contract.js';
import {
  actionsFromCrisisRequestSchema,
  approveRequestSchema,
  callTreeTestSchema,
  cycleOverviewSchema,
} from './cycle/cycle-contract.js';

export { apiEvents, apiMethods, type ApiEvent, type ApiMethod };
export { contactsImportActions, type ContactsChoice, type ContactsPreview } from './contacts-contract.js';

/*
 * The one IPC contract between the renderer and main: method name -> zod schemas of its arguments and its
 * result. The preload exposes exactly these names, main validates every argument against them, and the
 * renderer's types are inferred from them. Adding a method: see main/electron/ADDING-AN-IPC-METHOD.md.
 */

const revisionSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const fingerprintSchema = z.string().regex(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);

/** Why the store would not open the plan, and the way out (the newest revision in history that verifies). */
export const refusalSchema = z.strictObject({
  code: z.enum(errorCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  movedTo: z.string().optional(),
  lastGood: z.strictObject({ revision: revisionSchema, savedAt: z.string() }).optional(),
});
export type Refusal = z.infer<typeof refusalSchema>;

/** Whether the app can show a plan, and if not, what the user must do first. */
export const appStatusSchema = z.discriminatedUnion('state', [
  /** `portable`: the data folder lives on the stick beside the program, not in this laptop's profile. */
  z.strictObject({ state: z.literal('ready'), dataDir: z.string(), portable: z.boolean().optional() }),
  /** No OS key store: the device key is protected by a passphrase the user types (chooses, on the first start). */
  z.strictObject({ state: z.literal('needs-passphrase'), dataDir: z.string(), firstStart: z.boolean() }),
  z.strictObject({ state: z.literal('refused'), dataDir: z.string(), refusal: refusalSchema }),
  z.strictObject({ state: z.literal('missing'), dataDir: z.string() }),
]);
export type AppStatus = z.infer<typeof appStatusSchema>;

/** The current plan as the UI shows it: the content, and who signed which revision. */
export const planViewSchema = z.strictObject({
  planId: z.string(),
  revision: revisionSchema,
  savedAt: z.string(),
  signerFingerprint: fingerprintSchema,
  signerName: z.string().optional(),
  /** True when the signature was checked against a trusted key on opening or saving. */
  signatureValid: z.boolean(),
  /** Whether `plan.undo` has a change of this session to take back. */
  canUndo: z.boolean(),
  /** The revision `plan.undo` returns to: the page compares it with this one to say what undo takes back. */
  undoTo: revisionSchema.optional(),
  /** The revision `plan.redo` brings back: the one the last undo left, until a new change is made. */
  redoTo: revisionSchema.optional(),
  conflictCount: z.number().int().min(0),
  content: planContentSchema,
});
export type PlanView = z.infer<typeof planViewSchema>;

export const historyEntrySchema = z.strictObject({
  revision: revisionSchema,
  savedAt: z.string().optional(),
  signerFingerprint: fingerprintSchema.optional(),
  signerName: z.string().optional(),
  bytes: z.number().int().min(0),
  current: z.boolean(),
  /** What this revision changed against the kept revision before it; absent for the oldest kept one. */
  changes: z.array(collectionChangesSchema).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const pastRevisionSchema = z.strictObject({
  revision: revisionSchema,
  savedAt: z.string(),
  signerFingerprint: fingerprintSchema,
  signerName: z.string().optional(),
  content: planContentSchema,
});
export type PastRevision = z.infer<typeof pastRevisionSchema>;

export const uiSettingsSchema = z.strictObject({
  language: z.enum(languages),
  /** The user has named this laptop (asked once, at the first start). */
  deviceNameChosen: z.boolean().optional(),
});

/** This laptop's name as colleagues see it, and whether the user chose it. */
export const deviceInfoSchema = z.strictObject({ name: z.string(), chosen: z.boolean() });
export type DeviceInfo = z.infer<typeof deviceInfoSchema>;
export type UiSettings = z.infer<typeof uiSettingsSchema>;
/** Whether the open data folder is encrypted at rest; a portable folder always is, and cannot be made plain. */
export const atRestStatusSchema = z.strictObject({ encrypted: z.boolean(), portable: z.boolean() });
export type AtRestStatus = z.infer<typeof atRestStatusSchema>;

interface Endpoint {
  readonly args: z.ZodTuple;
  readonly result: z.ZodType;
}

export const api = {
  'app.status': { args: z.tuple([]), result: appStatusSchema },
  'app.unlock': { args: z.tuple([z.strictObject({ passphrase: z.string().min(1).max(1_000) })]), result: appStatusSchema },
  'plan.current': { args: z.tuple([]), result: planViewSchema },
  'plan.apply': { args: z.tuple([changeListPerCallSchema]), result: planViewSchema },
  'plan.undo': { args: z.tuple([]), result: planViewSchema },
  'plan.redo': { args: z.tuple([]), result: planViewSchema },
  'history.list': { args: z.tuple([]), result: z.array(historyEntrySchema) },
  'history.revision': { args: z.tuple([revisionSchema]), result: pastRevisionSchema },
  'history.restore': { args: z.tuple([revisionSchema]), result: planViewSchema },
  'settings.get': { args: z.tuple([]), result: uiSettingsSchema },
  'settings.set': { args: z.tuple([uiSettingsSchema.partial()]), result: uiSettingsSchema },
  'device.get': { args: z.tuple([]), result: deviceInfoSchema },
  'security.atRest': { args: z.tuple([]), result: atRestStatusSchema },
  /** The page asks; main confirms with the user. Null: the user declined, nothing changed. */
  'security.setAtRest': { args: z.tuple([z.strictObject({ encrypted: z.boolean() })]), result: atRestStatusSchema.nullable() },
  'device.rename': { args: z.tuple([z.strictObject({ name: z.string().max(1_000) })]), result: deviceInfoSchema },
  'contacts.choose': { args: z.tuple([]), result: contactsChoiceSchema },
  'contacts.apply': { args: z.tuple([contactsDecisionsSchema]), result: planViewSchema },
  'sync.export': { args: z.tuple([syncExportRequestSchema]), result: syncExportResultSchema },
  'sync.exportKit': { args: z.tuple([syncKitRequestSchema]), result: syncExportResultSchema },
  'sync.chooseImport': { args: z.tuple([]), result: z.union([receivedBundleSchema, z.null()]) },
  'sync.receiveDropped': { args: z.tuple([droppedBundleSchema]), result: receivedBundleSchema },
  'sync.takeOpened': { args: z.tuple([]), result: z.union([receivedBundleSchema, z.null()]) },
  'sync.preview': { args: z.tuple([previewRequestSchema]), result: importPreviewSchema },
  'sync.apply': { args: z.tuple([applyImportRequestSchema]), result: applyImportOutcomeSchema.extend({ plan: planViewSchema }) },
  'sync.conflicts': { args: z.tuple([]), result: z.array(conflictViewSchema) },
  'sync.resolve': { args: z.tuple([conflictKeyRequestSchema, conflictChoiceRequestSchema]), result: planViewSchema },
  'sync.log': { args: z.tuple([]), result: z.array(syncLogEntrySchema) },
  'documents.preview': { args: z.tuple([printablePreviewRequestSchema]), result: printablePreviewSchema },
  'documents.print': { args: z.tuple([printableRequestSchema]), result: documentOutcomeSchema },
  'documents.savePdf': { args: z.tuple([printableRequestSchema]), result: documentOutcomeSchema },
  'documents.saveWord': { args: z.tuple([wordRequestSchema]), result: documentOutcomeSchema },
  'documents.saveActionsCsv': { args: z.tuple([actionsCsvRequestSchema]), result: documentOutcomeSchema },
  'copies.list': { args: z.tuple([]), result: z.array(copyRecordSchema) },
  'crisis.list': { args: z.tuple([]), result: z.array(crisisSummarySchema) },
  'crisis.get': { args: z.tuple([crisisRefSchema]), result: crisisViewSchema },
  'crisis.start': { args: z.tuple([crisisStartRequestSchema]), result: crisisStartResultSchema },
  'crisis.append': { args: z.tuple([crisisAppendRequestSchema]), result: crisisViewSchema },
  'crisis.close': { args: z.tuple([crisisCloseRequestSchema]), result: crisisViewSchema },
  'crisis.export': { args: z.tuple([crisisExportRequestSchema]), result: documentOutcomeSchema },
  'cycle.overview': { args: z.tuple([]), result: cycleOverviewSchema },
  'cycle.recordCallTreeTest': { args: z.tuple([callTreeTestSchema]), result: planViewSchema },
  'cycle.approve': { args: z.tuple([approveRequestSchema]), result: planViewSchema },
  'cycle.actionsFromCrisis': { args: z.tuple([actionsFromCrisisRequestSchema]), result: planViewSchema },
} as const satisfies Record<ApiMethod, Endpoint>;

// Every name in api-methods.ts has an endpoint (above), and every endpoint is named there (here).
type UnnamedEndpoint = Exclude<keyof typeof api, ApiMethod>;
const everyEndpointIsNamed: [UnnamedEndpoint] extends [never] ? true : false = true;
void everyEndpointIsNamed;

/** The payload of each event main sends. */
export const apiEventPayloads = {
  'plan.changed': z.strictObject({ revision: revisionSchema }),
  /** The OS asked the app to open a bundle file (double-click, "open with"): the page shows its preview. */
  'sync.opened': syncOpenedPayloadSchema,
  /** A crisis log grew (an event written here, or events imported from a bundle): its screens refresh. */
  'crisis.changed': crisisChangedPayloadSchema,
  /** Main's language changed (the user chose another): menus and dialogs already speak it, the page follows. */
  'settings.languageChanged': z.strictObject({ language: z.enum(languages) }),
} as const satisfies Record<ApiEvent, z.ZodType>;

export type ApiArgs<M extends ApiMethod> = z.infer<(typeof api)[M]['args']>;
export type ApiResult<M extends ApiMethod> = z.infer<(typeof api)[M]['result']>;
export type ApiEventPayload<E extends ApiEvent> = z.infer<(typeof apiEventPayloads)[E]>;

/** An error crosses IPC as its code and params only: whoever shows it translates it. */
export const apiErrorSchema = z.strictObject({
  code: z.enum(errorCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Results cross IPC as values, never as thrown exceptions. */
export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

type NamespaceOf<Name extends string> = Name extends `${infer N}.${string}` ? N : never;
type Unsubscribe = () => void;

/**
 * `window.draaiboek`: one async function per contract method, named after it (`plan.current` ->
 * plan.current), and one subscribe function per event (`plan.changed` -> plan.onChanged), which returns its
 * unsubscribe function.
 */
export type DraaiboekBridge = {
  [Namespace in NamespaceOf<ApiMethod> | NamespaceOf<ApiEvent>]: {
    [M in ApiMethod as M extends `${Namespace}.${infer Name}` ? Name : never]: (
      ...args: ApiArgs<M>
    ) => Promise<ApiEnvelope<ApiResult<M>>>;
  } & {
    [E in ApiEvent as E extends `${Namespace}.${infer Name}` ? `on${Capitalize<Name>}` : never]: (
      listener: (payload: ApiEventPayload<E>) => void,
    ) => Unsubscribe;
  };
};
