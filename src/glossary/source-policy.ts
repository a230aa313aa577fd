// Which pages may back a card. A card's source must be the original page that says what the card
// says: not a copy of it, not a digest of it, not a page that only lists the entity. The lists
// live here, in one place, and the compiler enforces them (tests/unit/source-policy.test.ts).

export type RejectedKind =
  | 'copy of an encyclopedia'
  | "children's or simplified encyclopedia"
  | 'aggregator or reposting site'
  | 'AI-written or partisan wiki'
  | 'not a reference (study guide, document dump, genealogy, listing)';

/**
 * Hosts whose pages never count as a source, with why. A host matches itself and its subdomains
 * ("kiwix.org" also rejects "library.kiwix.org"). Where a copy is found, cite the page it copies.
 */
export const REJECTED_HOSTS: Record<string, RejectedKind> = {
  // Copies and mirrors of Wikipedia and other encyclopedias.
  'wikimili.com': 'copy of an encyclopedia',
  'clateway.com': 'copy of an encyclopedia',
  'owiki.org': 'copy of an encyclopedia',
  'askwikinow.com': 'copy of an encyclopedia',
  'datana.cloud': 'copy of an encyclopedia',
  'studentb.eu': 'copy of an encyclopedia',
  'worddisk.com': 'copy of an encyclopedia',
  'howlingpixel.com': 'copy of an encyclopedia',
  'wikiwand.com': 'copy of an encyclopedia',
  'nina.az': 'copy of an encyclopedia',
  'richxsearch.com': 'copy of an encyclopedia',
  'osmarks.net': 'copy of an encyclopedia',
  'wikiplanet.click': 'copy of an encyclopedia',
  'pages.dev': 'copy of an encyclopedia',
  'wikiturkce.com': 'copy of an encyclopedia',
  'wiki.x.io': 'copy of an encyclopedia',
  'wikiclassic.com': 'copy of an encyclopedia',
  // The mobile site serves the same article: cite en.wikipedia.org, the page readers share.
  'm.wikipedia.org': 'copy of an encyclopedia',
  'pwojczyn.com': 'copy of an encyclopedia',
  'accessvt.org': 'copy of an encyclopedia',
  'alphapedia.ru': 'copy of an encyclopedia',
  'movatter.jp': 'copy of an encyclopedia',
  'zxc.wiki': 'copy of an encyclopedia',
  'wikivisually.com': 'copy of an encyclopedia',
  'findatwiki.com': 'copy of an encyclopedia',
  'en-academic.com': 'copy of an encyclopedia',
  'academic.ru': 'copy of an encyclopedia',
  'av1.space': 'copy of an encyclopedia',
  'handwiki.org': 'copy of an encyclopedia',
  'enwikipedia.net': 'copy of an encyclopedia',
  'blogen.wiki': 'copy of an encyclopedia',
  'roll.wiki': 'copy of an encyclopedia',
  'theinfolist.com': 'copy of an encyclopedia',
  'wikisum.wiki': 'copy of an encyclopedia',
  'jmedia.wiki': 'copy of an encyclopedia',
  'wiki.edu.vn': 'copy of an encyclopedia',
  'wikipediahub.online': 'copy of an encyclopedia',
  'fra.wiki': 'copy of an encyclopedia',
  'frwiki.wiki': 'copy of an encyclopedia',
  'riteme.site': 'copy of an encyclopedia',
  'wikiland.org': 'copy of an encyclopedia',
  'gravy.cc': 'copy of an encyclopedia',
  'atozwiki.com': 'copy of an encyclopedia',
  'encycloreader.org': 'copy of an encyclopedia',
  'knowpia.com': 'copy of an encyclopedia',
  'core2learn.org': 'copy of an encyclopedia',
  'kiwix.org': 'copy of an encyclopedia',
  'kiwix.lema.org': 'copy of an encyclopedia',
  'kiwix.syslog.cz': 'copy of an encyclopedia',
  'alegsaonline.com': 'copy of an encyclopedia',
  'infogalactic.com': 'copy of an encyclopedia',
  'sagapedia.com': 'copy of an encyclopedia',
  'self.gutenberg.org': 'copy of an encyclopedia',
  'the-uncensored-wiki.com': 'copy of an encyclopedia',
  'jrank.org': 'copy of an encyclopedia',
  'hiragana.jp': 'copy of an encyclopedia',
  'dbpedia.org': 'copy of an encyclopedia',
  'wikizero.com': 'copy of an encyclopedia',
  'wiki2.org': 'copy of an encyclopedia',
  'justapedia.org': 'copy of an encyclopedia',
  'everybodywiki.com': 'copy of an encyclopedia',
  'dictionnaire.sensagent.leparisien.fr': 'copy of an encyclopedia',
  'thefreedictionary.com': 'copy of an encyclopedia',
  // Children's and simplified encyclopedias: they leave out what a news reader needs.
  'kiddle.co': "children's or simplified encyclopedia",
  'kidzsearch.com': "children's or simplified encyclopedia",
  'kids.britannica.com': "children's or simplified encyclopedia",
  'simple.wikipedia.org': "children's or simplified encyclopedia",
  'simple.m.wikipedia.org': "children's or simplified encyclopedia",
  'ducksters.com': "children's or simplified encyclopedia",
  // Sites that repost or rewrite other outlets' reporting: cite the outlet.
  'devdiscourse.com': 'aggregator or reposting site',
  'menafn.com': 'aggregator or reposting site',
  'newsr.in': 'aggregator or reposting site',
  'europesays.com': 'aggregator or reposting site',
  'exbulletin.com': 'aggregator or reposting site',
  'thedailyscout.com': 'aggregator or reposting site',
  'dnyuz.com': 'aggregator or reposting site',
  'pledgetimes.com': 'aggregator or reposting site',
  'newsbreak.com': 'aggregator or reposting site',
  'allafrica.com': 'aggregator or reposting site',
  'allnewspress.com': 'aggregator or reposting site',
  'premiumdailynews.com': 'aggregator or reposting site',
  'trendsmask.com': 'aggregator or reposting site',
  'swampsignal.com': 'aggregator or reposting site',
  'newsglare.com': 'aggregator or reposting site',
  'mediaboxfree.com': 'aggregator or reposting site',
  'tuttiquotidiani.it': 'aggregator or reposting site',
  'optim.biz': 'aggregator or reposting site',
  'oakwoodherald.com': 'aggregator or reposting site',
  'newscord.org': 'aggregator or reposting site',
  'upnewsinfo.com': 'aggregator or reposting site',
  'bdmobi.com': 'aggregator or reposting site',
  'daily8.com': 'aggregator or reposting site',
  'generallink.top': 'aggregator or reposting site',
  'a2zcore.com': 'aggregator or reposting site',
  'live-feeds.com': 'aggregator or reposting site',
  'iactu.info': 'aggregator or reposting site',
  'thenewyorktoday.com': 'aggregator or reposting site',
  'pressreader.com': 'aggregator or reposting site',
  'tribtown.com': 'aggregator or reposting site',
  'worldglobalnews24.com': 'aggregator or reposting site',
  'wn.com': 'aggregator or reposting site',
  'msn.com': 'aggregator or reposting site',
  'news.yahoo.com': 'aggregator or reposting site',
  'flipboard.com': 'aggregator or reposting site',
  'ground.news': 'aggregator or reposting site',
  'rtwnews.com': 'aggregator or reposting site',
  'capitalpost.uk': 'aggregator or reposting site',
  'virginiatimesnow.com': 'aggregator or reposting site',
  'thereporter24.com': 'aggregator or reposting site',
  'techsciencenews.com': 'aggregator or reposting site',
  'prodesqnews.com': 'aggregator or reposting site',
  'naija247news.com': 'aggregator or reposting site',
  'thevalleyvision.in': 'aggregator or reposting site',
  'theazb.com': 'aggregator or reposting site',
  'usmuslims.com': 'aggregator or reposting site',
  'statemediamonitor.com': 'aggregator or reposting site',
  'saxafimedia.com': 'aggregator or reposting site',
  'cccv.info': 'aggregator or reposting site',
  'nigerialive24.com': 'aggregator or reposting site',
  'dunyaplus.com': 'aggregator or reposting site',
  'boomlive.in': 'aggregator or reposting site',
  'briefly.co': 'aggregator or reposting site',
  'accradailypost.com': 'aggregator or reposting site',
  'blessingcald.com.au': 'aggregator or reposting site',
  // Machine-written or partisan wikis.
  'grokipedia.com': 'AI-written or partisan wiki',
  'conservapedia.com': 'AI-written or partisan wiki',
  'void.ai': 'AI-written or partisan wiki',
  'wiki.conworld.org': 'AI-written or partisan wiki',
  'metapedia.org': 'AI-written or partisan wiki',
  // Pages that are not references for what a card says.
  'vajiramias.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'vajiramandravi.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'prepareias.in': 'not a reference (study guide, document dump, genealogy, listing)',
  'theiashub.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'nammakpsc.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'chronicleindia.in': 'not a reference (study guide, document dump, genealogy, listing)',
  'docslib.org': 'not a reference (study guide, document dump, genealogy, listing)',
  'scribd.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'geni.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'calendarz.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'onthisday.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'planetrulers.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'historybytez.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'nutshell100.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'uslegalforms.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'premium-speakers.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'theblemish.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'lifesciencesrealestate.org': 'not a reference (study guide, document dump, genealogy, listing)',
  'bulgariatravel.org': 'not a reference (study guide, document dump, genealogy, listing)',
  'codenative.ru': 'not a reference (study guide, document dump, genealogy, listing)',
  'partnerschaftsverein-adelebsen.de':
    'not a reference (study guide, document dump, genealogy, listing)',
  'catalogo.biblio.unc.edu.ar': 'not a reference (study guide, document dump, genealogy, listing)',
  'graphsearch.epfl.ch': 'not a reference (study guide, document dump, genealogy, listing)',
  'worldhistoryproject.org': 'not a reference (study guide, document dump, genealogy, listing)',
  'japanga.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'researchomatic.com': 'not a reference (study guide, document dump, genealogy, listing)',
  'acearchive.org': 'not a reference (study guide, document dump, genealogy, listing)',
  'domilabs.xyz': 'not a reference (study guide, document dump, genealogy, listing)',
  'oalib-perpustakaan.upi.edu': 'not a reference (study guide, document dump, genealogy, listing)',
  'railway.app': 'not a reference (study guide, document dump, genealogy, listing)',
  'cloudfront.net': 'not a reference (study guide, document dump, genealogy, listing)',
  'blogspot.com': 'not a reference (study guide, document dump, genealogy, listing)',
  // Scots Wikipedia: known for articles written by people who do not speak the language.
  'sco.wikipedia.org': 'not a reference (study guide, document dump, genealogy, listing)',
  'sco.m.wikipedia.org': 'not a reference (study guide, document dump, genealogy, listing)',
  'plana.earth': 'not a reference (study guide, document dump, genealogy, listing)',
};

/**
 * Pages that only place an entity on a map or list it as a member: they back "X is a city in Y"
 * or "X is a UN member", never a summary of what X is or did. Matched by host and path prefix.
 */
export const LISTING_PAGES: {
  host: string;
  path?: RegExp;
  what: 'gazetteer' | 'membership list';
}[] = [
  { host: 'geonames.org', what: 'gazetteer' },
  { host: 'latlong.net', what: 'gazetteer' },
  { host: 'worldometers.info', path: /^\/united-nations/, what: 'membership list' },
  { host: 'un.org', path: /^\/(en\/)?(about-us\/)?member-states/, what: 'membership list' },
  {
    host: 'wikisource.org',
    path: /UNITED_NATIONS_MEMBER_STATES|Membres_de_l/i,
    what: 'membership list',
  },
  {
    host: 'britannica.com',
    path: /^\/topic\/Members-of-the-United-Nations/,
    what: 'membership list',
  },
  { host: 'cryer.org.uk', what: 'membership list' },
  {
    host: 'wikipedia.org',
    path: /^\/wiki\/(Member_states_of_the_United_Nations|List_of_member_states_of)/,
    what: 'membership list',
  },
];

/** Facts a gazetteer or membership list can back: where a place is, what it belongs to. */
export const LISTING_FACTS = new Set([
  'country',
  'region',
  'state',
  'province',
  'governorate',
  'district',
  'type',
  'population',
  'coordinates',
  'unMembership',
  'members',
]);

function hostMatches(host: string, pattern: string): boolean {
  return host === pattern || host.endsWith(`.${pattern}`);
}

/** A URL's host without "www." and its decoded path, or null when it is not a URL. */
function hostAndPath(url: string): { host: string; path: string } | null {
  try {
    const parsed = new URL(url);
    return {
      host: parsed.hostname.toLowerCase().replace(/^www\./, ''),
      path: decodeURIComponent(parsed.pathname),
    };
  } catch {
    // Not a URL, or a path with a broken %-escape: no rule can match it.
    return null;
  }
}

/** Why a source URL is rejected, or null when it may back a card. */
export function rejectedSource(url: string): string | null {
  const parsed = hostAndPath(url);
  if (!parsed) return 'is not a URL';
  const { host } = parsed;
  // The most specific rule wins: "simple.m.wikipedia.org" is simplified, not merely mobile.
  const pattern = Object.keys(REJECTED_HOSTS)
    .filter((p) => hostMatches(host, p))
    .sort((a, b) => b.length - a.length)[0];
  return pattern ? `${host}: ${REJECTED_HOSTS[pattern]}; cite the original page` : null;
}

/** "gazetteer" or "membership list" when the page only locates or lists, else null. */
export function listingKind(url: string): 'gazetteer' | 'membership list' | null {
  const parsed = hostAndPath(url);
  if (!parsed) return null;
  for (const page of LISTING_PAGES)
    if (hostMatches(parsed.host, page.host) && (!page.path || page.path.test(parsed.path)))
      return page.what;
  return null;
}

export interface SourcedCard {
  summary: string;
  roles: readonly unknown[];
  facts: Record<string, string>;
  sources: readonly string[];
}

/**
 * When every source only locates or lists the entity, the card may say no more than that: no
 * roles, only location and membership facts, a one-sentence summary. Returns what it says beyond.
 */
export function beyondListing(entry: SourcedCard): string | null {
  if (entry.sources.length === 0 || !entry.sources.every((s) => listingKind(s) !== null))
    return null;
  const extraFacts = Object.keys(entry.facts).filter((key) => !LISTING_FACTS.has(key));
  if (entry.roles.length > 0) return 'roles';
  if (extraFacts.length > 0) return `facts (${extraFacts.join(', ')})`;
  if (sentenceCount(entry.summary) > 1) return 'a summary of more than one sentence';
  return null;
}

function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}])/u).filter((s) => s.trim()).length;
}
