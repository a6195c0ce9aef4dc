import { useEffect, useState } from 'react';
import { checkPackage } from './data/checks.ts';
import { formatIssue } from './data/issues.ts';
import { parsePackage, type DataPackage, type PackageTexts } from './data/package.ts';
import { PackageOverview } from './features/datenpaket/PackageOverview.tsx';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; messages: string[] }
  | { kind: 'ready'; pkg: DataPackage; messages: string[] };

/**
 * Shell of the explorer: loads the data package through the same schemas as `npm run data:check`
 * and shows what it holds. The map, comparison, profile and presentation views build on this.
 */
export function App({ load }: { load: () => Promise<PackageTexts> }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    load().then(
      (texts) => {
        const { pkg, issues } = parsePackage(texts);
        setState({ kind: 'ready', pkg, messages: [...issues, ...checkPackage(pkg)].map(formatIssue) });
      },
      (e: Error) => setState({ kind: 'error', messages: [e.message] }),
    );
  }, [load]);
  return (
    <main>
      <h1>Quartiersexplorer Bremerhaven</h1>
      {state.kind === 'loading' && <p role="status">Daten werden geladen …</p>}
      {state.kind !== 'loading' && state.messages.length > 0 && (
        <section role="alert">
          <h2>Probleme im Datenpaket</h2>
          <ul>
            {state.messages.slice(0, 50).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
      {state.kind === 'ready' && <PackageOverview pkg={state.pkg} />}
    </main>
  );
}
