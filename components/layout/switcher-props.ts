import type { TFunction } from 'i18next';
import { htmlLang, type Locale, otherLocale } from '@/lib/i18n/settings';
import type { LanguageSwitcherProps } from './LanguageSwitcher';

/**
 * What the language switcher needs to offer the other interface language, from the `common`
 * namespace: for the site header and the reader's options sheet (reachable while reading,
 * where the header has scrolled away).
 *
 * @example switcherProps('en', t).label // '中文'
 */
export function switcherProps(lng: Locale, t: TFunction<'common'>): LanguageSwitcherProps {
  const target = otherLocale(lng);
  const targetName = t(`languageName.${target}`);
  return {
    from: lng,
    to: target,
    label: targetName,
    labelLang: htmlLang[target],
    description: t('switcher.readIn', { language: targetName }),
  };
}
