import type { Attendee, Meeting } from "../corpus/model.js";
import type { MinutesSearch } from "../search/types.js";
import { AgendaSubjects } from "./agenda-subjects.js";
import { commonTitleWords, MeetingTitles } from "./follow-through.js";
import { type GlossaryDefinition, glossaryOf } from "./glossary.js";
import { ordinaryWords } from "./minutes-words.js";
import { collectPeople, nameTokens, type Person } from "./people.js";
import { ownerWordsOf, RecordMentions } from "./record-mentions.js";

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
  #agendaSubjects: AgendaSubjects | null = null;
  #spelledWords: Set<string> | null = null;

  /** `search` is the index of the same meetings, which gathered their ordinary words already. */
  constructor(
    readonly meetings: readonly Meeting[],
    readonly search?: Pick<MinutesSearch, "ordinaryWords">,
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
      () => this.posts,
      () => this.organisations,
      () => this.records,
      () => this.ownerWords,
      () => this.commonTitleWords,
      () => this.titles,
      () => this.agendaSubjects,
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
   * word: the ordinary words and the words of every name ("Claire" is not a misspelt "chair").
   */
  get spelledWords(): ReadonlySet<string> {
    if (!this.#spelledWords) {
      const words = new Set(this.ordinary);
      for (const person of this.people)
        for (const spelling of person.spellings)
          for (const word of nameTokens(spelling)) words.add(word);
      this.#spelledWords = words;
    }
    return this.#spelledWords;
  }

  /** Every organisation the attendance lists name, as written, in the order first named. */
  get organisations(): readonly string[] {
    this.#organisations ??= [
      ...new Set(this.meetings.flatMap((m) => m.attendees.flatMap((a) => a.organisation ?? []))),
    ];
    return this.#organisations;
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

  get records(): RecordMentions {
    this.#records ??= new RecordMentions(this.meetings);
    return this.#records;
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
