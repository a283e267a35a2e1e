import type { SecretProtector } from './crypto/key-protection.js';

/**
 * What only the host can do, handed to the core: the Electron shell implements it with safeStorage and
 * dialogs, the CLI with a passphrase, the e2e bridge with test doubles. The core never imports electron.
 */
export interface Platform {
  /** How this device's private key is protected at rest. Asked for only when the key is needed. */
  secretProtector(): Promise<SecretProtector>;
  /** The name shown beside this device's key fingerprint. */
  deviceName(): string;
  now(): Date;
  /**
   * Ask the user for a file to read (a native dialog in the app, a stub in e2e). Resolves to its path, or
   * undefined when the user cancelled. Absent where there is no one to ask (the CLI takes paths as arguments).
   */
  chooseFile?(request: FileChoiceRequest): Promise<string | undefined>;
  /** Ask where to save a file (native dialog; a stub in e2e). Undefined when the user cancelled. */
  chooseSaveFile?(request: SaveFileRequest): Promise<string | undefined>;
  /** Ask for a folder, such as the USB stick to write a kit to. Undefined when the user cancelled. */
  chooseFolder?(request: FolderChoiceRequest): Promise<string | undefined>;
  /**
   * Turn a complete HTML document into PDF with the print engine (Electron's printToPDF; Chromium's in tests),
   * with its headings as the PDF's outline (bookmarks): the binder's contents are numbered from them.
   */
  renderPdf?(html: string): Promise<Uint8Array>;
  /** Print a complete HTML document through the system's print dialog. False when the user cancelled. */
  printHtml?(html: string): Promise<boolean>;
  /**
   * The path of a file the OS asked the app to open (a double-clicked `.draaiboek` bundle), oldest first, and
   * forgets it; undefined when none waits.
   */
  takeOpenedFile?(): string | undefined;
  /**
   * Ask the user, not the page, to confirm what only the user may decide (a native dialog whose default is
   * "no"; a flag the user typed in the CLI; a stub in e2e). Where there is no one to ask, the answer is no.
   */
  confirm?(request: ConfirmRequest): Promise<boolean>;
}

/** A signer as the user compares it with the paper binder. */
export interface SignerIdentity {
  readonly name: string;
  readonly fingerprint: string;
}

/** What main asks the user to confirm; built in main from verified data, never from a page argument. */
export type ConfirmRequest =
  | {
      readonly kind: 'trust-signer';
      readonly signer: SignerIdentity;
      /** An already-trusted signer that goes by the same name: two keys would then carry one name. */
      readonly sameName?: SignerIdentity;
    }
  | { readonly kind: 'export-unencrypted' }
  /** Rewrite every content file of the open data folder encrypted (true) or plain (false). */
  | { readonly kind: 'encryption-at-rest'; readonly encrypt: boolean; readonly dataDir: string }
  | {
      readonly kind: 'kit-readable-personal-data';
      /** The files that will lie on the stick readable without a passphrase. */
      readonly files: readonly string[];
    };

/** Ask through the platform; no way to ask is a no. */
export async function confirmWithUser(platform: Platform, request: ConfirmRequest): Promise<boolean> {
  if (platform.confirm === undefined) return false;
  return (await platform.confirm(request)) === true;
}

export type FilePurpose = 'contacts' | 'bundle' | 'pdf' | 'docx' | 'csv' | 'html' | 'markdown' | 'kit';

export interface FileChoiceRequest {
  /** What the file is for; the dialog's title and filter follow from it. */
  readonly purpose: FilePurpose;
  /** File name extensions offered, without the dot. */
  readonly extensions: readonly string[];
}

export interface SaveFileRequest extends FileChoiceRequest {
  /** The name the dialog proposes. */
  readonly suggestedName: string;
}

export interface FolderChoiceRequest {
  readonly purpose: FilePurpose;
}
