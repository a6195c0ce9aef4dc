import { useRef, useState, type ChangeEvent } from 'react';
import {
  deckFileName,
  deckJson,
  LIMITS,
  SLIDE_PARTS,
  slideView,
  type Deck,
  type DeckResult,
} from '../../domain/deck/deck.ts';
import { decodeDeckFile, encodeDeck, TOO_BIG } from '../../domain/deck/codec.ts';
import { moveSlide, removeSlide, updateSlide } from '../../domain/deck/edit.ts';
import type { AreaKey } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import { parseUrl, serializeUrl, type UrlKnowledge } from '../../state/url.ts';
import { useAnnounce } from '../../ui/announce.tsx';
import { areaName } from '../../view/text.ts';
import { deckKnowledge, problemText } from '../../view/deckState.ts';
import { downloadBlob } from '../../ui/download.ts';

/**
 * Authoring beside the slides: titles and notes, order, deletion, the spotlight of map slides,
 * the part of comparison slides; save as a JSON file, load one (validated: a broken file is
 * reported field by field and the current deck stays), copy a link to the deck.
 */
export function DeckEditor(props: {
  model: Model;
  k: UrlKnowledge;
  deck: Deck;
  current: number;
  onChange: (d: Deck, current?: number) => void;
  onShow: (n: number) => void;
  onClose: () => void;
}) {
  const { model, k, deck, current, onChange } = props;
  const { lang, t } = useI18n();
  const announce = useAnnounce();
  const [message, setMessage] = useState<{ text: string; problems: string[]; error: boolean } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const count = deck.folien.length;

  const save = () =>
    downloadBlob(new Blob([deckJson(deck)], { type: 'application/json' }), deckFileName(deck));
  const load = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (!f) return;
    let r: DeckResult;
    try {
      // The size first, then the bytes: a huge file is refused without reading it.
      r =
        f.size > LIMITS.fileBytes
          ? TOO_BIG
          : decodeDeckFile(new Uint8Array(await f.arrayBuffer()), deckKnowledge(model));
    } catch (err) {
      r = {
        ok: false,
        problems: [{ field: '', code: 'kein_json', detail: err instanceof Error ? err.message : '' }],
      };
    }
    if (!r.ok) {
      setMessage({
        text: t('deck.loadFailed', { file: f.name }),
        problems: r.problems.map((p) => problemText(p, t)),
        error: true,
      });
      return;
    }
    onChange(r.deck, 1);
    const text = t('deck.loaded', { count: r.deck.folien.length, file: f.name });
    setMessage({ text, problems: [], error: false });
    announce(text);
  };
  const link = new URL(
    serializeUrl({
      ...parseUrl('', k).state,
      ansicht: 'praesentation',
      sprache: lang,
      deck: encodeDeck(deck),
      folie: 1,
    }),
    window.location.href,
  ).href;
  const share = async () => {
    try {
      await navigator.clipboard.writeText(link);
      announce(t('deck.copied'));
      setMessage({ text: t('deck.copied'), problems: [], error: false });
    } catch {
      document.getElementById('deck-link')?.focus();
    }
  };

  return (
    <aside className="deck-editor" aria-labelledby="deck-editor-title" data-testid="folieneditor">
      <div className="deck-editor-head">
        <h3 id="deck-editor-title">{t('deck.panel')}</h3>
        <button type="button" onClick={props.onClose}>
          {t('deck.close')}
        </button>
      </div>
      <p className="hint">{t('present.help')}</p>
      <label htmlFor="deck-title">{t('deck.deckTitle')}</label>
      <input
        id="deck-title"
        value={deck.titel}
        maxLength={LIMITS.title}
        onChange={(e) => onChange({ ...deck, titel: e.currentTarget.value })}
      />
      <ol className="deck-slides">
        {deck.folien.map((s, i) => {
          const n = i + 1;
          const kind = slideView(s.ansicht) ?? 'karte';
          const level = parseUrl(s.ansicht, k).state.ebene;
          return (
            <li key={`${i}-${s.ansicht}`} aria-current={n === current ? 'true' : undefined}>
              <p className="deck-slide-kind">
                {n}. {t(`deck.views.${kind}`)}{' '}
                <button type="button" onClick={() => props.onShow(n)}>
                  {t('deck.show', { n })}
                </button>
              </p>
              <label htmlFor={`slide-title-${n}`}>{t('deck.slideTitle')}</label>
              <input
                id={`slide-title-${n}`}
                value={s.titel}
                maxLength={LIMITS.title}
                onChange={(e) => onChange(updateSlide(deck, i, { titel: e.currentTarget.value }))}
              />
              <label htmlFor={`slide-note-${n}`}>{t('deck.note')}</label>
              <textarea
                id={`slide-note-${n}`}
                value={s.notiz}
                maxLength={LIMITS.note}
                rows={2}
                onChange={(e) => onChange(updateSlide(deck, i, { notiz: e.currentTarget.value }))}
              />
              {kind === 'vergleich' && (
                <>
                  <label htmlFor={`slide-part-${n}`}>{t('deck.part')}</label>
                  <select
                    id={`slide-part-${n}`}
                    value={s.teil}
                    onChange={(e) =>
                      onChange(
                        updateSlide(deck, i, { teil: e.currentTarget.value as (typeof SLIDE_PARTS)[number] }),
                      )
                    }
                  >
                    {SLIDE_PARTS.map((p) => (
                      <option key={p} value={p}>
                        {t(`deck.part.${p}`)}
                      </option>
                    ))}
                  </select>
                </>
              )}
              {kind === 'karte' && (
                <details>
                  <summary>
                    {t('deck.spotlight')}:{' '}
                    {s.spotlight.map((a) => areaName(model, a, lang)).join(', ') || '–'}
                  </summary>
                  <p className="hint">{t('deck.spotlightHint')}</p>
                  <fieldset className="deck-spotlight">
                    <legend className="visually-hidden">{t('deck.spotlight')}</legend>
                    {model.byLevel[level].map((a) => (
                      <label key={a}>
                        <input
                          type="checkbox"
                          checked={s.spotlight.includes(a)}
                          onChange={(e) =>
                            onChange(
                              updateSlide(deck, i, {
                                spotlight: e.currentTarget.checked
                                  ? [...s.spotlight, a]
                                  : s.spotlight.filter((x: AreaKey) => x !== a),
                              }),
                            )
                          }
                        />{' '}
                        {areaName(model, a, lang)}
                      </label>
                    ))}
                  </fieldset>
                </details>
              )}
              <div className="deck-slide-actions">
                <button
                  type="button"
                  aria-label={t('deck.up', { n })}
                  disabled={i === 0}
                  onClick={() => {
                    onChange(moveSlide(deck, i, i - 1), current === n ? n - 1 : current);
                    announce(t('deck.moved', { title: s.titel, n: n - 1 }));
                  }}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t('deck.down', { n })}
                  disabled={n === count}
                  onClick={() => {
                    onChange(moveSlide(deck, i, i + 1), current === n ? n + 1 : current);
                    announce(t('deck.moved', { title: s.titel, n: n + 1 }));
                  }}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={t('deck.delete', { n })}
                  disabled={count <= 1}
                  onClick={() => {
                    onChange(removeSlide(deck, i), current > n ? current - 1 : current);
                    announce(t('deck.deleted', { title: s.titel }));
                  }}
                >
                  ✕
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="deck-files">
        <button type="button" onClick={save} data-testid="folien-speichern">
          {t('deck.save')}
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          {t('deck.load')}
        </button>
        <input
          id="deck-file"
          ref={file}
          hidden
          aria-label={t('deck.load')}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void load(e)}
        />
        <button type="button" onClick={() => void share()}>
          {t('deck.share')}
        </button>
        <label htmlFor="deck-link">{t('deck.link')}</label>
        <input id="deck-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          onClick={() => {
            onChange(deckKnowledge(model).builtIn(lang), 1);
            announce(t('deck.resetDone'));
          }}
        >
          {t('deck.reset')}
        </button>
      </div>
      {message && (
        <div role={message.error ? 'alert' : 'status'} className={message.error ? 'alert' : 'hint'}>
          <p>{message.text}</p>
          {message.problems.length > 0 && (
            <ul>
              {message.problems.slice(0, 20).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </aside>
  );
}
