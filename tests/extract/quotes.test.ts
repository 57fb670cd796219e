/** Tests of the quote and speaker extractor. */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const quotes = (text: string) => extract(text).quotes.map((q) => [q.text, q.speaker]);

describe('quotes and speakers', () => {
  it('attributes by name, title and pronoun, with the fullest name given', () => {
    const text =
      'Health Minister Dr. Amina Mohammed Okafor signed the pandemic agreement. ' +
      '“This protects our children,” Okafor said. “We will ratify it within a year,” she added.\n' +
      'WHO Director-General Tedros Adhanom Ghebreyesus called it “a generational achievement.”';
    expect(quotes(text)).toEqual([
      ['This protects our children,', 'Amina Mohammed Okafor'],
      ['We will ratify it within a year,', 'Amina Mohammed Okafor'],
      ['a generational achievement.', 'Tedros Adhanom Ghebreyesus'],
    ]);
  });

  it('takes the person after a place and a role noun, and the office of a named person', () => {
    const text =
      '“The river is full of bottles,” said Red Hook resident Ana Ruiz, who fishes there. Ruiz, 61, has lived there for decades.\n' +
      '“We will not be rushed,” Ruiz said.\n' +
      'Chilean Foreign Minister Alberto van Klaveren’s office said the country “will sign when ready.”';
    expect(quotes(text)).toEqual([
      ['The river is full of bottles,', 'Ana Ruiz'],
      ['We will not be rushed,', 'Ana Ruiz'],
      ['will sign when ready.', 'Alberto van Klaveren’s office'],
    ]);
  });

  it('leaves an owner before the speaker’s name out of it', () => {
    expect(quotes('“This is surveillance by another name,” said Amnesty’s Rasha Abdul Rahim.')).toEqual([
      ['This is surveillance by another name,', 'Rasha Abdul Rahim'],
    ]);
  });

  it('reads British quotations in plain single marks, apostrophes inside, and not possessives', () => {
    expect(
      quotes("'We haven't finished reading it,' said Dr Maria Lopes of the WHO. The countries' delegates left."),
    ).toEqual([["We haven't finished reading it,", 'Maria Lopes']]);
  });

  it('reads curly single marks with apostrophes inside words', () => {
    expect(
      quotes(
        '‘The union’s strength is its platform,’ says Ana Ruiz, a researcher. ‘It’s uneven from one state to the next.’',
      ),
    ).toEqual([
      ['The union’s strength is its platform,', 'Ana Ruiz'],
      ['It’s uneven from one state to the next.', 'Ana Ruiz'],
    ]);
  });

  it('reads a titled speaker after the verb past the title’s period', () => {
    expect(quotes('“Universal adherence is still far off,” said Dr. Lena Haugland, the head of policy.')).toEqual([
      ['Universal adherence is still far off,', 'Lena Haugland'],
    ]);
  });

  it('reads speakers after the verb and “according to”', () => {
    expect(quotes('“Plastic is choking our oceans,” said Environment Minister Inger Andersen.')).toEqual([
      ['Plastic is choking our oceans,', 'Inger Andersen'],
    ]);
    expect(quotes('According to Maria Lopez, “the deal opens markets for farmers across the region.”')).toEqual([
      ['the deal opens markets for farmers across the region.', 'Maria Lopez'],
    ]);
    expect(quotes('“The text is balanced and fair,” the ministry said in a statement.')).toEqual([
      ['The text is balanced and fair,', 'the ministry'],
    ]);
  });

  it('splits a quote broken by its attribution and keeps the speaker', () => {
    const text =
      'Trade envoy Kofi Mensah spoke. “It is a start,” Mensah said. “But much remains to be done before the vote.”';
    expect(quotes(text)).toEqual([
      ['It is a start,', 'Kofi Mensah'],
      ['But much remains to be done before the vote.', 'Kofi Mensah'],
    ]);
  });

  it('skips scare quotes and titles', () => {
    expect(
      quotes('Members of the “Five Eyes” alliance and the “Quad” met to discuss the “Global Digital Compact” report.'),
    ).toEqual([]);
    expect(quotes('The information is provided “as is” without warranty.')).toEqual([]);
    expect(
      quotes('UNODC published a report titled “Cybercrime in the digital age: new threats and old gaps” on Monday.'),
    ).toEqual([]);
  });

  it('keeps a long unattributed quote with no speaker', () => {
    expect(quotes('“Nothing about us without us is the principle we follow,” read a banner.')).toEqual([
      ['Nothing about us without us is the principle we follow,', null],
    ]);
  });
});

describe('speakers introduced before the quote', () => {
  it('reads a colon introduction in the sentence or paragraph before', () => {
    const text =
      'Foreign Minister Penny Wong spoke after the vote. She told delegates:\n“Our region cannot wait another decade for action.”';
    expect(quotes(text)).toEqual([['Our region cannot wait another decade for action.', 'Penny Wong']]);
  });
});

describe('short quoted words', () => {
  it('are quotes only when someone says them', () => {
    expect(quotes('He said the “Five Eyes” alliance would respond.')).toEqual([]);
    expect(quotes('Members of the “Quad” said on Monday they would sign.')).toEqual([]);
    expect(quotes('Minister Ana Ruiz called the vote “a betrayal.”')).toEqual([['a betrayal.', 'Ana Ruiz']]);
    expect(quotes('“Never again,” said Ana Ruiz.')).toEqual([['Never again,', 'Ana Ruiz']]);
  });
});

describe('speakers named by their office', () => {
  it('resolves "the minister" to the person introduced with that office', () => {
    const text =
      'Trade Minister Ngozi Adeyemi and envoy Lars Berg met in Geneva. “The pact opens new markets,” the minister said. ' +
      '“We are not there yet,” the envoy said. “Talks will go on,” the spokesperson said.';
    expect(quotes(text)).toEqual([
      ['The pact opens new markets,', 'Ngozi Adeyemi'],
      ['We are not there yet,', 'Lars Berg'],
      ['Talks will go on,', 'the spokesperson'],
    ]);
  });
});

describe('quotes running over paragraphs', () => {
  it('takes a paragraph left open and reopened as a quote by the same speaker', () => {
    const text =
      'Minister Sara Lind spoke in Oslo.\n“The ocean has no borders, and neither does its pollution.\n“We need every country on board,” Lind said.';
    expect(quotes(text)).toEqual([
      ['The ocean has no borders, and neither does its pollution.', 'Sara Lind'],
      ['We need every country on board,', 'Sara Lind'],
    ]);
  });
});

describe('speakers across appositions, labels and pronouns', () => {
  it('reads the name an apposition describes, after the quote and before it', () => {
    const after = '“The rules are clear,” Lena Ortiz, the envoy of the island states, one of the sponsors, said.';
    expect(quotes(after)).toEqual([['The rules are clear,', 'Lena Ortiz']]);
    expect(quotes('Omar Haddad, the agency’s director general, said: “We will publish every report.”')).toEqual([
      ['We will publish every report.', 'Omar Haddad'],
    ]);
  });

  it('gives "he" to the person quoted last, not to a body named since', () => {
    const text =
      '“The momentum is real,” said Dr. KIM Soo-ah, head of the agency. The Framework Convention on Salt Control ' +
      '(FCSC) was opened. “We expect more countries before the summer,” he added.';
    expect(quotes(text).map(([, s]) => s)).toEqual(['KIM Soo-ah', 'KIM Soo-ah']);
  });

  it('names a body by its full name', () => {
    expect(quotes('“This ruling protects every coastal village,” said Ocean Justice International.')).toEqual([
      ['This ruling protects every coastal village,', 'Ocean Justice International'],
    ]);
  });
});

describe('quotation marks', () => {
  it('pairs mixed marks without swallowing the next quote', () => {
    const text = '"The treaty is a start,” said Ana Ruiz. "We will ask parliament to ratify it next month."';
    expect(quotes(text)).toEqual([
      ['The treaty is a start,', 'Ana Ruiz'],
      ['We will ask parliament to ratify it next month.', 'Ana Ruiz'],
    ]);
  });

  it('reads German low-high marks', () => {
    expect(quotes('Ana Ruiz said:\n„Every state in the region should now sign the text.“').map(([t]) => t)).toEqual([
      'Every state in the region should now sign the text.',
    ]);
  });

  it('takes no transcript paragraphs that open a mark and never close one', () => {
    const text =
      '"HOST: Welcome back to the programme tonight.\n\n"GUEST: Thank you for having me on the show.\n\n' +
      '"HOST: So tell us.';
    expect(quotes(text)).toEqual([]);
  });

  it('takes a quote over paragraphs with blank lines between, when it closes', () => {
    const text = '“We worked for years,” said Senator Ruth Okoro. “It took patience.\n\n“Today the vote is done.”';
    expect(quotes(text).map(([, s]) => s)).toEqual(['Ruth Okoro', 'Ruth Okoro', 'Ruth Okoro']);
  });
});

describe('pronouns and the people they can stand for', () => {
  it('gives "she" to the last person the article calls she, past a man named since', () => {
    const text =
      'Ms. Lena Ortiz opened the session. “We are close to a deal,” she said. Her deputy, Mr. Omar Haddad, nodded.\n' +
      '“Nobody will be left behind,” she added.';
    expect(quotes(text).map(([, s]) => s)).toEqual(['Lena Ortiz', 'Lena Ortiz']);
  });
});

describe('terms a labelling verb gives', () => {
  it('keeps a labelled phrase that ends a spoken sentence as a quotation', () => {
    const text = 'Senator Ruth Okoro branded the plan “a betrayal of every farmer,” and walked out of the hall.';
    expect(quotes(text)).toEqual([['a betrayal of every farmer,', 'Ruth Okoro']]);
  });

  it('keeps a characterisation after "called" as the speaker’s words', () => {
    expect(quotes('Minister Tom Hale called the vote “a turning point” for the region.')).toEqual([
      ['a turning point', 'Tom Hale'],
    ]);
  });
});

describe('straight marks that close a passage', () => {
  it('does not open a passage at a mark right after a word and before a space', () => {
    const text =
      'The letter gave "a full review of his systems" including the heart, and "the rest" was never released.';
    expect(extract(text).quotes.map((q) => q.text)).not.toContain(' including the heart, and ');
  });
});

describe('statements without a named speaker', () => {
  it('leaves a statement to a person the article opens with', () => {
    const text =
      'Minister Ana Ruiz welcomes the vote on the ocean accord.\n\n' +
      '“Every coastal state should now ratify without delay,” the statement said.';
    expect(quotes(text)).toEqual([['Every coastal state should now ratify without delay,', 'the statement']]);
  });
});

describe('repeated quotations', () => {
  it('lists the same words by the same speaker once, where the article first gives them', () => {
    const text =
      'Minister Tom Hale called the fee “a tax on the poor” on Monday.\n\n' +
      'Fishers marched on the port.\n\nMinister Tom Hale again called the fee “a tax on the poor” later that day.';
    expect(quotes(text)).toEqual([['a tax on the poor', 'Tom Hale']]);
  });

  it('keeps the same words when two speakers say them', () => {
    const text = '“Not today,” said Minister Tom Hale.\n\n“Not today,” said Senator Ruth Okoro.';
    expect(quotes(text)).toEqual([
      ['Not today,', 'Tom Hale'],
      ['Not today,', 'Ruth Okoro'],
    ]);
  });
});
