import { chineseQuantities, englishQuantities, isSignificant, type Quantity } from './quantities';
import { type QaFlag, type QaPair, quote, type Side, spanOf } from './types';

const SIDE_NAME: Record<Side, string> = { zh: 'Chinese', en: 'English' };
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A key as a reader would write it: 2,400,000,000; 80%; November. */
function describeKey(key: string): string {
  if (key.startsWith('month:')) return MONTH_NAMES[Number(key.slice(6)) - 1] ?? key;
  const percent = key.endsWith('%');
  const value = Number(percent ? key.slice(0, -1) : key);
  // Years stay as written (2019, not 2,019).
  const shown =
    Number.isInteger(value) && value >= 1000 && value < 2200
      ? String(value)
      : value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return percent ? `${shown}%` : shown;
}

/**
 * Flags significant numbers (years, percentages, months, amounts above 2) written on one side
 * of a pair and nowhere on the other, in any of the forms the other language may use
 * (24亿 ↔ 2.4 billion, 80% ↔ 80 percent, 2019年 ↔ 2019, 11月 ↔ November). A value counts as
 * present if it occurs anywhere on the other side: translators reorder, and repeat or drop
 * a repetition ("三者" ↔ "the three"), so comparing counts would mostly flag style.
 * Severity `error`: a wrong or missing figure is the mistake a reader can least detect.
 *
 * @example checkNumbers({ id: 'p5', zh: '用户量已超24亿', en: 'It has over 2.4 million users' })
 * // [{ kind: 'number-mismatch', message: 'The Chinese has “24亿” (2,400,000,000), which is not in the English …', … }]
 */
export function checkNumbers(pair: QaPair): QaFlag[] {
  const zh = chineseQuantities(pair.zh);
  const en = englishQuantities(pair.en);
  const zhMissing = unmatched(pair, 'zh', zh, en);
  const enMissing = unmatched(pair, 'en', en, zh);
  const scaled = scaleErrors(pair, zhMissing, enMissing);
  const explained = new Set(scaled.flatMap((s) => s.from));
  return [
    ...scaled.map((s) => s.flag),
    ...[...zhMissing, ...enMissing].filter((m) => !explained.has(m)).map((m) => m.flag),
  ];
}

/** Powers of ten a 万/亿 slip produces: 三千万 read as 3 million (×10) or 300 million (÷10)… */
const SLIPS = [1e1, 1e2, 1e3, 1e4, 1e-1, 1e-2, 1e-3, 1e-4];

/**
 * A Chinese amount written with 万 or 亿 whose English is off by a power of ten (24亿 as
 * "2.4 million", 三千万 as "3 million"): the classic slip of converting 万-and-亿 groups to
 * thousands and millions. One `number-scale` error replaces the two mismatches it explains.
 */
function scaleErrors(pair: QaPair, zh: readonly Missing[], en: readonly Missing[]) {
  const found: { flag: QaFlag; from: Missing[] }[] = [];
  const used = new Set<Missing>();
  for (const z of zh) {
    const written = pair.zh.slice(z.quantity.start, z.quantity.end);
    if (!/[万亿]/u.test(written)) continue;
    const value = Number(z.key);
    const partner = en.find(
      (e) =>
        !used.has(e) &&
        SLIPS.some((factor) => Math.abs(Number(e.key) * factor - value) <= value * 1e-9),
    );
    if (!partner) continue;
    used.add(partner);
    const english = pair.en.slice(partner.quantity.start, partner.quantity.end).trim();
    const ratio = Number(partner.key) / value;
    const times =
      ratio > 1
        ? `${Math.round(ratio)} times too large`
        : `${Math.round(1 / ratio)} times too small`;
    found.push({
      from: [z, partner],
      flag: {
        kind: 'number-scale',
        severity: 'error',
        pairId: pair.id,
        side: 'en',
        message: `The Chinese ${quote(written)} is ${describeKey(z.key)}, but the English ${quote(english)} is ${describeKey(partner.key)}: ${times} (万 is ten thousand, 亿 a hundred million)`,
        evidence: [
          spanOf('zh', pair.zh, z.quantity.start, z.quantity.end),
          spanOf('en', pair.en, partner.quantity.start, partner.quantity.end),
        ],
      },
    });
  }
  return found;
}

/** A significant value of one side that the other side lacks, with its flag. */
interface Missing {
  key: string;
  quantity: Quantity;
  flag: QaFlag;
}

function unmatched(pair: QaPair, side: Side, own: Quantity[], other: Quantity[]): Missing[] {
  const otherSide: Side = side === 'zh' ? 'en' : 'zh';
  const otherKeys = new Set(other.flatMap((q) => q.keys));
  const missing = new Map<string, Quantity[]>();
  for (const q of own) {
    const [key] = q.keys;
    if (key === undefined || q.soft || !isSignificant(key)) continue;
    if (q.keys.some((k) => otherKeys.has(k))) continue;
    missing.set(key, [...(missing.get(key) ?? []), q]);
  }
  const otherText = pair[otherSide];
  const present = other
    .filter((q) => !q.soft && q.keys[0] !== undefined && isSignificant(q.keys[0]))
    .map((q) => otherText.slice(q.start, q.end).trim());
  const distinct = [...new Set(present)];
  const listed = distinct.slice(0, 6).map((t) => quote(t));
  const has =
    distinct.length > 0
      ? `; the ${SIDE_NAME[otherSide]} has ${listed.join(', ')}${distinct.length > 6 ? ' …' : ''}`
      : '';
  return [...missing].flatMap(([key, mentions]): Missing[] => {
    const text = pair[side];
    const first = mentions[0];
    if (!first) return [];
    const written = [...new Set(mentions.map((q) => text.slice(q.start, q.end).trim()))];
    const value = mentions[0]?.label ?? describeKey(key);
    const shown = written.length === 1 && written[0] === value ? '' : ` (${value})`;
    const flag: QaFlag = {
      kind: 'number-mismatch',
      severity: 'error',
      pairId: pair.id,
      side: 'en',
      message: `The ${SIDE_NAME[side]} has ${written.map((t) => quote(t)).join(', ')}${shown}, which is not in the ${SIDE_NAME[otherSide]}${has}`,
      evidence: mentions.map((q) => spanOf(side, text, q.start, q.end)),
    };
    return [{ key, quantity: first, flag }];
  });
}
