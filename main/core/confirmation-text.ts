import type { Translate } from '../../shared/i18n/index.js';
import type { ConfirmRequest } from './platform.js';

export interface ConfirmationText {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  readonly confirm: string;
  readonly cancel: string;
  /** Shown as a warning rather than a question: a name collision, personal data in the clear. */
  readonly warning: boolean;
}

/** The words of a confirmation, in the user's language, for the app's dialog and the CLI's prompt alike. */
export function confirmationText(request: ConfirmRequest, t: Translate): ConfirmationText {
  const cancel = t('sync.confirm.cancel');
  switch (request.kind) {
    case 'trust-signer':
      if (request.sameName !== undefined) {
        return {
          title: t('sync.confirm.sameNameTitle'),
          message: t('sync.confirm.sameNameMessage', { name: request.signer.name }),
          detail: t('sync.confirm.sameNameDetail', {
            name: request.signer.name,
            fingerprint: request.signer.fingerprint,
            trustedName: request.sameName.name,
            trustedFingerprint: request.sameName.fingerprint,
          }),
          confirm: t('sync.confirm.sameNameYes'),
          cancel,
          warning: true,
        };
      }
      return {
        title: t('sync.confirm.trustTitle'),
        message: t('sync.confirm.trustMessage', { name: request.signer.name }),
        detail: t('sync.confirm.trustDetail', { name: request.signer.name, fingerprint: request.signer.fingerprint }),
        confirm: t('sync.confirm.trustYes'),
        cancel,
        warning: false,
      };
    case 'export-unencrypted':
      return {
        title: t('sync.confirm.plainTitle'),
        message: t('sync.confirm.plainMessage'),
        detail: t('sync.confirm.plainDetail'),
        confirm: t('sync.confirm.plainYes'),
        cancel,
        warning: true,
      };
    case 'encryption-at-rest':
      return request.encrypt
        ? {
            title: t('ui.security.confirm.onTitle'),
            message: t('ui.security.confirm.onMessage'),
            detail: t('ui.security.confirm.onDetail', { dataDir: request.dataDir }),
            confirm: t('ui.security.confirm.onYes'),
            cancel,
            warning: false,
          }
        : {
            title: t('ui.security.confirm.offTitle'),
            message: t('ui.security.confirm.offMessage'),
            detail: t('ui.security.confirm.offDetail', { dataDir: request.dataDir }),
            confirm: t('ui.security.confirm.offYes'),
            cancel,
            warning: true,
          };
    case 'kit-readable-personal-data':
      return {
        title: t('sync.confirm.readableTitle'),
        message: t('sync.confirm.readableMessage'),
        detail: t('sync.confirm.readableDetail', { files: request.files.map((file) => `- ${file}`).join('\n') }),
        confirm: t('sync.confirm.readableYes'),
        cancel,
        warning: true,
      };
  }
}
