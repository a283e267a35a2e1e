import { usePlan } from '../plan/plan-context.js';
import { Link } from '../router/link.js';

export function ScenarioPicker() {
  const { view } = usePlan();
  return (
    <ul className="scenario-picker">
      {view.content.scenarios.map((scenario) => (
        <li key={scenario.id}>
          <Link to={{ screen: 'crisis', scenarioId: scenario.id }} className="scenario-button">{scenario.name}</Link>
        </li>
      ))}
    </ul>
  );
}
