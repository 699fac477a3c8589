import type { Attendee, Commitment, Meeting } from "../corpus/model.js";
import type { MinutesSearch } from "../search/types.js";
import { AgendaSubjects } from "./agenda-subjects.js";
import { boardNamesOf } from "./board-names.js";
import {
  commonTitleWords,
  type FollowThrough,
  followThroughOf,
  MeetingTitles,
} from "./follow-through.js";
import { type GlossaryDefinition, glossaryOf } from "./glossary.js";
import { itemsByTitle, type TitledItem } from "./item-titles.js";
import { ordinaryWords } from "./minutes-words.js";
import { collectPeople, nameTokens, type Person } from "./people.js";
import { MeetingWords } from "./query/meeting-words.js";
import { type RecordStore, readRecordCache, writeRecordCache } from "./record-cache.js";
import {
  type MinutesRecord,
  ownerWordsOf,
  RecordMentions,
  recordsMentioning,
} from "./record-mentions.js";

/**
 * A subject's records among this many or fewer are read in place while the records' words are
 * not yet gathered (see recordsAbout): about a millisecond's reading per 200.
 */
const READ_IN_PLACE = 1_000;

/** The posts the attendance lists name: one attendee for each role and organisation written. */
export interface Posts {
  attendees: Attendee[];
  /** Every organisation they name. */
  known: string[];
}

/**
 * What answering works out once per snapshot of the minutes rather than once per question: the
 * people of the attendance lists, the words the minutes use ordinarily, the posts people held,
 * the glossary of acronyms, the words too common in item titles to link a commitment, the words
 * of the decisions and commitments and of their owners. Each AnswerContext carries its own
 * (answerContext makes it), so a reload brings a new one with the new meetings and no module
 * keeps state from one corpus to the next.
 */
export class MinutesDirectory {
  #people: Person[] | null = null;
  #ordinary: Set<string> | null = null;
  #posts: Posts | null = null;
  #glossary: Map<string, GlossaryDefinition> | null = null;
  #commonTitleWords: Set<string> | null = null;
  #records: RecordMentions | null = null;
  #ownerWords: Set<string> | null = null;
  #titles: MeetingTitles | null = null;
  #organisations: string[] | null = null;
  #listings: Attendee[] | null = null;
  #agendaSubjects: AgendaSubjects | null = null;
  #spelledWords: Set<string> | null = null;
  #boardNames: Set<string> | null = null;
  #itemTitles: Map<string, TitledItem[]> | null = null;
  #words: MeetingWords | null = null;
  readonly #followThroughs = new Map<Commitment, FollowThrough | null>();
  #saving: Promise<void> = Promise.resolve();

  /**
   * `search` is the index of the same meetings, which gathered their ordinary words already;
   * `store` is where the records' words are saved between starts (null: gathered each start).
   */
  constructor(
    readonly meetings: readonly Meeting[],
    readonly search?: Pick<MinutesSearch, "ordinaryWords">,
    readonly store: RecordStore | null = null,
  ) {}

  /**
   * Each fact as a step of its own, in the order questions need them: a long-running face runs
   * them between questions (see live-context.ts), so the first question over many meetings does
   * not gather them itself (at 10,000 meetings, the records' words alone took 500 ms). Not the
   * glossary: only a question about an acronym needs it, and it takes seconds to gather at
   * 10,000 meetings, too long to hold up a question arriving meanwhile.
   */
  preparations(): Array<() => unknown> {
    return [
      () => this.people,
      () => this.ordinary,
      () => this.spelledWords,
      () => this.boardNames,
      () => this.itemTitles,
      () => this.posts,
      () => this.organisations,
      () => this.listings,
      () => this.records,
      () => this.ownerWords,
      () => this.commonTitleWords,
      () => this.titles,
      () => this.agendaSubjects,
      ...this.words.preparations(),
    ];
  }

  get people(): Person[] {
    this.#people ??= collectPeople(this.meetings);
    return this.#people;
  }

  get ordinary(): ReadonlySet<string> {
    this.#ordinary ??= ordinaryWords(this.meetings, this.search);
    return this.#ordinary;
  }

  /**
   * Words a question may use as the minutes spell them, never to be corrected into a question
   * word: the ordinary words, the words of every name ("Claire" is not a misspelt "chair") and
   * of every post and organisation the attendance lists give ("the waltham forest ceo" of "CEO
   * Waltham Forest": "forest" is not a misspelt "first").
   */
  get spelledWords(): ReadonlySet<string> {
    if (!this.#spelledWords) {
      const words = new Set(this.ordinary);
      for (const person of this.people)
        for (const spelling of person.spellings)
          for (const word of nameTokens(spelling)) words.add(word);
      // Each distinct field once: the same posts and organisations recur meeting after meeting.
      const fields = new Set<string>();
      for (const meeting of this.meetings)
        for (const { role, organisation, honorific } of meeting.attendees)
          for (const field of [role, organisation, honorific]) if (field) fields.add(field);
      for (const field of fields)
        for (const word of field.toLowerCase().match(/[a-z]+/g) ?? []) words.add(word);
      this.#spelledWords = words;
    }
    return this.#spelledWords;
  }

  /** The boards the minutes name, lower case ("london policing board"): see boardNamesOf. */
  get boardNames(): ReadonlySet<string> {
    this.#boardNames ??= boardNamesOf(this.meetings);
    return this.#boardNames;
  }

  /** Every agenda item under the key of its title (item-titles.ts), for a subject that is one. */
  get itemTitles(): ReadonlyMap<string, readonly TitledItem[]> {
    this.#itemTitles ??= itemsByTitle(this.meetings);
    return this.#itemTitles;
  }

  /** Every organisation the attendance lists name, as written, in the order first named. */
  get organisations(): readonly string[] {
    if (!this.#organisations) {
      // Loops, not flatMap: an array per attendee made this 70 ms at 10,000 meetings, not 30.
      const named = new Set<string>();
      for (const meeting of this.meetings)
        for (const { organisation } of meeting.attendees)
          if (organisation !== null) named.add(organisation);
      this.#organisations = [...named];
    }
    return this.#organisations;
  }

  /**
   * One attendee for each distinct role, organisation and honorific the attendance lists write,
   * across every meeting. Whom some words name (organisations.ts `attendeesOf`) depends on those
   * three alone, so "does anyone in any list answer to them?" is asked of these once rather than
   * of every meeting's list, per question (review 3 P2: "how many came to the working group?"
   * walked every list of the corpus).
   */
  get listings(): readonly Attendee[] {
    if (!this.#listings) {
      const byListing = new Map<string, Attendee>();
      for (const meeting of this.meetings)
        for (const attendee of meeting.attendees) {
          const { role, organisation, honorific } = attendee;
          const key = `${role ?? ""}\0${organisation ?? ""}\0${honorific ?? ""}`;
          if (!byListing.has(key)) byListing.set(key, attendee);
        }
      this.#listings = [...byListing.values()];
    }
    return this.#listings;
  }

  get posts(): Posts {
    this.#posts ??= postsOf(this.people);
    return this.#posts;
  }

  get glossary(): ReadonlyMap<string, GlossaryDefinition> {
    this.#glossary ??= glossaryOf(this.meetings);
    return this.#glossary;
  }

  get commonTitleWords(): ReadonlySet<string> {
    this.#commonTitleWords ??= commonTitleWords(this.meetings);
    return this.#commonTitleWords;
  }

  /** The words of the agenda items' titles, for telling a subject of its own from a passing word. */
  get agendaSubjects(): AgendaSubjects {
    this.#agendaSubjects ??= new AgendaSubjects(this.meetings);
    return this.#agendaSubjects;
  }

  /** The meetings' item titles, for linking commitments to the later items that took them up. */
  get titles(): MeetingTitles {
    this.#titles ??= new MeetingTitles(this.meetings);
    return this.#titles;
  }

  /** The records' words, read back from the store when an earlier start saved them. */
  get records(): RecordMentions {
    if (!this.#records) {
      const { store } = this;
      const saved = store
        ? store.words !== undefined
          ? store.words
          : readRecordCache(store)
        : null;
      this.#records = new RecordMentions(this.meetings, saved);
      if (this.store && this.#records.words !== saved)
        this.#saving = writeRecordCache(this.store, this.#records.words);
    }
    return this.#records;
  }

  /** Settles once what the directory saves to its store is written (at once if nothing is). */
  saved(): Promise<void> {
    return this.#saving;
  }

  /**
   * Whether a record of `meetings` is about the subject, as `records.about` says. While the
   * records' words are not gathered, a few meetings' records are read in place: "were the
   * January 2022 minutes approved?" need not wait for the words of 56,000 records.
   */
  recordsAbout(
    subject: readonly string[],
    meetings: readonly Meeting[],
  ): (record: MinutesRecord) => boolean {
    if (subject.length === 0) return () => true;
    if (!this.#records) {
      let count = 0;
      for (const meeting of meetings)
        count += meeting.decisions.length + meeting.commitments.length;
      if (count <= READ_IN_PLACE) {
        const found = recordsMentioning(meetings, subject);
        if (found.size === 0) return () => false;
        return (record) => found.has(record);
      }
    }
    return this.records.about(subject);
  }

  /** The words of each meeting, its items and the whole snapshot, for subjects (meeting-words.ts). */
  get words(): MeetingWords {
    this.#words ??= new MeetingWords(this.meetings);
    return this.#words;
  }

  /**
   * The later meeting's item that took up a commitment of `meeting` (followThroughOf), worked out
   * once: a question listing every commitment at 10,000 meetings looked up each again every time.
   */
  followThrough(commitment: Commitment, meeting: Meeting): FollowThrough | null {
    let found = this.#followThroughs.get(commitment);
    if (found === undefined) {
      found = followThroughOf(
        commitment,
        meeting,
        this.meetings,
        this.commonTitleWords,
        this.titles,
      );
      this.#followThroughs.set(commitment, found);
    }
    return found;
  }

  /** The words naming who commitments are owed by (see ownerWordsOf). */
  get ownerWords(): ReadonlySet<string> {
    this.#ownerWords ??= ownerWordsOf(this.meetings);
    return this.#ownerWords;
  }
}

// What a post answers to depends only on its role and organisation, and the same posts recur at
// every meeting: one attendee each is enough. Worked out once per directory, since matching
// every appearance against every organisation cost 300 ms a question at 1,000 meetings.
export function postsOf(people: readonly Person[]): Posts {
  const byPost = new Map<string, Attendee>();
  for (const person of people)
    for (const { attendee } of person.appearances) {
      const key = `${attendee.role ?? ""}\0${attendee.organisation ?? ""}`;
      if (!byPost.has(key)) byPost.set(key, attendee);
    }
  const attendees = [...byPost.values()];
  return { attendees, known: [...new Set(attendees.flatMap((a) => a.organisation ?? []))] };
}
