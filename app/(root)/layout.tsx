import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';

export const metadata: Metadata = {
  title: 'Duizhao · 对照',
  description: 'Chinese and English, side by side · 中英对照，并排阅读',
};

/** Root layout of `/` alone; every other page lives under `app/[lng]/`. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
