import { prePaintScript } from '@/lib/reader-settings/settings';

/**
 * The pre-paint script at the top of a reader page: applies stored and linked settings to
 * `<html>` before the first paint, generated from the settings module the app itself runs
 * (`prePaintScript`), so the two cannot disagree. `ReaderSettingsProvider` takes over once
 * the page is interactive.
 */
export function ReaderSettingsScript() {
  return (
    <script
      // biome-ignore lint/security/noDangerouslySetInnerHtml: our own code, serialised with JSON data only
      dangerouslySetInnerHTML={{ __html: prePaintScript() }}
    />
  );
}
