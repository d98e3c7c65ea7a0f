import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/layout/NotFoundMessage';
import enCommon from '@/locales/en/common.json';
import zhCommon from '@/locales/zh/common.json';
import './globals.css';

export const metadata: Metadata = {
  title: `${enCommon.notFound.title} · ${zhCommon.notFound.title}`,
  robots: { index: false },
};

/** For URLs that match no route: an unknown language (`/fr`), an unknown document. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <NotFoundMessage />
        </main>
      </body>
    </html>
  );
}
