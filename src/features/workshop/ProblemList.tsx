import { formatIssue, type Issue } from '../../data/issues.ts';
import { useI18n } from '../../i18n/context.tsx';

/** How many problems a list shows; the rest are counted (the first ones are fixed first). */
const SHOWN = 200;

/**
 * Problems as the Datenwerkstatt lists them: each with its file, row and column, as text (never
 * markup), the first 200 shown and the rest counted. `total` counts problems beyond those given.
 */
export function ProblemList(props: {
  issues: readonly Issue[];
  total?: number;
  testId?: string;
  alert?: boolean;
}) {
  const { t } = useI18n();
  const total = props.total ?? props.issues.length;
  if (total === 0) return null;
  return (
    <div role={props.alert === false ? undefined : 'alert'} data-testid={props.testId}>
      <ul className="ws-problems">
        {props.issues.slice(0, SHOWN).map((i, n) => (
          <li key={`${n}-${formatIssue(i)}`}>{formatIssue(i)}</li>
        ))}
      </ul>
      {total > SHOWN && <p>{t('ws.moreProblems', { count: total - SHOWN })}</p>}
    </div>
  );
}
