// The entities found on the page, grouped by kind, most mentioned first.
import { ENTITY_KINDS } from '../glossary/types';
import { formatNumber, t } from '../shared/i18n';
import { kindLabel } from '../ui/Card';
import type { PageEntity } from '../shared/messages';

export function EntityList({
  entities,
  onShow,
}: {
  entities: PageEntity[];
  /** Scrolls the page to the entity's first mention and opens its card. */
  onShow: (id: string) => void;
}) {
  if (entities.length === 0) return <p class="muted">{t('popupNoNames')}</p>;
  return (
    <div data-backstory-entities="">
      {ENTITY_KINDS.map((kind) => {
        const group = entities
          .filter((e) => e.kind === kind)
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
        if (group.length === 0) return null;
        return (
          <section key={kind}>
            <h2>{kindLabel(kind)}</h2>
            <ul>
              {group.map((e) => (
                <li key={e.id} data-entity-id={e.id}>
                  <button type="button" class="entity" onClick={() => onShow(e.id)}>
                    {e.name}
                  </button>
                  <span class="count" aria-label={t('popupMentions', formatNumber(e.count))}>
                    {formatNumber(e.count)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
