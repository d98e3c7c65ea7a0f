import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import enCommon from '@/locales/en/common.json';
import zhCommon from '@/locales/zh/common.json';
import '../globals.css';

export const metadata: Metadata = {
  title: `${enCommon.siteName} · ${zhCommon.siteName}`,
  description: `${enCommon.tagline} · ${zhCommon.tagline}`,
};

/** Root layout of `/` alone; every other page lives under `app/[lng]/`. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
