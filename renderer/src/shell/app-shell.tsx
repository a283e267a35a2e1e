import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { useRoute } from '../router/use-route.js';
import { BundleInbox } from '../sync/bundle-inbox.js';
import { DeviceNameButton, DeviceNameForm, useDeviceName } from './device-name.js';
import { ErrorBanner } from './error-banner.js';
import { LanguageSwitch } from './language-switch.js';
import { NavBar } from './nav-bar.js';
import { ScreenForRoute } from './screen-for-route.js';
import { RedoButton, SaveStatus, UndoButton } from './undo-button.js';

export function AppShell() {
  const { t } = useI18n();
  const { view } = usePlan();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const deviceName = useDeviceName();

  // Moving to another screen puts the keyboard focus at its start, as a page load would, unless the screen
  // already put it somewhere useful (the search box).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const element = main.current;
    if (element !== null && !element.contains(document.activeElement)) element.focus();
  }, [route.screen]);

  return (
    <div className="app">
      <a href="#main" className="skip-link" onClick={(event) => { event.preventDefault(); main.current?.focus(); }}>{t('ui.nav.skip')}</a>
      <header className="app-header">
        <p className="app-name">Draaiboek</p>
        <p className="plan-name">{view.content.meta.organisationName}</p>
        <div className="header-tools">
          <DeviceNameButton device={deviceName.device} onEdit={() => deviceName.setEditing(true)} />
          <SaveStatus />
          <UndoButton />
          <RedoButton />
          <LanguageSwitch />
        </div>
      </header>
      <NavBar current={route.screen} />
      <ErrorBanner />
      {/* In a crisis the plan comes first: the laptop's name is asked on every other screen, never above "Wat nu?". */}
      {(route.screen !== 'crisis' || deviceName.editing) && (
      <DeviceNameForm
        device={deviceName.device}
        editing={deviceName.editing}
        onSaved={(info) => {
          deviceName.setDevice(info);
          deviceName.setEditing(false);
        }}
        onCancel={() => deviceName.setEditing(false)}
      />
      )}
      <BundleInbox />
      <main id="main" ref={main} tabIndex={-1} className="screen">
        <ScreenForRoute route={route} />
      </main>
    </div>
  );
}
