import { describe, expect, it } from "vitest";
import { describe as describeRole, isAcronym } from "../../../src/corpus/parse/description.js";

describe("describe: role and organisation", () => {
  it.each([
    ["DMPC (Co-chair),", "DMPC (Co-chair)", null],
    ["Deputy Commissioner, MPS (Co-chair)", "Deputy Commissioner (Co-chair)", "MPS"],
    ["CEO, MOPAC", "CEO", "MOPAC"],
    ["Youth Justice Board", null, "Youth Justice Board"],
    ["London Councils", null, "London Councils"],
    ["Chair", "Chair", null],
    ["Mayor of London (Chair)", "Mayor of London (Chair)", null],
    ["Deputy Mayor for Policing and Crime", "Deputy Mayor for Policing and Crime", null],
    [
      "Deputy Commissioner, Metropolitan Police Service",
      "Deputy Commissioner",
      "Metropolitan Police Service",
    ],
    ["Director MOPAC", "Director", "MOPAC"],
    ["CEO LB Wandsworth", "CEO", "LB Wandsworth"],
    ["LB Lambeth", null, "LB Lambeth"],
    ["Deputy Commissioner of the MPS", "Deputy Commissioner of the MPS", null],
    ["Director, C&P, MOPAC", "Director, C&P", "MOPAC"],
    ["Metropolitan Police Service (MPS)", null, "Metropolitan Police Service (MPS)"],
    ["London Victims Commissioner", "London Victims Commissioner", null],
    ["Mayor of London's Private Office", null, "Mayor of London's Private Office"],
    ["DMC&SJ", "DMC&SJ", null],
    ["", null, null],
  ])("splits %j", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });
});

describe("isAcronym", () => {
  it.each([
    ["MOPAC", true],
    ["C&P", true],
    ["LMSPB", true],
    ["S&MPS", true],
    ["A&E", true],
    ["NHSE", true],
    ["DMC&SJ", true],
    ["T/Commander", false],
    ["DMPC,", false],
    ["Mayor", false],
    ["CÉ", true],
    ["É&", true],
    ["Ó", false],
    ["M", false],
    ["12", false],
    ["", false],
  ])("%j is an acronym: %j", (word, expected) => {
    expect(isAcronym(word)).toBe(expected);
  });
});

describe("describe: the body first, then the role", () => {
  // "Nkechi Adeyemi-Ross (MOPAC, chair)", "Quillon Farrant (MOPAC, secretariat)", "Ottoline
  // Baptiste-Kerr · MOPAC · Organizer" (the dots part fields as commas do), and forms the rounds
  // do not show.
  it.each([
    ["MOPAC, chair", "chair", "MOPAC"],
    ["MOPAC, secretariat", "secretariat", "MOPAC"],
    // "In attendance: Ezinne Carmody-Vass (MOPAC, Secretariat)." (layout-variants-10a/105): a
    // word a body's name may end on ("Board Secretariat"), alone after an acronym body, is its post.
    ["MOPAC, Secretariat", "Secretariat", "MOPAC"],
    ["MOPAC, Organizer", "Organizer", "MOPAC"],
    ["MOPAC, Note taker", "Note taker", "MOPAC"],
    [
      "London Councils, Executive Member for Crime and Public Protection",
      "Executive Member for Crime and Public Protection",
      "London Councils",
    ],
    [
      "Metropolitan Police Service, Detective Superintendent",
      "Detective Superintendent",
      "Metropolitan Police Service",
    ],
    ["CPS London, Chief Crown Prosecutor (Chair)", "Chief Crown Prosecutor (Chair)", "CPS London"],
  ])("reads %j as the role after its body", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });

  it.each([
    // A post whose words name a body is no body: "Services" in a head of service's post.
    ["Head of Youth Services, Lambeth", "Head of Youth Services, Lambeth", null],
    [
      "Regional Director of Public Health, London",
      "Regional Director of Public Health, London",
      null,
    ],
    // The body last is read as before.
    ["Director of Strategy, MOPAC", "Director of Strategy", "MOPAC"],
    ["MPS, CPS London", "MPS", "CPS London"],
  ])("keeps %j as it was", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });
});

describe("describe: a body written in lower case", () => {
  // Terse notes' "Joachim Ruddle (mps)", "(london councils)", "(cps)", "(probation)", "cllr Roshan
  // Bhattacharya (lc)", "dr Ines Okafor-Grant (nhse)", "(mopac, chairing)", and forms the rounds
  // do not show.
  it.each([
    ["mps", null, "mps"],
    ["london councils", null, "london councils"],
    ["cps", null, "cps"],
    ["probation", null, "probation"],
    ["lc", null, "lc"],
    ["nhse", null, "nhse"],
    ["mopac, chairing", "chairing", "mopac"],
    ["met police", null, "met police"],
    ["hmpps", null, "hmpps"],
    ["policy lead, mopac", "policy lead", "mopac"],
    // A rank after the body: the body stays the body (review C5).
    ["mps, ds", "ds", "mps"],
    ["lc, cllr", "cllr", "lc"],
  ])("reads %j", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });

  it.each([
    // Words, not abbreviations, and posts: roles as before.
    ["chair", "chair", null],
    ["notes", "notes", null],
    ["head of youth services", "head of youth services", null],
    // Capitals anywhere: read by the capitals' rules ("Services" names a body, "services" no).
    ["Head of community services", "Head of community services", null],
    // Ranks and posts abbreviated, with no vowel: no body's acronym (review C5).
    ["dcs", "dcs", null],
    ["sgt", "sgt", null],
    ["ds", "ds", null],
    ["ch supt", "ch supt", null],
    ["dpty dir", "dpty dir", null],
    ["mgr", "mgr", null],
  ])("keeps %j a role", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });
});

describe("describe: a post by its last word", () => {
  // "Priya Vasudevan - Democratic Services Officer", "Farhan Siddiqui   Board Secretary (minutes)",
  // "MOPAC   Wystan Carrow (Board Secretary)", and forms the rounds do not show.
  it.each([
    ["Democratic Services Officer", "Democratic Services Officer", null],
    ["Board Secretary (minutes)", "Board Secretary", null],
    ["Board Secretary", "Board Secretary", null],
    ["Youth Offending Service Manager", "Youth Offending Service Manager", null],
    ["MOPAC, Board Secretary", "Board Secretary", "MOPAC"],
    ["Democratic Services Officer, Lambeth", "Democratic Services Officer, Lambeth", null],
  ])("reads %j as a post", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });

  it.each([
    [
      "Office of the Police and Crime Commissioner",
      null,
      "Office of the Police and Crime Commissioner",
    ],
    ["Youth Justice Board", null, "Youth Justice Board"],
    ["Democratic Services Officer, LB Lambeth", "Democratic Services Officer", "LB Lambeth"],
    ["Scrutiny Officer", "Scrutiny Officer", null],
  ])("keeps %j as it was", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });
});

describe("describe: a body and a post parted by a spaced dash", () => {
  // "Hamza El-Amin, MOPAC &ndash; Board Secretary" (a scraped page's entity, read as a dash), and
  // forms the rounds do not show.
  it.each([
    ["MOPAC – Board Secretary", "Board Secretary", "MOPAC"],
    ["Head of Partnerships – London Councils", "Head of Partnerships", "London Councils"],
    ["MPS - Partnerships Manager", "Partnerships Manager", "MPS"],
  ])("reads %j", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });

  it.each([
    // A place after a body, and a chair's post: no body and post to part.
    ["NHS England – London", null, "NHS England – London"],
    ["Chair - Director of Strategy", "Chair - Director of Strategy", null],
  ])("keeps %j as it was", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });
});

describe("describe: a post ending in a rank or a leader's word (review C12)", () => {
  // "Chief Superintendent Raj Patel (Borough Commander, Lambeth)", "Cllr Amina Yusuf (Council
  // Leader, Brent)": a post whose first word is also a body's word is a post when it ends in a
  // rank or a leader's word, and the place after it is part of it.
  it.each([
    ["Borough Commander, Lambeth", "Borough Commander, Lambeth", null],
    ["Council Leader, Brent", "Council Leader, Brent", null],
    ["MPS – Borough Commander", "Borough Commander", "MPS"],
    ["MPS, Borough Commander", "Borough Commander", "MPS"],
    ["MOPAC, Council Leader", "Council Leader", "MOPAC"],
    ["Borough Commander", "Borough Commander", null],
    ["Police Inspector, Hackney", "Police Inspector, Hackney", null],
    ["Service Head, Lambeth", "Service Head, Lambeth", null],
  ])("reads %j as a post", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });

  it.each([
    // A body that ends in a body's word stays a body.
    ["Metropolitan Police Service", null, "Metropolitan Police Service"],
    ["London Councils, Executive Member", "Executive Member", "London Councils"],
  ])("keeps %j as it was", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });
});

describe("describe: the minute taker's job in a closing bracket", () => {
  // "Percival Oduya, MOPAC (minutes)", "Lydia Mbatha, MOPAC (minutes)", "Lowther, Genevieve –
  // MOPAC (note taker)", "Emil Johansson, MOPAC (secretariat)", "Yewande Ashcombe   MOPAC
  // (secretariat)   IA", "Farhan Siddiqui   Board Secretary (minutes)": the job is no part of the
  // body or the post before it; it is the role only where the entry gives no post.
  it.each([
    ["MOPAC (minutes)", "minutes", "MOPAC"],
    ["MOPAC (note taker)", "note taker", "MOPAC"],
    ["MOPAC (secretariat)", "secretariat", "MOPAC"],
    ["Board Secretary (minutes)", "Board Secretary", null],
    ["Head of Strategy, MOPAC (notes)", "Head of Strategy", "MOPAC"],
    ["London Councils (Minute-taker)", "Minute-taker", "London Councils"],
  ])("reads %j", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });

  it.each([
    // A bracket holding more than the job is left to the other rules.
    ["MOPAC (minutes of item 3)", null, "MOPAC (minutes of item 3)"],
    ["Metropolitan Police Service (MPS)", null, "Metropolitan Police Service (MPS)"],
  ])("keeps %j as it was", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });
});

describe("describe: a body named for what it runs ('Transport for London')", () => {
  // "Ambrose Kilbride, Transport for London" (unseen-minutes-2/15), and forms the rounds do not show.
  it.each([
    ["Transport for London", null, "Transport for London"],
    ["Department for Transport", null, "Department for Transport"],
    ["Head of Enforcement, Transport for London", "Head of Enforcement", "Transport for London"],
  ])("reads %j", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });

  it.each([
    ["Head of Transport", "Head of Transport", null],
    ["Transport Manager", "Transport Manager", null],
  ])("keeps the post %j", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });
});

describe("describe: a councillor's party is no body", () => {
  // "Councillor Marisa Quintero (LD), London Councils" (unseen-minutes-4/28: the bracket read after
  // the body, "London Councils, LD"), and forms the rounds do not show.
  it.each([
    ["London Councils, LD", "LD", "London Councils"],
    ["London Councils, Lab", "Lab", "London Councils"],
    ["LD", "LD", null],
    ["SNP", "SNP", null],
    ["LB Barnet, LD", "LD", "LB Barnet"],
  ])("reads %j", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });

  it.each([
    ["LCD", null, "LCD"],
    ["MOPAC, Board Secretary", "Board Secretary", "MOPAC"],
  ])("keeps %j as it was", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });
});

describe("describe: a body's staff written after its name in lower case ('MOPAC secretariat')", () => {
  // "Also present: Beatrix Penhaligon and Cormac Tierney (MOPAC secretariat)." (unseen-minutes-3/26),
  // and forms the rounds do not show.
  it.each([
    ["MOPAC secretariat", "secretariat", "MOPAC"],
    ["London Councils note taker", "note taker", "London Councils"],
  ])("reads %j as the body and its staff", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });

  it.each([
    ["Board Secretariat", null, "Board Secretariat"],
    ["Secretariat", null, "Secretariat"],
    ["Head of Strategy secretariat", "Head of Strategy secretariat", null],
  ])("keeps %j as it was", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });
});

describe("describe: the communities a member sits for", () => {
  // "Revd Ezekiel Adjei (faith communities)" among members with their bodies in brackets
  // (unseen-minutes-7/60): the communities are whom the member is there for, as a body is; and
  // forms the rounds do not show.
  it.each([
    ["faith communities", null, "faith communities"],
    ["Faith Communities", null, "Faith Communities"],
    ["London Faith Communities Forum", null, "London Faith Communities Forum"],
  ])("reads %j as a body", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });

  it.each([
    ["Head of Communities", "Head of Communities", null],
    ["Communities Manager", "Communities Manager", null],
    ["communities officer", "communities officer", null],
  ])("keeps the post %j", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });
});

describe("describe: a council's post for a portfolio (review 3 C6)", () => {
  // Councillors sit on the Board by their cabinet posts: the post's head noun comes before "for",
  // and the portfolio after it may be a word bodies use too ("Transport", "Communities").
  it.each([
    ["Cabinet Member for Transport", "Cabinet Member for Transport", null],
    ["Portfolio Holder for Communities", "Portfolio Holder for Communities", null],
    ["Cabinet Member for Communities", "Cabinet Member for Communities", null],
    ["Cabinet Member for Transport, Brent", "Cabinet Member for Transport, Brent", null],
  ])("reads %j as a post", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });

  it.each([
    ["Department for Transport", null, "Department for Transport"],
    ["Mayor's Office for Policing and Crime", null, "Mayor's Office for Policing and Crime"],
    ["Cabinet Member for Crime, London Councils", "Cabinet Member for Crime", "London Councils"],
  ])("keeps %j as it was", (text, role, organisation) => {
    expect(describeRole(text)).toEqual({ role, organisation });
  });
});
