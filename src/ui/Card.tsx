// The context card: who or what this is, the role held when the article was published and
// now, a neutral summary, and where the entry comes from. Rendered in the page's overlay.
import type { CardRole, EntityCard, EntityKind, EntityLink, Role } from '../glossary/types';
import { formatDay, rolesEndedBy, rolesOn, staleAsOf } from '../shared/dates';
import { t, uiLanguage, type MessageKey } from '../shared/i18n';
import { sourceLabel } from './source-label';

const KIND_KEYS: Record<EntityKind, MessageKey> = {
  person: 'kindPerson',
  country: 'kindCountry',
  place: 'kindPlace',
  organization: 'kindOrganization',
  agreement: 'kindAgreement',
  event: 'kindEvent',
};

/** "Person", "Country" ... in the UI language. */
export function kindLabel(kind: EntityKind): string {
  return t(KIND_KEYS[kind]);
}

// The facts worth a line on a small card, in the order a reader looks for them.
const FACT_LABELS: [string, MessageKey][] = [
  ['born', 'factBorn'],
  ['founded', 'factFounded'],
  ['dissolved', 'factDissolved'],
  ['capital', 'factCapital'],
  ['headquarters', 'factHeadquarters'],
  ['seat', 'factSeat'],
  ['members', 'factMembers'],
  ['country', 'factCountry'],
];

export interface CardProps {
  entity: EntityCard;
  /** The article's publication day (YYYY-MM-DD), or null when the page does not say. */
  publishedAt: string | null;
  /** Today (YYYY-MM-DD): what "now" means on this card. */
  today: string;
  onClose?: () => void;
  /** Opens a related entity's card in place; absent, links show as plain text. */
  onOpen?: (id: string) => void;
  /** Shown when this card was opened from another one. */
  onBack?: () => void;
}

/** A fact that is exactly a date reads as one ("16 April 1962"); anything else is shown as written. */
const formatFact = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(value) : value;

const titles = (roles: Role[]) => roles.map((r) => r.title).join('; ');

interface NowRow {
  label: string;
  text: string;
  /** Known to be held only as of an earlier date: no recent source confirms it. */
  unconfirmed: boolean;
}

/**
 * What the entity is now: the roles a recent check confirms, under "Now" (or "As of <review
 * month>" once the review is old); each role no check confirms under "As of <the month it was
 * last seen held>"; with no role held, the last one, as former.
 */
function nowRows(roles: CardRole[], now: CardRole[], reviewed: string, today: string): NowRow[] {
  const stale = staleAsOf(reviewed, today);
  const asOfLabel = (month: string) => t('cardAsOf', formatDay(month, uiLanguage()));
  const nowLabel = stale ? asOfLabel(stale) : t('cardNow');
  const confirmed = now.filter((r) => !r.asOf);
  const rows: NowRow[] = [];
  if (confirmed.length > 0)
    rows.push({ label: nowLabel, text: titles(confirmed), unconfirmed: false });
  const byMonth = new Map<string, CardRole[]>();
  for (const role of now) {
    if (!role.asOf) continue;
    const month = role.asOf.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), role]);
  }
  for (const [month, held] of [...byMonth].sort((a, b) => b[0].localeCompare(a[0])))
    rows.push({ label: asOfLabel(month), text: titles(held), unconfirmed: true });
  // "Former" only for a role known to have ended: a role that began in a month or year not
  // yet fully past is not yet certainly held, and certainly not former.
  if (rows.length === 0) {
    const last = rolesEndedBy(roles, today).reduce<Role | null>(
      (a, r) => (!a || r.from > a.from ? r : a),
      null,
    );
    if (last) rows.push({ label: nowLabel, text: t('cardFormer', last.title), unconfirmed: false });
  }
  return rows;
}

export function Card({ entity, publishedAt, today, onClose, onOpen, onBack }: CardProps) {
  const titleId = `backstory-card-title-${entity.id}`;
  const then = publishedAt ? rolesOn(entity.roles, publishedAt) : [];
  // "Now" is only as current as the sources: past the review, or for a role no recent source
  // confirms, the card says as of when it was true.
  const heldToday = rolesOn(entity.roles, today);
  const now = nowRows(entity.roles, heldToday, entity.reviewed, today);
  // An article from today's world needs no second line saying the same.
  const sameAsThen = then.length > 0 && titles(then) === titles(heldToday);
  const facts = FACT_LABELS.filter(([key]) => entity.facts[key]);
  const [mainSource, ...moreSources] = entity.sources;

  return (
    <div
      class="card"
      data-backstory-card=""
      data-entity-id={entity.id}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <header>
        <span>
          {onBack && (
            <button type="button" class="back" onClick={onBack}>
              {t('cardBack')}
            </button>
          )}
          <span class={`kind kind-${entity.kind}`}>{kindLabel(entity.kind)}</span>
        </span>
        {onClose && (
          <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <h2 id={titleId}>{entity.name}</h2>
      <p class="description">{entity.description}</p>
      {entity.roles.length > 0 && (
        <dl class="roles">
          {publishedAt && then.length > 0 && (
            <>
              <dt>{t('cardOnDate', formatDay(publishedAt, uiLanguage()))}</dt>
              <dd class="role-then">{titles(then)}</dd>
            </>
          )}
          {!sameAsThen &&
            now.map((row) => (
              <>
                <dt>{row.label}</dt>
                <dd class={row.unconfirmed ? 'role-now role-unconfirmed' : 'role-now'}>
                  {row.text}
                </dd>
              </>
            ))}
          {publishedAt === null && <dd class="note">{t('cardDateUnknown')}</dd>}
        </dl>
      )}
      <p class="summary">{entity.summary}</p>
      {facts.length > 0 && (
        <dl class="facts">
          {facts.map(([key, label]) => (
            <>
              <dt>{t(label)}</dt>
              <dd>{formatFact(entity.facts[key]!)}</dd>
            </>
          ))}
        </dl>
      )}
      <EntityLinks label={t('cardRelated')} links={entity.related} onOpen={onOpen} />
      <EntityLinks label={t('cardConfusables')} links={entity.confusables} onOpen={onOpen} />
      <footer>
        {mainSource && <SourceLink url={mainSource} />}
        <span>{` · ${t('cardReviewed', formatDay(entity.reviewed, uiLanguage()))}`}</span>
        {moreSources.length > 0 && (
          <p class="more-sources">
            {t('cardMoreSources')}{' '}
            {moreSources.map((url, i) => (
              <>
                {i > 0 && ', '}
                <SourceLink url={url} />
              </>
            ))}
          </p>
        )}
      </footer>
    </div>
  );
}

/** A source by its host name ("en.wikipedia.org") or dataset, opening without a referrer. */
function SourceLink({ url }: { url: string }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {sourceLabel(url)}
    </a>
  );
}

function EntityLinks({
  label,
  links,
  onOpen,
}: {
  label: string;
  links: EntityLink[];
  onOpen: ((id: string) => void) | undefined;
}) {
  if (links.length === 0) return null;
  return (
    <div class="links">
      <p class="chips-label">{label}</p>
      <div class="chips">
        {links.slice(0, 8).map((link) =>
          onOpen ? (
            <button type="button" class="chip" key={link.id} onClick={() => onOpen(link.id)}>
              {link.name}
            </button>
          ) : (
            <span class="chip" key={link.id}>
              {link.name}
            </span>
          ),
        )}
      </div>
    </div>
  );
}
