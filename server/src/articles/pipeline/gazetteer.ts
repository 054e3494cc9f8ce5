// The graph as a gazetteer: every name and alias of every Person, Agency, Place and Event, indexed by normal form so
// an article's words can be looked up in one pass (longest name first), and listed for fuzzy matching.
import { NAME_STOPWORDS, normalizeName } from './text-tokens';

export type EntityLabel = 'Person' | 'Agency' | 'Place' | 'Event';

export interface GazetteerEntry {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** The node's `kind` property where it has one (e.g. "news outlet", "village"). */
  kind: string | null;
}

export interface NameForm {
  entry: GazetteerEntry;
  /** The name or alias as written in the graph. */
  written: string;
  normal: string;
  /** Content words of the normal form (no stopwords), for fuzzy matching. */
  words: string[];
  isName: boolean;
  /** Acronyms and other all-capital forms ("US", "GUR") only match the same capitals in the text. */
  caseSensitive: boolean;
  /** A form starting with a capital only matches a capitalised word in the text ("Kyiv", not "kyiv"). */
  capitalised: boolean;
}

/** Placeholders of the model that are not things an article names. */
const NOT_NAMED_IN_TEXT = new Set(['agency:unattributed']);

export class Gazetteer {
  readonly forms: NameForm[] = [];
  private readonly byNormal = new Map<string, NameForm[]>();
  readonly longestForm: number;
  private readonly byId = new Map<string, GazetteerEntry>();
  /** Each content word of the forms → the indexes (in `forms`) of the forms that have it. */
  private readonly formsByWord = new Map<string, number[]>();
  /** Each first character → the content words starting with it: where fuzzy matching looks for a word's spellings. */
  private readonly wordsByInitial = new Map<string, string[]>();

  constructor(readonly entries: GazetteerEntry[]) {
    let longest = 1;
    for (const entry of entries) {
      this.byId.set(entry.id, entry);
      if (NOT_NAMED_IN_TEXT.has(entry.id)) continue;
      const written = [entry.name, ...entry.aliases, ...variantsOf(entry.name)];
      const seen = new Set<string>();
      for (const [index, form] of written.entries()) {
        for (const variant of withoutArticle(form)) {
          const normal = normalizeName(variant);
          if (!normal || seen.has(normal)) continue;
          seen.add(normal);
          const nameForm: NameForm = {
            entry,
            written: variant,
            normal,
            words: normal.split(' ').filter((word) => !NAME_STOPWORDS.has(word)),
            isName: index === 0,
            caseSensitive: /^[\p{Lu}\d.&]{2,6}$/u.test(variant.replace(/\./g, '')) && !/\s/.test(variant),
            capitalised: /^[\p{Lu}\d@]/u.test(variant),
          };
          this.indexWords(nameForm, this.forms.length);
          this.forms.push(nameForm);
          const list = this.byNormal.get(normal) ?? [];
          list.push(nameForm);
          this.byNormal.set(normal, list);
          longest = Math.max(longest, normal.split(' ').length);
        }
      }
    }
    this.longestForm = Math.min(longest, 10);
  }

  /** The content words that start with this character. */
  wordsStartingWith(initial: string): readonly string[] {
    return this.wordsByInitial.get(initial) ?? [];
  }

  /** Indexes in `forms` of the forms that have this content word, in ascending order. */
  formsWithWord(word: string): readonly number[] {
    return this.formsByWord.get(word) ?? [];
  }

  private indexWords(form: NameForm, index: number): void {
    for (const word of new Set(form.words)) {
      let forms = this.formsByWord.get(word);
      if (!forms) {
        forms = [];
        this.formsByWord.set(word, forms);
        const initial = word[0]!;
        const words = this.wordsByInitial.get(initial) ?? [];
        words.push(word);
        this.wordsByInitial.set(initial, words);
      }
      forms.push(index);
    }
  }

  lookup(normal: string): NameForm[] {
    return this.byNormal.get(normal) ?? [];
  }

  entry(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }
}

/** "The Associated Press" is also written "Associated Press"; "the Kremlin" also "Kremlin". */
function withoutArticle(form: string): string[] {
  const stripped = form.replace(/^the\s+/i, '');
  return stripped === form ? [form] : [form, stripped];
}

/** A display name with a parenthesised part ("Main Directorate of Intelligence (GUR)") is also written without it. */
function variantsOf(name: string): string[] {
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  return bare && bare !== name ? [bare] : [];
}
