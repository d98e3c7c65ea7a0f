import { contentLang, fallbackLng, languageCookie, languages } from '@/lib/i18n/settings';
import enCommon from '@/locales/en/common.json';
import zhCommon from '@/locales/zh/common.json';

/**
 * `/`. Under `next start` the proxy redirects before this page is reached. In the static
 * build there is no server, so a small inline script makes the same choice in the browser
 * (cookie, then the browser's languages) and replaces the location; without JavaScript the
 * visitor picks a language from the links.
 */
const chooseLanguage = `(function(){
  var langs=${JSON.stringify(languages)},pick=null;
  var m=document.cookie.match(/(?:^|; )${languageCookie}=([^;]*)/);
  if(m&&langs.indexOf(m[1])>=0)pick=m[1];
  var prefs=navigator.languages||[navigator.language||''];
  for(var i=0;!pick&&i<prefs.length;i++){var p=String(prefs[i]).toLowerCase().split('-')[0];if(langs.indexOf(p)>=0)pick=p;}
  location.replace('/'+(pick||'${fallbackLng}')+'/');
})();`;

export default function RootPage() {
  return (
    <main id="main" className="not-found">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script, no user input */}
      <script dangerouslySetInnerHTML={{ __html: chooseLanguage }} />
      <h1>
        <span lang="zh-Hans">对照</span> <span lang="en">Duizhao</span>
      </h1>
      <ul>
        <li lang={contentLang.en}>
          <a href="/en/">{enCommon.chooseLanguage}</a>
        </li>
        <li lang={contentLang.zh}>
          <a href="/zh/">{zhCommon.chooseLanguage}</a>
        </li>
      </ul>
    </main>
  );
}
