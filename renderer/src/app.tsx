import { useEffect, useState } from 'react';
import type { ApiEnvelope, PlanSummary } from '../../shared/api.js';

/** The first window: which plan this laptop holds, and whether its signature is good. */
export function App() {
  const [summary, setSummary] = useState<ApiEnvelope<PlanSummary> | undefined>();

  useEffect(() => {
    void window.draaiboek.plan.summary().then(setSummary);
  }, []);

  if (summary === undefined) return <main aria-busy="true">Plan laden…</main>;
  if (!summary.ok) {
    return (
      <main role="alert">
        <h1>Het plan kan niet worden geopend</h1>
        <p>{summary.error.message}</p>
      </main>
    );
  }
  const plan = summary.value;
  return (
    <main>
      <h1>{plan.title}</h1>
      <p>{plan.organisationName}</p>
      <dl>
        <dt>Revisie</dt>
        <dd>{plan.revision}</dd>
        <dt>Ondertekend door sleutel</dt>
        <dd>{plan.signerFingerprint}</dd>
        <dt>Rubricering</dt>
        <dd>{plan.classification}</dd>
        <dt>Aandachtspunten</dt>
        <dd>{plan.healthGapCount}</dd>
      </dl>
    </main>
  );
}
