// Runtime validation of glossary entries. The compiler reports the first failing field of each
// file by its path, so a curator sees "people/x.json: roles[0].from: ..." and nothing else.
import * as v from 'valibot';
import { ENTITY_KINDS } from './types';
import { beyondListing, rejectedSource } from './source-policy';

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date: YYYY-MM-DD, YYYY-MM or YYYY'),
  v.check(isRealDate, 'is not a calendar date'),
);
const text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );
const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'),
);
// A name starts with a capital or a digit, or with a lowercase particle ("al-Qaeda",
// "von der Leyen", "'s-Gravenhage"); descriptive phrases ("war in Syria") are not names.
const surfaceForm = v.pipe(
  text(120),
  v.regex(
    /^(?:[\p{Lu}\p{Lt}\p{N}]|(?:al|el|von|van|de|da|di|du|le|la|bin|ibn)[- ]\p{L}|'s-\p{Lu})/u,
    'must be a name: start with a capital letter or digit, or a particle such as "al-" or "von "',
  ),
);

const sourceUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.startsWith('https://', 'must be an https URL'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const why = rejectedSource(dataset.value);
    if (why) addIssue({ message: why });
  }),
);

export const RoleCheckSchema = v.pipe(
  v.strictObject({
    on: v.pipe(isoDate, v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full date: YYYY-MM-DD')),
    source: sourceUrl,
    sourceDate: isoDate,
  }),
  v.forward(
    v.check((c) => c.sourceDate <= c.on, 'the source is dated after the check'),
    ['sourceDate'],
  ),
);

export const RoleSchema = v.pipe(
  v.strictObject({
    title: text(160),
    from: isoDate,
    to: v.optional(isoDate),
    checked: v.optional(RoleCheckSchema),
    note: v.optional(text(300)),
    lastSeen: v.optional(isoDate),
  }),
  v.forward(
    v.check((r) => !(r.to && r.checked), 'only a role without an end date is checked'),
    ['checked'],
  ),
  v.forward(
    v.check((r) => !(r.to && r.lastSeen), 'only a role without an end date has a lastSeen'),
    ['lastSeen'],
  ),
  v.forward(
    v.check((r) => !r.lastSeen || r.from <= r.lastSeen, 'is before the role began'),
    ['lastSeen'],
  ),
);

export const EntrySchema = v.pipe(
  v.strictObject({
    id,
    kind: v.picklist(ENTITY_KINDS, `must be one of ${ENTITY_KINDS.join(', ')}`),
    name: surfaceForm,
    aliases: v.array(surfaceForm),
    shortNames: v.array(surfaceForm),
    description: text(100),
    summary: text(600),
    roles: v.array(RoleSchema),
    facts: v.record(
      v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*$/, 'fact keys are camelCase')),
      text(200),
    ),
    related: v.array(id),
    confusables: v.array(id),
    context: v.array(text(80)),
    /**
     * Names of this entry that are also common words or other entities' names ("Georgia",
     * "Jordan", "May"): matched only with support from the text, and allowed to collide.
     */
    ambiguous: v.optional(v.array(surfaceForm)),
    /** The country whose institution or party this is: see GlossaryEntry.country. */
    country: v.optional(id),
    sources: v.pipe(v.array(sourceUrl), v.minLength(1, 'must list at least one source')),
    reviewed: isoDate,
  }),
  v.forward(
    v.check((e) => e.roles.every((r) => !r.to || r.from <= r.to), 'a role ends before it starts'),
    ['roles'],
  ),
  v.forward(
    v.check(
      (e) => (e.ambiguous ?? []).every((n) => [e.name, ...e.aliases, ...e.shortNames].includes(n)),
      "lists a name that is not the entry's name, an alias or a short name",
    ),
    ['ambiguous'],
  ),
  v.forward(
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const beyond = beyondListing(dataset.value);
      if (beyond)
        addIssue({
          message: `every source only locates or lists the entity, but the card also states ${beyond}; cite a source that backs it`,
        });
    }),
    ['sources'],
  ),
);

function isRealDate(s: string): boolean {
  const [y, m = '01', d = '01'] = s.split('-');
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`);
}
