/**
 * Words whose reading pinyin-pro 3.29.4 gets wrong in context, found by reading its output for
 * every polyphonic character of the bundled interview (and the lead's example 还钱). Each entry
 * is a whole dictionary word (never a bare character, which would change the character's
 * reading everywhere), registered with pinyin-pro's own `addDict`: dictionary words compete in
 * its segmentation like its built-in ones. Readings follow CC-CEDICT and the Xiandai Hanyu
 * Cidian (7th ed.); a syllable without a tone mark is neutral.
 *
 * Known misreadings left alone because they are not in our text and no word entry fixes them
 * safely: adverbial 地 after a reduplication (慢慢地 read dì), 得多 "much more" after other
 * adjectives (an entry for 得多 would break 获得多项), 种植 (zhòng), 教书 (jiāo).
 */
export const READING_FIXES: Readonly<Record<string, string>> = {
  // 还 "give back" (huán), read as the adverb hái.
  还钱: 'huán qián',
  还款: 'huán kuǎn',
  还贷: 'huán dài',
  // 重 "again" (chóng) in 重塑 "reshape", read as zhòng "heavy".
  重塑: 'chóng sù',
  // 量 "amount" (liàng) as a suffix, read as liáng "to measure".
  用户量: 'yòng hù liàng',
  数据量: 'shù jù liàng',
  // The complement particle 得 (de) in 早得多 "much earlier", read as dé "obtain".
  早得多: 'zǎo de duō',
  // Neutral second syllables that pinyin-pro reads with their full tone.
  时候: 'shí hou',
  例子: 'lì zi',
  意思: 'yì si',
  告诉: 'gào su',
};
