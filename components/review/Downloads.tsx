import { exportFileNames } from '@/lib/export/files';

export interface DownloadsProps {
  slug: string;
  labels: {
    heading: string;
    tmxLinks: string;
    tmxPairs: string;
    csv: string;
    tbx: string;
    glossaryCsv: string;
    qaCsv: string;
    qaHtml: string;
  };
}

/** Export files, prerendered at build time by app/export/[file]/route.ts. */
export function Downloads({ slug, labels }: DownloadsProps) {
  const names = exportFileNames(slug);
  const files = (
    ['tmxLinks', 'tmxPairs', 'csv', 'tbx', 'glossaryCsv', 'qaCsv', 'qaHtml'] as const
  ).map((kind) => [names[kind], labels[kind]] as const);
  return (
    <section aria-labelledby="downloads-heading" className="downloads">
      <h2 id="downloads-heading">{labels.heading}</h2>
      <ul>
        {files.map(([file, label]) => (
          <li key={file}>
            <a href={`/export/${file}`} download={file}>
              {label}
            </a>{' '}
            <code>{file}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
