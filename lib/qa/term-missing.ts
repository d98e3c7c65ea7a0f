import type { TermUse } from './term-uses';
import { type CompiledGlossary, findTermUses } from './term-uses';
import { type QaFlag, type QaPair, quote, spanOf } from './types';

/**
 * Flags each glossary term of a pair's Chinese none of whose registered renderings is in the
 * pair's English: either the translation uses another word (add it to the glossary, or use
 * the registered one), or the term was left untranslated. `warning`: free translation is
 * sometimes right, but the reader then highlights nothing for the term.
 *
 * @example checkTermsRendered({ id: 'p31', zh: '算力的问题', en: 'The compute problem' }, compileGlossary(glossary))
 * // [{ kind: 'term-missing', message: '算力 is in the Chinese, but none of its renderings (“computing power”) is in the English', … }]
 */
export function checkTermsRendered(
  pair: QaPair,
  glossary: CompiledGlossary,
  uses: readonly TermUse[] = findTermUses(pair, glossary),
): QaFlag[] {
  return uses.flatMap((use): QaFlag[] => {
    const entry = glossary.entries[use.entry];
    if (!entry || use.en.length > 0) return [];
    const renderings = entry.en.map((r) => quote(r)).join(', ');
    return [
      {
        kind: 'term-missing',
        severity: 'warning',
        pairId: pair.id,
        side: 'en',
        message: `${entry.term} is in the Chinese, but none of its renderings (${renderings}) is in the English`,
        evidence: use.zh.map((o) => spanOf('zh', pair.zh, o.start, o.end)),
      },
    ];
  });
}
