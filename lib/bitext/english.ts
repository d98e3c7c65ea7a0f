/**
 * English words as the lexicon sees them: lower-cased content words, lightly stemmed, so that
 * "created", "creates" and "creating" all meet the dictionary's "create". The stemmer is
 * deliberately weaker than Porter's (1980): it only removes inflections (plural -s/-es,
 * -ed, -ing, a final -e, doubled consonants) and maps the commonest irregular forms, because
 * dictionary glosses are base forms and derivation (-ness, -ation) changes the meaning a
 * dictionary records separately.
 */

/**
 * Function words, archaic pronouns and verb forms (so that older translations, such as the
 * King James Bible, are read like modern ones), and the meta-words of dictionary glosses
 * ("sb", "sth"). None of them is evidence that two sentences translate each other.
 */
const STOPWORDS = new Set(
  `a an the and or but nor if then else so as than that this these those there here
  of to in on at by for with from into onto upon about above below over under between among
  through during before after again further out off up down against within without toward
  towards unto till until while since because though although whether
  be am is are was were been being have has had having do does did doing done
  will would shall should can could may might must ought
  i me my mine myself we us our ours ourselves you your yours yourself yourselves
  he him his himself she her hers herself it its itself they them their theirs themselves
  who whom whose which what whatever whoever when where why how
  all any both each few more most other some such no not only own same too very just also
  s t d ll m re ve don doesn didn isn aren wasn weren won wouldn shouldn couldn can't
  thee thou thy thine ye hath doth art wilt shalt hast dost didst saith
  sb sth one's oneself etc esp e.g i.e lit fig coll abbr pr cf`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/**
 * Irregular inflections mapped to their base form (the form dictionaries gloss). A Map: it is
 * read with every word of a text, and an object would answer "constructor" with a function.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  `arose:arise arisen:arise awoke:awake bore:bear borne:bear beat:beat became:become
  began:begin begun:begin begat:beget begot:beget begotten:beget bent:bend bound:bind bit:bite
  bitten:bite bled:bleed blew:blow blown:blow broke:break broken:break bred:breed
  brought:bring built:build burnt:burn bought:buy caught:catch chose:choose chosen:choose
  came:come clung:cling crept:creep dealt:deal dug:dig drew:draw drawn:draw dreamt:dream
  drank:drink drunk:drink drove:drive driven:drive dwelt:dwell ate:eat eaten:eat fell:fall
  fallen:fall fed:feed felt:feel fought:fight found:find fled:flee flung:fling flew:fly
  flown:fly forbade:forbid forgot:forget forgotten:forget forgave:forgive forgiven:forgive
  froze:freeze frozen:freeze got:get gotten:get gave:give given:give went:go gone:go
  grew:grow grown:grow hung:hang heard:hear hid:hide hidden:hide held:hold kept:keep
  knelt:kneel knew:know known:know laid:lay led:lead leapt:leap learnt:learn left:leave
  lent:lend lay:lie lain:lie lit:light lost:lose made:make meant:mean met:meet paid:pay
  ran:run rang:ring rung:ring rose:rise risen:rise rode:ride ridden:ride said:say saw:see
  seen:see sought:seek sold:sell sent:send shook:shake shaken:shake shone:shine shot:shoot
  sang:sing sung:sing sank:sink sunk:sink sat:sit slept:sleep slew:slay slain:slay slid:slide
  spoke:speak spoken:speak spent:spend spun:spin sprang:spring sprung:spring stood:stand
  stole:steal stolen:steal stuck:stick stung:sting strove:strive struck:strike swore:swear
  sworn:swear swept:sweep swam:swim swum:swim took:take taken:take taught:teach tore:tear
  torn:tear told:tell thought:think threw:throw thrown:throw understood:understand
  woke:wake woken:wake wore:wear worn:wear wove:weave wept:weep wound:wind
  wrote:write written:write men:man women:woman children:child feet:foot teeth:tooth
  mice:mouse geese:goose oxen:ox brethren:brother people:person lives:life wives:wife
  knives:knife leaves:leaf wolves:wolf sheaves:sheaf loaves:loaf better:good best:good
  worse:bad worst:bad`
    .split(/\s+/)
    .filter((pair) => pair !== '')
    .map((pair) => pair.split(':') as [string, string]),
);

const VOWEL = /[aeiouy]/;

/** Undoubles a final consonant left by -ed/-ing ("stopp" → "stop"), except l, s, z. */
function undouble(stem: string): string {
  const last = stem.at(-1) ?? '';
  return stem.length > 3 && last === stem.at(-2) && !/[aeiouylsz]/.test(last)
    ? stem.slice(0, -1)
    : stem;
}

/**
 * The stem of a lower-cased English word: inflections removed, irregular forms mapped,
 * a final "e" dropped so that "create" and "created" meet. Stems keep at least three letters.
 *
 * @example stemEnglish('created') // 'creat'
 * @example stemEnglish('create') // 'creat'
 * @example stemEnglish('cities') // 'city'
 * @example stemEnglish('said') // 'say'
 */
export function stemEnglish(word: string): string {
  let w = IRREGULAR.get(word) ?? word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed') && VOWEL.test(w.slice(0, -2))) {
    w = undouble(w.slice(0, -2));
  } else if (w.length > 5 && w.endsWith('ing') && VOWEL.test(w.slice(0, -3))) {
    w = undouble(w.slice(0, -3));
  }
  if (w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

/**
 * Whether a lower-cased word carries no content of its own.
 *
 * @example isStopword('thee') // true
 */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

const isAsciiLower = (code: number) => code >= 0x61 && code <= 0x7a;
const APOSTROPHE = 0x27;

/**
 * The content words of English text, lower-cased and in order, without stopwords; a
 * possessive or contracted ending ("'s", "n't") is dropped with the apostrophe. (A scan of
 * character codes, not a regular expression: it runs over every word of a book.)
 *
 * @example englishWords("Tom doesn't like the cities.") // ['tom', 'like', 'cities']
 */
export function englishWords(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase().replaceAll('’', "'");
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiLower(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiLower(lower.charCodeAt(i))) i++;
    const word = lower.slice(start, i);
    // An apostrophe and letters after it belong to this word and are dropped ("doesn't").
    while (
      i + 1 < n &&
      lower.charCodeAt(i) === APOSTROPHE &&
      isAsciiLower(lower.charCodeAt(i + 1))
    ) {
      i++;
      while (i < n && isAsciiLower(lower.charCodeAt(i))) i++;
    }
    if (word.length >= 2 && !STOPWORDS.has(word)) out.push(word);
  }
  return out;
}

/**
 * The stems of the content words of English text, in order.
 *
 * @example englishStems('God created the heavens') // ['god', 'creat', 'heaven']
 */
export function englishStems(text: string): string[] {
  return englishWords(text).map(stemEnglish);
}
