// How many of the facts a person reads off a minutes file the parser gets right, per file and in
// total, over minutes in layouts the parser was not written against (tests/fixtures/unseen-minutes,
// each file beside its hand-written answer in the shape of tests/fixtures/minutes). A fact is the
// body, the date, the time, the venue, each attendee (name, status and honorific), each agenda item (number and
// title), each action (id, item, start of its text, and owner where the answer gives one)
// and each next meeting (body, date, time, venue). What the parser reads beyond the answer (an extra
// attendee, item, action or meeting) is counted as an error beside the score.
// `npm run bench:layouts [dir] [modules]`: a folder of minutes with answers (default every unseen
// round, tests/fixtures/unseen-minutes and unseen-minutes-2 to -11, each with its subtotal), and a build's
// folder of modules (default .bench-build/src/) to score another parser.
//
// The files (written with their answers before the parser was scored on them): Windows line
// endings, non-breaking spaces and misspelt headings ("Attendence", "Apologys"); "Surname,
// Firstname" run on with semicolons; a Name / Organisation / Role table split by a page break with
// its header row repeated; an initials column; "Agenda item one:"; apologies named only in item 1;
// an action log with Owner / Deadline / Status; several future dates in a list and run on in one
// sentence; headings underlined with "===" / "---"; a pipe table with PRESENT / APOLOGIES rows;
// dates written "Thursday, 9th November 2023", "09/11/2023", "20 Nov 23", "04/12/2024".
//
// Scored on main before any rule was written for them (PARSER_VERSION 7): 138/181 facts right, 15
// extra. Per file: 01 15/17, 02 11/20 (9 extra), 03 20/20 (1 extra), 04 0/18 (no meeting: the date
// was not read), 05 13/18 (5 extra), 06 18/18, 07 16/20, 08 15/16, 09 16/17, 10 14/17.
// Two answers were then found to break the seeds' own convention and were corrected: a numbered
// attendance heading ("1. Apologies for absence", as corpus/002's "1. Attendees and apologies") and a
// numbered next-meetings heading ("4. Dates of future meetings") are sections, not agenda items.
// On the corrected answers the unchanged parser scores 138/179 (07 16/19, 09 16/16), and with the
// rules written for these files (PARSER_VERSION 10) 179/179, 0 extra.
//
// A second round (tests/fixtures/unseen-minutes-2, 8 files, written with their answers before the
// parser was scored on them): "SURNAME, Given (Body)" in capitals with "Item 3:" headings and page
// furniture mid-item; "Role – Name, Body" under "Members present:" and apologies as one sentence;
// Present and Apologies side by side in space-aligned columns, "3)" headings and a space-aligned
// "Actions arising" table; a markdown table with an Attendance column and a one-line
// "Date | Time | Venue" header; a contents list with dotted leaders, "Part A" dividers and
// "(iv)" items; every line hard-wrapped, headings and apologies included; "Surname, Given – Body"
// with "Item 2" on its own line above the title; ticks in Attended / Apologies columns with
// indented numbered paragraphs. Dates "THURSDAY 3rd MARCH, 2022", "2022-05-12", "03/11/2022",
// "12.05.2022". On PARSER_VERSION 10, unchanged: 110/157 facts right, 10 extra. Per file: 11 12/22
// (2 extra), 12 16/21, 13 11/20 (1), 14 18/19, 15 11/18 (3), 16 18/21 (1), 17 11/19 (1), 18 13/17 (2).
// With the rules written for them (PARSER_VERSION 13, see parse/DESIGN.md): 157/157, 0 extra; the
// first round still 179/179.
//
// A third round (tests/fixtures/unseen-minutes-3, 8 files, by another author, written with their
// answers before the parser was scored on them): a Word table pasted one cell a line (Name /
// Organisation / Status, and Item / Discussion / Action) under "Minutes of the meeting held on
// Tuesday 14 March 2023 at 2pm via Microsoft Teams"; "Classification: OFFICIAL" / "Page 1" footers
// and "1.1" sub-points; an Item | Discussion | Action table parted by tabs; attendees run on with
// semicolons, roles in brackets, "Apologies: None received"; "Date of next meeting – 7th December
// (Teams)" with no year; a two-column PDF with the attendance sidebar beside the first items and
// "partner-" | "ship" split at line ends; "Chair:" apart from "Members:", "In attendance (for item 3
// only):", "Det Supt … QPM", "… KC", "1. Minutes: approved as a true record.", "5. AOB: None.",
// "Next meeting: to be arranged."; an Outlook invite header ("When: Monday, 4 September 2023
// 15:00-16:30 (UTC+00:00) …") with "Surname, Given (Body) – Chair" and "Agenda point 1 — …";
// "Meeting / Date / Time / Venue" cells one a line, two-line entries (name, then body), "Item 1
// Welcome", "a)" and "i." sub-points, "Action 24/03:", future dates under "(all at 11.00am, City
// Hall)"; minute numbers "24/01", "07-02-2024 | 09:30 | room", "(virtual)" and "– " bulleted
// apologies. On PARSER_VERSION 14, unchanged (4f367c5): 79/141 facts right, 12 extra. Per file:
// 19 11/16 (1 extra), 20 11/18, 21 10/18, 22 10/18, 23 5/18 (4), 24 11/17 (2), 25 9/17, 26 12/19 (5).
// With the first rules written for them (PARSER_VERSION 15, see parse/DESIGN.md): 114/141, 6 extra;
// 22-25 whole, 19 11/16 (1), 20 11/18, 21 10/18, 26 12/19 (5); both earlier rounds still whole.
// PARSER_VERSION 16 (a tabbed Item | Discussion | Action table, a number cell alone over its title):
// 126/141, 1 extra; 20 18/18, 26 17/19.
//
// A fourth round (tests/fixtures/unseen-minutes-4, 10 files, by the helper heldout, written with
// their answers outside the repository and held back from everyone working on the parser until
// scored, so no rule was written for them): Present and In attendance side by side with each role
// on the line under its name, "Date: 14.03.23   Time: …   Venue: …" on one line and
// "OFFICIAL-SENSITIVE … Page 1 of 2" mid-item; "Councillor … (Lab)" party initials, running
// minute numbers "31/23 DECLARATIONS OF INTEREST" in capitals, "RESOLVED:", a numbered "Date of
// next meeting" minute and a signature line; "Minute 3 - …" headings over "3.1" paragraphs with
// "ACTION: KBH" in the right margin and attendees' initials run on across lines; an OCR scan with
// words joined at punctuation ("Present:Sir", "Okonedo,CPS"), hyphens splitting words and names
// at line ends and "March 14th 2024"; a lynx dump of a web page ("[8]Attendance" link numbers, "*"
// bullets under "Board members" / "Officers" / "Apologies", a References list, a later
// "Published:" date, the next meeting inside AOB); "Wednesday the 8th of November 2023", a
// substitute "(substituting for …)" whose principal is among the apologies named only in item 1,
// the next meeting in the AOB's prose; people indented under organisation headings with
// "(apologies)" after a name, unnumbered items and "Next DMG: 18/03/24"; a Name / Organisation /
// P/A table with codes P, A, S, IA and their key, "Tues 5 Sept 2023" and "1 Welcome" headings;
// "Organisation - Role: Name" entries, an officer given by post alone, items lettered "A." to
// "E." and "Action 2024/03:"; a forwarded e-mail whose "Sent:" date is the day after the meeting,
// "Attendees - …" run on and "- ACTION:" dashes. Scored, not asserted by any test. On
// PARSER_VERSION 17, unchanged: 136/199 facts right, 9 extra, at 1fb3aee (11:50 UTC, when written)
// and at c4a7cb6 (13:30 UTC) alike. Per file: 27 21/21, 28 15/21 (1 extra), 29 8/20 (5), 30 19/19,
// 31 20/20, 32 20/20, 33 17/19 (2), 34 0/21 (no meeting: "Tues 5 Sept 2023" not read as a date),
// 35 8/20 (1), 36 8/18 (the e-mail's Sent: date and time read as the meeting's).
// With the rules written for it (PARSER_VERSION 18-24, see parse/DESIGN.md): 199/199, 0 extra, the
// earlier rounds unchanged (179/179, 157/157, 133/141); asserted since by tests/corpus/golden/unseen.test.ts.
//
// A fifth round (tests/fixtures/unseen-minutes-5, 9 files, by the helper heldout6, written with
// their answers outside the repository and held back from everyone working on the parser until
// scored, so no rule was written for them; Board and DMG minutes in the house styles of other UK
// public bodies): a committee-system council's minutes with "Councillors A, B and C" on one line,
// minute numbers "18." to "23." in capitals, "RESOLVED - (1) … (2) …", the venue and "6.30 p.m."
// in the opening sentence and apologies in a sentence after "APOLOGIES:"; an NHS/ICB-style board
// in public with space-aligned "Members present" / "In attendance (for minute 24/034 only)" /
// "Board Secretary (minutes)", minute references "24/031", NOTED / APPROVED in capitals and
// "ACTION 24/12: … Lead: SRH. Due: …"; a police and crime panel's "(Chairman)", "Independent
// Co-opted Members: Mr … and Mrs …", "Also Present:", "Officers:", "(Agenda Item 5)" after each
// title and "15th January 2024 at 10.00 am"; Teams call notes with an agenda list above the
// numbered notes, "On the call: … - joined from item 2, … - left after item 3", "Couldn't make
// it:", "Notes taken by:", "- ACTION -" bullets, "Tue 14/05/2024" and a yearless "Next call: Tue
// 11 June"; minutes pasted from Word (CRLF, tabs, doubled spaces, "Present :", Symbol-font
// bullets, a non-breaking hyphen in a name, a soft hyphen in a title, curly quotes); "Agenda item
// 1 (Paper LCRB 24-15): …", "Resolution 24/07:", "Action 24/21 – … (Owner: …; due: …)", a header
// "Tuesday 10 September 2024 — 2pm to 4pm — …" and a "Forward dates" Date / Time / Venue table;
// "Post, Organisation (Name)" entries, zero-padded items "01" to "04" and "Agreed action: …
// (owner: …)"; typos in the headings, the date's month and the action label ("Minuets",
// "Septmber", "Presnet", "Apolgies", "Acton:", "Date of nxt meeting"); attendance, time and venue
// told in sentences ("The meeting was chaired by … and attended by …", "was held at City Hall and
// began at 10.00am", "The Board will next meet on …") under an agenda list. Scored, not asserted
// by any test. On PARSER_VERSION 18, unchanged: 105/182 facts right, 19 extra, at 55138db (14:17
// UTC, when written) and 5480be6 (14:18 UTC). Per file: 37 14/20 (3 extra), 38 22/22, 39 15/23 (7),
// 40 5/18 (1), 41 18/20 (1), 42 15/20 (3), 43 5/19 (4), 44 0/20 (no meeting: "Septmber" not read
// as a month), 45 11/20.
// At 627b35b (16:05 UTC, PARSER_VERSION 25, when the round was added): 105/182, 19 extra, file for
// file as when written; the rules landed in between for round 4 read none of these layouts.
// What fails, by cause: people listed after a plural "Councillors" (3, and 1 extra read with
// "Councillors" as honorific), after sub-labels "Independent Co-opted Members:" (2, the label read
// as a person), "On the call:" / "Couldn't make it:" (6), as "Post, Organisation (Name)" (8) or in
// sentences (6 and 2 in 37's "APOLOGIES:" sentence); a title kept with its "(Agenda Item 5)" (6)
// or "(Paper LCRB 24-15):" (3) annotation, or a number "01" read as "1" (4 items, and the actions
// under them); "Agreed action:" (2) and "- ACTION -" (2) not read as actions; Teams notes' numbered
// items not read under the agenda list (4) and "Next call:" read as an item; a "Forward dates"
// table (2) and "The Board will next meet on …" (1) not read as next meetings; a venue and time
// told in the opening sentence (3); a non-breaking hyphen in a name and a soft hyphen in a title
// kept (2); a misspelt month losing the whole file (20).
// File 43's answer was then corrected to the seeds' convention that an item's number is its value
// ("01" is item 1, as round 1's "1.0" is): 109/182, 15 extra on the unchanged parser. With the rules
// written for the round (PARSER_VERSION 26-43, see parse/DESIGN.md): 182/182, 0 extra; the earlier
// rounds unchanged (668/676, 0 extra).
//
// A sixth round (tests/fixtures/unseen-minutes-6, 8 files, by the helper heldout7, written with
// their answers outside the repository and held back from everyone working on the parser until
// scored, so no rule was written for them): hybrid notes with "In the room:" / "Online:" / "Also
// online:", "Weds 3rd Jan '24, 2pm", "Agenda item 2 – …" and "Next meeting: TBC" followed by a
// dated "Post-meeting note"; people present only by initials ("Present: SO'N (Chair), RB, KM")
// with a "Key to initials" naming them, capital roman items "III." and "ACTION: RB to …";
// councillors listed with their ward and borough ("Cllr … (Peckham Rye ward, LB Southwark)"),
// "12th June 2024 (Wednesday)", "18:00hrs", a "Declarations of interest" item and an unnumbered
// "Matters arising" between numbered items; a committee system's export with "Meeting start:
// 2024-04-10T14:00:00+01:00" beside its export time, attendance as quoted CSV ("Name",
// "Organisation","Attendance" with "Sent apologies"), "Item 1 of 5:" headings and a numbered
// "ACTION LOG" at the end ("1. [Item 3] … Owner: MPS. Due: …. RAG: AMBER"); "In the Chair:",
// "Mon 13th May 2024" with "1400–1530" and the venue each on their own line, "Section 2:"
// headings, "→ Action:" and "Next DMG: 1400, Mon 10th Jun 2024, Teams"; a wiki's markdown export
// with "@Name (Org)" mentions under "**Attendees:**", an agenda list above "### 1." notes and
// actions as task checkboxes "- [ ] MPS to …" under "**Actions**"; times before the item numbers
// ("14:10   2. Minutes …"), "Observers" and "Secretariat" beside "Board members", "Sent
// apologies", "21-Jan-2025" and "Close 16:00"; "[P]" / "[A]" / "[IA]" after each name with their
// key, "Voting members" / "Advisers" and "Owner: MOPAC | Action: … | By: …" lines. Scored, and
// asserted since PARSER_VERSION 60. At 7808245 (the session's start, PARSER_VERSION 25): 65/170
// facts right, 17 extra. At 48af9b5 (main at 18:08 UTC, PARSER_VERSION 39, when the round was added): 70/170,
// 19 extra. Per file at 48af9b5: 46 0/21 (no meeting: "Weds 3rd Jan '24" not read as a date),
// 47 12/21, 48 22/24, 49 2/21 (8 extra), 50 10/20 (5), 51 9/19 (4), 52 0/23 (no meeting:
// "21-Jan-2025" not read), 53 15/21 (2; 10/21 at 7808245, the bracketed "[P]" codes now read).
// At 795bb2b (18:14 UTC, PARSER_VERSION 43) and 88981ed (18:21 UTC, when landed): the same.
// What fails, by cause: a date the parser does not read, losing the whole file ("Weds 3rd Jan
// '24", "21-Jan-2025": 44 facts); the export's time of export read as the meeting's (date and
// time) and the ISO next meeting read in UTC (13:00, not 14:00 London time); people named only
// by initials whose key is not read (9), in quoted CSV rows (8), as "@Name (Org)" mentions (7),
// and "[A]" read as present (2, with 2 in attendance under "Advisers" missed); headings "Item 1
// of 5:" and "Section 2:" not read as numbers (9 items: 8 kept whole as titles, 1 lost), an
// agenda list's "## Agenda" read as an item, and "Matters arising" between numbered items
// missed; actions with their "[Item 3]" or "[ ]" prefix kept (6), "→ Action:" (3) and "Owner:
// … | Action: …" (2) not read; "1400–1530" read as the venue and no time, and "Next DMG:
// 1400, …" read with no time; "Date: 12th June 2024 (Wednesday)" puts "Wednesday" in the venue.
// At 01a6981 (19:11 UTC, PARSER_VERSION 45, PARSER_VERSION 44's dates already tuned to it): 95/170,
// 21 extra. Per file: 46 11/21 (1 extra), 47 12/21, 48 22/24, 49 2/21 (8), 50 10/20 (5), 51 9/19
// (4), 52 14/23 (1), 53 15/21 (2). With the rules written for it (PARSER_VERSION 46-60, see
// parse/DESIGN.md; each also tested on forms the round does not show): 170/170, 0 extra, every
// file whole; the earlier rounds unchanged (668/676 and 182/182, 0 extra); asserted since by
// tests/corpus/golden/unseen.test.ts.
//
// A seventh round (tests/fixtures/unseen-minutes-7, 8 files, by the helper heldout8, written with
// their answers outside the repository and held back from everyone working on the parser until
// scored, so no rule was written for them; HELD OUT, scored here, not asserted by any test): a
// pdftotext -layout copy of a two-page PDF with centred headings, a form feed, a running header
// and "Page 1 of 2" footers, the organisation in a column before each name ("MPS          Commander
// …"), "Date of meeting: 14.11.24", "2.00 - 4.00 pm", "Agenda Item No. 1 - …" and actions as
// sentences ending "(Action: MPS)"; a Teams-style meeting recap with "Tuesday, October 8, 2024
// 10:00 AM-11:30 AM (BST)", "Attendees (8)" / "Sent apologies (1)" over "Name · Org · Organizer"
// lines, "1 · Title" headings, "Follow-up tasks" as "☐ Name: task" and "Next occurrence:"; a
// committee page scraped with its HTML entities left in ("LCRB/24/31&nbsp;&nbsp;WELCOME …",
// "O&#39;Sullivan", "&amp;", "&ndash;", "&#8216;"), minute references with the body's code, an
// exempt item and a numbered "DATE OF NEXT MEETING" minute; a summary of actions with Ref / Item /
// Owner / Due columns above the minutes, a numbered attendance list and "Thurs. 5th Dec. 2024";
// terse lower-case notes ("dmg notes 02/12/24", "mon 2 dec, 10am, teams", "attendees:",
// "apols:", "1) …", "AP1 - …", "next one: 13/1/25 2pm teams"); unnumbered capital headings over
// paragraphs numbered through the whole document, apologies only in a paragraph and actions
// ending "[Action: London Councils]"; a one-line header "LCRB | Quarterly Board | 2:30pm–4pm |
// Tues 1 Oct 2024 | Livery Hall, Guildhall", members parted by " / " on one line, "Regrets:" and
// "Guests:", "Baroness" and "Revd", "1/ Title" items and "➤ ACTION (MOPAC): …"; markdown tables
// with the header's fields as rows ("| **Time** | 14:00 – 15:00 |"), people parted by "<br>" in
// one cell, and items and actions in a "No. | Item | Discussion | Decision / action | Owner | By"
// table, two actions in one cell. Names and honorifics are answered as a clerk records them
// (entities decoded, "cllr" as "Cllr"); venues and titles as written. One answer was corrected
// after the first scoring, for that rule, not for the parser: 59's venue, written in a header in
// capitals, is "THE CHAMBER, CITY HALL" as written (the answer first had it in title case).
// At 01a6981 (the session's start, PARSER_VERSION 45, scored 19:25 UTC): 79/176 facts right, 10
// extra (on the corrected answer; 78/176 before). Per file: 54 10/24 (1 extra), 55 3/21, 56 11/23
// (9), 57 22/22, 58 4/20, 59 21/23, 60 5/23, 61 3/20.
// At f1fce03 (main at 20:55 UTC, PARSER_VERSION 66) and a8871d1 (main at 21:00 UTC, when the
// round was added): 79/176, 10 extra, file for file as at 01a6981; the rules landed in between
// for round 6 (now 170/170) read none of these layouts.
// What fails, by cause: people in a column after their organisation ("MPS          Commander
// Lysander Quist": 11, and "London Fire Brigade" read as a person), after "Attendees (8)" /
// "Sent apologies (1)" as "Name · Org · Role" (9), run on after lower-case "attendees:" /
// "apols:" (6: only the first name and the note-taker read), parted by " / " after "Members:",
// "Regrets:", "Guests:" (8: only the first member and the first guest read), or parted by "<br>" in a markdown
// table cell (8); names and titles with HTML entities left in ("O&#39;Sullivan", "&amp;"
// splitting an organisation into a person "Witness Care", "&nbsp;" between a minute reference
// and its title: 7 items kept unnumbered with the entities, the numbered DATE OF NEXT MEETING
// minute read as an item, the next meeting under it and the 2 actions' items lost); headings "1 ·
// Title" (4), "1) title" in lower case (4), "1/ Title" (5) and table rows "| 1 | Title | …" (4)
// not read as items; actions as sentences ending "(Action: MPS)" (3) or "[Action: London
// Councils]" (2), "☐ Name: task" under "Follow-up tasks" (3), "AP1 - …" (3), "➤ ACTION (MOPAC):
// …" (3) and "ACTION: …" inside a table cell (3) not read; time and venue in "mon 2 dec, 10am,
// teams", in a one-line "LCRB | Quarterly Board | 2:30pm–4pm | Tues 1 Oct 2024 | Livery Hall,
// Guildhall" header and in "| **Time** | 14:00 – 15:00 |" rows (6), and "(BST)" read as the
// venue; next meetings "Next occurrence: Tuesday, November 12, 2024 10:00 AM…" and "next one:
// 13/1/25 2pm teams" (2) not read.
// With the rules written for the round by layouts7p (attendance, HTML entities; PARSER_VERSION
// 71, 74-79) and layouts7i (items, actions, header time and venue, next meetings; PARSER_VERSION
// 72-73, 82-90), each also tested on forms the round does not show: 176/176, 0 extra, every file
// whole; rounds 1-6 unchanged; asserted since by tests/corpus/golden/unseen.test.ts.
//
// Descriptions (who an attendee is with, and as what), scored since 2026-12-06 apart from the facts
// above, whose totals they leave as they were: the answers of rounds 5, 6 and 7 (25 files) give
// each attendee's "organisation" and, where the minutes give one, "role", written by reading each
// file (how they are compared: scoreDescriptions below). At ae7f4e2 (PARSER_VERSION 79, before any
// rule for them): 378/426 — round 5 139/149, round 6 125/132, round 7 114/145. What fails, by
// cause: a body in lower case read as the role ("(mps)", "(london councils)", "(lc)", "(nhse)":
// 6 attendees of round 7's terse notes, "(mopac, chairing)" kept whole as the role and the
// note-taker's "(mopac)" read as nothing); a body
// and a role in one bracket or after middle dots, body first ("(MOPAC, chair)", "(MOPAC,
// secretariat)", "· MOPAC · Organizer", "· MOPAC · Note taker": 6, body and role both wrong); a
// role alone read as the organisation ("Democratic Services Officer", "Board Secretary
// (minutes)", "MOPAC (Board Secretary)" after the body's column: 4); a body before a dash-parted
// role ("MOPAC – Board Secretary"), a role before its body without a comma ("Secretariat,
// MOPAC" read as nothing), a note of attendance read as the role ("– from agenda item 3", "for
// item 3", "Home Office, for section 3"), "MOPAC (minutes)" kept whole; "(faith communities)"
// read as a role.
// With the rules written for them (PARSER_VERSION 80, 81, 91-94; see parse/DESIGN.md), at 23:30
// UTC: 420/426 — round 5 148/149, round 6 132/132, round 7 140/145; the facts unchanged (rounds
// 1-7 179/179, 157/157, 133/141, 199/199, 182/182, 170/170, 176/176, 0 extra). Left: a
// minute-taker's "(minutes)" kept with the role or body (2), "HMCTS   Benedicta Oyston, Delivery
// Director, London Crown Courts" (the courts read as her body, 2), "(faith communities)" (2).
// The answers of rounds 1-4 (36 files) were then given "organisation" and "role" the same way, by
// reading each file by the conventions of rounds 5-7 (a rank written before the name is the
// honorific and no role; a chair, minute taker or secretariat named only by the label over the
// list, "(minutes)" and a party's "(Lab)" leave the role out; a bracket over two people that says
// so, "(both MOPAC)", describes both; a body's name is as written, never expanded). At
// 94457d2 (PARSER_VERSION 100, before any rule for them): round 1 141/142, round 2 123/131, round 3
// 84/105, round 4 136/158; with rounds 5-7, 904/962. What fails, by cause: people under an
// organisation's heading given no body (33: 8); a description on the line under its name (24, and
// 27's two columns: 15); the two-column PDF's attendees beside the items (21: 11, its facts unread
// too); "(minutes)", "(note taker)", "(secretariat)" kept with the body (7); a bracket over two
// people given to the last alone, "(both MOPAC)", "(MOPAC secretariat)" (6); "Transport for
// London" read as a post (2); a body hyphened over a line end, "London Coun-" | "cils" (2); a
// party's "(LD)" read as the body (1). Round 3 file 26's answer was then corrected: in "Also
// present: Beatrix Penhaligon and Cormac Tierney (MOPAC secretariat)." the bracket may be Cormac
// Tierney's alone ("Claire Waxman and Lib Peck (VRU)" is Lib Peck's), so Beatrix Penhaligon's
// description is left out as unclear: round 3 84/103, 904/960 at 94457d2.
// With the rules written for them (PARSER_VERSION 103-112, see parse/DESIGN.md; orgs14, each also
// tested on forms the rounds do not show): 949/960 — round 1 142/142, round 2 131/131, round 3
// 92/103, round 4 158/158, round 5 149/149, round 6 132/132, round 7 145/145; the facts unchanged
// (rounds 1-7 179, 157, 133/141, 199, 182, 170, 176, 0 extra); corpus/ parsed byte-identically.
// Left: round 3 file 21's two-column PDF, its attendees beside the first items and read with
// their text or not at all (11, its facts unread too: a layout rule, not a description's).
//
// An eighth round (tests/fixtures/unseen-minutes-8, 8 files, by the helper heldout9, written with
// their answers outside the repository and held back from everyone working on the parser until
// scored, so no rule was written for them; HELD OUT, scored here, not asserted by any test): a
// council's agenda-pack PDF through pdftotext -layout, with "Agenda Item 3" of the next meeting's
// pack at the top, titles in capitals in a left margin column wrapped over two or three lines
// beside the minute's text, venue and "Thursday, 6th February, 2025 at 10.00 am" in an opening
// sentence wrapped over three lines, "Attendance: see Annex A" and the attendance in an annex
// after the minutes (one name wrapped under its rank), footers and a signature line; a reply
// e-mail ("Sent: 14 January 2025 09:12", a signature with an address) whose notes are quoted
// with "> " after "On Mon, 13 Jan 2025 at 16:41, … wrote:", attendees parted by semicolons,
// "Notes:" for the note-taker, "Det Supt" and an ACTIONS list of "* …" after the last item; a
// pandoc plain-text export with grid tables ("+----+", "+====+") for the header's Date / Time /
// Venue, the attendance (names, ranks and posts wrapped inside their cells, an Attendance column)
// and an action log (Ref "25/1", text wrapped inside its cell, Owner, Item), setext headings
// "1. Welcome and apologies" / "----", "3pm to 4.30pm" and the next meeting as another grid; a
// PDF table through plain pdftotext, column after column (every name, then every organisation,
// then every status), the header's labels and values on lines of their own, "OFFICIAL" at top
// and bottom, "Actions: (a) …; (b) …" run on in one line and "Next meeting: Monday 14 April 2025
// (14:00, MOPAC, 169 Union Street)"; a board in public with section headings "1.   OPENING
// BUSINESS" over agenda items numbered "1.1", "2.2" (the sections are no items, as round 1's
// "1.0" over paragraphs is the item), "Date: / Time: / Location:" lines, "Action 25/08 – …" and
// "3.2  Date of next meeting"; members listed under their party ("Labour:", "Conservative:",
// "Liberal Democrat:", then "Partners:", "Officers:") with their boroughs, a deputy announced in
// item 1 ("attended as deputy for"), apologies only in item 1, "held on Thursday 6th March 2025
// at 11:30am at London Councils, 59½ Southwark Street, …" and "is scheduled for …"; an
// attendance register for the year's meetings ("Member  Organisation  11 Nov  9 Dec  13 Jan"
// with ✓ / A / – and its key; the meeting's own column holds its attendance), "Also present on
// 13 January: …", "Actions:" over indented "MOPAC – circulate …" and "Next meeting: Monday 10
// February 2025, same time and place."; a committee website's page copied as text ("Skip to
// main content", breadcrumbs, "Wednesday, 12th March, 2025 2.00 pm", "Venue: Committee Room 2,
// City Hall. View directions"), an Attendee / Role / Attendance table parted by tabs with
// "Present as substitute", "Apologies", "Absent" and "In attendance", "Minutes:" labels, "PDF
// 214 KB" links and "Supporting documents:" under the items, and "6. Date of Next Meeting" with
// its date in a sentence. Answered as a clerk records them: someone absent with no apologies is
// no attendee (the model holds present, in attendance and apologies only), a substitute is
// present, "Also present" and officers are in attendance, letters "(a)", "(b)" that restart in
// each item are no action ids, and a numbered next-meeting heading is no item (as round 7's 56).
// At a1b11b3 (the session's start, PARSER_VERSION 70, scored 22:10 UTC): 89/168 facts right, 26
// extra. Per file: 62 15/23 (6 extra), 63 0/19, 64 7/20 (5), 65 8/19 (3), 66 13/23 (6), 67 20/24
// (1), 68 7/20 (3), 69 19/20 (2).
// At 39151d0 (main at 22:58 UTC, PARSER_VERSION 79): the same, file for file. At 10c40b4 (23:28
// UTC, PARSER_VERSION 92), 8fcfc0b (23:33), 293935b (23:35) and dd4d845 (23:41, when the round was added): 90/168,
// 26 extra, file for file the same but 64 8/20 (its time "3pm to 4.30pm" now read; its venue read
// but cut at its cell's first line, "…, Gresham Street, London"); the rules landed in between for
// round 7 (now 176/176) read none of the other layouts.
// What fails at a1b11b3, by cause: notes quoted with "> " in a reply e-mail not read at all (the
// whole file, 19: no meeting); people in a grid table's multi-line cells (7), in a table extracted
// column after column (7) or in an attendance register across several meetings (6, and the 2
// under "Also present on 13 January:"); the first person on each "Labour:" / "Conservative:" /
// "Liberal Democrat:" / "Partners:" line (4, and "Liberal Democrat" read as a person); a status
// column's "Apologies" and "Absent" read as present (2); a name wrapped under its rank in the
// annex ("Chief Superintendent Odile" / "Hartigan-Bose": 1), and a prose "Superintendent
// Okonjo-Farrow, attending for the first time. Apologies are listed in Annex A." read as an
// apology; titles in a left margin column read with the text beside them (5 items, 4 extra);
// section headings read as the items and the "1.1" items under them lost (6, 3 extra, and the 3
// actions filed under the sections); actions wrapped inside a grid cell cut at the cell's first
// line (3, 4 extra), "(a) …; (b) …" run on in one line (3, 2 extra) and "MOPAC – circulate …"
// with its owner kept in the text (3, 2 extra); a venue in an opening sentence wrapped over lines
// (1), in grid-table rows with the time "3pm to 4.30pm" (2), and "(and Teams)" dropped (1); next
// meetings under a margin heading (1), in a grid table (no time or venue), as "3.2 Date of next
// meeting" (1), with its closing bracket kept in the venue (1) and "same time and place" not
// taken from the meeting's own (1).
//
// Variants of round 8's attendance and whole-file layouts (tests/fixtures/layout-variants-8a, 4
// files by the helper layouts8a, written with their answers before any rule for round 8's
// attendance, with other people, bodies and dates, so that a rule is measured on more than the file
// that taught it; scored here as a subtotal of their own): a reply quoting a forward, the minutes
// quoted two deep (">> "), members grouped by party on one line each ("Labour: Cllr …, Cllr …");
// a pandoc grid table Organisation | Name | Status with names wrapped in their cells and "Absent",
// "Present as substitute"; a PDF table extracted column after column with four columns (name,
// organisation, role, attendance); a register for the year whose meeting's column is not the last
// ("12 Sep  10 Oct  14 Nov  12 Dec  13 Mar", codes "P", "Ap", "–", a body wrapped under its row).
// At 94457d2 (main, PARSER_VERSION 100): 38/70, 0 extra. Per file: 01 3/18 (the quoted minutes
// not read: date and time from the forward's envelope), 02 11/17, 03 11/17, 04 13/18 (every
// attendee missed but "Also present"'s).
// With the rules written for round 8's attendance and whole-file layouts (PARSER_VERSION 101 and
// 122-130, numbered 102-111 before rebasing on layouts8b's and orgs14's; see parse/DESIGN.md), at
// 02:00 UTC: 70/70, 0 extra. Round 8 on layouts8b's tip (PARSER_VERSION 121) 136/168 (8 extra) ->
// 168/168 (0 extra) with them: 62 wrapped name, 64 grid, 65 column after column, 67 party
// labels, 68 register and "Also present on …", 69 status column; layouts8b's variants 62/66 (3
// extra) -> 65/66 (0), its file 83's grid read by the grid rule.
//
// Variants of round 8's layouts by the helper layouts8b (tests/fixtures/layout-variants-8b, 4 files
// with other bodies, titles, dates and owners, written with their answers before any rule for the
// round), scored apart so that a rule is seen to read the layout and not the one file: section
// headings over "1.1" items with "Date: / Time: / Location:" lines, "Action 25/14 – …" and "3.2
// Date of next meeting"; titles in a pdftotext left margin beside their text, the opening sentence
// wrapped and "is scheduled for …"; pandoc grid tables for the header's fields, an action log and
// the next meeting, their cells wrapped; an opening sentence "held on … at …" wrapped, "(a) …; (b)
// …" actions run on, "CPS London – share …" owner-dash tasks and "same time and place". At 94457d2
// (PARSER_VERSION 100, before any rule): 39/67 facts right, 16 extra. Per file: 81 10/20 (6 extra),
// 82 9/15 (3), 83 9/14 (4), 84 11/18 (3). One answer was then corrected, for the seeds' convention,
// not for the parser: 82's "1. APOLOGIES FOR ABSENCE" is a numbered attendance heading, a section
// and no item (as round 1's "1. Apologies for absence"): 82 9/14, the subtotal 39/66.
//
// A ninth round (tests/fixtures/unseen-minutes-9, 8 files, by the helper heldout10, written with
// their answers outside the repository and held back from everyone working on the parser until
// scored, so no rule was written for them; HELD OUT, scored here, not asserted by any test): a
// static site's markdown page whose YAML front matter is another tool's, not the bot's ("group:
// DMG", "start:", "location:", attendees as name / org / role maps, "apologies:" and "secretariat:"
// lists, "next_meeting: 2025-06-11T10:30:00+01:00"), "## 1." headings and blockquoted "> **Action
// 15**: MPS to …"; a Google Docs plain-text export with comment markers after names and titles
// ("(MOPAC, chair)[a]", "Summer violence plan[d]") and the comment threads appended ("[a]Is Sadia
// chairing …", "_Marked as resolved_"), a header "Wed 2 Jul 2025 · 2.30–4pm · The Chamber, City
// Hall", "Note taker:" and "☐ MPS to …" under "Action items"; the City of London Corporation's
// committee style, with the titles "Alderman Professor", "Deputy" (a City title, not a deputy for
// someone), "Sheriff" and "Alderman Sir", "(Chairman)" / "(Deputy Chairman)", "In Attendance
// (virtually):", officers as "Name - Town Clerk's Department", numbered minutes in capitals ("1.
// APOLOGIES" over the apologies in a sentence, then declarations, the exclusion of the public,
// non-public minutes), "Reference 14/2025/P – City of London Police to …" as actions, no next
// meeting and a signature line; a OneNote page with its creation time ("09:47") under the title, an
// Outlook "Meeting Date: 09/06/2025 10:00" block, the invitation's agenda, the participants with
// their responses ("(Organizer)", "(Accepted)", "(Declined)", "(Tentative)"), tab-indented notes
// that give the bodies ("Round the table: Ngaire (London Councils), …"), "Apols:" and the
// note-taker, "To Do: London Councils - survey …" tags and "Next DMG Mon 7 July, same time, Teams";
// an attendance table by organisation ("ORGANISATION   ATTENDED   APOLOGIES", several people in a
// cell parted by ";", "-" for none, "Secretariat" as a row), "Date: 2025/09/10   Start: 1430hrs",
// items headed "Item 2 | 14:40 | Knife crime over the summer | Lead: MPS" over "Discussion:" /
// "Outcome:" blocks and "Action 2.1 - MPS - share …"; a Word draft with line numbering, every line
// prefixed by its number and the numbers restarting on page 2 (after a form feed and the running
// "DRAFT - SUBJECT TO APPROVAL" header), "Time: 10 am to 12 noon", "Place: …", "Members present" /
// "Also present" / "Apologies" as "Name, Post, Body", an action wrapped over two numbered lines and
// "Dates for your diary: Wednesday 14 January 2026 and Wednesday 15 April 2026, both 10 am, …"; a
// SharePoint list item exported as "Field: value" lines, person fields as "Surname, Given
// (Body);#118;#Surname, Given (Body);#204", "Agenda Items: 1. …;#2. …", the notes as rich text in
// one "<div class=\"ExternalClass…\"><p><strong>1. …</strong></p>…" line, "Next Meeting: 19/11/2025
// 14:00", created / modified stamps of the next day and a related actions list (ID / Title /
// Assigned To / Due Date / Status / Meeting Item); a Slack thread copied as text ("Name  4:07 PM"
// author lines, the meeting's own "3pm" in a bold "*DMG notes – Tue 4 Nov 2025, 3pm, Room 3.06, 169
// Union Street* :thread:" line, "Here:" and "Apols:", reaction counts ":eyes: 3", items as "*1.
// Actions from October* – …" messages, ":white_check_mark: *ACTION* MPS to …" and a Slackbot
// "Reminder: DMG – Tuesday 2 December 2025 at 3pm, …"). Answered as a clerk records them: the front
// matter's fields are the meeting's, whatever their keys; a comment and its marker are no part of
// the minutes; an Outlook response is no attendance (the notes' apologies are, and everyone else on
// the invite came); a City "Deputy" is an honorific; a line number is no part of its line; the
// SharePoint list's lookup ids are no part of a name and its people are "Given Surname"; a Slack
// author line and its clock time are no attendance and no meeting time.
// At 94457d2 (the session's start, PARSER_VERSION 100, scored 00:50 UTC): 51/171 facts right, 4
// extra; descriptions 21/128. Per file: 70 0/20 (descriptions 0/15), 71 11/21 (1 extra; 4/17), 72
// 23/28 (16/26), 73 13/20 (3 extra; 0/8), 74 0/24 (0/22), 75 0/21 (0/16), 76 0/19 (0/12), 77 4/18
// (1/12). One answer was then corrected, for the seeds' convention, not for the parser (which read
// it so from the start): 72's "1. APOLOGIES" is a numbered attendance heading, a section and no
// item (as round 1's "1. Apologies for absence" and the variants' 82): 72 23/27, the round 51/170
// at 94457d2.
// At 7fcfc4a (main at 01:56 UTC, PARSER_VERSION 112), 0142eeb (main at 02:15 UTC) and 64ad461
// (02:22 UTC, when the round was added, PARSER_VERSION 130): the same, 51/170 facts right, 4 extra,
// descriptions 21/128, file for file; the rules landed in between (for rounds 3, 7 and 8 and round
// 8's variants) read none of these layouts.
// What fails at 94457d2, by cause: no meeting read at all (4 files, 84 facts): a front matter whose
// body is in "group: DMG" and a quoted title (no body found, 20), a year-first slashed date
// "2025/09/10" (no date, 24), line numbers before every line (no date, no body, 21) and a
// SharePoint item that names its body only as "DMG" ("Meeting Records - DMG", "Title: DMG 22
// October 2025": no body, 19); attendees run on after "Attendees:" cut at the first comment marker,
// the other five kept as the first one's role (5), "[c]" read as a role; the City's "Deputy" lines
// lost (2) and "Alderman Professor", "Sheriff", "Alderman Sir" kept in the names (counted right as
// facts, whose descriptions then find no attendee: 3); Outlook responses read as roles and
// "(Declined)" / "(Tentative)" people as present (2 extra), the notes' "Apols:", bodies and
// note-taker not read (3 and 8 descriptions); Slack's "Here:" list not read (5); a comment marker
// kept in a title (1, 1 extra); OneNote's "Notes" read as an item (1 extra); Slack's "*1. Title* –
// …" messages not read as items (4); actions as "☐ MPS to …" under "Action items" (3), "Reference
// 14/2025/P – …" (2), "To Do: Owner - task" (3) and ":white_check_mark: *ACTION* …" (3) not read; a
// venue in a middle-dot header (1) and ":thread" kept in a venue (1); next meetings "Next DMG Mon 7
// July, same time, Teams" and a Slackbot reminder not read (2).
//
// Variants of round 9's files 71, 72, 73 and 77 by the helper round9p (tests/fixtures/layout-variants-9b,
// 5 files, written with their answers before any rule for those layouts, with other people, bodies
// and details): a Google Docs export with its comment markers on list lines one a line, on item
// titles, at the end of a sentence and of the next meeting's line, "Apologies:" run on with a marker
// after the first name, a DMG header "Tue 14 Oct 2025 · 10am–11.30am · Room 4.02, …" and resolved /
// reopened / assigned comment threads; the City of London's style with "Deputy" in the chair,
// "Alderwoman", "Chief Commoner", "Common Councilman", "Alderman Dame", a "Victims' Commissioner"
// in attendance as "Name - Post", officers by department, "Deputy" and "Sheriff" in the apologies'
// sentence and "Reference 21/2025/P – …" under two items (an outstanding-references item naming
// closed references in prose); a OneNote page whose Outlook responses are "(None)" and
// "(Tentative)" for people who came and "(Declined)" for two who sent apologies, "LCRB DMG" as its
// title, "… in the chair (MOPAC). … taking notes.", three "To Do: Owner - task" tags and "Next DMG
// Tue 9 Sept, same time and place"; a Teams chat copied with "[13:58] Name" lines, "Here:" /
// "Apols:", "1. Title - …" messages, "✅ ACTION: …" and "Next DMG Thu 6 Nov, same time, Teams"; a
// Slack thread of the Board with a "Here:" list of posts, "*1. Title* – …" messages,
// ":white_check_mark: *ACTION* …" and a Slackbot "Reminder: Next LCRB Wed 14 Jan, same time and
// place." At 3e2d1f9 (main at 03:45 UTC, PARSER_VERSION 134, before any rule): 49/98 facts right, 8
// extra; descriptions 23/75. Per file: 91 10/17 (3 extra; 7/13), 92 18/26 (2; 14/28), 93 12/20 (3;
// 0/8), 94 5/16 (1/12), 95 4/19 (1/14).
// Variants of round 9's four files that read no meeting (tests/fixtures/layout-variants-9a, 5 files
// by the helper round9w, written with their answers before any rule for those files, with other
// people, bodies, dates and details, so that a rule is seen to read the layout and not the one
// file; scored here as a subtotal of their own): a markdown page whose front matter is another
// tool's ("committee: London Crime Reduction Board", "meeting_date:", "start_time: \"2pm\"",
// "members:" as name / organisation / role maps, "officers:" and "apologies:" lists, "next_meeting:
// 2025-06-18 14:00", "next_venue:") over "## 1." headings and "> **Action 4:** …" blockquotes; an
// attendance table by organisation (ATTENDED / APOLOGIES, "-" for none, "Det Supt …; DI …" in one
// cell, a row with someone in both columns, "Secretariat" as a row) under "Date: 10.09.2025   Start:
// 1000hrs", items "Item 2 | 10:10-10:50 | Title | Lead: MPS" over "Discussion:" / "Outcome:" and
// "Action 2.1 - MPS - …", "Next meeting: 08.10.2025, 1000hrs, …"; an Organisation / Name / "Present
// (Y/N)" table (a member marked N is no attendee) under "Date: 2025/03/19   Time: 1000hrs"; a Word
// draft through pdftotext with its line numbers every fifth line only, restarting on page 2 under
// the running "DRAFT - NOT YET APPROVED", "NOTES OF THE MEETING HELD ON 4 FEBRUARY 2026", "Time:
// 12 noon to 1.30 pm", "Name (Body), Chair", actions wrapped and "Future dates: … and …, both at" |
// "12 noon, …"; a SharePoint list item for the LCRB with other person fields ("Members Present:",
// "Also Present:", "Secretary:", "Surname, Given (Body);#58;#…"), "Agenda Items:", a rich-text
// "Notes:" div and a related actions list.
// At 3e2d1f9 (main at 03:38 UTC, PARSER_VERSION 135, before any rule): 23/87 facts right, 5 extra;
// descriptions 15/59. Per file: 01 0/17 (no meeting: no body, date or time read from the keys), 02
// 9/19 (1 extra: "Det Supt Ambrose"; the cells of several people and the apologies column, the
// pipe items and their actions), 03 0/15 (no meeting: "2025/03/19" not read as a date), 04 5/18 (2
// extra: the numbered lines read as items, the attendance and the items lost), 05 9/18 (2 extra:
// the related actions list read as items; people after the first in a person field, the notes'
// items and actions, "Next Meeting:" not read).
// With the rules written for round 9's four files that read no meeting (PARSER_VERSION 152-160, the
// helper round9w; see parse/DESIGN.md), at 04:15 UTC: 81/87, 3 extra; descriptions 55/59. Per
// file: 01 17/17, 02 19/19, 03 15/15 (1 extra: a member marked N), 04 18/18, 05 12/18 (2 extra:
// its rich-text notes' items and actions and its related actions list not read). Round 9 51/170 ->
// 127/170: 70 20/20, 74 24/24, 75 21/21, 76 11/19 (1 extra, same causes as 05); rounds 1-8, 8a
// and 8b unchanged. 70, 74, 75 and the variants 01, 02, 04 are asserted whole by
// tests/corpus/golden/unseen.test.ts.
// With PARSER_VERSION 161-163 (a record's fields one a line, its related actions list, its notes
// as rich text): 87/87, 1 extra (03's member marked N: a Present (Y/N) column aligned with spaces
// is not read as marks); descriptions 55/59. Round 9's four files whole: 70 20/20, 74 24/24, 75
// 21/21, 76 19/19; 76 and the variants 05 join the assertions.
//
// A tenth round (tests/fixtures/unseen-minutes-10, 8 files, 78-85, by the helper heldout11 on
// 2026-12-07, written with their answers outside the repository and held back from everyone working
// on the parser until scored, so no rule was written for them; HELD OUT, scored here, not asserted
// by any test; its layouts checked against the file names of every earlier round and the variants,
// so none repeats one): the raw source of an e-mail (MIME headers with a "Date:" two days after the
// meeting, an encoded-word subject, a boundary, a base64 PDF attachment) whose notes are
// quoted-printable, with "=" soft line breaks inside words, names and venues, "=E2=80=93" dashes
// between each name and body, "=20" before line ends and CRLF; Welsh / English bilingual labels on
// a joint session's template ("Yn bresennol / Present:", "Ymddiheuriadau / Apologies:", "Eitem 2 /
// Item 2:  … / …", "Cam gweithredu / Action 2.1:", "Cyfarfod nesaf / Next meeting:"), the Welsh
// date first, bodies and roles written in both languages ("Heddlu De Cymru / South Wales Police",
// "(Cadeirydd / Chair)") and an interpreter's line that is no person; a secretariat's spreadsheet
// log exported as TSV, a header row, the meeting's own columns repeated on every row, a "Record
// type" column (Attendance / Item / Action / Next meeting), a status column and a quoted cell with
// a line break inside; attendance pasted from an invitation's address lines ('"Surname, Given
// (Body)" <address>; …', some display names "Given Surname <address>", a role after the address);
// an RTF-to-text export whose UTF-8 was read as Windows-1252 ("RenÃ©e", "Oâ€™Riordan", "Womenâ€™s"),
// hard-wrapped near 60 columns with hyphens breaking words ("Sec-" / "retary", "part-" / "nership")
// and the next meeting told only in the Chair's closing sentence; a DMG decisions and actions log
// with no narrative ("Meeting held: 22.04.2026 (Wed), 14:00–15:30", a quorum line, "Deputising: …
// for …", item titles inside a Decision table and wrapped in their column, a NOTED list after it);
// a slide deck exported to text ("Slide 1" …, "Who was there" as "Body: Name; Name" bullets, an
// Actions slide numbered "1. MPS – …", speaker "Notes:" that name a person); a Word form with
// underscored fill-in fields ("Date of meeting: ___15/07/2026___", "Minute taker: ___…___"), "☒
// Present ☐ Apologies" boxes after each numbered name, an empty row, "Others attending (name,
// organisation, item):", items and actions as fields, a signature line dated two days later and a
// form-number footer. Answered as a clerk records them: the decoded text (soft breaks joined,
// "=E2=80=93" a dash), the right characters for mojibake ("Renée", "O’Riordan"), the English half
// of a bilingual label, an organisation written in both languages accepted in either form, a
// spreadsheet row's own date, time and venue the meeting's, a ticked box the status, a signature
// and an e-mail's "Date:" no date of the meeting; a person named only in speaker notes or a domain
// name has no organisation from them.
// At 3e2d1f9 (the session's start, scored 03:50 UTC): 84/171 facts right, 15 extra; descriptions
// 46/150. Per file: 78 16/22 (5 extra; descriptions 9/20), 79 2/22 (0/20), 80 3/20 (0/16), 81
// 12/22 (0/17), 82 15/22 (3 extra; 12/20), 83 19/23 (3 extra; 20/21), 84 13/20 (2 extra; 4/18), 85
// 4/20 (2 extra; 1/18). No answer was changed after scoring.
// At f9a37fd (main at 05:55 UTC, when rebased to land): 85/171 facts right, 14 extra; descriptions
// 47/150; as at 3e2d1f9 but 78 17/22 (4 extra; 10/20), the abbreviated rank now read whole.
// What fails at 3e2d1f9, by cause: a transfer encoding left undone (quoted-printable escapes kept
// in organisations, soft breaks kept inside an action's words and a venue, a rank cut at its
// abbreviation); a bilingual "Welsh / English" label not read as a heading, so no attendance, item,
// action, time, venue or next meeting; a spreadsheet's rows not read as records (the whole first
// row read as the venue, nothing else); attendance as quoted address lines not read; mojibake kept
// in names and titles, and a name cut at a mis-decoded apostrophe; a next meeting told only in a
// closing sentence not read; item titles inside a decisions table not read, titles kept with their
// outcome after a colon and a table's heading read as an item; an organisation wrapped onto the
// next line lost; "Body: Name; Name" bullets not read as attendance, a slide number read as an
// action and speaker notes as attendance; a form's underscored fields and ticked boxes not read
// (the venue taken from the next field, the table of actions read as one action).
//
// Variants of round 10's files 78, 79, 81 and 82 by the helper round10a (tests/fixtures/layout-variants-10a,
// 6 files, 101-106, written with their answers before any rule for those layouts, with other people,
// bodies, dates and surface forms, so that a rule is seen to read the layout and not the one file):
// an e-mail's raw source, multipart/alternative, its text part quoted-printable with soft breaks at
// 72 columns (inside words, a venue, an action) and "=C3=A9" letters in names, beside an HTML part
// that repeats the notes; a single-part e-mail whose text is base64 under a "=?UTF-8?B?…?=" subject,
// "Name, Body (Chair)" lines; English / Welsh bilingual labels in the other order ("Present / Yn
// bresennol:", "Item 2 / Eitem 2 – Title / Teitl", "Action 2.1 / Cam gweithredu 2.1:"), a venue
// written whole in both languages and bodies with their Welsh name after a slash; Outlook address
// lines unquoted ("Surname, Given <address> (Chair);"), "Given Surname (Body) <address>", a rank
// after the comma, a single-quoted display name, each entry wrapped across lines at its semicolons
// and "Note taker: Name <address>"; UTF-8 read as Windows-1252 twice ("ÃƒÂ©", "Ã¢â‚¬â„¢") in a
// 72-column hard wrap with "sim-" | "plified" and the next meeting in "… the Group would meet again
// on …"; UTF-8 read as Latin-1 (C1 control characters for "’" and "–") in a 70-column wrap with
// "declara-" | "tions" and "… the next meeting of the Board would take place on …".
// At 46de3a1 (main at 06:21 UTC, PARSER_VERSION 166, before any rule): 43/111 facts right, 13
// extra; descriptions 4/87. Per file: 101 12/19 (2 extra; 3/14), 102 0/17 (no meeting; 0/12), 103
// 2/19 (2 extra; 0/16), 104 12/19 (1/15), 105 9/19 (5 extra; 0/16), 106 8/18 (4 extra; 0/14).
// With the rules written for round 10's 78, 79, 81, 82 (PARSER_VERSION 167-171, see parse/DESIGN.md):
// 109/111, 0 extra; descriptions 79/87 (101 19/19, 102 17/17, 103 19/19, 104 17/19, 105 19/19, 106
// 18/18); round 10 85/171 (14 extra) -> 127/171 (8): 78 22/22, 79 22/22 (1 extra), 81 22/22, 82 22/22.
// A second batch, 107-109, written after those rules and scored before any rule for it: a raw
// e-mail whose text part sits in a multipart/alternative inside a multipart/mixed, quoted-printable
// in windows-1252 ("=92", "=96"), beside its HTML copy and a .docx attachment; Welsh first again,
// with attendance labels without colons ("Presennol / Present"), numbered titles in both languages
// ("1. Camau gweithredu / Actions log"), bodies paired inside brackets and a sentence said twice;
// address lines whose names were read as Windows-1252 ('"Díaz, Supt Tomás (MPS)" <…>') and the
// next meeting in "… we agreed to meet next on …". At c491e34 (PARSER_VERSION 171): 38/44, 5 extra;
// descriptions 30/30. Per file: 107 16/17 (1 extra: an item title's "–" lost), 108 10/14 (4 extra:
// the numbered titles lost their numbers with their Welsh half), 109 12/13 (the next meeting).
// With the rules written for it (PARSER_VERSION 172-174: a windows-1252 part, a numbered title in
// both languages, "agreed to meet next"): 44/44, 0 extra. With 175 ("Marangoni, DCI Piers",
// "Sadiq-Brennan, Dr Evangeline" alone on a line) the whole set 155/155, 0 extra; descriptions
// 113/117 (left: "Secretariat" read as the body beside "MOPAC" in 103 and 105). Round 10 then:
// 127/171, 8 extra; descriptions 102/150 (78, 81, 82 whole; 79 22/22 with its interpreter's line
// read as an item); with 176, 127/171, 7 extra (79 22/22, 0 extra).
// Variants of round 10's files 80, 83, 84 and 85 by the helper round10b (tests/fixtures/layout-variants-10b,
// 6 files, 111-116, written with their answers before any rule for those layouts, with other people,
// bodies, dates and surface forms, so that a rule is seen to read the layout and not the one file):
// a spreadsheet log exported as CSV (CRLF) with the row type first, the meeting's columns last, cells
// quoted only where they hold a comma and a notes cell over two lines; a Board's record of decisions
// with a "Resolved" table whose item titles wrap in their column, "Date: 08.12.26 (Tues)", "Quorate:",
// "Substitute: X for Y", an actions table and "MATTERS NOTED" titles with their outcome after a
// colon; a slide deck with "Slide 2 of 7" at the line's end, "- Body – Name, Name" attendees,
// "Not able to attend", "Speaker notes:" naming people and "1) MPS – …" actions; a form with
// "[X] Attended [ ] Apologies" boxes after "Name: ____…____ Organisation: ____…____", an empty row,
// "Item: ____1____ Subject: ____…____" fields, actions as labelled fields and a signature date; a DMG
// log of outcomes with "Agreed D27/01 (item 3 – Title): …" and "Resolved …" lines, "Sitting in: X for
// Y", actions "A27/01 (item 2) – Owner – task – date" and a NOTED list; a TSV log with the meeting's
// columns first, a "Kind" column, an action's quoted text over two lines and a "Next" row.
// At 46de3a1 (the session's start, before any rule): 48/106 facts right, 10 extra; descriptions
// 35/80. Per file: 111 3/18 (1 extra; 0/14), 112 17/21 (2; 16/17), 113 10/17 (6/12), 114 3/16 (2;
// 0/12), 115 12/18 (5; 13/13), 116 3/16 (0/12).
// With PARSER_VERSION 177 (167 before rebasing on round10a's 167-176; a spreadsheet log read by its columns, record-log.ts): round 10 85/171 ->
// 102/171 (80 20/20, descriptions 15/16 -> 16/16 with the role column); variants 10b 48/106 ->
// 76/106, 9 extra (111 18/18, 116 16/16).
// With PARSER_VERSION 178 (168 before rebasing on round10a's 167-176; a slide deck: slide numbers, its titles, "Body – Name, Name", speaker
// notes): round 10 102/171 -> 109/171, 12 extra (84 20/20, descriptions 17/18); variants 10b 76 ->
// 83/106 (113 17/17).
// With PARSER_VERSION 179 (169 before rebasing on round10a's 167-176; a Word form: fill-in rules, parts, check boxes, item and action fields,
// a signature's date): round 10 109/171 -> 125/171, 10 extra (85 20/20, descriptions 17/18);
// variants 10b 83 -> 96/106, 7 extra (114 16/16).
// With PARSER_VERSION 180 (170 before rebasing on round10a's 167-176; a decisions log's items named in its records, an outcome after a title's
// colon): round 10 125/171 -> 129/171, 7 extra (83 23/23); variants 10b 96 -> 104/106, 2 extra (112
// 21/21, 115 16/18).
// With PARSER_VERSION 181 (171 before rebasing on round10a's 167-176; actions listed reference first): variants 10b 104 -> 106/106, 0 extra
// (115 18/18); round 10 unchanged, 129/171.
//
// A second batch of variants of round 10's layouts by round10b (tests/fixtures/layout-variants-10b-2,
// 3 files, 117-119), written with their answers after PARSER_VERSION 177-181 (167-171 before rebasing) and scored before any
// rule was touched for them, to see whether those rules read the layouts or only the files: a TSV
// log whose kind column is titled "Entry" with kinds "Present", "Apology", "Agenda", "Action point",
// "Next" and a quoted notes cell over two lines; slides exported with "--- Slide 3 ---" markers,
// "Name (Body) – Chair" bullets under "Attendance", "1. Title" slides, "Presenter notes:" naming
// people and "Next steps" with "Owner: task" bullets; a typed-up paper form with "☑ Yes ☐ No" under
// "Attended?", "Place:" for the venue, "Topic no.: 1   Topic: …" fields, a "Ref. Topic Owner Action
// By" table of underscored cells and "Signed off (Chair)". At a4692ac (PARSER_VERSION 171, now 181): 20/42
// facts right, 2 extra; descriptions 19/30. Per file: 117 0/14 (no meeting: the kind column's
// title "Entry" is not read as one), 118 10/15 (items and the "Next steps" actions not read), 119
// 10/13 (2 extra: "Place:" kept in the next meeting's venue, the header's venue and the action's
// item not read).
// With PARSER_VERSION 182 (172 before rebasing on round10a's 167-176; written after that score, from what it showed): 41/42, 1 extra; 117 14/14,
// 118 15/15, 119 12/13 (the actions table's "Topic" column not read as the item); descriptions 29/30.
// Round 10 with round10a's rules (PARSER_VERSION 167-176) and round10b's (177-182) together: 171/171
// facts right, 0 extra; descriptions 147/150 (left: 83's wrapped body, 84's "Chair:" before a post,
// 85's minute taker's job).
//
// An eleventh round (tests/fixtures/unseen-minutes-11, 8 files, 86-93, by the helper heldout12 on
// 2026-12-07, written with their answers outside the repository and held back from everyone working
// on the parser until scored, so no rule was written for them; HELD OUT, scored here, not asserted
// by any test; its layouts checked against the file names of every earlier round and the variants,
// so none repeats one): a scanned note through OCR with its character confusions ("2O26", "l4",
// "4.O2", "CIlr", item "S." for 5, action "26/Ol"), letter-spaced headings ("P R E S E N T",
// "A P O L O G l E S"), a running footer and a scanner's stamp dated two days later; minutes with a
// contents page (dotted leaders, page numbers), a "Status: Approved at the meeting of …" line, a
// distribution list that is no attendance, the attendance in Annex A, the actions in an Annex B
// table whose cells wrap, and a glossary annex; a verbatim transcript of a public session (members
// with their posts, "Guests:" by item, speakers in capitals, "[The meeting started at 10.00am]",
// apologies only in the Chair's words, "Summary of actions" as "A1  Owner: text (item 3)" and a
// yearless next meeting spoken by the Chair); an iCalendar export of the meeting's invitation
// (CRLF, lines folded at 75 octets, "DTSTART;TZID=GMT Standard Time:20260325T143000", a DTSTAMP
// of the next day, ATTENDEE lines with PARTSTAT, the notes in a DESCRIPTION escaped with "\n",
// "\," and "\;"); a memorandum (To / From / Date / Subject / cc, the memo two days after the
// meeting, paragraphs numbered through it, the time and venue in the first paragraph, attendance
// as "For the Metropolitan Police Service: …" sentences with a substitute "represented by …",
// items as "Item 2 – Title. text" inside numbered paragraphs, "Action (MPS): …"); notes whose
// attendance is only a typed-up sign-in sheet at the end (Name / Organisation / Role / Signature,
// "[signature]" or blank, a role wrapped onto the next line, a row "added by hand") with
// "Apologies received by the secretariat before the meeting: …"; pandoc's markdown of a Word draft
// with --track-changes=all ("[9]{.deletion author=… date=…}[8]{.insertion …}" in the date, venue,
// an organisation, a title and an action's owner, a member's line deleted from Present and
// inserted under Apologies, a comment anchor, "--" for an en dash); Unicode box-drawing tables
// ("╔═╗", "┌─┬─┐", a "╞═╪═╡" header rule) for the header's fields, the attendance (Present /
// Apologies / "Present (deputy for …)" / "In attendance (item 3)") and the actions, "Thu
// 12-Mar-26", "1400–1530hrs" and "Next DMG: Thu 09-Apr-26, 1400hrs, …". Answered as a clerk
// records them: the OCR's characters read right ("Room 4.02", "Cllr", item 5), changes accepted
// and deletions dropped, a transcript's stated start the meeting's time, the invitation's
// DESCRIPTION the minutes (a PARTSTAT is no attendance; DTSTAMP no date), a distribution list or
// a glossary no attendance, a blank signature with no apology no attendee, a guest for one item
// and a secretariat in attendance, "(notes)" on a note-taker no role.
// At 46de3a1 (the session's start, scored 06:32 UTC): 82/172 facts right, 12 extra; descriptions
// 60/144. Per file: 86 0/21 (descriptions 0/18), 87 20/23 (1 extra; 20/20), 88 16/23 (2 extra;
// 14/20), 89 0/19 (0/15), 90 8/23 (2 extra; 5/22), 91 19/22 (3 extra; 10/18), 92 12/22 (3 extra;
// 11/17), 93 7/19 (1 extra; 0/14). No answer was changed after scoring.
// At 1f55cc7 (main at 08:15 UTC, PARSER_VERSION 176), 990c697 (08:26 UTC) and 02ce80e (08:38
// UTC, PARSER_VERSION 183, when rebased to land): the same, 82/172 facts right, 12 extra, descriptions 60/144, file for file; the rules
// landed in between (for round 10 and its variants) read none of these layouts.
// What fails at 46de3a1, by cause: OCR's letters for digits in the date ("l4 January 2O26") so no
// date is read and the whole file is lost; an action log in an annex table not read, and an annex
// heading read as a person sending apologies; a start time told in a bracketed procedural note not
// read, guests listed under "Item 3:" read as an item and not as people, apologies told only in
// speech not read, a summary of actions as "A1  Owner: text (item 3)" kept whole as one action
// with no owner; an iCalendar export not read at all (a basic-format DTSTART, the notes in an
// escaped, folded DESCRIPTION); the time and venue in a memo's first paragraph not read,
// attendance in "For the X: …" sentences read for the first name only with "For the X" as the
// body, items inside numbered paragraphs ("7.  Item 1 – Title. …") and "Action (Owner): …" not
// read, the first paragraph read as an item; a sign-in sheet's blank signature read as present
// (an extra), an apology listed in the sheet read as present, "[signature]" kept in roles, a role
// wrapped onto its next line losing the person; track-change spans kept in names, bodies, titles
// and actions, a change's own date and time read as the meeting's, inserted list lines not read
// as people, a next meeting with a change inside not read; box-drawing tables not read (no time,
// venue or attendance) and the actions table read as one action.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dirs = process.argv[2]
  ? [process.argv[2]]
  : [
      "unseen-minutes",
      "unseen-minutes-2",
      "unseen-minutes-3",
      "unseen-minutes-4",
      "unseen-minutes-5",
      "unseen-minutes-6",
      "unseen-minutes-7",
      "unseen-minutes-8",
      "unseen-minutes-9",
      "unseen-minutes-10",
      "unseen-minutes-11",
      "layout-variants-8a",
      "layout-variants-8b",
      "layout-variants-9a",
      "layout-variants-9b",
      "layout-variants-10a",
      "layout-variants-10b",
      "layout-variants-10b-2",
    ].map((name) => join(root, "tests", "fixtures", name));
const modules = process.argv[3] ?? join(root, ".bench-build", "src");
const { parseMinutes } = await import(
  pathToFileURL(join(modules, "corpus", "parse", "index.js")).href
);
const verbose = process.env.VERBOSE === "1";

const MINUTES_FILE = /\.(txt|md)$/i;

/** Wanted and got as keys; each wanted key matched at most once. */
function matchKeys(wanted, got) {
  const left = [...got];
  const right = [];
  const missing = [];
  for (const key of wanted) {
    const at = left.indexOf(key);
    if (at >= 0) {
      left.splice(at, 1);
      right.push(key);
    } else missing.push(key);
  }
  return { right, missing, extra: left };
}

const attendeeKey = (a) =>
  `attendee ${a.honorific ? `${a.honorific} ` : ""}${a.name} [${a.status}]`;
const itemKey = (i) => `item ${i.number ?? "-"} ${i.title}`;
const meetingKey = (m) => `next ${m.body} ${m.date} ${m.time ?? "-"} ${m.venue ?? "-"}`;

/** An action matches when id, item and owner (if wanted) agree and its text starts as wanted. */
function matchActions(wanted, got) {
  const left = [...got];
  const right = [];
  const missing = [];
  for (const w of wanted) {
    const at = left.findIndex(
      (a) =>
        a.id === w.id &&
        a.item === w.item &&
        a.text.startsWith(w.textStart) &&
        (w.owner === undefined || a.owner === w.owner),
    );
    const key = `action ${w.id ?? "-"} (item ${w.item ?? "-"}) ${w.textStart}`;
    if (at >= 0) {
      left.splice(at, 1);
      right.push(key);
    } else missing.push(key);
  }
  return {
    right,
    missing,
    extra: left.map((a) => `action ${a.id ?? "-"} (item ${a.item ?? "-"}) ${a.text.slice(0, 50)}`),
  };
}

// Who an attendee is with, and as what, scored apart from the facts above so that their totals
// stay comparable across rounds: an answer's attendee may carry "organisation" (the body the
// minutes write with that person, or null when they write none) and "role" (their post or seat as
// written, null when the entry gives none; left out where the minutes leave it unclear, as a chair
// named only by the label over the list). Each is one description fact, matched on the attendee of
// the same name. Compared case-, spacing- and punctuation-insensitively ("NHS England (London)" is
// "NHS England London", "MOPAC" is "mopac"), and a role's "chair" may stand anywhere in it ("Chair,
// Deputy Mayor for Policing and Crime" is "Deputy Mayor for Policing and Crime (Chair)"). An
// abbreviation is never its expansion ("MPS" is not "Metropolitan Police Service") unless the
// minutes themselves say so, and then the answer lists both: "organisation": ["LC", "London Councils"].
const plainWords = (text) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const plainOrganisation = (text) => (text === null ? "-" : plainWords(text));
function plainRole(text) {
  if (text === null) return "-";
  const words = plainWords(text).split(" ");
  const chair = words.filter((w) => w === "chair");
  return [...words.filter((w) => w !== "chair"), ...chair].join(" ");
}

function scoreDescriptions(wanted, got) {
  const facts = { right: [], missing: [] };
  const left = [...got];
  for (const w of wanted) {
    const hasOrganisation = "organisation" in w;
    const hasRole = "role" in w;
    if (!hasOrganisation && !hasRole) continue;
    let at = left.findIndex((a) => a.name === w.name && a.status === w.status);
    if (at < 0) at = left.findIndex((a) => a.name === w.name);
    const a = at >= 0 ? left.splice(at, 1)[0] : undefined;
    if (hasOrganisation) {
      const forms = (Array.isArray(w.organisation) ? w.organisation : [w.organisation]).map(
        plainOrganisation,
      );
      const key = `organisation of ${w.name}: ${JSON.stringify(w.organisation)}`;
      if (a && forms.includes(plainOrganisation(a.organisation))) facts.right.push(key);
      else
        facts.missing.push(`${key} (read ${a ? JSON.stringify(a.organisation) : "no attendee"})`);
    }
    if (hasRole) {
      const key = `role of ${w.name}: ${JSON.stringify(w.role)}`;
      if (a && plainRole(a.role) === plainRole(w.role)) facts.right.push(key);
      else facts.missing.push(`${key} (read ${a ? JSON.stringify(a.role) : "no attendee"})`);
    }
  }
  return facts;
}

function score(file, text, want) {
  const meeting = parseMinutes(text, file).meeting;
  const facts = { right: [], missing: [], extra: [] };
  const add = (part) => {
    facts.right.push(...part.right);
    facts.missing.push(...part.missing);
    facts.extra.push(...part.extra);
  };
  for (const field of ["body", "date", "time", "venue"]) {
    const key = `${field} ${want[field]}`;
    if (meeting && meeting[field] === want[field]) facts.right.push(key);
    else facts.missing.push(`${key} (read ${meeting ? meeting[field] : "no meeting"})`);
  }
  add(matchKeys(want.attendees.map(attendeeKey), meeting?.attendees.map(attendeeKey) ?? []));
  add(matchKeys(want.items.map(itemKey), meeting?.items.map(itemKey) ?? []));
  add(matchActions(want.actions, meeting?.actions ?? []));
  add(matchKeys(want.nextMeetings.map(meetingKey), meeting?.nextMeetings.map(meetingKey) ?? []));
  return { facts, descriptions: scoreDescriptions(want.attendees, meeting?.attendees ?? []) };
}

let right = 0;
let total = 0;
let extra = 0;
let fileCount = 0;
let descriptionsRight = 0;
let descriptionsTotal = 0;
const describedAs = (right, total) => (total ? `; descriptions ${right}/${total}` : "");
for (const dir of dirs) {
  const files = readdirSync(dir)
    .filter((name) => MINUTES_FILE.test(name))
    .sort();
  let dirRight = 0;
  let dirTotal = 0;
  let dirExtra = 0;
  let dirDescriptionsRight = 0;
  let dirDescriptionsTotal = 0;
  for (const file of files) {
    const want = JSON.parse(
      readFileSync(join(dir, file.replace(MINUTES_FILE, ".expected.json")), "utf8"),
    );
    if (want.meeting === null) continue;
    const { facts, descriptions } = score(file, readFileSync(join(dir, file), "utf8"), want);
    const count = facts.right.length + facts.missing.length;
    const described = descriptions.right.length + descriptions.missing.length;
    dirRight += facts.right.length;
    dirTotal += count;
    dirExtra += facts.extra.length;
    dirDescriptionsRight += descriptions.right.length;
    dirDescriptionsTotal += described;
    console.log(
      `${file}: ${facts.right.length}/${count}${facts.extra.length ? `, ${facts.extra.length} extra` : ""}${describedAs(descriptions.right.length, described)}`,
    );
    for (const m of facts.missing) console.log(`    missing ${m}`);
    for (const e of facts.extra) console.log(`    extra   ${e}`);
    for (const m of descriptions.missing) console.log(`    wrong   ${m}`);
    if (verbose)
      for (const r of [...facts.right, ...descriptions.right]) console.log(`    right   ${r}`);
  }
  if (dirs.length > 1)
    console.log(
      `  ${basename(dir)}: ${dirRight}/${dirTotal} facts right, ${dirExtra} extra${describedAs(dirDescriptionsRight, dirDescriptionsTotal)}\n`,
    );
  descriptionsRight += dirDescriptionsRight;
  descriptionsTotal += dirDescriptionsTotal;
  right += dirRight;
  total += dirTotal;
  extra += dirExtra;
  fileCount += files.length;
}
console.log(
  `layouts: ${right}/${total} facts right (${((100 * right) / Math.max(total, 1)).toFixed(1)}%), ${extra} extra, ${fileCount} files${describedAs(descriptionsRight, descriptionsTotal)}`,
);
