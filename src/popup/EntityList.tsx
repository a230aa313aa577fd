// The entities found on the page, grouped by kind, most mentioned first.
import type { EntityKind } from '../glossary/types';
import type { PageEntity } from '../shared/messages';

export function EntityList({
  entities,
  kindLabels,
  onShow,
}: {
  entities: PageEntity[];
  kindLabels: Record<EntityKind, string>;
  /** Scrolls the page to the entity's first mention and opens its card. */
  onShow: (id: string) => void;
}) {
  if (entities.length === 0) return <p class="muted">No names from the glossary on this page.</p>;
  const kinds = Object.keys(kindLabels) as EntityKind[];
  return (
    <div data-backstory-entities="">
      {kinds.map((kind) => {
        const group = entities
          .filter((e) => e.kind === kind)
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
        if (group.length === 0) return null;
        return (
          <section key={kind}>
            <h2>{kindLabels[kind]}</h2>
            <ul>
              {group.map((e) => (
                <li key={e.id} data-entity-id={e.id}>
                  <button type="button" class="entity" onClick={() => onShow(e.id)}>
                    {e.name}
                  </button>
                  <span class="count" aria-label={`${e.count} mentions`}>
                    {e.count}
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
