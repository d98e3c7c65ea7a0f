import { contentLang } from '@/lib/i18n/settings';
import enCommon from '@/locales/en/common.json';
import zhCommon from '@/locales/zh/common.json';

/**
 * Not-found pages are prerendered once for every URL, so they cannot know the language from
 * the request. They say it in both languages; a tiny inline script puts the language of the
 * URL's first segment first (and sets `<html lang>` to it).
 */
const putUrlLanguageFirst = `(function(){
  if(/^\\/zh(\\/|$)/.test(location.pathname)){
    document.documentElement.lang='zh-Hans';
    document.documentElement.dataset.lng='zh';
  }
})();`;

export function NotFoundMessage() {
  const sections = [
    { lng: 'en', lang: contentLang.en, text: enCommon.notFound },
    { lng: 'zh', lang: contentLang.zh, text: zhCommon.notFound },
  ] as const;
  return (
    <div className="not-found">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script, no user input */}
      <script dangerouslySetInnerHTML={{ __html: putUrlLanguageFirst }} />
      {sections.map(({ lng, lang, text }) => (
        <section key={lng} className="not-found__section" data-lng={lng} lang={lang}>
          <h1>{text.title}</h1>
          <p>{text.body}</p>
          <p>
            <a href={`/${lng}`}>{text.back}</a>
          </p>
        </section>
      ))}
    </div>
  );
}
