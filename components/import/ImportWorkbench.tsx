'use client';

import Link from 'next/link';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { checkInput, MAX_INPUT_BYTES } from '@/lib/bitext/input';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import { saveLocalDocument } from '@/lib/local-library/store';
import type { AlignMessage, AlignRequest } from './align.worker';

type Side = 'zh' | 'en';
type Done = Extract<AlignMessage, { type: 'done' }>;
type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'cancelled' }
  | { kind: 'done'; result: Done };

/**
 * Paste or open a Chinese text and its translation, align them in a Web Worker (progress and
 * Cancel; the page stays responsive), see the result and download it as a content file.
 * Texts are checked before anything runs; a problem is shown in words and the texts stay.
 */
export function ImportWorkbench() {
  const { t, lng } = useT('import');
  const { t: tLocal } = useT('local');
  const [savedId, setSavedId] = useState<string | null>(null);
  const [texts, setTexts] = useState<Record<Side, string>>({ zh: '', en: '' });
  const [problems, setProblems] = useState<string[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);

  useEffect(() => () => worker.current?.terminate(), []);

  const problemsOf = (side: Side, check: ReturnType<typeof checkInput>) =>
    check.ok
      ? []
      : [
          t(`problems.${check.problem}`, {
            side: t(`side.${side}`),
            limit: MAX_INPUT_BYTES / 2 ** 20,
          }),
        ];

  const openFile = async (side: Side, event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const check = checkInput(new Uint8Array(await file.arrayBuffer()), side);
    if (check.ok) {
      setTexts((current) => ({ ...current, [side]: check.text }));
      setProblems([]);
    } else {
      setProblems(problemsOf(side, check));
    }
  };

  const start = () => {
    const encoder = new TextEncoder();
    const found = (['zh', 'en'] as const).flatMap((side) =>
      problemsOf(side, checkInput(encoder.encode(texts[side]), side)),
    );
    setProblems(found);
    if (found.length > 0) return;
    worker.current?.terminate();
    const w = new Worker(new URL('./align.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setPhase({ kind: 'running', done: 0, total: 1 });
    setSavedId(null);
    w.onmessage = (event: MessageEvent<AlignMessage>) => {
      const message = event.data;
      if (message.type === 'progress')
        setPhase({ kind: 'running', done: message.done, total: message.total });
      else if (message.type === 'done') {
        setPhase({ kind: 'done', result: message });
        w.terminate();
      } else {
        setProblems([t('problems.failed', { message: message.message })]);
        setPhase({ kind: 'idle' });
        w.terminate();
      }
    };
    const request: AlignRequest = {
      zh: texts.zh,
      en: texts.en,
      lexiconUrl: '/data/cedict-lexicon.json',
      slug: 'my-text',
      date: new Date().toISOString().slice(0, 10),
      title: { zh: t('defaults.titleZh'), en: t('defaults.titleEn') },
      source: {
        name: { zh: t('defaults.sourceZh'), en: t('defaults.sourceEn') },
        url: 'https://example.org/source-not-given',
      },
    };
    w.postMessage(request);
  };

  const cancel = () => {
    worker.current?.terminate();
    worker.current = null;
    setPhase({ kind: 'cancelled' });
  };

  const download = (yaml: string) => {
    const url = URL.createObjectURL(new Blob([yaml], { type: 'application/yaml;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'my-text.yaml';
    a.click();
    URL.revokeObjectURL(url);
  };

  const save = async (yaml: string) => {
    const id = `local-${Date.now().toString(36)}`;
    await saveLocalDocument({
      id,
      title: { zh: t('defaults.titleZh'), en: t('defaults.titleEn') },
      savedAt: new Date().toISOString(),
      yaml,
    });
    setSavedId(id);
  };

  const running = phase.kind === 'running';
  return (
    <div className="import">
      <div className="import__texts">
        {(['zh', 'en'] as const).map((side) => (
          <div key={side} className="import__side">
            <label htmlFor={`import-${side}`}>{t(side === 'zh' ? 'zhLabel' : 'enLabel')}</label>
            <textarea
              id={`import-${side}`}
              lang={contentLang[side]}
              rows={12}
              value={texts[side]}
              onChange={(e) => setTexts({ ...texts, [side]: e.target.value })}
            />
            <label className="import__file">
              {t('openFile')} ({t(`side.${side}`)}){' '}
              <input
                type="file"
                accept=".txt,.md,text/plain,text/markdown"
                onChange={(e) => openFile(side, e)}
              />
            </label>
          </div>
        ))}
      </div>
      {problems.length > 0 && (
        <ul className="import__problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <p className="import__actions">
        <button type="button" onClick={start} disabled={running}>
          {t('align')}
        </button>
        {running && (
          <button type="button" onClick={cancel}>
            {t('cancel')}
          </button>
        )}
      </p>
      {running && (
        <p>
          <label htmlFor="import-progress">{t('progress')}</label>{' '}
          <progress id="import-progress" max={Math.max(phase.total, 1)} value={phase.done} />
        </p>
      )}
      {phase.kind === 'cancelled' && <p role="status">{t('cancelled')}</p>}
      {phase.kind === 'done' && (
        <section aria-labelledby="import-result" className="import__result">
          <h2 id="import-result">{t('result.heading')}</h2>
          <p role="status">
            {t('result.summary', {
              pairs: phase.result.pairs,
              links: phase.result.links,
              low: phase.result.lowLinks,
            })}
          </p>
          <p>
            <button type="button" onClick={() => download(phase.result.yaml)}>
              {t('result.download')}
            </button>{' '}
            <button type="button" onClick={() => save(phase.result.yaml)}>
              {tLocal('save')}
            </button>
          </p>
          {savedId && (
            <p role="status">
              {tLocal('saved')}{' '}
              <Link href={`/${lng}/local?id=${encodeURIComponent(savedId)}`}>
                {tLocal('openSaved')}
              </Link>
            </p>
          )}
          <ol className="import__preview">
            {phase.result.preview.map((pair, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of one result
              <li key={index} data-low={pair.low ? '' : undefined}>
                <p className="import__text" lang={contentLang.zh}>
                  {pair.zh}
                </p>
                <p className="import__text" lang={contentLang.en}>
                  {pair.en}
                </p>
                {pair.low && <p className="import__low">{t('result.low')}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
