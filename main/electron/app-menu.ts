import type { MenuItemConstructorOptions } from 'electron';
import type { Translate } from '../../shared/i18n/index.js';

/**
 * The application menu, in the user's language (Dutch by default). Roles give each item the platform's own
 * behaviour and shortcut; the developer tools appear only in a development build.
 */
export function appMenuTemplate(t: Translate, options: { devTools: boolean; isMac: boolean }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: t('ui.menu.reload') },
    { type: 'separator' },
    { role: 'resetZoom', label: t('ui.menu.resetZoom') },
    { role: 'zoomIn', label: t('ui.menu.zoomIn') },
    { role: 'zoomOut', label: t('ui.menu.zoomOut') },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t('ui.menu.fullScreen') },
    ...(options.devTools ? [{ role: 'toggleDevTools', label: t('ui.menu.devTools') } as const] : []),
  ];
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: t('ui.menu.file'),
      submenu: [{ role: options.isMac ? 'close' : 'quit', label: t(options.isMac ? 'ui.menu.close' : 'ui.menu.quit') }],
    },
    {
      label: t('ui.menu.edit'),
      submenu: [
        { role: 'undo', label: t('ui.menu.undoText') },
        { role: 'redo', label: t('ui.menu.redoText') },
        { type: 'separator' },
        { role: 'cut', label: t('ui.menu.cut') },
        { role: 'copy', label: t('ui.menu.copy') },
        { role: 'paste', label: t('ui.menu.paste') },
        { role: 'selectAll', label: t('ui.menu.selectAll') },
      ],
    },
    { label: t('ui.menu.view'), submenu: view },
    { label: t('ui.menu.window'), submenu: [{ role: 'minimize', label: t('ui.menu.minimize') }] },
    // The version, for whoever updates the app by hand (macOS has it in the app menu).
    ...(options.isMac ? [] : [{ label: t('ui.menu.help'), submenu: [{ role: 'about', label: t('ui.menu.about') } as const] }]),
  ];
}
