import { ContactsScreen } from '../contacts/contacts-screen.js';
import { CrisisScreen } from '../crisis/crisis-screen.js';
import { CycleScreen } from '../cycle/cycle-screen.js';
import { EditorScreen } from '../editors/editor-screen.js';
import { HistoryScreen } from '../history/history-screen.js';
import { ImpactScreen } from '../impact/impact-screen.js';
import { OverviewScreen } from '../overview/overview-screen.js';
import { PrintScreen } from '../print/print-screen.js';
import { ConflictsScreen } from '../conflicts/conflicts-screen.js';
import { SyncScreen } from '../sync/sync-screen.js';
import type { Route } from '../router/routes.js';
import { SearchScreen } from '../search/search-screen.js';
import { SecurityScreen } from '../security/security-screen.js';

export function ScreenForRoute(props: { route: Route }) {
  const { route } = props;
  switch (route.screen) {
    case 'crisis':
      return <CrisisScreen scenarioId={route.scenarioId} />;
    case 'impact':
      return <ImpactScreen />;
    case 'search':
      return <SearchScreen />;
    case 'history':
      return <HistoryScreen revision={route.revision} />;
    case 'contacts':
      return <ContactsScreen />;
    case 'print':
      return <PrintScreen />;
    case 'sync':
      return <SyncScreen fileId={route.fileId} fileName={route.fileName} />;
    case 'conflicts':
      return <ConflictsScreen />;
    case 'cycle':
      return <CycleScreen part={route.part} id={route.id} />;
    case 'security':
      return <SecurityScreen />;
    case 'edit':
      return <EditorScreen target={route.target} id={route.id} field={route.field} />;
    default:
      return <OverviewScreen />;
  }
}
