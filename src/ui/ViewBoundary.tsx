import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/context.tsx';

interface Props {
  /** A change of this key (another view, another link) clears the error and renders again. */
  resetKey: string;
  /** Leaves the broken view for the map; absent where the broken view is the map. */
  onToMap?: () => void;
  children: ReactNode;
}

/**
 * One per view: an error while rendering a view (a crafted link, a bug) shows what failed and the
 * way back instead of a blank page. The URL is left as it is, the header and the other views keep
 * working; the message is text, never HTML.
 */
export class ViewBoundary extends Component<Props, { error: Error | null; key: string }> {
  override state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <ViewFailed
        message={this.state.error.message}
        onRetry={() => this.setState({ error: null })}
        {...(this.props.onToMap ? { onToMap: this.props.onToMap } : {})}
      />
    );
  }
}

function ViewFailed(props: { message: string; onRetry: () => void; onToMap?: () => void }) {
  const { t } = useI18n();
  return (
    <section role="alert" className="alert view-failed" data-testid="ansicht-fehler">
      <h2>{t('error.viewTitle')}</h2>
      <p>{t('error.viewHint')}</p>
      <p className="hint">{t('error.detail', { message: props.message.slice(0, 300) })}</p>
      <p>
        <button type="button" onClick={props.onRetry}>
          {t('error.retry')}
        </button>{' '}
        {props.onToMap && (
          <button type="button" onClick={props.onToMap}>
            {t('error.toMap')}
          </button>
        )}
      </p>
    </section>
  );
}
