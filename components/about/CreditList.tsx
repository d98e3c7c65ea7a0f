import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';

interface Link {
  /** What the link shows: the address, shortened, or the licence's usual name. */
  label: string;
  href: string;
}

const CC_BY_SA_4: Link = {
  label: 'CC BY-SA 4.0',
  href: 'https://creativecommons.org/licenses/by-sa/4.0/',
};
/** Also the licence of Duizhao's own code. */
export const MIT_LICENCE: Link = { label: 'MIT', href: 'https://opensource.org/license/mit' };
const APACHE_2: Link = { label: 'Apache-2.0', href: 'https://www.apache.org/licenses/LICENSE-2.0' };
/** Shipped with the app (public/licenses/), as the licence asks of those who distribute the data. */
const ARPHIC: Link = {
  label: 'Arphic Public License',
  href: '/licenses/arphic-public-license.txt',
};

/** The work Duizhao ships or runs on a reader's behalf, each with where it lives and its licence. */
const CREDITS = [
  {
    id: 'cedict',
    name: 'CC-CEDICT',
    websites: [
      { label: 'cc-cedict.org', href: 'https://cc-cedict.org/wiki/' },
      { label: 'mdbg.net', href: 'https://www.mdbg.net/chinese/dictionary?page=cc-cedict' },
    ],
    licences: [CC_BY_SA_4],
  },
  {
    id: 'pinyinPro',
    name: 'pinyin-pro',
    websites: [
      { label: 'github.com/zh-lx/pinyin-pro', href: 'https://github.com/zh-lx/pinyin-pro' },
    ],
    licences: [MIT_LICENCE],
  },
  {
    id: 'opencc',
    name: 'OpenCC · opencc-js',
    websites: [
      { label: 'github.com/BYVoid/OpenCC', href: 'https://github.com/BYVoid/OpenCC' },
      { label: 'github.com/nk2028/opencc-js', href: 'https://github.com/nk2028/opencc-js' },
    ],
    licences: [APACHE_2, MIT_LICENCE],
  },
  {
    id: 'tsFsrs',
    name: 'ts-fsrs',
    websites: [
      {
        label: 'github.com/open-spaced-repetition/ts-fsrs',
        href: 'https://github.com/open-spaced-repetition/ts-fsrs',
      },
    ],
    licences: [MIT_LICENCE],
  },
  {
    id: 'hanziWriter',
    name: 'Hanzi Writer',
    websites: [
      { label: 'github.com/chanind/hanzi-writer', href: 'https://github.com/chanind/hanzi-writer' },
    ],
    licences: [MIT_LICENCE],
  },
  {
    id: 'makeMeAHanzi',
    name: 'Make Me a Hanzi · hanzi-writer-data',
    websites: [
      {
        label: 'github.com/skishore/makemeahanzi',
        href: 'https://github.com/skishore/makemeahanzi',
      },
      {
        label: 'github.com/chanind/hanzi-writer-data',
        href: 'https://github.com/chanind/hanzi-writer-data',
      },
    ],
    licences: [ARPHIC],
  },
] as const;

function LinkList({
  links,
  separator,
  rel,
}: {
  links: readonly Link[];
  separator: string;
  rel?: string;
}) {
  return links.map((link, i) => (
    <span key={link.href}>
      {i > 0 && separator}
      <a href={link.href} rel={rel} lang="en">
        {link.label}
      </a>
    </span>
  ));
}

export interface CreditListProps {
  lng: Locale;
}

/** The dictionary and libraries Duizhao is built on: what each does here, who made it, its licence. */
export async function CreditList({ lng }: CreditListProps) {
  const { t } = await getT(lng, 'about');
  return (
    <ul className="about-credits">
      {CREDITS.map((credit) => (
        <li key={credit.id} className="about-credit">
          <h3 id={`credit-${credit.id}`} lang="en">
            {credit.name}
          </h3>
          <p>{t(`credits.${credit.id}.what`)}</p>
          <dl className="about-facts">
            <div>
              <dt>{t('facts.by')}</dt>
              <dd>{t(`credits.${credit.id}.by`)}</dd>
            </div>
            <div>
              <dt>{t('facts.website')}</dt>
              <dd>
                <LinkList links={credit.websites} separator={t('facts.separator')} />
              </dd>
            </div>
            <div>
              <dt>{t('facts.licence')}</dt>
              <dd>
                <LinkList links={credit.licences} separator={t('facts.separator')} rel="license" />
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
