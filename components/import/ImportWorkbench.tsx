'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkInput, checkText, type InputProblem, MAX_INPUT_BYTES } from '@/lib/bitext/input';
import { documentMetadata, parseSourceUrl } from '@/lib/bitext/metadata';
import { askToPersist } from '@/lib/browser-db/persist';
import type { ParallelDocument } from '@/lib/content/schema';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import { isTraditionalChinese } from '@/lib/import/languages';
import { formatProblem, type ImportedUnit, type LanguageVariants } from '@/lib/import/types';
import type { AlignMessage, AlignRequest } from './align.worker';
import { type DetailsValue, DocumentDetails } from './DocumentDetails';
import { type HeldText, heldText } from './held-texts';
import { type AlignResult, ImportResult } from './ImportResult';
import { previewStore } from './preview-store';
import { isBinaryFileName, readInWorker, textsOfUnits } from './read-file';
import { fileInWorker, saveInWorker } from './result-in-worker';
import { type Side, TextSides, type Texts } from './TextSides';
import { type ChosenVariants, TmxVariants } from './TmxVariants';
import { nextTask, textPieces } from './text-pieces';
import './import.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'cancelled' }
  | { kind: 'done'; result: AlignResult; texts: Texts; doc: ParallelDocument };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Paste or open a Chinese text and its translation, align them in a Web Worker (progress and
 * Cancel; the page stays responsive), check and fix the result in the preview, and download it
 * as a content file or save it to the browser's library, under the titles and source typed (or
 * the first line of each text). Texts are checked before anything runs; a problem is shown in
 * words and everything typed stays. The text boxes are uncontrolled (TextSides): a 15 MB text
 * never goes through React state.
 */
export function ImportWorkbench() {
  const { t } = useT('import');
  const { t: tLocal } = useT('local');
  const [savedId, setSavedId] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const zhRef = useRef<HTMLTextAreaElement>(null);
  const enRef = useRef<HTMLTextAreaElement>(null);
  const refs = useMemo(() => ({ zh: zhRef, en: enRef }), []);
  const [details, setDetails] = useState<DetailsValue>({ titleZh: '', titleEn: '', sourceUrl: '' });
  const [urlInvalid, setUrlInvalid] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [stale, setStale] = useState(false);
  /** The units of a file aligned already, while the texts are still the ones it gave. */
  const [imported, setImported] = useState<{
    file: string;
    units: ImportedUnit[];
    edited: boolean;
    languages?: string;
    /** The file itself and its variants, to read it again with other ones (TmxVariants). */
    source: File;
    variants?: LanguageVariants;
    chosen?: ChosenVariants;
  } | null>(null);
  const alignWorker = useRef<Worker | null>(null);
  const store = useMemo(() => (phase.kind === 'done' ? previewStore() : null), [phase]);

  useEffect(() => () => alignWorker.current?.terminate(), []);

  /** Texts too long for their box (held-texts.ts): aligned from here, shown as a note. */
  const [held, setHeld] = useState<Record<Side, HeldText | null>>({ zh: null, en: null });
  const readTexts = (): Texts => ({
    zh: held.zh?.text ?? zhRef.current?.value ?? '',
    en: held.en?.text ?? enRef.current?.value ?? '',
  });
  const setText = useCallback(
    (side: Side, text: string, lang: string = contentLang[side]) => {
      const long = heldText(text);
      const box = refs[side].current;
      if (box) {
        box.value = long ? '' : text;
        // Traditional characters read from a file (zh-TW) are marked as such for screen readers.
        box.lang = lang;
      }
      setHeld((current) => ({ ...current, [side]: long }));
    },
    [refs],
  );
  const onInput = useCallback((_side: Side) => {
    setImported((current) => (current && !current.edited ? { ...current, edited: true } : current));
    setStale(true);
  }, []);
  const onLongPaste = useCallback(
    (side: Side, text: string) => {
      setText(side, text);
      onInput(side);
    },
    [setText, onInput],
  );
  const onClear = useCallback(
    (side: Side) => {
      setText(side, '');
      onInput(side);
      requestAnimationFrame(() => refs[side].current?.focus());
    },
    [setText, onInput, refs],
  );

  /** The problem of a side's check in words (none when the check passed). */
  const problemsOf = (side: Side, check: ReturnType<typeof checkInput> | InputProblem) => {
    const problem = typeof check === 'string' ? check : check.ok ? undefined : check.problem;
    if (!problem) return [];
    return [
      t(`problems.${problem}`, { side: t(`side.${side}`), limit: MAX_INPUT_BYTES / 2 ** 20 }),
    ];
  };

  const readOpened = async (side: Side, file: File, wanted?: ChosenVariants) => {
    if (file.size <= MAX_INPUT_BYTES && isBinaryFileName(file.name)) {
      // Word, TMX, XLIFF, CSV: read in a worker; a problem is shown and the texts stay.
      const result = await readInWorker(file, wanted);
      const found = result.problems.map(formatProblem);
      if (result.kind === 'bilingual' && result.units.length > 0) {
        const next = textsOfUnits(result.units);
        const traditional = result.languages && isTraditionalChinese(result.languages.zh);
        setText('zh', next.zh, traditional ? contentLang.zhTraditional : contentLang.zh);
        setText('en', next.en);
        setImported({
          file: file.name,
          units: result.units,
          edited: false,
          languages: result.languages && `${result.languages.zh} → ${result.languages.en}`,
          source: file,
          variants: result.variants,
          chosen: result.languages && { zh: result.languages.zh, en: result.languages.en },
        });
        setStale(true);
      } else if (result.kind === 'text' && result.text !== '') {
        const check = checkText(result.text, side);
        if (!check.ok) return setProblems(problemsOf(side, check));
        setText(side, result.text);
        onInput(side);
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
      setText(side, check.text);
      onInput(side);
      setProblems([]);
    } else {
      setProblems(problemsOf(side, check));
    }
  };

  /** Files being read (a Word file is converted in a worker): Align waits until they are in. */
  const [reading, setReading] = useState<readonly string[]>([]);
  const openFile = async (side: Side, file: File | undefined, wanted?: ChosenVariants) => {
    if (!file) return;
    setReading((names) => [...names, file.name]);
    try {
      await readOpened(side, file, wanted);
    } finally {
      setReading((names) => {
        const at = names.indexOf(file.name);
        return at < 0 ? names : [...names.slice(0, at), ...names.slice(at + 1)];
      });
    }
  };

  /** The metadata from the fields as they are now, or undefined (and the field marked). */
  const metadataFor = (aligned: Texts, fields: DetailsValue = details) => {
    const result = documentMetadata(fields, aligned, {
      title: { zh: t('defaults.titleZh'), en: t('defaults.titleEn') },
      sourceName: { zh: t('defaults.sourceZh'), en: t('defaults.sourceEn') },
      date: today(),
    });
    return result.ok ? result.metadata : undefined;
  };

  const start = () => {
    const texts = readTexts();
    // A file aligned already keeps its units as long as its texts are not edited.
    const byUnits = imported !== null && !imported.edited;
    // A text held aside (a book) is checked in the worker: here it took most of a second.
    const inWorker = (['zh', 'en'] as const).filter((side) => held[side] && !byUnits);
    const found = (['zh', 'en'] as const).flatMap((side) =>
      inWorker.includes(side) ? [] : problemsOf(side, checkText(texts[side], side)),
    );
    setProblems(found);
    // A source URL that is no web address does not stop the alignment (it names the result
    // only), but is pointed out now rather than at the download.
    const url = details.sourceUrl.trim();
    setUrlInvalid(url !== '' && parseSourceUrl(url) === undefined);
    if (found.length > 0) return;
    alignWorker.current?.terminate();
    const w = new Worker(new URL('./align.worker.ts', import.meta.url), { type: 'module' });
    alignWorker.current = w;
    setPhase({ kind: 'running', done: 0, total: 1 });
    setSavedId(null);
    setStale(false);
    w.onmessage = (event: MessageEvent<AlignMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        setPhase({ kind: 'running', done: message.done, total: message.total });
      } else if (message.type === 'done') {
        // The preview's document, under the details as typed (an invalid URL is left out
        // here; it is asked for again when the result is saved or downloaded). A long result's
        // pairs stay in the worker, which is kept to write its content file.
        const metadata = metadataFor(texts) ?? metadataFor(texts, { ...details, sourceUrl: '' });
        if (metadata) {
          const doc = {
            ...metadata,
            byline: [],
            speakers: {},
            furniture: [],
            pairs: message.pairs ?? [],
          };
          setPhase({ kind: 'done', result: message, texts, doc });
        }
      } else if (message.type === 'problems') {
        setProblems(message.problems.flatMap(({ side, problem }) => problemsOf(side, problem)));
        setPhase({ kind: 'idle' });
        w.terminate();
      } else if (message.type === 'error') {
        setProblems([t('problems.failed', { message: message.message })]);
        setPhase({ kind: 'idle' });
        w.terminate();
      }
    };
    if (imported && byUnits) {
      w.postMessage({ mode: 'units', units: imported.units } satisfies AlignRequest);
      return;
    }
    // The texts in pieces, a task each (text-pieces.ts); not on once Cancel or a new run
    // has replaced this worker.
    void (async () => {
      for (const side of ['zh', 'en'] as const)
        for (const text of textPieces(texts[side])) {
          if (alignWorker.current !== w) return;
          w.postMessage({ mode: 'piece', side, text } satisfies AlignRequest);
          await nextTask();
        }
      if (alignWorker.current !== w) return;
      w.postMessage({
        mode: 'texts',
        lexiconUrl: '/data/cedict-lexicon.json',
        check: inWorker,
      } satisfies AlignRequest);
    })();
  };

  const cancel = () => {
    alignWorker.current?.terminate();
    alignWorker.current = null;
    setPhase({ kind: 'cancelled' });
  };

  /**
   * The result as it is now, under the current details, for the align worker to write (it
   * holds a long result's pairs), with the metadata; undefined when a field is wrong (marked).
   */
  const resultDocument = (done: Extract<Phase, { kind: 'done' }>) => {
    const metadata = metadataFor(done.texts);
    setUrlInvalid(!metadata);
    if (!metadata) {
      document.getElementById('import-source-url')?.focus();
      return undefined;
    }
    const worker = alignWorker.current;
    if (!worker) return undefined;
    // A previewed result as fixed there; a long one as aligned (its pairs are in the worker).
    const { pairs, ...rest } = store?.present() ?? done.doc;
    return { worker, metadata, doc: { ...rest, ...metadata, ...(done.result.pairs && { pairs }) } };
  };

  const download = async (done: Extract<Phase, { kind: 'done' }>) => {
    const result = resultDocument(done);
    if (!result) return;
    try {
      const blob = await fileInWorker(result.worker, result.doc);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `${result.metadata.slug}.yaml`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setProblems([t('problems.failed', { message })]);
    }
  };

  const save = async (done: Extract<Phase, { kind: 'done' }>) => {
    const result = resultDocument(done);
    if (!result) return;
    setSaving(true);
    try {
      // Written and stored by the worker (result-file.ts): a book's write froze the page.
      const id = `local-${Date.now().toString(36)}`;
      const outcome = await saveInWorker(result.worker, result.doc, {
        id,
        title: result.metadata.title,
        savedAt: new Date().toISOString(),
      });
      // A full quota, storage turned off: said in words; the texts and the fixes stay.
      if (!outcome.ok) {
        const { problem, message } = outcome;
        return setProblems([
          problem === 'file' ? t('problems.failed', { message }) : tLocal(`errors.${problem}`),
        ]);
      }
      askToPersist(); // asked from the page: workers cannot ask for persistent storage
      setSavedId(id);
    } finally {
      setSaving(false);
    }
  };

  const running = phase.kind === 'running';
  return (
    <div className="import">
      <TextSides
        refs={refs}
        onOpenFile={openFile}
        onInput={onInput}
        held={held}
        onLongPaste={onLongPaste}
        onClear={onClear}
      />
      {imported && (
        <p role="status" className="import__imported">
          {imported.edited
            ? t('file.edited', { file: imported.file })
            : t('file.units', {
                file: imported.file,
                count: imported.units.length,
                languages: imported.languages ?? '',
              })}
        </p>
      )}
      {imported?.variants && imported.chosen && (
        <TmxVariants
          file={imported.file}
          variants={imported.variants}
          chosen={imported.chosen}
          locked={imported.edited}
          onChoose={(wanted) => openFile('zh', imported.source, wanted)}
        />
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
        // The alert is around the list, not on it: a role on the <ul> would unmake its list.
        <div role="alert">
          <ul className="import__problems">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="import__actions">
        <button type="button" onClick={start} disabled={running || reading.length > 0}>
          {t('align')}
        </button>
        {reading.length > 0 && (
          <span role="status" className="import__reading">
            {' '}
            {t('reading', { files: reading.join(', ') })}
          </span>
        )}
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
      {phase.kind === 'done' && store && (
        <ImportResult
          result={phase.result}
          doc={phase.doc}
          store={store}
          savedId={savedId}
          saving={saving}
          stale={stale}
          onBack={() => zhRef.current?.focus()}
          onDownload={() => download(phase)}
          onSave={() => save(phase)}
        />
      )}
    </div>
  );
}
