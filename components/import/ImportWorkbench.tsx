'use client';

import { type DragEvent, useEffect, useRef, useState } from 'react';
import { checkInput, MAX_INPUT_BYTES } from '@/lib/bitext/input';
import { documentMetadata, parseSourceUrl } from '@/lib/bitext/metadata';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import { formatProblem, type ImportedUnit } from '@/lib/import/types';
import { saveLocalDocument } from '@/lib/local-library/store';
import type { AlignMessage, AlignRequest } from './align.worker';
import { type DetailsValue, DocumentDetails } from './DocumentDetails';
import { type AlignResult, ImportResult } from './ImportResult';
import { isBinaryFileName, readInWorker, textsOfUnits } from './read-file';
import './import.css';

type Side = 'zh' | 'en';
type Texts = Record<Side, string>;
type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number; texts: Texts }
  | { kind: 'cancelled' }
  | { kind: 'done'; result: AlignResult; texts: Texts };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Paste or open a Chinese text and its translation, align them in a Web Worker (progress and
 * Cancel; the page stays responsive), see the result and download it as a content file or
 * save it to the browser's library, under the titles and source typed (or the first line of
 * each text). Texts are checked before anything runs; a problem is shown in words and
 * everything typed stays.
 */
export function ImportWorkbench() {
  const { t } = useT('import');
  const [savedId, setSavedId] = useState<string | null>(null);
  const [texts, setTexts] = useState<Texts>({ zh: '', en: '' });
  const [details, setDetails] = useState<DetailsValue>({ titleZh: '', titleEn: '', sourceUrl: '' });
  const [urlInvalid, setUrlInvalid] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  /** The units of a file aligned already, while the texts are still the ones it gave. */
  const [imported, setImported] = useState<{
    file: string;
    units: ImportedUnit[];
    texts: Texts;
    languages?: string;
  } | null>(null);
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

  const openFile = async (side: Side, file: File | undefined) => {
    if (!file) return;
    if (file.size <= MAX_INPUT_BYTES && isBinaryFileName(file.name)) {
      // Word, TMX, XLIFF, CSV: read in a worker; a problem is shown and the texts stay.
      const result = await readInWorker(file);
      const found = result.problems.map(formatProblem);
      if (result.kind === 'bilingual' && result.units.length > 0) {
        const next = textsOfUnits(result.units);
        setTexts(next);
        setImported({
          file: file.name,
          units: result.units,
          texts: next,
          languages: result.languages && `${result.languages.zh} → ${result.languages.en}`,
        });
      } else if (result.kind === 'text' && result.text !== '') {
        const check = checkInput(new TextEncoder().encode(result.text), side);
        if (!check.ok) return setProblems(problemsOf(side, check));
        setTexts((current) => ({ ...current, [side]: result.text }));
      }
      setProblems(found);
      return;
    }
    // Refuse an oversized file before reading it into memory.
    const check: ReturnType<typeof checkInput> =
      file.size > MAX_INPUT_BYTES
        ? { ok: false, problem: 'too-large', message: '' }
        : checkInput(new Uint8Array(await file.arrayBuffer()), side);
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
    // A source URL that is no web address does not stop the alignment (it names the result
    // only), but is pointed out now rather than at the download.
    const url = details.sourceUrl.trim();
    setUrlInvalid(url !== '' && parseSourceUrl(url) === undefined);
    if (found.length > 0) return;
    worker.current?.terminate();
    const w = new Worker(new URL('./align.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    const aligned = { ...texts };
    setPhase({ kind: 'running', done: 0, total: 1, texts: aligned });
    setSavedId(null);
    w.onmessage = (event: MessageEvent<AlignMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        setPhase({ kind: 'running', done: message.done, total: message.total, texts: aligned });
      } else if (message.type === 'done') {
        setPhase({ kind: 'done', result: message, texts: aligned });
        w.terminate();
      } else {
        setProblems([t('problems.failed', { message: message.message })]);
        setPhase({ kind: 'idle' });
        w.terminate();
      }
    };
    // A file aligned already keeps its units as long as its texts are not edited.
    const request: AlignRequest =
      imported && imported.texts.zh === texts.zh && imported.texts.en === texts.en
        ? { mode: 'units', units: imported.units }
        : { mode: 'texts', zh: texts.zh, en: texts.en, lexiconUrl: '/data/cedict-lexicon.json' };
    w.postMessage(request);
  };

  const cancel = () => {
    worker.current?.terminate();
    worker.current = null;
    setPhase({ kind: 'cancelled' });
  };

  /** The metadata from the fields as they are now, or undefined (and the field marked). */
  const metadataFor = (aligned: Texts) => {
    const result = documentMetadata(details, aligned, {
      title: { zh: t('defaults.titleZh'), en: t('defaults.titleEn') },
      sourceName: { zh: t('defaults.sourceZh'), en: t('defaults.sourceEn') },
      date: today(),
    });
    setUrlInvalid(!result.ok);
    if (!result.ok) document.getElementById('import-source-url')?.focus();
    return result.ok ? result.metadata : undefined;
  };

  /** The content file of the result under the current details (the writer loads on demand). */
  const contentFile = async (result: AlignResult, aligned: Texts) => {
    const metadata = metadataFor(aligned);
    if (!metadata) return undefined;
    const { serializeDocument } = await import('@/lib/content/serialize');
    try {
      const yaml = serializeDocument({
        ...metadata,
        byline: [],
        speakers: {},
        furniture: [],
        pairs: result.pairs,
      });
      return { metadata, yaml };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setProblems([t('problems.failed', { message })]);
      return undefined;
    }
  };

  const download = async (result: AlignResult, aligned: Texts) => {
    const file = await contentFile(result, aligned);
    if (!file) return;
    const blob = new Blob([file.yaml], { type: 'application/yaml;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${file.metadata.slug}.yaml`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const save = async (result: AlignResult, aligned: Texts) => {
    const file = await contentFile(result, aligned);
    if (!file) return;
    const id = `local-${Date.now().toString(36)}`;
    await saveLocalDocument({
      id,
      title: file.metadata.title,
      savedAt: new Date().toISOString(),
      yaml: file.yaml,
      needsReview: result.needsReview,
    });
    setSavedId(id);
  };

  const running = phase.kind === 'running';
  return (
    <div className="import">
      <div className="import__texts">
        {(['zh', 'en'] as const).map((side) => (
          // biome-ignore lint/a11y/noStaticElementInteractions: a target for dropped files only; the file input inside it is the way by keyboard
          <div
            key={side}
            className="import__side"
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e: DragEvent) => {
              e.preventDefault();
              openFile(side, e.dataTransfer.files[0]);
            }}
          >
            <label htmlFor={`import-${side}`}>{t(side === 'zh' ? 'zhLabel' : 'enLabel')}</label>
            <textarea
              id={`import-${side}`}
              lang={contentLang[side]}
              rows={12}
              value={texts[side]}
              onChange={(e) => setTexts({ ...texts, [side]: e.target.value })}
            />
            <label className="import__file">
              {t('openFile', { side: t(`side.${side}`) })}{' '}
              <input
                type="file"
                accept=".txt,.md,.docx,.tmx,.xlf,.xliff,.csv,.tsv,text/plain,text/markdown"
                onChange={(e) => {
                  openFile(side, e.target.files?.[0]);
                  // The same file may be opened again (after fixing it, say).
                  e.target.value = '';
                }}
              />
            </label>
          </div>
        ))}
      </div>
      {imported && (
        <p role="status" className="import__imported">
          {imported.texts.zh === texts.zh && imported.texts.en === texts.en
            ? t('file.units', {
                file: imported.file,
                count: imported.units.length,
                languages: imported.languages ?? '',
              })
            : t('file.edited', { file: imported.file })}
        </p>
      )}
      <DocumentDetails
        value={details}
        onChange={(value) => {
          setDetails(value);
          if (urlInvalid && value.sourceUrl !== details.sourceUrl) setUrlInvalid(false);
        }}
        urlInvalid={urlInvalid}
      />
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
        <ImportResult
          result={phase.result}
          savedId={savedId}
          onDownload={() => download(phase.result, phase.texts)}
          onSave={() => save(phase.result, phase.texts)}
        />
      )}
    </div>
  );
}
