import { type AnswerContext, answerContext } from "../../src/answers/context.js";
import type { Attendee, Meeting, NextMeeting } from "../../src/corpus/model.js";
import { buildSearch } from "../../src/search/index.js";
import type { MinutesSearch, SearchResult } from "../../src/search/types.js";

// Hand-built meetings from real lines of the seed minutes, so the answers layer can be tested
// without the parser or the search index.

function person(
  line: number,
  name: string,
  status: Attendee["status"],
  organisation: string | null,
  role: string | null = null,
  honorific: string | null = null,
): Attendee {
  return { name, status, honorific, role, organisation, line };
}

export const lcrb2015: Meeting = {
  id: "lcrb-2015-03-10",
  file: "004_17215f53eb22288e.txt",
  body: "LCRB",
  title: "London Crime Reduction Board",
  date: "2015-03-10",
  time: "15:30",
  venue: "Mayor's Office, City Hall, GLA",
  attendees: [
    person(13, "Boris Johnson", "present", null, "Chair", "Mayor"),
    person(14, "Stephen Greenhalgh", "present", "MOPAC", "DMPC"),
    person(22, "Lib Peck", "present", "LB Lambeth", null, "Cllr"),
    person(34, "Doug Flight", "in_attendance", "London Councils"),
  ],
  items: [
    {
      number: "3",
      title: "Counter Terrorism",
      line: 45,
      passages: [
        {
          text: "The Board considered the CT needs of London and what was felt to be the shortcomings of current regional oversight.",
          line: 48,
        },
      ],
    },
    {
      number: "4",
      title: "Public Service Reform",
      line: 56,
      passages: [
        {
          text: "The MOPAC COO and the CEO of London Councils presented a paper to the Board.",
          line: 58,
        },
      ],
    },
  ],
  actions: [
    {
      id: "1",
      text: "Partners from MOPAC, MPS, London Councils, Health and MoJ/HO will meet to design and create a new London-Wide CT CONTEST Board.",
      owner: null,
      item: "3",
      line: 54,
    },
    {
      id: "2",
      text: "London Councils and MOPAC to continue working on the shared approach to public service reform as outlined in the paper.",
      owner: null,
      item: "4",
      line: 67,
    },
  ],
  decisions: [],
  commitments: [],
  nextMeetings: [{ body: "LCRB", date: "2015-06-09", time: "12:00", venue: "City Hall", line: 73 }],
  source: null,
};

export const dmg2020: Meeting = {
  id: "dmg-2020-06-08",
  file: "000_bc5123fd089beeb5.txt",
  body: "DMG",
  title: "Delivery Management Group",
  date: "2020-06-08",
  time: "14:00",
  venue: "MS Teams",
  attendees: [
    person(13, "Sophie Linden", "present", null, "DMPC (Co-chair)"),
    person(
      16,
      "Claire Waxman",
      "present",
      null,
      "Victims Commissioner, Chair Victim & Hate Crime Boards",
    ),
    person(27, "Andy Davis", "in_attendance", "MOPAC"),
  ],
  items: [
    {
      number: "3",
      title: "COVID-19: Impact on Delivery",
      line: 42,
      passages: [
        {
          text: "The Group was updated on the means of recovery and renewal post COVID.",
          line: 44,
        },
      ],
    },
  ],
  actions: [],
  decisions: [],
  commitments: [],
  nextMeetings: [
    { body: "LCRB", date: "2020-07-08", time: null, venue: null, line: 62 },
    { body: "DMG", date: "2020-09-07", time: null, venue: null, line: 64 },
  ],
  source: null,
};

export const lcrb2022: Meeting = {
  id: "lcrb-2022-04-27",
  file: "003_0417dfde59a34df8.txt",
  body: "LCRB",
  title: "London Crime Reduction Board",
  date: "2022-04-27",
  time: null,
  venue: null,
  attendees: [
    person(19, "Sadiq Khan", "present", null, "Mayor"),
    person(35, "Claudia Strut", "present", "YJB", "CEO"),
    person(35, "Claire Waxman", "present", null, "London Victims Commissioner"),
    person(35, "Rachael Robathan", "present", "London Council", null, "Cllr"),
    person(35, "Jas Athwal", "apologies", "London Councils", null, "Cllr"),
    person(35, "Jane E Garvan", "in_attendance", "MPS", "HQ Strategy and Governance"),
  ],
  items: [
    {
      number: "6",
      title: "Tackling fraud",
      line: 83,
      passages: [
        {
          text: "The Mayor stated his commitment to keep Londoners safe which formed part of the Police and Crime Plan.",
          line: 85,
        },
      ],
    },
  ],
  actions: [],
  decisions: [],
  commitments: [],
  nextMeetings: [],
  source: null,
};

export const lcrb2023: Meeting = {
  id: "lcrb-2023-04-12",
  file: "002_0368bc6123038781.txt",
  body: "LCRB",
  title: "London Crime Reduction Board",
  date: "2023-04-12",
  time: null,
  venue: null,
  attendees: [
    person(21, "Sadiq Khan", "present", null, "Mayor of London (Chair)"),
    person(39, "Lynne Owens", "present", "MPS", null, "Dame"),
    person(41, "Jane Garvan", "present", "MPS"),
    person(72, "Claudia Stuart", "apologies", "YJB"),
    person(75, "Debbie Weekes Bernard", "apologies", null, "DMC&SJ"),
    person(80, "Claire Waxman", "apologies", "MOPAC"),
  ],
  items: [
    {
      number: "2",
      title: "Casey Review",
      line: 87,
      passages: [
        {
          text: "Dame Lynne Owens spoke about the Casey report which she described as devastating and deeply concerning. More followed.",
          line: 92,
        },
      ],
    },
  ],
  actions: [],
  decisions: [],
  commitments: [],
  nextMeetings: [],
  source: null,
};

export const MEETINGS = [lcrb2015, dmg2020, lcrb2022, lcrb2023];

/** A search that finds passages containing every query word, for testing the router alone. */
export function fakeSearch(
  meetings: Meeting[],
): MinutesSearch & { calls: { query: string; options: unknown }[] } {
  const calls: { query: string; options: unknown }[] = [];
  return {
    calls,
    search(query, options = {}) {
      calls.push({ query, options });
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      const all: SearchResult[] = meetings
        .filter(
          (m) =>
            (!options.body || m.body === options.body) &&
            (!options.from || m.date >= options.from) &&
            (!options.to || m.date <= options.to),
        )
        .flatMap((m) =>
          m.items.flatMap((item) =>
            item.passages
              .filter(
                (p) =>
                  words.length > 0 &&
                  words.every((w) => `${item.title} ${p.text}`.toLowerCase().includes(w)),
              )
              .map((p) => ({
                meetingId: m.id,
                date: m.date,
                body: m.body,
                item: { number: item.number, title: item.title },
                score: 1,
                excerpt: p.text,
                highlights: [],
                source: { file: m.file, line: p.line },
              })),
          ),
        );
      const offset = options.offset ?? 0;
      const results = all.slice(offset, offset + (options.limit ?? 5));
      return {
        query,
        results,
        suggestions: [],
        total: all.length,
        note: words.length ? null : "no words to search for",
      };
    },
  };
}

export function fixtureContext(
  today = "2024-01-15",
  schedule: NextMeeting[] = [],
  meetings: Meeting[] = MEETINGS,
  search: MinutesSearch = fakeSearch(meetings),
): AnswerContext {
  return answerContext({
    meetings,
    schedule,
    problems: [],
    corpusVersion: "fixture",
    search,
    today: () => today,
  });
}

/** The page an imported meeting's front matter names as where its minutes are published. */
export const PUBLISHED_PAGE =
  "https://www.london.gov.uk/who-we-are/lcrb-minutes?date=2023-04-12&view=full";

/** The fixtures with the April 2023 LCRB imported from PUBLISHED_PAGE, over the real search. */
export function publishedSourceContext(): AnswerContext {
  const meetings = MEETINGS.map((m) =>
    m.id === lcrb2023.id ? { ...m, source: { url: PUBLISHED_PAGE } } : m,
  );
  return fixtureContext(undefined, undefined, meetings, buildSearch(meetings));
}
