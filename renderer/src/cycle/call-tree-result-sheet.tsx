import { useMemo } from 'react';
import { lastResultPerPerson } from '../../../shared/cycle/call-tree-progress.js';
import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import type { Exercise } from '../../../shared/plan/entities.js';
import { formatPhone } from '../../../shared/plan/phone-display.js';
import { formatDate, formatTimestamp } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { useRecordNames } from '../plan/use-record-names.js';
import { CallTreeProgressPanel } from './call-tree-progress.js';

/**
 * The result of a held call-tree test, as a sheet to print and file: the figures against the targets and each
 * person's outcome. Printed with the plan's revision and signer, as every Draaiboek page is.
 */
export function CallTreeResultSheet(props: { exercise: Exercise & { callTree: NonNullable<Exercise['callTree']> } }) {
  const { t, language } = useI18n();
  const { view } = usePlan();
  const people = useRecordNames('people');
  const { exercise } = props;
  const results = useMemo(() => [...lastResultPerPerson(exercise.callTree.results).values()], [exercise.callTree.results]);
  return (
    <section className="ctt-sheet" aria-labelledby="ctt-sheet-title" data-testid="ctt-sheet">
      <h2 id="ctt-sheet-title">{t('ui.cycle.sheet.title', { title: exercise.title })}</h2>
      <p>
        {t('ui.cycle.sheet.when', { date: formatDate(exercise.date, language), start: formatTimestamp(exercise.callTree.startedAt, language), end: formatTimestamp(exercise.callTree.endedAt, language) })}
      </p>
      <p className="print-only">{t('ui.cycle.sheet.plan', { organisation: view.content.meta.organisationName, revision: view.revision, fingerprint: view.signerFingerprint })}</p>
      <CallTreeProgressPanel record={exercise.callTree} now={0} running={false} />
      <table className="cycle-table">
        <thead>
          <tr>
            <th scope="col">{t('ui.cycle.sheet.person')}</th>
            <th scope="col">{t('ui.cycle.sheet.outcome')}</th>
            <th scope="col">{t('ui.cycle.sheet.number')}</th>
            <th scope="col">{t('ui.cycle.sheet.time')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.personId}>
              <td>{people.get(result.personId) ?? result.personId}</td>
              <td>{t(enumLabels.callTreeOutcome[result.outcome])}</td>
              {/* A number or a time broken over two lines is misread on paper: these stay whole. */}
              <td className="nowrap">{result.number === undefined ? '—' : formatPhone(result.number)}</td>
              <td className="nowrap">{formatTimestamp(result.at, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="no-print" onClick={() => window.print()}>{t('ui.cycle.test.printSheet')}</button>
    </section>
  );
}
