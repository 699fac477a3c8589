import type { PdfSpec } from "./pdf-fixtures.js";

// Two minutes PDFs made from lines of the seed minutes (corpus/004 and corpus/000), laid out as
// published PDFs are: the 2015 Board minutes in one column with an attendance table, the 2020
// Delivery Management Group notes in two columns. Both run over two pages with a running header
// and a footer, and break words with hyphens at line ends.

const H = 10; // the space a heading leaves above it

/** corpus/004 in one column: a name/role table, "ITEM n." headings, a paragraph across the page break. */
export const ONE_COLUMN: PdfSpec = {
  header: "London Crime Reduction Board – Minutes – 10 March 2015",
  footer: "Page {n} of {m}",
  pages: [
    {
      lines: [
        { text: "London Crime Reduction Board", size: 16, bold: true },
        { text: "Minutes of Meeting", bold: true, before: 4 },
        { text: "Tuesday 10 March 2015, 3:30 Mayor's Office, City Hall, GLA", before: 4 },
        { text: "Present", bold: true, before: H },
        {
          cells: [
            [0, "Mayor Boris Johnson"],
            [200, "Chair"],
          ],
        },
        {
          cells: [
            [0, "Stephen Greenhalgh"],
            [200, "DMPC, MOPAC"],
          ],
        },
        {
          cells: [
            [0, "Helen Bailey"],
            [200, "COO, MOPAC"],
          ],
        },
        {
          cells: [
            [0, "Deputy Commissioner Craig Mackey"],
            [200, "Metropolitan Police Service (MPS)"],
          ],
        },
        {
          cells: [
            [0, "John O'Brien"],
            [200, "CEO, London Councils"],
          ],
        },
        {
          cells: [
            [0, "Cllr Lib Peck"],
            [200, "LB Lambeth"],
          ],
        },
        {
          cells: [
            [0, "Baljit Ubhey"],
            [200, "Crown Prosecution Service"],
          ],
        },
        {
          cells: [
            [0, "Kate Gilbert"],
            [200, "Probation"],
          ],
        },
        { text: "Officers", bold: true, before: H },
        {
          cells: [
            [0, "Dan Hales"],
            [200, "MOPAC"],
          ],
        },
        {
          cells: [
            [0, "Doug Flight"],
            [200, "London Councils"],
          ],
        },
        { text: "ITEM 1. Welcome and Introductions", bold: true, before: H },
        {
          text: "The Chair, Mayor Johnson welcomed the Board members and opened the meeting.",
          before: 4,
        },
        { text: "ITEM 2. Minutes Of Last Meeting/Actions (15 September)", bold: true, before: H },
        {
          text: "The minutes were agreed as a true and accurate record of the meeting. There were no",
          before: 4,
        },
        "outstanding actions.",
        { text: "ITEM 3. Counter Terrorism", bold: true, before: H },
        {
          text: "1. Taking as its basis that London has the highest CT threat and vulnerability of any UK",
          before: 4,
        },
        "City the Board discussed proposals contained in the presentation paper. Overall informa-",
        "tion sharing was seen as a key element in future work.",
        {
          text: "2. The Board discussed the proposed new model for London – the London-wide CONTEST",
          before: 6,
        },
        "Board. This would be separate to the LCRB and would be co-chaired by the DMPC and the",
        "chair of London Councils. It would be supported by the London Prevent Board (chaired by",
      ],
    },
    {
      lines: [
        "Martin Esom). This was agreed by the Board. The details will be worked up outside the LCRB.",
        {
          text: "Action 1: Partners from MOPAC, MPS, London Councils, Health and MoJ/HO will meet to",
          before: 6,
        },
        "design and create a new London-Wide CT CONTEST Board.",
        { text: "ITEM 4 – Public Service Reform.", bold: true, before: H },
        {
          text: "3. The MOPAC COO and the CEO of London Councils presented a paper to the Board. This",
          before: 4,
        },
        "paper showed that significant work has already been done by the Mayor's Office, London",
        "Councils and partners on public services working together to limit the effects of increas-",
        "ing financial constraints.",
        { text: "ITEM 5 Any other business", bold: true, before: H },
        {
          text: "4. Following the publication of an article in a newspaper, the Mayor raised the issue of",
          before: 4,
        },
        "police corruption.",
        { text: "Date of next LCRB meeting: 9 June 2015. 12:00pm at City Hall", before: H },
      ],
    },
  ],
};

/** corpus/000 in two columns under a full-width heading, page numbers alone in the footer. */
export const TWO_COLUMNS: PdfSpec = {
  header: "Delivery Management Group – 8 June 2020",
  footer: "{n}",
  pages: [
    {
      lines: [
        { text: "London Crime Reduction Board", size: 16, bold: true },
        { text: "Delivery Management Group", size: 14, bold: true, before: 4 },
        { text: "Public record of meeting", before: 4 },
        { text: "Monday 8 June 2020, 14:00, MS Teams", before: 4 },
        { text: "", before: 6 },
      ],
      columns: [
        [
          { text: "Group", bold: true },
          "Sophie Linden, DMPC (Co-chair)",
          "Sir Stephen House, MPS (Co-chair)",
          "Diana Luchford, CEO, MOPAC",
          "Claire Waxman, Victims Commissioner",
          "Colin Allars, Youth Justice Board",
          "Barry Hughes, CPS",
          { text: "Officers", bold: true, before: H },
          "Andy Davis, MOPAC",
          "Tony Hawker, MOPAC",
          { text: "Agenda Item 1: Minutes and Actions", bold: true, before: H },
          { text: "The detailed notes were approved. The", before: 4 },
          "actions from the February DMG meeting",
          "were all closed.",
          { text: "Agenda Item 2: Community Relations", bold: true, before: H },
          { text: "The Deputy Commissioner gave a brief", before: 4 },
          "update on the recent disorder, the causes",
          "and the police response. Effort was being",
          "made by the Met to increase community en-",
          "gagement with offenders.",
        ],
        [
          { text: "Agenda Item 3: COVID-19 Recovery", bold: true },
          { text: "The Group was updated on the means of", before: 4 },
          "recovery and renewal post COVID and the",
          "work of the London Recovery Board. The",
          "Group heard updates from Probation, the",
          "CPS and HMCTS on the recovery of ser-",
          "vices, backlog and the roll out of tech-",
          "nology.",
          { text: "Agenda Item 4: Police and Crime Plan", bold: true, before: H },
          { text: "The deferral of the mayoral election has", before: 4 },
          "meant that the latest the Police and Crime",
          "Plan could be published was March 2022.",
          { text: "Work on the next PCP was underway", before: 6 },
          "along with conversations with partners",
          "on the evidence base.",
        ],
      ],
    },
    {
      columns: [
        [
          { text: "Agenda Item 5: Any Other Business", bold: true },
          { text: "There was no other business.", before: 4 },
        ],
        [
          { text: "Date of next meetings", bold: true },
          { text: "LCRB meeting: 8 July 2020", before: 4 },
          "DMG meeting: 7 September 2020",
        ],
      ],
    },
  ],
};
