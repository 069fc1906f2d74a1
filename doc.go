// Package quote finds reported statements in English news text and
// attributes each one to its speaker and the speaker's title.
//
//	for _, q := range quote.Find(text) {
//		fmt.Println(q.Speaker.Name.Text, q.Text)
//	}
//
// To change the rules, set fields on a [Finder] and call [Finder.Find].
//
// # What counts as a statement
//
// A statement is something a person or body said or wrote, reported in one
// of three ways ([Kind]):
//   - Direct: the speaker's words in quotation marks, "“We will win,” she
//     said". Straight and curly double and single quotes, « » ‹ › „ “ ‚ ‘,
//     「」 『』, fullwidth marks and LaTeX's marks (two grave accents to open,
//     two apostrophes to close) all count. Apostrophes ('Tis, Jones' cow,
//     rock 'n' roll, the '90s) do not. Marks nest. A quote that runs over
//     several paragraphs, each reopened and only the last closed, is one
//     quotation; when someone speaks it, it is reported as one statement a
//     paragraph, as news annotators mark it, and a paragraph that opens
//     with an upper-case name and a colon ("LEE: ...") is that person's, as
//     in a transcript; in a round-up of reactions, a label in capitals of a
//     name and its title ("TOM REYES, HEAD OF THE HARBOUR GROUP:") speaks
//     the quotes under it. An opening mark that is never closed is ignored
//     at the end of its paragraph (when that paragraph ends a sentence) or
//     of the text, so it never swallows the rest. The paragraph after one
//     that ends "X said:" is direct too, without marks, each of its lines a
//     statement: a speech or a letter set off as a block.
//   - Indirect: reported speech with a speech verb or phrase and a clause,
//     "X said (that) ...", "X told reporters ...", "according to X, ..."; a
//     speech act whose complement says what was said: "X accused the mayor
//     of lying", "X urged Congress to act", "X called for an inquiry", "X
//     promised to cut taxes", "X agreed to pay"; what a claim, a call, a
//     demand, a promise, a warning, an allegation, a charge, a prediction
//     or a criticism says, named by the noun with a clause, an infinitive
//     or an object after it: "X's claim that the port is safe", "his call
//     for an inquiry", "her promise to cut fares", "criticism from X over
//     the trials", "allegations that the vote was rigged" (said by no one
//     named; but "the argument that ..." with no one's is a topic), but not
//     a claim with nothing after it ("an insurance claim"), nor one that
//     the sentence's speaker repeats or denies ("Y dismissed X's claim that
//     ...", which is Y's); the target of a judgement made in public: "X
//     criticized the budget", "X praised the mayor"; what a feeling voiced
//     in public is about: "X expressed concern about the vote", "X voiced
//     anger at the ruling", and what a warning is of: "X warned of
//     shortages"; what a speaker offered as evidence: "X cited high rents",
//     "X pointed to the polls"; whom or what a statement meant, in the
//     speaker's name: "“We lost,” X said, referring to the vote"; an
//     account of what happened (not of a mere thing): "X described workers
//     leaving the town"; what was reported: "the firm reported a loss of $3
//     a share"; a figure given: "police put the toll at 12", "estimated the
//     crowd at 10,000"; a story or a joke told, but not a work's plot: "X
//     told the story of the strike"; or what a document or body found: "the
//     audit found that ...", "a poll showed ...", "in a poll released
//     Monday, most voters ...", and what researchers found, in a clause:
//     "the authors found that ...". A line that opens with a name and a
//     colon, as a headline or a transcript does ("Lee: City Will Pay",
//     "LEE: We will pay the bill in full."), is that name's when the text
//     speaks of that name elsewhere; past the first paragraph it needs six
//     words or more, or it is a heading ("Lee: A long shot"), and so is a
//     line that names the person again ("Lee: Fares Last year, Ann Lee
//     proposed ..."); a headline may name whom it speaks to before the
//     colon ("Lee to Workers: Port Stays"). In a transcript, where two or
//     more paragraphs open with a label in capitals, the label names its
//     speaker even when the text names them nowhere else, on lines of six
//     words or more. A headline that opens with a poll or a report and a
//     colon ("Poll: Lee Leads") gives what it found, and one that opens
//     with people or a body ("Insiders: Lee Will Win") what they said. A
//     quotation that opens such a line ("Lee: ‘No Idea’ If Ferry Runs") is
//     part of its statement.
//   - Mixed: reported speech that carries a quoted fragment of the
//     speaker's words, including calling and describing in them: "X called
//     the plan “a disaster”", and a quotation that is the whole clause
//     after "that" or "to": "X said that “we will win”", "X vowed to “cut
//     taxes”". Calling a person something, calling a thing something with a
//     finite verb, or describing, hailing, portraying or referring to
//     anything as something, needs no quotation marks: "X called him
//     divisive", "X called Lee a liar", "X called the vote a fraud", "X
//     described the plan as a mess", "X hailed the deal as a triumph" are
//     indirect.
//
// A quote split by its attribution ("“A,” she said. “B.”") gives two
// statements with the same speaker. A clause after a semicolon that ends an
// attribution is the speaker's too ("These were no errors, Lee noted; the
// council had lied"), unless it tells of the speaker ("; she did not name
// the buyer") or, after a statement with no verb in the past, of what
// happened since ("The port will close, Lee said; the council voted it
// down").
// The question or request put to a speaker ("Asked whether the ferry runs,
// Lee said ...", "When asked to confirm the vote, Lee said ...") is a
// statement of its own, by whoever is named after "by", or with no speaker;
// so is what "it was reported that ..." or "it has been said that ..."
// reports, with no speaker. Quotation marks around a phrase in the
// reporter's own sentence — scare quotes, titles of works, nicknames — are
// not statements, nor is a headline quoted with its byline ("“Ferry to
// Close,” by Ann Lee"), though a quotation after the byline's colon
// excerpts the story and is its author's; a quotation that stands as a
// sentence of its own is reported even when no speaker can be found. The
// reporter's account of the speaking that follows an attribution ("..., he
// said, wiping his brow", "..., an official said, speaking on condition of
// anonymity"), or of the news's circumstances after a whole clause ("The
// port will close, the council said, in a bid to cut costs"), or of what
// came of it ("Lee pledged to rebuild the wall, reversing years of
// neglect") is not part of the statement, nor is a story's dateline ("DOVER
// (Reuters) -", "Dover, Kestia, May 3 (AP) —", also with its dash stripped
// to spaces).
//
// A statement is something said or written in public. These are not
// statements, though annotated corpora such as PolNeAR count them as
// attributions: beliefs, hopes and fears ("X believes", "X wants", "many
// fear that"), unless reported as said ("X said he believes ...", "X voiced
// fears for the crew"); support ("endorsed Smith", "voted for the plan"),
// though a pledge, a promise or an offer is said ("pledged $5 million",
// "promised a new port", "offered to pay"); calling and naming things
// without the speaker's words in a participle or an infinitive ("...,
// calling the deal a disaster", "refused to call it a war"), and summoning
// ("called the police", "called a meeting"); findings with no document or
// body to own them ("he found the keys", "evidence shows"); negated acts
// ("did not say", "declined to comment", "has not opened an inquiry or
// announced ..."); refusing a permission rather than a claim ("the court
// denied bail"); a rule or law as a source ("according to EU rules"); the
// source a report cites ("..., the agency reported, citing police
// sources"), though evidence cited is said ("citing high rents"); a request
// for anonymity ("a resident, who asked not to be named, said ..." has one
// statement); a claim of responsibility or credit for a deed ("the group
// claimed responsibility for the attack"), or to a thing ("she claimed the
// seat"), though claiming victory is said; a state declared by the act of
// declaring it ("declared independence", "declared a state of emergency"),
// though declaring victory is said; an oath of office ("sworn in before the
// council"); the time of the saying after its attribution ("..., a
// spokesman said on Friday, two days after the storm"); a deed done in
// reply ("responded by closing the port"), or by force ("attacked a guard
// with a knife"); removing from office ("dismissed the governor") or
// putting in it ("confirmed two judges"); naming a person in passing
// ("mentioned the mayor"); a likeness ("the case echoed an old scandal");
// watching ("observed the vote"); a document written, not quoted ("wrote a
// letter to the mayor"); having ("boasts a ten-point lead"); a programme
// ("the TV show"); the manner of a saying ("explained it this way:", whose
// quotation is the statement). When one statement reports another ("The
// Times reported that Smith said ...", "Smith said the plant will close,
// according to the Times"), the outer one is reported, with the inner
// attribution inside its text, as news annotators mark it; a quotation
// keeps its own speaker ("“...,” Smith said, according to the Times"), and
// takes the clause it carries on with it ("Smith said the plant was “a
// mess,” the Times reported" is the Times'). A report named after a clause
// with no quotation leaves the clause its speaker's, as annotators do:
// "Smith said the plant will close, the Times reported" is Smith's, and
// ends before the report. So a quotation named inside a statement is part
// of it ("Lee says voters are tired of what she calls “empty promises”"),
// and quotations joined by "and" after one cue are one statement ("Lee
// vowed to “cut taxes,” and to “fix the roads”").
//
// Text whose quotation marks and apostrophes were stripped, as in the
// Reuters half of the ISOT fake-news corpus, is recognised ("Russia s",
// "can t"), even when a caption kept a straight-quoted word or two, and its
// direct quotes are recovered: a statement is direct when the spaces left by
// its marks set it off, when it follows a cue and a colon, or when it speaks
// in the first or second person or with a contraction ("can t"). Such quotes
// have Marked false. As with marks, a quote that is the whole clause after
// the cue's "that", and two quotes joined by the reporter's "and", are
// Mixed. Where a paper set each mark as two apostrophes, each left two
// spaces, and the text is read with two spaces as one mark.
//
// # Positions
//
// Every [Span] holds Text, Start and End, where Start and End are byte
// offsets into the UTF-8 string passed to Find, half-open, so that
// text[s.Start:s.End] == s.Text always. They count bytes, not runes: Python
// users slice text.encode(). Offsets never point into a normalised copy;
// normalisation (width folding, accent folding of names) is used only to
// compare words. Invalid UTF-8 is read as U+FFFD and keeps its byte
// offsets.
//
// # Attribution
//
// Cues are speech verbs in all their forms (say, tell, add, note, write,
// tweet, ...), speech acts (accuse, urge, promise), speech phrases ("made
// clear", "voiced concern that"), "according to" (or "as reported by"),
// speech nouns ("in a statement") and claim nouns, whose speaker is their
// possessor ("Lee's claim", "his call") or whoever is named after "by" or
// "from" ("claims by the union that"). A statement's speaker is the subject
// of its cue: before it ("Nauert said"), after it ("said Nauert"), the
// subject of the clause a participle hangs on ("..., adding") or that
// follows a participle opening the sentence ("Noting that ..., Lee said"),
// the subject of an act done for the purpose of speaking ("Lee took to
// Twitter to say"; an infinitive only willed, "Lee wanted to say", states
// nothing), the object of a causative ("the vote led Lee to say") or of
// "quoted" or "cited" ("the paper quoted Lee as saying"), whoever is named
// after "by" with a passive "told" and "that" ("Lee was told by the council
// that ..."), or the antecedent of "who" (or of "which" for a body or a
// document: "the Post, which argued that"), the pronoun then being its
// mention. Before a finite speech verb any noun phrase that opens its
// clause is a subject, whatever its head ("the old sailor said", "most of
// them say"), with the phrases and relative clauses after its head ("people
// with knowledge of the talks said", "a voter who asked not to be named
// said"), and an aside set off by commas, dashes or parentheses may stand
// between it and the verb. Names in apposition joined by "and" are one
// speaker, as written ("two members of Congress, Ann Lee and Tom Reyes,
// said"), and so are two descriptions ("a rebel and a resident said");
// bodies joined so ("the Times and the Herald") are an organisation. The
// speaker's [Speaker.Name] is the fullest form of the name anywhere in the
// text, so it may come after the quote or far before it; a surname or
// pronoun in the attribution is its [Speaker.Mention]. A document, a poll
// or data is a channel: its [Speaker.Name] is the author the text names in
// or right by its phrase, which is the mention ("a report by the Harbour
// Institute", "a Harbour Institute report", "Kestia's budget report", "an
// editorial in the Ledger"), or who the text said released it just before
// ("Acme released a report. The report said"), and the kind is the
// author's, except that a single name heading a document ("a Wirex survey",
// "Kestia's report") is taken for a body's; with no author named, the name
// is the phrase, of kind organization ("a Kestian report", "the survey"),
// and so it is where the name before the document is more likely its topic
// ("the Dover agreement"). Two people named in full with other first names
// ("Ann Lee", "Tom Lee") stay two, and a surname alone names the first of
// them, as news style gives the others their full or first names. A
// headline in title case, whose capitals run into a name ("Ten Things Ann
// Lee Said"), gives way to the shorter form in the body. The title is the
// one given nearest the fullest name, before it ("State Department
// spokeswoman Heather Nauert") or in apposition ("Oleg
// Burmistrov, Russia's ambassador-at-large,"), and serves every statement
// of that speaker. A quotation with no cue of its own carries over the
// speaker of the statement before it in the same paragraph or at the start
// of the next, keeping that statement's mention (set [Finder.NoCarryOver]
// to stop this), and so does the sentence right after a closing attribution
// that leads in the reporter's words into a quoted clause at its end, as a
// mixed statement ("..., Lee said. Roads can win, but only when “the money
// is there.”"); in stripped text so do the sentences after a direct quote
// that the stripped marks' spaces, or the speaker's first-person voice,
// show to go on, but not a line that reads as a heading, nor, in text
// without line breaks, a long sentence that tells of past events with names
// in it (the reporter's, after a paragraph break turned into spaces). A
// quote after a colon with no speech verb ("Reyes fired back: “...”",
// "Lee's letter makes the case: “...”") belongs to the subject of the
// clause before the colon, and so does one after a comma when that clause's
// object is a statement ("Lee issued a statement, “...”").
//
// # Confidence
//
// [Quote.Confidence] is the share of statements found the same way (by the
// same rule, with the same kind of mention and cue, with a content of the
// same sort: no clause, a clause, or an unmarked clause where the
// reporter's words may begin) that were right, statement and speaker, in
// PolNeAR's training split with and without quotation marks, less one
// standard error so that it errs low. On the dev split, of the statements
// reported with confidence 0.9 or more, 95% are right; with 0.8 or more,
// 91%; with 0.7 or more, 89% (without quotation marks 95%, 90% and 89%): a
// filter at x keeps statements that are right at least x of the time.
// Filter with [Finder.MinConfidence].
//
// # Limitations
//
// The rules are written for English news copy. They use no parser, no tagger
// and no gazetteer: a place used for its government ("Washington has said")
// is told from a person only by how the text uses it ("talks in Washington",
// "a Wirex report"), and with no such use it is taken for a person. So is a
// body from a person: a name whose statements go on with "it" ("Acme said it
// would ...") is taken for a body unless the text shows a person (a title, a
// "he" or "she" that speaks for it, the surname alone), so that in a text of
// one sentence "Ann Lee said it would run" makes Ann Lee a body. "He" or
// "she" resolves to the subject of the reporter's sentences before it, else
// the latest person named, whose gender the text does not contradict; after
// an unnamed speaker ("..., a senior official said. He said ..."), with no
// one named since, it stays that speaker, and a "he" in the attribution just
// before, with no one named between, passes its speaker on to the next; "As
// for Reyes, he said" is Reyes, once named; a "he" or "she" right after
// "which" or "that" is the person its own sentence named before it ("Voters
// back Reyes for a plan which he says ..."). An acronym in parentheses that
// spells the initials of the name before it ("Harbour Rescue Group (HRG)")
// is that body's, and later mentions of it take the full name. "It" resolves
// to a body or a document that is the subject of a clause in the same
// sentence or the two before ("the ministry", "Acme Corp", "rights group
// Harbour Watch", "the report"), or to a single name never shown to be a
// person's, or a place that spoke, that opens a clause there ("..., Wirex
// said. ..., it said"); to a body inside the statement it attributes only
// when no such body comes before ("Acme Corp will cut jobs, it said", but
// "The fund approved a loan to Kestia. Kestia must cut its deficit, it said"
// is the fund's); an "It" that opens its sentence and speaks goes, with no
// body nearer, to a place that opened the sentence before ("Kestia closed
// its port. It said ..."). "They" and plural descriptions ("the plaintiffs")
// resolve to names listed together as the subject of a sentence shortly
// before; "they" also to a plural subject earlier in its own clause ("Unions
// pushed for a plan they say is fair") or of the sentence before; a "they"
// or "it" still unresolved goes to the group or body whose statement comes
// just before it ("..., officials said. ..., they said."); otherwise they
// stay as written, as "we" does. Other descriptions ("the spokeswoman")
// resolve to a person only when that person's title names the same role and
// no other holder of it was described since, and "the" with a body noun
// ("the ministry", "the group") to the nearest body named with that noun,
// when no other body was named since; "the statement said" speaks for
// whoever a few sentences before was said to speak in a statement ("the
// council said in a statement"). A mixed statement is reported as its whole
// clause, not as the quoted fragment inside it. Text without quotation marks
// that was never stripped is read as reported speech. Each rule looks at
// most a few hundred tokens around a cue, so a document of any size takes
// linear time.
package quote
