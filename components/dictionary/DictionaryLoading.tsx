import { useT } from '@/lib/i18n/client';
import type { DictionaryProgress } from './dictionary-loader';

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

/**
 * What the popup says while the dictionary loads: "Loading…", or for an own text's first
 * dictionary (seconds: the whole CC-CEDICT comes once per browser) how far the download has
 * come, then that the text's words are being found. The live region keeps saying "Loading"
 * (announced once); the bar is for the eye.
 */
export function DictionaryLoading({ progress }: { progress: DictionaryProgress | undefined }) {
  const { t } = useT('dictionary');
  if (!progress) return <p className="dict__status">{t('loading')}</p>;
  if (progress.stage === 'words') return <p className="dict__status">{t('loadingWords')}</p>;
  const { done, total } = progress;
  return (
    <div className="dict__status">
      <p>{t('loadingDownload')}</p>
      {total ? (
        <>
          <progress
            className="dict__progress"
            max={total}
            value={Math.min(done, total)}
            aria-label={t('loadingDownload')}
          />
          <p>{t('loadingBytes', { done: mb(done), total: mb(total) })}</p>
        </>
      ) : (
        <p>{mb(done)} MB</p>
      )}
    </div>
  );
}
