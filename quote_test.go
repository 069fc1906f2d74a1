package quote

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Expectations are written inside the input with markers that never occur
// in news text (csv's technique): ⟦statement⟧, ⟨speaker name⟩,
// ⦃title⦄, ⟪cue⟫ and ⸨mention⸩. A subscript digit right after an opening
// marker ties it to one statement (₁ is the first); without one it serves
// every statement. The mention defaults to the name; an empty ⸨ₙ⸩ says
// the statement has none.
const (
	mQuoteOpen, mQuoteClose     = '⟦', '⟧'
	mNameOpen, mNameClose       = '⟨', '⟩'
	mTitleOpen, mTitleClose     = '⦃', '⦄'
	mCueOpen, mCueClose         = '⟪', '⟫'
	mMentionOpen, mMentionClose = '⸨', '⸩'
)

// want gives what markers cannot: the kinds and the Marked flag.
type want struct {
	kind   Kind
	marked bool
	spk    SpeakerKind
	noSpk  bool // unattributed
}

type markedSpan struct {
	Span
	index int // 0 = every statement, else 1-based statement number
}

// parseMarkers strips the markers from in and returns the plain text and
// the spans of each marker kind in order of appearance.
func parseMarkers(t *testing.T, in string) (string, map[rune][]markedSpan) {
	t.Helper()
	closers := map[rune]rune{mQuoteClose: mQuoteOpen, mNameClose: mNameOpen, mTitleClose: mTitleOpen, mCueClose: mCueOpen, mMentionClose: mMentionOpen}
	var b strings.Builder
	type open struct {
		kind  rune
		at    int
		index int
	}
	var stack []open
	spans := map[rune][]markedSpan{}
	for i := 0; i < len(in); {
		r, size := utf8.DecodeRuneInString(in[i:])
		i += size
		switch r {
		case mQuoteOpen, mNameOpen, mTitleOpen, mCueOpen, mMentionOpen:
			o := open{kind: r, at: b.Len()}
			if d, n := utf8.DecodeRuneInString(in[i:]); d >= '₁' && d <= '₉' {
				o.index = int(d-'₁') + 1
				i += n
			}
			stack = append(stack, o)
			continue
		case mQuoteClose, mNameClose, mTitleClose, mCueClose, mMentionClose:
			if len(stack) == 0 || stack[len(stack)-1].kind != closers[r] {
				t.Fatalf("unbalanced marker %q in %q", r, in)
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			spans[o.kind] = append(spans[o.kind], markedSpan{Span: Span{Start: o.at, End: b.Len()}, index: o.index})
			continue
		}
		b.WriteRune(r)
	}
	if len(stack) > 0 {
		t.Fatalf("unclosed marker in %q", in)
	}
	text := b.String()
	for k, list := range spans {
		for i := range list {
			list[i].Text = text[list[i].Start:list[i].End]
		}
		spans[k] = list
	}
	return text, spans
}

// spanFor returns the span of a marker kind that serves statement i
// (1-based): an indexed one, or else the one without an index.
func spanFor(list []markedSpan, i int) (Span, bool) {
	var any Span
	found := false
	for _, m := range list {
		if m.index == i {
			return m.Span, true
		}
		if m.index == 0 && !found {
			any, found = m.Span, true
		}
	}
	return any, found
}

// expected builds the Quotes a marked-up case describes.
func expected(t *testing.T, in string, wants []want) (string, []Quote) {
	t.Helper()
	text, spans := parseMarkers(t, in)
	quotes := spans[mQuoteOpen]
	if len(quotes) != len(wants) {
		t.Fatalf("%d statements marked but %d described in %q", len(quotes), len(wants), in)
	}
	var qs []Quote
	for i, qm := range quotes {
		w := wants[i]
		q := Quote{Span: qm.Span, Kind: w.kind, Marked: w.marked}
		if !w.noSpk {
			name, _ := spanFor(spans[mNameOpen], i+1)
			q.Speaker.Name = name
			q.Speaker.Mention = name
			if m, ok := spanFor(spans[mMentionOpen], i+1); ok {
				q.Speaker.Mention = m
				if m.Start == m.End {
					q.Speaker.Mention = Span{}
				}
			}
			if tt, ok := spanFor(spans[mTitleOpen], i+1); ok && tt.End > tt.Start {
				q.Speaker.Title = tt
			}
			q.Speaker.Kind = w.spk
			if c, ok := spanFor(spans[mCueOpen], i+1); ok && c.End > c.Start {
				q.Cue = c
			}
		}
		qs = append(qs, q)
	}
	return text, qs
}

var ignoreConfidence = cmpopts.IgnoreFields(Quote{}, "Confidence")

var (
	direct     = want{kind: Direct, marked: true}
	indirect   = want{kind: Indirect}
	mixed      = want{kind: Mixed, marked: true}
	unmarked   = want{kind: Direct}
	org        = func(w want) want { w.spk = Organization; return w }
	unnamed    = func(w want) want { w.spk = Unnamed; return w }
	noSpeaker  = want{kind: Direct, marked: true, noSpk: true}
	directOrg  = org(direct)
	indirOrg   = org(indirect)
	indirUnnmd = unnamed(indirect)
)

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// Direct quotes and where their attribution stands.
		{"quote, speaker cue", `“⟦We will win⟧,” ⟨Jane Doe⟩ ⟪said⟫.`, []want{direct}},
		{"quote, cue speaker", `“⟦We will win⟧,” ⟪said⟫ ⦃Mayor⦄ ⟨Jane Doe⟩.`, []want{direct}},
		{"quote, cue title name", `"⟦The budget is balanced⟧," ⟪said⟫ ⦃city finance director⦄ ⟨Tom Reyes⟩.`, []want{direct}},
		{"cue capitalised description", `“⟦We will win⟧,” ⟪said⟫ ⟨the Democratic nominee⟩.`, []want{unnamed(direct)}},
		{"a body's name after a modifier and before its noun is the hearer, not the statement", "DOVER (Reuters) - ⟨₁Ann Lee⟩ ⟪₁told⟫ the town-owned Dover ferry company ⟦₁the boats would stop⟧. ⟨₂Tom Reyes⟩ ⟪₂told⟫ staff of his family-run Harbour company on Monday ⟦₂they would have to bake less⟧.", []want{indirect, indirect}},
		{"a medium after an outlet's name is the hearer of told", "DOVER (Reuters) - The port will close.  ⟦₁Having read the plan, I do not think it would change our view⟧,  ⟨₁Tom Reyes⟩, ⦃₁head of risk at Dover Port⦄, ⟪₁told⟫ Kestia radio on Saturday. ⟨₂Ann Lee⟩ ⟪₂told⟫ Dover news agency ⟦₂the plan would fail⟧.", []want{unmarked, indirect}},
		{"a name that ends the hearer or its phrase is skipped up to the statement's that", "⟨₁Ann Lee⟩ ⟪₁told⟫ daily Herald on Monday that ⟦₁the ferry fees were a bid to cut costs⟧. ⟨₂Tom Reyes⟩ ⟪₂told⟫ a crowd at a hall in the port town Dover that ⟦₂the bridge would stay open⟧.", []want{indirect, indirect}},
		{"a date before a participle is no speaker: the participle hangs on the clause", "⟨Ann Lee⟩, ⸨who⸩ pulled out of the contest planned for Nov. 9 ⟪saying⟫ ⟦the council must first change the rules⟧, left the hall.", []want{indirect}},
		{"signaled takes a clause with no that, a short subject and its verb, but not an object", "⟨₁Tom Reyes⟩ on Monday ⟪₁signaled⟫ ⟦₁both his deputies would quit if the council forced him out⟧. ⟨₂Kestia⟩ ⟪₂signaled⟫ on Friday ⟦₂it was willing to back an inquiry⟧. The mayor signaled a wish to talk.", []want{indirect, org(indirect)}},
		{"a connective that links to the reporter's sentence before is no front of a split statement", "⟨Tom Reyes⟩ runs the ferry, which lost money in May. Still, ⸨₁he⸩ ⟪₁said⟫, ⟦₁the boats would sail all summer⟧. Fares rose. In addition, ⸨₂he⸩ ⟪₂said⟫, ⟦₂the port would hire ten guards⟧.", []want{indirect, indirect}},
		{"a name-and-colon line whose speaker names herself after a word of the first person is still her statement", "Ideas from the fair.\n\nThe fair opens on Monday.\n\n⟨Ann Lee⟩: ⟦My name is Ann Lee and I run the bakery on the corner of Elm Street⟧.\n\nMore stalls are due.", []want{indirect}},
		{"a name-and-colon line past the headline that names the person again is a section heading, not their statement", "Ideas from the race.\n\n⟨Tom Reyes⟩: Port fees Last year, ⦃Councillor⦄ ⸨₁Tom Reyes⸩ of Dover ⟪₁proposed⟫ that ⟦₁every ship pay a fee to dock at the harbour⟧. He had in mind the small boats.\n\n⸨₂Reyes⸩ ⟪₂said⟫ ⟦₂the fee would be small⟧.", []want{indirect, indirect}},
		{"signaled after a split attribution goes on with the statement", "⟨Jo Park⟩ spoke on Monday. ⟦₁This⟧, ⸨he⸩ ⟪₁said⟫, ⟦₂signaled the fair was over⟧.", []want{indirect, indirect}},
		{"a gerund of a phrasal cue after in or by speaks for the clause's subject", "⟨Dover Council⟩ on Monday joined the port board in ⟪signaling⟫ that ⟦Ann Lee had won the vote⟧.", []want{org(indirect)}},
		{"a full name whose given name is also a document noun is not another person of that surname", "⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the fund would stay open⟧. With Mrs. Lee under fire, ⦃₂former President⦄ ⟨₂Bill Lee⟩ ⟪₂told⟫ fund staff on Thursday that ⟦₂the fund would no longer take foreign money⟧.", []want{indirect, indirect}},
		{"a courtesy title's gender picks, of two people of a surname, the one known to be of it over the one named first", "Tom Lee, the former mayor, spoke at the fair on Monday. His wife, ⟨Ann Lee⟩, is running for the council seat. Mrs. ⸨Lee⸩ ⟪said⟫ ⟦the port would close⟧.", []want{indirect}},
		{"a reflexive after the subject leaves it the subject of a verb joined by and", "⟨Tom Reyes⟩ himself ⟪₁said⟫ ⟦₁the case was weak⟧ and ⟪₂added⟫ ⟦₂he would fight it⟧.", []want{indirect, indirect}},
		{"a speech noun after a preposition inside an aside", "The bakery stays shut. ⟨Jo Park⟩, ⦃the manager in charge of the ovens⦄, ⟪told⟫ Reuters ⟦it was not known why the flour ran out⟧.", []want{indirect}},
		{"an attribution set off after which leaves the clause before it to the reporter: the speaker says only the relative clause", "The port lost money all year, ⟦₁which⟧, ⟨Ann Lee⟩ ⟪₁said⟫, ⟦₂would cost jobs in Dover⟧.", []want{indirect, indirect}},
		{"a relative clause with which and no comma on a body is part of the subject, as with that", "⟨₁The council that runs the port⟩ ⟪₁said⟫ ⟦₁the ferry will stop⟧. ⟨₂The board which runs the market⟩ ⟪₂said⟫ ⟦₂the stalls will close⟧.", []want{indirOrg, indirOrg}},
		{"a reporter's comment clause set off by commas after a name leaves the name the subject", "⟨Ann Lee⟩, we've learned, ⟪said⟫ ⟦the port will close⟧.", []want{indirect}},
		{"a comment clause with a passive told is no attribution of its own", "⟨Tom Reyes⟩, we are told, ⟪said⟫ ⟦the ferry is late⟧.", []want{indirect}},
		{"a colon after a cue's time phrase that opens with after or before introduces the statement", "⟨Ann Lee⟩ ⟪said⟫ after the vote: ⟦the port will close.⟧", []want{unmarked}},
		{"an as-clause with a verb of its own inside an aside leaves the name the subject and ends the title before its participle", "⟨Tom Reyes⟩, ⦃a farmer⦄ working as the votes were counted, ⟪said⟫ ⟦the port will close⟧.", []want{indirect}},
		{"a named possessor before a capitalised title that opens the name is the title's", "DOVER (Reuters) - ⦃₁Kestia s President⦄ ⟨₁Ann Lee⟩ ⟪₁said⟫ on Monday ⟦₁the port would close⟧. ⦃₂Harbour Watch’s Executive Director⦄ ⟨₂Jo Park⟩ ⟪₂told⟫ Reuters ⟦₂the fees would rise⟧. Ed Long met ⦃₃Norvia s Prime Minister⦄ ⟨₃Tom Reyes⟩ on Monday. ⸨₃Reyes⸩ ⟪₃said⟫ ⟦₃the bridge was safe⟧.", []want{indirect, indirect, indirect}},
		{"a possessor before a title of several capitalised words, or in lower case after an article, is the title's", "HARBOURTON (Reuters) - ⦃₁Kestia s Coastal Defence Minister⦄ ⟨₁Ann Lee⟩ ⟪₁said⟫ on Monday ⟦₁the fleet would sail⟧. ⟦₂Fees must rise⟧, ⟪₂said⟫ the ⦃₂harbour s Deputy Director for berths⦄ ⟨₂Jo Park⟩.", []want{indirect, indirect}},
		{"a title-case headline's verb keeps its subject out of a possessor's title", "Ed Long Meets Kestia s ⦃Foreign Minister⦄ ⟨Tom Reyes⟩\n\n⸨Tom Reyes⸩ ⟪said⟫ on Monday ⟦the fleet would sail⟧.", []want{indirect}},
		{"a body's name with its article in apposition after a description is the speaker", "The main rival group, ⟨₁the Harbour League⟩, ⟪₁said⟫ ⟦₁the vote was rigged⟧. ⟦₂The count must be redone⟧, the council's sister union, ⟨₂the Dover Fishers Union⟩, ⟪₂said⟫. ⟨₃A spokesman for the group⟩, the Harbour League, ⟪₃said⟫ ⟦₃it would appeal⟧.", []want{indirOrg, indirOrg, indirUnnmd}},
		{"concluding a task with no clause after it is no finding", "⟦₁The talks failed⟧, ⟨₁Ann Lee⟩ ⟪₁told⟫ the crew after concluding a tour of Kestia. ⟨₂Tom Reyes⟩ ⟪₂told⟫ the crew after concluding a mission to Dover that ⟦₂the port would shut⟧. The board met twice, concluding its review by May. ⟨₃The harbour inquiry⟩ ⟪₃concluded⟫ ⟦₃the ferry was overloaded⟧.", []want{indirect, indirect, indirOrg}},
		{"a rank in the plural before names is neither the name's nor a title", "Senators ⟨₁Ann Lee⟩, ⦃₁a Republican⦄, and Tom Reyes, a Democrat, filed a bill. ⸨₁Lee⸩ ⟪₁said⟫ ⟦₁the port must close⟧. The bill has allies. These include ⟨₂Senators Jo Park of Dover and Ed Long⟩, ⸨₂who⸩ ⟪₂urged⟫ ⟦₂the mayor to act⟧.", []want{indirect, indirect}},
		{"a possessive s before a lower-case modifier of a title is no is", "The talks failed. ⦃₁Ann Lee s humanitarian adviser⦄ ⟨₁Tom Reyes⟩ ⟪₁said⟫ that ⟦₁the port must close⟧. ⟦₂The fees will rise⟧, ⟪₂said⟫ ⦃₂Lee s younger sister⦄ ⟨₂Jo⟩. ⟨₃The exiled son of Kestia s slain ex-president Ann Lee⟩ ⟪₃vowed⟫ on Tuesday ⟦₃to fight the rebels⟧.", []want{indirect, indirect, indirUnnmd}},
		{"a possessor keeps its title over a lower-case modifier or a participle used as an adjective", "DOVER (Reuters) - ⦃₁Kestia s exiled opposition leader⦄ ⟨₁Ann Lee⟩ ⟪₁said⟫ on Monday ⟦₁the vote was rigged⟧. ⟦₂The fleet will sail⟧, ⟪₂said⟫ ⦃₂Norvia s outgoing Trade Minister⦄ ⟨₂Tom Reyes⟩.", []want{indirect, indirect}},
		{"a board named by a plural title before of and a body word is one body, with its possessor", "DOVER (Reuters) - ⟦₁The drill will start in May⟧, ⟨₁Kestia s Joint Chiefs of Staff⟩ ⟪₁said⟫. ⟨₂The Dover Commanders of Police⟩ ⟪₂said⟫ ⟦₂the quay was safe⟧.", []want{indirOrg, indirOrg}},
		{"a participle after an adverb takes its phrase into the noun that speaks, and a document given to a name speaks alone", "The ferry ran late.  ⟦₁We are waiting for the boat⟧,  ⟪₁said⟫ ⟨₁a sailor recently arrived from Dover to stand watch in Elm⟩, which has two ports. ⟦₂Most of the crew were paid⟧, ⟪₂according to⟫ ⟨₂a harbour memo⟩ given to Wirex.", []want{unnamed(unmarked), org(indirect)}},
		{"after according to, names joined by and before one noun for people speak together", "The ferry ran late. ⟦The fees will rise in May⟧, ⟪according to⟫ ⟨Kestian and Norvian harbour officials⟩.", []want{indirUnnmd}},
		{"a body's word in -s before a noun and its verb is no verb", "⟨Kestia's flagship TV news show⟩ took aim at the plan on Monday, ⟪saying⟫ ⟦the ferry fees were too high⟧.", []want{indirUnnmd}},
		{"a body's last word before a title in lower case names the body named in full before", "DOVER (Reuters) - The fleet is small. Harbour executive ⟨₁⟨₂Kestian Commission⟩⟩ ⟪₁told⟫ the crew ⟦₁it would pay⟧. Commission head Tom Reyes met them. ⟦₂The fund has 5 million euros⟧, ⟪₂according to⟫ ⸨₂the Commission⸩.", []want{indirOrg, indirOrg}},
		{"a name's acronym in parentheses inside a description of the speaker", "DOVER (Reuters) - The fleet is small. ⟦₁The boats will sail at noon⟧,  ⟨₁a clerk with the Harbour Peace (HP) port board⟩ ⟪₁told⟫ Wirex. ⟨₂The Dover Ferry Workers (DFW) union⟩ ⟪₂said⟫ ⟦₂the boats would stop⟧.", []want{unnamed(indirect), indirOrg}},
		{"cue organisation of place title name", `“⟦We will win⟧,” ⟪said⟫ ⦃University of Southern Utah political scientist⦄ ⟨Tom Reyes⟩.`, []want{direct}},
		{"an age or roles joined by and before an inverted cue's name", `"⟦₁It will fail⟧," ⟪₁said⟫ 20-year-old ⟨₁Tom Reyes⟩, ⦃₁a student at the college⦄. "⟦₂The town is broke⟧," ⟪₂said⟫ ⦃₂grandmother and shopkeeper⦄ ⟨₂Jo Park⟩, who lives there. "⟦₃We lost⟧," ⟪₃said⟫ Ohio based ⦃₃historian⦄ ⟨₃Ed Long⟩.`, []want{direct, direct, direct}},
		{"cue rank and name", `“⟦We will win⟧,” ⟪said⟫ ⦃Air Force 1st Lt.⦄ ⟨Tom Reyes⟩.`, []want{direct}},
		{"a straight mark glued between a comma and a word closes an open quote", `"⟦₁We will keep the stall open for the crowd⟧,"⟨₁Ann Lee⟩ ⟪₁said⟫ on Monday. ⟨₂Tom Reyes⟩ ⟪₂said⟫,"⟦₂It is a good day.⟧"`, []want{direct, direct}},
		{"the reporter's and I quote between a cue and its quotation", `⟨₁Ann Lee⟩ ⟪₁said⟫, and I quote, “⟦₁The port is shut for good.⟧” ⟨₂Tom Reyes⟩ ⟪₂told⟫ the council, I quote, “⟦₂We will reopen.⟧” ⟨₃Jo Park⟩ ⟪₃wrote⟫, and I quote: “⟦₃The fees stay.⟧”`, []want{direct, direct, direct}},
		{"the statement that speaks is the one its author was said to make shortly before", "⟦₁The port will close⟧, ⟨Harbour Watch⟩ ⟪₁said⟫ in a statement on Monday. The ferry runs twice a day. ⟦₂Fares will stay the same until May⟧, ⸨₂the statement⸩ ⟪₂said⟫.", []want{indirOrg, indirOrg}},
		{"a plural before examples joined by and speaks with them, after a participle too and with capitalised modifiers that open the sentence", "⟨₁Several towns like Dover and Elm⟩ have refused to pay, ⟪₁saying⟫ ⟦₁the fee was too high⟧. ⟨₂Western Kestian ports like Dover and Elm⟩ ⟪₂said⟫ ⟦₂the fee was unfair⟧. ⟨₃Western Kestian ports such as Dover and Elm⟩ have refused to pay, ⟪₃saying⟫ ⟦₃the fee was too high⟧.", []want{indirUnnmd, indirUnnmd, indirUnnmd}},
		{"a document speaks for the author named by it, in front of it or as its owner", "⸨₁A report by ⟨₁the Harbour Institute⟩⸩ ⟪₁said⟫ ⟦₁the port would close⟧. ⸨₂A ⟨₂Dover Ferry Board⟩ survey⸩ ⟪₂found⟫ ⟦₂most riders want a second boat⟧. ⸨₃⟨₃Harbour Bank⟩'s annual report⸩ ⟪₃said⟫ ⟦₃fares will rise⟧. ⸨₄A report in ⟨₄the Elm Times⟩⸩ ⟪₄said⟫ ⟦₄the pier was unsafe⟧.", []want{indirOrg, indirOrg, indirOrg, indirOrg}},
		{"a document's author is the name before its noun, not after it, without the document's article, and all the names joined after by", "⸨₁A ⟨₁Harbour Institute⟩ report on Kestia⸩ ⟪₁said⟫ ⟦₁the border was calm⟧. ⸨₂The ⟨₂U.N.⟩ report⸩ ⟪₂said⟫ ⟦₂the talks had failed⟧. ⸨₃A poll by ⟨₃Elm College and the Ledger⟩⸩ ⟪₃said⟫ ⟦₃most voters back the port⟧. ⟨₄A Kestian report⟩ ⟪₄said⟫ ⟦₄the bridge would open⟧. ⟨₅Final results⟩ ⟪₅showed⟫ ⟦₅the vote was close⟧.", []want{indirOrg, indirOrg, indirOrg, indirOrg, indirOrg}},
		{"the document that speaks is the one its author was said to release shortly before, unless it was another's", "⟨₁The Harbour Institute⟩ on Monday released its annual report. The ferry runs twice a day. ⟦₁Fares will rise⟧, ⸨₁the report⸩ ⟪₁said⟫. ⟨₂Ann Lee⟩ published a study in May. ⸨₂The study⸩ ⟪₂found⟫ that ⟦₂fares had doubled⟧. Tom Reyes released a letter from the council. ⟨₃The letter⟩ ⟪₃said⟫ ⟦₃the pier would close⟧.", []want{indirOrg, indirect, indirOrg}},
		{"an according-to source runs past a slash to the document of the two bodies named, and a name's document is the mention", "⟦₁Reyes has a six-point lead over Lee in the port towns⟧, ⟪₁according to⟫ ⸨₁the newest ⟨₁Wirex/Kell⟩ opinion poll⸩. ⟦₂Fares rose by a third last year⟧, ⟪₂according to⟫ ⸨₂⟨₂Harbour Board⟩ figures⸩.", []want{indirOrg, indirOrg}},
		{"the author after by is the body's name that follows its noun", "⟦₁Most towns raised their port fees last year⟧, ⟪₁according to⟫ data compiled by the shipping firm ⟨₁Harbour Finance⟩. ⟦₂Two ferries were sold⟧, ⟪₂according to⟫ records from the harbour group ⟨₂Dover Watch⟩ in Kestia.", []want{indirOrg, indirOrg}},
		{"a document's author after by may follow its body noun or come before one, and an acronym that opens the sentence may be its author", "⸨₁The survey by the polling firm ⟨₁Kell⟩⸩ ⟪₁found⟫ ⟦₁most voters back the port⟧. ⸨₂A survey by ⟨₂Wirex news agency⟩⸩ ⟪₂found⟫ ⟦₂fares had doubled⟧. ⸨₃⟨₃HFA⟩ data⸩ ⟪₃showed⟫ ⟦₃the ferry lost money⟧.", []want{indirOrg, indirOrg, indirOrg}},
		{"two names joined by a slash before a poll are one body, and the poll's phrase takes in both", "Ten people are in the race. ⸨The latest ⟨Wirex/Kell⟩ poll⸩ ⟪showed⟫ ⟦Lee leading the field with 31 percent of voters⟧.", []want{indirOrg}},
		{"no author: figures of a party are people, a place is where a poll was done, a name before a video is its medium, and filings of its own are its", "Ann Lee leads. ⟨₁Some Harbour Party figures⟩ ⟪₁said⟫ ⟦₁the port would close⟧. ⟨₂Recent polling in Kestia⟩ ⟪₂showed⟫ ⟦₂Lee ahead by six points⟧. ⟨₃A Wirex video⟩ ⟪₃showed⟫ ⟦₃the crowd cheering at the pier⟧. Acme is in trouble. ⟨₄Its Harbour Board filings⟩ ⟪₄show⟫ ⟦₄a loss of three million dollars⟧.", []want{indirOrg, indirOrg, indirOrg, indirOrg}},
		{"the statement that speaks may be named five of the reporter's sentences before", "⟨Harbour Watch⟩ ⟪₁said⟫ in a statement on Monday that ⟦₁the port will close⟧. The ferry runs twice a day. Two boats were sold in May. The port opened in 1901. Its crews are paid each week. ⟦₂Fares will stay the same until May⟧, ⸨₂the statement⸩ ⟪₂said⟫.", []want{indirOrg, indirOrg}},
		{"a document before which with no comma speaks, as before that", `Ann Lee posted ⟨₁a message⟩ ⸨₁which⸩ ⟪₁said⟫, “⟦₁The port is shut for good.⟧” The council sent ⟨₂a letter⟩ ⸨₂which⸩ ⟪₂said⟫ ⟦₂the ferry would run⟧.`, []want{directOrg, indirOrg}},
		{"an exclamation mark in a brand's name ends no sentence", `⟨₁A spokeswoman for Bakeo!⟩ ⟪₁said⟫ ⟦₁the port was shut⟧. ⟨₂Tom Reyes⟩ ⟪₂told⟫ Bakeo! on Monday ⟦₂the ferry would run⟧.`, []want{indirUnnmd, indirect}},
		{"a reply set off between a subject and its verb is no cue", `While the council backs the delay, ⟨Ann Lee⟩ ⟪says⟫ ⟦it is the union chiefs, responding to a push by the dock crews, who want the vote held at once⟧.`, []want{indirect}},
		{"continued to before a cue leads to it, and before any other verb says nothing", "“⟦₁The port is safe⟧,” ⟨₁Ann Lee⟩ continued to ⟪₁insist⟫. “⟦₂The fares are fair⟧,” ⟨₂Tom Reyes⟩ went on to ⟪₂say⟫. DOVER (Reuters) - The Harbour Council has a large staff.  The Harbour Council continues to guard Dover with nearly 300 men. ⟨₃I⟩ ⟪₃continue⟫ to believe that ⟦₃the next mayor will be chosen for her plan⟧.", []want{direct, direct, indirect}},
		{"what a hearer is reminded of is the statement, not a clause inside it", "⟨₁Ann Lee⟩ ⟪₁reminded⟫ the crowd ⟦₁of comments Reyes made last year about the port⟧. ⟨₂Tom Reyes⟩ ⟪₂reminded⟫ voters of Dover that ⟦₂the port was shut⟧. The fair reminded her of the old port.", []want{indirect, indirect}},
		{"a name and a verb no list knows after a fronted subordinate clause open the main clause", "After ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the port was safe⟧, Tom Reyes quit the board. While ⟨₂Jo Park⟩ ⟪₂said⟫ ⟦₂the dock, the bridge and the quay were safe⟧, Ed Long doubted it.", []want{indirect, indirect}},
		{"a plural possessor's curly apostrophe does not cut a body's aside short", "DOVER (Reuters) - ⟨Wirex⟩, which runs the Isles’ biggest shops, closed ten stores on Monday. ⸨It⸩ ⟪said⟫ ⟦the fees would rise⟧.", []want{org(indirect)}},
		{"privy takes a phrase inside a speaker's description, as close and familiar do", "While the council backs the delay, ⟨voters privy to the talks⟩ ⟪say⟫ ⟦the union wants the vote now⟧.", []want{indirUnnmd}},
		{"a thing added whose own words follow is no statement of the adder", "Tom Reyes added ⟨a placard⟩ ⸨which⸩ ⟪reads⟫, “⟦The port is shut for good.⟧”", []want{directOrg}},
		{"a thing added that is not the speaker of its relative clause leaves the words the adder's", "⟨₁Ann Lee⟩ ⟪₁added⟫ ⟦₁the note which said, “The port is shut.”⟧ ⟨₂Tom Reyes⟩ ⟪₂added⟫ ⟦₂a line that says the ferry is late⟧.", []want{mixed, indirect}},
		{"a one-word quotation that is a sentence of its own is an utterance, one the sentence goes on after a name", `The port shut. “⟦₁Sure.⟧” “Hope.” was painted on the bow. “⟦₂No.⟧” Tom Reyes shook his head.`, []want{noSpeaker, noSpeaker}},
		{"an empty it of the weather after a name is no sign of a body", "⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁it would rain⟧. ⟨₂Wirex⟩ ⟪₂said⟫ ⟦₂it would close the plant⟧.", []want{indirect, org(indirect)}},
		{"a paper that cites or quotes a speaker as saying is no speaker, with or without marks", "DOVER (Reuters) - ⟦₁Boats must stay in the harbour⟧,  the Dover news agency cited ⦃₁port chief⦄ ⟨₁Ann Lee⟩ as ⟪₁saying⟫ on Friday. “⟦₂The fee stays⟧,” the council cited ⟨₂Tom Reyes⟩ as ⟪₂saying⟫. The Post quoted ⟨₃a port official⟩ as ⟪₃saying⟫ that ⟦₃the quay was safe⟧.", []want{indirect, direct, indirUnnmd}},
		{"US in mixed-case text is the country, not the pronoun, and a name before a plural of people is part of the hearer", "⟨₁⟨₂The US envoy⟩⟩ ⟪₁said⟫ ⟦₁the port was shut⟧. ⸨₂He⸩ ⟪₂told⟫ US officials ⟦₂the quay was safe⟧. ⟨₃Ann Lee⟩ ⟪₃told⟫ Kestian officials ⟦₃the fee would stay⟧. ⟨₄Tom Reyes⟩ ⟪₄told⟫ Wirex ⟦₄officials would meet⟧.", []want{indirUnnmd, indirUnnmd, indirect, indirect}},
		{"a fronted participle's clause followed by a main clause of its own is part of the statement", "⟦Founded in 1990, the firm employs 300 people⟧, ⟨Ann Lee⟩ ⟪said⟫.", []want{indirect}},
		{"a noun in -ing after a participle leaves the verb after it a cue", "⟨Analysts tracking shipping⟩ ⟪warned⟫ ⟦prices would climb⟧.", []want{indirUnnmd}},
		{"a second object of a naming verb with no verb of its own goes on with the first", "⟨Ann Lee⟩ ⟪called⟫ ⟦the plan “reckless” and the new budget unfair⟧.", []want{mixed}},
		{"after in and a month a small number counts, only a year dates", "⟨Ann Lee⟩ ⟪said⟫ in June ⟦10 more stores would close⟧.", []want{indirect}},
		{"a one-word quotation after a colon or a question may be a name, not a reply", "Best film: “Dawn.” Best actor: Tom Reyes. What is the ship called? “Hope.” The port shut. “⟦Sure.⟧”", []want{noSpeaker}},
		{"it depends on is no empty it", "⟨Wirex⟩ ⟪said⟫ ⟦it would depend on state loans⟧.", []want{org(indirect)}},
		{"a holder of a role named by a possessive owner keeps a later bare description apart", "⟨₁Ann Lee⟩, ⦃₁a spokeswoman for the council⦄, ⟪₁said⟫ ⟦₁the port would close⟧. The mayor's spokeswoman said nothing. ⟨₂The spokeswoman⟩ later ⟪₂said⟫ ⟦₂talks had failed⟧.", []want{indirect, indirUnnmd}},
		{"people or a body cited as a source are no statement, unlike what is cited as evidence or as an example", "The paper cited unnamed sources within the council. ⟨₁Ann Lee⟩ ⟪₁cited⟫ ⟦₁high rents⟧. ⟨₂Tom Reyes⟩ ⟪₂cited⟫ ⟦₂improving care for veterans as a top aim⟧.", []want{indirect, indirect}},
		{"second-review fixes: a field in -ing inside a title's phrase, a day after on and a month, a hearer before an infinitive, a verb in the past before a comma", "⟨₁Ann Lee⟩, ⦃₁head of equity trading at Wirex⦄, ⟪₁said⟫ ⟦₁the port was shut⟧. ⟨₂Tom Reyes⟩ ⟪₂said⟫ on May 3 ⟦₂workers would strike⟧. ⟨₃Officials⟩ ⟪₃told⟫ Dover residents ⟦₃not to drink the water⟧. ⟦₄The survivor count rose to 40⟧, ⟨₄Jo Park⟩ ⟪₄said⟫.", []want{indirect, indirect, indirUnnmd, indirect}},
		{"a statement after a quoted speaker's as saying is that speaker's, the clause before the reporter's", "Prices rose sharply in May, the agency quoted ⟨Ann Lee⟩ as ⟪saying⟫ ⟦the port would close⟧.", []want{indirect}},
		{"a verb far into the rest after a quoted name still ends the naming object", "⟨Ann Lee⟩ ⟪called⟫ ⟦the plan “reckless”⟧ and the head of the harbour council in the north of Dover resigned.", []want{mixed}},
		{"names listed as examples in an aside leave the plural before them the speaker", "⟨₁Other firms in the area⟩, including Wirex, Bell Co and Acme Inc, ⟪₁said⟫ that ⟦₁they had also paid⟧. ⟨₂Several towns⟩, such as Dover, Kestia and Vell, ⟪₂said⟫ ⟦₂they would pay⟧.", []want{org(indirect), indirUnnmd}},
		{"third-review fixes: a subject with a role after an example list, a hearer before a phrase and the statement, a time after told by's that, a relative clause after a quoted name", "In several states, including Dover and Kestia, ⦃₁Governor⦄ ⟨₁Ann Lee⟩, a Democrat, ⟪₁said⟫ ⟦₁taxes would rise⟧. ⟨₂Tom Reyes⟩ ⟪₂told⟫ Dover officials in a letter ⟦₂the port would close⟧. Jo Park was told by police that night to leave her home. ⟨₃Ed Long⟩ ⟪₃called⟫ ⟦₃the deal “a disaster” and a gift to the big shipping firms of Dover that had lobbied for it⟧.", []want{indirect, indirect, mixed}},
		{"a participle right after a role is part of the title", "⸨⦃A lawyer based in Dover⦄⸩, ⟨Amy Cole⟩, ⟪said⟫ ⟦the case would fail⟧.", []want{indirect}},
		{"an adjective form of a speech verb inside a subject's phrase leaves the whole phrase the subject", "⟨Officials investigating alleged abuses⟩ ⟪said⟫ ⟦the inquiry would end⟧.", []want{indirUnnmd}},
		{"an adjective form of a speech verb before a source noun that ends a subject's phrase leaves the whole phrase the subject", "⟨Lawyers representing alleged victims⟩ ⟪said⟫ ⟦the harbour board had hidden the losses⟧.", []want{indirUnnmd}},
		{"examples in an aside may be the units of bodies, and a name after the aside and and speaks with the plural before it", "⟨₁Other firms⟩, including units of Lee Corp, Reyes Co and Dover Inc, ⟪₁said⟫ that ⟦₁they had also paid⟧. ⟨₂Several nearby towns, including Dover and Vell, and the Harbour League⟩ ⟪₂said⟫ ⟦₂the toll was unfair⟧. ⟨₃Several nearby towns, including Dover and Vell, and the Harbour League⟩ rejected the toll and ⟪₃said⟫ ⟦₃it would hurt trade⟧.", []want{org(indirect), indirOrg, indirOrg}},
		{"a plural of places with examples in an aside and a person after it speaks as a body", "⟨Several towns, including Dover and Kestia, and Ann Lee⟩, the mayor, ⟪said⟫ ⟦the ferry fees were too high⟧.", []want{indirOrg}},
		{"a utility is a body, also as the plural before a list of examples", "⟨₁Other utilities⟩, including Lee Corp, Reyes Co and Dover Inc, ⟪₁said⟫ ⟦₁they had also paid⟧. ⟨₂The utility⟩ ⟪₂said⟫ ⟦₂power would return on Monday⟧.", []want{org(indirect), org(indirect)}},
		{"a capitalised modal after that is a name opening the statement, not a demonstrative's verb", "⟨₁Jo May⟩ ⟪₁said⟫ ⟦₁the port would close⟧. ⟨₂Critics⟩ have ⟪₂suggested⟫ that ⟦₂May will quit⟧. ⟨₃Tom Reyes⟩ ⟪₃recalled⟫ that ⟦₃May and Ann Lee had met twice⟧.", []want{indirect, indirUnnmd, indirect}},
		{"agreeing a deal with a bare object is an act, agreeing a clause a statement", "The harbour council has agreed a new budget with the port. ⟨Tom Reyes⟩ ⟪agreed⟫ ⟦the plan was sound⟧. The mayor agreed the terms.", []want{indirect}},
		{"a native of a place is a title before the name", "⦃Dover native⦄ ⟨Ann Lee⟩, 25, ⟪said⟫ ⟦she was taking the storm more seriously⟧.", []want{indirect}},
		{"a verb after and that ends a statement shares its speaker, not a name in an aside before the cue", "⟨The petition⟩, in a note for the mayor from Harbour and Dover members of the council, ⟪₁said⟫ ⟦₁the dock staff were wrong⟧ and ⟪₂called for⟫ ⟦₂the city to act at once⟧.", []want{indirOrg, indirOrg}},
		{"final-review fixes: an aged description whose noun named someone since, or that a possessor owns, is no person named before; a body's phrase takes no name after of; two bodies of one noun leave the bare noun unresolved", "Ann Lee, 40, met the mayor. ⟨₁The 64-year-old mayor⟩ ⟪₁said⟫ ⟦₁the port would close⟧. Tom Reyes won the race. ⟨₂The 30-year-old runner's coach⟩ ⟪₂said⟫ ⟦₂he was proud⟧. ⟨₃The Dover office⟩ of Wirex Corp was shut. ⸨₃The office⸩ ⟪₃said⟫ ⟦₃staff were safe⟧. The Harbour Commission and the Trade Commission met. ⟨₄The Commission⟩ ⟪₄said⟫ ⟦₄the fee would stay⟧.", []want{indirUnnmd, indirUnnmd, org(indirect), org(indirect)}},
		{"a front of two words is a statement when the second is its verb", "⟦₁Prices rose⟧, ⟨₁Ann Lee⟩ ⟪₁said⟫. ⟦₂Talks failed⟧, ⟨₂the minister⟩ ⟪₂said⟫. Not really, Tom Reyes said. Her reply, Jo Park said.", []want{indirect, indirUnnmd}},
		{"a fronted clause reduced to a participle says when the speaker spoke, not what", "When asked about the fire on a phone-in show, Harbour chief Ann Lee agreed. While touring Dover, Tom Reyes complained. ⟦Raising fares is wrong⟧, ⟨Jo Park⟩ ⟪complained⟫.", []want{indirect}},
		{"a form in -ed between a participle or a quantifier and its noun is an adjective, not a cue", "Police investigating alleged bribes at the port arrested two men. Inspectors probing alleged Kestian bribes at the port, something Kestia denies, fined the firm. The town kept its word after a vote that called for calm and an inquiry of all alleged dock thefts. ⟨A court filing⟩ ⟪alleged⟫ ⟦fraud at the port⟧.", []want{indirOrg}},
		{"what a hearer with an of-phrase of its own is reminded of follows the hearer's name", "⟨Ann Lee⟩ ⟪reminded⟫ the board of Dover Port ⟦of the fee⟧.", []want{indirect}},
		{"a time after what a hearer is reminded of is its own when a clause after a comma goes on with it", "⟨Ann Lee⟩ ⟪reminded⟫ reporters ⟦of the vote in May, which she lost⟧.", []want{indirect}},
		{"closing glyph that opens a line opens the quote", "The bake sale was busy.\n\n” ⟦… the last loaf has gone from the shelf⟧,” ⟪wrote⟫ ⟨Ann Lee⟩.", []want{direct}},
		{"cue name with a middle initial that spells a word", `“⟦We will win⟧,” ⟪said⟫ ⟨Jock A. Reyes⟩, ⦃a lawyer⦄.`, []want{direct}},
		{"paper whose name is a speech verb before the name", `“⟦We have the votes⟧,” the Daily Post's ⟨Ed Reyes⟩ ⟪explained⟫.`, []want{direct}},
		{"description with a lower-case noun before the body it speaks for", `“⟦We have the votes⟧,” ⟨a spokesman for council Democrats⟩ ⟪said⟫.`, []want{unnamed(direct)}},
		{"a name whose last word is a modal ends the body a description speaks for", `⟦₁Ferry fares are open to review⟧, ⟨₁a spokesman for Mayor Ed May⟩ ⟪₁said⟫ on Friday. ⟨₂A spokeswoman for May⟩ ⟪₂said⟫ ⟦₂the timetable was late⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"inverted description with a possessor before a noun no list holds", `“⟦Buy the book⟧,” ⟪says⟫ ⟨the ad's narrator⟩.`, []want{unnamed(direct)}},
		{"short quotation inside the subject's aside after the quote", `“⟦We have had better meetings⟧,” ⦃delegate⦄ ⟨Bill Reyes⟩, wearing a straw hat and “Vote Lee” pins, ⟪said⟫ calmly.`, []want{direct}},
		// The six below run code that no eval text reaches; each
		// broke when that code was taken out as dead.
		{"a pronoun naming in a relative clause is a person's, not a plural subject's", "⟨₂Ann Lee⟩ spoke after the vote. ⟨₁Officials⟩ ⟪₁said⟫ ⟦₁the storm was over, which ⸨₂she⸩ ⟪₂called⟫⟧ “⟦₂a relief.⟧”", []want{unnamed(indirect), direct}},
		{"a show's title in quotation marks after a cue's preposition is part of its setting", "⟨Lee⟩ ⟪said⟫ on “Ask the Mayor” that ⟦the port would close⟧.", []want{indirect}},
		{"calling a pronoun a judgement says it", "⟨Lee⟩ ⟪called⟫ ⟦it unlawful⟧.", []want{indirect}},
		{"a stripped mark's gap before and a participle ends the statement", "⟨₁⟨₂Lee⟩⟩ ⟪₁said⟫ ⟦₁it was a  disaster  for the city⟧ and ⟪₂asking⟫,  ⟦₂How will we pay?⟧", []want{{kind: Mixed}, unmarked}},
		{"a story's part told is no story told", "Lee told the story’s end to the crowd.", nil},
		{"a naming in a relative clause with stripped marks leaves the subject's own statement and the next one whole", "The mayor met the board. ⟨₁⟨₂Reyes⟩⟩, ⸨₁who⸩ ⟪₁called⟫ ⟦₁it  a farce⟧ , ⟪₂said⟫ ⟦₂the plan would help⟧; ⟦₃to me it is odd⟧,  ⟨₃Lee⟩ ⟪₃said⟫.", []want{{kind: Mixed}, indirect, unmarked}},
		{"a straight mark glued between a comma and a lower-case cue closes the quote", `"⟦₁The port is closed⟧,"⟪₁said⟫ ⟨₁⟨₂Ann Lee⟩⟩. "⟦₂We will reopen in May.⟧"`, []want{direct, direct}},
		{"a colon before another person's report with a plain say or tell ends the first statement", "⟨₁Reyes⟩ ⟪₁said⟫ ⟦₁there was hope⟧: ⟨₂Lee⟩ ⟪₂told⟫ him ⟦₂the bank might lend⟧.", []want{indirect, indirect}},
		{"a bare noun after with is what a voiced feeling is about", "⟨Residents⟩ ⟪voiced concern with⟫ ⟦plans to close the clinic⟧.", []want{unnamed(indirect)}},
		{"a setting after what a hearer is reminded of is the reminding's before a clause of time", "⟨Tom Reyes⟩ ⟪reminded⟫ the crowd ⟦of his record⟧ on Tuesday, as rain fell on the square.", []want{indirect}},
		{"a titled name after a comma that the list goes on after with a comma is the next person, not a title", "“⟦₁We will win⟧,” ⟪₁said⟫ ⟨₁Ann Lee⟩, Vice President Tom Reyes, and Mayor Jo Moss. “⟦₂We lost⟧,” ⟪₂said⟫ ⟨₂Ed Long⟩, Deputy Mayor Jo Park, Judge Tim Ross and others.", []want{direct, direct}},
		{"a straight mark glued between a comma and a word that opens no attribution opens a quote, not closes one", `⟨₁⟨₂Ann Lee⟩⟩ ⟪₁said⟫ ⟦₁the "plan,"as she put it, was dead⟧. "⟦₂We will fight⟧,"⸨₂she⸩ ⟪₂said⟫.`, []want{indirect, direct}},
		{"a relative clause of time after what a hearer is reminded of keeps its setting", "⟨₁⟨₂Ann Lee⟩⟩ ⟪₁reminded⟫ voters ⟦₁of the flood in March, when hundreds fled their homes⟧, and ⟪₂said⟫ ⟦₂the dam would be rebuilt⟧.", []want{indirect, indirect}},
		{"a name with no title after the comma that ends a role is the role's body, not the next in a list", "“⟦Growth is slowing⟧,” ⟪said⟫ ⟨Ann Lee⟩, ⦃Head Asia Pacific⦄, Dover Bank.", []want{direct}},
		{"inverted another", `"⟦₁Watch out for fraud⟧," ⟨₁one supporter⟩ ⟪₁wrote⟫. "⟦₂Vote early⟧," ⟪₂tweeted⟫ ⟨₂another⟩.`, []want{unnamed(direct), unnamed(direct)}},
		{"capitalised speech verb after an apposition", `“⟦We win⟧,” ⟨Ann Lee⟩, ⦃the head of Harbour Council⦄, ⟪Tweeted⟫ on Friday with a map.`, []want{direct}},
		{"a phrase that opens the clause after that, or its subject, runs on past its comma to the verb, though a cue follows", "⟨₁Ann Lee⟩ ⟪₁said⟫ that ⟦₁after the storm, the council told her to leave⟧. ⟨₂⟨₃Tom Reyes⟩⟩ ⟪₂said⟫ that ⟦₂some voters in Dover, Kestia who had no ballot complained when they saw the polls shut⟧. “⟦₃It was a mess⟧,” ⸨₃he⸩ ⟪₃added⟫.", []want{indirect, indirect, direct}},
		{"a cue after and that a modal's clitic governs goes on with the clause", "“⟦₁We are ready⟧,” ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁said⟫. ⸨₂She⸩ ⟪₂says⟫ ⟦₂she’d pull Reyes aside and tell him “fix the late boats.”⟧", []want{direct, mixed}},
		{"a quotation that names a thing in a relative clause on the speaker's own statement is part of it", "⟨Tom Reyes⟩ ⟪said⟫ ⟦the port would close after the storm, which he called “a sad day for Dover.”⟧", []want{mixed}},
		{"what referring to names runs past a comma between two adjectives or in a list of names that ends the sentence", "“⟦₁The rule did not cover the bakery⟧,” ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁said⟫, ⟪₂referring to⟫ ⟦₂the old, family-owned shops that bake the rye⟧. “⟦₃Four of us ran the stall at dawn⟧,” ⟨₃⟨₄Tom Reyes⟩⟩ ⟪₃added⟫, ⟪₄referring to⟫ ⟦₄himself, Jo Park, Ed Long and Ann Lee⟧.", []want{direct, indirect, direct, indirect}},
		{"a noun phrase with an article after a fronted subordinate clause is the main clause's subject, not the reporter's aside", "“⟦₁We are ready⟧,” ⟨₁Ann Lee⟩ ⟪₁said⟫. ⟨₂Teachers⟩ ⟪₂say⟫ that, ⟦₂even if the bus ran late, a change to the timetable had to wait⟧.", []want{direct, indirUnnmd}},
		{"a quotation named in a relative clause by a pronoun that cannot be the speaker, or before the sentence goes on, stands alone", "⟨₁The harbour board⟩ ⟪₁said⟫ ⟦₁the fee would rise, which ⟨₂she⟩ ⟪₂called⟫⟧ “⟦₂a disgrace.⟧” ⟨₃⟨₄Tom Reyes⟩⟩ ⟪₃said⟫ ⟦₃the talks were over, which ⸨₄he⸩ ⟪₄called⟫⟧ “⟦₄a relief⟧,” and went home.", []want{indirOrg, direct, indirect, direct}},
		{"a short quotation in parentheses after a lower-case word is quoted", "The workers chanted (“⟦₁Keep the ferry⟧”) as Tom Reyes arrived. Ann Lee gave her answer (“⟦₂Not yet⟧”) on Friday.", []want{noSpeaker, noSpeaker}},
		{"a short quotation in parentheses by a name is a nickname, not a statement", "“⟦We are ready⟧,” ⟨Ann Lee⟩ ⟪said⟫. Reyes spent the hour mocking Jo Park (“Little Jo”) and Tom Long (“Lyin Tom”), and the others (\"Low energy\" Ed Long, \"Sleepy\" Bo Ray).", []want{direct}},
		{"a time word right after the article or possessive of a praised object qualifies its noun", "“⟦₁We are ready⟧,” ⟨₁Ann Lee⟩ ⟪₁said⟫. ⟨₂Tom Reyes⟩ ⟪₂touted⟫ ⟦₂his recent wins⟧. ⟨₃Jo Park⟩ ⟪₃praised⟫ ⟦₃the past work of the crew⟧.", []want{direct, indirect, indirect}},
		{"a participle after a possessive and an adverb qualifies the noun after it and speaks for no one", "“⟦We are ready⟧,” ⟨Ann Lee⟩ ⟪said⟫. The council discussed the mayor’s widely praised plan on Monday.", []want{direct}},
		{"a bare weekday between a speech act and its infinitive dates the act", "“⟦₁We are ready⟧,” ⟨₁Ann Lee⟩ ⟪₁said⟫. ⟨₂The campaign⟩ ⟪₂vowed⟫ Tuesday ⟦₂to keep the bakery open through the fair on May 3, and maybe into August⟧. ⟨₃Tom Reyes⟩ ⟪₃promised⟫ Sunday ⟦₃to cut the fare⟧.", []want{direct, indirOrg, indirect}},
		{"weak cue before that and a comma", `⟨Ann Lee⟩ ⟪reported⟫ that, ⟦according to an audit, the port will close⟧.`, []want{indirect}},
		{"a noun in -s that is a speech verb right after said", `⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁claims would rise⟧. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂claims of fraud were false⟧.`, []want{indirect, indirect}},
		{"states after a description with a phrase", `“⟦₁The bakery is open late⟧,” ⟨a voice in the video⟩ ⟪₁states⟫. “⟦₂It will bake for the whole street.⟧”`, []want{unnamed(direct), unnamed(direct)}},
		{"cue possessive pronoun, role and name", `“⟦₁We win⟧,” ⟪₁said⟫ his ⦃₁campaign manager⦄ ⟨₁Tom Reyes⟩. “⟦₂We lose⟧,” ⟪₂tweeted⟫ ⦃₂her liberal colleague⦄ ⟨₂Jo Park⟩.`, []want{direct, direct}},
		{"cue role in common nouns and name", `“⟦We will win⟧,” ⟪said⟫ ⦃retired beekeeper⦄ ⟨Tom Reyes⟩.`, []want{direct}},
		{"quotation after a comma that ends a clause with a statement for object", `Right after the vote, ⦃Mayor⦄ ⟨Ann Lee⟩ issued a statement, “⟦We will rebuild the bridge by spring.⟧”`, []want{direct}},
		{"quotation after a statement object in the second clause of a sentence", `⟨₁Tom Reyes⟩ ⟪₁said⟫ ⟦₁the vote failed⟧, and ⟨₂Ann Lee⟩ issued a statement, “⟦₂We will rebuild the bridge by spring.⟧”`, []want{indirect, direct}},
		{"document before a colon", `⸨⟨Ann Lee⟩’s letter⸩ makes a simple case: “⟦The bridge must be rebuilt before winter comes.⟧”`, []want{direct}},
		{"document that had this to say before a colon", `Likewise, ⟨a report from the state auditor⟩ had this to say about the plan: “⟦Families at the top would get far more than families at the bottom.⟧”`, []want{directOrg}},
		{"document before a colon that a cue follows", `Any ruling would need ⦃Judge⦄ ⟨Ann Lee⟩, ⸨who⸩ ⟪told⟫ the council in her chambers last month: “⟦The bridge must be rebuilt before winter comes.⟧”`, []want{direct}},
		{"an it that stands for nothing before a colon names no speaker", "The vote is near. Wait, it gets better: “⟦The council never voted on the plan at all.⟧”", []want{{kind: Direct, marked: true, noSpk: true}}},
		{"speaker cue colon quote", `⟨Jane Doe⟩ ⟪said⟫: “⟦We will win.⟧”`, []want{direct}},
		{"speaker cue quote", `⟨Jane Doe⟩ ⟪said⟫ “⟦we will win.⟧”`, []want{direct}},
		{"told reporters colon", `⦃Senator⦄ ⟨Ann Lee⟩ ⟪told⟫ reporters: "⟦This bill is dead.⟧"`, []want{direct}},
		{"hearer with a relative clause before a quotation", `⦃Mayor⦄ ⟨Ann Lee⟩ spoke last. But, ⸨she⸩ ⟪told⟫ the farmers who gathered in the old grain hall, “⟦nobody should doubt the harbour.⟧”`, []want{direct}},
		{"hearer with a relative clause before that", `⟨Tom Reyes⟩ ⟪told⟫ the workers who came to the dock that ⟦the yard would stay open⟧.`, []want{indirect}},
		{"a name that she speaks for later is a person's though it said it first", "⟨Ann Lee⟩ ⟪₁said⟫ ⟦₁it will open in May⟧. ⟦₂The plan is good⟧, ⸨₂she⸩ ⟪₂said⟫.", []want{indirect, indirect}},
		{"a pronoun's antecedent is no name inside the statement before", `⟨Ann Lee⟩, ⦃the mayor⦄, spoke on Monday. ⸨₁She⸩ ⟪₁told⟫ reporters ⟦₁Tom Reyes would resign soon⟧. “⟦₂We need a new plan⟧,” ⸨₂she⸩ ⟪₂said⟫.`, []want{indirect, direct}},
		{"a month after a preposition before the verb is a date, not the subject", `⟨₁The harbour board⟩ in March ⟪₁said⟫ ⟦₁the ferry would stop⟧. ⟨₂The watchdog⟩ has faulted the bakery, and in June ⟪₂called on⟫ ⟦₂the owner to pay a fine⟧.`, []want{indirOrg, indirOrg}},
		{"an adjective before a name after according to is part of the source it modifies", "⟦The ferry lost money⟧, ⟪according to⟫ ⟨new Wirex research⟩. Tom Lee paid for it.", []want{indirUnnmd}},
		{"a pronoun's antecedent may be a subject whose speech the statement before reports", "⦃₂Speaker⦄ ⟨₂Ann Lee⟩ was moved to a school near Dover. Head teacher Tom Reyes called the meeting after the fire drill, which the board ruled was too late. ⟦₁Lee earlier told the board that the drill was not needed⟧, ⟪₁according to⟫ ⟨₁board sources⟩, in a remark that could hurt her standing. Back then ⸨₂she⸩ ⟪₂described⟫ ⟦₂the drill as a waste⟧.", []want{indirUnnmd, indirect}},
		{"a lone surname that speaks and a he follows is the antecedent, not a place before an adjective", "DOVER, Kestia (Reuters) - The old baker thinks the guild still has a chance. ⟨Reyes⟩, who is still well liked in the guild, ⟪₁said⟫ ⟦₁the trade could grow again by joining the flour league, which would give Kestia Northern mills cheap grain⟧. The guild saw a third of its shops close, including Reyes s own shop. ⸨₂Reyes⸩ ⟪₂said⟫ ⟦₂the rift was bad news for every baker⟧. Kestia and Vell voted to keep the old rules.  ⟦₃So we had it right⟧,  ⸨₃he⸩ ⟪₃told⟫ a supper.  ⟦₄We have 18 weeks of talks.⟧  ⸨₄Reyes⸩ ⟪₄said⟫, in a talk. ⸨₅He⸩ ⟪₅said⟫ that ⟦₅a deal could come later⟧.", []want{indirect, indirect, unmarked, unmarked, indirect}},
		{"a time phrase before a possessor is no part of the description", "The hearing opens in June. Last month ⟨₁Reyes s lawyers⟩ ⟪₁said⟫ ⟦₁the claim over the orchard was thin⟧. On Monday ⟨₂Lee s lawyers⟩ ⟪₂said⟫ ⟦₂the claim was sound⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a title noun before -general is a title", "Police banned the fair after protests by Kestian groups. “⟦₁There was a threat⟧,” ⟪₁said⟫ ⦃Inspector-General of Police⦄ ⟨Tom Reyes⟩. “⟦₂We had to act⟧,” ⸨₂he⸩ ⟪₂added⟫.", []want{direct, direct}},
		{"three initials with periods are a name's, no shouted word", "The town voted. ⦃Police chief⦄ ⟨R.T.P. Varma⟩ ⟪said⟫ ⟦the road was open⟧.", []want{indirect}},
		{"a slash with no space joins two names of one body", "The border was closed on Monday. ⟨Kestia Free Radio/Radio Dover⟩ ⟪said⟫ ⟦the army had moved⟧.", []want{indirOrg}},
		{"the subject of a whether clause gives way to the sentence's own subject", "⟦₁Principal Ann Reyes may lose her post⟧, ⟨₁sources⟩ ⟪₁said⟫. ⦃₂School spokeswoman⦄ ⟨₂Jo Park⟩ would not say when a change could happen and whether Reyes would be moved. But ⸨₂she⸩ ⟪₂told⟫ parents ⟦₂it was no secret that Tom Long was in the running⟧.", []want{indirUnnmd, indirect}},
		{"a name before a dash aside is its sentence's subject, as before a comma", "The bakery opened in 1998. ⦃Council member⦄ ⟨Ann Lee⟩ - who ran the flour stall as Kestia Mill s night baker - ⟪₁said⟫ ⟦₁she was unsure whether the old ovens were safe⟧.  ⟦₂We must check every oven⟧,  ⸨₂she⸩ ⟪₂said⟫.", []want{indirect, unmarked}},
		{"a possessive pronoun that opens the sentence belongs to the title before a name", "The ferry club was not around in 2003. ⦃₁Council member⦄ ⟨₁Ann Lee⟩ - who drafted the old rules as Port Vell s harbour chief - ⟪₁said⟫ ⟦₁she was unsure whether the old rules were enough⟧. Her ⦃₂⦃₃colleague and fellow councillor⦄⦄ ⟨₂⟨₃Tom Long⟩⟩ ⟪₂said⟫ ⟦₂he thought new rules could help⟧.  ⟦₃It would not end the delays⟧,  ⸨₃he⸩ ⟪₃said⟫.", []want{indirect, indirect, unmarked}},
		{"a plural noun inside a phrase after a title is no verb of a second cue's subject", "The bakery closed early on Monday. ⟨Jo Park⟩, ⦃head of night shifts at the Dover Bakery⦄, ⟪₁said⟫ ⟦₁the ovens had cooled⟧ and ⟪₂said⟫ ⟦₂more would shut⟧.", []want{indirect, indirect}},
		{"an according-to source ends before a relative clause with no pronoun of its own", "⟦Lee is worth more than that⟧, ⟪according to⟫ ⟨new tax documents⟩ he filed with the city.", []want{indirOrg}},
		{"a long according-to source runs to its comma, past a list's commas", `⟪₁According to⟫ ⟨₁a study⟩ by the Harbour Institute drawn from records of the past three seasons of trade, ⟦₁the bakery made a profit⟧. Yet ⟪₂according to⟫ ⟨₂interviews⟩ with over a dozen of the baker's customers, cooks and rivals, ⟦₂he will sell the shop this winter⟧.`, []want{indirOrg, indirUnnmd}},
		{"inverted name after a body's possessive", `“⟦We will win⟧,” ⟪said⟫ the ⦃Harbour Council⦄'s ⟨Ann Lee⟩.`, []want{direct}},
		{"a title noun before a stripped closing mark is the quote's, not the speaker's title", "The talks went on.  ⟦We are a good friend⟧,  ⟨Ann Lee⟩ ⟪told⟫ Tom Reyes at the start.", []want{unmarked}},
		{"a stripped quote of two sentences keeps its own speaker before according to", "The talks went on.  ⟦We are your friend. We will not sign this deal⟧,  ⟨Ann Lee⟩ ⟪told⟫ Tom Reyes at the start, according to reporters in the room.", []want{unmarked}},
		{"a stripped quote opened a sentence before its attribution's takes in what the speaker reports there", "DOVER (Reuters) - The port closed on Monday.  ⟦Kestia says it wants calm on the border. But its ships sail into our waters every day⟧,  ⟨Ann Lee⟩ ⟪said⟫ in a statement. The talks resume on Friday.", []want{unmarked}},
		{"a name's past said after a paragraph's spaces is the reporter's, not inside the stripped quote after it", "DOVER (Reuters) - The port closed on Monday.  ⟨₁Harbour Watch⟩, which counted the ships, ⟪₁said⟫ ⟦₁the navy sent them⟧. ⟦₂Their number is rising fast⟧,  ⟨₂Ann Lee⟩ ⟪₂said⟫. The talks resume on Friday.", []want{org(indirect), unmarked}},
		{"a phrase quoted inside a stripped quote's next sentence may close before a comma", "DOVER (Reuters) - The bakers met on Monday.  ⟦₁We want a fair price for flour⟧,  ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁said⟫.  ⟦₂This is not a  small matter , but one that decides if our shops stay open.⟧  Tom Reyes is seen as  soft  by the guild.", []want{unmarked, unmarked}},
		{"a stripped quote in the first person goes on after one short sentence of the reporter's", "DOVER (Reuters) - The port reopened on Monday.  ⟦₁We were told to hire ten more pilots⟧,  ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁told⟫ reporters at the quay. One pilot guides about 50 ships a year.  ⟦₂We really intend to keep every berth busy through the winter.⟧  The port has been closed since May.", []want{unmarked, unmarked}},
		{"a sentence set off by paragraph spaces after the reporter's short aside is not a stripped quote unless it speaks in the first person", "DOVER (Reuters) - The port reopened on Monday.  ⟦We were told to hire ten more pilots⟧,  ⟨Ann Lee⟩ ⟪told⟫ reporters at the quay. One pilot guides about 50 ships a year.  The port has been closed since May after a storm wrecked the quay.  Fees rose.", []want{unmarked}},
		{"a stripped quote that ran to its sentence's end goes on after one space in the first person", "DOVER (Reuters) - The ferry was held at Kestia.  ⟦₁We have asked for its release⟧,  ⟨Ann Lee⟩ ⟪₁told⟫ a briefing. ⸨₂⸨₃⸨₄She⸩⸩⸩ ⟪₂said⟫ ⟦₂the crew was safe⟧, and ⟪₃added⟫,  ⟦₃We want the ship back.⟧  ⟦₄It was seized for no reason, and we expect you to help us get it home.⟧   ", []want{unmarked, indirect, unmarked, unmarked}},
		{"a third person's speech verb in a middle sentence of a stripped quote opened two sentences back is the quote's", "DOVER (Reuters) - The ferry was late again on Monday.   ⟦Ann Lee does not really think the pier is unsafe. She said that only because her plan has failed at the council. It has been a total mess⟧,  ⟨Tom Reyes⟩ ⟪said⟫ at the quay.  The talks resume on Friday. ", []want{unmarked}},
		{"a stripped quote opened after the that of an attribution with words of its own runs past its first sentence to the closing mark", "DOVER (Reuters) - The ferry was late again on Monday.  ⟨₁Ann Lee⟩ ⟪₁insisted⟫ on the radio that  ⟦₁there is no copying of the rival s plan. These were common words that every sailor knows.⟧   In the hall, the council voted.  ⟨₂Tom Reyes⟩ ⟪₂wrote⟫ on Tuesday that  ⟦₂no matter what, Dover comes first⟧ , fuelling talk he might quit.  ", []want{{kind: Mixed}, indirect}},
		{"an attribution set off by plain commas inside a stripped quote is the quote's aside", "DOVER (Reuters) - The port closed on Monday.   ⟦The ferry, Ann Lee told us, is the best link we have. It is not⟧,  ⟨Tom Reyes⟩ ⟪said⟫.  The talks resume on Friday. ", []want{unmarked}},
		{"an aside between plain commas does not end a stripped quote shown by the marks of its line", "The port closed on Monday. Lee s ferry can t sail.\n\n⟨The Ledger⟩ ⟪reported⟫:\n\n  ⟦As the board took over the quay in three steps, harbour records show, the money went to the fund. The chair gave four gifts.⟧  \n\nThe talks resume on Friday.", []want{org(unmarked)}},
		{"a weak cue inside a stripped quote after a colon is the quote's, and the subject of as X put it speaks it, a description too", "DOVER (Reuters) - ⟨₁Kestia⟩ ⟪₁said⟫ on Monday ⟦₁it would wait⟧. As ⟨₂one pilot⟩ ⟪₂put⟫ it:  ⟦₂The Harbour Board found that the dyke must be raised first.⟧  ", []want{indirOrg, unnamed(unmarked)}},
		{"a short sentence of now that names no one, between stripped marks after reported speech, carries on the speaker's words", "DOVER (Reuters) - The guild named no names. ⟦₁Such  rude  words about rival bakers could lead to fights in the market⟧, ⟨₁⟨₂⟨₃Ann Lee⟩⟩⟩ ⟪₁warned⟫.  ⟦₂Anger of this kind turns neighbours into foes.⟧  ⟦₃The market rules apply to every stall⟧, ⸨₃Lee⸩ ⟪₃said⟫.", []want{{kind: Mixed}, unmarked, indirect}},
		{"a phrase a stripped quote quotes at its end closes before the comma, and the quote opens a sentence earlier", "DOVER (Reuters) - The vote is on Monday.  ⟦The choice is simple. Voters have to pick  stay  or  go⟧ ,  ⟨Ann Lee⟩ ⟪told⟫ a Dover paper. The count starts at noon.", []want{unmarked}},
		{"reported speech whose quoted phrase closes before its comma leaves no mark open for the sentence after", "DOVER (Reuters) - ⟨The agency⟩ asked for calm.  ⟦₁Be patient with one another⟧,  ⸨₁it⸩ ⟪₁said⟫.  ⟦₂While not told to dress up, visitors should bring  warm coats⟧ , ⸨₂it⸩ ⟪₂added⟫.  With its harbour, markets and old forts, Dover still draws crowds despite years of trouble, including two fires and a run of gales last winter. It hopes for 2 million guests this season.  The king was crowned in May.", []want{org(unmarked), org(want{kind: Mixed})}},
		{"a speech verb inside a stripped quote that closes at its comma has the attribution after it for no statement", "DOVER (Reuters) - The port is shut.  ⟦₁Repairs are slow at the dock this week and they will continue⟧,  ⟨Ann Lee⟩ ⟪₁said⟫ in an address to her party, ⟪₂adding⟫ that ⟦₂the port would open soon⟧.", []want{unmarked, indirect}},
		{"stripped quotes that follow one after a colon with no speaker go on unattributed", "DOVER (Reuters) - The mayor spoke on Monday. Below are points from her speech:  ⟦₁The port is our future.⟧   ⟦₂We must build a new quay by spring.⟧   ⟦₃Every ship that docks here pays the town.⟧   The council votes in May.", []want{{kind: Direct, noSpk: true}, {kind: Direct, noSpk: true}, {kind: Direct, noSpk: true}}},
		{"a stripped quote in the first person a few sentences after an attribution carries on its speaker's words", "DOVER (Reuters) - The port is shut.  ⟦₁We will build the quay⟧,  ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁said⟫. She spoke at a dinner in Dover on Monday. The mayor was not there.  ⟦₂We cannot wait for the state to pay for it.⟧  The council meets in May.", []want{unmarked, unmarked}},
		{"a stripped mark that opens a sentence closed by its own attribution there opens no quote for the next sentence's", "DOVER (Reuters) - The vote is on Monday.\n\n ⟦₁Certainly not⟧,  ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁said⟫ of talk of a second count. ⟦₂The board will back the side with more seats  and that can only mean the Harbour Party⟧,  ⸨₂she⸩ ⟪₂said⟫.\n\nThe count starts at noon.", []want{unmarked, unmarked}},
		{"a stripped quote in the first person a few sentences after an unattributed one goes on unattributed", "DOVER (Reuters) - The mayor spoke on Monday. Below are points from her speech:  ⟦₁The port is our future.⟧   ⟦₂We must build a new quay by spring.⟧   Says she wants  a new ferry line  to open by May. No date was set.     ⟦₃We can no longer wait for the state to pay.⟧   The council votes in May.", []want{{kind: Direct, noSpk: true}, {kind: Direct, noSpk: true}, {kind: Direct, noSpk: true}}},
		{"a short stripped sentence of now right after a quote found apart from its attribution carries it on", "DOVER (Reuters) - The mayor spoke on Monday. Below are points from her speech:  ⟦₁The port is our future.⟧   Says she wants  a new ferry line  to open by May. No date was set.     ⟦₂We can no longer wait for the state to pay.⟧   ⟦₃Harbour fees must be lowered.⟧   The council votes in May.", []want{{kind: Direct, noSpk: true}, {kind: Direct, noSpk: true}, {kind: Direct, noSpk: true}}},
		{"a stripped quote keeps its own speaker before according to, as a marked one does", "The talks went on.  ⟦We will not sign this deal⟧,  ⟨Ann Lee⟩ ⟪said⟫, according to the Dover Post.", []want{unmarked}},
		{"a stripped quote closed before a short attribution with no speech verb stands", "DOVER (Reuters) - The bakery board met on Monday.  ⟦₁The bread fair will not go ahead unless it passes the three checks below⟧,  the board notice began. It named three checks. The mood was tense.  ⟦₂More than any fair since 1998, it s the small stalls that will settle the prize⟧,  ⟨₂Tom Reyes⟩, ⦃₂analyst at Dover Research⦄. The baking goes on.", []want{{kind: Direct}, unmarked}},
		{"a source named inside a stripped quote of several sentences stays in it", "DOVER (Reuters) - The vote was close.  ⟦Her final count was 699, according to the Harbour Party. His was 695⟧,  ⟨the Ledger⟩ ⟪reported⟫. The count goes on.", []want{org(unmarked)}},
		{"scare quotes around the speaker in a stripped quote's tail are the reporter's", "DOVER (Reuters) - The ferry fee was kept.  ⟦The fee was checked by a panel and it will stay as it is⟧,  the Ledger quoted ⟨a  senior source⟩  as ⟪saying⟫ on Tuesday but gave no name. It rained.", []want{unnamed(unmarked)}},
		{"a stripped quote of several sentences keeps its own speaker before according to", "The market opened.  ⟦Yet he is not against the stall fee. He backs it. He only wants a delay⟧,  ⟨Ann Lee⟩ ⟪said⟫, according to notes from the meeting. The fee starts on Friday.", []want{unmarked}},
		{"inverted name after a body's stripped possessive", "The talks failed on Monday.  ⟦We are sure the plan will work⟧,  ⟪said⟫ the ⦃Harbour Council⦄ s ⟨Ann Lee⟩. The vote is on Friday.", []want{unmarked}},
		{"a person's name before the body the person is from, in lower case", `⟨Ann Lee⟩ of the harbour disaster agency ⟪said⟫ ⟦about 400 people had left⟧.`, []want{indirect}},
		{"a person's name before the body the person is from or at", `“⟦₁The plan looks doubtful⟧,” ⟨₁Ann Lee⟩ from the Harbour Action Group ⟪₁said⟫. “⟦₂We will go on⟧,” ⟨₂Tom Reyes⟩ at the Dover Institute ⟪₂said⟫.`, []want{direct, direct}},
		{"a phrase after a title and a person's name is not part of the name", "The board turned down a request from ⦃Secretary of State⦄ ⟨Ann Lee⟩ for Kestia-built boats to dock. ⸨₁Lee⸩ ⟪₁said⟫ ⟦₁the harbour had room for the boats⟧. ⦃₂House Speaker⦄ ⟨₂Tom Reyes⟩ of Norvia ⟪₂said⟫ ⟦₂the vote would wait⟧.", []want{indirect, indirect}},
		{"a single name used as a place is a body though an aside describes it", "⟨Kestia⟩, Norvia's only ally, ⟪said⟫ ⟦the talks would go on⟧. Ships left ports in Kestia on Monday.", []want{indirOrg}},
		{"a single name that \"it\" stands for is a body though an aside describes it", "⟨Kestia⟩, a permanent member of the Harbour Council, ⟪₁said⟫ ⟦₁the talks would go on⟧. ⸨₂Kestia⸩ ⟪₂says⟫ ⟦₂it will keep its ships there⟧.", []want{indirOrg, indirOrg}},
		{"a single name after through or a compass word is a place", "⟨₁Kestia⟩ ⟪₁said⟫ ⟦₁the talks would go on⟧. Ships pass through Kestia. ⟨₂Norvia⟩ ⟪₂says⟫ ⟦₂the deal holds⟧. The storm hit northern Norvia.", []want{indirOrg, indirOrg}},
		{"a he after another name votes for no single name", "⟨Wirex⟩ ⟪₁said⟫ ⟦₁Tom Reyes had been freed and he would fly home⟧. ⸨₂Wirex⸩ ⟪₂said⟫ ⟦₂it had spoken to the family⟧.", []want{indirOrg, indirOrg}},
		{"the object of a single name's verb is no vote for it", "⟨Wirex⟩ quoted him at length. ⸨Wirex⸩ ⟪said⟫ ⟦it had spoken to the family⟧.", []want{indirOrg}},
		{"a single word that starts a body's name given before is that body", "⟨Wirex News⟩ ⟪₁reported⟫ ⟦₁the talks had failed⟧. ⟦₂The vote is off⟧, ⸨₂Wirex⸩ ⟪₂added⟫.", []want{indirOrg, indirOrg}},
		{"a capitalised plural noun for people names no one", "Some ⟨Democrats⟩ ⟪said⟫ ⟦the bill would fail⟧.", []want{indirUnnmd}},
		{"a body after the in a title's phrase is no part of the name after it", "The vote was close. ⦃₁Ambassador to the Harbour Council⦄ ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the talks would go on⟧. The envoy for Asia and the Pacific ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂the ships would stay⟧.", []want{indirect, indirect}},
		{"a name after a dash that opens a list item is its clause's subject", "Replies came fast. ⦃₁Harbour Minister⦄ ⟨₁Tom Reyes⟩ ⟪₁said⟫ ⟦₁the ferry fares were too high⟧. - ⦃₂Foreign Minister⦄ ⟨₂Ann Lee⟩ met the bakers. ⸨₂She⸩ ⟪₂said⟫, “⟦₂Bread stays cheap.⟧”", []want{indirect, direct}},
		{"an unresolved they after a group's statement is that group", "⟦₁The ferry was held in port on Monday⟧, ⟨company sources⟩ ⟪₁said⟫. ⟦₂Crews have been told to wait on board⟧, ⸨₂they⸩ ⟪₂said⟫.", []want{indirUnnmd, indirUnnmd}},
		{"an unresolved it after a body's statement is that body", "⟨The Harbour Council⟩ in a statement on Friday ⟪₁said⟫ ⟦₁the new pier was a fine gift⟧. ⟦₂The next step must be a second ferry⟧, ⸨₂it⸩ ⟪₂said⟫.", []want{indirOrg, indirOrg}},
		{"a they whose sentence has a subject of its own is not linked to a group before", "⟦₁The new timetable suits tourists⟧, ⟨₁critics⟩ ⟪₁say⟫. ⟨₂Small unions⟩ opposed the timetable, which ⸨₂they⸩ ⟪₂said⟫ ⟦₂would help bigger shops⟧.", []want{indirUnnmd, indirOrg}},
		{"a body in the singular before a place's phrase speaks, not the place", "⟨₁The Norvian embassy in Dover⟩ ⟪₁said⟫ ⟦₁the new library was a welcome gift⟧. The ship docked on Monday. ⟨₂Local relief agencies in Kestia⟩ ⟪₂said⟫ ⟦₂they were deeply worried⟧.", []want{indirOrg, indirOrg}},
		{"people before a name's phrase with for or of speak for it", "The case was heard. ⟨₁Lawyers for Tom Reyes⟩ ⟪₁said⟫ ⟦₁the court erred⟧. ⟨₂A spokesman for May⟩ ⟪₂said⟫ ⟦₂the talks would go on⟧. Thousands of Norvians protested against the ruling.", []want{indirUnnmd, indirUnnmd}},
		{"people before a name's phrase with of speak for it with a relative clause on them", "The vote failed. ⟨Friends of Ann Lee⟩ who know her well ⟪say⟫ ⟦the plan was doomed⟧.", []want{indirUnnmd}},
		{"a count before a name's phrase with of is no speaker", "Rising rents have also worried many.  The city is drafting a housing law that the Council, local landlords and Kestia s mayor have criticized as handing the market to builders.  Hundreds of Norvians protested against the law this week. The law is under review.", nil},
		{"a single name that owns a ministry in capitals or a coast is a body", "⟨₁Kestia⟩ ⟪₁said⟫ ⟦₁the talks would go on⟧. Kestia's Foreign Ministry gave no details. ⟨₂Norvia⟩ ⟪₂says⟫ ⟦₂the ships may stay⟧. Boats sank off Norvia's coast.", []want{indirOrg, indirOrg}},
		{"a single name that its dateline gives is a place", "DOVER (Reuters) - Ships left the port on Monday. ⟨Dover⟩ ⟪says⟫ ⟦the talks will go on⟧.", []want{indirOrg}},
		{"a single word with a capital inside names a brand", "⟨WireFeed⟩ ⟪reported⟫ ⟦the talks had failed⟧.", []want{indirOrg}},
		{"a single name that modifies a report names a body", "⟨Kestfeed⟩ ⟪said⟫ ⟦the talks had failed⟧. The news came a day after a Kestfeed report on the port.", []want{indirOrg}},
		{"a single name that sees documents names a body", "⟨Kestfeed⟩ ⟪said⟫ ⟦the port would close⟧. A letter seen by Kestfeed gave no date.", []want{indirOrg}},
		{"a single name that is told things names a body", "⟨Kestfeed⟩ ⟪said⟫ ⟦the port would close⟧. The mayor told Kestfeed about the ferry on Monday.", []want{indirOrg}},
		{"a single name paired with a body by a slash names a body", "⟨Kestfeed⟩ ⟪said⟫ ⟦the port would close⟧. A Dover/Kestfeed count came out.", []want{indirOrg}},
		{"a single name told to do something is a person", "⟨₁Reyes⟩ ⟪₁said⟫ ⟦₁the port would close⟧. ⟨₂The mayor⟩ ⟪₂told⟫ ⟦₂Reyes to stay home⟧.", []want{indirect, indirUnnmd}},
		{"a single name that reports from a place is a byline's person", "⟨Reyes⟩ ⟪said⟫ ⟦the port would close⟧. Reyes reported from Dover.", []want{indirect}},
		{"a single name after the is a body or a people, not a person", "⟨₁Wirex⟩ ⟪₁reported⟫ ⟦₁the talks had failed⟧. The minister spoke to the Wirex on Monday. ⟦₂The island is ours⟧, the ⟨₂Norvians⟩ ⟪₂say⟫.", []want{indirOrg, unnamed(unmarked)}},
		{"a name with two particles is one name", "⦃Defence Minister⦄ ⟨Anna von der Lee⟩ ⟪₁said⟫ ⟦₁the mission would end⟧. ⸨₂Von der Lee⸩ ⟪₂told⟫ reporters ⟦₂the troops were safe⟧.", []want{indirect, indirect}},
		{"a single name that is a middle word before a particle is the full name's", "⦃Former mayor⦄ ⟨Jose Mario Tomas da Reyes⟩ ⟪₁told⟫ reporters ⟦₁the vote was unfair⟧. ⸨₂Tomas⸩ ⟪₂said⟫ ⟦₂he would run again⟧.", []want{indirect, indirect}},
		{"a compound in -based or a long adverb in -ly before a name is no part of it", "The talks failed. Dover-based ⟨₁Tom Reyes⟩ ⟪₁said⟫ ⟦₁the vote was fair⟧. Understandably ⟨₂Ann Lee⟩ ⟪₂said⟫ ⟦₂the port would close⟧.", []want{indirect, indirect}},
		{"a plural noun for people after a name heads the subject", "⟨Kestian teachers⟩ ⟪₁deny⟫ ⟦₁the strike rumours⟧ and ⟪₂say⟫ ⟦₂classes are too big⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a role in capitals after a names no one", "“⟦₁We will win⟧,” ⟪₁added⟫ ⟨₁a New Dover Democrat⟩. “⟦₂They will lose⟧,” ⟪₂said⟫ ⟨₂an Iowa Republican⟩.", []want{unnamed(direct), unnamed(direct)}},
		{"a single name after a mid-sentence The or before poll is a body", "⟦₁Turnout fell in May⟧, ⟪₁according to⟫ ⟨₁The Daybook⟩. ⟨₂Harbourstat⟩ ⟪₂said⟫ ⟦₂the race was close⟧, as a Harbourstat poll showed in May.", []want{indirOrg, indirOrg}},
		{"a single name that opens a story after its dateline is a place or body", "DOVER (Reuters) - ⟨Kestia⟩ ⟪said⟫ on Monday ⟦the talks would go on⟧.", []want{indirOrg}},
		{"an office of state with a field, and a field of two words joined by and, before a name", "⦃₁Minister of State for Rural Affairs⦄ ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the ferry link would reopen⟧. ⟦₂Kestia must dredge the harbour⟧, ⦃₂Minister for Ports and Fisheries⦄ ⟨₂Tom Reyes⟩ ⟪₂said⟫.", []want{indirect, indirect}},
		{"a title with of the and a body before a name that a finite verb follows", "The port is shut. ⦃President of the Harbour Council⦄ ⟨Ann Lee⟩ ⟪called on⟫ ⟦Kestia to free the sailors⟧.", []want{indirect}},
		{"a capitalised title with no name and its phrase of or for is a description", "Talks failed. ⟨₁The President of Kestia⟩ ⟪₁said⟫ ⟦₁the market must open⟧. ⟨₂The Dover High Commissioner for Ferries⟩ ⟪₂said⟫ ⟦₂the late sailings must end⟧.", []want{indirUnnmd, indirUnnmd}},
		{"an inverted cue before a title, its body with the article and a name", "The port is shut. ⟦The plan was not fair⟧, ⟪said⟫ ⦃Kestian Ambassador to the Harbour Council⦄ ⟨Ann Lee⟩.", []want{indirect}},
		{"people of a body with its article speak, not the body", "Talks failed. ⟨Members of the ACN⟩ ⟪said⟫ ⟦the vote was unfair⟧. Speaker of the House Rep. Tom Reyes left.", []want{indirUnnmd}},
		{"two words joined by and after the article and before a body noun name one body", "Talks stalled. ⟨Tom Reyes⟩, ⦃the spokesman of the Bread and Salt movement⦄, one of the oldest trade groups in Dover, ⟪criticized⟫ ⟦the new tax⟧.", []want{indirect}},
		{"people before a preposition and names joined by and speak, not the names", "Ash fell. ⟨₁Several airlines in Kestia and Norvia⟩ ⟪₁said⟫ ⟦₁they are ready to fly⟧. ⟨₂Lawyers for Ann Lee and Tom Reyes⟩ ⟪₂said⟫ ⟦₂they would appeal⟧.", []want{indirOrg, indirUnnmd}},
		{"a plural organisation word opens a body's name with for", "Ash fell. ⟨The Centers for Harbour Control and Prevention⟩ ⟪said⟫ ⟦the rate fell⟧.", []want{indirOrg}},
		{"a title with of or for and its field before a name", "The vote failed. ⦃₁Minister of Foreign Affairs⦄ ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the vote was fair⟧. The agency quoted ⦃₂Minister of Sports⦄ ⟨₂Tom Reyes⟩ as ⟪₂saying⟫ ⟦₂the stadium was safe⟧.", []want{indirect, indirect}},
		{"a surname that is a title word too is the full name's when it speaks", "⦃Analyst⦄ ⟨Ann King⟩ ⟪₁said⟫ ⟦₁the vote was close⟧. ⸨₂King⸩ ⟪₂said⟫ ⟦₂the result was fair⟧.", []want{indirect, indirect}},
		{"a they after a relative word stands for all the groups its sentence's subject joins", "The fair closed. ⟨₁Unions and some councils⟩ raised alarm over what ⸨₁they⸩ ⟪₁say⟫ ⟦₁is a rise in stall fees⟧. ⟨₂Bakers and some councils⟩ objected to what ⸨₂they⸩ ⟪₂said⟫ ⟦₂was a tax on bread⟧.", []want{indirOrg, indirOrg}},
		{"a plural noun for people after a lower-case modifier heads the subject, not a verb", "The ferry stopped. ⟨₁Some foreign governments⟩ raised alarm over what ⸨₁they⸩ ⟪₁say⟫ ⟦₁is a rise in fares⟧. ⟨₂A small crowd of ferry supporters⟩ gathered at the quay, ⟪₂shouting⟫ that ⟦₂the boats must sail⟧.", []want{indirOrg, indirUnnmd}},
		{"a definite role in a story's first sentence is the person the next sentence names first, as its subject, with no title of another noun", "DOVER (Reuters) - ⸨₁⦃₁Kestia's harbour chief⦄⸩ ⟪₁warned⟫ late on Friday that ⟦₁the port would stay shut until May⟧. ⟦₂The talks had failed⟧, ⟨Ann Lee⟩ ⟪₂told⟫ a Dover radio station.", []want{indirect, indirect}},
		{"a role in a story's first sentence that serves a person named in it is not the person the next sentence names", "DOVER (Reuters) - ⟨₁Ann Lee's lawyer⟩ ⟪₁said⟫ on Monday that ⟦₁the port would stay shut until May⟧. ⟦₂The talks had failed⟧, ⟨₂Tom Reyes⟩ ⟪₂said⟫ in an interview.", []want{indirUnnmd, indirect}},
		{"a role in a story's first sentence is not a person the next sentence names with a title of another noun", "DOVER (Reuters) - ⟨₁The city's mayor⟩ ⟪₁said⟫ on Monday that ⟦₁the port would stay shut until May⟧. ⟦₂The talks had failed⟧, ⦃₂Harbour Council chairman⦄ ⟨₂Tom Reyes⟩ ⟪₂said⟫.", []want{indirUnnmd, indirect}},
		{"a they after a relative word stands for a plural subject whose phrase names a place, not for the place", "The gate was shut. ⟨₁Residents near the crossing with Kestia in Dover⟩ sent photos of what ⸨₁they⸩ ⟪₁said⟫ ⟦₁was a part of the fence being torn down⟧. ⟨₂Traders by the quay at Elm⟩ sent the council a list of what ⸨₂they⸩ ⟪₂said⟫ ⟦₂were lost goods⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a they after a relative word stands for the plural subject of its sentence", "The vote failed. ⟨₁Tenant groups and some Northern governments⟩ have voiced worry over what ⸨₁they⸩ ⟪₁say⟫ ⟦₁marks a rise in harbour rents⟧. ⟨₂Norvian police⟩ stopped a driver ⸨₂they⸩ ⟪₂said⟫ ⟦₂was part of the smuggling ring⟧.", []want{indirOrg, indirOrg}},
		{"a they after a statement of people named by a plural that opens the sentence", "⟨Officials⟩ ⟪₁said⟫ ⟦₁they were checking every oven in the bakery⟧. ⸨₂They⸩ ⟪₂asked⟫ ⟦₂bakers to keep the doors shut⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a they after a statement of a people is that people", "This is the third year the ⟨Norvians⟩ have ⟪₁said⟫ ⟦₁their orchards lost apples to frost⟧. Last week ⸨₂they⸩ ⟪₂said⟫ ⟦₂the pears were spared⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a name of two words after the or a body noun is a body, unless a role ends it", "⟦₁More than 200 people were killed⟧, ⟨₁the Red Harbour⟩ ⟪₁said⟫. News magazine ⟨₂Der Wirex⟩ ⟪₂reported⟫ ⟦₂the talks had failed⟧. ⟦₃We will vote no⟧, ⟪₃said⟫ the ⟨₃Dover Republican⟩.", []want{indirOrg, indirOrg, unmarked}},
		{"a he after an unnamed speaker passes a place and a capitalised word that opens a sentence", "Asked about the delay, ⟨a port spokesman⟩ ⟪₁said⟫: “⟦₁No comment.⟧” ⟦₂Late ferries are common in Dover⟧, ⸨₂he⸩ ⟪₂added⟫.", []want{unnamed(direct), indirUnnmd}},
		{"a he after the official whom a senior official introduced stays the official, past a person named before", "⟨A senior official⟩ ⟪₁said⟫ ⟦₁the vote was set⟧. Mayor Ann Lee backed the plan on Monday. “⟦₂It is done⟧,” ⸨₂the official⸩ ⟪₂added⟫. ⸨₃He⸩ ⟪₃said⟫ ⟦₃the port would close⟧.", []want{indirUnnmd, unnamed(direct), indirUnnmd}},
		{"a he goes on with the unnamed person its he before stood for, past an aside's statement and names reported", "⟨A senior official⟩ ⟪₁said⟫ ⟦₁the vote was set⟧. “⟦₂It is done⟧,” ⸨₂the official⸩ ⟪₂added⟫. ⸨₃He⸩ ⟪₃said⟫ ⟦₃an envoy met ⟨₄Tom Reyes⟩⟧, ⸨₄who⸩ has ⟪₄accused⟫ ⟦₄Ann Lee of fraud⟧. “⟦₅He had no new evidence⟧,” ⸨₅he⸩ ⟪₅added⟫.", []want{indirUnnmd, unnamed(direct), indirUnnmd, indirect, unnamed(direct)}},
		{"a she goes on with the person the she before stood for, past the sentences a stripped quote says", "DOVER (Reuters) - ⟨Ann Lee⟩ ⟪₁said⟫ on Monday ⟦₁her bid to succeed Mayor Tom Reyes was going well⟧. ⟦₂Those who oppose the plan are few⟧, ⸨₂she⸩ ⟪₂said⟫.  ⟦₃We will win. We will win soon. But we are not done⟧,  ⸨₃she⸩ ⟪₃said⟫ on the radio.", []want{indirect, indirect, unmarked}},
		{"an acronym in parentheses after a body's name is that body, named in full, and no she", "DOVER (Reuters) - Boats run by ⟨₁the Harbour Rescue Group⟩ (HRG) left port. Later, ⸨₁the HRG⸩ ⟪₁said⟫ ⟦₁it was launching an inquiry⟧. ⟨Ann Lee⟩ of ⟨₄the Kestia Food Programme⟩ (KFP) met the crew. ⟨₂The Dover Harbour Forum⟩ (DHF), which speaks for ten crews, ⟪₂said⟫ ⟦₂the port had turned boats away⟧. ⟦₃The boats are late⟧, ⸨₃Lee⸩ ⟪₃said⟫. ⟦₄Aid is short⟧, ⸨₄KFP⸩ ⟪₄said⟫ in July. ⟦₅The crews need food⟧, ⸨₅she⸩ ⟪₅said⟫.", []want{indirOrg, indirOrg, indirect, indirOrg, indirect}},
		{"two descriptions joined by and that open the clause a participle hangs on are one speaker", "Hours before the flood came, ⟨parents and teachers⟩ pleaded with Tom Reyes to leave, ⟪warning⟫ that ⟦the dam might break⟧.", []want{indirUnnmd}},
		{"a he after \"As for\" and a name is that name's, not the subject of the sentence before", "⟨Tom Reyes⟩ backed the plan. Ann Lee voted against a deal. As for Reyes, ⸨₁he⸩ ⟪₁said⟫ ⟦₁he was not worried⟧. “⟦₂We will win⟧,” ⸨₂he⸩ ⟪₂said⟫.", []want{indirect, direct}},
		{"a he goes to the subject before it whose title opens with the article and a body's name, with or without its initials", "DOVER (Reuters) - ⟨₁Sam Lee⟩, ⦃₁owner of the Corner Bakery⦄, ⟪₁said⟫ ⟦₁he would bake rye on Sundays⟧. Asked about the price of flour, the Kestia Bakers Union (KBU) ⦃₂⦃₃Secretary General⦄⦄ ⟨₂⟨₃Max Ford⟩⟩ ⟪₂said⟫ ⟦₂the union would hold its prices⟧.  ⟦₃Bread comes before cake in every shop⟧,  ⸨₃he⸩ ⟪₃said⟫. The ⦃₄⦃₅Dover Mill chief⦄⦄ ⟨₄⟨₅Ed Long⟩⟩ ⟪₄said⟫ ⟦₄the mill would run all night⟧.  ⟦₅We have the wheat⟧,  ⸨₅he⸩ ⟪₅said⟫.", []want{indirect, indirect, unmarked, indirect, unmarked}},
		{"a name after a conjunction that opens the sentence opens its clause, as the body an it after it stands for", "DOVER (Reuters) - The rebels took the port of Vell on Monday. But ⟨Kestia⟩ ⟪₁said⟫ ⟦₁the talks were over⟧. ⸨₂It⸩ ⟪₂demanded⟫ that ⟦₂they disarm⟧.", []want{indirOrg, indirOrg}},
		{"a speaking it that opens its sentence stands for a place that opens the sentence before", "DOVER (Reuters) - Talks were held in ⟨Kestia⟩ on Monday. Kestia still has few ferry links with Norvia. ⸨It⸩ has often ⟪condemned⟫ ⟦Norvia over the flood⟧. Dover is far from the coast. It is warm there.", []want{indirOrg}},
		{"a she goes to a lone name inside its sentence whose speech verb follows an age or a description of a person", "DOVER (Reuters) - ⟦₁Every loaf starts with a grain⟧,  ⟨₁Ann Lee⟩, who was fined in 2015, ⟪₁said⟫ in a letter. At the fish market, ⟨₂⟨₃Tama⟩⟩, 42, ⟪₂said⟫ ⟦₂she had sold all her crabs⟧.  ⟦₃My uncle still rows out at dawn⟧,  ⸨₃she⸩ ⟪₃said⟫. At the harbour school, ⟨₄⟨₅Lenka⟩⟩, ⦃₄⦃₅a teacher in the first year⦄⦄, ⟪₄said⟫ ⟦₄she had no spare desks⟧.  ⟦₅We put two children on one chair⟧,  ⸨₅she⸩ ⟪₅said⟫.", []want{unmarked, indirect, unmarked, indirect, unmarked}},
		{"a noun of kinship before a name or in apposition gives its gender, which a she does not fit", "DOVER (Reuters) - ⟨Ann Reyes⟩ ⟪₁said⟫ ⟦₁she would open a second bakery⟧. Her son Tom Reyes ran the first one until 2019. ⸨₂She⸩ ⟪₂declared⟫ ⟦₂the new ovens safe last week⟧. Her husband, Ed Long, was a fisherman. ⸨₃She⸩ ⟪₃denied⟫ ⟦₃any fault in the fire⟧.", []want{indirect, indirect, indirect}},
		{"a description is not a person whose title makes the role another, a deputy's or, for a bare one, a former holder's", "DOVER (Reuters) - The driver for Deputy Chief Justice Ann Lee missed the ferry on Monday. In March, ⟨₁the chief justice⟩ ⟪₁said⟫ ⟦₁courts would open later in winter⟧. Former mayor Tom Reyes opened a bakery on Friday. ⟨₂The mayor⟩ ⟪₂said⟫ ⟦₂the market was busy⟧. The ⦃₃⦃₄Harbour Party s former spokesman⦄⦄ ⟨₃⟨₄Ed Long⟩⟩ ⟪₃said⟫ ⟦₃the timetable was wrong⟧. The new fares came in July. ⸨₄The party s spokesman⸩ ⟪₄denied⟫ ⟦₄the fares were a tax⟧.", []want{indirUnnmd, indirUnnmd, indirect, indirect}},
		{"a bare description of a role goes on with a holder of it described since with another owner, not with a person so titled before", "DOVER (Reuters) - ⟦₁The vote is late⟧,  ⦃₁Harbour Council spokeswoman⦄ ⟨₁Ann Lee⟩ ⟪₁told⟫ a briefing. Later, ⟨₂the spokeswoman for the Kestian port authority⟩ ⟪₂described⟫ ⟦₂the delay as a concern⟧.  ⟦₃Boats need a safe quay above all⟧,  ⟨₃the spokeswoman⟩ ⟪₃said⟫.", []want{unmarked, indirUnnmd, unnamed(unmarked)}},
		{"her spokesman is not a spokesman whose title names nothing of hers", "DOVER (Reuters) - ⟦₁The ferry deal is close⟧, ⦃₁Harbour Council spokesman⦄ ⟨₁Tom Reyes⟩ ⟪₁told⟫ reporters. Prime Minister Ann Lee will visit the docks on Monday. ⟨₂Some⟩ have ⟪₂said⟫ ⟦₂Lee will sell the ferries⟧, but ⟨₃her spokesman⟩ ⟪₃said⟫ ⟦₃she wanted the boats kept in public hands⟧.", []want{indirect, indirUnnmd, indirUnnmd}},
		{"her spokesman may be a spokesman whose title names her body", "DOVER (Reuters) - ⟦₁The ferry deal is close⟧, ⦃₁⦃₃Harbour Council spokesman⦄⦄ ⟨₁⟨₃Tom Reyes⟩⟩ ⟪₁told⟫ reporters. Harbour Council chief Ann Lee will visit the docks on Monday. ⟨₂Some⟩ have ⟪₂said⟫ ⟦₂Lee will step down⟧, but ⸨₃her spokesman⸩ ⟪₃said⟫ ⟦₃she wanted to see the deal through⟧.", []want{indirect, indirUnnmd, indirect}},
		{"names listed in a stripped quote are no group a they after it stands for", "DOVER (Reuters) - ⟦₁The port of Vell will close for a week⟧, ⟨officials⟩ ⟪₁said⟫ on Monday.  ⟦₂Ann Lee and Tom Reyes agreed that the port should stay shut⟧,  ⸨₂they⸩ ⟪₂said⟫. The ferry was late.", []want{indirUnnmd, unnamed(unmarked)}},
		{"a she goes on with the she that is the subject of the sentence before, not with a name in its object", "DOVER (Reuters) - ⦃Mayor⦄ ⟨Ann Lee⟩ s complaints about the ferry company are well known. Still, Lee s tone has softened, and she gladly shook hands with ferry boss Tom Reyes in June. On Wednesday, she read from her notes through most of her talk with Reyes, as she showed him the new pier.  ⟦I would like the timetable fixed by spring⟧,  ⸨she⸩ ⟪said⟫.", []want{unmarked}},
		{"a he does not go on with the he of a sentence a source named in it tells", "DOVER (Reuters) - One of the ferry crew is Tom Reyes, 23, who is at home. The right sleeve of Reyes s coat is torn. ⟦₁He was pulling ropes on the deck with his cousin when a wave struck the boat⟧, ⟪₁according to⟫ ⸨₁his younger brother⸩, ⟨Ed Long⟩.  ⟦₂Unlike me, my brother can swim well⟧,  ⸨₂he⸩ ⟪₂said⟫.", []want{indirect, unmarked}},
		{"a long word with an abstract noun's ending names a body, not a person, and an it after it stands for it", "DOVER (Reuters) - Two captains face a hearing. In a notice, the ⟨Harbour People s ⸨₁Magistracy⸩⟩ of Kestia ⟪₁said⟫ ⟦₁the pilot, Tom Reyes, had ignored the speed limit⟧. ⸨₂It⸩ ⟪₂urged⟫ ⟦₂a fine of ten days' pay for him⟧.", []want{indirOrg, indirOrg}},
		{"the and a body noun stand for the body named just before with that noun, before its name or as its last word, but not past another body", "DOVER (Reuters) - ⟦₁We expect the pier to be rebuilt⟧,  activist group ⟨₁⟨₂Harbour Watch⟩⟩ ⟪₁said⟫ in a notice.  ⸨₂The group⸩ ⟪₂said⟫ ⟦₂300 boats had signed its letter⟧. The pier plan is backed by the ruling Kestia Labour Party and the Farmers League. It would hurt the small Wirex, which wins many town votes. ⟨₃The party⟩ ⟪₃says⟫ ⟦₃the plan could cost it two seats⟧. ⟨₄⟨₅The Dover Ferry Company⟩⟩ ⟪₄said⟫ on Monday ⟦₄it would cut fares⟧. ⸨₅The company⸩ ⟪₅said⟫ ⟦₅prices would fall⟧.", []want{org(unmarked), indirOrg, indirOrg, indirOrg, indirOrg}},
		{"a participle that opens a sentence is no part of the name it takes as object", "The vote failed. Accepting ⟨Ann Lee⟩ as leader was wise. ⸨Lee⸩ ⟪said⟫ ⟦the vote was fair⟧.", []want{indirect}},
		{"a plural verb after a name of people makes them unnamed, not the last of a list", "The town was empty. ⟨₁Norvian Muslims⟩ have ⟪₁said⟫ ⟦₁they fled the fighting⟧. Ann Lee and ⟨₂Tom Reyes⟩ have met. ⸨₂Reyes⸩ ⟪₂said⟫ ⟦₂the road is closed⟧.", []want{indirUnnmd, indirect}},
		{"a surname without its Arabic article is the full name's", "⦃Mayor⦄ ⟨Omar al-Farouk⟩ spoke on Monday. ⸨₁Farouk⸩ ⟪₁said⟫ ⟦₁the bridge would close⟧. ⸨₂Al-Farouk⸩ ⟪₂added⟫ ⟦₂the ferry would run⟧.", []want{indirect, indirect}},
		{"a possessive apostrophe after s goes on to the owned noun of a hearer", "⟨₁Ann Lee⟩ ⟪₁complained⟫ to Reyes’ aide that ⟦₁the port is unsafe⟧. ⟨₂Tom Reyes⟩ ⟪₂told⟫ the workers’ union ⟦₂the gate is shut⟧.", []want{indirect, indirect}},
		{"the source a report cites is no statement, but evidence cited is", "⟦₁Three ferries ran aground⟧, ⟨₁the Harbour Gazette⟩ ⟪₁reported⟫, citing police sources. ⟦₂Two boats sank⟧, ⟨₂Wirex Radio⟩ ⟪₂said⟫, quoting a coast guard spokesman. ⟨₃Ann Lee⟩ quit on Monday, ⟪₃citing⟫ ⟦₃high rents⟧. ⟨₄Tom Reyes⟩ ⟪₄said⟫ ⟦₄the fares would rise⟧, citing port sources.", []want{indirOrg, indirOrg, indirect, indirect}},
		{"a speech word after an article and a modifier is a noun, inside an aside too", "⟨₁Ann Lee⟩, citing a new report, ⟪₁said⟫ ⟦₁the port was unsafe⟧. ⟨₂The mayor⟩, pointing to his own report, ⟪₂said⟫ ⟦₂the gate was shut⟧. ⟨₃Bakers⟩ who filed the brief ⟪₃said⟫ ⟦₃the rule was unfair⟧.", []want{indirect, indirUnnmd, indirUnnmd}},
		{"a speech word after a possessor and a modifier inside an aside is a noun, stripped too", "⟨₁Tom Reyes⟩, a leader of last year's protests, ⟪₁said⟫ ⟦₁the march would go ahead⟧. ⟨₂Ann Lee⟩, a critic of the mayor s harbour claims, ⟪₂said⟫ ⟦₂the port was safe⟧.", []want{indirect, indirect}},
		{"a relative clause with no pronoun on a phrase in apposition to a clause holds a statement, but not one on a clause's subject", "The council put off the vote, a move ⟨the mayor⟩ ⟪said⟫ ⟦would cost the port dearly⟧. In May, the plan Lee said would fail was dropped. Everything Lee says is true.", []want{indirUnnmd}},
		{"a description by the adjective of a person's own people resolves to that person", "⦃Foreign Minister⦄ ⟨Jo Park⟩ of Kestia ⟪₁said⟫ ⟦₁the talks failed⟧. ⸨₂The Kestian minister⸩ ⟪₂added⟫ that ⟦₂more talks were needed⟧.", []want{indirect, indirect}},
		{"an order's hearer may have an apposition before the infinitive", "⟨₁Ann Lee⟩ ⟪₁told⟫ ⟦₁Tom Reyes, the guild's treasurer, to sell the boats⟧. ⟨₂Jo Park⟩ ⟪₂warned⟫ ⟦₂Ed Long, head of the ferry crew, to stay off the quay⟧.", []want{indirect, indirect}},
		{"an order's hearer may be a bare plural, and a day may stand before the infinitive", "⟨₁The Harbour Council⟩ ⟪₁warned⟫ ⟦₁boat owners on Sunday to stay in port⟧. ⟨₂Ann Lee⟩ ⟪₂told⟫ ⟦₂bakers to close early⟧.", []want{indirOrg, indirect}},
		{"an order given with told or warned is a statement of the hearer and the infinitive", "⟨₁Ann Lee⟩ ⟪₁told⟫ ⟦₁him to buy the boats⟧. ⟨₂Tom Reyes⟩ ⟪₂warned⟫ ⟦₂the crew to stay off the quay⟧. ⟨₃Jo Park⟩ ⟪₃told⟫ reporters ⟦₃the port was safe⟧.", []want{indirect, indirect, indirect}},
		{"told of after a comma or before said is told by others", "Tom Reyes, told of the plan by his aide, wept. Bakers told of the cuts on Monday said little.", nil},
		{"the and a body noun after an unnamed body of that noun is that one", "⟨₁Norvex Bank⟩ ⟪₁said⟫ ⟦₁profits fell⟧. Tom Reyes moved his savings to a small local bank. ⟨₂The bank⟩ ⟪₂said⟫ ⟦₂it had many new clients⟧.", []want{indirOrg, indirOrg}},
		{"a definite description goes to a name before it whose title has a phrase after its noun, but a bare title of that noun comes first and a holder named by another owner stays apart", "⟨₁⟨₂Ann Lee⟩⟩, ⦃₁⦃₂a spokeswoman for the council⦄⦄, ⟪₁said⟫ ⟦₁the port would close⟧. ⸨₂The spokeswoman⸩ ⟪₂said⟫ ⟦₂taxes would rise⟧. ⦃₄President⦄ ⟨₄Jo Park⟩ spoke on Monday. ⟨₃Tom Reyes⟩, ⦃₃president of the rowing club⦄, ⟪₃said⟫ ⟦₃the oars were new⟧. ⸨₄The president⸩ ⟪₄said⟫ ⟦₄the bridge was safe⟧. A Wirex spokeswoman came too. ⟦₅The fees stay⟧, ⟨₅the spokeswoman⟩ ⟪₅said⟫.", []want{indirect, indirect, indirect, indirect, indirUnnmd}},
		{"people who speak for a name through for or of are the subject of a verb joined by and", "DOVER (Reuters) - The court will rule next week. ⟨₁Lawyers for Ann Lee⟩ met the judge on Monday and ⟪₁said⟫ ⟦₁she should be freed⟧. ⟨₂Friends of Tom Reyes⟩ held a vigil and ⟪₂said⟫ ⟦₂he was innocent⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a mention in another's words or as an object does not make a holder the one a role's description means", "Kestian President Tom Reyes met ⦃₁⦃₂⦃₃Norvian President⦄⦄⦄ ⟨₁⟨₂⟨₃Ann Lee⟩⟩⟩ on Monday. ⸨₁Lee⸩ ⟪₁called⟫ ⟦₁the move reckless⟧. “⟦₂Reyes is wrong⟧,” ⸨₂she⸩ ⟪₂said⟫. ⸨₃The president⸩ ⟪₃said⟫ ⟦₃she would not back down⟧.", []want{indirect, direct, indirect}},
		{"envoy and leader stand for an ambassador's and a president's titles, with no lower-case word before them", "DOVER (Reuters) - ⦃₁⦃₃Kestian Ambassador⦄⦄ ⟨₁⟨₃Tom Reyes⟩⟩ ⟪₁said⟫ ⟦₁the port was safe⟧. ⦃₂⦃₄Norvian President⦄⦄ ⟨₂⟨₄Ann Lee⟩⟩ ⟪₂said⟫ ⟦₂the port was not⟧. ⸨₃The Kestian envoy⸩ ⟪₃said⟫ ⟦₃the ships would stay⟧. ⸨₄The Norvian leader⸩ ⟪₄said⟫ ⟦₄they would go⟧. ⟨₅The opposition leader⟩ ⟪₅said⟫ ⟦₅nobody knew⟧.", []want{indirect, indirect, indirect, indirect, indirUnnmd}},
		{"a role's definite description is the holder mentioned last, though another holder's full name came later", "DOVER (Reuters) - ⦃₂Kestian President⦄ ⟨₂Tom Reyes⟩ met the press. ⦃₁Norvian President⦄ ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the deal was fair⟧. Reyes flew home on Monday. ⸨₂The president⸩, who took office in May, ⟪₂said⟫ ⟦₂the deal was unfair⟧.", []want{indirect, indirect}},
		{"a name before an aside on who whose closing comma is missing is the subject, not the name that ends the aside", "DOVER (Reuters) - The vote is on Monday. ⟨₁Tom Reyes⟩, who sits on the Harbour Council ⟪₁said⟫ ⟦₁the port would close⟧. ⟨₂Ann Lee⟩, 45, who moved to Elm from Dover City ⟪₂said⟫ ⟦₂she was glad⟧. ⟨₃Jo Park⟩, who heads the Dover Guild ⟪₃said⟫ ⟦₃fees would rise⟧.", []want{indirect, indirect, indirect}},
		{"a role's description at a setting is no other holder of the role", "⦃Harbour Council spokeswoman⦄ ⟨Ann Lee⟩ ⟪₁said⟫ ⟦₁the port was shut⟧. Asked by the spokeswoman at a briefing, Tom Reyes smiled. Later ⸨₂the spokeswoman⸩ ⟪₂said⟫ ⟦₂talks would go on⟧.", []want{indirect, indirect}},
		{"calling something a name in an aside after the subject is a statement of that subject", "⟨₁⟨₂Ann Lee⟩⟩, ⟪₁calling⟫ ⟦₁the reforms “a sham,”⟧ ⟪₂said⟫ ⟦₂the port would close⟧. ⟨₃Tom Reyes⟩, ⟪₃calling⟫ ⟦₃her a liar⟧, left the hall. Ida Moss, citing a new survey, said nothing.", []want{mixed, indirect, indirect}},
		{"claiming or agreeing in a relative clause or a participle describes the subject", "⟨Ann Lee⟩, who agreed to speak on condition of anonymity, ⟪said⟫ ⟦the port would close⟧. A man claiming to be a doctor stopped the car. The man who claimed to own the boat was arrested.", []want{indirect}},
		{"an attack with a weapon or on a place is a deed, one with a reason is in words", "Tom Reyes attacked a guard with a knife. Ida Moss attacked the village of Elm at dawn. ⟨Ann Lee⟩ ⟪attacked⟫ ⟦Tom Reyes over the tax⟧.", []want{indirect}},
		{"a quotation with no comma before told keeps its attribution", "“⟦Go home⟧” ⟨Tom Reyes⟩ ⟪told⟫ the crowd that had gathered outside.", []want{direct}},
		{"a thing that echoes another says nothing", "The case echoed an earlier scandal in Dover. ⟨Ann Lee⟩ ⟪echoed⟫ ⟦the mayor's call for calm⟧.", []want{indirect}},
		{"hailing a taxi or a person who arrives, and applauding a person, say nothing", "Ann Lee hailed a taxi outside the station. The crowd hailed Ann Lee as she arrived. The audience applauded Tom Reyes as he walked on stage. ⟨Ida Moss⟩ ⟪hailed⟫ ⟦Tom Reyes's plan⟧.", []want{indirect}},
		{"what was promised with an article is a statement, as doc.go says a promise is", "⟨₁Ann Lee⟩ ⟪₁promised⟫ ⟦₁a new pier⟧. ⟨₂Tom Reyes⟩ ⟪₂promised⟫ ⟦₂a full inquiry⟧. It was a promising start.", []want{indirect, indirect}},
		{"hailing something as something is a statement, as describing it as something is", "⟨Tom Reyes⟩ ⟪hailed⟫ ⟦the new quay as a triumph⟧. He hails from Dover.", []want{indirect}},
		{"the target of mocking, deriding, rebuking or touting is a statement, as of criticizing", "⟨₁Ann Lee⟩ ⟪₁mocked⟫ ⟦₁the ferry timetable⟧. ⟨₂Tom Reyes⟩ ⟪₂derided⟫ ⟦₂the new toll⟧. ⟨₃Ida Moss⟩ ⟪₃rebuked⟫ ⟦₃the council for its delay⟧. ⟨₄Ed Long⟩ ⟪₄touted⟫ ⟦₄the harbour's new crane⟧. They staged a mock vote.", []want{indirect, indirect, indirect, indirect}},
		{"a quotation with no comma before a cue that has a clause of its own names something in the subject", "“Harbour Nights” ⦃host⦄ ⟨Ann Lee⟩ ⟪said⟫ ⟦the show would end in May⟧.", []want{indirect}},
		{"the verb of a relative clause on the speaker after a quotation is not its attribution", "“⟦₁The answer is, ‘I am for the ferry, come what may,’⟧” ⟨₁⟨₂Reyes⟩⟩, ⸨₂who⸩ has ⟪₂proposed⟫ ⟦₂closing the old quay⟧, ⟪₁said⟫ at the time.", []want{direct, indirect}},
		{"the infinitive after claimed or agreed is what was claimed or agreed", "⟨₁Ann Lee⟩ ⟪₁claimed⟫ ⟦₁to know the answer⟧. ⟨₂The Harbour Council⟩ ⟪₂agreed⟫ ⟦₂to take 300 bakers a year⟧. The board agreed to  fair, open votes  at once.", []want{indirect, indirOrg}},
		{"people in a town and its region speak, not the region", "⟨₁Residents in Dover, Kestia⟩ ⟪₁complained⟫ that ⟦₁aid was slow⟧. After meeting the workers in Elm, ⟨₂⟨₃⟨₄Lee⟩⟩⟩ ⟪₂said⟫ ⟦₂the port would close⟧. ⟦₃The farmers in Elm⟧, ⸨₃⸨₄Lee⸩⸩ ⟪₃said⟫, ⟦₄were tired⟧.", []want{indirUnnmd, indirect, indirect, indirect}},
		{"people in places joined by and are unnamed, not persons", "But ⟨officials in Dover and Kestia⟩ ⟪said⟫ ⟦the race was close⟧.", []want{indirUnnmd}},
		{"a name and an aside on it before a verb are its subject, not a statement with an inverted speaker", "Tom Reyes, aka Big Tom, wrote a letter. ⟦₁The port is safe, Dover and Elm⟧, ⟪₁said⟫ ⟨₁the mayor⟩.", []want{indirUnnmd}},
		{"a body with a relative clause set off by commas before its cue speaks", "⟦₁The port will close⟧, ⟨₁the Harbour Group⟩, which backs the mayor, ⟪₁said⟫. Lee backed the plan, which will cost more.", []want{indirOrg}},
		{"guards, clerics, detainees and other plain people nouns head unnamed speakers", "⟨₁The guards⟩ ⟪₁described⟫ ⟦₁the prison as a hellhole⟧. ⟨₂Prison clerics⟩ ⟪₂called⟫ ⟦₂the food “a disgrace.”⟧", []want{indirUnnmd, {kind: Mixed, marked: true, spk: Unnamed}}},
		{"plurals joined by and after the comma that sets off an attribution speak together", "⟦₁The cause of the delay⟧, ⟨₁⟨₂dock workers and managers⟩⟩ ⟪₁say⟫, ⟦₂is a lack of cranes⟧.", []want{indirUnnmd, indirUnnmd}},
		{"people in a place with a relative clause speak, not the place", "⟨Residents in Dover⟩ who lost their homes ⟪complained⟫ that ⟦aid was slow⟧.", []want{indirUnnmd}},
		{"a past with its own object after an act's short object is the speaker's next act", "⟨₁Ann Lee⟩ ⟪₁called for⟫ ⟦₁calm⟧ and left the stage. ⟨₂Tom Reyes⟩ ⟪₂warned against⟫ ⟦₂haste⟧ and set a date for the vote. ⟨₃Jo Park⟩ ⟪₃praised⟫ ⟦₃the crew⟧ and cut the ribbon.", []want{indirect, indirect, indirect}},
		{"a past that ends the sentence after an act's short object, a comma and \"and\" is the speaker's next act", "⟨Ann Lee⟩ ⟪called for⟫ ⟦patience⟧, and left. The council met again in May.", []want{indirect}},
		{"a passive after an act's object of two words is the speaker's, not the statement's", "⟨₁The boy⟩ ⟪₁complained of⟫ ⟦₁a headache⟧ and was sent home. ⟨₂Ann Lee⟩ ⟪₂praised⟫ ⟦₂the plan⟧ and was cheered by the crowd.", []want{indirUnnmd, indirect}},
		{"a full name named once is a person's, though \"it was a\" follows it", `⟨Tom Reyes⟩ ⟪said⟫ ⟦it was a good day for the port⟧.`, []want{indirect}},
		{"a full name named once is a person's, though \"it was not clear\" or \"it is important\" follows it", `⟨₁Tom Reyes⟩ ⟪₁said⟫ ⟦₁it was not clear whether the ferry would sail⟧. ⟨₂Ann Lee⟩ ⟪₂said⟫ ⟦₂it is important to wait⟧.`, []want{indirect, indirect}},
		{"a full name later called by its last word is a person's, though \"it\" follows it", `⟨Ann Lee⟩ ⟪₁said⟫ ⟦₁it was over⟧. ⟦₂The vote is lost⟧, ⸨₂Lee⸩ ⟪₂added⟫.`, []want{indirect, indirect}},
		{"a possessor is no surname: the body keeps its \"it\"", `⟨₁Virgo Pacific⟩ ⟪₁said⟫ ⟦₁it would cancel its flights⟧. ⟨₂Pacific's weather office⟩ ⟪₂warned of⟫ ⟦₂ash⟧.`, []want{indirOrg, indirOrg}},
		{"an inverted description takes in the place or body it serves, up to a relative clause", `“⟦₁We will stay⟧,” ⟪₁said⟫ ⟨₁a senior officer with the Harbour Guard⟩. “⟦₂It is calm⟧,” ⟪₂said⟫ ⟨₂the Kestian farmer of Elm Vale⟩ who asked not to be named. “⟦₃We wait⟧,” ⟪₃said⟫ ⟨₃an aide⟩ in a statement.`, []want{unnamed(direct), unnamed(direct), unnamed(direct)}},
		{"an inverted description takes in the phrase after its noun", `“⟦₁We will win⟧,” ⟪₁said⟫ ⟨₁a senior official familiar with the talks⟩. “⟦₂It works⟧,” ⟪₂said⟫ ⟨₂a diplomat based in Dover⟩ on Monday. “⟦₃We lost⟧,” ⟪₃said⟫ ⟨₃an aide speaking on condition of anonymity⟩.`, []want{unnamed(direct), unnamed(direct), unnamed(direct)}},
		{"an according-to source takes in the phrase after its noun", `⟦₁The plan failed⟧, ⟪₁according to⟫ ⟨₁people familiar with his thinking⟩. ⟦₂Few want it⟧, ⟪₂according to⟫ ⸨₂a poll published in ⟨₂the Dover Times⟩⸩ on Monday.`, []want{indirUnnmd, indirOrg}},
		{"called on a date, then for or on", `⟨₁The harbour board⟩ ⟪₁called on⟫ Tuesday for ⟦₁an end to the strike at the port⟧. ⟨₂Ann Lee⟩ ⟪₂called on⟫ Nov. 3 on ⟦₂the council to resign⟧.`, []want{indirOrg, indirect}},
		{"a native of a place is a description, and one after a name and an age its apposition", "The fair opened on Friday. ⟨₁A native of Kestia⟩ ⟪₁said⟫ ⟦₁the stalls were full⟧. ⟨₂Ann Lee⟩, 51, ⦃₂a native of Norvia⦄ ⟪₂said⟫ ⟦₂the pies sold out by noon⟧.", []want{indirUnnmd, indirect}},
		{"a year between the subject and its verb", `⟨A harbour watchdog⟩ in 2016 ⟪called on⟫ ⟦the council to close the port⟧.`, []want{indirOrg}},
		{"a year before a participle is no subject's", `⟨Ann Lee⟩ took over the bakery in 2012 ⟪vowing⟫ ⟦to bake rye bread every day⟧.`, []want{indirect}},
		{"a year before according-to keeps the cue", `⟦Turnout rose by a third in 2016⟧ ⟪according to⟫ a poll by ⟨the Harbour Institute⟩.`, []want{indirOrg}},
		{"points after a number are a measure, not a cue", `⟨Ann Lee⟩ ⟪pointed to⟫ ⟦the polls⟧. Support for her party rose 2 points to 40 percent, and fell two points to 38 percent a week later.`, []want{indirect}},
		{"a single name after the article that opens a sentence is a body's", `⟨The Kestrel⟩ ⟪said⟫ ⟦the talks had failed⟧. The Harbour report came out on Monday.`, []want{indirOrg}},
		{"a body's acronym in parentheses inside a role after the name is part of the title, when the role goes on after it", "“⟦₁The boats will sail at noon⟧,” ⟪₁said⟫ ⟨₁Tom Reyes⟩, ⦃₁a Kestian Coast Guard (KCG) spokesman⦄. ⟨₂Ann Lee⟩, ⦃₂director of the Dover Institute (DI) of Trade⦄, ⟪₂said⟫ ⟦₂fares would rise⟧. ⟨₃Bo Jin⟩, ⦃₃a member of the Elm Party⦄ (EP), ⟪₃said⟫ ⟦₃the vote was fair⟧.", []want{direct, indirect, indirect}},
		{"an acronym no list holds is a body's name inside a title", `⟨Tom Reyes⟩, ⦃an ACN committeeman from Dover⦄, ⟪said⟫ ⟦the vote was fair⟧.`, []want{indirect}},
		{"an acronym's letters in title case end a person's name", `⦃₁Kestian leader⦄ ⟨₁Bo Jin Un⟩ ⟪₁said⟫ ⟦₁the tests would go on⟧. ⟨₂The UN⟩ ⟪₂said⟫ ⟦₂it would meet on Friday⟧.`, []want{indirect, indirOrg}},
		{"a title after its noun is no name", `“⟦The clause is lawful⟧,” ⟨the Advocate General⟩ ⟪said⟫.`, []want{unnamed(direct)}},
		{"a description named for another body or role than a title is no one named", "Harbour Council spokesman Ann Lee arrived. ⟦₁The ferry will stay⟧, ⟨₁Reyes's spokesman⟩ ⟪₁said⟫. ⦃₂Defence Minister⦄ ⟨₂Tom Reyes⟩ met Foreign Minister Jo Park. ⟦₂The port is shut⟧, ⸨₂the Kestian defense minister⸩ ⟪₂said⟫. ⟦₃Talks go on⟧, ⟨₃Dover's trade minister⟩ ⟪₃said⟫.", []want{indirUnnmd, indirect, indirUnnmd}},
		{"he or she after a description that names a titled person is that person, past a name inside the statement", "DOVER (Reuters) - ⦃Mayor⦄ ⟨Ann Lee⟩ met the council on Friday. The port was closed. Boats were idle. Fish rotted. ⸨₁The mayor⸩ ⟪₁said⟫ ⟦₁Jo Park had to pay⟧. ⸨₂She⸩ ⟪₂said⟫ ⟦₂the town could not afford more delay⟧.", []want{indirect, indirect}},
		{"he after a description that names a titled person, with no subject before", "DOVER (Reuters) - ⦃Abbot⦄ ⟨Tom Reyes⟩ met the monks on Friday. The port was closed. Boats were idle. Fish rotted. ⸨₁The abbot⸩ ⟪₁said⟫ ⟦₁the Dover Star Line had to pay⟧. ⸨₂He⸩ ⟪₂said⟫ ⟦₂the line owed the town an apology⟧.", []want{indirect, indirect}},
		{"two prepositions joined by and in a phrase after the subject's head", "The vote was close. ⟨Critics inside and outside the council⟩ ⟪say⟫ ⟦the ferry costs too much⟧.", []want{indirUnnmd}},
		{"an act's infinitive after a time is the statement, past a later that", "The port will close. ⟨Tom Reyes⟩ ⟪vowed⟫ on Tuesday ⟦to cut aid to towns that vote for the plan⟧.", []want{indirect}},
		{"a threat made is said, a danger is not", "The port will close. ⟨₁Tom Reyes⟩ has ⟪₁threatened⟫ ⟦₁to sue the council⟧. ⟨₂Ann Lee⟩ ⟪₂declared⟫ ⟦₂the plan was at odds with the law and could threaten the harbour⟧. The flood threatened dozens of farms. A feud between the two bakers threatened to close the market. A strike by ferry crews threatened to halt trade. ⟨₃The dockers’ union⟩ ⟪₃threatened⟫ ⟦₃to strike⟧. The mayor talked to ⟨₄Jo Park⟩, ⸨₄who⸩ has ⟪₄threatened⟫ ⟦₄to quit the board⟧.", []want{indirect, indirect, indirOrg, indirect}},
		{"what came of it after a dash or underlining is the reporter's", "The port will close. ⟨₁Tom Reyes⟩ ⟪₁urged⟫ ⟦₁the council to quit the talks⟧ - reversing a decade of work. ⟨₂Ann Lee⟩ ⟪₂said⟫ ⟦₂the cuts saved money⟧, underlining the rift in the party. ⟨₃Jo Park⟩ ⟪₃said⟫ ⟦₃the ferry would stop - leaving the isle cut off - if fees rose⟧.", []want{indirect, indirect, indirect}},
		{"a people's name before a participle's phrase speaks with the phrase", "The town emptied. But ⟨Norvians fleeing to Kestia⟩ ⟪say⟫ ⟦the army burned their homes⟧.", []want{indirUnnmd}},
		{"a definite description goes to the person whose title shares its words", `⦃Justice Minister⦄ ⟨Ann Lee⟩ and ⦃Prime Minister⦄ Tom Reyes met on Monday. ⟦₁The ferry will stay⟧, ⸨₁the justice minister⸩ ⟪₁said⟫.`, []want{indirect}},
		{"that before a lone noun is a demonstrative, not a clause", `The judge denied that motion. Rights groups have criticized that ruling, and leaders tried to counter that effect.`, nil},
		{"an acronym no pronoun refers to is a body", `“⟦We are elated⟧,” ⟨HWPA⟩ ⟪said⟫.`, []want{directOrg}},
		{"an acronym among lower-case words is a body though a he follows", `⟦₁Tom Reyes was freed on Monday⟧, ⟨KNA⟩ ⟪₁said⟫, ⟪₂adding⟫ that ⟦₂he was well⟧.`, []want{indirOrg, indirOrg}},
		{"a name whose people's adjective is in the text is a place", `Kestian troops crossed the river on Monday. ⟨Kestia⟩ has ⟪denied⟫ that ⟦the troops were armed⟧.`, []want{indirOrg}},
		{"a single word that things come from or go to is a place or body", `The rockets came from ⟨Kestia⟩ on Monday. ⸨₁Kestia⸩ has ⟪₁denied⟫ ⟦₁sending arms⟧. Ann Lee got a letter from ⟨₂Tom Reyes⟩. ⸨₂Reyes⸩ ⟪₂said⟫ ⟦₂the port was shut⟧. Sales grew, according to ⟨₃Vellstat⟩. ⸨₃Vellstat⸩ ⟪₃said⟫ ⟦₃prices rose⟧.`, []want{indirOrg, indirect, indirOrg}},
		{"a plural name counted in thousands names a people, which he does not refer to", `Thousands of Kestian Muslims fled the town on Monday. ⟦₁Residents of the next village were on edge⟧, ⟪₁said⟫ ⸨₁⦃its leader⦄⸩, ⟨Tom Reyes⟩. They guard the village in case the Kestian attacked. “⟦₂We are terrified⟧,” ⸨₂he⸩ ⟪₂said⟫.`, []want{indirect, direct}},
		{"a name after a kind of place and of is a place, which he does not refer to", `⦃Mayor⦄ ⟨Tom Reyes⟩ sailed to the small island of Vell Dara on Monday. Vell Dara has few shops. “⟦We will open a market⟧,” ⸨he⸩ ⟪said⟫ in a speech.`, []want{direct}},
		{"a name listed with a place is a place", `Envoys from North Vell, Dovaria and ⟨Ostrel⟩ met on Monday. ⸨Ostrel⸩ ⟪says⟫ ⟦the dam is safe⟧.`, []want{indirOrg}},
		{"a name given as an example of places is a place", `Some countries, notably ⟨Dovaria⟩, refused to pay. ⸨Dovaria⸩ ⟪says⟫ ⟦the fund is unfair⟧.`, []want{indirOrg}},
		{"a capitalised plural after a quantifier or a sentence's first article names a people", `The dam was shut on Monday. Still, many ⟨₁Kestians⟩ ⟪₁say⟫ ⟦₁it should open⟧. The ⟨₂Norvians⟩ ⟪₂say⟫ ⟦₂the river is too high⟧. The ⟨₃Reyes⟩ and Lee campaigns met on Monday. ⸨₃Reyes⸩ ⟪₃said⟫ ⟦₃the talks went well⟧.`, []want{indirUnnmd, indirUnnmd, indirect}},
		{"a plural for a kind of people, capitalised only where it opens a sentence, names no one", `The bridge was shut on Monday. ⟨₁Surveyors⟩ ⟪₁said⟫ ⟦₁it was unsafe⟧. ⟨₂Tom Walters⟩ was there. ⸨₂Walters⸩ ⟪₂said⟫ ⟦₂it would reopen⟧.`, []want{indirUnnmd, indirect}},
		{"a single word that starts a body's name of three words is that body", `⟨Dovar Shipping Inc⟩ ⟪₁said⟫ on Monday ⟦₁its ships were safe⟧. ⸨₂Dovar⸩ ⟪₂said⟫ ⟦₂no ship was lost⟧.`, []want{indirOrg, indirOrg}},
		{"a description with a word in -ing before a body noun describes a body", `The rating fell. ⟨Vellpoll⟩, a Kestian polling company, ⟪said⟫ ⟦the mayor's rating fell again⟧.`, []want{indirOrg}},
		{"a weak cue and a comma before a stripped mark open a quote", "⟨Ann Lee⟩ spoke on Monday.  ⟦₁We will win⟧,  ⸨₁⸨₂Lee⸩⸩ ⟪₁said⟫.  ⟦₂It will be hard. It will be long.⟧  ⸨₃She⸩ ⟪₃continued⟫,  ⟦₃There will be a new ferry by spring, and the port will stay open.⟧  The vote is in May.", []want{unmarked, unmarked, unmarked}},
		{"a verb before a stripped closing mark and the quote's attribution opens no quote of its own", "DOVER (Reuters) - ⟦₁The port is shut⟧, ⟨₁⟨₂⟨₃Ann Lee⟩⟩⟩ ⟪₁said⟫ on Monday.  ⟦₂There s a bitter row over Kestia s dock fees and it will continue⟧,  ⸨₂⸨₃Lee⸩⸩ ⟪₂said⟫ in an address to her party, ⟪₃adding⟫ that ⟦₃Dover would never permit a  toll road  on its border⟧.", []want{{kind: Indirect}, unmarked, {kind: Mixed}}},
		{"the speaker's I after a reply's comma and a stripped mark opens a quote, though a speech verb follows", "The talks went on for a week. ⟨₁Reyes⟩ ⟪₁said⟫ ⟦₁he asked ⟨₂Ann Lee⟩, ⦃₂a possible choice for mayor⦄, about the ferry⟧ and ⸨₂Lee⸩ ⟪₂replied⟫,  ⟦₂I ve often found, hand me a tide chart and a crew and I sail better than I do with a map.⟧  The vote is on Friday.", []want{indirect, unmarked}},
		{"a clause reported with its own speech verb after a cue's comma and a stripped mark is the quote", "⟨Ann Lee⟩ did not seem pleased with Reyes  comments on Monday, ⟪telling⟫ reporters,  ⟦Plenty of voters said the mayor ought to quit.⟧  The vote is on Friday.", []want{unmarked}},
		{"an it after a colon is the stripped quotation's, not the speaker's", `The bakers met again on Monday.  ⟦₁We will not be rushed⟧,  ⟪₁said⟫ ⟨₁Ann Lee⟩. ⟨₂Park⟩ ⟪₂added⟫:  ⟦₂It s about the bread now, every shop must help.⟧  The fair is on Friday.`, []want{unmarked, unmarked}},
		{"a body's name runs on past against in lower case", `The port stayed open. ⟨The Harbour Committee against Noise⟩ ⟪said⟫ ⟦the ships were too loud⟧.`, []want{indirOrg}},
		{"a body's name keeps the article written before it where no noun follows", "Boats run by ⟨the Harbour Rescue Group⟩, which has ten crews, left port. ⸨Harbour Rescue Group⸩ ⟪said⟫ ⟦it was launching an inquiry⟧.", []want{indirOrg}},
		{"a body's name without the place that opens it is that body, named in full, but not without a word that describes it", "⟨₁⟨₂The U.K. Harbour Department⟩⟩ ⟪₁said⟫ on Monday ⟦₁it would act⟧. Later, ⸨₂the Harbour Department⸩ ⟪₂said⟫ ⟦₂it was not sure⟧. ⟨₃The Kestia Port Board⟩ met. Kestia has two ports. ⸨₃The Port Board⸩ ⟪₃said⟫ ⟦₃the fees would rise⟧. ⟨₄The Free Ferry Party⟩ ⟪₄said⟫ ⟦₄it would act⟧. ⟨₅The Ferry Party⟩ ⟪₅said⟫ ⟦₅it would not⟧.", []want{indirOrg, indirOrg, indirOrg, indirOrg, indirOrg}},
		{"an acronym in parentheses after a body's name made of its initials in another order is that body", "⟨Radio Wirex Kestia⟩ (KRW) ⟪₁said⟫ ⟦₁the bridge was shut⟧. ⸨₂KRW⸩ ⟪₂said⟫ ⟦₂12 people died⟧.", []want{indirOrg, indirOrg}},
		{"the and a body's noun stand for the body named more fully before, after a name's possessive or a word in capitals, but not after an indefinite one", "⟨₁⟨₂Kestia's coast guard⟩⟩ ⟪₁said⟫ ⟦₁it had rescued 40 people⟧. ⸨₂The coast guard⸩ ⟪₂said⟫ ⟦₂more were missing⟧. Tom Reyes moved his savings to a small bank. ⟨₃The bank⟩ ⟪₃said⟫ ⟦₃it was sound⟧. ⟨₄The Kestian navy⟩ and the Dover army met. ⸨₄The navy⸩ ⟪₄said⟫ ⟦₄it was ready⟧. ⟨₅Dover's chamber of bakers⟩ met on Monday. ⸨₅The chamber⸩ ⟪₅said⟫ ⟦₅bread would cost more⟧.", []want{indirOrg, indirOrg, indirOrg, indirOrg, indirOrg}},
		{"a news agency's name with its medium after it is the agency's full name", "The story was carried by ⟨the Harbour news agency⟩. ⸨Harbour⸩ ⟪said⟫ ⟦three people were hurt⟧.", []want{indirOrg}},
		{"a body named first with its place's possessive keeps it, unless it modifies a noun", "⟨₁⟨₂North Kestia's Harbour Ministry⟩⟩ ⟪₁said⟫ ⟦₁the port was shut⟧. Later, ⸨₂the Harbour Ministry⸩ ⟪₂said⟫ ⟦₂fees would rise⟧. Tom Reyes gave Ann Lee's Dover Council speech. ⟨₃The Dover Council⟩ ⟪₃said⟫ ⟦₃the speech was long⟧.", []want{indirOrg, indirOrg, indirOrg}},
		{"the and the last word of a body's name alone is that body, named in full, but not capitals", "⟨₁⟨₂The Harbour Commission⟩⟩ ⟪₁said⟫ ⟦₁the port was shut⟧. Later, ⸨₂the Commission⸩ ⟪₂said⟫ ⟦₂fees would rise⟧. The Young KVP met on Monday. Later, ⟨₃the KVP⟩ ⟪₃said⟫ ⟦₃the vote was fair⟧.", []want{indirOrg, indirOrg, indirOrg}},
		{"an acronym in parentheses after a body's name joined by and or an ampersand names the whole body, though its first word is left out", "⟨₁Kestia Dock and Harbour Service⟩ (DHS) opened a berth. ⟦₁It will take ten ships⟧, ⸨₁DHS⸩ ⟪₁said⟫. ⟨₂Dover Power & Light⟩ (DPL) cut fees. ⸨₂DPL⸩ ⟪₂said⟫ ⟦₂it had spent more on the grid⟧.", []want{indirOrg, indirOrg}},
		{"an acronym in brackets after a body's name is a body though a he follows", `⟨The Harbour Rights Group⟩ (HRG) spoke for Tom Reyes. ⟦His brother was held for a week⟧, ⸨HRG⸩ ⟪said⟫ of his case.`, []want{indirOrg}},
		{"a participle after a determiner before a plural noun is an adjective", `Ann Lee is likely to collect most of those pledged donations, judging by the bake sale list.`, nil},
		{"a form in -s after a sentence's first word before are is a plural noun", "Ferry questions are likely to come up again in Dover.", nil},
		{"adding a thing in a relative clause states nothing", "Tom Reyes turned 60 on Friday, the opening of a season in which he may add one more ferry route to his list.", nil},
		{"an act that takes an object with of right after it is a passive participle", `Dover also freed Ed Long, a ferry pilot accused of smuggling, but ⟨the council⟩ ⟪insisted⟫ ⟦that had no link to the trade⟧.`, []want{indirOrg}},
		{"a name after a determiner splits a statement as a description does", `⟦In a market run on the worries of small, family-owned bakeries⟧, those ⟨Conservatives⟩ ⟪₁argued⟫, ⟦older shoppers would come back soon⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"a speech verb's participle after a split attribution takes no subject from the front", `⟦The baker was paid in Dover, while the miller was paid in Kestia⟧, ⟨Ann Lee⟩ ⟪₁said⟫, ⟦describing the deal as a fair one⟧.`, []want{indirect, indirect}},
		{"a quoted show after a hearer's possessive is the hearer", `⟨Ann Lee⟩ ⟪told⟫ Harbour TV's "Morning Show" on Sunday that ⟦the port would close⟧.`, []want{indirect}},
		{"a colon in a work's title after an inverted speaker's apposition opens nothing", `⟦The port must close⟧, ⟪said⟫ ⟨Tom Reyes⟩, ⦃a co-author of Ferry Tales⦄: Inside the World of Harbour Shipping.`, []want{indirect}},
		{"the inverted subject of a quote's attribution is the he after it, not a name in its apposition", `Last year, Ed Long, a former director, was sentenced. "⟦₁We have to be careful⟧," ⟪₁said⟫ ⟨Tom Reyes⟩, ⦃a co-author of Ferry Tales⦄. "⟦₂It is not an unfair position⟧," ⸨₂he⸩ ⟪₂added⟫.`, []want{direct, direct}},
		{"denying permission or bail is a refusal, not a denial of a claim", "The Harbour Court denied permission for a review of the plan. The judge denied him bail on Monday. ⟨Ann Lee⟩ ⟪denied⟫ ⟦the request was made⟧.", []want{indirect}},
		{"a law or rule is no source after according to", "Ships must carry a licence, according to Kestia rules. The vote is void, according to the constitution. ⟨Ann Lee⟩ wrote to the council on Tuesday ⟪saying⟫ ⟦the firm must, according to the rules, hand over its records⟧.", []want{indirect}},
		{"rejecting accusations is a denial whose object is the claim", "⟨The mayor⟩ ⟪rejected⟫ ⟦council accusations of overcharging as unfair⟧. Tom Reyes rejected the plan.", []want{indirUnnmd}},
		{"a negation carries over or to the second verb", "The Harbour Council has not opened an inquiry or announced any measures. ⟨Tom Reyes⟩ opened an inquiry or ⟪announced⟫ ⟦the port would close⟧.", []want{indirect}},
		{"a noun after responding to is what was answered, not a statement", "⟨Kestia⟩ ⟪said⟫ on Monday ⟦its ferry route would stay shut⟧, responding to a fresh offer from the two largest Dover bakeries. Ann Lee replied to the four Dover schools.", []want{indirOrg}},
		{"a past as-clause after a dated saying is the reporter's time of it", "⟦Sales were strong⟧, ⟨the Harbour ministry⟩ ⟪said⟫ on Friday, as fish stalls opened in the south.", []want{indirOrg}},
		{"an infinitive of purpose after used a noun", "⟨₁Ann Lee⟩ used a trip to Dover last month to ⟪₁warn⟫ that ⟦₁the orchard would close⟧. ⟨₂Tom Reyes⟩ used the fair to ⟪₂warn⟫ that ⟦₂the ferry was late⟧. It is a widely used phrase to say the least.", []want{indirect, indirect}},
		{"the object of called for is never an inverted speaker", "Tom Reyes was fined. In Dover, ⟨the Harbour traders office⟩, ⸨₁which⸩ has ⟪₁denounced⟫ ⟦₁the new stall fees since 2019⟧, ⟪₂called for⟫ ⟦₂his refund⟧.", []want{indirOrg, indirOrg}},
		{"a verb and its object before a participle leave the verb's subject", "Thousands marched in Dover. ⟨Some protesters⟩ carried placards ⟪criticizing⟫ ⟦the mayor for the closure⟧.", []want{indirUnnmd}},
		{"a country's domain ends no sentence inside a hearer", "⟨Ann Lee⟩ would not speak at the ferry pier, but ⟪told⟫ the norvia.ru news portal in June that ⟦she had never sailed there⟧.", []want{indirect}},
		{"a denial's one-word object is the claim denied", "⟨Tom Reyes⟩, who has lived in exile since 1999, ⟪denies⟫ ⟦involvement⟧. Ann Lee denied it. Police would arrest anyone who fled or denied involvement.", []want{indirect}},
		{"a speech verb's participle on a document in an aside does not end the subject search", "⟨The Harbour Council⟩, in a notice posted at its door, ⟪said⟫ ⟦the reading room was closed⟧.", []want{indirOrg}},
		{"a setting after an apposition's comma before the verb", "⟨₁Ann Lee⟩, ⦃₁the library spokeswoman⦄, at a meeting in March ⟪₁said⟫ ⟦₁the reading room was full⟧. The library reopened, after ⟨₂the council⟩ ⟪₂said⟫ ⟦₂it was dry⟧.", []want{indirect, indirOrg}},
		{"a show after the kind of programme it is reports no finding", `Ann Lee will talk about the Kestia TV show Harbour Nights showing a storm at sea. The players' favourite TV shows look rather dull.`, nil},
		{"boasting a thing is having it, boasting that is saying", "The free port boasts just one small shop. ⟨Tom Reyes⟩ ⟪boasts⟫ that ⟦the town is safe⟧. Ann Lee boasts a ten-point lead.", []want{indirect}},
		{"responding by a deed says nothing, responding by saying does", "The club responded by quietly raising its fees for guests. ⟨Tom Reyes⟩ ⟪responded⟫ by saying ⟦the fees were fair⟧.", []want{indirect}},
		{"what stands before a verb with an infinitive of its own is the reporter's", "As is common among bakers in Dover, the guild agreed in 2009 to charge less. Wirex was among many shops fined by the board, and late in her term, the shop agreed to refund $2 million. ⟦The market will reopen⟧, ⟨Ann Lee⟩ ⟪said⟫ to reporters.", []want{indirect}},
		{"an infinitive after a verb that takes none tells why, and leaves the front a statement", "⟦The port is safe⟧, ⟨Ann Lee⟩ ⟪said⟫ to calm the crowd.", []want{indirect}},
		{"a front with a verb of its own before later or ago is a statement", "⟦₁Prices fell years ago⟧, ⟨₁Ann Lee⟩ ⟪₁said⟫. ⟦₂Rents rose months later⟧, ⟨₂Tom Reyes⟩ ⟪₂said⟫.", []want{indirect, indirect}},
		{"a bare speech verb that goes on a requested infinitive is part of the request, also after the infinitive's words in marks", "⟨₁Ann Lee⟩ has been ⟪₁asking⟫ ⟦₁her neighbours to sign the list and promise their help to her⟧. ⟨₂The Harbour Group⟩ is ⟪₂calling on⟫ ⟦₂Tom Reyes to “stop stalling” and call on Jo Park to resign⟧.", []want{indirect, org(mixed)}},
		{"a bare verb after a subject or modal of its own, or after the comma that closes an opening request, is no part of the request", "When asked to comment, ⟨Ann Lee⟩ would only smile and ⟪₁say⟫ ⟦₁the port is safe⟧. ⸨₂Lee⸩ ⟪₂asked⟫ ⟦₂voters to stay home⟧, but ⟨₃they⟩ would only smile and ⟪₃say⟫ ⟦₃the plan is a sham⟧. When asked to comment, ⟨₄the mayors⟩ just shrug and ⟪₄say⟫ ⟦₄the port is safe⟧.", []want{indirect, indirect, unnamed(indirect), unnamed(indirect)}},
		{"a document written, whatever its adjectives, is no statement, nor is a time before it", "Early this week, the guild wrote a long, two-page letter to the mayor, Ann Lee. A month later, Tom Reyes wrote an article for the Ledger about the fair, which was printed with a map. ⟨Jo Park⟩ ⟪wrote⟫ in a letter that ⟦the fair was cancelled⟧.", []want{indirect}},
		{"a document noun that is the subject of a clause after wrote is no document written", "⟨₁Ann Lee⟩ ⟪₁wrote⟫ ⟦₁the report was flawed⟧. ⟨₂Tom Reyes⟩ ⟪₂wrote⟫ ⟦₂his plan would cut taxes⟧. That Kestia wrote the report did not go down well.", []want{indirect, indirect}},
		{"boasting a clause after a determiner is saying", "⟨₁Ann Lee⟩ ⟪₁boasted⟫ ⟦₁the port is the best in Kestia⟧. ⟨₂Tom Reyes⟩ ⟪₂boasts⟫ ⟦₂the town has never been safer⟧.", []want{indirect, indirect}},
		{"said it best before a verb in -s is a clause", "⦃Mayor⦄ ⟨Ann Lee⟩ ⟪said⟫ ⟦it best suits the town⟧.", []want{indirect}},
		{"making it clear and signaling that after a statement are the speaker saying more", "⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁she would stay, making it clear that she would not resign⟧. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂he would vote, signaling that he would back it⟧.", []want{indirect, indirect}},
		{"as was after a statement goes on unless it is the case", "⟨Ann Lee⟩ ⟪said⟫ ⟦the port was closed, as was the ferry⟧.", []want{indirect}},
		{"how a thing was put is no statement, what follows the colon is", "⦃₁Mayor⦄ ⟨₁Tom Reyes⟩ explained it this way to the class: “⟦₁A budget is like a garden.⟧” ⦃₂Judge⦄ ⟨₂Jo Park⟩ ⟪₂said⟫ ⟦₂the claim was false⟧.", []want{direct, indirect}},
		{"observing a thing is watching it, observing that is saying", "Tom Reyes spends his days observing classes and running workshops. Ann Lee observed polling in Dover. ⟨Jo Park⟩ ⟪observed⟫ that ⟦the market was quiet⟧.", []want{indirect}},
		{"claiming responsibility owns a deed and states nothing", `A little-known group claimed responsibility for the graffiti on the bakery. No one has claimed credit for the mural.`, nil},
		{"an abbreviated title after then- or ex- ends no sentence", `⟨₁Ann Lee⟩ ⟪₁argued⟫ that ⟦₁the gap between Reyes and then-Sen. Tom Park was narrow⟧. ⟨₂Jo Park⟩ ⟪₂said⟫ ⟦₂ex-Gov. Ed Long would run⟧.`, []want{indirect, indirect}},
		{"a capitalised preposition or adverb after a headline's cue is no statement", "Ann Lee Responds To Question About Ferry Fares\n\nTom Reyes Makes Rude Joke To Mock Ann Lee\n\nWhy The Video Makes Ann Lee's Ferry Claim Even Worse\n\nThe mayor spoke on Monday.", nil},
		{"a headline's speech act takes its capitalised infinitive", "⟨Ann Lee⟩ ⟪Vows⟫ ⟦To Cut Ferry Fares⟧\n\nThe mayor spoke on Monday.", []want{indirect}},
		{"claiming a thing as one's own takes it and states nothing", `The council welcomed the vote and claimed the Harbour Room as its own. The rebels claim the town as their own.`, nil},
		{"claiming a thing takes it and states nothing", `Ann Lee claimed the seat in May. The rebels claim more land from the army, and 600 people claimed asylum in Kestia.`, nil},
		{"claiming victory, or a clause whose subject has a phrase with to, is a statement", `⟨₁Tom Reyes⟩ ⟪₁claimed⟫ ⟦₁victory in the vote⟧. ⟨₂The Dover Post⟩ ⟪₂claims⟫ ⟦₂the council's refusal to act is a disgrace⟧.`, []want{indirect, indirOrg}},
		{"a noun in -ly after a name heads the subject", `⟨₁The Reyes family⟩ ⟪₁said⟫ ⟦₁the bakery would stay open⟧. ⟨₂A close Reyes ally⟩ ⟪₂said⟫ ⟦₂the rent was fair⟧. ⟨₃The Commission⟩ firmly ⟪₃denied⟫ ⟦₃raising the fees⟧.`, []want{indirUnnmd, indirUnnmd, indirOrg}},
		{"a name after an article in a relative clause on the subject is not the subject", `⟨₁The head of the band⟩ that took the Harbour Prize ⟪₁said⟫ ⟦₁the hall would close⟧. ⟨₂The captain of the team⟩ that won this year's Dover Cup on Monday ⟪₂urged⟫ ⟦₂the council to repair the pitch⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"a noun joined by and to the end of a phrase after the subject's head is not the subject", `⟨₁Two sources familiar with assessments of Kestia capabilities and activities⟩ ⟪₁said⟫ ⟦₁the port would close⟧. ⟨₂Officials with knowledge of the talks and the deal⟩ ⟪₂said⟫ ⟦₂the ferry would stop⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"a name that ends a phrase after the subject's head is not the subject", `On Monday, ⟨₁officials investigating the crash in Dover⟩ ⟪₁said⟫ ⟦₁the pilot was tired⟧. But ⟨₂the committee scrutinising the deal with Kestia⟩ ⟪₂said⟫ ⟦₂it was satisfied⟧.`, []want{indirUnnmd, indirOrg}},
		{"a scene after a split attribution is no rest of the statement", `⟦₁The school will shut its old gym next spring⟧, ⟨₁a school official⟩ ⟪₁said⟫ on Thursday, in an effort to trim its bills. ⟦₂Dover Radio has opened a fund for the pupils⟧, ⟨₂the station⟩ ⟪₂reported⟫ on its web page, without naming a sum.`, []want{indirUnnmd, {kind: Indirect, spk: Organization}}},
		{"a report named after a trailing attribution is no rest of the statement", `⟦₁The ferry will stop in May⟧, ⟨₁Ann Lee⟩ ⟪₁said⟫ in an interview, the Dover Herald reported on Thursday. ⟦₂The port is safe⟧, ⟨₂Tom Reyes⟩ ⟪₂told⟫ the Kestia Post, the paper reported.`, []want{indirect, indirect}},
		{"a speech verb after without is no cue of its own", `⟦₁The troops have left the valley⟧, ⟨₁Kestian radio⟩ ⟪₁reported⟫, without elaborating. Ann Lee left the hall without explaining why.`, []want{indirOrg}},
		{"what a speaker did not say after a trailing attribution is no rest of the statement", `⟦₁The ferry will stop in May⟧, ⟨₁a harbour official⟩ ⟪₁said⟫ on Monday, without elaborating. ⟦₂The port is safe⟧, ⟨₂a resident⟩ ⟪₂said⟫, declining to be named. ⟦₃The pier will close⟧, ⟨₃the council⟩ ⟪₃said⟫, without mentioning the vote.`, []want{indirUnnmd, indirUnnmd, indirOrg}},
		{"a title goes on past \"as\" after a participle that names a role", `⟨Ann Lee⟩, ⦃a lawyer running as the candidate of the Harbour Party⦄, ⟪told⟫ reporters ⟦the vote was fair⟧.`, []want{indirect}},
		{"an apposition in the first or second person is no title", `Speaking in Dover, ⟨Tom Reyes⟩ ⟪said⟫ ⟦the vote was fair⟧, as supporters chanted Reyes, our president at the rally.`, []want{indirect}},
		{"a speech act's complement ends before \"and\" and a subordinate clause of the next clause", `⟨Ann Lee⟩ ⟪criticized⟫ ⟦Dover for its support of the rebels⟧, and since the deal ended, the council has revived its ties to Kestia.`, []want{indirect}},
		{"a speech verb in the present after a comma and a whole clause is the speaker's next act", `⟨Ann Lee⟩ ⟪says⟫ ⟦the tax will hurt the poor⟧, denounces the plan as a sham and wants a vote.`, []want{indirect}},
		{"easing or breaking after a comma tells what came of a statement, but not after the gerund of an accusation", `⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the quake was natural⟧, easing fears of a bomb. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂Dover should sell the mill⟧, breaking a long silence in the town. ⟨₃Critics⟩ ⟪₃accused⟫ ⟦₃the mayor of discriminating against workers, breaking the law and misleading voters⟧.`, []want{indirect, indirect, indirUnnmd}},
		{"a participle's speaker is the role a name's phrase hangs on", `⟨₁The Archbishop of Dover⟩ wrote to local choirs on Monday, ⟪₁urging⟫ ⟦₁them to join the march⟧. ⟨₂Lawyers for Tom Reyes⟩ wrote to the court, ⟪₂saying⟫ ⟦₂the ferry was safe⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"a participle with its agent after a trailing attribution describes the report, no rest of the statement", `⟦₁The rebels burned the port⟧, ⟨₁Ann Lee⟩ ⟪₁said⟫ on Monday in a report, issued by the Harbour Trust. ⟦₂The town fell⟧, ⟨₂Tom Reyes⟩ ⟪₂said⟫, cited by the Dover Post.`, []want{indirect, indirect}},
		{"a time after a trailing attribution is no rest of the statement", `⟦₁The ferry left the quay late⟧, ⟨₁a harbour spokesman⟩ ⟪₁said⟫ on Saturday, one week after the gale. ⟦₂The market reopened⟧, ⟨₂market officials⟩ ⟪₂said⟫, hours after the flood.`, []want{indirUnnmd, indirUnnmd}},
		{"a quotation after a connective carries on the statement before it", `“⟦₁We lost the vote⟧,” ⟨Lee⟩ ⟪₁said⟫. Still, “⟦₂we will be back next year.⟧” Sadly, “the lake.”`, []want{direct, direct}},
		{"a relative clause after a name is no title", `The fight sets the town against a club run by ⟨Harbouria⟩, which includes the large Bakers group. ⸨Harbouria⸩ ⟪said⟫ ⟦the fair was cancelled⟧.`, []want{indirect}},
		{"it after a body whose verb follows a phrase set off", `⟨The harbour regulator⟩, in a statement to reporters, ⟪₁said⟫ ⟦₁the ferry was unsafe⟧. “⟦₂Owners must act⟧,” ⸨₂it⸩ ⟪₂said⟫.`, []want{indirOrg, directOrg}},
		{"it after a body whose verb follows a relative clause", `⟨The party⟩, which tops many polls, wants a new vote. ⸨It⸩ ⟪said⟫ ⟦the count was unfair⟧.`, []want{indirOrg}},
		{"it after a document with a verb in the present", `⟨The report⟩ tracks a steady fall in ferry bookings. ⸨It⸩ ⟪said⟫ ⟦the number had halved⟧.`, []want{indirOrg}},
		{"a place that ends a phrase on the speaking noun is no speaker", `⟨₁The council in the northern town of Harbour⟩ ⟪₁said⟫ ⟦₁the bridge had cracked⟧. ⟨₂Officials in the capital of Harbouria⟩ ⟪₂said⟫ ⟦₂the port was shut⟧. ⟦₃The ferry was late⟧, ⟨₃a spokesman for the city of Dover⟩ ⟪₃said⟫.`, []want{indirOrg, indirUnnmd, indirUnnmd}},
		{"a hearer's name run into the statement's subject", `⦃Defence Secretary⦄ ⟨Ann Lee⟩ ⟪₁told⟫ Reuters ⟦₁Reyes was aware of the plan⟧. ⸨₂Lee⸩ ⟪₂told⟫ President Tom Park ⟦₂Harbouria had stopped the trade⟧.`, []want{indirect, indirect}},
		{"a line of reactions names its speaker and role before the colon", "The fair closed.\n\n⟨MARTA REYES⟩, ⦃Harbour Savings chief economist⦄:\n\n\"⟦Ferry fares will barely move.⟧\"\n", []want{direct}},
		{"a body word before of the takes the name after it", `⟨The International Committee of the Harbour Cross⟩ ⟪said⟫ ⟦it had left the port⟧.`, []want{indirOrg}},
		{"a list of names before the last and speaks together", `The talks ended. ⟨Ann Lee, Tom Reyes and Jo Park⟩ ⟪said⟫ ⟦they would go⟧.`, []want{indirect}},
		{"places joined by and are bodies when the text shows them as places", `Talks were held in Norvia and in Kestia. ⟨Norvia and Kestia⟩ ⟪announced⟫ ⟦the dates for the talks⟧.`, []want{indirOrg}},
		{"pronoun after quote", `⦃Police chief⦄ ⟨Maria Lopez⟩ spoke on Monday. “⟦Nobody was hurt⟧,” ⸨she⸩ ⟪said⟫.`, []want{direct}},
		{"surname without accents", `⦃Governor⦄ ⟨José Núñez⟩ signed the bill. "⟦It is a good day⟧," ⸨Nunez⸩ ⟪said⟫.`, []want{direct}},
		{"a modal as a surname", "⟨Anna May⟩, ⦃the prime minister⦄, ⟪₁said⟫ ⟦₁the talks had failed⟧. ⸨₂May⸩ ⟪₂said⟫ ⟦₂a deal was still possible⟧. Lee May Visit Paris.", []want{indirect, indirect}},
		{"a modal as a surname before a perfect speech verb", "⟨Anna May⟩, ⦃the prime minister⦄, spoke on Monday. ⸨May⸩ has repeatedly ⟪said⟫ ⟦the island will leave the union⟧. May has been wet.", []want{indirect}},
		{"a modal as a surname before a possessive, in an aside", "⟨Green⟩, ⦃Mayor Jo May s deputy⦄, ⟪said⟫ ⟦the stalls would open again in June⟧.", []want{indirect}},
		{"an amount in dollars opens a clause", `Last year, ⟨the harbour council⟩ ⟪said⟫ ⟦$11 million was lost at the port⟧.`, []want{indirOrg}},
		{"an observatory is a body whose name takes for", `⟦The storm lasted through the night, tearing at the pier roofs⟧, ⟨the Dover Observatory for Sea Weather⟩ ⟪said⟫.`, []want{indirOrg}},
		{"a museum is a body", `⟨The Harbour History Museum⟩ ⟪said⟫ ⟦there had been an incident outside⟧.`, []want{indirOrg}},
		{"an inverted subject before when", `⟦The plan will fail⟧, ⟪said⟫ ⟨Tom Reyes⟩ when asked about the mayor.`, []want{indirect}},
		{"a speech verb inside an aside's subordinate clause", `⟨The kingdom's harbour master⟩, speaking with reporters after ⟨₁the kingdom⟩ ⟪₁announced⟫ ⟦₁bakers could sell on Sundays⟧, ⟪₂said⟫ ⟦₂the move was a big step⟧.`, []want{indirOrg, indirUnnmd}},
		{"a trailing attribution before a participle reports the clause with a cue of its own", `⟦₁A ferry hand admitted at a hearing on Tuesday that he took the fares⟧, ⟨a port clerk⟩ ⟪₁said⟫, ⟪₂adding⟫ that ⟦₂the man was sorry⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"the day and year of a month after the cue are its time, not a count", `⟨₁Ann Lee⟩ ⟪₁said⟫ on Oct. 13 ⟦₁she would not sign the lease⟧. ⟨₂Tom Reyes⟩ ⟪₂said⟫ in June 2016 that ⟦₂the ferry was late⟧. ⟨₃Jo Park⟩ ⟪₃said⟫ in May ⟦₃40 people had left⟧.`, []want{indirect, indirect, indirect}},
		{"a long phrase between the cue and that", `⟨Lee⟩ ⟪said⟫ after talks with the head baker at a small village bakery on Monday that ⟦the baker would ask him to run the ovens⟧.`, []want{indirect}},
		{"a time after a show's title between the cue and that", `⟨Reyes⟩ ⟪said⟫ on Acme's "Harbour Talk" on Sunday that ⟦the mayor had lied to the council⟧.`, []want{indirect}},
		{"an office after a title's preposition that runs into a name whose surname stands alone later", `⦃Kestian Minister of Defense⦄ ⟨Ann Lee⟩ ⟪₁said⟫ ⟦₁the port would close⟧. ⸨₂Lee⸩ ⟪₂added⟫ that ⟦₂she would stay⟧.`, []want{indirect, indirect}},
		{"a long subject of a trailing attribution opens after the statement's comma", `⟦₁Most of the stall holders had no part in the dispute⟧, ⟨₁two bakers protesting against the new rents⟩ ⟪₁told⟫ the council on Friday. But while Kestia is backing the pause as a win for the market, ⟨₂several sources privy to the talks⟩ ⟪₂say⟫ ⟦₂it is the Dover traders who asked for it⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"a place after near ends a phrase on the noun that speaks", `⟦The boats are tied up along the quay⟧, ⟨a local farmer and a shopkeeper from a town near Dover⟩ ⟪said⟫.`, []want{indirUnnmd}},
		{"a name and its apposition joined by and to a description speak together", `⟦The plan will allow tours from Dover to Kestia⟧, ⟨Ann Lee, deputy director at the Kestia Tourism Board, and executives at travel firms⟩ ⟪said⟫ on Tuesday.`, []want{indirect}},
		{"a name after and the joins the one before it", `⟨The Harbour Union and the Dover Guild⟩ ⟪said⟫ ⟦they would not join the march⟧.`, []want{indirOrg}},
		{"letters of a name split off by a stripped accented letter stay in the name", "⟦₁The bakery hopes to sell more rye bread⟧,  ⟪₁said⟫ ⟨₁Tom Fa si⟩, ⦃₁special adviser at the Dover Institute⦄.  ⟦₂The vote was won⟧,  ⟨₂Ann Le o⟩ ⟪₂told⟫ supporters.", []want{unmarked, unmarked}},
		{"a one-word office after a capitalised title and of splits off the name after it", `⟦The vote was a crime⟧, ⦃Minister of Justice⦄ ⟨Tom Reyes⟩ ⟪said⟫.`, []want{indirect}},
		{"a body after a title's preposition is part of the title before the name split off it", `⟦The port will close⟧, ⦃Kestian Ambassador to the United Nations⦄ ⟨Ann Lee⟩ ⟪told⟫ the chairman of the board. Lee was the first envoy to visit.`, []want{indirect}},
		{"a title that opens the run after a title's preposition stays with the name", `⟨A close ally of President Tom Reyes⟩ ⟪said⟫ ⟦the plan failed⟧. Reyes left.`, []want{indirUnnmd}},
		{"a trailing speaker's lead with a name before titles joined by and", `⟦The city has a duty to act⟧, ⦃Dover University professor and former judge⦄ ⟨Tom Reyes⟩ ⟪said⟫ on Wednesday.`, []want{indirect}},
		{"it after a clause opened by after or since stands for that clause's body", `Tom Reyes was fined after ⟨the army⟩ took over the fish market in a step which ⸨it⸩ ⟪said⟫ ⟦would stop fraud⟧.`, []want{org(indirect)}},
		{"it in a sentence after a clause opened by before stands for the main clause's body", `⟨Wirex TV⟩ ⟪₁said⟫ on Monday ⟦₁the vote was held before the board met⟧. ⟦₂Most voters were undecided⟧, ⸨₂it⸩ ⟪₂said⟫.`, []want{org(indirect), org(indirect)}},
		{"a long acronym standing alone among lower-case words is a body's name", `The boy was ill. ⟨₁KESTCO⟩ ⟪₁said⟫ ⟦₁the children were at risk⟧. ⦃₂HARBCO-PF chief whip⦄ ⟨₂Ann Lee⟩ ⟪₂said⟫ ⟦₂the vote would be held⟧.`, []want{indirOrg, indirect}},
		{"a list that goes on into a clause is no title of its first name", `Tom Reyes won. Kestia, Norvia, Dover and Elm were kept on the ferry timetable set by the mayor. ⟦The routes are safe⟧, ⟨the mayor⟩ ⟪said⟫ in a letter.`, []want{unnamed(indirect)}},
		{"roles joined by and that open the clause are one title, but not after a preposition", `⦃₁Harbour Council President and Editor-in-Chief⦄ ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the plan failed⟧. ⟦₂The rain fell⟧, ⟪₂said⟫ ⦃₂opposition legislator and economist⦄ ⟨₂Tom Reyes⟩. In June, ⦃₃Kestian energy and climate minister⦄ ⟨₃Jo Park⟩ ⟪₃said⟫ ⟦₃prices rose⟧. After talks with the mayor and ⦃₄party leader⦄ ⟨₄Ed Long⟩, ⸨₄Long⸩ ⟪₄said⟫ ⟦₄the port would open⟧.`, []want{indirect, indirect, indirect, indirect}},
		{"a list after of or from is the object of the noun that speaks", `⟦₁Bread prices rose by a third in May⟧, ⟨₁the heads of the Harbour Council, the Dover Board and the Port Authority⟩ ⟪₁said⟫ on Tuesday. ⟨₂The leaders of Kestia, Norvia and Dover⟩ ⟪₂said⟫ ⟦₂prices rose⟧. ⟨₃Senators Ann Lee of Dover, Tom Reyes of Kestia and Jo Park⟩ ⟪₃said⟫ ⟦₃they would vote against it⟧.`, []want{indirUnnmd, indirUnnmd, indirect}},
		{"however glued to the subject, or set off after the cue, is the reporter's", `⟨₁Kestia⟩ however, has ⟪₁said⟫ for years that ⟦₁the ferry would run late⟧. ⟨₂Ann Lee⟩ ⟪₂said⟫, however, ⟦₂no bakers had lost their jobs⟧.`, []want{indirect, indirect}},
		{"names with appositions joined by and speak together", `⟨₁Ann Lee, the mayor, and Tom Reyes⟩, the chief, ⟪₁said⟫ ⟦₁the plan failed⟧. ⟦₂The rule hurts the port⟧, ⟨₂the board's chairman, Jo Park, and its chief, Ed Long⟩, ⟪₂said⟫ on Monday. ⟦₃It was late⟧, ⟨₃Al Roe, a U.N. adviser on fishing, and Bo Tan⟩, an adviser on ports, ⟪₃said⟫.`, []want{indirect, indirect, indirect}},
		{"names joined by and before a which aside, and a noun joined to other officials, speak together", `⟨₁The Harbour Council and the Dover Board⟩, which run the ferries, have ⟪₁said⟫ ⟦₁the fares must rise in spring⟧. ⟦₂The leak was only found on one deck⟧, ⟨₂the port and other officials⟩ ⟪₂said⟫ on Monday.`, []want{indirOrg, indirUnnmd}},
		{"a phrase after after or before the cue gives way to a clause whose subject is a pronoun", `⟨₁Tom Reyes⟩ ⟪₁said⟫ after the visit to Dover ⟦₁he would resign⟧. ⟨₂Ann Lee⟩ ⟪₂said⟫ after Jo Park's visit ⟦₂she would stay⟧. Ed Long said after Lee read the letter.`, []want{indirect, indirect}},
		{"hearer of an outlet's name, a title and a name", `⟨₁⟨₂Tom Lee⟩⟩ ⟪₁tells⟫ Harbour News anchor Ann Park that ⟦₁people who lose must get over it⟧. ⸨₂Lee⸩ also ⟪₂told⟫ Dover Radio host Jo Reyes ⟦₂he would run again⟧.`, []want{indirect, indirect}},
		{"hearer after an outlet's possessive apostrophe", `On Thursday, ⟨Lee⟩ ⟪told⟫ Harbour News' Ann Park that ⟦linking him to the flood was unfair⟧.`, []want{indirect}},
		{"a noun phrase before an auxiliary after warned or told is the statement's subject, not the hearer", `⟨₁Ann Lee⟩ ⟪₁warned⟫ ⟦₁the risk from Kestia has grown⟧. ⟨₂Tom Reyes⟩ also ⟪₂told⟫ the board ⟦₂the wardens would fine him⟧. He kept mentioning the need for a new pier.`, []want{indirect, indirect}},
		{"a pronoun before an auxiliary after warned is the statement's subject, not the hearer", `⟨₁The harbour board⟩ ⟪₁warned⟫ ⟦₁it could close the port⟧. ⟨₂Lee⟩ ⟪₂warned⟫ ⟦₂there may be a strike⟧.`, []want{indirOrg, indirect}},
		{"a feeling voiced, with an adjective, an article or a phrase of time before that", `⟨₁Some parents⟩ ⟪₁expressed cautious optimism⟫ that ⟦₁the new school would open soon⟧. ⟨₂⟨₄Lee⟩⟩ ⟪₂expressed the hope⟫ that ⟦₂ferries could run again by June⟧. ⟨₃Reyes⟩ ⟪₃expressed frustration in a radio interview last week⟫ that ⟦₃the market was slow to reopen⟧. ⸨₄Lee⸩ ⟪₄expressed concern about⟫ ⟦₄the stalls that Reyes has moved⟧.`, []want{indirUnnmd, indirect, indirect, indirect}},
		{"a claim and its that clause after rejected is a denial", `⟨₁Reyes⟩ ⟪₁rejected⟫ ⟦₁the notion that he is part of the old guard⟧. ⟨₂Lee⟩ ⟪₂rejects⟫ ⟦₂claims that she hid money from the board⟧. The council rejected the offer from the mayor.`, []want{indirect, indirect}},
		{"a reporter's clause after but may open with a time", `⟨₁Lee⟩ ⟪₁defended⟫ ⟦₁his bakery⟧, but late Sunday ⟨₂he⟩ ⟪₂announced⟫ ⟦₂he would sell the shop to his niece⟧.`, []want{indirect, indirect}},
		{"a document that ends its description reports a finding, though a name before of heads it", `⟨A University of Kestia survey⟩ ⟪shows⟫ ⟦Ann Lee ahead of Tom Reyes by six points⟧. Lee met Reyes after the stolen files showed the vote.`, []want{indirOrg}},
		{"polling and a poll's own name report findings", `⟨₁Exit polling⟩ ⟪₁showed⟫ that ⟦₁Lee won every group except young voters⟧. A ⟨₂Harbour College Poll⟩ ⟪₂found⟫ that ⟦₂Reyes would draw votes from Lee⟧.`, []want{indirOrg, indirOrg}},
		{"a hearer's name may open with a weekday", `⟨Lee⟩ riled officials by ⟪telling⟫ the Sunday Harbour Times that ⟦the port was closed⟧.`, []want{indirect}},
		{"a month ends the phrase after a cue before a name", `⟨Reyes⟩ ⟪said⟫ throughout October ⟦North Dover would not close its library⟧.`, []want{indirect}},
		{"an it inside the quotation after a name is not the speaker's pronoun", `⟨Bo Reed⟩ ⟪said⟫, “⟦It is a concern for all of us.⟧”`, []want{direct}},
		{"a request for anonymity is no statement", `⟨A baker⟩ who had asked not to be cited ⟪said⟫ ⟦the flour had run out⟧. Her neighbour asked not to be quoted because of the feud.`, []want{indirUnnmd}},
		{"a fronted phrase before a clause with a verb in the present and a trailing attribution", `⟦For now, the plan includes more pressure on the neighbours⟧, ⟨officials⟩ ⟪said⟫. On Friday, the third day of his tour, Tom Reyes told the crowd goodbye.`, []want{indirUnnmd}},
		{"two descriptions joined by and at the start of a sentence are one speaker", `⟨A rebel and a resident⟩ ⟪said⟫ ⟦the army holds the town⟧.`, []want{indirUnnmd}},
		{"two descriptions joined by and after a clause in the present are one speaker", `⟦The army holds the town⟧, ⟨a rebel and a resident⟩ ⟪said⟫.`, []want{indirUnnmd}},
		{"two descriptions joined by and after a quotation are one speaker", `“⟦The ash fell in one area⟧,” ⟨the mayor and other officials⟩ ⟪said⟫.`, []want{unnamed(direct)}},
		{"a plural at a sentence's start or after but joined by and to a description speaks with it", "The ferry sank. ⟨₁Police and the government⟩ ⟪₁said⟫ ⟦₁the crew was safe⟧. But ⟨₂many divers and rescue workers⟩ ⟪₂say⟫ ⟦₂the hull is cracked⟧.", []want{indirOrg, indirUnnmd}},
		{"a description joined by and to a name speaks with it", "The ferry sank. ⟨The mayor and Tom Reyes⟩ ⟪said⟫ ⟦the crew was safe⟧.", []want{indirect}},
		{"words before and that are no speaker of their own open the subject with the rest", "The ferry sank. ⟨₁Kestia's transport and trade ministers⟩ ⟪₁said⟫ ⟦₁they were sorry⟧. ⟨₂The Reyes family and Ann Lee⟩ ⟪₂said⟫ ⟦₂the crew was safe⟧.", []want{indirUnnmd, indirect}},
		{"a subject joined by and before a verb joined by and speaks whole", "The ferry sank. ⟨Lee's opponents and activists⟩ met on Monday and ⟪said⟫ ⟦the crew was unsafe⟧.", []want{indirUnnmd}},
		{"places listed with an article in the middle speak together", "The ferry sank. ⟨Kestia, Norvia, the Isles and Dover⟩ ⟪said⟫ ⟦their citizens must leave⟧.", []want{indirOrg}},
		{"a role joined by and to a description is not the person with that title", "⟨₁Tom Reyes⟩, ⦃₁Ann Lee's lawyer⦄, ⟪₁said⟫ ⟦₁she was well⟧. ⟨₂Lee's family and lawyer⟩ ⟪₂said⟫ ⟦₂they were worried about her shop⟧.", []want{indirect, indirUnnmd}},
		{"a colon that names the antecedent of who ends its statement", "Shoppers in Dover have turned to ⟨a woman⟩ ⸨who⸩ ⟪says⟫ ⟦her bread will fix it all⟧: baker Ann Lee. She opened in May.", []want{indirUnnmd}},
		{"a title in capitals after the with no name is a description of its holder", "⟦₁The talks will go on⟧, ⟪₁said⟫ ⟨₁the Ambassador⟩ to the United Nations. ⟨₂The Kestian President⟩ ⟪₂said⟫ ⟦₂the port will open⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a title in capitals after the is the person given that title", "⦃Queen⦄ ⟨Ann⟩ opened the bridge on Monday. ⸨The Queen⸩ ⟪said⟫ ⟦it was a feat⟧.", []want{indirect}},
		{"a title's field in lower case after for stands between the title and the name; a possessor after an article is the title's", "“⟦₁We have new ovens⟧,” ⟪₁said⟫ the ⦃₁bakery's Executive Director for supplies⦄ ⟨₁Ann Lee⟩. ⟦₂The school kitchen will open in May⟧, ⟪₂said⟫ ⦃₂Director for school meals⦄ ⟨₂Tom Reyes⟩. ⟦₃The fish market will stay shut⟧, the ⦃₃market's Executive Director for supplies⦄ ⟨₃Jo Park⟩ ⟪₃said⟫.", []want{direct, indirect, indirect}},
		{"a participle or a place before a common noun's possessive leaves the title after it to the name", "“⟦₁The ferry is late⟧,” ⟪₁said⟫ the closed harbour's ⦃₁Executive Director⦄ ⟨₁Ann Lee⟩. “⟦₂The fares will rise⟧,” ⟪₂said⟫ the Dover harbour's ⦃₂Executive Director⦄ ⟨₂Tom Reyes⟩.", []want{direct, direct}},
		{"an adjective in -ed after the article before a common noun's possessive leads to a name before its cue", "“⟦The ferry is late⟧,” the closed harbour's ⦃Executive Director⦄ ⟨Ann Lee⟩ ⟪said⟫.", []want{direct}},
		{"a person's name before and a title ends no title, and the names speak together", "The ferry sank. ⟨₁Ann Lee and Mayor Tom Reyes⟩ ⟪₁said⟫ ⟦₁the port must close⟧. ⟨₂Jo Park and Sen. Ed Long⟩ met on Monday and ⟪₂said⟫ ⟦₂the ferry will run⟧.", []want{indirect, indirect}},
		{"a titled name before and leaves the roles after it to the next name", "Mayor Ann Lee and ⦃Dover-based activist⦄ ⟨Tom Reyes⟩ toured the port. ⸨Reyes⸩ ⟪said⟫ ⟦it must close⟧.", []want{indirect}},
		{"a description joined by and to the object of a verb before it is not", `The army attacked the town and ⟨residents⟩ ⟪said⟫ ⟦it was a massacre⟧.`, []want{indirUnnmd}},
		{"a body to another body is one name", `“⟦We want a new pier⟧,” ⟨the Harbour Mission to the Port Union⟩ ⟪said⟫.`, []want{directOrg}},
		{"bodies joined by and are an organisation", `⟨The Harbour Times and the Valley Herald⟩ ⟪reported⟫ that ⟦the mill had closed⟧.`, []want{indirOrg}},
		{"a title's own phrase after a title inside a body's name is no name", `⟨The Office of the Harbour Council High Commissioner for Refugees⟩ ⟪said⟫ ⟦the camps were full⟧.`, []want{indirOrg}},
		{"a participle's agent describes the noun before it", `⟦The army took four villages⟧, ⟨a media unit run by the Harbour Party⟩ ⟪said⟫.`, []want{indirUnnmd}},
		{"which after a participle's agent is the body's", `The tax bill levied by ⟨the Harbour Union⟩, ⸨which⸩ ⟪argued⟫ that ⟦the port was undertaxed⟧, is large.`, []want{indirOrg}},
		{"a colon sets a quotation off from a cue and a longer phrase", "⟨The committee⟩ ⟪said⟫ about its choice of the orchards in the plan:\n\n\"⟦The plan does more than the last one.⟧\"", []want{directOrg}},
		{"it after a body whose verb follows an aside with an adverb", `⟨The Harbour Brigade⟩, also part of the Kestia Front, posted a video on Monday. ⟦The attack was a warning⟧, ⸨it⸩ ⟪said⟫.`, []want{indirOrg}},
		{"a maker of goods named by its trade is a body", `⟦₁Sales rose in May⟧, ⟨₁the carmaker⟩ ⟪₁said⟫. ⟨₂The insurer⟩ ⟪₂said⟫ ⟦₂costs would rise⟧.`, []want{indirOrg, indirOrg}},
		{"it after the statement of a thing described goes on from it", `Officials met on Monday. ⟦₁The deal would go ahead⟧, ⟨the ferry maker⟩ ⟪₁said⟫. ⟦₂Costs would rise⟧, ⸨₂it⸩ ⟪₂added⟫.`, []want{indirUnnmd, indirUnnmd}},
		{"a document inside a statement is no source for its it", `Officials met on Monday. ⟦The deal would go ahead⟧, ⟨it⟩ ⟪said⟫.`, []want{indirOrg}},
		{"a code of capitals and digits names a station", `TV station ⟨K6⟩ ⟪said⟫ ⟦the men had been freed on Monday⟧.`, []want{indirOrg}},
		{"a code of capitals and digits names no person", `Leaders met in Dover. ⟨G7⟩ ⟪said⟫ ⟦the plan would work⟧.`, []want{indirOrg}},
		{"a report's source after its attribution closes it, and is no statement", `⟦Leaders will not say whether they have left the bloc⟧, ⟨Kestia's ⸨Wirex⸩⟩ ⟪reported⟫ on Monday, citing sources.`, []want{indirOrg}},
		{"it after a body named behind a body noun", `Rights group ⟨Harbour Watch⟩ met on Monday. “⟦It is cruel⟧,” ⸨it⸩ ⟪said⟫.`, []want{directOrg}},
		{"it after a body whose name holds a possessor", `⟨The People's Daily⟩ met on Monday. “⟦It is cruel⟧,” ⸨it⸩ ⟪said⟫.`, []want{directOrg}},
		{"it after a stripped quote that opens with a name is the body before it", `⟨The Harbour Daily⟩ ⟪₁said⟫ ⟦₁officials can t forget the old words⟧.  ⟦₂Superstition is a pollution that must be purged⟧,  ⸨₂it⸩ ⟪₂said⟫.`, []want{indirOrg, org(unmarked)}},
		{"a tabloid is a body noun before a paper's name", `The state tabloid ⟨the Harbour Times⟩ met on Monday. “⟦It is cruel⟧,” ⸨it⸩ ⟪said⟫.`, []want{directOrg}},
		{"it after a single name that said something in a sentence before, which makes the name a body's in both", `⟦₁The men were held on Monday⟧, ⟨Wirex⟩ ⟪₁said⟫. ⟦₂Two others were freed⟧, ⸨₂it⸩ ⟪₂said⟫.`, []want{indirOrg, indirOrg}},
		{"a speech verb that opens the sentence before a name is the cue, not a first name", `The vote was close. ⟪Said⟫ ⟨Reyes⟩, “⟦It was a long night.⟧”`, []want{direct}},
		{"an it after a naming verb is its object, no pronoun for the subject", `The vote was close. ⟨Tom Diaz⟩ ⟪called⟫ ⟦it a “disgrace.”⟧`, []want{mixed}},
		{"an inverted cue that opens the sentence, its subject and a relative clause before a stripped quote", "The bakery can t be sold.  ⟦₁It is a café now⟧,  ⟨₁the owner⟩ ⟪₁said⟫.\n\n⟪₂Said⟫ ⟨₂Jo Park⟩, who went to school with him in Dover,  ⟦₂We all loved his bread.⟧ \n\nA new stall has opened.", []want{unnamed(unmarked), unmarked}},
		{"a place after a title's preposition that stands alone elsewhere is not part of the name", `The talks were held in Harbouria last week. ⦃U.N. special envoy on Harbouria⦄ ⟨Staffan de Lago⟩ ⟪said⟫ on Monday ⟦the talks had failed⟧.`, []want{indirect}},
		{"more title nouns: magistrate, undersecretary, patriarch", `⦃₁Magistrate⦄ ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the three should stand trial⟧. ⦃₂Interior Undersecretary⦄ ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂there was no plan⟧.`, []want{indirect, indirect}},
		{"words that describe a body between the article and its name", `⟦The tax can be cut by a third⟧, ⟨the leader of the ruling Harbour Party⟩ ⟪said⟫ in a television interview.`, []want{indirUnnmd}},
		{"initials with their period in a compound are one word", `⟦A ferry waits in the harbour⟧, ⟨the U.K.-led council⟩ ⟪said⟫.`, []want{indirOrg}},
		{"it after a body described with an indefinite article", `⟦₁The troops moved north⟧, ⟨an official military website⟩ ⟪₁said⟫. ⟦₂They trained for a week⟧, ⸨₂it⸩ ⟪₂said⟫.`, []want{indirOrg, indirOrg}},
		{"it after a body described with a possessor", `⟨Harbouria's disaster agency⟩ has ⟪₁said⟫ ⟦₁the island is safe⟧. ⟦₂There has been no rise in activity⟧, ⸨₂it⸩ ⟪₂said⟫.`, []want{indirOrg, indirOrg}},
		{"it after a body described with no article after a comma", `⟦₁The men were held⟧, ⟨state-run news agency⟩ ⟪₁said⟫. ⟦₂Two were freed⟧, ⸨₂it⸩ ⟪₂said⟫.`, []want{indirOrg, indirOrg}},
		{"it after a body whose verb follows a time phrase", `⟨The harbour board⟩ last week ⟪₁said⟫ ⟦₁the port would close⟧. ⟦₂The work will take a year⟧, ⸨₂it⸩ ⟪₂said⟫.`, []want{indirOrg, indirOrg}},
		{"it after a firm named with a possessive", `⟦₁Ferry fares will be higher⟧, ⟨Wirex⟩'s ⟪₁said⟫. On the freight side, ⸨₂it⸩ ⟪₂noted⟫ that ⟦₂the new route was dropped⟧.`, []want{indirOrg, indirOrg}},
		{"it is neither a people nor the name inside the statement it attributes", `The Harbourians have pressed their advantage for months. ⟦Food is short⟧, ⟨it⟩ ⟪said⟫.`, []want{indirOrg}},
		{"it after a place that spoke in its own sentence, outside the statement", `The talks began in ⟨Harbouria⟩ on Monday. ⸨₁Harbouria⸩ has ⟪₁demanded⟫ ⟦₁a new name⟧ because ⸨₂it⸩ ⟪₂says⟫ ⟦₂the old name implies a claim on its land⟧.`, []want{indirOrg, indirOrg}},
		{"it after a body whose verb follows an apposition", `⟨The Harbour Council⟩, a small shipping group, was more upbeat. “⟦At long last!⟧” ⸨it⸩ ⟪said⟫.`, []want{directOrg}},
		{"it is no body inside its own statement when an it spoke before: the chain goes on", `⟦₁Ten boats sank⟧, ⟨the report⟩ ⟪₁said⟫. Most sank in raids by the Dover Front (DF). ⸨₂It⸩ ⟪₂cited⟫ ⟦₂accounts of theft⟧. ⟦₃DF laid mines in the bay⟧, ⸨₃it⸩ ⟪₃said⟫. ⟦₄Its men burned the docks in June⟧, ⸨₄it⸩ ⟪₄said⟫.`, []want{indirOrg, indirOrg, indirOrg, indirOrg}},
		{"it speaks for the body before that acted on the one its statement names", `⟨The Harbour Fund⟩ approved a loan to Kestia on Monday. ⟦Kestia must cut its deficit⟧, ⸨it⸩ ⟪said⟫.`, []want{indirOrg}},
		{"a plural after a name, or a gerund that opens the sentence, is no body for it to speak for", `Trading was halted on the Dover Exchange on Monday. ⟦₁⟨₁Acme Corp⟩ will cut 300 jobs next year⟧, ⸨₁it⸩ ⟪₁said⟫. Wirex Corp shares fell 5 percent on Monday. ⟦₂⟨₂The Harbour Council⟩ will close the port⟧, ⸨₂it⸩ ⟪₂said⟫.`, []want{indirOrg, indirOrg}},
		{"a passive release's agent is the statement's author only where the name ends the agent's phrase", `The talks ended on Friday. A statement issued on Monday by Ann Lee's lawyers named the port as a topic. “⟦₁We never took the money⟧,” ⟨₁the statement⟩ ⟪₁said⟫. A letter issued on Monday by Dover police named a man. “⟦₂He is 40⟧,” ⟨₂the letter⟩ ⟪₂said⟫.`, []want{directOrg, directOrg}},
		{"a passive release's agent may be followed by its initials, an aside, a relative clause or another participle", `The talks ended on Friday. A statement issued on Monday by ⟨₁the Harbour Council⟩ (HC) named the port as a topic. “⟦₁Both towns want the port kept open⟧,” ⸨₁the statement⸩ ⟪₁said⟫. A letter released by ⟨₂Acme Corp⟩ and seen by the Ledger named a man. “⟦₂He is 40⟧,” ⸨₂the letter⸩ ⟪₂said⟫.`, []want{directOrg, directOrg}},
		{"the statement speaks for whoever the text said released it, in the passive", `The talks ended on Friday. A statement issued on Monday by ⟨the Harbour Council⟩ named the port as a topic. “⟦Both towns want the port kept open⟧,” ⸨the statement⸩ ⟪said⟫.`, []want{directOrg}},
		{"it after a document that said something", `⟦₁The mill will close⟧, ⟨the report⟩ ⟪₁said⟫. ⟦₂Jobs will go⟧, ⸨₂it⸩ ⟪₂said⟫.`, []want{indirOrg, indirOrg}},
		{"it after a body two sentences back", `⟨The harbour board⟩ ⟪₁said⟫ ⟦₁the port would close⟧. Ships left. ⟦₂The work will take a year⟧, ⸨₂it⸩ ⟪₂said⟫.`, []want{indirOrg, indirOrg}},
		{"a word in -s before a body noun is no verb", `⟨The market traders group⟩, citing talks with stall holders and local bakers, ⟪said⟫ ⟦hundreds of stalls had been shut⟧.`, []want{indirOrg}},
		{"a communique is a document", `⟨A communique issued after the meeting of more than 30 towns⟩, including many ports, ⟪said⟫ ⟦they saw the toll as a mistake⟧.`, []want{indirOrg}},
		{"it after a name before a noun is the whole description, not the name", `The ⟨Harbour⟩ report came out on Monday. ⟦Jobs will go⟧, ⸨it⸩ ⟪said⟫.`, []want{indirOrg}},
		{"it is not a name joined by and to another", `The leaders of Norway and Chile signed the deal. ⟦Trade will grow⟧, ⟨it⟩ ⟪said⟫.`, []want{indirOrg}},
		{"based on after the cue is what the saying rests on", `⟦The ads cost more than the legal limit⟧, ⟨Lee⟩ ⟪said⟫ based on their own sums.`, []want{indirect}},
		{"a title noun after a modifier in -ing leads a trailing speaker", `⟦The party should discipline the mayor⟧, ⦃housing minister⦄ ⟨Ann Lee⟩ ⟪said⟫ on Friday.`, []want{indirect}},
		{"a body's initials in parentheses inside a title", `⟦The ferry sank on Monday⟧, ⦃Harbour National Police (HNP) spokesman⦄ ⟨Dan Carlos⟩ ⟪said⟫.`, []want{indirect}},
		{"a bare role and its phrase in apposition is a title", "It was a quiet day.  ⟦The plan will work⟧,  ⟪said⟫ ⟨Tom Reyes⟩, ⦃wage expert at the Harbour Institute⦄.", []want{unmarked}},
		{"titles joined by and, the first after a modifier in -ing, lead a trailing speaker", `⟦The party should discipline the mayor⟧, ⦃housing minister and presidential hopeful⦄ ⟨Ann Lee⟩ ⟪said⟫ on Friday.`, []want{indirect}},
		{"a statement before its inverted attribution opens inside a parenthesis", `Cheers rose on the quay as the ferry docked (⟦we want a later boat⟧, ⟪said⟫ ⟨one market trader⟩).`, []want{unnamed(unmarked)}},
		{"a phrase fronted before a clause and an inverted subject", `⟦With voters split, the base goes a long way in the city⟧, ⟪says⟫ ⟨Jo Park⟩.`, []want{indirect}},
		{"a fronted phrase after but is no subject", `But ⟦with voters split, his loyal base goes far⟧, ⟪says⟫ ⟨Jo Park⟩.`, []want{indirect}},
		{"that after a cue opens a clause, not an inverted subject", `But in a phone call, ⦃the guild's president⦄, ⟨Ann Lee⟩, ⟪expressed concern⟫ that ⟦some of her bakers could side with the mayor⟧.`, []want{indirect}},
		{"that before a noun and a comma is an inverted subject", `⟦The mayor is still in charge⟧, ⟪said⟫ ⟨that official⟩, a senior aide.`, []want{indirUnnmd}},
		{"modal as a first name after the cue", `"⟦Fares will rise again⟧," ⟪said⟫ ⟨Will Lang⟩, ⦃a transit planner⦄.`, []want{direct}},
		{"preposition as a surname before the cue", `"⟦The council was too slow⟧," ⟨From⟩ ⟪said⟫.`, []want{direct}},
		{"preposition before a base-form speech verb opens a stripped statement", `Reactions to the school plan:  ⟦₁The school plan is a costly error. We do not have the funds to spend on rooms that no pupil will use.⟧  - ⦃₁Mayor⦄ ⟨₁Ann Lee⟩ in a statement  ⟦₂Of course, the town needs a bigger school for its children ... But this plan is a poor one and the board should shelve it before the vote.⟧  - ⦃₂Building magnate⦄ ⟨₂Tom Reyes⟩  ⟦₃Though flawed, the plan can be mended ... The board must now find a way to deliver a sounder plan.⟧  - ⦃₃Board member⦄ ⟨₃Jo Park⟩ in a statement`, []want{unmarked, unmarked, unmarked}},
		{"speech verb after a dash that closes an aside inside the statement", `⟨Ann Lee⟩ ⟪said⟫ ⟦small ferries -- those that carry no cars -- deny many workers a seat⟧.`, []want{indirect}},
		{"statement that ends in the quoted title of a work before its attribution", `The port is busy. ⟦The French are big fans of “Port Life,”⟧ Mr. ⟨Madden⟩ ⟪said⟫.`, []want{mixed}},
		{"quotation inside a clause of an earlier cue before a cue with a clause of its own", `The bakery is busy. Although ⟨Ann Lee⟩ ⟪₁admitted⟫ to the newsletter that ⟦₁she and Park had “shared an oven for years,”⟧ ⸨₂she⸩ ⟪₂claimed⟫ ⟦₂they had never baked together⟧.`, []want{mixed, indirect}},
		{"a quotation closing a clause of concession with its cue before it leaves the cue after it to the main clause", `The port is busy. Although ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁says⟫, “⟦₁The ferries are safe⟧,” ⸨₂she⸩ also ⟪₂accuses⟫ ⟦₂the council of cutting the budget for repairs⟧.`, []want{direct, indirect}},
		{"relative clause between dashes before the subject's verb", `On the other side, Mrs. ⟨Lee⟩ -- whose brother built the old ferry -- has publicly opposed the plan, ⟪suggesting⟫ that ⟦the boats are too slow⟧.`, []want{indirect}},
		{"quote, description and name in apposition, cue", `"⟦He had it coming⟧," the ⦃attacker⦄, ⟨Tim Roe⟩, ⟪told⟫ reporters after the fight.`, []want{direct}},
		{"a description with a capitalised modifier before a name in apposition is the name's title", `“⟦We won⟧,” the ⦃Dover baker⦄, ⟨Tim Roe⟩, ⟪said⟫.`, []want{direct}},
		{"a description with no title word before a name set off by commas is no part of the statement before it", "⟦The port will close⟧, ⦃the Dover baker⦄, ⟨Tim Roe⟩, ⟪said⟫.", []want{indirect}},
		{"a place before the head of a description after an inverted cue is no speaker when a name stands in apposition", "“⟦₁We won⟧,” ⟪₁said⟫ ⸨₁⦃₁the Dover baker⦄⸩, ⟨₁Tim Roe⟩. “⟦₂We lost⟧,” ⟪₂said⟫ ⸨₂⦃₂a Kestia farmer⦄⸩, ⟨₂Ann Lee⟩.", []want{direct, direct}},
		{"alongside opens a phrase, not a name", `The council met on Monday. Alongside Wirex calls for a vote, ⟨a senior harbour planner⟩ ⟪₁said⟫ ⟦₁the mayor will have to decide⟧, ⟪₂saying⟫, "⟦₂Sooner or later, she will have to pick a pier.⟧"`, []want{unnamed(indirect), unnamed(direct)}},
		{"a form in -s after have is a noun", `Besides Ohio, Iowa, Utah and Idaho have claims on the river, and rising costs have been driving up the price of water.`, nil},
		{"a speech noun after an article and a year", `⟨Jane Doe⟩ ⟪said⟫ ⟦the port was busy⟧. The city paid to settle a 1990 claim over fees that were never paid.`, []want{indirect}},
		{"surname resolves to full name", `⦃Governor⦄ ⟨Paul Martin⟩ signed the bill. "⟦It is a good day⟧," ⸨Martin⸩ ⟪said⟫.`, []want{direct}},
		{"two people of one surname stay two, and the surname alone is the first", `⟨Ann Lee⟩ ⟪₁said⟫ ⟦₁the port would close⟧. ⟨₂Tom Lee⟩, her brother, ⟪₂said⟫ ⟦₂it would stay open⟧. ⸨₃Lee⸩ ⟪₃said⟫ ⟦₃the vote was close⟧.`, []want{indirect, indirect, indirect}},
		{"a place of one word's difference is another place", `North Korea fired a missile. ⟨South Korea⟩ ⟪said⟫ ⟦the drill was a response⟧.`, []want{indirOrg}},
		{"a faith before a place or a people is no part of its name, so they add no person a pronoun may stand for", "DOVER - ⦃₁⦃₂⦃₄⦃₅Abbot⦄⦄⦄⦄ ⟨₁⟨₂⟨₄⟨₅Tomas⟩⟩⟩⟩ on Monday ⟪₁defended⟫ ⟦₁his choice of words at the harbour⟧, ⟪₂saying⟫ ⟦₂the bakers and the ferry crews had both heard him out⟧. Back at the abbey, ⟨₃the old monk⟩ also ⟪₃said⟫ ⟦₃he had pressed the mill owners hard in private to pay the Vellan porters on time⟧. ⸨₄He⸩ also ⟪₄disclosed⟫ that ⟦₄he had cried when he met the porters at the quay on Sunday⟧.  ⟦₅What counts is that they listened⟧,  ⸨₅he⸩ ⟪₅said⟫. Tomas kept to plain words on his first day in Kestia. Mostly Buddhist Kestia sees the mostly Muslim Vellan porters as guests, not as its own people.", []want{indirect, indirect, indirUnnmd, indirect, unmarked}},
		{"the objects of a relative clause's progressive verb are not the subject", "DOVER (Reuters) - ⟨₁A Kestia-led coalition⟩ which has been shelling Harbour Front and arming local allies on both banks ⟪₁said⟫ ⟦₁the rebels had few fighters left⟧. ⟨₂A union⟩ which had been fighting the owners and the council ⟪₂said⟫ ⟦₂fares would rise⟧.", []want{indirOrg, indirOrg}},
		{"a naming participle after a stripped dash opens an aside, no statement", "The parties want talks on a three-party government   dubbed a  Harbour coalition  because the colours match the flag. ⟨Kim⟩ ⟪dubbed⟫ ⟦him a  fool⟧ .", []want{{kind: Mixed}}},
		{"words quoted in a clause after a naming verb's object name nothing", "Lee called the May 2 poll in hopes her bloc could keep the council, where it now holds a “super majority”, but rivals gained. ⟨Reyes⟩ ⟪called⟫ ⟦the plan, which Lee drew, “a mess”⟧.", []want{mixed}},
		{"a participle after the object of a subordinate clause, with no comma, is that clause subject's", "The panel is set to sit on June 3 after ⟨the union⟩ last week filed a lawsuit ⟪asking⟫ ⟦to shut the market⟧.", []want{indirOrg}},
		{"a possessor after a body's abbreviated suffix opens a sentence", "The port is busy. ⟨Some traders⟩ ⟪describe⟫ ⟦the guards as a branch of the Harbour Guards Corp.⟧ Kestia s neighbors share the worry over the port.", []want{indirUnnmd}},
		{"a compass word alone is the two-word place it starts, not a longer name since", `⟨North Kestia⟩ fired a missile on Monday. A quake was felt in North Dover Province, where the site is, and North Kestian leader Tam Vo was seen there. The ⸨North⸩ ⟪accuses⟫ ⟦the United States of plotting to destroy it⟧.`, []want{indirOrg}},
		{"a surname of two words is the full name's", `⦃President⦄ ⟨Enrique Pena Nieto⟩ spoke. ⸨Pena Nieto⸩ ⟪said⟫ ⟦the port would stay open⟧.`, []want{indirect}},
		{"a surname before a generational suffix", `⦃Vice President⦄ ⟨Thomas R. Vance Jr.⟩ spoke on Monday. ⸨Vance⸩ ⟪said⟫ ⟦the school would stay open⟧.`, []want{indirect}},
		{"cue before quote with comma inside", `⟨Jane Doe⟩ had ⟪said⟫, “⟦We will see⟧,” when asked about the plan.`, []want{direct}},
		{"person of a body before the verb", `“⟦Rents will rise⟧,” ⟨Tom Reyes⟩ of the Harbor Policy Institute ⟪wrote⟫ recently.`, []want{direct}},
		{"quoted show name before attribution", `On WXYZ's “Morning Call,” ⟨Jane Doe⟩ ⟪said⟫ that ⟦taxes would rise⟧.`, []want{indirect}},
		{"fronted clause whose main clause has a verb that can be a cue", `⟨The landlords⟩ ⟪argued⟫ that ⟦although the tenant paid late, he showed no sign of leaving⟧.`, []want{unnamed(indirect)}},
		{"a perfect after the statement is the speaker's next act", `⟨Jane Doe⟩ ⟪says⟫ ⟦she wants a new bridge for the town⟧ and has repeatedly visited the old ferry.`, []want{indirect}},
		{"relative clause on the statement's subject before its verb", `⟨People close to the talks⟩ ⟪say⟫ that ⟦Governor Ann Lee, who must make the final call, has revealed nothing⟧.`, []want{unnamed(indirect)}},
		{"quoted show name in cue phrase", `⟨Jane Doe⟩ ⟪said⟫ on the radio show “Morning Call” that ⟦taxes would rise⟧.`, []want{indirect}},
		{"quoted show name after a possessive in the cue phrase", `⟨Jane Doe⟩ ⟪said⟫ on WXYZ's “Morning Call” that ⟦taxes would rise⟧.`, []want{indirect}},
		{"bare noun subject after a place and a time", `⟨Jane Doe⟩ ⟪told⟫ a rally in Salem, Oregon on Monday that ⟦ferries are too slow⟧.`, []want{indirect}},
		{"quotation in a statement runs past the sentence end", `⟨Jane Doe⟩ ⟪said⟫ that ⟦she would "close the port. We do not know when, but we will."⟧ The council met.`, []want{mixed}},
		{"a speech act's object and complement run into the quotation", `The council met. ⟨₁Ann Lee⟩ ⟪₁accused⟫ ⟦₁Tom Reyes of a “U-turn on fares.”⟧ ⟨₂Jo Park⟩ ⟪₂praised⟫ ⟦₂him for keeping “the ferry afloat.”⟧`, []want{mixed, mixed}},
		{"a speech act's object with an article or a possessive runs into the quotation", `The council met. ⟨₁Ann Lee⟩ ⟪₁cited⟫ ⟦₁her “long record on the council.”⟧ ⟨₂Tom Reyes⟩ ⟪₂condemned⟫ ⟦₂the “reckless vote on the ferry.”⟧`, []want{mixed, mixed}},
		{"a phrase fronted in the sentence leads into the quotation before its attribution", `The ferry ran late. ⟦₁In June, “the port was full,”⟧ ⟨₁Ann Lee⟩ ⟪₁said⟫. ⟦₂If the vote fails, “we will close the dock,”⟧ ⟨₂Tom Reyes⟩ ⟪₂said⟫.`, []want{mixed, mixed}},
		{"an earlier quotation that states nothing of its own leads in with the clause", `The council met. ⟦Ferries are “too slow” and “cost the city too much,”⟧ ⟨Ann Lee⟩ ⟪said⟫.`, []want{mixed}},
		{"a quotation that opens the clause leads in with the words after it", `The council met. ⟦“Fair fares” are “not a gift to anyone,”⟧ ⟨Ann Lee⟩ ⟪said⟫.`, []want{mixed}},
		{"a quotation before a capitalised word opens no clause with the next", `The council met. “⟦₁Fair fares⟧” ⟦₂Banners at the rally “were no gift to anyone,”⟧ ⟨₂Ann Lee⟩ ⟪₂said⟫.`, []want{direct, mixed}},
		{"an earlier quotation in the clause leads in with the words before the next", `The poll came out. ⟦Ann Lee was a “builder” of bridges, not a “talker,”⟧ ⟨a study by a Dover college⟩ ⟪found⟫.`, []want{org(mixed)}},
		{"one word that runs into the quotation leads in", `The council met. ⟦₁Voters “want a new ferry,”⟧ ⟨₁Ann Lee⟩ ⟪₁said⟫. ⟦₂Reyes's “plan is dead,”⟧ ⟨₂Jo Park⟩ ⟪₂said⟫. Yes, “⟦₃we will vote⟧,” ⟨₃Tom Diaz⟩ ⟪₃said⟫.`, []want{mixed, mixed, direct}},
		{"a phrase about the speaking does not lead into the quotation", `The ferry ran late. In a statement, “⟦the port was full⟧,” ⟨Ann Lee⟩ ⟪said⟫.`, []want{direct}},
		{"speech noun in the words before a quote and its tail", `⟦The mayor's remarks about the ferry were "a disgrace,"⟧ ⟨Jane Doe⟩ ⟪said⟫.`, []want{mixed}},
		{"a name that runs into the quotation after said is its clause's subject", `The council met. ⟨Tom Reyes⟩ ⟪said⟫ ⟦Ann Lee “caused the delay.”⟧`, []want{mixed}},
		{"a clause after the name given and and, with no quotation in it, is not the naming", `The council met. ⟨₁Ann Lee⟩ ⟪₁called⟫ ⟦₁Reyes a “fine clerk”⟧ and she did not name the others. ⟨₂Tom Diaz⟩ ⟪₂called⟫ ⟦₂the vote a “costly blunder” and a “sham.”⟧`, []want{mixed, mixed}},
		{"the thing named before a quotation is part of the statement", `The council met. ⟨₁Ann Lee⟩ ⟪₁called⟫ ⟦₁Reyes a “coward.”⟧ ⟨₂Tom Diaz⟩ ⟪₂called⟫ ⟦₂the vote a “costly blunder,”⟧ a dig at the mayor.`, []want{mixed, mixed}},
		{"a list of the speaker's words after the thing named goes on", `The council met. ⟨Ann Lee⟩ ⟪called⟫ ⟦the mayor a “crook,” a “liar” and “lazy.”⟧`, []want{mixed}},
		{"a comma after the naming cue's tail sets the quotation off", `The council met. ⟨Ann Lee⟩ ⟪called⟫ them in a speech, “⟦cowards.⟧”`, []want{direct}},
		{"naming with a gapped object keeps the quotation direct", `The city is broke, which ⟨Ann Lee⟩ ⟪called⟫ a “⟦disgrace.⟧”`, []want{direct}},
		{"the main clause after a fronted if clause opens with a part of a group", `The vote was close. If ⟨the audit⟩ ⟪shows⟫ that ⟦the fund lost money⟧, one of the aides could face an inquiry.`, []want{indirOrg}},
		{"the main clause after a fronted clause opens with there", `The vote was close. Because ⟨the audit⟩ ⟪showed⟫ that ⟦the fund lost money⟧, there's no plan to pay the staff.`, []want{indirOrg}},
		{"the main clause after a fronted clause opens with a group", `The vote was close. While ⟨₁Ann Lee⟩ ⟪₁says⟫ ⟦₁the fund is safe⟧, others were not convinced. As ⟨₂Tom Reyes⟩ ⟪₂pledged⟫ ⟦₂to cut fares⟧, many in the hall cheered.`, []want{indirect, indirect}},
		{"the main clause after a fronted clause opens with a noun phrase with of", `The vote was close. Even as ⟨Ann Lee⟩ ⟪vowed⟫ ⟦to fight on⟧, the mood of the hall was grim.`, []want{indirect}},
		{"the main clause after a fronted clause has a verb in the present", `The vote was close. While ⟨Ann Lee⟩ has often ⟪said⟫ ⟦she opposes the toll⟧, her office waives it for trucks.`, []want{indirect}},
		{"the main clause after a fronted clause opens with a number", `The vote was close. After ⟨Harbour Council⟩ ⟪asked⟫ ⟦clerks to work on Sundays⟧, 80 clerks volunteered.`, []want{indirOrg}},
		{"the main clause after a fronted clause follows a dash or an aside between dashes", `The vote was close. While ⟨₁Ann Lee⟩ ⟪₁says⟫ ⟦₁the fare is fair⟧ – a view few share – ⟨₂others⟩ ⟪₂say⟫ ⟦₂it is too high⟧. Though ⟨₃Tom Reyes⟩ has ⟪₃said⟫ ⟦₃he will sign the deal⟧ – critics are still angry.`, []want{indirect, indirUnnmd, indirect}},
		{"a clause set off by commas inside the sentence ends before the main clause's verb", `The vote was close. ⟨Tom Reyes⟩, though ⸨he⸩ ⟪said⟫ ⟦the fund is safe⟧, resigned from the board.`, []want{indirect}},
		{"a subordinator that opens the sentence farther before the subject fronts its clause", `The vote was close. Even after the council set out a plan under which ⟨Ann Lee⟩ ⟪pledged⟫ ⟦to cut fares⟧, many stayed away.`, []want{indirect}},
		{"a phrase that opens the sentence with a relative clause holding the cue fronts the statement's clause", `The vote was close. In a week in which ⟨most voters⟩ ⟪say⟫ ⟦the port must close⟧, even its owners were quiet.`, []want{indirUnnmd}},
		{"the main clause after a fronted while clause opens with a focus adverb", `The vote was close. While ⟨Tom Reyes⟩ ⟪says⟫ ⟦the fund is safe⟧, even his allies resigned from the board.`, []want{indirect}},
		{"a second predicate of the statement's own subject after a comma and but", `The board met. ⟨Tom Reyes⟩ ⟪said⟫ ⟦the fund was safe, but needed a new auditor⟧.`, []want{indirect}},
		{"what the speaker did not tell after a comma and though is the reporter's", "The board met. ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁all staff wear the badge⟧, though she did not discuss its design. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂the port will close⟧, although he did not say when. ⟨₃Jo Park⟩ ⟪₃said⟫ ⟦₃the plan works, though she is wary of it⟧.", []want{indirect, indirect, indirect}},
		{"a negated verb of saying or telling after and or but with no comma is the speaker's next act", "The board met. ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the port will close⟧ but did not say when. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂the mill is for sale⟧ and would not identify the buyer. ⟨₃Jo Park⟩ ⟪₃said⟫ ⟦₃the clerk was careless but did not break the rules⟧. ⟨₄Ed Long⟩ ⟪₄said⟫ ⟦₄the mayor knew of the plan but was not told the cost⟧.", []want{indirect, indirect, indirect, indirect}},
		{"a verb in the past after a one-word answer and and is the speaker's next act", "The board met. ⟨Ann Lee⟩ ⟪₁said⟫ ⟦₁yes⟧ and ⟪₂thanked⟫ ⟦₂the staff⟧.", []want{indirect, indirect}},
		{"a dash before another attribution ends the statement", "The board met. ⟨₁Ann Lee⟩ ⟪₁told⟫ the Ledger that ⟦₁she was upset by the vote⟧ – ⟨₂the mayor⟩ also ⟪₂said⟫ that ⟦₂the port was closed⟧.", []want{indirect, indirUnnmd}},
		{"a participle after with ends before and a second clause with a subject and a participle", "The row grew on Friday, with ⟨₁Ann Lee⟩ ⟪₁calling for⟫ ⟦₁a ban on trucks⟧ and others backing a toll. The row spread, with ⟨₂40 farmers⟩ ⟪₂criticizing⟫ ⟦₂the levy⟧ and the mayor sending an aide to meet them. The row went on, with ⟨₃Tom Reyes⟩ ⟪₃calling for⟫ ⟦₃a ban on trucks and buses carrying oil⟧.", []want{indirect, indirUnnmd, indirect}},
		{"a participle of result after a comma is the reporter's reading of the statement", "The board met. ⟨₁Ann Lee⟩ ⟪₁pledged⟫ ⟦₁to rebuild the harbour wall⟧, reversing years of neglect. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂the port would close⟧, leaving 300 clerks without work. ⟨₃Jo Park⟩ ⟪₃said⟫ ⟦₃fares would \"rise by a third, leaving riders worse off.\"⟧ ⟨₄Ed Long⟩ ⟪₄said⟫ ⟦₄the firm would stay in Dover, leading the talks with Kestia⟧.", []want{indirect, indirect, mixed, indirect}},
		{"as and a past of be after a comma is the reporter's comparison", "The board met. ⟨Tom Reyes⟩ ⟪said⟫ ⟦he does not hold them in public⟧, as was the case on Friday.", []want{indirect}},
		{"a negated speech verb after a comma and but is the speaker's next act", `The board met. ⟨Tom Reyes⟩ ⟪said⟫ ⟦he met the mayor⟧, but did not say what they discussed.`, []want{indirect}},
		{"after a speech act's object a verb after but is the speaker's", `The board met. ⟨The embassy⟩ ⟪announced⟫ ⟦the arrest of a driver⟧, but gave no details.`, []want{indirOrg}},
		{"aside between dashes before that", `⟨Jane Doe⟩ ⟪said⟫ in July - wrongly - that ⟦the ferry was "never safe."⟧`, []want{mixed}},
		{"time word as an adjective in the cue's phrase", `⟨Jane Doe⟩ ⟪said⟫ in a recent podcast ⟦the ferries were too slow⟧.`, []want{indirect}},
		{"this and a time word before that", `⟨Jane Doe⟩ ⟪said⟫ this week that ⟦the trials were costly⟧.`, []want{indirect}},
		{"a verb in the past after a statement in the present is the speaker's", `⟨Jane Doe⟩ ⟪said⟫ ⟦she admires the mayor's resolve⟧ and visited the new ferry dock.`, []want{indirect}},
		{"following before a noun phrase is a preposition, not a time", `⟨The Harbour Council⟩ has ⟪₁vowed⟫ ⟦₁to stand by Dover in the weeks following the vote⟧. ⟨₂Ann Lee⟩ ⟪₂said⟫ following the vote that ⟦₂she would resign⟧.`, []want{{kind: Indirect, spk: Organization}, indirect}},
		{"what a warning or advice is against is the statement, after a hearer or none", `⟨₁Kestia⟩ ⟪₁advised its citizens against⟫ ⟦₁traveling to Dover⟧. ⟨₂Ann Lee⟩ ⟪₂cautioned against⟫ ⟦₂a hasty vote⟧. Tom Reyes was warned against doing so.`, []want{indirOrg, indirect}},
		{"a noun before against and a finite verb after it is the subject of a warning's clause, no hearer", `⟨₁Tom Reyes⟩ ⟪₁warned⟫ ⟦₁the case against him was weak⟧. ⟨₂Ann Lee⟩ ⟪₂cautioned the board against⟫ ⟦₂raising fees⟧.`, []want{indirect, indirect}},
		{"no inverted speaker after a cue that ends in against: the subject before a long aside speaks", "In her annual harvest address, ⟨Ann Lee⟩, who has run a bakery guild that grew twice as large as any other in the valley after the mills closed, ⟪warned against⟫ ⟦cheap flour sold by the docks⟧.", []want{indirect}},
		{"the deed admitted or confessed to after a phrase is the statement", `⟨₁Tom Reyes⟩ ⟪₁admitted on the radio to⟫ ⟦₁taking the bakery's takings home⟧. ⟨₂Jo Park⟩ ⟪₂confessed to⟫ ⟦₂paying bribes⟧. Ann Lee was admitted to hospital.`, []want{indirect, indirect}},
		{"a title before a name with two appositions is no part of the statement before it", "The port opens.  ⟦The bakers guild has to pay its share of the new quay⟧,  ⦃Kestian Harbour Minister⦄ ⟨Tom Reyes⟩, head of the Ferry League, the smaller party in the council, ⟪said⟫ on Monday.", []want{unmarked}},
		{"the grievance complained of or about is the statement", `⟨₁The fishermen⟩ have long ⟪₁complained of⟫ ⟦₁harassment by the coast guard⟧. ⟨₂Ann Lee⟩ ⟪₂complained bitterly about⟫ ⟦₂the new rules⟧. There was little to complain about in the end.`, []want{indirUnnmd, indirect}},
		{"a comma, and, a time and the speaker's next speech or another clause end what was warned of", "⟨₁⟨₂Ann Lee⟩⟩ has ⟪₁warned of⟫ ⟦₁shortages⟧, and on Friday ⟪₂said⟫ ⟦₂stocks were low⟧. ⟨₃Doctors⟩ ⟪₃warned of⟫ ⟦₃a surge in cases⟧, and the council shut the schools.", []want{indirect, indirect, indirUnnmd}},
		{"an article and a noun no list knows before who make the subject, not the relative clause's object", "⟨₁A young cook⟩ who met the mayor ⟪₁said⟫ ⟦₁the soup was cold⟧. ⟨₂The baker⟩ who met Tom Reyes ⟪₂said⟫ ⟦₂the bread was stale⟧.", []want{indirUnnmd, indirUnnmd}},
		{"an article, names and a doer's noun no list knows set off before a name are its title", "⦃₁The Kestia attacker⦄, ⟨₁Ann Lee⟩, ⟪₁said⟫ ⟦₁the pitch was wet⟧. ⟦₂The boats met at the Dover border⟧, ⟨₂Jo Park⟩ ⟪₂said⟫.", []want{indirect, indirect}},
		{"by and a speech verb's participle after a bare object say what was said, the object only what about", "⟨₁Tom Reyes⟩ explained his decision by ⟪₁saying⟫ ⟦₁we need more money⟧. ⟨₂Ann Lee⟩ defended the cuts by ⟪₂arguing⟫ that ⟦₂they saved money⟧. ⟨₃Jo Park⟩ ⟪₃said⟫ ⟦₃the mayor won by saying that taxes would fall⟧.", []want{indirect, indirect, indirect}},
		{"a relative clause set off by commas ends before and, a name joined to its antecedent and their verb, after a dash too", "⟨₁Ann Lee⟩, ⸨₁who⸩ has ⟪₁blasted⟫ ⟦₁Tom Reyes⟧, and Bob Stone - are both running for mayor. ⟨₂Jo Park⟩, ⸨₂who⸩ has ⟪₂criticized⟫ ⟦₂the plan⟧, and Ed Long were at the fair.", []want{indirect, indirect}},
		{"a relative clause on the noun that ends a cue's phrase is not what was said", "Tom Reyes informed the board of a plan that would cut costs. Ann Lee responded with a lawsuit Reyes filed last week. ⟨Jo Park⟩ ⟪informed⟫ the board that ⟦costs would rise⟧.", []want{indirect}},
		{"an object of one word before a comma and the speaker's next speech is what was warned of", "⟨₁⟨₂Ann Lee⟩⟩ has ⟪₁warned of⟫ ⟦₁shortages⟧, and ⟪₂said⟫ ⟦₂stocks were low⟧.", []want{indirect, indirect}},
		{"what a warning is of is its statement, a clause after it included, but not a quotation after a colon", "⟨₁Ann Lee⟩ ⟪₁warned of⟫ ⟦₁a return to the old tolls if the council loses the vote⟧. ⟨₂Tom Reyes⟩ ⟪₂warned of⟫ ⟦₂the harm a long strike would do⟧. ⟨₃A letter from the union⟩ ⟪₃warned⟫ of a hard winter: “⟦We will not give up the fight.⟧”", []want{indirect, indirect, org(direct)}},
		{"in stripped text what follows a grievance cue is its statement, not the hearer after a quote", "The port is busy. Morale has suffered, ⟨workers⟩ ⟪complain of⟫ ⟦Mr. Reyes s lack of care⟧.", []want{indirUnnmd}},
		{"appealed for, after a time, is a request as called for is; an appealing plan is none", `⟨₁The Dover council⟩ ⟪₁appealed on Tuesday for⟫ ⟦₁boat owners to keep off the flooded quay⟧. Ann Lee had an appealing plan for the port. ⟨₂Tom Reyes⟩ took turns to ⟪₂appeal for⟫ ⟦₂calm⟧.`, []want{indirOrg, indirect}},
		{"a speech verb's participle after a comma and with ends a request", `⟨₁Ann Lee⟩ ⟪₁appealed for⟫ ⟦₁patience from bakers split over the new ovens⟧, with ⟨₂many⟩ ⟪₂saying⟫ ⟦₂the old ones still worked fine⟧.`, []want{indirect, indirUnnmd}},
		{"in recent months between the subject or auxiliary and the cue", `⟨₁Tom Reyes⟩ has in recent months loudly ⟪₁criticized⟫ ⟦₁the ferry timetable⟧. ⟨₂Ann Lee⟩ in recent weeks ⟪₂said⟫ ⟦₂the port would close⟧.`, []want{indirect, indirect}},
		{"a demand takes a clause in the subjunctive without that", `⟨₁Kestia⟩ has been annoyed by the drills and ⟪₁demanded⟫ ⟦₁they end⟧. ⟨₂Ann Lee⟩ has often ⟪₂demanded⟫ ⟦₂the boats be moored elsewhere⟧. Tom Reyes demanded it back.`, []want{indirect, indirect}},
		{"a name and a present verb in -s after a subordinate clause open the main clause", `Though ⟨Kestia⟩ ⟪said⟫ ⟦the tests must stop⟧, Dover also sees the port sharing blame.`, []want{indirect}},
		{"a speech noun in -s as a participle's object does not end the search for the subject", `⟨Ann Lee⟩, cleared by the guild yet still awaiting a ruling on tax charges, ⟪said⟫ ⟦the fine was unfair⟧.`, []want{indirect}},
		{"a name of one word before which speaks as a body; a place after in does not", "⟨Kestia⟩, ⸨which⸩ ⟪says⟫ ⟦its ferries must carry more grain⟧, also plans a new quay.", []want{indirOrg}},
		{"a place after in before which does not speak", "⟨The Harbour Daily⟩ is ⟪reporting⟫ that ⟦bakers were puzzled by a banner hung at dawn over a bridge in Dover (some 30 miles north of Kestia), which read, “Rye for all. Vote Lee.”⟧ The port is shut.", []want{org(mixed)}},
		{"a long subject may open after a comma and a conjunction", "The fair ended, and ⟨bakers leaving Kestia⟩ ⟪said⟫ ⟦they sold every loaf⟧.", []want{indirUnnmd}},
		{"told of is an account of what happened, as a story told is", "The fair ended, and ⟨₁bakers leaving Kestia⟩ ⟪₁told of⟫ ⟦₁empty shelves and long queues⟧. Ann Lee was told of the plan. ⟨₂Some⟩ have ⟪₂told of⟫ ⟦₂hunger in Dover⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a verb in its base form after an infinitive goes on with the statement", `⟨Jane Doe⟩ ⟪urged⟫ ⟦the council to keep the ferry and call a vote on the bridge⟧.`, []want{indirect}},
		{"a verb in its base form after a modal goes on with the statement", `⟨Jane Doe⟩ ⟪said⟫ ⟦she would meet the mayor and tell him to stop⟧.`, []want{indirect}},
		{"a quotation after the cue's that is reported speech", `⟨Ann Lee⟩ ⟪said⟫ on Monday that “⟦the port will close in May.⟧”`, []want{mixed}},
		{"a quotation after the cue's to is reported speech and takes the to", `⟨Tom Reyes⟩ ⟪promised⟫ ⟦to “cut the tolls by half.”⟧`, []want{mixed}},
		{"a quotation after a to inside a reported clause stays in it", `⟨Ann Lee⟩ ⟪said⟫ ⟦the council agrees to “cut the tolls.”⟧`, []want{mixed}},
		{"a name after the cue's that runs into a quotation as the reported clause's subject", `⟨Ann Lee⟩ ⟪said⟫ on Friday that ⟦Reyes “melted down last night.”⟧`, []want{mixed}},
		{"a name with an article runs into a quotation as the reported clause's subject", `⟨Ann Lee⟩ ⟪said⟫ ⟦the Harbour Board “must do more for the port.”⟧`, []want{mixed}},
		{"referring to after a comma inside the closing mark says what the statement before meant", `⟨Ann Lee⟩ ⟪₁said⟫ ⟦₁things “should be settled by May,”⟧ ⟪₂referring to⟫ ⟦₂the vote in Dover⟧.`, []want{mixed, indirect}},
		{"a quotation after a comma is the speaker's own words", `⟨Ann Lee⟩ ⟪said⟫, “⟦The port will close in May.⟧”`, []want{direct}},
		{"two quotations joined by and after one cue are one statement", `⟨The mayor⟩ ⟪vowed⟫ ⟦to "keep the ferry running," and to "fix the bridge by May."⟧ Voters cheered.`, []want{unnamed(mixed)}},
		{"a quotation named by a cue inside a statement is part of it", `⟨Ann Lee⟩ ⟪says⟫ ⟦voters are tired of what she calls “empty promises.”⟧`, []want{mixed}},
		{"a quotation that carries on a statement goes with it to the attribution after it", `Tom Reyes said ⟦the old bridge was “never safe for the crew,”⟧ ⟨the Harbor Gazette⟩ ⟪reported⟫.`, []want{org(mixed)}},
		{"a request put to the speaker is a statement with no speaker, but not a poll's choice", `When asked ⟦₁to confirm the vote⟧, ⟨₂Ann Lee⟩ ⟪₂said⟫ ⟦₂it was fair⟧. When asked to choose one of the plans, ⟨₃45 percent of residents⟩ ⟪₃said⟫ ⟦₃they back Lee⟧.`, []want{{kind: Indirect, noSpk: true}, indirect, unnamed(indirect)}},
		{"the asker of a request may be named after it, but not an agent inside it", `Ann Lee was ⟪₁asked⟫ ⟦₁to leave the port⟧ by ⟨₁the board⟩ on Monday. Tom Reyes was asked ⟦₂to name a law that was shaped by donors⟧.`, []want{org(indirect), {kind: Indirect, noSpk: true}}},
		{"a claim noun with its possessor and its clause is a statement, ending before the sentence's verb", `⟨₁Ann Lee⟩'s ⟪₁claim⟫ that ⟦₁the port is safe⟧ angered the union. ⟨₂Tom Reyes⟩ spoke next. ⸨₂His⸩ ⟪₂promise⟫ ⟦₂to cut fares⟧ was popular.`, []want{indirect, indirect}},
		{"a call for something, with a possessor after a participle", `⟨The mayor⟩'s repeated ⟪calls⟫ for ⟦an inquiry⟧ went unheeded.`, []want{unnamed(indirect)}},
		{"a claim noun that opens the text", `Criticism that ⟦the ferry runs late⟧. Tom Reyes called it unfair.`, []want{{kind: Indirect, noSpk: true}}},
		{"a claim whose maker is named after by or from, or not at all", `⟪₁Claims⟫ by ⟨₁the union⟩ that ⟦₁the vote was rigged⟧ were denied. Despite allegations that ⟦₂the bids were fixed⟧, the council met. Kestia faces ⟪₃criticism⟫ from ⟨₃rights groups⟩ over ⟦₃the trials⟧.`, []want{org(indirect), {kind: Indirect, noSpk: true}, org(indirect)}},
		{"a claim in a phrase that opens the sentence ends at its comma", `Despite ⟨Ann Lee⟩'s ⟪claims⟫ that ⟦her fund is sound⟧, all of the banks rate it far lower.`, []want{indirect}},
		{"a claim noun with no content, or as the object of a denial, is no statement of its own", `Tom Reyes made an insurance claim. ⟨₁Ann Lee⟩ ⟪₁dismissed⟫ ⟦₁Tom Reyes' claim that the port is unsafe⟧. Jo Park dropped her claim after a week. Ed Long repeated accusations that the fees were rigged. The mayor rejects criticism that the port is unsafe.

⟨₂Reyes’s allies⟩ ⟪₂bristle⟫ at the suggestion that ⟦₂he is to blame for the bad blood between him and the mayor — it is a two-way street⟧, they insist.`, []want{indirect, unnamed(indirect)}},
		{"the possessor of a claim is not the subject a participle hangs on", `⟨₂Ann Lee⟩ rejected ⟨₁Tom Reyes⟩' ⟪₁call⟫ for ⟦₁talks⟧, ⟪₂saying⟫ ⟦₂the port could manage alone⟧.`, []want{indirect, indirect}},
		{"a subordinate clause with an attribution of its own after a split attribution dates the saying, no rest of the statement", `⟦₁The ferry will stop⟧, ⟨₁Ann Lee⟩ ⟪₁said⟫, after ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂the boats would keep sailing⟧.`, []want{indirect, indirect}},
		{"in lower case a role after a possessive pronoun and a cue speaks though a name follows it", "“⟦we win⟧,” ⟪said⟫ ⟨his campaign manager tom reyes⟩.", []want{unnamed(direct)}},
		{"what a possessive pronoun owns after said is no inverted speaker unless it is a person or a body", `Ed Long spoke. Then aides to Ann Lee of Dover, a former judge, and ⟨Tom Reyes⟩ of Kestia, who spent years on the council, ⟪said⟫ ⟦their talks, already full of remarks on the harbour, would now dwell on it⟧.`, []want{indirect}},
		{"a closing parenthesis that opens with the ... of which is the reporter's aside, as one with which is", `⟨₁Tom Reyes⟩ won. ⸨₁He⸩ ⟪₁tells⟫ crowds ⟦₁she may be charged over her private ledger⟧ (⟦₂the existence of which⟧, ⟨₂⟨₃many residents⟩⟩ ⟪₂say⟫, ⟦₃was a strange lack of care⟧).`, []want{indirect, indirUnnmd, indirUnnmd}},
		{"a statement that begins inside a parenthesis ends at its close", `⟨₂The Harbour Party⟩ (like its ⦃₁aide⦄ ⟨₁Tom Reyes⟩, ⸨₁who⸩ ⟪₁called⟫ ⟦₁Lee “a menace” on Sunday⟧) has ⟪₂stressed⟫ that ⟦₂her temper is the real danger⟧.`, []want{mixed, indirOrg}},
		{"a naming verb after a quotation with its object and as is no inverted attribution", `Mr. ⟨Reyes⟩, ⸨who⸩ has ⟪called⟫ ⟦the toll “a plain theft,”⟧ described the mayor as a brief storm in the harbour.`, []want{mixed}},
		{"a colon before a clause with a subject and a cue of its own ends the statement", `⟨₁Early polls⟩ ⟪₁show⟫ ⟦₁voters in Dover turning on Tom Reyes⟧: ⸨₂a ⟨₂Harbour⟩ poll⸩ this month ⟪₂found⟫ ⟦₂Ann Lee level with him in the town⟧.`, []want{indirOrg, indirOrg}},
		{"a narrator or an announcer is a person who speaks", `The spot ends with ⟨₁a narrator⟩ ⟪₁saying⟫: “⟦₁Vote for Lee. She is honest.⟧” Tom Reyes won. In the next spot, ⟨₂an announcer⟩ ⟪₂reminds⟫ viewers that ⟦₂Ann Lee marched for the harbour in 1983⟧.`, []want{unnamed(direct), indirUnnmd}},
		{"a fronted subordinate clause with a cue ends at its comma before a bare plural and a speech verb", `While ⟨₁Ann Lee⟩ wrongly ⟪₁said⟫ that ⟦₁the ledgers exist⟧, ⟨₂harbour clerks⟩ ⟪₂affirm⟫ that ⟦₂no such books were kept⟧.`, []want{indirect, indirUnnmd}},
		{"a possessive pronoun before a claim noun stands for no body that welcomes or upholds the claim", `⟨₁⟨₂Ann Lee⟩⟩ runs the ferry. The union welcomed ⸨₁her⸩ ⟪₁pledge⟫ ⟦₁to raise wages⟧. The court upheld ⸨₂her⸩ ⟪₂argument⟫ that ⟦₂the port was safe⟧.`, []want{indirect, indirect}},
		{"a possessive pronoun before a claim noun after a verb stands for the verb's subject, which names the speaker", `⟨₁⟨₂Tom Reyes⟩⟩, ⦃₁⦃₂the Kestia mayor⦄⦄, won on Monday. ⸨₁The mayor⸩ repeated his ⟪₁promise⟫ ⟦₁to close the port⟧. On Friday ⸨₂he⸩ expanded upon his ⟪₂calls⟫ for ⟦₂more police⟧.`, []want{indirect, indirect}},
		{"a participle joined by and after what an earlier participle said goes on with that one, not with a participle inside it", `⟨₁⟨₂Ann Lee⟩⟩ spoke at the dock. Now ⸨₁⸨₂Lee⸩⸩ is ⟪₁noting⟫ ⟦₁the trouble Tom Reyes had answering queries on the ferry⟧ and ⟪₂saying⟫ ⟦₂Reyes could name no single boat⟧.`, []want{indirect, indirect}},
		{"a claim's content ends at its sentence's verb, not at an adjective in -ed nor at a verb after to", `⟨₁Ann Lee⟩ spoke first. ⸨₁Her⸩ ⟪₁promises⟫ ⟦₁to close unlicensed bakeries⟧ have put the issue first. ⟨₂Tom Reyes⟩'s ⟪₂claim⟫ that ⟦₂he has a plan to claim the harbour seat⟧ would depend on the vote.`, []want{indirect, indirect}},
		{"a claim noun in -s that is a verb after a noun with a possessor is the verb", `⟨Ann Lee's entire campaign⟩ ⟪claims⟫ that ⟦the port is safe⟧.`, []want{indirOrg}},
		{"the possessor of a claim is the name before it in its sentence, or its clause's he", `Jo Park met the board. “⟦₁Fine⟧,” ⟪₁said⟫ ⟨Tom Reyes⟩, pressed on ⸨₂his⸩ ⟪₂claims⟫ that ⟦₂the clerk had taken a bribe⟧. ⟨₃Ed Long⟩ will not meet Jo Park until he drops ⸨₃his⸩ ⟪₃call⟫ for ⟦₃a vote⟧ and ⟨₄Ann Lee⟩ ⟪₄said⟫ ⟦₄any talks had to wait⟧.`, []want{direct, indirect, indirect, indirect}},
		{"a quotation after a claim noun's that and a comma is the claim's content", `⟨Ann Lee⟩ spoke first. The union doubted ⸨her⸩ ⟪claim⟫ that, “⟦the port is safe and the ferries will run on time.⟧” The council met.`, []want{direct}},
		{"a claim inside a phrase set off by commas ends at the comma before the sentence's verb", `⟨Ann Lee⟩ spoke first. Her remarks, including ⸨her⸩ ⟪call⟫ ⟦to close the port⟧, have angered the union.`, []want{indirect}},
		{"a demand's bare object is what was demanded, but demand for a good is a noun", `⟨₁Ann Lee⟩ ⟪₁demands⟫ ⟦₁an apology⟧. Oil demand rose in May. ⟨₂The union⟩ ⟪₂demanded⟫ ⟦₂a vote on the deal⟧.`, []want{indirect, indirOrg}},
		{"a prediction, a charge or an argument with its possessor and clause is a statement, but not with no one's", `⟨Tom Reyes⟩ spoke. ⸨His⸩ ⟪prediction⟫ that ⟦the port would close⟧ was wrong. The argument that ferries cost too much is old.`, []want{indirect}},
		{"calls returned for comment are no statement", `The office did not return calls from the Dover Post to seek comment.`, nil},
		{"an asked question that runs into a quotation keeps it", `Asked ⟦₁whether the mayor “has the strength to lead the city,”⟧ ⟨₂most voters⟩ ⟪₂said⟫ ⟦₂they were not sure⟧.`, []want{{kind: Mixed, marked: true, noSpk: true}, unnamed(indirect)}},
		{"a verb in the past after a statement in the past is the statement's", `⟨Jane Doe⟩ ⟪said⟫ ⟦the mayor had doubts and raised the fares anyway⟧.`, []want{indirect}},
		{"yet after a negation is an adverb, not a conjunction that ends the statement", `⟨Jane Doe⟩ ⟪said⟫ ⟦she had not yet called for the mayor to resign⟧.`, []want{indirect}},
		{"a clause after a semicolon that closes an attribution goes on with the statement, but not a fronted phrase", `⟦₁These were not errors⟧, ⟨Ann Lee⟩ ⟪₁noted⟫; ⟦₂the council had slanted the figures⟧. ⟦₃The port needs half the vote⟧, ⸨₃Lee⸩ ⟪₃said⟫; in 2012, Tom Reyes won a third of it.`, []want{indirect, indirect, indirect}},
		{"a note on the speaker or a past event after a semicolon is the reporter's", `⟦₁The port will close⟧, ⟨Ann Lee⟩ ⟪₁said⟫; he did not give a date. ⟦₂The ferry is safe⟧, ⸨₂Lee⸩ ⟪₂said⟫; the council voted against it on Friday. ⟦₃The port is safe⟧, ⸨₃Lee⸩ ⟪₃said⟫; she would not name the buyer.`, []want{indirect, indirect, indirect}},
		{"term after long or short is a noun, not a naming verb", "Renting in Dover is hard. Long term foreign tenants talk of being  priced out  by new buyers. Short term lets are rare.", nil},
		{"contend with is coping, not a claim", "The mayor must contend with a strong rival in former council head Tom Reyes. ⟨Ann Lee⟩ ⟪contends⟫ that ⟦the port is safe⟧.", []want{indirect}},
		{"confirming people in office is no statement, but confirming that a holder of a title did something is", "The Harbour Council had confirmed 68 federal nominees by May. The council is confirming judges at a slow pace. It has been a year since it confirmed a judge. ⟨₁Police⟩ ⟪₁confirmed⟫ ⟦₁the minister was dead⟧. ⟨₂Ann Lee⟩ ⟪₂confirmed⟫ ⟦₂the judge's ruling⟧.", []want{indirOrg, indirect}},
		{"dismissing people from office is no judgement of what they said, but a body or title holder that owns the object is no one dismissed", "The board has the right to hire and dismiss all captains of the fleet. ⟨₁Ann Lee⟩ ⟪₁dismissed⟫ ⟦₁the mayor as a fraud⟧. ⟨₂Tom Reyes⟩ ⟪₂dismissed⟫ ⟦₂critics who called the vote unfair⟧. ⟨₃Jo Park⟩ ⟪₃dismissed⟫ ⟦₃the council's claims⟧. ⟨₄Ed Long⟩ ⟪₄dismissed⟫ ⟦₄the party's concerns about the budget⟧.", []want{indirect, indirect, indirect, indirect}},
		{"a time word that is a possessor stays in a judgement's object", "⟨₁Ann Lee⟩ ⟪₁criticized⟫ ⟦₁the night’s big winner among the candidates⟧. ⟨₂Tom Reyes⟩ ⟪₂praised⟫ ⟦₂the year s best loaf⟧. ⟨₃Jo Park⟩ ⟪₃criticized⟫ ⟦₃the plan⟧ this week.", []want{indirect, indirect, indirect}},
		{"a short title in marks before an adverb in -ly and its verb is the subject of the reporter's sentence, not a carried quote", "“⟦₁The film is a warning⟧,” ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁said⟫. “⟦₂It will not end well.⟧”\n\n“Sons of Dover” happily roots around in the harbour as it follows the rich.", []want{direct, direct}},
		{"an and after a subordinator joins two subjects of the statement's clause, not another speaker's attribution", "⟨The Harbour Council⟩ now ⟪says⟫ ⟦the bill will come due sooner, in large part because Ann Lee and Mayor Tom Reyes agreed last year to extend the tax cuts for the port⟧.", []want{indirOrg}},
		{"semicolons that part the items of a list ending in and do not end the statement, but a verb in the past after an object goes on from the cue", `⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the plan had cut rents in Dover; raised wages for port workers; and built new homes near the harbour⟧. Earlier, ⟨₂⟨₃Tom Reyes⟩⟩ ⟪₂suggested⟫ ⟦₂closing the port if the council did not pay⟧; clashed with Lee over the ferry; and ⟪₃posted⟫ on Twitter that ⟦₃the port was lost⟧.`, []want{indirect, indirect, indirect}},
		{"a semicolon before another attribution or a note on the speaker ends the statement though a later one is followed by and, and so does one after an object of a word or two and a verb in the past", "⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the port would close⟧; ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂it would not⟧; and the council said nothing. ⟨₃Jo Park⟩ ⟪₃said⟫ ⟦₃fares would rise⟧; she did not say by how much; and the ferry crews would not comment. ⟨₄Ed Long⟩ ⟪₄suggested⟫ ⟦₄a boycott⟧; clashed with the board; and walked out.", []want{indirect, indirect, indirect, indirect}},
		{"statement ends before the reporter's next clause", `⟨Jane Doe⟩ ⟪said⟫ ⟦the vote was fair⟧, but Democrats were not convinced.`, []want{indirect}},
		{"a list item after a comma goes on with the statement", `⟨Jane Doe⟩ ⟪said⟫ ⟦storms in Salem, Oregon, and Dayton had closed the roads⟧.`, []want{indirect}},
		{"reply with back before a quote", `⟨Jane Doe⟩ ⟪shot back⟫, "⟦They were never in the room.⟧"`, []want{direct}},
		{"reply with back after a quote", `"⟦They came for the food⟧," ⟨Jane Doe⟩ ⟪fired back⟫ with a laugh.`, []want{direct}},
		{"three straight marks close an inner quote and then the outer one", "''⟦We would call it 'brave,'⟧'' ⟪said⟫ ⟨Tom Reyes⟩, ⦃a former aide⦄.", []want{direct}},
		{"manner verb in a quote's own attribution", `"⟦The bridge opens in May⟧," ⟨Jane Doe⟩ ⟪beamed⟫.`, []want{direct}},
		{"manner verb before its subject", `"⟦The bridge opens in May⟧," ⟪boomed⟫ ⟨Jane Doe⟩ at the fair.`, []want{direct}},
		{"recommended in a quote's own attribution", `"⟦Close the old road first⟧," ⟨the council⟩ ⟪recommended⟫.`, []want{directOrg}},
		{"speech noun before the verb of a quote's own attribution", `"⟦The levee was never inspected⟧," ⟨the state flood report⟩ ⟪said⟫.`, []want{directOrg}},
		{"as a name with a long aside put it", `Or, as ⟨Tom Reyes⟩, ⦃a former secretary of transport⦄, ⟪put⟫ it: “⟦The bridge is no longer safe. It never was.⟧”`, []want{direct}},
		{"states as the verb of a quote's own attribution", `“⟦₁The levee was never inspected⟧,” ⟨the committee report⟩ ⟪₁states⟫ in its summary. “⟦₂Nobody checked it.⟧”`, []want{directOrg, directOrg}},
		{"states as a noun after a quote's own attribution", `“⟦We won the vote⟧,” ⟨Ann Lee⟩ ⟪said⟫ of the two states.`, []want{direct}},
		{"plural authors after the cue", `“⟦We have to reach new readers⟧,” ⟪wrote⟫ ⟨the authors of the guide⟩.`, []want{unnamed(direct)}},
		{"retaliated in a quote's own attribution", `“⟦The port was never theirs⟧,” ⟨Tom Reyes⟩ ⟪retaliated⟫.`, []want{direct}},
		{"exhorted before its subject", `“⟦Vote for the bridge, all of you⟧,” ⟪exhorted⟫ ⟨Ann Lee⟩.`, []want{direct}},
		{"went on in a quote's own attribution, and the quote it carries", `Ann Lee smiled at the crowd. “⟦Is the bridge open yet?⟧” ⟨Tom Reyes⟩ ⟪₁went on⟫, as if he had not heard her. “⟦They have to fix it first.⟧”`, []want{direct, direct}},
		{"went on to win is no attribution", `“⟦We have a plan⟧,” ⟨Ann Lee⟩ ⟪said⟫. Tom Reyes went on to win the seat.`, []want{direct}},
		{"went on to say", `⟨The letter⟩ went on to ⟪say⟫, “⟦We have built a community.⟧”`, []want{directOrg}},
		{"name alone before colon", "⟨Tom Reyes⟩: “⟦We will win.⟧”", []want{direct}},
		{"name with party and state before colon", "The vote was close.\n\n⦃Rep.⦄ ⟨Tom Reyes⟩ (D-Ore.): “⟦I have not heard that.⟧”", []want{direct}},
		{"two names before colon", "The vote was close.\n\n⟨Ann Lee and Tom Reyes⟩: “⟦We agree.⟧”", []want{direct}},
		{"attribution sentence after a full stop in the marks", "The city voted on Monday.\n\n“⟦We will find the missing money.⟧” ⟨Ann Lee⟩ ⟪said⟫.", []want{direct}},
		{"weak verb after a full stop in the marks carries nothing", "The city voted on Monday.\n\n“⟦We will find the missing money.⟧” Ann Lee laughed.", []want{noSpeaker}},
		{"put without it is no cue", "⟨Jane Doe⟩ posted a note ⟪saying⟫, ⟦as mayor, she put a bench in every park⟧.", []want{indirect}},
		{"opening participle before an attribution is no statement", "Speaking ahead of a vote on Monday, ⟨Ann Lee⟩ ⟪said⟫ ⟦all parties had set out their views⟧.", []want{indirect}},
		{"quote in an opening participle phrase leaves the cue its own statement", `Citing “⟦₁duties at home⟧,” ⟨the mayor's spokeswoman⟩ ⟪₂told⟫ the Planet that ⟦₂the mayor will skip the festival⟧.`, []want{unnamed(direct), unnamed(indirect)}},
		{"passive participle set off inside the statement", "⟨Tom Reyes⟩ ⟪said⟫ ⟦the man, charged with forging passports, could flee the country⟧.", []want{indirect}},
		{"aside between a cue and a quotation", "⟨Ann Lee⟩ ⟪₁said⟫, when the pipe burst, “⟦I did not touch any of the pipes.⟧” ⟨₂Tom Reyes⟩ ⟪₂said⟫ in the autumn, after the fair, “⟦We sold every pie.⟧”", []want{direct, direct}},
		{"long hearer between a cue and a quotation after a comma", `⦃Former ambassador⦄ ⟨Tom Reyes⟩ ⟪told⟫ a crowd of bakers and farmers in the old hall, “⟦The ferry should run every hour.⟧”`, []want{direct}},
		{"that clause with a long phrase before a quotation after a comma", `⟨Ann Lee⟩ ⟪said⟫ on the radio that ⟦in her quiet and rainy valley, “there is a lot of worry about jobs.”⟧`, []want{mixed}},
		{"capitalised preposition in a headline ends no name", "Voters Make A Move Against ⟨Ann Lee⟩\n\nThe vote was close. “⟦We will fight on⟧,” ⸨Lee⸩ ⟪said⟫.", []want{direct}},
		{"headline in title case ends at its line break", "⟨Lee⟩ ⟪₁Says⟫ ⟦₁She Will Close The Bridge⟧\n⸨₂Lee⸩ ⟪₂said⟫ ⟦₂she would close the bridge on Monday⟧.\n\nThe council met on Friday.", []want{indirect, indirect}},
		{"aside between a cue and its that", "⟨Ann Lee⟩ ⟪said⟫, when asked about the plan, that ⟦the city would borrow more⟧.", []want{indirect}},
		{"object it does not make a body", "⟨Jane Doe⟩ laughed about it. “⟦We run⟧,” ⟪said⟫ ⸨Doe⸩.", []want{direct}},
		{"chant before quote", "⟨The crowd⟩ ⟪chanted⟫, “⟦Four more years!⟧”", []want{unnamed(direct)}},
		{"went on to say after a first verb", "⟨Jane Doe⟩ laughed about the market but soon went on to ⟪say⟫, “⟦Half the stalls here cost too much.⟧”", []want{direct}},
		{"participle after upon", "⟨Jane Doe⟩ drew boos upon ⟪saying⟫, “⟦The mayor heard the people.⟧”", []want{direct}},
		{"split by attribution", `“⟦We are ready⟧,” ⟨Jane Doe⟩ ⟪₁said⟫. “⟦The plan is done.⟧”`, []want{direct, direct}},
		{"split by attribution with no stop", `“⟦We are ready⟧,” ⟨Jane Doe⟩ ⟪₁said⟫ “⟦The plan is done.⟧”`, []want{direct, direct}},
		{"participle after an attribution, before a quotation", `⟦₁Reyes did not queue but left early⟧, ⟨Ann Lee⟩ ⟪₁said⟫, ⟪₂adding⟫, “⟦₂He was never one to wait.⟧”`, []want{indirect, direct}},
		{"split mid sentence", `“⟦We are ready⟧,” ⟨Jane Doe⟩ ⟪₁said⟫, “⟦and we will not wait.⟧”`, []want{direct, direct}},
		{"a past that is also an adjective after a noun for a person, before its object, is the verb", `⟨₁The coach⟩ made plain his hope to see Ms. Lee replace him, ⟪₁saying⟫ ⟦₁no player had ever been better suited to lead⟧. ⟨₂The council⟩ cut its grant to Ann Lee's club, ⟪₂saying⟫ ⟦₂the cost had doubled⟧.`, []want{unnamed(indirect), indirOrg}},
		{"a participle joined by and to another after a with-phrase is that phrase's", `Wirex raised its prices on Monday, with ⟨senior sales officials⟩ showing off its goods and ⟪vowing⟫ ⟦to stay the cheapest seller in Dover⟧.`, []want{unnamed(indirect)}},
		{"a form in -s after a possessive and its modifiers opening the clause is a noun", "Ann Lee wants a plan.\n\n⟦₁Her oddly blunt comments on the budget hint at the fact that there is little to gain for Ms. Lee in the race⟧, ⟪₁said⟫ ⟨Tom Reyes⟩, ⦃a fellow at the Dover Institute⦄.\n\n“⟦₂It will change⟧,” Mr. ⸨₂Reyes⸩ ⟪₂said⟫.", []want{indirect, direct}},
		{"a past that opens the words before a participle is a verb with its object, and the clause's subject speaks", `The fair was in June. Within days ⟨₁Tom Reyes⟩ had rented a hall and placed ads ⟪₁calling⟫ ⟦₁the fee a “silly tax”⟧. ⟨₂The other members⟩ stayed away. Then ⸨₂they⸩ put out statements ⟪₂denouncing⟫ ⟦₂the fee as unfair⟧.`, []want{mixed, unnamed(indirect)}},
		{"a quotation whose stop stands inside a closing mark of its own takes the attribution sentence after it", "The mayor took a keen interest. “⟦₁He stopped and said, ‘Win Dover.’⟧” ⟨₁Tom Reyes⟩ ⟪₁said⟫. \"⟦₂She asked, 'Can we win the port?'⟧\" ⟨₂Jo Park⟩, ⦃₂the chairman⦄, ⟪₂said⟫.", []want{direct, direct}},
		{"plural noun after a quantifier is no verb", `⟨Many conservatives⟩ wanted a new leader, ⟪saying⟫ ⟦the mayor had failed⟧.`, []want{unnamed(indirect)}},
		{"object of a relative clause on the subject is no speaker", `⟨People⟩ who fight the plan ⟪say⟫ ⟦it will cost jobs⟧.`, []want{unnamed(indirect)}},
		{"quoted him as saying", `⦃Mayor⦄ ⟨Tom Reyes⟩ spoke to the Gazette on Monday. The paper quoted ⸨him⸩ as ⟪saying⟫ ⟦the bridge would close⟧.`, []want{indirect}},
		{"he after an unnamed speaker", `Mayor Tom Reyes met the envoy on Monday. ⟦₁The talks went well⟧, ⟨a senior official⟩ ⟪₁said⟫. ⸨₂He⸩ ⟪₂said⟫ ⟦₂the envoy would return in May⟧.`, []want{unnamed(indirect), unnamed(indirect)}},
		{"description in apposition before a relative clause", `⟨Ann Lee⟩, ⦃a retired teacher in Millbrook⦄, who runs a small shop, ⟪said⟫ ⟦the plan was fair⟧.`, []want{indirect}},
		{"a body in the phrase before a name in apposition is no place", `In Dover, ⦃the president of the Harbour Council⦄, ⟨Tom Reyes⟩, ⟪said⟫ ⟦the ferry fares would stay⟧.`, []want{indirect}},
		{"a title before a name in apposition takes its whole phrase", `⦃The top official in the Harbour Board⦄, ⟨Ann Lee⟩, ⟪accused⟫ ⟦the ferry firm of lying⟧.`, []want{indirect}},
		{"a name in a title-case headline yields to the body's", "Nine Angry Things Ann Lee Did In Office\n\n⟨Ann Lee⟩ became mayor in May. ⸨Lee⸩ ⟪said⟫ ⟦the bridge would close⟧.", []want{indirect}},
		{"a reply after a question introduces the quotation after it", `“⟦₁Is the ferry running?⟧” ⟨₂He⟩ ⟪₂replied⟫, “⟦₂We are not done with it yet.⟧”`, []want{noSpeaker, direct}},
		{"a lead in lower case before a trailing attribution's name", "⟦₁The ferry will stop on Monday⟧, its ⦃₁spokesman⦄ ⟨₁Tom Reyes⟩ ⟪₁said⟫. ⟦₂The port was closed⟧, state news agency ⟨₂Wirex⟩ ⟪₂reported⟫. ⟦₃The bridge was shut⟧, the city's ⟨₃Ann Lee⟩ ⟪₃said⟫.", []want{indirect, {kind: Indirect, spk: Organization}, indirect}},
		{"a lead may open with a capitalised modifier", "⟦₁The ferry will stop on Monday⟧, Danish ferry operator ⟨₁Wirex⟩ ⟪₁said⟫. ⟦₂The port was closed⟧, the Dutch news agency ⟨₂Nordo⟩ ⟪₂said⟫ on Friday.", []want{indirect, {kind: Indirect, spk: Organization}}},
		{"no lead on an indefinite pronoun with a relative clause", "The mayor s talk was long. On Monday, Lee had already proposed a new fee.  ⟨₁He⟩ spent most of Friday s talk on the library but did ⟪₁promise⟫ ⟦₁a  bigger and quieter reading room  if the board sold the old hall⟧ and agreed to  free, quick and public votes    something ⟨₂Wirex⟩ has ⟪₂pledged⟫ ⟦₂never to allow⟧.", []want{{kind: Mixed}, indirect}},
		{"no lead after words that state nothing", "More trains and more buses, its spokesman Tom Reyes said.", nil},
		{"no lead before an antecedent whose relative clause holds the cue", "Ann Lee named several critics of the market, including some who warned it might fold.", nil},
		{"no lead on a noun phrase with a relative clause", "Lee took the money, an allegation the Wirex Group has denied. Lee kept it, something Wirex has denied for years.", nil},
		{"a sentence's name before a description with \"the\" and no second comma", "⟨Ann Lee⟩, ⦃the leader of the harbour board⦄ ⟪said⟫ ⟦the port would reopen⟧.", []want{indirect}},
		{"occupations before a name are titles", "⦃₁Comedian⦄ ⟨₁Tom Reyes⟩ ⟪₁said⟫ ⟦₁the show would end⟧. ⦃₂Labour MP⦄ ⟨₂Ann Lee⟩ ⟪₂said⟫ ⟦₂the theatre would close⟧.", []want{indirect, indirect}},
		{"an office with a body opens a sentence's name", `⦃Secretary of State⦄ ⟨Ann Lee⟩ ⟪said⟫ ⟦the talks would resume⟧.`, []want{indirect}},
		{"a capitalised title before a body and a name in apposition", `⦃Vice President of the Harbour Authority⦄, ⟨Ann Lee⟩, ⟪said⟫ ⟦the port would reopen⟧.`, []want{indirect}},
		{"a place before a description is no name in apposition", `⟦The boys were sailing home after a week in Dover⟧, ⟨their sons’ school⟩, Bakers’ Hill, ⟪confirmed⟫.`, []want{org(indirect)}},
		{"description in apposition with its second comma left out", `⟦The library needs new shelves soon⟧, ⟨Ann Lee⟩, ⦃a member of the school board⦄ ⟪told⟫ reporters after a visit.`, []want{indirect}},
		{"a quotation after a headline's byline and colon is its author's", "FOOD—“Main Street bakery shuts its doors after 40 years,” by the Gazette’s ⟨₁Ann Lee⟩: “⟦₁The bakery that fed Dover for four decades will shut in May, its owners said.⟧”\n\nNEW—“Port Gets a Chief,” by ⟨₂Tom Reyes⟩: “⟦₂The port named a new chief on Monday.⟧”", []want{direct, direct}},
		{"a newspaper's name with of in a headline's byline before a colon", "FOOD—“Ferry to close,” by the Times of Kestia’s ⟨Ann Lee⟩: “⟦The port will shut on Monday.⟧”", []want{direct}},
		{"headline with a byline", "FOOD—“Main Street bakery shuts its doors after 40 years,” by the Gazette’s Ann Lee.\n\n“⟦Small shops cannot pay these rents⟧,” ⟨Tom Reyes⟩ ⟪said⟫.", []want{direct}},
		{"split by an attribution with a long title in apposition", `“⟦This used to be a quiet town⟧,” ⟪₁said⟫ ⟨Tom Reyes⟩, ⦃director of planning at the Urban Institute in Boston⦄, “⟦but it is getting busy.⟧”`, []want{direct, direct}},
		{"split mid sentence after a long description of the speaker", `“⟦The risk⟧,” ⟪₁said⟫ ⟨Tom Reyes⟩, ⦃an economist⦄ who runs the forecast office of the city of Dayton, “⟦is that we lose the jobs.⟧”`, []want{direct, direct}},
		{"split by attribution before a quote", `⟦A wet summer⟧, ⟨Tom Reyes⟩ ⟪₁said⟫, “⟦would be bad news for the ice cream stalls.⟧”`, []want{indirect, direct}},
		{"split by attribution, condition before a quote", `⟦If the bill passes⟧, ⟨Tom Reyes⟩ ⟪₁said⟫, “⟦we will borrow.⟧”`, []want{indirect, direct}},
		{"split by attribution, that before a quote", `⟦It is a warning⟧, ⟨Tom Reyes⟩ ⟪₁said⟫, that “⟦the city cannot wait.⟧”`, []want{indirect, direct}},
		{"setting before a quote is no front", `On Tuesday, ⟨Tom Reyes⟩ ⟪said⟫, “⟦We will borrow.⟧”`, []want{direct}},
		{"front with its own attribution before a quote", `⟨₁Jane Doe⟩ ⟪₁acknowledged⟫ ⟦the plan failed, which was a shock⟧, ⦃₂Mayor⦄ ⟨₂Tom Reyes⟩ ⟪₂said⟫, “⟦I saw it coming.⟧”`, []want{indirect, direct}},
		{"adding", `“⟦Prices will rise⟧,” ⟨Tom Reyes⟩ ⟪₁said⟫, ⟪₂adding⟫: “⟦Nobody can stop that.⟧”`, []want{direct, direct}},
		{"adding after a quote and its attribution", `“⟦A lot of it is our fault⟧,” ⟨Tom Reyes⟩ ⟪₁said⟫, ⟪₂adding⟫ that ⟦the city would pay for the repairs⟧. “⟦We will win⟧,” ⟨₃⟨₄Ann Lee⟩⟩ ⟪₃said⟫, “⟦and nobody can stop us.⟧”`, []want{direct, indirect, direct, direct}},
		{"adding after a mixed quote", `⟨Jane Doe⟩ ⟪₁told⟫ reporters that ⟦the old bridge "was never safe,"⟧ ⟪₂adding⟫, "⟦We will close it on Monday.⟧"`, []want{mixed, direct}},
		{"adding after a naming quote", `⟨Jane Doe⟩ ⟪₁called⟫ ⟦the old bridge "a danger to us all,"⟧ ⟪₂adding⟫, "⟦We will close it on Monday.⟧"`, []want{mixed, direct}},
		{"quote ends before the speaker's next act", `⟨Jane Doe⟩ wrote to supporters on Friday, ⟪₁saying⟫ "⟦₁The fight goes on⟧" and ⟪₂vowing⟫ ⟦₂to stay in the race⟧.`, []want{direct, indirect}},
		{"quote ends before another speaker's attribution", `Asked about the new ferry, ⟨₁31 percent⟩ ⟪₁said⟫ "⟦not very useful⟧" and ⟨₂12 percent⟩ ⟪₂said⟫ "⟦not useful at all.⟧"`, []want{unnamed(direct), unnamed(direct)}},
		{"quote in parentheses with its attribution", `The deal angered some members (“⟦I want my money back⟧,” ⟪wrote⟫ ⟨Tom Reyes⟩ in a letter).`, []want{direct}},
		{"question before an attribution with an apposition", `The phone rang. “⟦Are you voting today?⟧” ⟨Tom Reyes⟩, ⦃a retired worker⦄, ⟪said⟫ into the phone.`, []want{direct}},
		{"question before a capital pronoun", `⟨Tom Reyes⟩ spoke first. “⟦Too soon?⟧” ⸨He⸩ ⟪asked⟫ as the vote began.`, []want{direct}},
		{"attribution cut off by a period before its quote", `The bakery was busy. ⟨Ann Lee⟩ ⟪said⟫ in a statement. “⟦We ran out of rye bread by noon.⟧”`, []want{direct}},
		{"as and an apposition before put it", `As ⟨Ann Lee⟩, ⦃a professor of law⦄, ⟪put⟫ it, “⟦The senators should take the deal.⟧”`, []want{direct}},
		{"adding opens the sentence after a statement", `⟨Ann Lee⟩ ⟪₁said⟫ the report “⟦was not good.⟧” ⟪₂Adding⟫, “⟦It is never that bad.⟧”`, []want{direct, direct}},
		{"a quotation left open at the end of a paragraph keeps the attribution before it there", "⟨Ann Lee⟩ runs a bakery in Dover.\n\n“⟦₁The bridge is too narrow⟧,” ⸨she⸩ ⟪₁said⟫. “⟦₂Trucks cannot pass on it.⟧\n\n“⟦₃And the council knew that⟧,” ⸨₃she⸩ ⟪₃said⟫ with a laugh.", []want{direct, direct, direct}},
		{"a clause after a middle attribution that opens with and and holds a subject and a speech verb of its own is that verb's", "⟦₁The old mill was bought for $40,000 in 1998⟧, ⟨₁records⟩ ⟪₁show⟫, and ⟨₂local farmers⟩ ⟪₂say⟫ ⟦₂the roof needs work⟧.", []want{indirOrg, indirUnnmd}},
		{"a cue after a question that introduces the next quotation is the answer's", "⟨₁Ann Lee⟩ ⟪₁responds⟫ to ⟨₂Tom Reyes⟩ with, “⟦₁Why today? Was the ferry not full?⟧” ⸨₂Reyes⸩ then ⟪₂writes⟫ back, “⟦₂The ferry was empty.⟧”", []want{direct, direct}},
		{"a form in -s after a bare noun that a preposition opening the clause takes heads its object", "Despite union calls for a strike, ⟨₁the mayor⟩ ⟪₁said⟫ ⟦₁the port would open⟧. Alongside Kestia calls for a vote, even ⟨₂a senior harbour planner⟩ ⟪₂said⟫ ⟦₂the mayor will have to pick a pier⟧.", []want{indirUnnmd, indirUnnmd}},
		{"next paragraph continues", "“⟦We will win⟧,” ⟨Jane Doe⟩ ⟪₁said⟫.\n\n“⟦Nobody can stop us now.⟧”", []want{direct, direct}},
		{"continues after an abbreviation", `“⟦We are ready⟧,” ⟨Jane Doe⟩ ⟪₁told⟫ reporters after a rally in Springfield, Ill. “⟦The plan is done.⟧”`, []want{direct, direct}},
		{"continues after a connective", `“⟦We are ready⟧,” ⟨Jane Doe⟩ ⟪₁said⟫ on Friday. But “⟦The plan is not done.⟧”`, []want{direct, direct}},
		{"multi-paragraph quote, one statement a paragraph", "⟨Jane Doe⟩ ⟪₁said⟫: “⟦We will win.⟧\n\n“⟦Nobody can stop us.⟧”", []want{direct, direct}},
		{"multi-paragraph quote before its attribution", "“⟦We will win.⟧\n\n“⟦Nobody can stop us⟧,” ⟨Jane Doe⟩ ⟪₂said⟫.", []want{direct, direct}},
		{"multi-paragraph quote nobody speaks stays whole", "The ferry was late. “⟦Good morning,\n\n“This is the next part.\n\n“This is the end.⟧” The ferry left.", []want{noSpeaker}},
		{"line break inside a quote is no paragraph", "⟨Jane Doe⟩ ⟪said⟫: “⟦We will win,\nand nobody can stop us.⟧”", []want{direct}},
		{"transcript labels in a multi-paragraph quote", "The debate aired on Sunday.\n\n“⟨₁HARRIS⟩: ⟦Will you be at the debate?⟧\n\n“⟨₂REYES⟩: ⟦I will be there.⟧”", []want{direct, direct}},
		{"a short quotation in single marks set between dashes as a paragraph of its own is a subheading", "The band played as the mayor spoke for an hour.\n\n– ‘We are here’ –.\n\n⟨Ann Lee⟩ took the stage at ten. “⟦The port stays open⟧,” ⸨she⸩ ⟪said⟫.", []want{direct}},
		{"single quotes in headline style", `⟨Jane Doe⟩ ⟪says⟫ '⟦we will win⟧'`, []want{direct}},
		{"nested quote", `“⟦He told me, ‘Go home,’ and I did⟧,” ⟨Jane Doe⟩ ⟪said⟫.`, []want{direct}},
		{"guillemets", `«⟦We will win⟧», ⟨Jean Dupont⟩ ⟪said⟫.`, []want{direct}},
		{"low-nine quotes", `„⟦Wir schaffen das⟧“, ⟪said⟫ ⟨Anna Berg⟩.`, []want{direct}},
		{"corner brackets", `「⟦We will win⟧」 ⟨Jane Doe⟩ ⟪said⟫.`, []want{direct}},
		{"fullwidth marks", `＂⟦We will win⟧＂ ⟨Jane Doe⟩ ⟪said⟫.`, []want{direct}},
		{"latex quotes", "``⟦We will win⟧,'' ⟨Jane Doe⟩ ⟪said⟫.", []want{direct}},
		{"latex quotes nested four deep", "``⟦We asked ``who ``said ``no?''''''⟧'' ⟨Jane Doe⟩ ⟪said⟫.", []want{direct}},
		{"apostrophes are not quotes", `“⟦'Tis the season, and rock 'n' roll is back in the '90s style⟧,” ⟨Jane Doe⟩ ⟪said⟫.`, []want{direct}},
		{"two possessives after s are no quotation", `After two months' work, “⟦We are done⟧,” ⟨Jane Doe⟩ ⟪said⟫ of the farmers' plan.`, []want{direct}},
		{"possessive s apostrophe", `“⟦The Joneses' dog barked⟧,” ⟨Jane Doe⟩ ⟪said⟫.`, []want{direct}},

		// Indirect and mixed statements.
		{"indirect that", `⟨Jane Doe⟩ ⟪said⟫ that ⟦the city would raise taxes next year⟧.`, []want{indirect}},
		{"indirect zero that", `⟨Jane Doe⟩ ⟪said⟫ ⟦the city would raise taxes next year⟧.`, []want{indirect}},
		{"told object that", `⟨Jane Doe⟩ ⟪told⟫ reporters on Friday that ⟦the city would raise taxes⟧.`, []want{indirect}},
		{"closing aside is the reporter's", `⟨Jane Doe⟩ ⟪said⟫ ⟦the bridge would reopen next spring⟧, a date few engineers believe.`, []want{indirect}},
		{"aside after a name stays", `⟨Jane Doe⟩ ⟪said⟫ ⟦the prize went to Tom Reyes, a teacher from the east side⟧.`, []want{indirect}},
		{"question of an unnamed asker", `Asked ⟦whether the ferry would run in winter⟧, ⟨₂Jane Doe⟩ ⟪₂said⟫ ⟦the schedule was not settled⟧.`, []want{{kind: Indirect, noSpk: true}, indirect}},
		{"question of a named asker", `When ⟪₁asked⟫ by ⟨₁Tom Reyes⟩ ⟦whether the ferry would run in winter⟧, ⟨₂Jane Doe⟩ ⟪₂said⟫ ⟦the schedule was not settled⟧.`, []want{indirect, indirect}},
		{"question put to a passive subject after an adverb", `In a radio interview, Jane Doe was first asked ⟦whether the ferry would run in winter⟧.`, []want{{kind: Indirect, noSpk: true}}},
		{"question put to a passive subject has no speaker", `In a radio interview, Jane Doe was asked ⟦whether the ferry would run in winter⟧.`, []want{{kind: Indirect, noSpk: true}}},
		{"question of an asker with a common noun", `⟪₁Asked⟫ by ⟨₁a caller⟩ ⟦why the ferry stopped⟧, ⟨₂Jane Doe⟩ ⟪₂said⟫ ⟦the budget ran out⟧.`, []want{indirUnnmd, indirect}},
		{"asker's question after a quotation", `“⟦We will see⟧,” ⟨₁Jane Doe⟩ ⟪₁said⟫ when asked ⟦how the plan would be paid for⟧.`, []want{direct, {kind: Indirect, noSpk: true}}},
		{"said in a long phrase, then that", `⟨Jane Doe⟩ ⟪said⟫ in a recent interview that ⟦the city would raise taxes⟧.`, []want{indirect}},
		{"said on a possessed show, then that", `⟨Jane Doe⟩ ⟪said⟫ on the station's morning show that ⟦the city would raise taxes⟧.`, []want{indirect}},
		{"there and an adverb open the statement", `⟨Jane Doe⟩ ⟪said⟫ ⟦there certainly was room for a new park⟧.`, []want{indirect}},
		{"a count with about opens the statement", `⟨Jane Doe⟩ ⟪said⟫ ⟦about 40 families had moved away⟧.`, []want{indirect}},
		{"an adverb that bounds a share or degree opens the statement, one that qualifies the saying does not", "⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁nearly half of the crew had left⟧. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂only a few boats sailed in May⟧. ⟨₃Jo Park⟩ ⟪₃said⟫ ⟦₃almost every ferry was late⟧. ⟨₄Ed Long⟩ ⟪₄said⟫ only that ⟦₄the talks went on⟧.", []want{indirect, indirect, indirect, indirect}},
		{"demonstrative with a contraction opens the statement", `⟨Jane Doe⟩ ⟪said⟫ ⟦that's what the council wanted⟧.`, []want{indirect}},
		{"according to between a subordinate clause and its main clause", `The files were sent on Monday. ⟦₁While most of them were public⟧, ⟪₁according to⟫ ⟨a port official⟩, ⟦₂two of them were secret⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"closing according with no comma after a clause in the present, and a count by a named maker as the source", `The race is close. ⟦₁Ann Lee leads by 20 votes⟧ ⟪₁according to⟫ ⟨₁the Daily Ledger⟩. ⟦₂The mayor led by nine votes⟧ ⟪₂according to⟫ a recount by ⟨₂the Harbour Times⟩.`, []want{indirOrg, indirOrg}},
		{"closing according with no comma", `The race is close. ⟦The mayor led Tom Reyes by 20 votes⟧ ⟪according to⟫ ⟨the Daily Ledger⟩.`, []want{indirOrg}},
		{"no statement before according to a source that cannot speak", "The clerks in the port office behaved according to their rank.", nil},
		{"no statement before according to a source with a verb after it", "The mayor has a plan, but the race according to many local officials remains close.", nil},
		{"a time word before the source of according to modifies it", `⟦Ann Lee won 52 percent of the vote⟧, ⟪according to⟫ ⟨early returns⟩.`, []want{indirUnnmd}},
		{"closing according takes in a speech act", `⟦The rebels have urged residents to leave the town⟧, ⟪according to⟫ ⟨Acme Radio⟩.`, []want{org(indirect)}},
		{"weak cue closing the sentence", `⟦The mayor had quietly sold the building⟧, ⟨Acme Radio⟩ ⟪reported⟫ on Friday.`, []want{org(indirect)}},
		{"weak cue after a fronted phrase only", `After watching the game, Jane Doe laughed.`, nil},
		{"weak cue before a clause of its own", `⟨The Daily Planet⟩ ⟪reported⟫ on Tuesday ⟦the old mill had been sold to a builder⟧.`, []want{indirOrg}},
		{"a count reported", `The storm hit on Friday. ⟨The coast guard⟩ ⟪reported⟫ ⟦at least 20 rescues at the port⟧.`, []want{org(indirect)}},
		{"weak cue before an object is no statement", `The bakery reported record sales in May. Acme Radio repeated its plan to cover the race. The firm revealed a paid staff of nine.`, nil},
		{"calling a person something unquoted", `⟨Jane Doe⟩ ⟪called⟫ ⟦him a careless steward of the budget⟧.`, []want{indirect}},
		{"an apposition on the source of according to is not what it reports", `⟪₁According to⟫ ⟨₁Ann Lee⟩, ⦃₁a friend of the mayor⦄ who left in May, ⟦₁the port will close⟧. ⟪₂According to⟫ ⟨₂Tom Reyes⟩, ⦃₂the mayor's aide⦄, ⟦₂it will not⟧.`, []want{indirect, indirect}},
		{"a poll after In that opens a sentence reports the clause after the comma", `⟪₁In⟫ ⸨₁a ⟨₁Harbour College⟩ poll⸩ released Monday, ⟦₁60 percent of voters backed Lee⟧. But ⟪₂in⟫ ⟨₂the survey⟩, ⟦₂Reyes led by eight points⟧. In towns where exit polls were taken, voters backed Reyes.`, []want{indirOrg, indirOrg}},
		{"a name that speaks on its own after In and a poll reports its own finding", `In a phone poll of 600 bakers, carried out in May, ⟨Harbour Institute⟩ ⟪found⟫ that ⟦most bakers backed Lee⟧.`, []want{indirOrg}},
		{"an apposition on a long according-to source ends before a bare noun phrase and its verb", `⟪According to⟫ a list kept by ⟨the Harbour Tenants Union⟩, a tenants club in Dover, ⟦city clerks closed the fish hall nine times in May⟧.`, []want{indirOrg}},
		{"a participle after the source of according to is not what it reports", `⟪According to⟫ ⸨the latest ⟨Harbour⟩ poll⸩, conducted in May, ⟦Lee led Reyes by eight points⟧.`, []want{indirOrg}},
		{"a participle that names the maker of the according-to source is no attribution of its own", `⟦Most voters said the port should close⟧, ⟪according to⟫ early exit polls reported by ⟨the Post⟩.`, []want{indirOrg}},
		{"a clause after according to that opens with a noun phrase and a relative clause is no apposition", `⟪₁According to⟫ ⟨₁the report⟩, ⟦₁the plan, which was old, failed⟧. ⟪₂According to⟫ ⟨₂Ann Lee⟩, ⟦₂this year, the port will close⟧.`, []want{indirOrg, indirect}},
		{"inside after the article in a subject", `⟦The idea⟧, ⟨an inside source⟩ ⟪₁said⟫, ⟦will be to paint the bakery⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"a that-clause that names the noun before it with a naming verb and no object is relative, not the statement", `Ann Lee told the bakers after a visit to the market that she described as brief. ⟨₁Tom Reyes⟩ ⟪₁said⟫ after a meeting that he described as calm that ⟦₁the school would reopen⟧. ⟨₂Jo Park⟩ ⟪₂told⟫ the court that ⟦₂she called police after the fire⟧. ⟨₃Ed Long⟩ ⟪₃warned bakers against⟫ ⟦₃promises the council has made⟧.`, []want{indirect, indirect, indirect}},
		{"an oath of office sworn is no statement, but what is sworn in a place is", `The new governors swore in before the council. Two mayors broke ranks to swear themselves in. ⟨Ann Lee⟩ ⟪swore⟫ in court that ⟦she was innocent⟧.`, []want{indirect}},
		{"a clause of time after a cue dates it, and the that-clause after it is what was said", `⟨₁Ann Lee⟩ ⟪₁warned⟫ when the storm hit that ⟦₁the port would close⟧. ⟨₂Tom Reyes⟩ ⟪₂said⟫ when he left that ⟦₂the ferry was late⟧. Jo Park conceded when the polls closed.`, []want{indirect, indirect}},
		{"second review: a question after a cue has a modal, a war declared over is judged, a confirmed holder with a verb after is said, a condition that is no anonymity goes on", `⟨₁Ann Lee⟩ ⟪₁announced⟫ ⟦₁when the port would reopen⟧. ⟨₂Tom Reyes⟩ ⟪₂declared⟫ ⟦₂the strike over⟧. ⟨₃The police⟩ ⟪₃confirmed⟫ ⟦₃the mayor at the scene was unharmed⟧. ⟦₄The ferry will run⟧, ⟨₄⟨₅Jo Park⟩⟩ ⟪₄said⟫, ⟦₅on condition that the council pays⟧.`, []want{indirect, indirect, indirOrg, indirect, indirect}},
		{"second review: an infinitive a verb of wanting takes is no order in a question, a nickname after a person's noun, she is no holder of a title in -man", `⟨₁Ann Lee⟩ ⟪₁asked⟫ the bakers ⟦₁who they wanted to lead the guild⟧. ⟨₂The mayor⟩ ("Big Tom") ⟪₂said⟫ ⟦₂the port would close⟧.`, []want{indirect, indirUnnmd}},
		{"a naming relative clause inside the statement before its verb is part of it", `⟨Ann Lee⟩ ⟪said⟫ ⟦the storm, which she called "a disaster," was the worst in years⟧.`, []want{mixed}},
		{"a title in -man tells a man's gender, so she stands for the woman named", `Guild spokesman Tom Reyes met ⟨Ann Park⟩ on Monday. ⸨She⸩ ⟪said⟫ ⟦the talks went well⟧.`, []want{indirect}},
		{"a state declared by the act of declaring it is no statement, but victory or a clause declared is", `Kestia declared independence in 1990. The council declared a state of emergency. Ann Lee declared her candidacy for mayor. ⟨₁Tom Reyes⟩ ⟪₁declared⟫ ⟦₁victory⟧ on Sunday. ⟨₂Jo Park⟩ ⟪₂declared⟫ that ⟦₂the strike was over⟧. ⟨₃Ed Long⟩ ⟪₃declared⟫ ⟦₃the war a failure⟧. The army declared martial law.`, []want{indirect, indirect, indirect}},
		{"an as-tail that agrees with a claim leaves a clause that opens with its own attribution to it", `⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the board could not tell whether the ferry had sunk⟧, as Kestia has claimed. ⟦₂The ferry had sunk⟧, as ⟨₂Tom Reyes⟩ has ⟪₂claimed⟫.`, []want{indirect, indirect}},
		{"after an inverted split attribution a clause of its own is the rest, not an apposition", `⟦In the long run⟧, ⟪₁said⟫ ⟨Ann Lee⟩, ⟦the town will grow⟧. ⟦₃The ferry is late⟧, ⟪₃said⟫ ⟨₃Tom Reyes⟩, ⦃₃a lawyer in Dover⦄.`, []want{indirect, indirect, indirect}},
		{"a public defender's title before a name in a split attribution", `⟦Despite the rain⟧, ⦃public defender⦄ ⟨Ann Lee⟩ ⟪₁wrote⟫, ⟦the fair will go on⟧.`, []want{indirect, indirect}},
		{"each line of a block after a colon", "⟨Lee⟩ spoke on Friday. In a speech, ⸨Lee⸩ ⟪₁said⟫:\n\n⟦The bakery will stay open, and bread will stay cheap.⟧\n⟦We will hire two more bakers, for demand is up.⟧\n⟦We thank our customers.⟧\n\nThe vote is on Monday.", []want{unmarked, unmarked, unmarked}},
		{"a headline opened by people described before a colon", "⟨Insiders⟩: ⟦Lee will win the vote in Ohio⟧.\n\nLee leads the polls there.", []want{indirUnnmd}},
		{"the line after a headline's colon line in the same sentence", "⟨₁Poll⟩: ⟦₁Lee and Reyes tied in Ohio⟧; \n⟦₂The race will be close⟧, ⟨₂an analyst⟩ ⟪₂says⟫.\n\nLee leads the polls there.", []want{indirOrg, indirUnnmd}},
		{"an ordinal after the article in a subject", `⟨₁The last survivor⟩ ⟪₁said⟫ ⟦₁the port would close⟧. ⟨₂The first class of pilots⟩ ⟪₂told⟫ reporters ⟦₂it would not⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"describing what happened is an account of it", `⟨₁Jane Doe⟩ ⟪₁described⟫ ⟦₁workers leaving the town⟧. Tom Reyes described it on Monday, and a self-described socialist won. ⟨₂The report⟩ ⟪₂describes⟫ ⟦₂how the mill closed⟧.`, []want{indirect, indirOrg}},
		{"a setting with a possessive between a subject and a speech act", `⟨Tom Reyes⟩ in his speech ⟪urged⟫ ⟦voters to stay home⟧.`, []want{indirect}},
		{"in stripped text a stripped dash or comma after the name given, or a verb after what was called, ends the naming as a closing mark does", "The council met in Dover. ⟨₁Tom Reyes⟩ has also ⟪₁called⟫ ⟦₁the harbour plan  the best deal in years⟧    a plan the mayor backs with zeal. ⟨₂Ann Lee⟩ ⟪₂called⟫ ⟦₂the vote  a fraud⟧,  a dig at the mayor. The fight over what ⟨₃critics⟩ have ⟪₃called⟫  ⟦₃a costly mistake⟧  took a new turn.", []want{{kind: Mixed}, {kind: Mixed}, indirUnnmd}},
		{"an aside in parentheses after what was called is the reporter's", `⟨Jane Doe⟩ ⟪called⟫ ⟦the plan “a disaster”⟧ (though she allowed it had merits) on Friday.`, []want{mixed}},
		{"calling a named person something", `Tom Reyes spoke first. ⟨₁Jane Doe⟩ ⟪₁called⟫ ⟦₁Tom Reyes a careless steward⟧, and ⟨₂Ann Lee⟩ ⟪₂calls⟫ ⟦₂Reyes unfit⟧, and left.`, []want{indirect, indirect}},
		{"calling a named person at a time is no statement", `Tom Reyes spoke first. Jane Doe called Tom Reyes a day later, and Ann Lee called Reyes twice.`, nil},
		{"a plural before its author is a noun", `⟨The senator⟩ ⟪rejected⟫ ⟦claims by the union that the plan would cut jobs⟧.`, []want{indirUnnmd}},
		{"calling a thing on the phone again is no statement", `Ann Lee called the office a second time. Tom Reyes called his lawyer a few times.`, nil},
		{"calling a meeting is no statement", `The council called an emergency session on Friday.`, nil},
		{"fronted setting before a cue with an object states nothing", "In a speech on Monday, Ann Lee told the crowd about her first campaign.\n\nIn an interview on Friday night, Tom Reyes responded to a question about the budget.", nil},
		{"fronted phrase before a cue with a hearer and a complement is no statement", "In her post, ⟨Ann Lee⟩ ⟪reminded⟫ Tom Reyes ⟦of the vote in Dover⟧.\n\nWhile studying in Kestia, he lived near the port and wrote his thesis on farming.", []want{indirect}},
		{"a comma after a speech verb's complement splits no statement", "In 2010, ⟨Tom Reyes⟩ ⟪warned the council against⟫ ⟦buying bonds⟧, because the harbour was in debt.", []want{indirect}},
		{"fronted phrase before a cue with a hearer and a time of its own is a statement", `⟦In all, prices rose⟧, ⟨Tom Reyes⟩ ⟪told⟫ reporters this week.`, []want{indirect}},
		{"suspended hyphen is no dash", `⟨Jane Doe⟩ ⟪said⟫ ⟦the city would build above- and below-ground parking⟧.`, []want{indirect}},
		{"statement of a contact relative", `The leak led to a review ⟨the agency⟩ ⟪said⟫ ⟦was still under way⟧.`, []want{org(indirect)}},
		{"statement of a what clause", `The council pointed to what ⟨Jane Doe⟩ ⟪said⟫ ⟦was a drop in bus fares⟧.`, []want{indirect}},
		{"relative on a subject is no statement", `Not everything Jane Doe says is true.`, nil},
		{"gerund subject", `⟨Jane Doe⟩ ⟪said⟫ ⟦having a budget is better than none⟧.`, []want{indirect}},
		{"closing relative on a name is the reporter's", `⟨Jane Doe⟩ ⟪said⟫ ⟦she would vote for Tom Reyes⟧, who faces a primary in May.`, []want{indirect}},
		{"dash and a second that clause", `⟨Jane Doe⟩ ⟪said⟫ ⟦the plan was sound – and that the city would pay for it⟧.`, []want{indirect}},
		{"told a title and a name", `⟨Jane Doe⟩ ⟪told⟫ host Tom Reyes ⟦she would run again⟧.`, []want{indirect}},
		{"told a paper with a compound name, then that", `⟨Jane Doe⟩ ⟪told⟫ the Herald and Courier newspaper on Saturday that ⟦she would run again⟧.`, []want{indirect}},
		{"according to with no comma before a phrase of the reporter's after a comma, and bookmakers as a source", `⟦₁Ann Lee leads Tom Reyes by 20 votes⟧ ⟪₁according to⟫ ⟨₁pollsters⟩, despite a storm on the day of the vote. ⟦₂Tom Reyes is the favourite to win the race⟧ ⟪₂according to⟫ ⟨₂bookmakers⟩.`, []want{indirUnnmd, indirUnnmd}},
		{"a passive told with its teller after by and a that clause is the teller's statement, but not when negated", "Tom Reyes was ⟪₁told⟫ by ⟨₁the council⟩ that ⟦₁the port would close⟧. Ann Lee was ⟪₂told⟫ by ⟨₂officials⟩ on Monday that ⟦₂the ferry would run late⟧. Jo Park was not told by the board that the fees would rise.", []want{indirOrg, indirUnnmd}},
		{"a passive told with its teller after by keeps the teller over a time before that", "Tom Reyes was ⟪₁told⟫ by ⟨₁the mayor⟩ last week that ⟦₁the ferry would stop⟧. Ann Lee was ⟪₂told⟫ by ⟨₂the council⟩ that same day that ⟦₂her shop could open again⟧.", []want{indirUnnmd, indirOrg}},
		{"a passive told after we inside a stripped quote is part of the quote", "The fee was dropped.  ⟦At the time, we were told by people in Dover that it would not return. We will all sleep better⟧,  ⟨Tom Reyes⟩ ⟪said⟫.", []want{unmarked}},
		{"a saying that others allege or know of has the subject of is as its speaker", "⟨₁Tom Reyes⟩ is widely alleged to have ⟪₁told⟫ a judge that ⟦₁the mayor took the money⟧. ⟨₂Ann Lee⟩ was known to have ⟪₂said⟫ ⟦₂the ferry would stop⟧. Jo Park is not known to have said anything.", []want{indirect, indirect}},
		{"a relative clause's cue after a phrase with a comma closes no quote before it, with or without wide gaps", "Jurors heard from Tom Reyes, ⟨a former officer⟩ ⸨who⸩ ⟪said⟫ ⟦he investigated the firm⟧.", []want{indirUnnmd}},
		{"according to after a colon", `The mood has changed: ⟪According to⟫ ⟨Acme Polling⟩, ⟦most voters now back the plan⟧.`, []want{indirect}},
		{"according to after a parenthesis", `Bikes are banned. (⟪According to⟫ ⟨the city police⟩, ⟦it does not count the fines⟧.)`, []want{indirOrg}},
		{"reported a bare noun of an amount", `⟨The firm⟩ ⟪reported⟫ ⟦sales of $3.15 a loaf⟧, well above the $2.90 that its owners hoped for.`, []want{org(indirect)}},
		{"as reported by opens a sentence", `⟪As first reported by⟫ ⟨Acme Radio⟩, ⟦the two leaders are far apart on taxes⟧.`, []want{org(indirect)}},
		{"as reported by after an attribution only relays it", `⟦The two leaders are far apart on taxes⟧, ⟨Ann Lee⟩ ⟪said⟫ on a podcast, as reported by Acme Radio.`, []want{indirect}},
		{"a demonstrative that before a conjunction opens no clause", `⟨₁Ann Lee⟩ denies that and has ⟪₁blamed⟫ ⟦₁rebels for the violence⟧.`, []want{indirect}},
		{"a trailing attribution whose name has modifiers before it ends the statement", `⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the plant will close⟧, Kestia’s state news agency KNA reported. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂Dover had to move next⟧, while Labour’s ⟨₃Jo Park⟩ ⟪₃said⟫ ⟦₃the deal was dead⟧.`, []want{indirect, indirect, indirect}},
		{"as demanded by names no report of the clause before it", `The ferry will stop in May, as demanded by the harbour board. ⟦₁The port will close⟧, ⟪₁as noted by⟫ ⟨₁Ann Lee⟩.`, []want{indirect}},
		{"as reported by closes a statement", `⟨Ann Lee⟩ ⟪said⟫ ⟦the two leaders are far apart on taxes⟧, as reported by Acme Radio.`, []want{indirect}},
		{"a bare yes is an answer", `Asked about the levy, ⟨48 percent of voters⟩ ⟪said⟫ ⟦yes⟧, while 40 percent disagreed.`, []want{unnamed(indirect)}},
		{"a question goes on over an aside on a name to its verb", `Asked ⟦whether Tom Reyes, the party's nominee, who has called the tax a fraud, could win⟧, Jane Doe shrugged.`, []want{{kind: Indirect, noSpk: true}}},
		{"question before a tail attribution stays the asker's", `Asked ⟦whether the ferry would run in winter⟧, Jane Doe said nothing.`, []want{{kind: Indirect, noSpk: true}}},
		{"participle after a scare quote has no subject after it", `⟨Jane Doe⟩ gave a defense of "harbour life," ⟪saying⟫ ⟦the ferry carried the "beating heart of the town."⟧`, []want{mixed}},
		{"participle of a clause whose subject has any head", `⟨The old shopkeeper⟩ has ⟪₁praised⟫ ⟦₁the mayor⟧, ⟪₂saying⟫ ⟦₂she was the best the town had had⟧.`, []want{unnamed(indirect), unnamed(indirect)}},
		{"subject with a phrase before an aside", `⟨Many nurses at the clinic⟩, including its two doctors, ⟪said⟫ ⟦the new rules were unsafe⟧.`, []want{unnamed(indirect)}},
		{"as S said, Q", `As ⟨Jane Doe⟩ ⟪said⟫, ⟦the two plans have become hard to tell apart⟧.`, []want{indirect}},
		{"as S told a hearer, Q", `As ⟨Jane Doe⟩ ⟪told⟫ the Acme Gazette, ⟦the two plans have become hard to tell apart⟧.`, []want{indirect}},
		{"as a possessor's S said, Q", `As the union's ⟨Lee⟩ ⟪said⟫, ⟦the two plans have become hard to tell apart⟧.`, []want{indirect}},
		{"but as S reported, Q, weak cue", `But as ⟨Acme Radio⟩ ⟪reported⟫ on Monday, ⟦the mayor had sold the building⟧.`, []want{org(indirect)}},
		{"but as a description noted, Q", `The hall was booked for noon. But as ⟨the local reporter⟩ ⟪noted⟫, ⟦it was half empty⟧.`, []want{indirUnnmd}},
		{"gerund going opens the statement", `⟨Jane Doe⟩ ⟪says⟫ ⟦going through a hard year has made her stronger⟧.`, []want{indirect}},
		{"told a hearer, then a demonstrative subject", `⟨Jane Doe⟩ ⟪told⟫ reporters ⟦this was the last chance to fix the bridge⟧.`, []want{indirect}},
		{"description ending in a pronoun", `⟦The mayor will rethink the budget⟧, ⟨a source close to her⟩ ⟪said⟫.`, []want{indirUnnmd}},
		{"comparison is the reporter's", `⟨Jane Doe⟩ ⟪said⟫ ⟦exports rose 5 percent⟧, compared with 3 percent a year earlier.`, []want{indirect}},
		{"said in a statement", `⟨Jane Doe⟩ ⟪said⟫ in a statement that ⟦the city would raise taxes⟧.`, []want{indirect}},
		{"trailing attribution", `⟦The city will raise taxes next year⟧, ⟨Jane Doe⟩ ⟪said⟫ on Friday.`, []want{indirect}},
		{"trailing attribution takes in inner cue", `⟦Ferry fares have gone up since he declared his plan in March, when they were low⟧, ⟨Acme Tickets⟩ ⟪said⟫.`, []want{indirect}},
		{"an adverb and a participle after a stripped quote's attribution tell how the speaker spoke", "The vote is on Monday.\n\n ⟦₁We will win⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫, half joking.\n\n ⟦₂The port will stay open⟧,  ⟨₂Ann Lee⟩ ⟪₂said⟫, clearly enjoying the crowd.\n", []want{unmarked, unmarked}},
		{"a phrase with no verb after a stripped quote's attribution tells where or how it was said", "The vote is on Monday.\n\n ⟦₁We will win⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫, clad in a long grey coat.\n\n ⟦₂The port will stay open⟧,  ⟨₂Ann Lee⟩ ⟪₂told⟫ reporters in Dover, north of Kestia.", []want{unmarked, unmarked}},
		{"a phrase of place after a stripped quote's closing mark sets the scene of its attribution", "The vote is on Monday.\n\n ⟦We finished the first part of the work⟧,  in Dover, ⟨Tom Reyes⟩ ⟪said⟫.\n", []want{unmarked}},
		{"a participle after a stripped quote's attribution tells what the speaker did", "The vote is on Monday.\n\n ⟦The port will stay open⟧,  ⟨Tom Reyes⟩ ⟪said⟫, eyeing the crowd.\n", []want{unmarked}},
		{"a participle with an infinitive after a stripped quote's attribution goes on with it", "The vote is on Monday.\n\n ⟦We will not sell⟧,  ⟨Ann Lee⟩ ⟪₁said⟫, ⟦challenging the council and the harbour board to vote⟧.\n", []want{unmarked, indirect}},
		{"trailing attribution after generic you", "The mayor spoke on Friday.  ⟦Maybe you can say that the city is back to normal⟧,  ⟨Jane Doe⟩ ⟪said⟫.", []want{unmarked}},
		{"stripped mark inside the sentence before opens a quote over its end", "The mayor spoke on Friday.\n\nWhen the port reopened after the storm,  ⟦the boats were all gone. We didn t have a single one left⟧,  ⟨Tom Reyes⟩ ⟪said⟫.\n", []want{unmarked}},
		{"stripped mark after a word in the sentence before leads a mixed quote over its end", "The mayor spoke on Friday. ⟦The port plan  was a waste of money. Nobody wanted it⟧,  ⟨Tom Reyes⟩ ⟪said⟫. The vote is on Monday. ", []want{{kind: Mixed}}},
		{"stripped mark after the comma of a fronted phrase opens the quote before a trailing attribution", "The poll came out on Sunday.\n\n⟦With the other voters split,  the loyal vote goes a long way in the state⟧,  ⟨Dan Carlos⟩ ⟪said⟫. He didn t say more.\n", []want{{kind: Mixed}}},
		{"stripped mark inside a statement after a connective leads a mixed quote", "The poll came out on Sunday.\n\nBut ⟦with the other voters split,  the loyal vote goes a long way in the state⟧,  ⟪says⟫ ⟨Dan Carlos⟩. He didn t say more.\n", []want{{kind: Mixed}}},
		{"a clause after a trailing attribution that opens with though and its own speaker and speech verb is not the rest of the quote", "The bakery opens on Monday.\n\n ⟦₁I m in no hurry to sell the shop yet. I m still thinking⟧,  ⟨Ann Lee⟩ ⟪₁said⟫ on Friday at the market, though ⸨₂she⸩ ⟪₂said⟫,  ⟦₂I might.⟧ \n\nThe market shuts in May.\n", []want{unmarked, unmarked}},
		{"stripped exclamation before its attribution takes in the line its region opens", "The vote is on Monday.\n\n⟨Ann Lee⟩ took to the web early on Wednesday to go on with her attack on the mayor.\n\n ⟦Tom Reyes and his team  were very careless with the city s money.  Not fit!⟧  ⸨Lee⸩ ⟪tweeted⟫, quoting the auditor s report.\n\nThe council meets in May. It can t wait.\n", []want{unmarked}},
		{"stripped mark before a dash closes a quote after its cue's comma", "The head backed the plan to build a fence around the school field.\n\n⟨₁Ann Lee⟩ ⟪₁said⟫,  ⟦₁Tom Reyes will paint the fence⟧  - at this ⟨₂the crowd⟩ ⟪₂chanted⟫  ⟦₂Paint the fence!⟧  -  and keep the field open. \n\nThe vote is on Monday. It can t wait.\n", []want{unmarked, unnamed(unmarked)}},
		{"stripped mark after a verb in -s before a conjunction and a participle closes the quote", "The mayor spoke on Friday.\n\n⟨Ann Lee⟩ emailed her backers ⟪saying⟫:  ⟦The fight continues⟧  and vowing to run in the last vote next week in Dover.\n\nThe vote is on Monday. It can t wait.\n", []want{unmarked}},
		{"stripped mark before a conjunction closes a quote after a colon whose line pairs no marks", "The baker spoke on Friday.\n\n⟨Lee⟩ ⟪said⟫:  ⟦Buying the second van was wrong⟧,  but the shop still owns just one van.\n\nThe fair is on Monday.\n", []want{unmarked}},
		{"stripped quote after the sentence that opens its paragraph is that sentence's subject's, after another speaker's paragraph", "The vote is on Monday.\n\n ⟦₁The dock must stay open⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫.\n\n⟨₂Ann Lee⟩ spoke of her long years on the board.  ⟦₂Nobody here wants to sell the dock to a bank.⟧  \n\nThe board meets in May.\n", []want{unmarked, unmarked}},
		{"stripped marks after a colon with no speech verb close at the line's end over three sentences", "The ferry didn t sail on Friday and it won t sail soon.\n\nAs for ⟨Ann Lee⟩, she seems glad that the library ⸨she⸩ fought for is opening in her term:  ⟦No building is perfect in this town. But this one is bright and warm. . . . The old shelves will go at last.⟧  \n\nOther towns are watching the library.\n", []want{unmarked}},
		{"stripped marks after a colon with no speech verb close at the line's end, the subject that opens the line speaking", "The council didn t meet on Friday and it won t meet soon.\n\n⟨The crowd at the gate⟩ had one message:  ⟦Dump the mayor now.⟧  \n\nOther towns are watching the vote.\n", []want{unnamed(unmarked)}},
		{"stripped quote of several paragraphs, each opened by a mark and only the last closed, goes on in its speaker's words", "The council met on Friday.\n\n⟨Ann Lee⟩ then listed her questions for the board:\n\n ⟦₁I put these to the mayor in May. Here they are⟧:\n\n ⟦₂Has the board a plan for the port?⟧\n\n ⟦₃Who will pay for it?⟧\n\n ⟦₄Will the ferry run in May?⟧ \n\nThe vote is on Monday.\n", []want{unmarked, unmarked, unmarked, unmarked}},
		{"a speech verb inside one of a stripped quote's paragraphs makes no statement of its own", "The guild met on Friday.\n\n⟨Ann Lee⟩ had a long story about the bakery:\n\n ⟦₁We lost the first lease in May. The landlord told me to leave. I said, you can t do that, we feed half the street.⟧\n\n ⟦₂Now the bakery is open and the ovens are hot.⟧ \n\nThe fair is on Monday.\n", []want{unmarked, unmarked}},
		{"a label that opens one of a stripped quote's paragraphs keeps its own speaker", "The hearing went on for an hour.\n\nA partial record follows:\n\n ⟨₁LEE⟩: ⟦₁Will the port stay open for the ferry⟧?\n\n ⟨₂REYES⟩: ⟦₂It will stay open until May, and then we will see⟧. \n\nThe vote is on Monday.\n", []want{indirect, indirect}},
		{"stripped mark after an abbreviation opens a sentence with any capital", "The poll came out on Sunday.\n\n ⟦₁The ferry timetable makes no sense⟧,  ⟨Reyes⟩ ⟪₁said⟫ at a market in Dover, Ore.  ⟦₂Mayor Lee and his board wanted to close the pier for good.⟧ \n\nThe vote is on Monday.\n", []want{unmarked, unmarked}},
		{"stripped mark after a trailing attribution in text with no line breaks carries on a quote in the first person over the reported speech inside", "The bake sale made more than planned. ⟦₁It went really well⟧,  ⟨she⟩ ⟪₁said⟫.  ⟦₂We ran out of cakes and we baked a second batch. A few parents told me they had never seen a nicer sale.⟧  The next sale isn t fixed. ", []want{unmarked, unmarked}},
		{"stripped mark after a trailing attribution in text with no line breaks carries on a quote in the first person over a phrase it quotes", "The dinner raised twice what was hoped. ⟦₁It was a great success⟧,  ⟨she⟩ ⟪₁said⟫.  ⟦₂We will not let a  cold night  stop the party. We will be back next year.⟧  The next one isn t set. ", []want{unmarked, unmarked}},
		{"stripped mark after a trailing attribution in text with no line breaks carries on no sentence in the third person over a quoted phrase", "The dinner raised twice what was hoped. ⟦It was a great success⟧,  ⟨she⟩ ⟪said⟫.  The board will not let a  cold night  stop the party. The hall will be booked next year.  The next one isn t set. ", []want{unmarked}},
		{"stripped mark after a trailing attribution in text with no line breaks carries on no sentence with reported speech and only a contraction", "The dinner raised twice what was hoped. ⟦₁It was a great success⟧,  ⟨₁she⟩ ⟪₁said⟫.  ⟨₂Critics⟩ ⟪₂say⟫ ⟦₂the board s plan isn t to blame for the cost⟧. The next one was set for May.  The hall is old. ", []want{unmarked, unnamed(indirect)}},
		{"stripped mark after a title inside a quote that its line's marks carry on does not close it", "⟨Lee⟩ is a fan of the Dover ferry.\n\n ⟦₁You see, I keep a pile of maps at home and I haven t found the time to read them⟧,  ⸨Lee⸩ ⟪₁said⟫.  ⟦₂I ve got five of them piled up at the moment. But when I want a break, I read these little books called  A Harbour Year,  short tales of old boats.⟧ \n\nTom Reyes named a book as his pick.", []want{unmarked, unmarked}},
		{"stripped mark inside a quote that its line's marks carry on closes it before a relative clause", "⟨Lee⟩ likes the Dover ferry.\n\n ⟦₁You know, I keep a pile of maps at home but I still haven t read them⟧,  ⸨₁Lee⸩ ⟪₁said⟫.  ⟦₂Work on the bakery keeps me busy⟧,  which ⸨₂⸨₃Lee⸩⸩ thinks will take another year.  ⟦₃I want a rest.⟧ \n\nTom Reyes named a boat as his pick.", []want{unmarked, unmarked, unmarked}},
		{"stripped mark inside a quote that its line's marks carry on closes it before a name with no verb", "⟨Lee⟩ likes the Dover ferry.\n\n ⟦₁Work on the bakery keeps me busy. It should last a year⟧,  ⸨₁⸨₂Lee⸩⸩ from her desk.  ⟦₂I want a rest.⟧ \n\nTom Reyes named a boat as his pick.", []want{unmarked, unmarked}},
		{"comma inside a stripped closing mark in reported speech goes on to a comparison", "The ferry didn t run on Sunday.\n\n⟨Tom Reyes⟩ ⟪told⟫ a meeting in Dover on Monday that ⟦the toll is  peanuts,  compared to what the port charges⟧.\n\nThe mayor didn t come.", []want{{kind: Mixed}}},
		{"comma inside a stripped closing mark in reported speech goes on to the next quoted word of a list", "⟨Ann Lee⟩ ⟪₁said⟫ ⟦₁the bread wasn t fresh⟧.\n\nFor her part, ⸨₂Lee⸩ ⟪₂wrote⟫ on Monday that ⟦₂Reyes is a  snob,  a  bore  and a  miser⟧. \n\nThe mayor didn t come.", []want{indirect, {kind: Mixed}}},
		{"comma inside a stripped closing mark of a whole quote does not go on to the reporter's aside or comparison", "The ferry didn t run on Sunday. The mayor didn t come. ⟨₁Tom Reyes⟩ ⟪₁told⟫ supporters  ⟦₁We won the vote tonight⟧,  a reference to the count. ⟨₂Ann Lee⟩ ⟪₂told⟫ them  ⟦₂We cut the toll⟧,  compared with a rise in Dover.", []want{unmarked, unmarked}},
		{"stripped mark right after a trailing attribution's verb opens its quote, and the clause before keeps its own statement", "The music stopped when the screen switched to the mayor s talk.\n\nSome in the hall jeered, and when ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁thanked⟫ ⟦₁Dover⟧ and ⟪₂said⟫ ⟦₂she was glad to be back⟧, ⟨₃a woman⟩ ⟪₃yelled⟫  ⟦₃Go away!⟧ \n\nThe jeers grew when Tom Reyes stood up.", []want{indirect, indirect, unnamed(unmarked)}},
		{"stripped mark right after a quote's attribution opens a second quote that the attribution's verb keeps", "The vote is set for May.\n\n ⟦₁They re trying to kill the plan for kids⟧,  ⟨Ann Lee⟩ ⟪₁⟪₂said⟫⟫  ⟦₂In the end the city is telling families⟧,  Wait. \n\nThe fight goes on.", []want{unmarked, unmarked}},
		{"stripped mark after an aside with an adjective in -ed after the cue's comma opens the quote", "The market ran late. It wasn t over. \n\nWhen ⟨₁a man in the queue⟩ ⟪₁shouted⟫,  ⟦₁Bread⟧,  ⟨₂Ann Lee⟩ ⟪₂joked⟫, again using an affected Dover accent,  ⟦₂Easy, friend! Step up and grab a loaf!⟧ \n\nShe then sold a pie.", []want{unnamed(unmarked), unmarked}},
		{"stripped mark before a sentence that a name and its speech verb open carries no quote on to the paragraph's end", "In some towns the change felt milder.  ⟦₁It s nothing odd in Dover⟧,  ⟪₁said⟫ ⟨₁⟨₂Tom Reyes⟩⟩ last week, ⟪₂adding⟫ that  ⟦₂we ve grown apples here for years.⟧  ⦃₃Analyst⦄ ⟨₃Jo Park⟩ ⟪₃agreed⟫ that ⟦₃the change came from the weather⟧. \n\nThe next vote is in May.", []want{unmarked, {kind: Mixed}, indirect}},
		{"a contraction after a pronoun before a trailing attribution is no possessive of a role", "⟦It’s not new in Dover⟧, ⟨Tom Reyes⟩ ⟪said⟫.", []want{indirect}},
		{"stripped contraction after a pronoun before an inverted attribution and the participle after it", "The town voted on Monday. The count wasn t close.  ⟦₁It s nothing odd in Dover⟧,  ⟪₁said⟫ ⟨Tom Reyes⟩ last week, ⟪₂adding⟫ that  ⟦₂we ve grown apples here for years.⟧  The vote is in May.", []want{unmarked, {kind: Mixed}}},
		{"stripped mark after an article inside a quote that a speech verb's comma opens opens a phrase within it", "⟨Ann Lee⟩ doesn t like the ferry plan. \n\n⸨Lee⸩ ⟪continues⟫,  ⟦Even so, the  harbour  scheme costs so much that Reyes sent a note titled  Sorry, I Can t Pay for Dover.⟧  \n\nShe thinks the town has other needs.", []want{unmarked}},
		{"stripped marks after a speech verb's comma inside a quote that one opens open quotes within it", "The fair ran late. \n\nAt the market, ⟨Lee⟩ ⟪said⟫,  ⟦Tom and I were walking in, and he s grinning at his phone. He said,  Look, you made the paper again.  And I said,  Sure, it beats a bad review.⟧  \n\nThe stallholders laughed.", []want{unmarked}},
		{"stripped marks right after a naming verb set off the speaker's words, not after a passive", "The vote didn t pass. \n\nIn a clip that ⦃Judge⦄ ⟨Tom Reyes⟩ ⟪called⟫  ⟦distasteful⟧,  the mayor spoke of leaving. The plan has been called  a sham  by Jo Park.\n\nThe vote is in May.", []want{unmarked}},
		{"stripped marks right after a naming verb in text with no line breaks, not after a noun", "The ferry didn t run on Sunday. The bakery plan, which ⟨Ann Lee⟩ has often ⟪called⟫  ⟦a waste of good flour⟧ , is on hold. The man led a small group called  Harbour Watch , which has no office.", []want{unmarked}},
		{"stripped mark before a sentence that a description and its speech verb open carries no quote on", "The ferry didn t run on Sunday. \n\n⟦₁We will keep cleaning the harbour⟧,  ⟨₁⟨₂⟨₃the Harbour Board⟩⟩⟩ ⟪₁said⟫ in a notice, ⟪₂adding⟫ that ⟦₂it  rejects the dumping of oil in the bay⟧.  ⸨₃The board⸩ ⟪₃said⟫ ⟦₃its nets had caught most of it⟧. \n\nThe regatta is in May.", []want{org(unmarked), org(want{kind: Mixed}), indirOrg}},
		{"stripped mark before a sentence with a passive speech verb carries the quote on", "The bakery didn t open on Sunday.\n\n ⟦₁Guild chairman Tom Park has written to Reyes twice this spring about a new lease. Lee asked to meet Mr. Reyes, and they met at the mill at dawn⟧,  ⟨the notice⟩ ⟪₁read⟫.\n\n ⟦₂The results of the vote will be revealed at the guild hall on Friday at noon. Lee has acknowledged in private that Reyes is hard to please.⟧ \n\nThe fair is in May.", []want{org(unmarked), org(unmarked)}},
		{"stripped mark before a sentence that a pronoun, its speech verb and that open carries no quote on", "The ferry didn t run on Sunday. \n\n⟦₁We will keep the bakery open late⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫ on Friday, ⟪₂adding⟫ that ⟦₂he  regrets the closing of the old mill⟧.  ⸨₃He⸩ ⟪₃added⟫ that ⟦₃his staff had already agreed⟧. \n\nThe vote is in May.", []want{unmarked, {kind: Mixed}, indirect}},
		{"stripped mark before a sentence whose attribution follows a fronted phrase carries no quote on", "The ferry didn t run on Sunday. \n\n⟦₁We will keep the bakery open late⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫ on Friday, ⟪₂adding⟫ that ⟦₂he  regrets the closing of the old mill⟧.  At the market, ⟨₃Ann Lee⟩ ⟪₃describes⟫ ⟦₃herself as  a fan of rye bread⟧. \n\nThe vote is in May.", []want{unmarked, {kind: Mixed}, {kind: Mixed}}},
		{"stripped marks after a naming verb and its object set off the speaker's words", "The vote didn t pass. \n\nThe people who spoke up included ⦃the mayor s running mate⦄, ⟨Ann Lee⟩, ⸨who⸩ ⟪called⟫ their son  ⟦a local hero.⟧ \n\nThe vote is in May.", []want{unmarked}},
		{"inverted name before a participle of what the speaker was doing", "Reyes is calm. ⟦He has a vision⟧, ⟪said⟫ ⦃businessman⦄ ⟨Tom Park⟩ attending the rally in Dover. The vote is on Friday.", []want{indirect}},
		{"a constituent before an inverted name is a role", "Reyes is calm. ⟦He has a vision⟧, ⟪said⟫ ⟨Dover constituent Tom Park⟩ when asked about Lee. The vote is on Friday.", []want{unnamed(indirect)}},
		{"a stripped quote after the cue's that is reported speech", "The vote was on Monday.\n\n⟨Ann Lee⟩ ⟪says⟫ that   ⟦we have to do better.⟧ \n\nThe vote is in May.", []want{{kind: Mixed}}},
		{"a stripped quote after the cue's that and a comma is reported speech", "The vote was on Monday.\n\n⟨Ann Lee⟩ ⟪says⟫ that,  ⟦We have to do better.⟧ \n\nThe vote is in May.", []want{{kind: Mixed}}},
		{"the spaces a name's plural possessive left are no stripped mark", "The vote was on Monday. ⟨Ann Lee⟩ was cheered when ⸨she⸩ ⟪said⟫  ⟦Reyes  plan was a gift to the banks⟧. The vote is in May.", []want{indirect}},
		{"the space a leading apostrophe left before em is no stripped mark", "⟨Reyes⟩ ⟪₁said⟫ ⟦₁the idea was new to him⟧.\n\n ⟦₂I don t believe any captain would say no if I begged  em. Each captain s been kind⟧,  ⸨₂⸨₃Reyes⸩⸩ ⟪₂said⟫.  ⟦₃I just doubt it counts for much.⟧ \n\nThe fair is in May.", []want{indirect, unmarked, unmarked}},
		{"stripped marks after a naming verb whose subject in a relative clause has a name in apposition", "The ferry didn t sail. \n\nThat choice has changed years of school habit toward Norvia, a town that ⦃the party nominee⦄, ⟨Tom Reyes⟩, ⟪called⟫  ⟦our biggest problem.⟧  \n\nThe fair is in May.", []want{unmarked}},
		{"a name after a dash before a colon and a stripped mark speaks, not the speech verb before it", "This is the Ferry Letter for Monday.\n\nSkippers agree - ⟨Tom Park⟩:  ⟦The main thing we learned was an easy one: check the ropes as often as you can. We were lucky.⟧  [Dover Times.]\n\nThe end.", []want{unmarked}},
		{"a heading in capitals before a colon is no name that speaks", "This is the Harbour Poll for Monday. It s short.\n\nSHORT READS:\n\n  ⟦₁Ann Lee is back on the ferry⟧,  by ⟨₁Tom Park⟩.\n\n  ⟦₂A man gets a show⟧,  by ⟨₂Jo Park⟩.\n\nThe end.", []want{unmarked, unmarked}},
		{"show after a name before a stripped mark is a show, not a finding", "Pressed by the panel on his plans, ⟨Reyes⟩ hesitated.\n\n ⟦₁It s hard to say yet⟧,  ⟪₁said⟫ ⸨Reyes⸩, who is also a judge on the TV show  Boat Yard.   ⟦₂Well, it turns on how the harvest goes.⟧ \n\nThe vote is in May.", []want{unmarked, unmarked}},
		{"stripped mark after a trailing attribution in text with no line breaks carries on no sentences that an attribution opens", "The fair raised twice what was hoped. ⟦₁It was a great day⟧,  ⟨₁she⟩ ⟪₁said⟫.  We have a month of baking and then a rest. Lee said, in a talk on the fair. ⟨₂He⟩ ⟪₂said⟫ that ⟦₂the stalls could still grow⟧.  We have to bake something. ", []want{unmarked, indirect}},
		{"stripped mark after the cue's that in text with no line breaks opens a quote that is the whole clause, mixed", "The port will close. ⟨Tom Reyes⟩ ⟪added⟫ that  ⟦the crews are on high alert to stop any attempt to exploit the vote.⟧   The vote is on Monday. ", []want{{kind: Mixed}}},
		{"stripped mark after a colon in text with no line breaks runs to the next closing mark over the cues inside", "The race is still open and it isn t clear who will run. Speaking on her plane, ⟨Lee⟩ ⟪said⟫ of the latest request:  ⟦The board settled all of this. Its report answered all the questions.⟧  A spokesman for the firm declined to comment. ", []want{unmarked}},
		{"stripped mark after a colon in text with no line breaks runs no further where a mark closes before a full stop", "The race is still open and it isn t clear who will run. Later, ⟨Lee⟩ ⟪said⟫ on the radio:  ⟦The board settled all of this.⟧ Its report answered all the questions . Its members met on Monday.  A spokesman for the firm declined to comment. ", []want{unmarked}},
		{"stripped mark after the comma that ends an attribution with words of its own resumes the split quote", "The match is still close and it isn t clear who will win.  ⟦₁I think both clubs have good cause to share the pitch⟧,  ⟨he⟩ ⟪₁said⟫ of Lee and Ray,  ⟦₂because to survive they each rely on the other.⟧  Two games were set for Monday. ", []want{unmarked, unmarked}},
		{"stripped mark after the name of an inverted attribution sets off an apposition, not the quote resumed", "The bakery fair is still on and nobody knows yet who will bake.  ⟦It looks to me like they have good cause to share the ovens⟧,  ⟪said⟫ ⟨Tom Reyes⟩,  ⦃a historian in Dover⦄ who keeps a small shop.  Two stalls went up on Monday. ", []want{unmarked}},
		{"stripped mark after a colon whose line a mark closes takes in the cues inside", "The race is still open and it isn t clear who will run.\n\n⟨Ann Lee⟩ had a view of the vote:  ⟦At long last the vote has started. Records show the turnout often fades in the second week.⟧  \n\nThe vote is on Monday.\n", []want{unmarked}},
		{"a source named in an aside inside a stripped quote after a colon is the quote's", "DOVER (Reuters) - The port is busy.\n\n⟨Ann Lee⟩ gave a few figures:  ⟦Of its 900 boats, according to data from the port office, 300 are old, and 200 are new. Another 400 are idle or have never sailed.⟧  Since May the port has grown.\n\nThe count starts at noon.", []want{unmarked}},
		{"a source named in an aside inside a stripped quote closed before a capitalised body's attribution is the quote's", "DOVER (Reuters) - The ferry vote was close.\n\n ⟦Lee s final tally was 699, according to the harbour office. Reyes  was 695⟧,  ⟨The Ledger⟩ ⟪reported⟫.\n\nThe count starts at noon.", []want{org(unmarked)}},
		{"stripped closing mark before a quote's own attribution with states or went on", "The bakery didn t open on Friday and it won t open soon.\n\n ⟦₁The baker has let us down and the street knows it⟧,  ⟨₁a voice in the advert⟩ ⟪₁states⟫.\n\n ⟦₂Look, ovens break, right?⟧  ⟨₂Lee⟩ ⟪₂went on⟫, as if she didn t notice him.\n", []want{unnamed(unmarked), unmarked}},
		{"stripped mark after a dash with no cue opens a quote in the first person by the clause's subject", "The mayor spoke on Friday.\n\nLater that week, ⟨Ann Lee⟩ also backed the new toll on the bridge --  ⟦I think a toll is cheap next to what a new road would cost us.⟧  \n\nThe vote isn t until Monday.\n", []want{unmarked}},
		{"stripped mark after a comma with no cue opens a quote in the first person by the clause's subject", "The ferry was late on Friday.\n\nEarlier this week, ⟨Ann Lee⟩ let slip some of her doubts to a crowd at a bake sale in the town,  ⟦I have no idea which captain will turn up. Perhaps he ll try to seem relaxed.⟧  \n\nThe race is on Monday.\n", []want{unmarked}},
		{"stripped mark after a comma opens a quote after a speech verb further back whose words tell only to whom and where", "The bakers didn t open on Sunday and it isn t known when they will.\n\nBut, ⟨she⟩ ⟪told⟫ the bakers who met in the small church hall,  ⟦no one should doubt the guild, not the town and not the mill.⟧  \n\nThe fair is on Monday.\n", []want{unmarked}},
		{"stripped mark after a comma opens a quote after a speech verb further back in text with no line breaks", "The mayors didn t meet on Monday and it isn t clear when they will. ⟨Lee⟩ ⟪said⟫ in a long letter to the board before a hearing in May,  ⟦The board has failed to fix the dock and has done nothing at all.⟧  The vote is on Monday. ", []want{unmarked}},
		{"stripped quote may open with a cue", "The mayor spoke on Friday.  ⟦Everybody agrees the budget is tight⟧,  ⟨Jane Doe⟩ ⟪said⟫.", []want{unmarked}},
		{"stripped quote closed before a source that quoted its speaker, in text with no line breaks", "The ferry didn t sail on Monday and nobody knows yet when it may.  ⟦We cannot say how long the repair will take in all⟧,  the Harbour Daily quoted ⟨Tom Reyes⟩ as ⟪saying⟫. The new engine came in May. ", []want{unmarked}},
		{"stripped quote that ends on a speech verb's noun after a determiner, before an inverted attribution", "The bakery didn t reopen on Monday and nobody knows when it will.  ⟦Most of the folks who are shouting loudest haven t got any answers⟧,  ⟪said⟫ ⟨Tom Reyes⟩, ⦃a board member from Dover⦄.  They haven t got a recipe. ", []want{unmarked}},
		{"stripped quote closed by a full stop before an attribution in lower case", "The port will close in May.  ⟦We are not dealing with one ship, we are dealing with a whole fleet.⟧  ⟨she⟩ ⟪said⟫. The vote is on Monday. ", []want{unmarked}},
		{"stripped quote closed before an attribution whose account goes on to marks of its own", "The bakery will open in May.  ⟦₁There is a lot of work left on the ovens and we know the menu has to change⟧,  ⟨Lee⟩ ⟪told⟫ reporters ⟦₂the old kitchen was  a total wreck  and would shut⟧. The sale is on Monday. ", []want{unmarked, {kind: Mixed}}},
		{"opening attribution keeps its statement", `⟨Jane Doe⟩ ⟪said⟫ ⟦the city's voters back the plan, but they would not pay for it⟧, she said.`, []want{indirect}},
		{"subject before an aside that puts a question", `⦃₂City spokeswoman⦄ ⟨₂Jane Doe⟩, asked ⟦whether the plan would pass⟧, ⟪₂told⟫ reporters on Thursday that ⟦the council had the votes⟧.`, []want{{kind: Indirect, noSpk: true}, indirect}},
		{"speech verb as an adjective in an aside", `⟨Tom Reyes⟩, the reported owner of the old mill, ⟪said⟫ ⟦the town would buy it⟧.`, []want{indirect}},
		{"name after a role, then a relative clause with a speech verb", `But ⦃₁⦃₂the mayor⦄⦄, ⟨₁⟨₂Ann Lee⟩⟩, ⸨₁who⸩ has long ⟪₁expressed doubts about⟫ ⟦₁the move⟧, ⟪₂said⟫ ⟦₂many readers in the town would feel lost⟧.`, []want{indirect, indirect}},
		{"organisation with a relative clause after a short fronted phrase", `For instance, ⟨the Riverton Teachers Fund⟩, which has put $5 million into the plan, ⟪said⟫ ⟦it would not comment on such questions⟧.`, []want{indirOrg}},
		{"that after a participle phrase of time", `⟨Ann Lee⟩ ⟪told⟫ reporters after joining the mayor on a visit to Dayton that ⟦the city was looking at a new bridge⟧.`, []want{indirect}},
		{"that after a hearer verb opens the statement", `⟨Jane Doe⟩ ⟪warned⟫ that ⟦ferry crews would strike in May⟧.`, []want{indirect}},
		{"that and a hearer, then the statement's that", `⟨Jane Doe⟩ ⟪told⟫ that reporter that ⟦the ferry would run⟧.`, []want{indirect}},
		{"adverb before a participle after a dash", `⟨Ann Lee⟩ declined to name a winner - only ⟪saying⟫ that ⟦she was “relieved.”⟧`, []want{mixed}},
		{"adverb before a participle after a comma", `⟨Ann Lee⟩ spoke at the fair, later ⟪adding⟫ that ⟦the pies were “bold.”⟧`, []want{mixed}},
		{"present progressive speech verb", `⦃Senator⦄ ⟨Ann Lee⟩ is ⟪insisting⟫ that ⟦the bridge will open “on time.”⟧`, []want{mixed}},
		{"a story told is what was said, but not a work's plot", `⟨₁Ann Lee⟩ ⟪₁told⟫ ⟦₁a joke⟧. At the market, ⟨₂the mayor⟩ often ⟪₂tells⟫ ⟦₂the story of how the bridge fell⟧. The novel tells the story of an orchard.`, []want{indirect, unnamed(indirect)}},
		{"questioning what someone has is a judgement, questioning a person is not", `⟨₁Tom Reyes⟩ ⟪₁questioned⟫ ⟦₁the mayor's judgment and her record⟧. Later, ⟨₂Ann Lee⟩ ⟪₂questioned⟫ ⟦₂his depth⟧. Police questioned her for hours.`, []want{indirect, indirect}},
		{"a figure put on something is given, a risk is not", `⟨₁Harbour Watch⟩ ⟪₁put⟫ ⟦₁the death toll at 12⟧. ⟨₂A poll⟩ last week ⟪₂puts⟫ ⟦₂Lee's support at nearly 40 percent⟧. The storms put lives at risk.`, []want{indirOrg, org(indirect)}},
		{"an inquiry is a document that finds", `The ferry ran late for years. ⟨The inquiry⟩ ⟪found⟫ that ⟦the harbour office almost never checked its own logs⟧.`, []want{indirOrg}},
		{"a sentence after the attribution that leads into the speaker's words is theirs", `“⟦₁It could count as theft⟧,” ⟨Tom Reyes⟩ ⟪₁added⟫. But ⟦₂that is not the same as “fairly priced at the market.”⟧ He ended with “Bon voyage,” French for “have a good trip.”`, []want{direct, mixed}},
		{"a sum after between opens what was reported", `The bakery shut in June. ⟨Wirex Corp⟩ ⟪reported⟫ ⟦between $2,000 and $9,000 in rent from it⟧.`, []want{indirOrg}},
		{"a document with a phrase of its own reports a finding in a clause after while", `The ferry vote is near. But while ⸨a ⟨Harbour Institute⟩ survey⸩ published in May ⟪showed⟫ ⟦most boat owners behind Ann Lee⟧, fishermen were split.`, []want{indirOrg}},
		{"what was reported ends before the time it was reported, a time right after the verb reports nothing", `The fair ended in rain. ⟨Harbour police⟩ ⟪reported⟫ ⟦no injuries⟧ late Sunday, and the stalls closed. The paper reported a few days later on the fair.`, []want{indirOrg}},
		{"what a name given after what stands for ends with the speaker's words", `The ferry deal began what ⟨Tom Reyes⟩ ⟪called⟫ “⟦a golden age for the quay⟧” in his memoir.`, []want{direct}},
		{"a judgement of what a possessive pronoun owns states its target, of the person it names nothing", `Tom Reyes spoke first. ⟨Ann Lee⟩, a baker from Dover, ⟪criticized⟫ ⟦her landlord’s steep rents⟧. Reyes praised her on Monday.`, []want{indirect}},
		{"a person named attacking someone judges in public, rebels or a pronoun attacking do a deed", `⟨Tom Reyes⟩ ⟪attacked⟫ ⟦Ann Lee for raising ferry fares⟧. Rebels attacked a fort near Dover. He attacked a guard with a knife.`, []want{indirect}},
		{"researchers report what they found in a clause, not a thing they came upon", `The study ran for ten years. ⟨The authors⟩ ⟪found⟫ that ⟦ferry towns voted more often than inland towns⟧. Divers and researchers found the wreck in May.`, []want{indirUnnmd}},
		{"hailing, decrying or applauding something is a judgement made in public, which a clause after while ends before its main clause", `While ⟨₁the Harbour Guild⟩ has ⟪₁applauded⟫ ⟦₁the new ferry fares⟧, bakers still doubt the rents will fall. ⟨₂Tom Reyes⟩ ⟪₂decried⟫ ⟦₂the closing of the old mill⟧. He hails from Dover.`, []want{indirOrg, indirect}},
		{"thanking and commending are judgements whose statement ends before a time set by another event or the speaker's next act", `⟨₁Tom Reyes⟩ ⟪₁thanked⟫ ⟦₁the crew for their speed⟧ hours after ⟨₂the harbour master⟩ ⟪₂announced⟫ ⟦₂the port had reopened⟧. ⟨₃Ann Lee⟩ ⟪₃commended⟫ ⟦₃the lifeboat crew⟧ and on Tuesday opened the new pier.`, []want{indirect, indirUnnmd, indirect}},
		{"railing against or lashing out at someone or something attacks it in words, its target the statement without the time", `⟨₁Ann Lee⟩ has ⟪₁railed against⟫ ⟦₁the big landlords⟧ in recent years. ⟨₂Tom Reyes⟩ ⟪₂lashed out at⟫ ⟦₂Lee⟧ on Monday. He leaned on the railing against the wall.`, []want{indirect, indirect}},
		{"what a speaker boasted or bragged of or about is the statement, as a grievance after complained is", `At the quay, ⟨₁the candidate⟩ ⟪₁boasted of⟫ ⟦₁his new bakery on the pier⟧. ⟨₂Ann Lee⟩ ⟪₂bragged about⟫ ⟦₂how the ferry had doubled trade⟧. Lee boasts a ten-point lead.`, []want{indirUnnmd, indirect}},
		{"portraying someone as something states it, as describing does; an actor portraying a part does not", `⟨Kestia media⟩ has ⟪portrayed⟫ ⟦Ann Lee as hostile to the port⟧. The actor portrayed a baker in the film.`, []want{indirOrg}},
		{"what a speaker mentioned or echoed is said, though a person mentioned is only named; the reporter's 'echoing' after a clause is no cue", `⟨₁Tom Reyes⟩ ⟪₁mentioned⟫ ⟦₁the ferry fares⟧ on Monday. ⟨₂Ann Lee⟩ ⟪₂echoed⟫ ⟦₂the sentiment⟧. The port closed on Friday, echoing a fight in Kestia. Boos rang out when Reyes mentioned the former mayor, and the crowd chanted.`, []want{indirect, indirect}},
		{"a verb after a modal with a gerund is no attribution of the clause before it", `⟨Ann Lee⟩ ⟪told⟫ bakers that ⟦if the old mill were for sale, she would advise renting it⟧.`, []want{indirect}},
		{"an offer is said, its infinitive the statement; a thing offered to someone is none", `⟨The Kestia government⟩ has ⟪offered⟫ ⟦to repair the ferry for free⟧, but Dover turned it down. The boats were offered to buyers in Dover. The help she has offered to other towns is small.`, []want{indirOrg}},
		{"a cue in a time phrase after the attribution leaves the attribution the sentence's", `⟦₁The port chief stressed the need for calm⟧, ⟨₁the council⟩ ⟪₁said⟫ on Friday, two days after ⟨₂the mayor⟩ ⟪₂promised⟫ ⟦₂to meet the strikers⟧.`, []want{indirOrg, indirUnnmd}},
		{"calling a thing with a name's possessive something states it, calling the person does not", `The port is busy. ⟨Harbour Watch⟩ ⟪called⟫ ⟦Lee's new ferry timetable illegal⟧. Ann Lee called Reyes's office on Monday. Tom Reyes called Lee's aide a day later.`, []want{indirOrg}},
		{"calling a thing something with a finite verb states it, summoning does not", `The port is busy. ⟨₁Harbour Watch⟩ ⟪₁called⟫ ⟦₁the election a sham⟧. ⟨₂Critics⟩ ⟪₂call⟫ ⟦₂it the end of the ferry⟧. Ann Lee called the police. Tom Reyes called a meeting. He refused to call the fire an attack. It has called the fire a crime.`, []want{indirOrg, unnamed(indirect)}},
		{"this past week between a subject and its verb is a time", `The port is busy. ⟨Ann Lee⟩, ⦃the council chairman⦄, this past week ⟪said⟫ ⟦the plan would fail⟧.`, []want{indirect}},
		{"a role before the asker's name after asked by", `Earlier this month, Lee was ⟪asked⟫ by ⦃host⦄ ⟨Tom Reyes⟩ ⟦whether her aim was like his⟧.`, []want{indirect}},
		{"a gerund and its object after a speech act say what was proposed", `The port is busy. ⟨Tom Reyes⟩ ⟪proposed⟫ ⟦barring all trucks from the bridge⟧.`, []want{indirect}},
		{"asked what is the question, not a hearer, whatever verb it holds", `The port is busy. ⟨₁Callers⟩ ⟪₁asked⟫ ⟦₁what the plan will cost⟧. ⟨₂Tom Reyes⟩ ⟪₂asked⟫ ⟦₂what the mayor said about the ferry⟧.`, []want{unnamed(indirect), indirect}},
		{"a figure estimated is given, an estimated figure is not", `The port is busy. ⟨Police⟩ ⟪estimated⟫ ⟦the crowd at around 10,000⟧. An estimated 400 boats came. The cost, estimated at $5 billion, is high.`, []want{indirOrg}},
		{"a quotation after the attribution and and goes on with it", `The port is busy. “⟦₁This deal must come with strict rules⟧,” ⟨Ann Lee⟩ ⟪₁said⟫, and “⟦₂clear costs for any breach.⟧”`, []want{direct, direct}},
		{"perfect progressive speech act", `⟨Ann Lee⟩ has been ⟪urging⟫ ⟦the council to close the ferry⟧.`, []want{indirect}},
		{"past progressive sets a scene", `Ann Lee was defending the ferry plan when the lights went out.`, nil},
		{"a speech verb in the passive after it reports a statement with no speaker", "The fee was kept quiet, but it was widely reported that ⟦the school paid $2 million for the field⟧. It has been said that ⟦the library is closing⟧. Jane Doe was told that the library is closing.", []want{{kind: Indirect, noSpk: true}, {kind: Indirect, noSpk: true}}},
		{"a passive speech verb after a comma is no attribution", `⟨Tom Reyes⟩ ⟪said⟫ that ⟦on the third trip to the port, he was asked over and over for his ferry ticket⟧.`, []want{indirect}},
		{"phrase of setting between a name and its cue", `The ferry left on Friday. ⟨Tom Reyes⟩ during the hearing again ⟪said⟫ ⟦if the schools do not share the cost, they will each have to manage alone⟧.`, []want{indirect}},
		{"organisation after an article with a relative clause", `The baker spoke on Friday. ⟨The Dover Rowing Legion⟩, which seldom comments on market rules, ⟪said⟫ in a letter ⟦it would speak up⟧.`, []want{indirOrg}},
		{"split by attribution, short front", `⟦The goal⟧, ⟨Jane Doe⟩ ⟪₁said⟫, ⟦is to cut taxes⟧.`, []want{indirect, indirect}},
		{"split by attribution, rest opens with that", `⟦It is a warning⟧, ⟨Jane Doe⟩ ⟪₁said⟫, ⟦that the city cannot wait⟧.`, []want{indirect, indirect}},
		{"split by attribution, rest opens with a phrase", `⟦Prices have risen over the years⟧, ⟨Jane Doe⟩ ⟪₁says⟫, ⟦especially in the big cities⟧.`, []want{indirect, indirect}},
		{"split by attribution, rest opens with a modal", `⟦The fault⟧, ⟨Tom Reyes⟩ ⟪₁noted⟫, ⟦may lie with the city⟧.`, []want{indirect, indirect}},
		{"split by attribution, weak cue", `⟦The budget⟧, ⟨Tom Reyes⟩ ⟪₁maintained⟫, ⟦was never balanced⟧.`, []want{indirect, indirect}},
		{"split by attribution, cue tail", `⟦The plan⟧, ⟨Jane Doe⟩ ⟪₁told⟫ reporters on Friday, ⟦was a failure⟧.`, []want{indirect, indirect}},
		{"split by attribution, dashes", `⟦The plan⟧ — ⟨Jane Doe⟩ ⟪₁said⟫ — ⟦was a failure⟧.`, []want{indirect, indirect}},
		{"split by attribution, fronted place", `⟦In Dayton⟧, ⟨Jane Doe⟩ ⟪₁said⟫, ⟦the schools are full⟧.`, []want{indirect, indirect}},
		{"split by attribution, front after a clause", `As the city grew, ⟦it was his job⟧, ⟨Tom Reyes⟩ ⟪₁said⟫, ⟦to pave the roads⟧.`, []want{indirect, indirect}},
		{"split by attribution, front with commas", `⟦Voters in Dayton, in Akron and in Toledo⟧, ⟨Jane Doe⟩ ⟪₁said⟫, ⟦are angry⟧.`, []want{indirect, indirect}},
		{"split by attribution, front is a role noun", `⟦His sister⟧, ⟨Tom Reyes⟩ ⟪₁says⟫, ⟦plans to leave the party⟧.`, []want{indirect, indirect}},
		{"object relative clause with its speaker ends at its comma", `The ferry plan, which ⟨Ann Lee⟩ ⟪said⟫ ⟦would cost too much⟧, was dropped in May.`, []want{indirect}},
		{"subject with an apposition after a word that opens a clause", `Shares rose a day after ⟨the Wirex Group⟩, one of the largest landlords, ⟪said⟫ ⟦it had not ruled out a sale⟧.`, []want{indirOrg}},
		{"subject with a relative clause after a word that opens a clause", `The vote came two days after ⟨the Daily Ledger⟩, which first backed the mill, ⟪said⟫ ⟦it would stay neutral⟧.`, []want{indirOrg}},
		{"split by an inverted attribution to names joined by and", `The port was quiet. ⟦₁The contrast with the old port⟧, ⟪₁said⟫ ⟨Lee and others⟩, ⟦₂would be clear by spring⟧.`, []want{indirect, indirect}},
		{"split by an inverted attribution with a relative clause", `The port was quiet. And ⟦₁the mayor⟧, ⟪₁said⟫ ⟨Ann Ross⟩, who knows him well, ⟦₂never forgets a slight⟧.`, []want{indirect, indirect}},
		{"split by an inverted attribution with an apposition", `The port was quiet. ⟦₁Part of the problem⟧, ⟪₁say⟫ ⟨experts⟩ like Sam Lee, a local engineer, ⟦₂is the soft ground itself⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"no rest after a relative clause that ends in a participle", `⟦The vote was close⟧, ⟪said⟫ ⟨Ann Ross⟩, who backs Tom Reyes, considered the favourite of the party.`, []want{indirect}},
		{"split by attribution with as", `⟦Just a week ago⟧, as ⟨the Journal⟩ ⟪₁reported⟫, ⟦the two were discussing the plan⟧.`, []want{indirOrg, indirOrg}},
		{"no split: as you said", `The baker spoke. Just like that, as you said, the shelves went bare.`, nil},
		{"split by attribution, not a participle", `Speaking to reporters, ⟨Jane Doe⟩ ⟪said⟫, ⟦the plan would fail⟧.`, []want{indirect}},
		{"split by attribution, gerund subject", `⟦Raising taxes⟧, ⟨Jane Doe⟩ ⟪₁said⟫, ⟦would hurt the city⟧.`, []want{indirect, indirect}},
		{"split by attribution, not the occasion", `In an interview, ⟨Jane Doe⟩ ⟪said⟫, ⟦the plan would fail⟧.`, []want{indirect}},
		{"said that, then a phrase", `During the campaign, ⟨Jane Doe⟩ ⟪said⟫ that, ⟦if elected, she would cut taxes⟧.`, []want{indirect}},
		{"split by inverted attribution", `⟦The plan⟧, ⟪₁said⟫ ⟨Jane Doe⟩, ⦃a lawyer in Dayton⦄, ⟦was a failure⟧.`, []want{indirect, indirect}},
		{"no split: apposition after inverted attribution", `⟦Jobs come first⟧, ⟪said⟫ ⟨Tom Reyes⟩, ⦃the city's finance director⦄, on Friday.`, []want{indirect}},
		{"no split: relative adverb", `⟦Jobs come first⟧, ⟨Jane Doe⟩ ⟪told⟫ reporters in Dayton, where the mayor lives.`, []want{indirect}},
		{"no split: verb apart from its subject", `When the ferry docked, Jo Park waved and waved, as he had not done in weeks.`, nil},
		{"no split: subject with a verb", `As she has for months, the librarian skipped all talk of the fees, even as the board met.`, nil},
		{"no split: a sign is no dash", `The bakery sold -3 loaves, and now bakes 40 a day.`, nil},
		{"no split: conjunction ends the tail", `This trend - candidates dodging questions about their records and attacking the press - was new in the race.`, nil},
		{"speech act object and complement", `⟨Jane Doe⟩ ⟪accused⟫ ⟦the mayor of lying about the budget⟧.`, []want{indirect}},
		{"speech act infinitive after time", `⟨Jane Doe⟩ ⟪promised⟫ on Tuesday ⟦to cut taxes for everyone⟧.`, []want{indirect}},
		{"speech act weak verb", `⟨Jane Doe⟩ ⟪urged⟫ ⟦voters to stay home⟧.`, []want{indirect}},
		{"speech act with a bare infinitive", `⟨Jane Doe⟩ ⟪vowed⟫ ⟦to resign⟧.`, []want{indirect}},
		{"pledging to, up to the reporter's circumstance", `⟨Jane Doe⟩ ⟪pledged⟫ ⟦to fix the bridge⟧, after the council voted on Monday.`, []want{indirect}},
		{"a pledge of money is said, but support is no statement", `⟨Ann Lee⟩ ⟪pledged⟫ ⟦$5 million to the relief fund⟧. Tom Reyes endorsed Jane Doe, and Tom Park voted for the plan.`, []want{indirect}},
		{"a vow's infinitive with an object is the statement, no hearer after to", `⟨₁Ann Lee⟩ ⟪₁vowed⟫ ⟦₁to boycott the talks⟧. ⟨₂Tom Reyes⟩ ⟪₂said⟫ to reporters ⟦₂the port was shut⟧.`, []want{indirect, indirect}},
		{"blaming a thing on someone is a charge", `⟨Ann Lee⟩ ⟪blamed⟫ ⟦the delay on the council⟧. Tom Reyes blamed the council on Monday.`, []want{indirect}},
		{"brushing aside a claim is a denial, its content the claim", `⟨₁Ann Lee⟩ ⟪₁brushed aside⟫ ⟦₁any suggestion that the deal was dead⟧. ⟨₂Tom Reyes⟩ ⟪₂shrugged off⟫ ⟦₂the charges⟧. Lee brushed off the dust.`, []want{indirect, indirect}},
		{"a body named alone elsewhere is no part of the name it runs into", "Kestia s ⟨₂Red Crescent⟩ ⟨₁Tom Reyes⟩ ⟪₁said⟫ ⟦₁the camp was full⟧. Later, Kestia s ⸨₂Red Crescent⸩ ⟪₂said⟫ ⟦₂food had been sent⟧.", []want{indirect, indirect}},
		{"the channel of a denial is the reporter's, not what was denied", "⟨₁Ann Lee⟩ ⟪₁denied⟫ ⟦₁the charges⟧ through her lawyer. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂the money went through a lawyer⟧.", []want{indirect, indirect}},
		{"what little was said is about its topic", "⟨₁Ann Lee⟩ ⟪₁said⟫ little about ⟦₁the ferry plan⟧. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂much of the talk was about the port⟧.", []want{indirect, indirect}},
		{"where a bare object was said is the reporter's", "⟨₁Ann Lee⟩ ⟪₁denied⟫ ⟦₁any role⟧ in an interview with the Dover Post last May. ⟨₂Tom Reyes⟩ ⟪₂urged⟫ ⟦₂the council in a statement to act⟧.", []want{indirect, indirect}},
		{"when a bare object was said or done is the reporter's, but not the time of what is called for", "⟨₁Ann Lee⟩ ⟪₁announced⟫ ⟦₁the harbour plan⟧ on Tuesday. ⟨₂Ed Long⟩ ⟪₂announced⟫ ⟦₂his bid⟧ Friday afternoon. ⟨₃Tom Reyes⟩ ⟪₃denounced⟫ ⟦₃the new ferry tax⟧ following the vote in Dover. ⟨₄The Harbour Council⟩ has ⟪₄called for⟫ ⟦₄a strike on Friday⟧. ⟨₅Jo Park⟩ ⟪₅said⟫ ⟦₅the same⟧ in April.", []want{indirect, indirect, indirect, indirOrg, indirect}},
		{"a day that starts a compound, or a phrase of the object after the day, keeps the time in the object", "⟨₁Ann Lee⟩ ⟪₁announced⟫ ⟦₁a ban on Sunday trading⟧. ⟨₂Tom Reyes⟩ ⟪₂announced⟫ ⟦₂a strike on Monday by dock workers⟧. ⟨₃Jo Park⟩ ⟪₃announced⟫ ⟦₃a poll on Thursday on the new ferry fares⟧.", []want{indirect, indirect, indirect}},
		{"a title in apposition before a name without a closing comma is the speaker's", "⟦The toll rose to nine⟧, ⦃a deputy minister for ports⦄, ⟨Ann Lee⟩ ⟪told⟫ a news conference.", []want{indirect}},
		{"deadpanned, begged, marvelled and queried are built-in speech verbs", "“⟦₁The pie is fine⟧,” ⟨₁Ann Lee⟩ ⟪₁deadpanned⟫. “⟦₂Stay a while⟧,” ⟨₂Tom Reyes⟩ ⟪₂begged⟫. “⟦₃It can float⟧,” ⟨₃Jo Park⟩ ⟪₃marvelled⟫. “⟦₄And the cost⟧,” ⟨₄Ed Long⟩ ⟪₄queried⟫.", []want{direct, direct, direct, direct}},
		{"pledged delegates are no cue", `Jane Doe won 40 pledged delegates on Tuesday.`, nil},
		{"speech act phrasal", `⟨the council⟩ ⟪called on⟫ ⟦Congress to act quickly⟧.`, []want{indirOrg}},
		{"a feeling voiced in public states what it is about, without the time; holding hope voices nothing", `⟨₁Ann Lee⟩ has ⟪₁expressed concern about⟫ ⟦₁the new ferry tolls⟧. ⟨₂Tom Reyes⟩ ⟪₂voiced anger at⟫ ⟦₂the vote⟧ on Monday. ⟨₃Jo Park⟩ ⟪₃expressed confidence in⟫ ⟦₃her crew⟧. ⟨₄Ed Long⟩ ⟪₄voiced sympathy for⟫ ⟦₄Kestia⟧. Kim Ross holds faint hope for going home to the quay if the law fails.`, []want{indirect, indirect, indirect, indirect}},
		{"what follows a voiced feeling's preposition is never an inverted speaker, nor is a setting after concern", `The ⟨Norvians⟩, angry at rivals over their quay, this month ⟪accused⟫ ⟦Dover of greed after 12 ports, all of them small, expressed concern about the toll-free ferries⟧. The board expressed concerns in private meetings.`, []want{indirUnnmd}},
		{"a voiced feeling's object ends before a comma that sets off another's speech", `⟨₁The Harbour Council⟩ passed a motion ⟪₁voicing concerns about⟫ ⟦₁the cod quota near Kestia⟧, following the death of ⟨₂a reporter⟩ ⸨₂who⸩ had ⟪₂accused⟫ ⟦₂two mayors of theft⟧.`, []want{indirOrg, indirUnnmd}},
		{"a lower-case v. between two parties of a case ends no sentence", `⟨Ann Lee⟩ ⟪said⟫ ⟦the rulings at risk include Harbour Co. v. Dover, which denied the port its fees⟧.`, []want{indirect}},
		{"a judged object ends before and with the speaker's belief", `⟨₁Tom Reyes⟩ ⟪₁criticized⟫ ⟦₁the raids⟧ and suspects the council used the storm as a pretext. ⟨₂Ann Lee⟩ ⟪₂praised⟫ ⟦₂the crew⟧ and hopes Jo Park will stay.`, []want{indirect, indirect}},
		{"a participle's object never becomes the speaker of the sentence's own cue", `⟨₁Officials⟩ ⟪₁citing⟫ ⟦₁a new report said the dock was unsafe⟧. ⟨₂Two pilots⟩ ⟪₂citing⟫ ⟦₂the report have said the ferry must stop⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"a participle's act on the subject it qualifies ends before the sentence's own verb", `⟨₁A petition⟩ ⟪₁calling on⟫ ⟦₁Ann Lee to resign⟧ has drawn 5,000 names in Dover. ⟨₂A group⟩ ⟪₂demanding⟫ ⟦₂an inquiry into the ferry⟧ was formed on Monday.`, []want{indirOrg, indirOrg}},
		{"speech act object before a gapped relative", `⟨Tom Reyes⟩ ⟪₁criticized⟫ ⟦his rivals for their hostility toward the plan⟧, which ⸨₂he⸩ ⟪₂argued⟫ ⟦would help the schools⟧.`, []want{indirect, indirect}},
		{"speech act with a bare object", `Mayor Tom Reyes questioned the vote on Monday.`, nil},
		{"judging a bare object in public", `⟨Jane Doe⟩ ⟪criticized⟫ ⟦the new budget⟧ during a debate on Monday.`, []want{indirect}},
		{"a clause with a subject of its own after a bare object is its setting", "⟨Ann Lee⟩ ⟪₁conceded⟫ ⟦₁some errors⟧ even as ⸨₂she⸩ ⟪₂defended⟫ ⟦₂the council⟧. ⟨₃Tom Reyes⟩ ⟪₃mocked⟫ ⟦₃his rivals⟧ as they spoke.", []want{indirect, indirect, indirect}},
		{"a possessive apostrophe in a bare object is no quotation mark", "⟨₁Ann Lee⟩ ⟪₁assailed⟫ ⟦₁Tom Reyes’ ferry plan⟧ ahead of the school fair. ⟨₂Jo Park⟩ ⟪₂denounced⟫ ⟦₂the bakers’ guild⟧ after the market.", []want{indirect, indirect}},
		{"the terms of anonymity after a statement are the reporter's", "⟨₁A clerk⟩ ⟪₁confirmed⟫ ⟦₁the sale⟧ on condition of anonymity as she had no leave to talk about it. ⟨₂A school official⟩ ⟪₂said⟫ ⟦₂the gym would shut⟧, speaking on condition that he not be named.", []want{indirUnnmd, indirUnnmd}},
		{"who and a subject after a hearer asks a question", "⟨₁Ann Lee⟩ ⟪₁asked⟫ the experts ⟦₁who they would back⟧. ⟨₂Tom Reyes⟩ ⟪₂asked⟫ them ⟦₂who he should call⟧.", []want{indirect, indirect}},
		{"the reporter's count of the event after a clause", "⟨₁The harbour office⟩ ⟪₁said⟫ ⟦₁a ferry had struck a pier⟧, the first time one has struck a dock in Kestia. ⟨₂A court⟩ ⟪₂found⟫ ⟦₂he had sold stale bread⟧, the latest such ruling in the market. ⦃₃Mayor⦄ ⟨₃Ann Lee⟩ ⟪₃said⟫ ⟦₃the ferry, the first one built here, would sail in May⟧.", []want{indirOrg, indirOrg, indirect}},
		{"declining to say after but is the speaker's, not the statement", "⟨Ann Lee⟩ ⟪said⟫ ⟦the firm had paid the fees⟧ but declined to name the buyer.", []want{indirect}},
		{"hearers counted by a number", "⟨₁Ann Lee⟩ ⟪₁told⟫ 300 workers ⟦₁the plant would close⟧. ⟨₂Tom Reyes⟩ ⟪₂warned⟫ ⟦₂40 jobs at the plant could go⟧. ⟨₃Jo Park⟩ ⟪₃warned⟫ ⟦₃the jobs at the port could go⟧.", []want{indirect, indirect, indirect}},
		{"hearers named in an aside between dashes before a question", "⟨Tom Baxter⟩ ⟪asked⟫ the campaigns - Ann Lee, Tom Reyes and Jo Park - ⟦why they did not respond⟧.", []want{indirect}},
		{"a setting after a bare object holds no charge", `⟨₁Jane Doe⟩ ⟪₁denounced⟫ ⟦₁the ferry tax⟧ before a full session of the council. ⟨₂Tom Reyes⟩ ⟪₂assailed⟫ ⟦₂the mayor's bakery plan⟧ ahead of the school fair. ⟨₃Ann Lee⟩ ⟪₃attacked⟫ ⟦₃Reyes during the spring for his votes on the port⟧.`, []want{indirect, indirect, indirect}},
		{"the terms of anonymity on a speaking in the statement are its own", "⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the clerk testified on condition of anonymity to protect his children⟧. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂he talked to the captain on condition of anonymity⟧.", []want{indirect, indirect}},
		{"who and a subject after a hearer, then a verb and an infinitive, is a relative on the hearer", "⟨Jo Park⟩ ⟪asked⟫ ⟦the sailors who she had hired to stay⟧.", []want{indirect}},
		{"a count of the speaker's own sayings after a clause stays with the statement", "⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the board must resign, the first time she has called for a new vote⟧. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂the strike would end⟧, the first such promise from the union.", []want{indirect, indirect}},
		{"a deed declined after but is the statement's own", "⟨₁Tom Reyes⟩ ⟪₁said⟫ ⟦₁the board approved the loan but declined to lend more⟧. ⟨₂Ann Lee⟩ ⟪₂said⟫ ⟦₂the mill made a profit⟧ but declined to comment.", []want{indirect, indirect}},
		{"a setting after what was recalled or foreseen is part of it", `⟨₁Ann Lee⟩ ⟪₁recalled⟫ ⟦₁the flood as it reached Kestia⟧. ⟨₂Tom Reyes⟩ ⟪₂predicted⟫ ⟦₂a surplus ahead of the deadline⟧. ⟨₃Jo Park⟩ ⟪₃recalled⟫ ⟦₃the morning when he left Dover⟧.`, []want{indirect, indirect, indirect}},
		{"citing a bare object", `The mill will close. ⟨Jane Doe⟩ ⟪cited⟫ ⟦high power bills⟧.`, []want{indirect}},
		{"pointing to evidence", `⟨Jane Doe⟩ ⟪pointed to⟫ ⟦the county's falling crime rate⟧.`, []want{indirect}},
		{"a point to is no cue", `Jane Doe stopped at one point to tie her shoe.`, nil},
		{"defending a bare object, then a participle", `⟨Jane Doe⟩ ⟪₁defended⟫ ⟦₁the vote⟧ on Monday, ⟪₂calling⟫ ⟦₂the result “a win for every family”⟧.`, []want{indirect, mixed}},
		{"made clear", `⟨Jane Doe⟩ has ⟪made clear⟫ ⟦she wants a tougher law⟧.`, []want{indirect}},
		{"made the case that, also to a hearer, but not made the case for", `⟨₁Jane Doe⟩ ⟪₁made the case⟫ that ⟦₁the port must stay open⟧. On Friday ⟨₂Tom Reyes⟩ ⟪₂made his point to union leaders⟫ that ⟦₂the ferry will run⟧. The council made the case for a new port.`, []want{indirect, indirect}},
		{"voiced concern that", `⟨Jane Doe⟩ ⟪voiced concern⟫ that ⟦the law could hurt small farms⟧.`, []want{indirect}},
		{"court held that", `⟨The appeals court⟩ ⟪held⟫ that ⟦such searches broke the law⟧.`, []want{indirOrg}},
		{"held without that is no cue", `The council held a meeting on Monday.`, nil},
		{"headline of a name, to whom it speaks and a colon", "⟨Jane Doe⟩ to Dock Workers: ⟦The Port Will Stay Open⟧\n\nJane Doe spoke to the union on Monday.", []want{indirect}},
		{"headline of a name and a colon", "⟨Jane Doe⟩: ⟦City Will Pay For The Bridge⟧\n\nJane Doe spoke to the council on Monday.", []want{indirect}},
		{"headline with a poll and a colon", "⟨Poll⟩: ⟦Lee Leads Reyes in Ohio⟧.\n\nThe race is close.", []want{indirOrg}},
		{"headline with a name, a colon and a quotation that opens its words", "⟨Ann Lee⟩: ⟦‘No Idea’ If the Ferry Will Run in May⟧.\n\nAnn Lee spoke to reporters on Monday.", []want{mixed}},
		{"headline with a label and a colon", "Exclusive: Lee Leads Reyes in Ohio.\n\nThe race is close.", nil},
		{"transcript labels in capitals name their speakers", "The mayor spoke on the radio.\n\n⟨₁ANN LEE⟩: ⟦₁Will the ferry run before the summer⟧?\n\n⟨₂REYES⟩: ⟦₂It will run in May, as we planned last year⟧.", []want{indirect, indirect}},
		{"transcript lines without quotation marks", "⟨₂Tom Reyes⟩ spoke with ⟨₁Ann Lee⟩ on the radio.\n\n⸨₁LEE⸩: ⟦₁We will pay for the bridge, and we will do it this year⟧.\n\n⸨₂REYES⸩: ⟦₂That is not what you said last week⟧.", []want{indirect, indirect}},
		{"a transcript label names a speaker with a generational suffix", "⟨Tom Reyes Jr.⟩ spoke on the radio.\n\n⸨REYES⸩: ⟦That is not what you said last week⟧.", []want{indirect}},
		{"label or heading before a colon is no speaker", "The bakery opened on Monday.\n\nUpdate: A prior draft of this page gave the wrong hour for the sale.\n\nAnn Lee will bake again.\n\nLee: A busy week.", nil},
		{"a clause with its verb after the source's comma is no title", `⟪According to⟫ ⟨Ann Lee⟩, ⟦his paper was closed by the council in May⟧.`, []want{indirect}},
		{"according to inside a relative clause reports the relative clause, not its antecedent", `⟨₂The mayor⟩, who, ⟪₁according to⟫ ⟨₁aides⟩, ⟦₁has lost interest⟧, ⟪₂said⟫ ⟦₂the port would close⟧. ⟨₃Ann Lee⟩, who has, according to aides, lost interest, ⟪₃said⟫ ⟦₃the plan was dead⟧.`, []want{indirUnnmd, unnamed(indirect), indirect}},
		{"a noun phrase after a comma with an auxiliary after its noun is a clause, no closing aside", "⟪₁According to⟫ ⟨₁a source⟩, ⟦₁Ann Lee told them that for her, a short deal was enough⟧. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂the vote was fair⟧, a sign the talks are stalling.", []want{indirUnnmd, indirect}},
		{"according to after a connective reports only the clause after it", `The ferry will stop in May because ⟪₁according to⟫ ⟨₁the port office⟩, ⟦₁it lost money all year⟧. Tom Reyes left Dover after, ⟪₂according to⟫ ⟨₂Ann Lee⟩, ⟦₂his paper was closed by the council⟧.`, []want{indirOrg, indirect}},
		{"a speaker's that before according to takes the source and the clause", `⟨₁Ann Lee⟩ ⟪₁said⟫ on Friday that ⟦₁according to the review, half of the books were missing⟧. ⟦₂Bakers will often try that⟧, ⟪₂according to⟫ ⟨₂the survey⟩.`, []want{indirect, indirOrg}},
		{"a time word that opens an outlet's show after its possessor is part of the hearer", `⟨₁Tom Reyes⟩ ⟪₁told⟫ Dover Radio's Morning Show that ⟦₁the port would close⟧. ⟨₂Ann Lee⟩ ⟪₂told⟫ Harbour TV’s Sunday Review on Monday that ⟦₂it would not⟧.`, []want{indirect, indirect}},
		{"a that-clause after a quote's attribution goes on with the speaker's sentence", `“⟦₁It is our bad luck⟧,” ⟨Ann Lee⟩ ⟪said⟫, ⟦₂that both men had ties to the small mosque⟧.`, []want{direct, indirect}},
		{"a predicate after a quote's attribution goes on with the quote's subject", `“⟦₁Only the harbour board⟧,” ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁⟪₂said⟫⟫, ⟦₂would use a storm to raise the fees⟧. “⟦₃We will see⟧,” ⟨₃Tom Reyes⟩ ⟪₃said⟫, smiling at the crowd.`, []want{direct, indirect, direct}},
		{"a predicate after and goes on past a quote's attribution", `“⟦₁Voters want a ferry⟧,” ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁⟪₂said⟫⟫, ⟦₂and are tired of waiting for it⟧.`, []want{direct, indirect}},
		{"the reporter's account after a quote's attribution is no rest of it", `“⟦₁We will keep the ferry⟧,” ⟨₁Tom Reyes⟩ ⟪₁said⟫, and was applauded by the workers. “⟦₂The tax is dead⟧,” ⟨₂Ann Lee⟩ ⟪₂said⟫, were her words to the board. “⟦₃Ships will sail⟧,” ⟨₃Jo Park⟩ ⟪₃said⟫, going on to praise the crew. “⟦₄We won⟧,” ⟨₄Ed Long⟩ ⟪₄said⟫, will be the headline.`, []want{direct, direct, direct, direct}},
		{"a demonstrative that after a quote's attribution is the reporter's", `“⟦We will win⟧,” ⟨Ann Lee⟩ ⟪said⟫, that was clear.`, []want{direct}},
		{"according to between dashes after a connective reports the clause after it", `The ferry left Dover, where – ⟪₁according to⟫ ⟨₁port estimates⟩ – ⟦₁about 600 people have no work⟧. Lee left the town while – ⟪₂according to⟫ ⟨₂letters found in the archive of the harbour office⟩ – ⟦₂knowing the mill would close⟧. ⟨₃Tom Reyes⟩ ⟪₃said⟫ ⟦₃the ferry ran late while⟧ – ⟪₄according to⟫ ⟨₄aides⟩ – ⟦₄the mill was shut⟧.`, []want{indirUnnmd, indirOrg, indirect, indirUnnmd}},
		{"reporter's clause after a split according to", `⟦Ann Lee leads the race by five points⟧, ⟪according to⟫ ⟨a state tally⟩, but the gap is narrowing.`, []want{indirOrg}},
		{"participle after a number is an adjective", `Jane Doe leads by 270 pledged delegates after the vote.`, nil},
		{"verb after a number keeps its clause", `Of the 100 members, ⟨52⟩ ⟪agreed⟫ that ⟦the plan was fair⟧.`, []want{indirUnnmd}},
		{"quote after a long clause and a colon", `⟨Jane Doe⟩ ended her long speech at the county fair on Friday night by quoting an old poem from her youth: “⟦Every road leads home.⟧”`, []want{direct}},
		{"clause without that after the hearer leads into a quote", `⟨Jane Doe⟩ ⟪told⟫ reporters ⟦she thought the mayor had “made up the story.”⟧`, []want{{kind: Mixed, marked: true}}},
		{"finding of a document", `⟨The audit⟩ ⟪found⟫ that ⟦the agency had lost track of its money⟧.`, []want{indirOrg}},
		{"finding of a document with a phrase after it", `⟨A survey⟩ released on Monday by the state college ⟪found⟫ that ⟦most farmers back the plan⟧.`, []want{indirOrg}},
		{"finding of a document with a phrase after it, plural", `⟨Reports⟩ filed with the county ⟪show⟫ ⟦the mill lost money⟧.`, []want{indirOrg}},
		{"finding of a person after a phrase is no statement", `Tom Reyes, tired after the trip, found that the keys were in the car.`, nil},
		{"finding of results", `⟨The results⟩ ⟪show⟫ that ⟦most farmers back the plan⟧.`, []want{indirOrg}},
		{"finding of a person is no statement", `Tom Reyes found that the keys were in the car.`, nil},
		{"speech act participle of passive", `An aide accused of spying was released on Monday.`, nil},
		{"speech act ends before the speaker's next act", `⟨Jane Doe⟩ ⟪₁called⟫ ⟦₁the plan “a disgrace”⟧ and ⟪₂threatened⟫ ⟦₂to sue the city⟧.`, []want{mixed, indirect}},
		{"speech act ends before the reporter's next clause", `⟨Jane Doe⟩ ⟪urged⟫ ⟦voters to stay home⟧, but the turnout was high all day.`, []want{indirect}},
		{"speech act goes on past a participle after a determiner", `⟨Jane Doe⟩ ⟪vowed⟫ ⟦to cut taxes before showing her own, more limited plans⟧.`, []want{indirect}},
		{"speech act goes on through a relative aside", `⟨Jane Doe⟩ ⟪accused⟫ ⟦the mayor, who was born and raised here, of lying about the budget⟧.`, []want{indirect}},
		{"referring to after a statement", `“⟦₁We lost that one badly⟧,” ⟨Jane Doe⟩ ⟪₁said⟫, ⟪₂referring to⟫ ⟦₂the vote on the bridge⟧, which failed in May.`, []want{direct, indirect}},
		{"referring to with no statement before it", `The float, referring to the old mill, drew cheers on Friday.`, nil},
		{"title of a show that ends the sentence is no quote", `⟦The plan is sound⟧, ⟨Jane Doe⟩ ⟪said⟫ Friday on WXYZ's "Morning Call."`, []want{indirect}},
		{"inverted trailing attribution", `⟦The city will raise taxes next year⟧, ⟪said⟫ ⟨Jane Doe⟩.`, []want{indirect}},
		{"inverted attribution to a possessed title and a name", `⟦The mill is losing money on every sale⟧, ⟪said⟫ ⸨⦃the firm's chief executive⦄⸩, ⟨Jane Doe⟩.`, []want{indirect}},
		{"inverted attribution with a whose clause", `⟦The mill is losing money⟧, ⟪said⟫ ⟨Jane Doe⟩, ⦃a teacher⦄ whose class toured it.`, []want{indirect}},
		{"inverted attribution to a quantity of people", `⟦The mill is losing money⟧, ⟪said⟫ ⟨a handful of workers⟩ who spoke to the council.`, []want{indirUnnmd}},
		{"according to a document by its author", `⟦Turnout rose by a third this year⟧, ⟪according to⟫ an analysis by ⟨the Acme Polling Institute⟩.`, []want{indirOrg}},
		{"according to data compiled by its author", `⟦Turnout rose by a third this year⟧, ⟪according to⟫ data compiled by ⟨the Acme Polling Institute⟩.`, []want{indirOrg}},
		{"according to after a dash", `⟦The town had 115 crimes in 2014 -- two of them murders⟧ -- ⟪according to⟫ ⟨the county police⟩.`, []want{indirOrg}},
		{"according to a graded source", `⟦Turnout rose by a third this year⟧, ⟪according to⟫ ⟨the most recent survey⟩.`, []want{indirOrg}},
		{"according to first", `⟪According to⟫ ⟨the city's budget office⟩, ⟦taxes will rise next year⟧.`, []want{indirOrg}},
		{"report of a statement is the reporter's", `⟨The Daily News⟩ ⟪reported⟫ that ⟦Tom Reyes said he would resign next week⟧.`, []want{indirOrg}},
		{"poll contrast ends the statement", `Asked to choose, ⟨45 percent of voters⟩ ⟪said⟫ ⟦they backed Lee⟧ while 37 percent backed Reyes.`, []want{indirUnnmd}},
		{"poll contrast of a ratio or an approximate share ends the statement, a plain count does not", `In Dover, about ⟨₁half of the bakers⟩ ⟪₁say⟫ ⟦₁the fair should run longer⟧, while nearly 3 in 10 would cut it to a day. ⟨₂Some 1,200 bakers⟩ ⟪₂said⟫ ⟦₂they backed Lee⟧, while roughly 20 percent chose Reyes. ⟨₃Police⟩ ⟪₃said⟫ ⟦₃two people died while 15 others were hurt in the fire⟧.`, []want{indirUnnmd, indirUnnmd, indirOrg}},
		{"a bare no before a period ends the sentence, unlike No. and a number", `Asked ⟦₁if he would run again⟧, ⟨₂the mayor⟩ ⟪₂said⟫ ⟦₂no⟧. ⟨₃Most residents⟩ ⟪₃said⟫ ⟦₃the port ranks No. 5 in Kestia⟧.`, []want{{kind: Indirect, noSpk: true}, indirUnnmd, indirUnnmd}},
		{"a ratio speaks as one group", `Asked about the levy, ⟨₁most renters⟩ ⟪₁said⟫ ⟦₁it was too high⟧, and ⟨₂more than 3 in 5⟩ ⟪₂said⟫ ⟦₂the council's plan would not help⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"a second attribution after a clause and 'and'", `⟨₁Ana Rusk⟩ ⟪₁said⟫ ⟦₁the ferry would not run this week⟧ and ⟨₂Tom Pell⟩ ⟪₂says⟫ ⟦₂the dock can't open before May⟧.`, []want{indirect, indirect}},
		{"'and' inside the subject of a statement", `⟨Ana Rusk⟩ ⟪said⟫ ⟦the pilot's friends and neighbors say he is away⟧.`, []want{indirect}},
		{"a place and its state before that", `⟨Ann Vole⟩ ⟪told⟫ a rally in Dover, Delaware on Friday that ⟦the city's levy is tiny next to the old one⟧.`, []want{indirect}},
		{"according to first reports an attribution after it", `The council met. ⟪According to⟫ ⟨Acme Radio⟩, ⟦Jane Doe said the plant will close in May⟧.`, []want{indirOrg}},
		{"according to first leaves a quotation to its own attribution", `According to Acme Radio, ⟨Jane Doe⟩ ⟪told⟫ the board that “⟦the plant will close in May.⟧”`, []want{mixed}},
		{"participle after a clause of concession hangs on it", `⟨Tom Reyes⟩ stayed calm even as ⸨he⸩ took questions, ⟪saying⟫ ⟦the plan would cut costs⟧.`, []want{indirect}},
		{"participle after a clause of time hangs on its person", `It was a sharp rebuke, as ⟨Ann Lee⟩ ⟪₁echoed⟫ ⟦₁the criticism⟧, ⟪₂saying⟫ ⟦₂the plan would fail⟧.`, []want{indirect, indirect}},
		{"participle after a clause of time about things hangs on the main clause", `⟨Tom Reyes⟩ apologized for the columns as they came out, ⟪saying⟫ ⟦he had been wrong⟧.`, []want{indirect}},
		{"according to after connective", `But, ⟪according to⟫ ⟨the city's budget office⟩, ⟦taxes will rise next year⟧.`, []want{indirOrg}},
		{"according to splits the statement", `⟦Ridership⟧, ⟪₁according to⟫ ⟨the ferry company⟩, ⟦has doubled since spring⟧.`, []want{indirOrg, indirOrg}},
		{"according to splits after a fronted phrase", `⟦In the coming years⟧, ⟪₁according to⟫ ⟨the ferry office⟩, ⟦the fares will go up⟧.`, []want{indirOrg, indirOrg}},
		{"according to then apposition", `⟦The plant will close⟧, ⟪according to⟫ ⟨Acme Corp⟩, a maker of tools in Dayton.`, []want{indirOrg}},
		{"according to last", `⟦Taxes will rise next year⟧, ⟪according to⟫ ⟨Jane Doe⟩.`, []want{indirect}},
		{"a quote's own attribution keeps its speaker before a closing according to", `“⟦We will not close the plant⟧,” ⟨Jane Doe⟩ ⟪₁said⟫ on Monday, according to Acme Radio. “⟦We owe the town that.⟧”`, []want{direct, direct}},
		{"according to after a clause with an attribution reports it", `⟦Jane Doe said she was "glad to see" that the plant will close⟧, ⟪according to⟫ ⟨Acme Radio⟩.`, []want{org(mixed)}},
		{"according to after a relative clause does not report the attribution before it", `⟨Jane Doe⟩ ⟪said⟫ ⟦she was "glad to see" that the plant will close, which would cost 300 jobs⟧, according to Acme Radio.`, []want{mixed}},
		{"according to after a quote's attribution then a participle", `“⟦We will not close the plant⟧,” ⟨Jane Doe⟩ ⟪₁told⟫ Acme Radio, according to Tom Reyes, ⟪₂referring to⟫ ⟦the mill⟧.`, []want{direct, indirect}},
		{"according to after a quote", `The group sued the city. “⟦The files show the city kept records on every member⟧,” ⟪according to⟫ ⟨Acme Corp.⟩`, []want{directOrg}},
		{"appositive title", `⟨Tom Reyes⟩, ⦃the city's finance director⦄, ⟪said⟫ ⟦taxes would rise⟧.`, []want{indirect}},
		{"aside set off by dashes", `⟨Tom Reyes⟩ — a baker who has sold bread, cakes and pies on the east side for years — ⟪said⟫ ⟦the rent had doubled⟧.`, []want{indirect}},
		{"appositive title with plural possessive", `⟨Tom Reyes⟩, ⦃the Hendersons' lawyer⦄, ⟪said⟫ ⟦the rent had doubled⟧.`, []want{indirect}},
		{"aside of one word", `⟨Tom Reyes⟩, though, ⟪said⟫ ⟦the plan had failed⟧.`, []want{indirect}},
		{"aside opening with an irregular participle", `⟨Tom Reyes⟩, struck by the news, ⟪said⟫ ⟦the plan had failed⟧.`, []want{indirect}},
		{"aside opening with a reflexive", `⟨Tom Reyes⟩, himself a farmer, ⟪said⟫ ⟦the plan had failed⟧.`, []want{indirect}},
		{"apposition with a speech verb in a relative clause", `⟨Tom Reyes⟩, ⦃a city planner⦄ who argued against the bridge, ⟪said⟫ ⟦the plan had failed⟧.`, []want{indirect}},
		{"apposition with a quoted title", `⟨Tom Reyes⟩, a baker on the show “Bake Off,” who later opened a shop, ⟪said⟫ ⟦the plan had failed⟧.`, []want{indirect}},
		{"apposition ending in a quoted title", `⟨Tom Reyes⟩, ⦃a baker and the host of the show⦄ “Bake Off,” ⟪said⟫ on Monday that ⟦the plan had failed⟧.`, []want{indirect}},
		{"party after the name and a comma", `⦃Sen.⦄ ⟨Tom Reyes⟩ (D-Ohio), ⟪said⟫ ⟦the plan had failed⟧.`, []want{indirect}},
		{"a subject with its party in parentheses is a pronoun's antecedent", `"⟦₁We will see⟧," ⟨₁Tom Baxter⟩ ⟪₁said⟫. ⦃₂⦃₃Gov.⦄⦄ ⟨₂⟨₃Ed Reyes⟩⟩ (R) ⟪₂conceded⟫ ⟦₂some errors⟧ even as ⸨₃he⸩ ⟪₃defended⟫ ⟦₃the mayor⟧.`, []want{direct, indirect, indirect}},
		{"a long aside in parentheses before the verb of an attribution after a comma", `Few mayors would admit this, but ⦃Sen.⦄ ⟨Tom Reyes⟩ (a Dover Democrat so young he has been taken for a clerk) ⟪says⟫ ⟦he was lost in his first weeks⟧.`, []want{indirect}},
		{"aside opening with a subordinator and a participle", `⟨The mayor's office⟩, when contacted by reporters, ⟪said⟫ ⟦the plan had failed⟧.`, []want{indirOrg}},
		{"subject owned by a name", `⟨Mrs. Ann Lee's neighbours⟩ ⟪said⟫ ⟦the road is unsafe⟧.`, []want{indirUnnmd}},
		{"a name written as a place or a people is no antecedent of he or she", "Smoke rose from a bakery on the road to Dover Green. A baker talked with buyers at Dover Green. ⟨₁He⟩ ⟪₁said⟫ ⟦₁the smoke came from an oven⟧. Kestia does not treat the largely Vellish Norvians as voters. ⟨₂She⟩ ⟪₂said⟫ ⟦₂the rule was wrong⟧.", []want{indirect, indirect}},
		{"pronoun after a parenthesis", `⟨Ann Lee⟩ left the board in May. (⸨She⸩ ⟪says⟫ ⟦the work had become dull⟧.)`, []want{indirect}},
		{"pronoun after a colon", `⟨Ann Lee⟩ left the board in May for a reason: ⸨She⸩ ⟪says⟫ ⟦the work had become dull⟧.`, []want{indirect}},
		{"aside with a participle of a speech verb", `⟨Tom Reyes⟩, when asked about the bridge, ⟪said⟫ ⟦the plan had failed⟧.`, []want{indirect}},
		{"title before name", `⦃Finance Minister⦄ ⟨Tom Reyes⟩ ⟪said⟫ ⟦taxes would rise⟧.`, []want{indirect}},
		{"heard saying", `⟨Tom Reyes⟩ spoke on Friday. “⟦When the bell rings, we run⟧,” ⸨he⸩ is heard ⟪saying⟫ in the video.`, []want{direct}},
		{"pronoun after fronted phrase", `⟨Tom Reyes⟩ and Mayor Jane Doe met on Sunday. In a 2019 recording Reyes laughed about the plan. “⟦We run⟧,” ⸨he⸩ ⟪said⟫.`, []want{direct}},
		{"title before name carries", `⦃The city's finance director⦄, ⟨Tom Reyes⟩, spoke on Friday. ⟦Taxes will rise⟧, ⸨Reyes⸩ ⟪said⟫.`, []want{indirect}},
		{"appositive title after age", `⟨Ann Lee⟩, 70, ⦃a member of the city council⦄, spoke on Friday. “⟦We run⟧,” ⸨Lee⸩ ⟪said⟫.`, []want{direct}},
		{"one title per person", `⦃Senator⦄ ⟨Ann Lee⟩ spoke on Friday. “⟦We run⟧,” ⟪said⟫ ⸨Lee⸩, a retired teacher.`, []want{direct}},
		{"attribution after a lower-case title", `“⟦It is unanimous⟧,” councilmember ⟨Ann Lee⟩ ⟪said⟫ of the vote.`, []want{direct}},
		{"attribution after a possessor", `“⟦We have values⟧,” the Freedom Party’s ⟨Tom Reyes⟩ ⟪told⟫ reporters.`, []want{direct}},
		{"attribution after a long apposition", `“⟦Rents will rise⟧,” ⟨Ann C. Lee⟩, ⦃a senior fellow at the Dover Housing Trust and a former member of the harbour board⦄, ⟪wrote⟫ on Monday.`, []want{direct}},
		{"attribution after a party label", `“⟦Taxes will rise⟧,” ⦃Rep.⦄ ⟨Tom Reyes⟩ (D-Ore.) ⟪said⟫.`, []want{direct}},
		{"attribution after coordinated titles", `“⟦We are ready⟧,” ⟨the former teacher and city council candidate⟩ ⟪told⟫ reporters.`, []want{unnamed(direct)}},
		{"no attribution after a relative pronoun", `The baker won buyers with calls to end the “stale bread” that ⟨he⟩ ⟪says⟫ ⟦is sold by the big shops⟧.`, []want{indirect}},
		{"apposition with a possessive apostrophe", `“⟦We are ready⟧,” ⟨Tom Reyes⟩, ⦃Jones' campaign manager⦄, ⟪said⟫ in a statement.`, []want{direct}},
		{"attribution after ellipsis", `“⟦We will look at a lot of people…⟧” ⟨Jane Doe⟩ ⟪said⟫.`, []want{direct}},
		{"attribution after question", `“⟦A bear?⟧” ⟨Jane Doe⟩ ⟪repeated⟫.`, []want{direct}},
		{"question put to the speaker does not end carry-over", `"⟦We will win⟧," ⟨Jane Doe⟩ ⟪₁said⟫, when asked ⟦whether she would run⟧. "⟦The town needs a change.⟧"`, []want{direct, {kind: Indirect, noSpk: true}, direct}},
		{"quantifier floated off its subject after a dash aside", "⟨Senior party officials⟩ -- whose group was once known for its calm -- both ⟪suggested⟫ ⟦the aide be fired⟧.", []want{indirUnnmd}},
		{"he or she after a definite description that names no one is its holder", "⟦₁The port closed on Monday⟧, ⟨the spokeswoman⟩ ⟪₁said⟫. ⟦₂It will open soon⟧, ⸨₂she⸩ ⟪₂said⟫. ⟦₃The ferry runs⟧, ⟨₃the spokesman⟩ ⟪₃said⟫. ⟦₄It is late⟧, ⟨₄she⟩ ⟪₄said⟫.", []want{indirUnnmd, indirUnnmd, indirUnnmd, indirect}},
		{"he after a description with a possessor's name that names no one is its holder", "⟦₁Talks may resume soon⟧, ⟨Kestia s envoy to Dover⟩ ⟪₁said⟫. ⟦₂The port is closed⟧, ⸨₂he⸩ ⟪₂said⟫.", []want{indirUnnmd, indirUnnmd}},
		{"a plural of a body noun after a nationality heads the subject", "⟨Kestian governments⟩ have cracked down, ⟪saying⟫ ⟦the plan failed⟧.", []want{indirOrg}},
		{"a name after and and a possessive speaks with its owner", "⟨Mayor Ann Lee and her ruling Harbour Party⟩ ⟪said⟫ ⟦the vote was fair⟧.", []want{indirect}},
		{"quantifier floated off its subject after a parenthesis", "⟨Ann Lee and Tom Reyes⟩ (D-Ore.) both ⟪said⟫ ⟦the program was flawed⟧.", []want{indirect}},
		{"office in lower case before a name", "⦃Former secretary of state⦄ ⟨Ann Lee⟩ ⟪said⟫ ⟦the records were complete⟧.", []want{indirect}},
		{"office in lower case before a name and a colon", "The hearing went on.\n\n⦃Former secretary of state⦄ ⟨Ann Lee⟩: \"⟦We got those figures from the harbour office and its audit of the books.⟧\"", []want{direct}},
		{"apposition without its closing comma after a titled name", `On Friday, ⦃Sen.⦄ ⟨Ann Lee⟩ (D-N.Y.), a supporter of the mayor ⟪told⟫ host Tom Reyes ⟦she believed the mayor would win⟧.`, []want{indirect}},
		{"apposition without its closing comma after a show's title", `On "Good Morning," ⦃Sen.⦄ ⟨Ann Lee⟩, a supporter of the mayor ⟪told⟫ host Tom Reyes ⟦she believed the mayor would win⟧.`, []want{indirect}},
		{"a time after an inverted cue is no speaker", `⟦Residents want a new bridge more than a new road⟧, a study by ⦃a sociologist⦄, ⟨Ann Lee⟩, ⟪concluded⟫ this year.`, []want{indirect}},
		{"quotation after a statement reported inside another", `⟨Ann Lee⟩ ⟪₁said⟫ that ⟦₁some critics had predicted a withdrawal⟧. "⟦₂That is because this region matters.⟧"`, []want{indirect, direct}},
		{"other name of a body before a dash aside", `⟨Neil Park⟩, ⦃director of the group Citizens for Parks⦄, or CFP -- which was founded by a governor -- ⟪said⟫ ⟦the plan would fail⟧.`, []want{indirect}},
		{"name in apposition with where they are from", `⦃One teacher helping Mr. Reyes⦄, ⟨Jo Park⟩ of Hill School in Dover, ⟪said⟫ ⟦she had graded 80 essays⟧.`, []want{indirect}},
		{"another person's name is no title", `⦃One pastor backing Mr. Reyes⦄, ⟨Dan Lee⟩, ⟪said⟫ ⟦he had made 150 calls⟧.`, []want{indirect}},
		{"alternatives after a preposition are no subject", `⟨Many of the local party leaders⟩ who would rather work for Reyes or Diaz or Ben Lopez ⟪said⟫ ⟦they have rallied behind the mayor⟧.`, []want{indirUnnmd}},
		{"short attribution sentence after a named possessor", `Acme University's ⟨Ann Lee⟩ ⟪agreed⟫. "⟦Most voters are running out of patience.⟧"`, []want{direct}},
		{"verb joined to a when clause after an object", "⟨Ann Lee⟩ opened the debate when ⸨she⸩ raised the cost of the bridge and later ⟪said⟫ ⟦the city had been misled⟧.", []want{indirect}},
		{"modal before a participle", "⟨Farmers⟩ can campaign ⟪saying⟫ that ⟦the new dam has helped them⟧.", []want{indirUnnmd}},
		{"adverb in -ly before a participle", "⟨Farmers⟩ can reasonably campaign ⟪saying⟫ that ⟦the new dam has helped them⟧.", []want{indirUnnmd}},
		{"question put to the speaker after a quotation of two sentences", `"⟦We will win. The count is on our side⟧," ⟨Jane Doe⟩ ⟪₁said⟫, when asked ⟦whether she would run⟧. "⟦The town needs a change.⟧"`, []want{direct, {kind: Indirect, noSpk: true}, direct}},
		{"statement hung on the attribution after a measure of time does not end carry-over", `“⟦We will win⟧,” ⟨₁⟨₃Jane Doe⟩⟩ ⟪₁said⟫, two hours after ⟨₂the networks⟩ ⟪₂declared⟫ ⟦her the winner⟧. “⟦You will be so happy.⟧”`, []want{direct, {kind: Indirect, spk: Organization}, direct}},
		{"participle after a clause fronted with an adverb", `Even before Ann Lee took the stage, ⟨her campaign⟩ sent a message to supporters ⟪saying⟫: "⟦We won tonight!⟧"`, []want{directOrg}},
		{"colon quote after a clause fronted with an adverb", `The vote was close. Ever since she met Mrs. Reyes, ⟨Ann Lee⟩ has been a friend, visiting her office with a simple message: "⟦Do not give up!⟧"`, []want{direct}},
		{"relative after two descriptions in apposition, one with a head no list holds", `"⟦Do they check the timetable?⟧" ⟪₁said⟫ ⟨Ed Long⟩, ⦃a harbour ferrywatcher and club volunteer⦄ ⸨₂⸨₃who⸩⸩ has ⟪₂accused⟫ ⟦the operators of cheating⟧. "⟦Are they reading an old leaflet?⟧"`, []want{direct, indirect, direct}},
		{"what a naming verb names is the namer's, not the next clause's", `In 2009, under what ⟨Ann Lee⟩ ⟪called⟫ "⟦the old model⟧," the club charged $5,000 a year.`, []want{direct}},
		{"participle joined to an earlier one by and shares its speaker", `Republicans were quick to respond, with ⟨Tom Reyes⟩ ⟪₁praising⟫ ⟦₁the bill⟧ and ⟪₂asking⟫, "⟦₂Who will pay for it?⟧"`, []want{indirect, direct}},
		{"stray closing mark after a quote that a mark inside closed early", "“⟦The ferry is slow. It is only 4’5⟧”,” ⟨Lee⟩ ⟪₁said⟫ at the dock as the queue grew.\n\n“⟦So I take the bus.⟧”", []want{direct, direct}},
		{"a perfect participle that opens the sentence speaks for the subject after it, but not having said that", `Having ⟪announced⟫ that ⟦he would run for mayor⟧, ⟨Tom Reyes⟩ toured the port. Having said that, the vote is close.`, []want{indirect}},
		{"a surname that is also a time word opens a sentence as a name once given in full", `⟨Kay Day⟩ runs the ferry board. ⸨Day⸩ ⟪said⟫ ⟦the port will close⟧. Today said nothing.`, []want{indirect}},
		{"participle that opens the sentence is no name", `Rallying hundreds of workers, ⟨Ann Lee⟩ tried to calm them and ⟪promised⟫ ⟦to deliver change⟧.`, []want{indirect}},
		{"verb joined by but to one whose object a relative clause follows", `⟨Ed Long⟩ left the bakery last week. ⸨He⸩ praised those who quit but ⟪said⟫, "⟦We need a new oven.⟧"`, []want{direct}},
		{"participle after by inside a relative clause is the relative's", `The mayor met ⟨Ann Lee⟩, ⸨who⸩ a week ago surprised him by ⟪declaring⟫ ⟦she could not yet support his plan⟧.`, []want{indirect}},
		{"verb joined by and inside a relative clause is the relative's", `Tom Reyes knocked on the door of ⟨Ann Lee⟩, ⸨who⸩ answered it on Sunday and ⟪said⟫ ⟦she would vote for him⟧.`, []want{indirect}},
		{"participle after a document inside a relative clause is the relative's", `The ferry fare rise drew notice from local groups, including ⟨the Union of Dover⟩, ⸨which⸩ put out a statement Friday ⟪questioning⟫ ⟦whether the rise was fair⟧.`, []want{indirOrg}},
		{"colon quote after a statement about another person is the speaker's", `Mr. ⟨Lee⟩, whose firm bakes bread, ⟪said⟫ ⟦Mr. Reyes was a grocer of the old school in the harbour: "He is a flour-and-water kind of man."⟧`, []want{{kind: Mixed, marked: true}}},
		{"scene sentence that opens the paragraph after another speaker's quote", "“⟦₁The vote was fair⟧,” ⟨₁Tom Reyes⟩ ⟪₁said⟫.\n\n⟨₂⟨₃Ann Lee⟩⟩ ⟪₂touted⟫ ⟦₂her record on the bridge⟧. “⟦₃We built it on time and under budget.⟧”", []want{direct, indirect, direct}},
		{"a quoted term that is the subject of the sentence is not carried", `“⟦We will not wait for the forms⟧,” ⟨Jane Doe⟩ ⟪said⟫. “Red tape” is the name her staff gives them.`, []want{direct}},
		{"quotation after a sentence about its speaker", `The rally ran late. ⟨Jane Doe⟩ then turned to the crowd. “⟦We will not stop.⟧”`, []want{direct}},
		{"quotation after a sentence about a thing has no speaker", `The rally ran late. The crowd then turned to the stage. “⟦We will not stop.⟧”`, []want{noSpeaker}},
		{"new subject ends carry-over", `“⟦We will win⟧,” ⟨₁Jane Doe⟩ ⟪₁said⟫. Tom Reyes laughed at the plan. “⟦Nobody can stop us now.⟧”`, []want{direct, noSpeaker}},
		{"object it is not the name's", `When ⟨Ann Lee⟩ ⟪₁pointed out⟫ that ⟦Tom Reyes calls it a tax⟧, the room went quiet. “⟦We run⟧,” ⸨₂Lee⸩ ⟪₂said⟫.`, []want{indirect, direct}},
		{"fronted subordinate clause", `After ⟨Ann Lee⟩ ⟪said⟫ ⟦taxes would rise⟧, the council voted.`, []want{indirect}},
		{"fronted subordinate clause after a connective", `However, while ⟨the union⟩ ⟪says⟫ ⟦its members are close to a deal⟧, they are not getting help from the city.`, []want{indirOrg}},
		{"an aside between dashes inside the statement", `⟨Ann Lee⟩ ⟪said⟫ ⟦most drivers – and some cyclists – want the old bridge back⟧.`, []want{indirect}},
		{"a cue with a clause of its own after a question is not its attribution", `⟨₁Ann Lee⟩ ⟪₁asked⟫: “⟦Is the bridge safe?⟧” ⟨₂The council⟩ ⟪₂noted⟫ that ⟦the vote was close⟧.`, []want{direct, indirOrg}},
		{"a cue that takes a question as its object is not its attribution", `“⟦Is the bridge safe?⟧” Critics cited it often.`, []want{noSpeaker}},
		{"a phrase after the relative pronoun is not the subject", `The case went to ⦃Judge⦄ ⟨Ann Lee⟩, ⸨who⸩ in two earlier rulings had ⟪made clear⟫ that ⟦she would strike the law⟧.`, []want{indirect}},
		{"a base form after an article and a singular noun is a noun", `Tom Reyes is a judge on the baking show "Main Street."`, nil},
		{"a show's title does not take the carried quote", `"⟦The ferry may be late⟧," ⟪₁said⟫ ⟨Tom Reyes⟩, who is now a host of the late TV show "Harbour Hour." "⟦I mean, it depends on the tide.⟧"`, []want{direct, direct}},
		{"fronted subordinate clause after a phrase of time and a comma", `In June 2019, after ⟨Ann Lee⟩ ⟪said⟫ ⟦the bridge would close⟧, the city opened a new one.`, []want{indirect}},
		{"fronted subordinate clause after a short lead", `Two weeks after ⟨Ann Lee⟩ ⟪said⟫ ⟦the bridge would close⟧, the city opened a new one.`, []want{indirect}},
		{"fronted subordinate clause with a phrase before its subject", `Although in May ⟨Ann Lee⟩ ⟪said⟫ ⟦the bridge would close⟧, at the hearing she spoke of repairs.`, []want{indirect}},
		{"fronted subordinate clause, main clause with an adverb", `When ⟨Ann Lee⟩ ⟪announced⟫ ⟦her bid⟧ in May, she famously walked to the hall.`, []want{indirect}},
		{"fronted subordinate clause, main clause with a common noun", `When ⟨the mayors⟩ ⟪say⟫ ⟦the roads are safe⟧, local drivers are not convinced.`, []want{unnamed(indirect)}},
		{"fronted subordinate clause ends at a comma inside the mark", `While ⟨Ann Lee⟩ ⟪said⟫ ⟦the plan was "the best we have,"⟧ Tom Reyes voted against it.`, []want{mixed}},
		{"subordinate clause after a comma and a conjunction", `The vote is close, and when ⟨Ann Lee⟩ ⟪said⟫ ⟦she would hold a hearing⟧, it seemed to help the plan.`, []want{indirect}},
		{"name as modifier is no subject", `⟨Ann Lee⟩ spoke at the school, and Tom Reyes posters hang in every hall. “⟦We run⟧,” ⸨she⸩ ⟪said⟫.`, []want{direct}},
		{"courtesy title is no title", `Mrs. ⟨Ann Lee⟩ ⟪said⟫ ⟦it would not pass⟧.`, []want{indirect}},
		{"they resolves to listed names", `⟨The Bakers Union of Dover, the Ferry Workers Association in Kestia and the Norvia Harbour Council⟩ challenged the rule. ⟦Stalls were closed for small faults⟧, ⸨₁the plaintiffs⸩ ⟪₁told⟫ the court. ⟦Some lacked a sign⟧, ⸨₂they⸩ ⟪₂said⟫.`, []want{indirOrg, indirOrg}},
		{"they that opens a sentence stands for the plural subject of the sentence before", `⟨Opposition lawmakers⟩ pressed the board for a summary. On Monday, ⸨they⸩ ⟪complained⟫ that ⟦the summary was too thin⟧.`, []want{indirUnnmd}},
		{"they after a plural description stands for what the description names", `⟨The Millers Union and the county Green Party⟩ challenged the rule. The rule passed in May. It took effect in June. Judges upheld it in July. The county appealed in August. The plaintiffs filed a new case in September. ⸨They⸩ ⟪said⟫ ⟦the rule was unfair⟧.`, []want{indirOrg}},
		{"description resolves to a list further back", `⟨The Millers Union and the county Green Party⟩ challenged the rule. The rule passed in May. It took effect in June. Judges upheld it in July. The county appealed in August. ⟦The rule was unfair⟧, ⸨the plaintiffs⸩ ⟪said⟫.`, []want{indirOrg}},
		{"they with no list stays unnamed", `The union challenged the law. ⟦Ballots were rejected for minor errors⟧, ⟨they⟩ ⟪said⟫.`, []want{indirUnnmd}},
		{"relative pronoun is the mention", `⟨₁The mayor⟩ ⟪₁thanked⟫ ⟦₁⟨₂Tom Reyes⟩⟧, ⸨₂who⸩ ⟪₂said⟫ ⟦₂taxes would rise⟧.`, []want{indirUnnmd, indirect}},
		{"relative pronoun after a description", `The plan drew fire from ⟨city voters⟩ ⸨who⸩ ⟪said⟫ ⟦taxes were too high⟧.`, []want{indirUnnmd}},
		{"they after names listed as the subject of a short past in -ed", `⟨Ann Lee and Tom Reyes⟩ sued the city on Monday. ⸨They⸩ ⟪said⟫ ⟦the port was unsafe⟧.`, []want{indirect}},
		{"a past that is also an adjective right after a name is the verb of the clause a participle hangs on", `⟨Tom Reyes⟩ left no doubt of his wish to see Ms. Lee run the bakery, ⟪saying⟫ that ⟦nobody baked better⟧.`, []want{indirect}},
		{"a second participle joined to the cue's own is the speaker's next statement", `⟨Ann Lee⟩ is ⟪₁noting⟫ that ⟦₁the banks are big⟧ and ⟪₂saying⟫ that ⟦₂Tom Reyes could not answer questions⟧.`, []want{indirect, indirect}},
		{"a past that is also an adjective ends a relative clause where the main verb must come", `⟨The mayor⟩, ⸨who⸩ ⟪said⟫ ⟦the roads will be fixed by May⟧, left early.`, []want{indirUnnmd}},
		{"they after a verb of a plural subject in the same clause", `⟨Local unions⟩ have pushed for reforms to a pension plan ⸨they⸩ ⟪say⟫ ⟦is unfair to younger workers⟧.`, []want{org(indirect)}},
		{"they after a comma is no subject of the clause before it", `The mine will close for a week. ⟦Workers stayed behind at the mine⟧, ⟨they⟩ ⟪said⟫.`, []want{{kind: Direct, spk: Unnamed}}},
		{"relative pronoun after an apposition of the name before it", `“⟦₁It is close⟧,” ⟪₁said⟫ ⟨Ann Ruiz⟩, ⦃a teacher from Oakfield⦄, ⸨₂who⸩ ⟪₂said⟫ ⟦₂she would vote for the mayor⟧.`, []want{direct, indirect}},
		{"relative pronoun after the age and place of the name before it", `“⟦₁I will vote this time⟧,” ⟪₁said⟫ ⟨Ed Long⟩, 24, from Oakfield, ⸨₂who⸩ ⟪₂said⟫ ⟦₂the mayor is best suited to fix the roads⟧.`, []want{direct, indirect}},
		{"relative pronoun after coordinated names", `⟨₁The mayor⟩ ⟪₁thanked⟫ ⟦₁⟨₂Tom Reyes and Ann Lee⟩⟧, ⸨₂who⸩ ⟪₂said⟫ ⟦₂taxes would rise⟧.`, []want{indirUnnmd, indirect}},
		{"plural after an adjective in -ic is a noun", `Mrs. ⟨Lee⟩, who kept her ferry running despite Baltic calls for her to stop, has ⟪said⟫ ⟦she does not plan to ask Mr. Reyes to leave the port⟧.`, []want{indirect}},
		{"a show's name after told is the hearer", `"⟦₁Of course the baker is open to critics. He is a former judge⟧," ⟨Reyes⟩ ⟪₁told⟫ "Good Morning Dover," ⟪₂reminding⟫ the hosts that ⟦₂Lee has often mocked him⟧.`, []want{direct, indirect}},
		{"a title that opens the reporter's sentence", "The network has a new season.\n\n“Harbor Lights,” which airs on Tuesday, is a drama about a port. “Night Court,” on Fridays, is another.", nil},
		{"titles of works in a list", `Reyes, who had roles in “The Baker of Dover Street,” “Wirex 12,” and “Tide,” had no comment.`, nil},
		{"which after a body is the cue's subject", `The order came after a request by ⟨The Dayton Post⟩, ⸨which⸩ ⟪argued⟫ that ⟦the campaign made the records public⟧.`, []want{indirOrg}},
		{"which after a thing is not a speaker", `The bridge, which said nothing, stood.`, nil},
		{"a stripped quote after a relative clause whose speech verb introduces it", "Ann Lee posted a photo with ⟨₁a caption⟩ ⸨₁that⸩ ⟪₁reads⟫,  ⟦₁Tom Reyes told me the port is closed.⟧  The port opened later.\n\nShe posted another under ⟨₂a headline⟩ ⸨₂that⸩ ⟪₂said⟫,  ⟦₂Kestia Declares War on Dover.⟧  It was shared.", []want{org(unmarked), org(unmarked)}},
		{"a speech participle after before opens the speaker's next statement", `⟨Ann Lee⟩ ⟪₁said⟫ ⟦₁the vote kept the port safe⟧ before ⟪₂claiming⟫ that ⟦₂open borders hurt families⟧.`, []want{indirect, indirect}},
		{"a speech participle after while opens the speaker's next statement", `⟨Tom Reyes⟩ ⟪₁dismissed⟫ ⟦₁claims by some bakers that the flour was stale⟧ while ⟪₂saying⟫ ⟦₂they will still buy from the mill⟧.`, []want{indirect, indirect}},
		{"a speech word after an amount is a noun", "The sale is near.\n\n ⟦₁Now that s the $5,000 question⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫, ⟪₂noting⟫ ⟦₂he might buy from any of the mills⟧.\n\nThe fair is in June.", []want{unmarked, indirect}},
		{"a comment on the news after a trailing attribution is the reporter's", "⟦₁The ferry will stop this winter⟧, ⟨₁the Dover Post⟩ ⟪₁reported⟫ on Tuesday -- a change that poses hard questions for islanders.\n\n⟦₂The bakery will shut in May⟧, ⟨₂Ann Lee⟩ ⟪₂said⟫, a move that could hurt the street.", []want{indirOrg, indirect}},
		{"a relative clause's statement ends before the main verb", `⟨Ann Lee⟩, ⸨who⸩ ⟪said⟫ ⟦the city was broke⟧, was late.`, []want{indirect}},
		{"a relative clause after a preposition, or a verb in -s with a clause after it, ends the statement before the main verb", "The speech on Tuesday, in which ⟨₁Ann Lee⟩ ⟪₁announced⟫ that ⟦₁the ferry would close⟧, was her last. The vote, even after ⟨₂Tom Reyes⟩ ⟪₂criticized⟫ ⟦₂the harbour board⟧, shows how deeply the town is split.", []want{indirect, indirect}},
		{"a cue after a modal with an object of its own goes on with a fronted clause, which is no statement of it", "⟨Ann Lee⟩ ⟪told⟫ voters that ⟦if the port were a stock, she would advise buying it⟧.", []want{indirect}},
		{"a parenthesis with a relative clause that ends the sentence is the reporter's aside, but not one inside the statement", "⟨₁Tom Reyes⟩ ⟪₁questioned⟫ ⟦₁the ads about Ann Lee⟧ (which also drew the notice of the police). ⟨₂Jo Park⟩ ⟪₂said⟫ ⟦₂the mill (which opened in May) would close⟧.", []want{indirect, indirect}},
		{"a parenthesis that opens with though is the speaker's proviso, unless the writer speaks in it", "⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the ferry would close (though not before May)⟧. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂he had never been to Kestia⟧ (though I doubt it).", []want{indirect, indirect}},
		{"the occasion after an object with phrases of its own is the reporter's, but not after a gerund's", "⟨₁Tom Reyes⟩ ⟪₁praised⟫ ⟦₁the rise of wages in Dover⟧ in a tweet. ⟨₂Ann Lee⟩ ⟪₂accused⟫ ⟦₂the mayor of misleading voters in interviews⟧.", []want{indirect, indirect}},
		{"an occasion of saying with a participle or a time phrase after it is the reporter's", "⟨₁Tom Reyes⟩ ⟪₁praised⟫ ⟦₁the plan⟧ in an interview published Saturday. ⟨₂Ed Long⟩ ⟪₂denied⟫ ⟦₂the claim⟧ in a statement issued by his lawyer. ⟨₃Jo Park⟩ ⟪₃denounced⟫ ⟦₃the fare rise⟧ on Twitter before the vote.", []want{indirect, indirect, indirect}},
		{"a question put to the speaker after ', and when asked' ends the statement before it", "⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁she had not watched the race in Elm⟧, and when asked ⟦₂whether she favoured the winner⟧, she laughed.", []want{indirect, {kind: Indirect, noSpk: true}}},
		{"a name after an article and a modifier is part of the hearer's phrase before 'that', and a quotation that is the whole clause after it is mixed", "⟨₁Tom Reyes⟩ ⟪₁told⟫ a packed Dover town hall that ⟦₁the port would close⟧. ⟨₂Ann Lee⟩ is ⟪₂telling⟫ diners at a busy Dover fish bar that “⟦₂The boats come in at dawn.⟧”", []want{indirect, mixed}},
		{"a town and its region set off by commas inside the hearer's phrase before 'that'", "⟨Ann Lee⟩ is ⟪telling⟫ diners at a busy Dover, Kestia, fish bar that “⟦The boats come in at dawn.⟧”", []want{mixed}},
		{"after a participle cue's bare object, 'and' and another participle is the speaker's next act", "⟨Tom Reyes⟩ toured the port, ⟪pledging⟫ ⟦more police⟧ and trying to win over the crowd.", []want{indirect}},
		{"an apposition that closes the sentence after an object is the reporter's, but not a list", "⟨₁Tom Reyes⟩ ⟪₁reiterated⟫ ⟦₁his support for Ann Lee⟧, the party nominee. ⟨₂Jo Park⟩ ⟪₂praised⟫ ⟦₂the harbour tax⟧, a levy that funds the port. ⟨₃Ed Long⟩ ⟪₃praised⟫ ⟦₃Lee, Reyes and Park⟧. ⟨₄Kim Dove⟩ has ⟪₄vowed⟫ ⟦₄to fight to scrap the Dover Act⟧, an old law that bars ferries on Sundays.", []want{indirect, indirect, indirect, indirect}},
		{"an apposition after the object of a verb that makes something known tells what was made known", "⟨₁Tom Reyes⟩ ⟪₁confirmed⟫ ⟦₁the cause, a fault in the engine⟧. ⟨₂Ann Lee⟩ ⟪₂announced⟫ ⟦₂the winner, a baker from Dover⟧. ⟨₃Jo Park⟩ ⟪₃disclosed⟫ ⟦₃the price, a sum of $10 million⟧.", []want{indirect, indirect, indirect}},
		{"a relative clause's statement ends before a main verb in the present or a past like it", `⟨₁Ann Lee⟩, ⸨₁who⸩ ⟪₁announced⟫ ⟦₁a plan last week⟧, plans to run again. ⟨₂Tom Reyes⟩, ⸨₂who⸩ ⟪₂cited⟫ ⟦₂costs as his main issue⟧, cast himself as a reformer.`, []want{indirect, indirect}},
		{"a main clause after a relative one keeps its subject", `⟦Lee's aides, who asked the police for the video, watched it on Thursday⟧, ⟨lawyers for the family⟩ ⟪said⟫.`, []want{indirUnnmd}},
		{"a pronoun and a description speak together", `⟦The coach pulled the sleeve of a parent⟧, ⟨she and another parent⟩ ⟪said⟫.`, []want{indirect}},
		{"a fronted time before a quotation is the reporter's", `When the vote failed, ⟨Lee⟩ ⟪said⟫, “⟦We will try again.⟧”`, []want{direct}},
		{"a verb after and goes on with a statement whose subject has an apposition", "⟨Officials⟩ ⟪say⟫ ⟦Tom Reyes, the baker who ran the old mill in Dover until spring, kept two stalls, a cart license, and was paid by the guild for almost a decade⟧.", []want{indirUnnmd}},
		{"continuing to do something after and goes on with the statement", "⟨Ann Lee⟩ ⟪said⟫ ⟦the guild meant to reopen the stall, and would continue to bake rye for the fair⟧.", []want{indirect}},
		{"a compound noun in -ed is no verb in the words between a cue and its quotation", "⦃Sen.⦄ ⟨Ann Lee⟩, R-Dover, ⟪argued⟫ in an op-ed column ahead of the 2015 Harbour Board vote, “⟦The board never answered our letters about the ferry.⟧”", []want{direct}},
		{"a subject pronoun's clitic is the verb of the clause that a cue after and joins", "⟨₁⟨₂Tom Reyes⟩⟩ ⟪₁said⟫ ⟦₁the ferry was late⟧. ⸨₂He⸩’s weighing the new toll against the old one and ⟪₂says⟫ ⟦₂the council is skipping its own rules⟧.", []want{indirect, indirect}},
		{"in lower case, an as-phrase with no verb before a split attribution is no front of the quotation (its speaker is still the wrong one)", "as ann lee, a professor of law, ⟪put⟫ ⟨it⟩, “⟦the senators will not vote for the toll.⟧”", []want{org(direct)}},
		{"a fronted clause before a quotation that goes on in lower case is the speaker's, a time phrase with no verb the reporter's", "The guild met on Monday. ⟦₁When the new toll starts⟧, ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁added⟫, “⟦₂the bakers will finally pay what the rest of the market pays.⟧” In May, ⟨₃Tom Reyes⟩ ⟪₃said⟫, “⟦₃the era of the free ferry is over.⟧” After the vote, ⟨₄Jo Park⟩ ⟪₄said⟫, “⟦₄we are ready.⟧”", []want{indirect, direct, direct, direct}},
		{"a front before a quotation that opens a sentence is the reporter's", `While she was touring the plant, ⟨Lee⟩ ⟪said⟫, “⟦We will hire more workers.⟧”`, []want{direct}},
		{"a front with a clause before a capitalised quotation is the setting", `Soon after the two firms merged, ⟨Lee⟩ ⟪wrote⟫, “⟦Nobody told us.⟧”`, []want{direct}},
		{"an irregular past makes a clause", `⟨Lee⟩ ⟪notes⟫ ⟦the bakery hid four invoices⟧.`, []want{indirect}},
		{"a remark in an aside with as", `⟦The vote was close⟧, as ⟨Lee⟩ ⟪noted⟫.`, []want{indirect}},
		{"a clause of time right after an act dates it, but a question, a memory or a clause after it may be said", "The win, which Ann Lee conceded when polls closed at ten, was large. Tom Reyes tweeted after the vote ended in Dover. ⟨₁Jo Park⟩ ⟪₁asked⟫ ⟦₁when the ferry would run⟧. ⟨₂Ed Long⟩ ⟪₂recalled⟫ ⟦₂when the pier had a bell⟧. ⟨₃Kim Dale⟩ ⟪₃warned⟫ ⟦₃when the port opened, the town would grow⟧.", []want{indirect, indirect, indirect}},
		{"a request for anonymity after a split or an agreement to speak is no statement", `⟦₁The ferry will stop in May⟧, ⟨₁a harbour official⟩ ⟪₁said⟫, on condition of anonymity because the talks were private. ⟦₂The port is safe⟧, ⟨₂a resident⟩ ⟪₂said⟫, on condition that he not be named. Tom Reyes agreed to speak on the condition that he stay unnamed.`, []want{indirUnnmd, indirUnnmd}},
		{"a participle of the speaker's manner after a split is no statement", `⟦Sales were good this year⟧, ⟨Ann Lee⟩ ⟪said⟫, wiping her brow.`, []want{indirect}},
		{"the reporter's gloss after a split is no statement", `⟦The club is a danger to the pier⟧, ⟨Ann Lee⟩ ⟪said⟫, using a nickname for the club.`, []want{indirect}},
		{"the hearers' response after a split is no statement", `⟦The city will fix the roads this year⟧, ⟨Ann Lee⟩ ⟪said⟫, drawing cheers from the crowd.`, []want{indirect}},
		{"adding to a thing is no saying", `Ann Lee won the primary in Ohio, adding to her run of wins in the Midwest over rival Tom Reyes.`, nil},
		{"a manner after the cue is no statement", `The council responded as if the plan were an insult.`, nil},
		{"as and a speech verb with a companion is a time, not an attribution; with a manner it attributes", "As he joked with his friend at the table, Tom Reyes ate the soup. As ⟨Ann Lee⟩ ⟪said⟫ with a smile, ⟦the soup was cold⟧.", []want{indirect}},
		{"a time with as after the hearer is no statement", `The mayor told aides as she worked on the budget speech.`, nil},
		{"an event in an aside with as is a time", `The hall fell silent, as Lee responded.`, nil},
		{"it as the subject after a weak cue", `⟨Acme⟩ ⟪reported⟫ ⟦it sold $30 billion in goods⟧.`, []want{indirOrg}},
		{"it as the object in a relative clause", `The club took down the note once the member who posted it was warned.`, nil},
		{"a time after the cue is when, not what", "The grant is part of a plan announced earlier this month.\n\nThe mayor proposed just that in 2014.\n\n⟨Ann Lee⟩ ⟪said⟫ ⟦the vote is in May⟧.", []want{indirect}},
		{"finding oneself somewhere is no finding", "The council found itself at the heart of the dispute over the budget.\n\nThe two firms found themselves in a long fight with the union.\n\n⟨The audit⟩ ⟪found⟫ ⟦the city had lost money⟧.", []want{{kind: Indirect, spk: Organization}}},
		{"a thing added is no statement", "The party held its seats while adding rural districts like Kent and Essex.\n\nIn the past two years, the city has added 2,000 new jobs.\n\n⟨Tom Reyes⟩ ⟪added⟫ ⟦the plan would fail⟧.", []want{indirect}},
		{"a form in -s after a plural determiner is a noun", "In all, those repairs come to over $3 million.\n\nThe baker gave many promises he then broke to the buyers of the town.\n\nHow the school handles these questions will settle it.", nil},
		{"advising a client is no advice", "Ann Lee is a pollster who advises the pro-Lee super PAC Voters First.\n\nHe is advising Acme as it works on a $2 billion merger with Bolt.\n\n⟨Tom Reyes⟩ ⟪advised⟫ the council that ⟦the bridge was unsafe⟧.", []want{indirect}},
		{"the thing written may have a possessive in it", "She took a course and wrote a baker's guide to rye.\n\nLee wrote the letter on Monday to the city's legal adviser.\n\n⟨Ann Lee⟩ ⟪wrote⟫ ⟦the city's budget is short⟧.", []want{indirect}},
		{"a stripped title after a work noun is no quote", "The mayor s plan failed, and the city s budget can t cover it.\n\n⟦The family stayed⟧, ⟨Lee⟩ ⟪wrote⟫ in her 2012 book,  A Long Road Home.  So they stayed.", []want{indirect}},
		{"the thing written may have a stripped possessive in it", "She took a course and wrote a baker s guide to rye. The city s budget can t cover the repairs, and the mayor s aides know it.\n\nLee wrote the letter on Monday to the city s legal adviser.", nil},
		{"a short object put to a thing after add is no saying, though a clause follows the thing", "The mayor sacked the clerk, adding weight to a claim that may hurt the council. The panel added the town to the list of places that need roads. ⟨Ann Lee⟩ ⟪added⟫ ⟦the ferry was sold to the town⟧.", []want{indirect}},
		{"a participle after a deed of the name's own leaves the title before the name no statement", "The chief counsel, acting Attorney General, Ann Lee, on Monday sacked the clerk, adding weight to a claim that may hurt the mayor.", nil},
		{"a name set off by commas after someone's business names the business, which he does not stand for", "⦃Estate agent⦄ ⟨Tom Reyes⟩ lost his stall when the owner threw his shop, Dover Goods, out of a unit by the pier. “⟦Rents keep going up⟧,” ⸨he⸩ ⟪said⟫.", []want{direct}},
		{"a form in -s after a lower-case modifier and before are or were is a plural noun, not a cue", "Guards stood at each of the ten sites test questions are kept in. ⟦The court rules were strict⟧, ⟨Ann Lee⟩ ⟪said⟫.", []want{indirect}},
		{"a form in -s ending a verb's object with no article is a plural noun, not a cue", "The cuts might spark angry farmer protests that spread to every valley town. Last May the council adopted strict new rules that limited the power of the mayor. ⟨The drafting committee⟩ ⟪suggests⟫ that ⟦the port must close⟧.", []want{indirOrg}},
		{"the thing written is no statement", `Lee wrote a letter to the mayor. The bulk comes from donors writing checks of $2,700. Reyes conceded the race in a call. The sanctions add three officials to a blacklist.`, nil},
		{"a document seen by someone speaks itself", `⟦The port would close at night⟧, ⟪according to⟫ ⟨a draft memo⟩ seen by the Kestia Post.`, []want{indirOrg}},
		{"a time before a clause with no that", `⟨The Harbour Council⟩ ⟪said⟫ on Thursday ⟦cheap and frequent ferries should be part of the new port plan⟧.`, []want{indirOrg}},
		{"a clause after but is no aside on a subject", `It's early. ⟦Many buyers grumble, but many buyers also save from the deals⟧, ⟪said⟫ ⟨Will Van⟩, 52, who runs a bakery stall.`, []want{indirect}},
		{"a time with its article between subject and verb", `⟨The electoral tribunal⟩ at the weekend ⟪said⟫ ⟦the count was fair⟧.`, []want{indirOrg}},
		{"a time before a noun is no setting of the verb", `Heading to the next stall, ⟨Park⟩ talked about her days at college with Lee, and ⟪said⟫ ⟦the flood had altered both their plans⟧.`, []want{indirect}},
		{"a title with a prefix", `⟨Jo Park⟩, ⦃co-leader of the Bakers Guild⦄, ⟪told⟫ Wirex ⟦the guild must vote⟧.`, []want{indirect}},
		{"I will say inside a stripped statement is the speaker going on, not a report by I", "DOVER (Reuters) - ⟨₁Tom Reyes⟩ ⟪₁told⟫ reporters:  ⟦₁We will naturally respect the electors  wishes, the Greens are a party in the chamber today...⟧ But I will say quite clearly that if there is rudeness here, we will fight it.  ⟨₂Ann Lee⟩ ⟪₂said⟫ ⟦₂the vote was fair⟧.", []want{unmarked, indirect}},
		{"the company or the group stands for the body that was the subject just before, not for one named only as an object", "⟨₁⟨₂Acme Corp⟩⟩ ⟪₁said⟫ on Monday ⟦₁it would cut 300 jobs⟧. ⸨₂The company⸩ ⟪₂said⟫ ⟦₂the plant would close in June⟧. Wirex bought Bell Ltd in May. ⟨₃The firm⟩ ⟪₃said⟫ ⟦₃sales were strong⟧.", []want{indirOrg, indirOrg, indirOrg}},
		{"a number before a time in the subject introduces no one, and other plurals of the head between stop the link", "⟦₁The port was shut⟧, ⟨₁two years ago officials⟩ ⟪₁said⟫. ⟦₂Ships had left⟧, ⟨₂the officials⟩ ⟪₂added⟫. ⟦₃The talks failed⟧, ⟨₃three diplomats⟩ ⟪₃said⟫. ⟦₄The mood was bad⟧, ⟨₄many diplomats⟩ ⟪₄said⟫. ⟦₅No date was set⟧, ⟨₅the diplomats⟩ ⟪₅added⟫. ⟦₆The port is shut⟧, ⟨₆⟨₈two officials⟩⟩ ⟪₆said⟫. ⟦₇It may open in May⟧, ⟨₇both officials⟩ ⟪₇said⟫. ⟦₈No ship has left⟧, ⸨₈the officials⸩ ⟪₈added⟫.", []want{indirUnnmd, indirUnnmd, indirUnnmd, indirUnnmd, indirUnnmd, indirUnnmd, indirUnnmd, indirUnnmd}},
		{"a form in -s after a participle and an adverb is the main verb, and says is never a plural noun", "The board met. ⟨₁A survey⟩ conducted online ⟪₁shows⟫ ⟦₁most riders are unhappy⟧. He disputed figures ⟨₂the ministry⟩ ⟪₂says⟫ ⟦₂are false⟧.", []want{indirOrg, indirOrg}},
		{"a name apposed to someone's business is a person's when a title or a verb follows it", "⟦Reyes will sell his company⟧, ⟨Ann Lee⟩, ⦃a spokeswoman for Acme⦄, ⟪said⟫ on Monday.", []want{indirect}},
		{"a word in capitals only where it opens a sentence is no body that outranks the one it's statement names", "Rain fell on Monday. ⟦⟨Acme Corp⟩ must cut jobs⟧, ⸨it⸩ ⟪said⟫.", []want{indirOrg}},
		{"a plural after a name does not keep it from being it's only antecedent", "⟨Acme Corp⟩ shares fell 5 percent on Monday. ⸨It⸩ ⟪said⟫ ⟦sales were weak⟧.", []want{indirOrg}},
		{"the leader is no president where the text used the noun or its verb of someone else", "President Ann Lee met Tom Reyes, who leads the rebels. ⟨The leader⟩ ⟪said⟫ ⟦the talks failed⟧.", []want{indirUnnmd}},
		{"the group is neither the body before a rights group that opens a sentence nor before a new union", "⟨₁Harbour Watch⟩ ⟪₁said⟫ ⟦₁the port was unsafe⟧. A rights group disagreed. ⟨₂The group⟩ ⟪₂said⟫ ⟦₂the port was safe⟧. Acme Corp cut jobs. The workers formed a union. ⟨₃The group⟩ ⟪₃said⟫ ⟦₃it would strike⟧.", []want{indirOrg, indirOrg, indirOrg}},
		{"a word of the first person in a heading's title case keeps a name line that names its person again a heading", "Ideas from the fair.\n\nThe fair opens on Monday.\n\n⟨Tom Reyes⟩: Our Port, Our Future Last year, ⸨Tom Reyes⸩ ⟪proposed⟫ ⟦a new fee for the ferry⟧.", []want{indirect}},
		{"a source's mention counts as the latest of a role's holder, an object's does not", "⦃₂⦃₃Kestian President⦄⦄ ⟨₂⟨₃Tom Reyes⟩⟩ met ⦃₁Norvian President⦄ ⟨₁Ann Lee⟩ on Monday. She met Reyes last year. ⸨₁Lee⸩ ⟪₁said⟫ ⟦₁the talks went well⟧. ⟦₂The port will reopen⟧, ⟪₂according to⟫ ⸨₂Reyes⸩. ⸨₃The president⸩ ⟪₃said⟫ ⟦₃the talks would go on⟧.", []want{indirect, indirect, indirect}},
		{"two names in capitals before a body noun name the body though the last ends like a people's word", "⟨Harbour Union news agency⟩ reported the fire on Monday. ⸨The agency⸩ ⟪said⟫ ⟦ten ships burned⟧.", []want{indirOrg}},
		{"a name apposed to someone's business stays a body before an article and a plain noun", "⟦He founded his company, Elm Marine, the biggest yard in Dover, in 1990⟧, ⟨he⟩ ⟪said⟫.", []want{indirect}},
		{"a lede's role is not the person the next sentence names with an apposition of another role", "DOVER (Wire) - ⟨₁Kestia's president⟩ ⟪₁said⟫ on Monday ⟦₁the port would close⟧. ⟨₂Tom Reyes⟩, ⦃₂the president of the fishermen's union⦄, ⟪₂said⟫ ⟦₂the move was a mistake⟧.", []want{unnamed(indirect), indirect}},
		{"leading and leadership are no uses of the leader's noun", "⦃President⦄ ⟨Ann Lee⟩, leading a delegation to Dover, met Tom Reyes. ⸨The leader⸩ ⟪said⟫ ⟦the talks went well⟧.", []want{indirect}},
		{"a body that the named body's own sentence brings in does not stop the company from meaning it", "⟨₁⟨₂Acme Corp⟩⟩, which bought an engineering firm last year, ⟪₁said⟫ ⟦₁profits fell⟧. ⸨₂The company⸩ ⟪₂said⟫ ⟦₂it would hire⟧.", []want{indirOrg, indirOrg}},
		{"two stripped dashes around a participle's aside do not end the statement", "⟨Ann Lee⟩ ⟪said⟫ ⟦the plan   warning of delays   would cost more⟧.", []want{indirect}},
		{"a mention after of is no latest mention of a role's holder", "Kestian President Tom Reyes met ⦃₂Norvian President⦄ ⟨₂Ann Lee⟩ on Monday. ⟨₁Critics of Reyes⟩ ⟪₁said⟫ ⟦₁the port would close⟧. ⸨₂The president⸩ ⟪₂said⟫ ⟦₂the talks went well⟧.", []want{unnamed(indirect), indirect}},
		{"a stripped dash before a participle ends the statement after an aside closed before it", "⟨₁⟨₂Ann Lee⟩⟩ ⟪₁said⟫ ⟦₁the port   the busiest in Kestia   was safe⟧   ⟪₂adding⟫ that ⟦₂fees would rise⟧.", []want{indirect, indirect}},
		{"a name apposed to someone's business is a person's when a speech verb follows the apposition", "⟦She will sell her company⟧, ⟨Ann Lee⟩, a mother of three, ⟪said⟫ on Monday.", []want{indirect}},
		{"a lede's role is the person the next sentence names first after an age or a clause", "DOVER (Wire) - ⸨₁⦃₁Kestia's prime minister⦄⸩ ⟪₁said⟫ on Monday ⟦₁he would resign⟧. ⟨Tom Reyes⟩, 62, ⟪₂said⟫ ⟦₂the navy would guard it⟧.", []want{indirect, indirect}},
		{"half before a time is no share that opens the statement", "⟨Ann Lee⟩ ⟪said⟫ just half an hour before the vote that ⟦she would quit⟧.", []want{indirect}},
		{"a body introduced with a in a later main clause stops the group from meaning the body named before", "⟨Acme Corp⟩ ⟪₁said⟫ ⟦₁profits fell⟧, and workers formed a union. ⟨₂The group⟩ ⟪₂said⟫ ⟦₂it would strike⟧.", []want{indirOrg, indirOrg}},
		{"a people's word after an article is the subject of a speech verb in the past", "A ⟨Kestian⟩ ⟪said⟫ on Monday ⟦he saw the ship sink⟧.", []want{indirect}},
		{"a lede's role is not the person the next sentence names with a clause after the name", "DOVER (Wire) - ⟨₁Kestia's finance minister⟩ ⟪₁said⟫ on Monday ⟦₁taxes would rise⟧. ⟨₂Tom Reyes⟩, who runs a shop in Dover, ⟪₂said⟫ ⟦₂that was unfair⟧.", []want{unnamed(indirect), indirect}},
		{"a verb joined by and after a clause opened by as goes with the main clause's subject", "⟨Ann Lee⟩ stood up as Tom Reyes entered the room and ⟪said⟫ ⟦she would resign⟧.", []want{indirect}},
		{"a plural description introduced with a number is what the plural definite description names, unless bare plurals of that head spoke between", "⟦₁The talks had stalled⟧, ⟨three Kestian diplomats⟩ ⟪₁said⟫ on Monday. ⟦₂A new round is unlikely before June⟧, ⸨₂the diplomats⸩ ⟪₂added⟫. ⟦₃The port was shut⟧, ⟨₃two Norvian officials⟩ ⟪₃said⟫. ⟦₄The ferries had left⟧, ⟨₄officials⟩ ⟪₄said⟫. ⟦₅The ships were gone⟧, ⟨₅the officials⟩ ⟪₅added⟫.", []want{indirUnnmd, indirUnnmd, indirUnnmd, indirUnnmd, indirUnnmd}},
		{"a definite description of an unnamed person, and its pronoun, take the description that introduced the person", "DOVER (Reuters) - ⟦₁Crews pulled two men from the harbour⟧, ⟨a coastguard spokeswoman⟩ ⟪₁said⟫. ⟦₂The men came from a fishing boat⟧, ⸨₂the spokeswoman⸩ ⟪₂said⟫. ⟦₃The sea was rough⟧, ⸨₃she⸩ ⟪₃said⟫. ⟦₄A second boat sank⟧, ⟨₄a police spokeswoman⟩ ⟪₄said⟫. ⟦₅Both crews swam ashore⟧, ⸨₅the coastguard spokeswoman⸩ ⟪₅said⟫.", []want{indirUnnmd, indirUnnmd, indirUnnmd, indirUnnmd, indirUnnmd}},
		{"a style of rank after a role is no part of the title", "DOVER (Reuters) - ⟦₁The port must stay open⟧, ⦃₁former Kestian navy chief⦄ Prince ⟨₁Tom Reyes⟩ ⟪₁said⟫. ⦃₂General⦄ Sir ⟨₂Ed Long⟩ ⟪₂said⟫ ⟦₂the quay was safe⟧. ⦃₃Kestian Crown Prince⦄ ⟨₃Jo Park⟩ ⟪₃said⟫ ⟦₃the ferry would run⟧.", []want{indirect, indirect, indirect}},
		{"a role of a body with its article in apposition before a name", "DOVER (Reuters) - ⦃₁The head of the Harbour Council s port board⦄, ⟨₁Ann Lee⟩, ⟪₁said⟫ ⟦₁the port would close⟧. The council named ⦃₂a new head of the coast guard⦄, ⟨₂Tom Reyes⟩. ⸨₂Reyes⸩ ⟪₂said⟫ ⟦₂the sea was rough⟧. Meeting Kestian Prime Minister Ed Long at the council s harbour compound in Dover, ⟨₃Jo Park⟩ ⟪₃said⟫ ⟦₃the ferry would run⟧.", []want{indirect, indirect, indirect}},
		{"a role after a name may open with a noun and end before a relative clause on its body", "DOVER (Reuters) - The port will close. ⟨₁Tom Reyes⟩, ⦃₁information adviser to Kestian Prime Minister Jo Park⦄, ⟪₁said⟫ ⟦₁the ferry would run⟧. ⟨₂Ed Long⟩, ⦃₂chairman of the Harbour Commission⦄ that drew up the report, ⟪₂said⟫ ⟦₂the quay was safe⟧.", []want{indirect, indirect}},
		{"a possessor before a title opens the subject a she goes on with", "DOVER (Reuters) - The bridge fell. ⦃₁Kestian Secretary-General⦄ ⟨₁Tom Reyes⟩ ⟪₁said⟫ ⟦₁the bridge must be rebuilt⟧. ⦃Dover s Transport Minister⦄ ⟨Ann Lee⟩ ⟪₂tweeted⟫ that ⟦₂she was alarmed by the long delay⟧. “⟦₃Ferries cannot carry every lorry⟧,” ⸨₃she⸩ ⟪₃said⟫.", []want{indirect, indirect, direct}},
		{"a name set off by commas after a description that ends in a place is its speaker", "DOVER (Reuters) - The port closed. ⸨The deputy harbour commander in Dover⸩, ⦃Colonel⦄ ⟨Tom Reyes⟩, ⟪said⟫ ⟦the boats left at night⟧.", []want{indirect}},
		{"the and a body noun take a body named before whose name has that noun before of", "DOVER (Reuters) - ⟨The Ministry of Ports⟩ met on Monday. ⸨₁The ministry⸩ ⟪₁said⟫ ⟦₁the port would close⟧. ⟦₂The boats left at night⟧, ⸨₂the ministry⸩ ⟪₂added⟫.", []want{indirOrg, indirOrg}},
		{"the and a body noun take no people's word before a noun that says what kind the body is", "The port will reopen. On Monday, ⟨₁Kestian news agency reports⟩ ⟪₁said⟫ ⟦₁the port would close⟧. ⟨₂The agency⟩ ⟪₂said⟫ ⟦₂fares would fall⟧.", []want{indirOrg, indirOrg}},
		{"a speech verb in -ed after a preposition, an article and an adverb in -ly is an adjective; after a noun in -ly it stays a verb", "Kestia has held the islands since they joined it after a widely criticized vote in 1990. The port closed after ⟨the rally⟩ ⟪denounced⟫ ⟦Harbour fees⟧. Nothing else happened.", []want{indirUnnmd}},
		{"a verb joined by and in a relative clause opened by that speaks for the body before that", "The prize went to Ann Lee, chosen by ⟨a harbour panel⟩ ⸨that⸩ praised her work on the ferries and ⟪said⟫ ⟦the port was safer for it⟧. Nothing else happened.", []want{indirOrg}},
		{"a body noun named again far on goes back through its last use with the same words", "DOVER (Reuters) - The fares were reviewed by ⟨₁⟨₂the Harbour Council⟩⟩, a body that rules on ferry disputes. ⸨₁The council⸩ ⟪₁said⟫ ⟦₁the fares were too high for the families who live on the small islands⟧. The first ferry left the quay at noon, and the sea stayed calm for most of the long day. Two boats came back late in the evening, and their crews went home to rest before the next run. The old pier was painted blue last spring, and the gulls still sit on its rails all morning. A small shop near the gate sells tea and bread to those who wait for the boats to come in. Most of the drivers park their vans on the hill above the town and walk down to the water. On clear days the far coast can be seen from the top of the lighthouse steps near the cafe. ⸨₂The council⸩ ⟪₂said⟫ ⟦₂the ferries must run on time⟧.", []want{indirOrg, indirOrg}},
		{"the and a body noun take a name before a noun in lower case that says what kind the body is", "DOVER (Reuters) - ⟦₁The ferry was sold to a Dover firm⟧, ⟨₁⟨₂Wirex news agency⟩⟩ ⟪₁reported⟫. ⟦₂The owner had filed two complaints⟧, ⸨₂the agency⸩ ⟪₂said⟫. The harbour guards were told to leave by ⟨₃the Kestian military coalition⟩. ⸨₃The coalition⸩ ⟪₃said⟫ ⟦₃it had closed the port⟧.", []want{indirOrg, indirOrg, indirOrg}},
		{"the and a body noun take the fuller description of the body that spoke before", "DOVER (Reuters) - ⟦₁The port will close on Monday⟧, ⟨the Kestian defence ministry⟩ ⟪₁said⟫. ⟦₂The boats left at night⟧, ⸨₂the ministry⸩ ⟪₂said⟫. ⟦₃The ferry stays⟧, ⸨₃the ministry⸩ ⟪₃added⟫.", []want{indirOrg, indirOrg, indirOrg}},
		{"a he or she in a clause of a sentence about someone new described is that person, not a name before", "DOVER (Reuters) - Ann Lee is loved by many. Lee was a harsh mayor. In January, ⟨a teacher in north Dover⟩ was sacked after fans protested a post in which ⸨she⸩ ⟪said⟫ ⟦Lee was to blame for the floods⟧.", []want{indirUnnmd}},
		{"occupations before a name are titles: sculptor, singer, swimmer, politician, parliamentarian, painter", "DOVER (Reuters) - The statue was moved. “⟦₁We will fix this⟧,” ⦃₁sculptor⦄ ⟨₁Ann Lee⟩ ⟪₁said⟫. ⦃₂Veteran parliamentarian⦄ ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂the law was wrong⟧. ⦃₃Kestian politician⦄ ⟨₃Jo Park⟩ ⟪₃said⟫ ⟦₃the vote was fair⟧.", []want{direct, indirect, indirect}},
		{"a role in capitals with its noun in lower case that opens its clause is in apposition before a name", "DOVER (Reuters) - The port closed. ⦃₁Kestian harbour coordinator for Dover⦄, ⟨₁Jo Park⟩, arrived on Monday. ⸨₁Park⸩ ⟪₁said⟫ ⟦₁lives were at risk⟧. As minister, ⟨₂Ann Lee⟩ ⟪₂said⟫ ⟦₂the port was safe⟧.", []want{indirect, indirect}},
		{"unnamed people after according to take the phrase that says where they are or what they know", "DOVER (Reuters) - ⟦₁Water was scarce⟧, ⟪₁according to⟫ ⟨₁residents inside the compound⟩. ⟦₂The pact is close⟧, ⟪₂according to⟫ ⟨₂three people with direct knowledge of the bargaining⟩. ⟦₃The bus ran⟧, ⟪₃according to⟫ ⟨₃officials⟩ in June.", []want{indirUnnmd, indirUnnmd, indirUnnmd}},
		{"the forum is the body named with that noun before its initials", "DOVER (Reuters) - The quay shut. ⟨Harbour Aid Forum⟩ (HAF), which speaks for 40 charities, ⟪₁said⟫ ⟦₁the council had refused its permits⟧. ⟦₂No grounds for the refusals were offered⟧, ⸨₂the forum⸩ ⟪₂said⟫.", []want{indirOrg, indirOrg}},
		{"names listed after a name's comma are no title of it", "DOVER (Reuters) - ⟦₁Pilgrims struggled to reach shrines in ⟨₂North Kestia⟩, Elmland or the KIU⟧, ⟨₁the report⟩ ⟪₁said⟫. ⸨₂North Kestia⸩ has since ⟪₂said⟫ ⟦₂it would open its border posts⟧.", []want{indirOrg, indirOrg}},
		{"occupations in apposition are titles: accountant, farmer, fisherman, shopkeeper, mechanic, carpenter", "DOVER (Reuters) - The port closed. ⟨₁Ann Lee⟩, ⦃₁a farmer⦄, ⟪₁said⟫ ⟦₁the harbour was empty⟧. ⟨₂Tom Reyes⟩, ⦃₂35-year-old accountant⦄, has ⟪₂accused⟫ ⟦₂the mayor of lying⟧.", []want{indirect, indirect}},
		{"a name ending the statement is no apposition of the subject", `⟦The men came from a boat bound for Europe⟧, ⟨the spokeswoman⟩ ⟪said⟫.`, []want{indirUnnmd}},
		{"a body after a possessive speaks itself", `⟦There are 42 bids to open new bakeries⟧, ⟪according to⟫ ⟨Norvia's main port authority⟩.`, []want{indirOrg}},
		{"a sea is no antecedent of she", `⟦Ferries crossing the channel between the Norvia Ocean and the Kestia Sea are late⟧, ⟨she⟩ ⟪said⟫.`, []want{indirect}},
		{"a time after a trailing attribution leaves it the statement before", "\"⟦₁We are ready⟧,\" ⟨₁Tom Reyes⟩ ⟪₁said⟫.\n\n⟦₂About 300 people have left the island⟧, ⟨₂the harbor authorities⟩ ⟪₂said⟫ earlier this week.", []want{direct, unnamed(indirect)}},
		{"he's before a past participle is has, not is", "⟨Ann Lee⟩ ran the port for years.\n\n⸨She⸩'s ⟪said⟫ ⟦the ferry will run until May⟧. Her deputy is away, and he's said to be ill.", []want{indirect}},
		{"a medium's name opening the sentence speaks before its verb", "The account had posted threats for a week.\n\n⟨Twitter⟩ ⟪said⟫ on Monday ⟦it had closed the account⟧.", []want{indirOrg}},
		{"a share in figures is the antecedent of who", "Most riders back the plan, including ⟨₁12%⟩ ⸨₁who⸩ ⟪₁say⟫ ⟦₁the ferry should run at night⟧, compared with ⟨₂three in 10⟩ ⸨₂who⸩ ⟪₂said⟫ ⟦₂it should stop⟧.", []want{unnamed(indirect), unnamed(indirect)}},
		{"a count opens a clause after a cue", "⟨₁Residents⟩ ⟪₁said⟫ ⟦₁at least four stalls were damaged⟧. ⟨₂The Herald⟩ ⟪₂reported⟫ ⟦₂six boats had sunk⟧, and ⟨₃the Gazette⟩ ⟪₃reports⟫ ⟦₃the port's main pier was lost⟧. The storm claimed at least 40 lives.", []want{unnamed(indirect), indirOrg, indirOrg}},
		{"a count after a cue keeps the words that lead up to it", "⟨₁The agency⟩ ⟪₁said⟫ ⟦₁up to 300 homes were flooded⟧ and ⟨₂Reyes⟩ ⟪₂said⟫ ⟦₂nearly 40 people were hurt⟧. All told, over 2,000 people were moved.", []want{indirOrg, indirect}},
		{"a possessor before the speaker's name ends the statement before it", "\"⟦₁We are ready⟧,\" ⟨₁Tom Reyes⟩ ⟪₁said⟫.\n\n⟦₂The talks are stuck over money⟧, the union’s ⟨₂Ann Lee⟩ ⟪₂said⟫.", []want{direct, indirect}},
		{"two groups after a statement speak together", "\"⟦₁We are ready⟧,\" ⟨₁Tom Reyes⟩ ⟪₁said⟫.\n\n⟦₂Two people were hurt in the blast⟧, ⟨₂hospital staff and residents⟩ ⟪₂said⟫. Given the storm, ⟨₃some pilots and sailors⟩ ⟪₃say⟫ ⟦₃the port should close⟧.", []want{direct, unnamed(indirect), unnamed(indirect)}},
		{"media speak as a body, and a range is a count", "\"⟦₁We are ready⟧,\" ⟨₁Tom Reyes⟩ ⟪₁said⟫.\n\n⟦₂The drills were part of a joint exercise⟧, ⟨₂state media in Riverton⟩ ⟪₂said⟫. ⟨₃Organizers⟩ ⟪₃said⟫ ⟦₃between 500 and 800 people came⟧.", []want{direct, indirOrg, unnamed(indirect)}},
		{"an aside with a role and its phrase, or with where, between subject and verb", "⟨₁Tom Reyes⟩, ⦃₁undersecretary of ports at the ministry⦄, ⟪₁said⟫ ⟦₁the ferry would run⟧. ⟨₂Norvia⟩, where Lee once studied, ⟪₂said⟫ ⟦₂Kestia was a safe harbour⟧.", []want{indirect, indirect}},
		{"a firm named after what it is keeps its relative clause", "Dutch shipbuilder ⟨Acme Marine⟩, which has two yards in the city, ⟪said⟫ ⟦it was watching the vote⟧.", []want{indirOrg}},
		{"the article of the speaker's name or title ends the statement before it", "\"⟦₁We are ready⟧,\" ⟨₁Tom Reyes⟩ ⟪₁said⟫.\n\n⟦₂The talks failed on Monday⟧, the ⦃₂union’s chief negotiator⦄ ⟨₂Ann Lee⟩ ⟪₂said⟫. ⟦₃Four sailors are missing⟧, ⟨₃the IOM⟩ ⟪₃said⟫ on Tuesday. Canada, Peru, the United States and Chile have sent ships.", []want{direct, indirect, indirOrg}},
		{"an adjective in -ed after the article inside a subject", "At the hearing, ⟨the suspected arms smuggler⟩ ⟪said⟫ ⟦he had warned the port⟧.", []want{unnamed(indirect)}},
		{"a time with this before a clause with no that", `⟨Ed Long⟩ ⟪said⟫ earlier this month ⟦every oven in the bakery is full⟧.`, []want{indirect}},
		{"a lone space after a one-line text's last stop closes no quote", "The school s figures show it.  ⟦It will take 9 weeks for the roof to be mended⟧, ⟨₁Lee⟩ ⟪₁said⟫   leaving many pupils in spare rooms as they wait for news. ⦃₂Minister⦄ ⟨₂Ann Reyes⟩ ⟪₂said⟫ on Monday ⟦the state has no plans to build a new school⟧. ", []want{indirect, indirect}},
		{"quoted as saying, with who quoted between", "The school opens on Friday. ⦃Harbour Council spokeswoman⦄ ⟨Ann Lee⟩ was quoted by the Wirex school paper as ⟪saying⟫ on Tuesday that ⟦the new classrooms were ready⟧.", []want{indirect}},
		{"cited as saying by someone after a stripped quote", "The market was shut on Friday.   ⟦What we saw today was unfair. Closing the market hurts every trader in town⟧,  ⦃guild leader⦄ ⟨Tom Reyes⟩ had been cited as ⟪saying⟫ by the Harbour Ledger newspaper. The town did not comment.", []want{unmarked}},
		{"quoted someone as saying", `"⟦₁The mayor lacks grooming⟧," the paper quoted ⟨₁the youth wing⟩ as ⟪₁saying⟫. The agency quoted ⟨₂Ann Lee⟩, ⦃₂the deputy minister⦄, as ⟪₂saying⟫ ⟦₂the talks would resume⟧.`, []want{unnamed(direct), indirect}},
		{"a surname with its article in lower case", `A navy spokesman, ⦃Colonel⦄ ⟨Omar al-Nasser⟩, ⟪said⟫ on Monday that ⟦the ships would sail at dawn⟧.`, []want{indirect}},
		{"when asked after the hearer is the reporter's", `Reyes told reporters when asked about the race. Lee spoke to the council while campaigning.`, nil},
		{"when asked before a colon", `⟨Lee⟩ told the board when asked about the leak: "⟦The roof is being fixed by a local firm.⟧"`, []want{direct}},
		{"referring to after a stripped quote that only the recovery finds", "The port can t stay open.  ⟦₁What else could go wrong?⟧  ⟪₁said⟫ ⦃strategist⦄ ⟨Ann Lee⟩, ⟪₂referring to⟫ ⟦₂the harbour tax⟧.", []want{unmarked, indirect}},
		{"a dash stripped to spaces before the reporter's aside ends the statement", "⟦₁The port can t stay open⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫.  ⟦₂We won t pay for it⟧,  ⟪₂added⟫ ⟨₂Jo Lin⟩. ⟨₃Ann Lee⟩ ⟪₃said⟫ ⟦₃the port will close in May⟧   a move few in Dover expected. ⟨₄Jo Park⟩ ⟪₄said⟫ ⟦₄the tax was fair⟧   even though she voted against it last year.", []want{unmarked, unmarked, indirect, indirect}},
		{"an aside that two dashes stripped to spaces set off goes on with the statement", "⟦₁The port can t stay open⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫.  ⟦₂We won t pay for it⟧,  ⟪₂added⟫ ⟨₂Jo Lin⟩. ⟨₃Ann Lee⟩ ⟪₃said⟫ ⟦₃the plan is not a formal deal   a paper the council asked for   and that it could change⟧.", []want{unmarked, unmarked, indirect}},
		{"the sentence after an attribution that leads into a stripped quote closing it carries the speaker", "⟦₁The port can t stay open⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫.\n\n⟦₂This makes it hard to fix the roads⟧, ⟨Ann Lee⟩ ⟪₂said⟫. ⟦₃Good roads can still win votes, but only when  the money is there⟧. \n\nThe vote is on Monday.", []want{unmarked, indirect, {kind: Mixed}}},
		{"a name's stripped apostrophe in the sentence after an attribution opens no quote", "⟦₁The port can t stay open⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫.\n\n⟦₂This makes it hard to fix the roads⟧, ⟨₂Ann Lee⟩ ⟪₂said⟫. The roads were raised as part of the Harbour Lines  plan for the town. \n\nThe vote is on Monday.", []want{unmarked, indirect}},
		{"an attribution after a stripped mark that closes a quote in reported speech takes the statement", "⟦₁The port can t stay open⟧,  ⟨₁Ann Lee⟩ ⟪₁said⟫.\n\nTom Reyes owns a boat.\n\nReyes said at a dinner that ⟦₂he was  very happy with the plan⟧,  ⟨₂the Dover Post⟩ ⟪₂reported⟫. \n\nThe vote is on Monday.", []want{unmarked, {kind: Mixed, spk: Organization}}},
		{"a front that dates the attribution with a time and a subordinator is no stripped quote", "⟦₁The port can t stay open⟧,  ⟨₁Ann Lee⟩ ⟪₁said⟫.\n\nTwo days after the board met the press, and just after a flood in Dover, ⟨₂Reyes⟩ ⟪₂proposed⟫ ⟦₂barring all bikes from the riverside path⟧. Shortly after the board met in Dover, ⟨₃Jo Park⟩ ⟪₃proposed⟫ ⟦₃barring all cars from the bridge⟧.", []want{unmarked, indirect, indirect}},
		{"a speech verb in a relative clause closes no stripped quote before it", "⟦₁The port can t stay open⟧,  ⟨Ann Lee⟩ ⟪₁said⟫.  ⟦₂We won t pay.⟧ \n\nFans are watching a young boxer, Tom Reyes, spar with ⟨₃Jo Park⟩, ⦃₃a veteran coach at Dover Gym⦄ ⸨₃who⸩ ⟪₃questioned⟫ ⟦₃his footwork in a sparring match⟧.", []want{unmarked, unmarked, indirect}},
		{"the narrator's own attribution closes a stripped quote on its line", "The port can t stay open.\n\nThat night I spoke to the board.  ⟦₁This is a big win for me⟧,  ⟨₁I⟩ ⟪₁said⟫. And the vote went well. ⟨₂Ann Lee⟩ was surprised.  ⟦₂Only you, Tom⟧,  ⸨₂she⸩ ⟪₂said⟫. \n\nThe vote is in May.\n", []want{unmarked, unmarked}},
		{"a name's letters split by a stripped apostrophe hold a noun before the rest of the name", "⟦₁The port can t stay open⟧,  ⟨Ann Lee⟩ ⟪₁said⟫.  ⟦₂We won t pay.⟧ \n\n⦃₃Harbour rights chief⦄ ⟨₃Omar Sa ad al-Nasser⟩ ⟪₃said⟫ ⟦₃the vote was fair⟧.", []want{unmarked, unmarked, indirect}},
		{"a name's letters split by a stripped apostrophe count as one word after an office", "⟦₁The port can t stay open⟧,  ⟨Ann Lee⟩ ⟪₁said⟫.  ⟦₂We won t pay.⟧ \n\nThe ⦃₃High Commissioner for Harbour Safety Omar⦄ ⟨₃Sa ad al-Nasser⟩ ⟪₃said⟫ ⟦₃the vote was late⟧.", []want{unmarked, unmarked, indirect}},
		{"an aside set off by dashes stripped to spaces between a subject and its cue", "⟦₁The port can t stay open⟧,  ⟨Ann Lee⟩ ⟪₁said⟫.  ⟦₂We won t pay.⟧ \n\nContacted by email on Friday, ⟨₃Tom Reyes⟩   who is named as a dentist in Dover but doesn t see patients   ⟪₃told⟫ the Ledger ⟦₃he will not run again⟧.\n\nThe vote is in May.\n", []want{unmarked, unmarked, indirect}},
		{"an aside set off by dashes stripped to spaces before a speech verb where marks too leave three spaces", "The guild met on Monday.  ⟦₁We will not close⟧,   ⟪₁said⟫ ⟨₁Ann Lee⟩.  ⟦₂It is late⟧,   ⟪₂said⟫ ⟨₂Tom Reyes⟩. ⟨₃The council⟩   the one that ran the ferries until the storm   ⟪₃said⟫ ⟦₃the boats would return in May⟧.", []want{unmarked, unmarked, indirOrg}},
		{"a stripped mark after a comma that closes a title in marks in the attribution sets off an apposition, no quote resumed", "The harbour guild met in Dover on Monday to pick a new head.\n\nBut the vote, which long favoured old members, may now be going the other way.\n\n  ⟦₁The quay was loud for years, and it is louder still today, so a guild head who wants calm will be let down⟧,   ⟪₁said⟫ ⟨₁⟨₂Jo Park⟩⟩, ⦃₁⦃₂the author of   Harbour Tales⦄⦄,   a history of the port.\n\n  ⟦₂Old habits count for little in this race.⟧  \n\n⟨₃Tom Reyes⟩, who ran the guild for ten years, ⟪₃said⟫ ⟦₃he would not stand again⟧.\n", []want{unmarked, unmarked, indirect}},
		{"an attribution after the stripped mark that closes a quote after a cue speaks it", "⟦₁The port can t stay open⟧,  ⟨Ann Lee⟩ ⟪₁said⟫.  ⟦₂We won t pay.⟧ \n\nIf the mill kept dumping waste   as many suspect, but Wirex firmly denies    ⟦₃why wouldn t the town test the river?⟧  ⟪₃asked⟫ ⟨₃Jo Dunn⟩, ⦃₃a partner at a firm in Dover⦄.\n\nThe vote is in May.\n", []want{unmarked, unmarked, unmarked}},
		{"the issuer of a document whose participle opens a stripped quote stands before an aside", "⟦₁The port can t stay open⟧,  ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁said⟫.  ⟦₂We won t pay.⟧ \n\n⟨₃⟨₄Tom Reyes⟩⟩, ⸨₃⸨₄who⸩⸩ ⟪₃said⟫ last month that ⟦₃the referee in the final was wrong⟧, issued a statement Friday ⟪₄saying⟫,  ⟦₄I accept the referee made an honest call.⟧ \n\nThe vote is in May.\n", []want{unmarked, unmarked, indirect, unmarked}},
		{"two stripped quotes joined by the reporter's and are one mixed statement", "⟦₁The port can t stay open⟧,  ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁said⟫.  ⟦₂We won t pay.⟧ \n\n⟨₃The crowd⟩ ⟪₃chanted⟫ at the coach,  ⟦₃Play the kids,  and  Sack the coach⟧.  And Lee left before the season ended.\n\n⟨₄Reyes⟩ took a gamble, ⟪₄telling⟫ the stands,  ⟦₄I m a fan just like you, friends,  and,  Who here hasn t shouted at the referee? Nobody⟧.  But it worked.\n\nThe vote is in May.\n", []want{unmarked, unmarked, {kind: Mixed, spk: Unnamed}, {kind: Mixed}}},
		{"a name the speaker says in stripped text is no antecedent", "The ferry s timetable can t change.  ⟦₁But we take the plan of Ed Long and Jo Park as final⟧,  ⟨he⟩ ⟪₁added⟫, ⟪₂referring to⟫ ⟦₂both port s masters⟧.", []want{{kind: Direct}, indirect}},
		{"manner adverb after the cue of a question", `“⟦Is the bread still warm?⟧” ⟨Ann Lee⟩, ⦃a retired worker⦄, ⟪said⟫ quietly into the radio.`, []want{direct}},
		{"relative pronoun after an apposition is the name's", `“⟦₁Who reads the papers?⟧” ⟪₁said⟫ ⟨Bob Miller⟩, ⦃a state delegate and party supporter⦄ ⸨₂who⸩ has ⟪₂criticized⟫ ⟦₂rival campaigns⟧.`, []want{direct, indirect}},
		{"pronoun resolves", `⦃Finance Minister⦄ ⟨Tom Reyes⟩ spoke in Paris. ⸨He⸩ ⟪suggested⟫ ⟦taxes would rise⟧.`, []want{indirect}},
		{"mixed", `⟨Jane Doe⟩ ⟪said⟫ ⟦the plan was “dead on arrival” and would fail⟧.`, []want{mixed}},
		{"naming with the speaker's words", `⟨Jane Doe⟩ ⟪called⟫ ⟦the plan “a disaster for every family”⟧.`, []want{mixed}},
		{"naming without them is no statement", `Jane Doe called the police on Monday.`, nil},
		{"describing as, without the speaker's words", `⟨Jane Doe⟩ ⟪described⟫ ⟦the plan as a gift to developers⟧.`, []want{indirect}},
		{"referring to as", `⟨Jane Doe⟩ ⟪referred to⟫ ⟦the plan as a gift to developers⟧.`, []want{indirect}},
		{"referring to a thing is no statement", `The man whom Jane Doe referred to in her speech was late.`, nil},
		{"describing a thing is no statement", `Jane Doe described the old bridge in detail on Monday.`, nil},
		{"organization", `⟨the White House⟩ ⟪said⟫ ⟦the talks would go ahead⟧.`, []want{indirOrg}},
		{"possessive organization", `⟨Spain's Foreign Ministry⟩ ⟪said⟫ ⟦the talks would go ahead⟧.`, []want{indirOrg}},
		{"a single name that owns what only a place or body has, or that its pronoun follows past a weekday, names a body", "BEIJING - ⟨₁Norvia⟩ ⟪₁said⟫ on Thursday ⟦₁its policy would not change⟧.\n\n⟨₂The Wirex news agency⟩ ran the story on Friday. ⸨₂Wirex⸩ ⟪₂said⟫ ⟦₂the port was shut⟧.\n\nThe vote was close. ⟨₃Kestia⟩ ⟪₃said⟫ ⟦₃the count was fair⟧. Kestia s foreign ministry gave no details.", []want{indirOrg, indirOrg, indirOrg}},
		{"a name whose title is headed by a body noun names a body", "⟨₁Norco⟩, a unit of the steel firm Acme, ⟪₁said⟫ ⟦₁its plant would close⟧.\n\n⟨₂Tom Vell⟩, ⦃₂a lawyer for the group⦄, ⟪₂said⟫ ⟦₂the case was weak⟧.", []want{indirOrg, indirect}},
		{"names before and that share a lower-case head make a group or bodies", "⟦₁The talks had failed⟧, ⟨₁Norvian and Kestian officials⟩ ⟪₁said⟫.\n\n⟨₂Wirex and other groups⟩ ⟪₂said⟫ ⟦₂the law was unfair⟧.\n\n⟨₃She and her aides⟩ ⟪₃said⟫ ⟦₃the plan would work⟧.", []want{indirUnnmd, indirOrg, indirect}},
		{"a capitalised modifier before a lower-case head is no name", "⟦₁The plan is dead⟧, ⟪₁said⟫ ⟨₁a Norvian diplomatic source⟩.\n\n⟦₂The ferry was late⟧, ⟪₂according to⟫ ⟨₂Norvian officials⟩.\n\n⟦₃The vote was rigged⟧, ⟪₃according to⟫ ⟨₃Kestian media⟩.\n\n⟦₄The drills began on Monday⟧, ⟪₄according to⟫ ⟨₄Norvia s Wirex news agency⟩.\n\n⟦₅The talks will fail⟧, ⟪₅according to⟫ ⟨₅Norvian diplomats⟩ briefed by staff in Vell.\n\n⟦₆The port was shut⟧, ⟪₆according to⟫ ⟨₆Norvian state news agency Wirex⟩.", []want{indirUnnmd, indirUnnmd, indirOrg, indirOrg, indirUnnmd, indirOrg}},
		{"a plural the place's phrase hangs on speaks, not the place", "⟨₁Several airlines in Norvia⟩ ⟪₁said⟫ ⟦₁they would cut flights⟧.\n\nThe mayor met aides in Vell. ⟨₂Officials in Kestia⟩ ⟪₂said⟫ ⟦₂the deal was off⟧.", []want{indirOrg, indirUnnmd}},
		{"a single name that is owned or run is a body", "The loans came from state-owned ⟨Wirex⟩. ⸨Wirex⸩ has ⟪denied⟫ ⟦any wrongdoing⟧.", []want{indirOrg}},
		{"who and an age after a single name are a person's, though its pronoun follows", "⟨₁Brodie⟩, who ran the port for years, ⟪₁said⟫ ⟦₁its ferries were old⟧.\n\n⟨₂Kessel⟩, 41, ⟪₂said⟫ ⟦₂its bridge was shut⟧.", []want{indirect, indirect}},
		{"unnamed official", `⟨A senior official⟩ ⟪said⟫ ⟦the talks would go ahead⟧.`, []want{indirUnnmd}},
		{"spokeswoman for an organization", `⟨A spokeswoman for the State Department⟩ ⟪said⟫ ⟦the talks would resume⟧.`, []want{indirUnnmd}},
		{"spokesman resolves to the named one", `⸨₁A spokesman for Ruritania's Ministry of Trade⸩ ⟪₁told⟫ reporters that ⟦Ruritania respects the rules⟧. “⟦We hope the talks continue⟧,” ⟪₂said⟫ ⦃trade ministry spokesman⦄ ⟨Tom Reyes⟩.`, []want{indirect, direct}},
		{"it resolves to a body", `In May, ⟨the city council⟩ raised fees, which ⸨it⸩ ⟪said⟫ ⟦would pay for the roads⟧.`, []want{indirOrg}},
		{"it resolves to a name", `⟨Acme Corp⟩ issued a report on Monday. ⸨It⸩ ⟪said⟫ ⟦the plant would close⟧.`, []want{indirOrg}},
		{"relative clause with a speech verb in the subject", `⟨Several retired teachers⟩ who spoke with The Dover Ledger ⟪said⟫ ⟦the school has lost its way⟧.`, []want{indirUnnmd}},
		{"sources", `⟨Sources⟩ ⟪said⟫ ⟦the talks would go ahead⟧.`, []want{indirUnnmd}},
		{"saying after irregular past", `⟨Tom Reyes⟩ threw his support behind the mayor on Monday, ⟪saying⟫ ⟦she had kept the city safe⟧.`, []want{indirect}},
		{"infinitive of purpose after a place", `⟨Ann Lee⟩ took to Twitter on Monday to ⟪say⟫ that ⟦the levy had passed⟧.`, []want{indirect}},
		{"infinitive of purpose after an object", `⟨Tom Reyes⟩ called friends on the phone to ⟪say⟫ ⟦he had met the mayor⟧.`, []want{indirect}},
		{"infinitive of purpose after a place adverb", `Last week, ⟨Tom Reyes⟩ of Dover stood at a fair here to ⟪say⟫ ⟦the bakery would stay open late⟧.`, []want{indirect}},
		{"infinitive of purpose after a progressive", `⟨Tom Reyes⟩ is taking pains to ⟪say⟫ ⟦he backs no candidate⟧.`, []want{indirect}},
		{"infinitive after quick", `⟨Tom Reyes⟩ was quick to ⟪add⟫ that ⟦rents were not up for debate⟧.`, []want{indirect}},
		{"infinitive after a causative speaks for its object", `The late vote led ⟨Ann Lee⟩ to ⟪say⟫ that ⟦the council was hiding the costs⟧.`, []want{indirect}},
		{"infinitive after a passive causative speaks for its subject", `The ferry ride was so calm that ⟨Tom Reyes⟩ was prompted to ⟪say⟫, "⟦Until now, I never knew how smooth the crossing could be.⟧"`, []want{direct}},
		{"infinitive after right", `⟨Tom Reyes⟩ is right to ⟪note⟫, though, that ⟦the fee was never approved⟧. It is right to say that the fee failed.`, []want{indirect}},
		{"continuing to insist", `⟨Ann Lee⟩ was continuing to ⟪insist⟫ ⟦the bakery would open on Sundays⟧.`, []want{indirect}},
		{"infinitive of a wish, a plan or an attempt is no statement", `Ann Lee wanted to visit Kestia to say that the library would move. Tom Reyes made a promise to hold talks to explain that the library would move. Ann Lee was trying hard to say that the library would move. Tom Reyes voted in March to insist on an audit. The board hired two lawyers to defend the baker.`, nil},
		{"participle after while and an adverb", `“⟦₁The bread will be ready⟧,” ⟨Tom Reyes⟩ ⟪₁noted⟫, while also ⟪₂saying⟫ that ⟦₂the firm plans to open a second shop⟧.`, []want{direct, indirect}},
		{"participle after a subject and before its verb ends at the verb", `⟨Tom Reyes⟩, after first ⟪saying⟫ ⟦he would not bid⟧, bought the bakery this week.`, []want{indirect}},
		{"participle after before and a clause runs past an aside", `“⟦₁We will manage⟧,” ⟨Tom Reyes⟩ ⟪₁said⟫, before ⟪₂adding⟫ that ⟦₂he, the mayor, was the best candidate⟧.`, []want{direct, indirect}},
		{"fronted participle speaks for the main clause's subject", `⟪₁Noting⟫ that ⟦₁the levy had failed twice⟧, ⦃Mayor⦄ ⟨Ann Lee⟩ ⟪₂said⟫ ⟦₂she would drop it⟧.`, []want{indirect, indirect}},
		{"fronted participle after a preposition and a time", `After ⟪saying⟫ on Monday that ⟦he would not run⟧, ⟨Tom Reyes⟩ entered the race.`, []want{indirect}},
		{"fronted participle after in addition to", `In addition to ⟪stating⟫ that ⟦the levy was unfair⟧, ⦃Mayor⦄ ⟨Tom Reyes⟩ has voted against it twice.`, []want{indirect}},
		{"fronted participle without a clause is no statement", `Responding to reports that the plant would close, Tom Reyes left the room. Noting the vote, Ann Lee left.`, nil},
		{"participle after in with a clause", `⟨Tom Reyes⟩ plainly slipped in ⟪saying⟫ that ⟦the flour came from the mill⟧.`, []want{indirect}},
		{"gerund after to is no infinitive", `⟨Tom Reyes⟩ turned to ⟪arguing⟫ that ⟦the storm was a good reason to fix the pier⟧.`, []want{indirect}},
		{"participle after aside from", `⟨Tom Reyes⟩ has given little detail on the timetable aside from ⟪stating⟫ that ⟦ferries should run later⟧.`, []want{indirect}},
		{"participle after in without a clause is no statement", `Tom Reyes was magnanimous in declaring victory on Tuesday night.`, nil},
		{"marks written as two apostrophes leave two spaces each", "The council won t back the plan.\n\n  ⟦₁We can t pay for it⟧,   ⟨₁Ann Lee⟩ ⟪₁said⟫.\n\n⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂the levy was   a tax on work   and the council had to vote again⟧.", []want{unmarked, {kind: Mixed}}},
		{"stripped dash before a participle", "The vote was held on Friday.  ⟦₁It went well⟧,  ⟨₁Ann Lee⟩ ⟪₁said⟫.\n\n⟨₂Tom Reyes⟩ changed his mind on the spot   ⟪₂saying⟫ ⟦₂he would now vote for the levy⟧.", []want{unmarked, indirect}},
		{"stripped mark after a participle and its hearer opens its quote", "The baker spoke on Friday.  ⟦₁It s done⟧,  ⟨₁he⟩ ⟪₁said⟫.\n\n⟨₂Reyes⟩ was not pleased on Sunday, ⟪₂telling⟫ reporters,  ⟦₂Many parents said the bread had gone stale.⟧ \n", []want{unmarked, unmarked}},
		{"stripped mark after a participle's phrase opens the quote before a pronoun's cue", "The baker spoke on Friday.\n\nThe headmaster joined in too, telling a local paper during a chat on Monday,  ⟦But honestly, both schools are good⟧,  ⟨he⟩ ⟪said⟫.\n", []want{unmarked}},
		{"stripped mark before the reporter's participle closes the quote", "After the match, ⟨Reyes⟩ ⟪₁fired back⟫:  ⟦₁If they take us to the board, they will not win⟧,  ⟪₂adding⟫ that ⟦₂the club had no grounds⟧.\n\nThe coach left.\n", []want{unmarked, indirect}},
		{"stripped mark before the reporter's participle closes the quote, on one line", "After the match, ⟨Reyes⟩ ⟪₁fired back⟫:  ⟦₁If they take us to the board, they will not win⟧,  ⟪₂adding⟫ that ⟦₂the club had no grounds⟧. The coach left.", []want{unmarked, indirect}},
		{"stripped marks around the reporter's participle between two quotes", "The baker spoke on Friday.\n\nOn the market show  Bread Talk the week before, ⟨Lee⟩ ⟪₁stated⟫,  ⟦₁If you ask me, the bakery would have done far worse without the grant⟧,  ⟪₂adding⟫,  ⟦₂I guess around 1,200 loaves went unsold last month.⟧ \n\nThe fair is on Monday.\n", []want{unmarked, unmarked}},
		{"saying after a reply with a past in no -ed", `⟨Tom Reyes⟩ hit back again, ⟪saying⟫ ⟦the baker was too fond of his oven to mind the shop⟧.`, []want{indirect}},
		{"saying after a reply and a statement", `⟨Tom Reyes⟩ shot back in a short statement, ⟪saying⟫ ⟦he has “never missed a sailing in ten years.”⟧`, []want{mixed}},
		{"subject with any head noun", `⟨The old sailor⟩ ⟪said⟫ ⟦the storm would pass by noon⟧.`, []want{indirUnnmd}},
		{"subject with a possessor", `⟨The farmer's grandchildren⟩ ⟪wrote⟫ that ⟦the storm would pass by noon⟧.`, []want{indirUnnmd}},
		{"subject with a typographic possessive", `⟨The farmer’s grandchildren⟩ ⟪wrote⟫ that ⟦the storm would pass by noon⟧.`, []want{indirUnnmd}},
		{"subject part of a group", `⟨Most of them⟩ ⟪said⟫ ⟦they would vote again⟧.`, []want{indirUnnmd}},
		{"a speech verb negated inside an aside on the subject says nothing and ends no search for the subject", `⟨₁The council⟩, in a letter that did not mention Lee, ⟪₁said⟫ ⟦₁the ferry would run⟧. ⟨₂The union⟩, in a notice that did not say why, ⟪₂said⟫ ⟦₂wages would rise⟧.`, []want{indirOrg, indirOrg}},
		{"a plural with examples after like or such as speaks, with an aside after it too", `⟨₁Towns like Dover⟩ ⟪₁said⟫ ⟦₁the fees are too high⟧. ⟨₂Ports such as Kestia⟩, which take most of the ferries, have ⟪₂said⟫ ⟦₂the quays are full⟧.`, []want{indirUnnmd, indirUnnmd}},
		{"a full name after a role of a body with no comma is the role's holder", `⦃₁The spokeswoman of the ruling party⦄ ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the vote was fair⟧. ⟦₂The port will close⟧, ⦃₂head of the harbour board⦄ ⟨₂Tom Reyes⟩ ⟪₂said⟫. ⟨₃A friend of the baker Jo Park⟩ ⟪₃said⟫ ⟦₃the bread was late⟧.`, []want{indirect, indirect, indirUnnmd}},
		{"an adverb that opens the sentence is no part of a bare plural subject", `Then ⟨₁critics⟩ ⟪₁said⟫ ⟦₁the ferry was late⟧. Later ⟨₂bakers in Dover⟩ ⟪₂said⟫ ⟦₂bread would cost more⟧. ⟨₃Many growers⟩ ⟪₃say⟫ ⟦₃the rain came early⟧.`, []want{indirUnnmd, indirUnnmd, indirUnnmd}},
		{"subject a bare plural", `In Ohio, ⟨security specialists⟩ ⟪say⟫ ⟦the storm will pass⟧.`, []want{indirUnnmd}},
		{"subject with an intensifier", `⟨Tom Reyes⟩ himself ⟪said⟫ ⟦the plan had failed⟧.`, []want{indirect}},
		{"subject with any head noun and an apposition", `⟨The old sailor⟩, a man of few words, ⟪said⟫ ⟦the storm would pass by noon⟧.`, []want{indirUnnmd}},
		{"subject with a relative clause holding a speech verb", `⟨The farmers⟩ who wrote to the mayor on Thursday ⟪say⟫ ⟦the road is unsafe⟧.`, []want{indirUnnmd}},
		{"subject with a relative clause and an aside", `⟨The farmers⟩ who live near the river, on both banks, ⟪say⟫ ⟦the road is unsafe⟧.`, []want{indirUnnmd}},
		{"subject with a whose clause", `⟨The farmers⟩ whose fields have been flooded ⟪say⟫ ⟦the road is unsafe⟧.`, []want{indirUnnmd}},
		{"whose phrase is the subject of its own verb", `The hacker whose work first revealed that the mayor lied was arrested.`, nil},
		{"noun before a verb form is no subject", `The big question is whether the storm will pass.`, nil},
		{"noun before a verb form after an aside", `The million-pound (a month, in rent) question is whether the bakery will stay.`, nil},
		{"participle with an agent is no cue", `The ferry left at noon, a time later confirmed by the harbour master.`, nil},
		{"saying after a time phrase", `⟨Tom Reyes⟩ on Thursday threw his support behind the mayor, ⟪saying⟫ ⟦she had kept the city safe⟧.`, []want{indirect}},
		{"saying hangs on no subject inside a quotation", `The slogan “we have the votes” was everywhere as ⟨Tom Reyes⟩ won the vote, ⟪saying⟫ ⟦the council would meet on Monday⟧.`, []want{indirect}},
		{"adding after an inverted attribution", `⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦the vote was close⟧. “⟦We have the votes⟧,” ⟪₂said⟫ ⟨Tom Reyes⟩, ⟪₃adding⟫ that ⟦the council would meet on Monday⟧.`, []want{indirect, direct, indirect}},
		{"coordinated verb after a contrasting clause", `Ann Lee on Monday signed the order, while ⟨Tom Reyes⟩ proposed a new bridge and ⟪said⟫ ⟦the council would pay for the bridge⟧.`, []want{indirect}},
		{"statement in a clause after a fronted phrase", `In a June debate, while ⟨₁his rivals⟩ ⟪₁called for⟫ ⟦₁more troops in the city⟧, ⟨₂Tom Reyes⟩ leaned the other way, ⟪₂noting⟫ that ⟦₂the two sides are enemies⟧.`, []want{unnamed(indirect), indirect}},
		{"saying after a dash", `⟨Tom Reyes⟩ changed his vote on the spot – ⟪saying⟫ ⟦the bridge was too costly⟧.`, []want{indirect}},
		{"participle after a document sent out", `On Monday ⟨Ann Lee⟩ sent out a press release ⟪saying⟫ ⟦the plant would close⟧.`, []want{indirect}},
		{"participle after a document a verb's base form takes", `⟨Ann Lee⟩ helped shape a report ⟪defending⟫ ⟦the plan to sell the mill⟧.`, []want{indirect}},
		{"participle after a document object", `On Monday ⟨Ann Lee⟩ released a statement ⟪saying⟫ ⟦the plant would close⟧.`, []want{indirect}},
		{"name and town on a line under the quotation", "Voters had their say.\n\n\"⟦₁The roads are a disgrace.⟧\"\n\n-⟨₁Ann Lee⟩, Dayton.\n\n\"⟦₂Nobody listens to us.⟧\"\n\n- ⟨₂Tom Reyes⟩, ⦃₂a retired teacher⦄", []want{direct, direct}},
		{"name after a dash that ends the quotation's own line, on lines with no blank line between", "Readers wrote in about the plan.\n\n“⟦₁The new bridge will ruin the view of the old town.⟧” ― ⟨₁Ann Lee⟩\n“⟦₂The council should have asked us before it spent the money.⟧” – ⟨₂Tom Reyes⟩, Dover\n“⟦₃Nobody asked the fishermen what they wanted.⟧” — ⟨₃Jo Park⟩.\n\nThe vote is on Monday.", []want{direct, direct, direct}},
		{"name on a line under the quotation", "The senator spoke on the floor.\n\n\"⟦Big firms pay no taxes at all.⟧\"\n\n- ⟨Reyes⟩.\n\nThis is a complex issue.", []want{direct}},
		{"fronted phrase with a comma inside hides no subject", `In a long, in-prison talk with reporter Ann Lee last year, ⟨Tom Reyes⟩ ⟪₁said⟫ ⟦the deal was fair⟧ and ⟪₂added⟫, "⟦We did nothing wrong.⟧"`, []want{indirect, direct}},
		{"second verb after a clause joined by and", `A few pastors spoke up, and ⟨the Freedom League⟩ ⟪₁denounced⟫ ⟦₁the plan⟧ and ⟪₂said⟫ ⟦₂it would return the money⟧.`, []want{indirOrg, indirOrg}},
		{"quote after an attribution with a cue in its clause", `“⟦We will build it⟧,” ⟨₁⟨₃Ann Lee⟩⟩ ⟪₁told⟫ the paper, after ⟨₂Tom Reyes⟩ ⟪₂stated⟫ ⟦an interest in the site⟧. “⟦It will take two years.⟧”`, []want{direct, indirect, direct}},
		{"relative that after a document", `The ferry timetable was swapped for ⟨a notice⟩ ⸨that⸩ ⟪said⟫, "⟦Sorry, no boats run today.⟧"`, []want{directOrg}},
		{"no statement for relative that before an object", "They joined a rowing club that has pledged support to the school.", nil},
		{"no lead before an antecedent whose relative clause holds the cue after an auxiliary", "Ann Lee named several critics of the port, including some who have warned it could get worse.", nil},
		{"relative clause on a person noun", `The last call came from ⟨a young girl⟩, ⸨who⸩ ⟪said⟫ ⟦she had walked to the hall⟧.`, []want{unnamed(indirect)}},
		{"noun in -ly after a determiner is no adverb", `⟨Voters at the rally⟩ ⟪said⟫ ⟦the plant must stay open⟧.`, []want{unnamed(indirect)}},
		{"two modifiers of one head before a trailing cue", `⟦The mill will shut down in the spring⟧, ⟨current and former workers⟩ ⟪said⟫.`, []want{unnamed(indirect)}},
		{"participle after the object of a verb", `⦃Mayor⦄ ⟨Ann Lee⟩ emailed supporters ⟪saying⟫ ⟦the fight was far from over⟧.`, []want{indirect}},
		{"participle after the object of a preposition", `⟨Tom Reyes⟩ made a pitch to rural voters ⟪saying⟫ ⟦the new levy would hurt them⟧.`, []want{indirect}},
		{"participle after a year", `⟨Ann Lee⟩ filed a suit in 2019 ⟪alleging⟫ that ⟦the firm had misled buyers⟧.`, []want{indirect}},
		{"participle after a preposition that takes its subject", `The debate ended with ⟨Tom Reyes⟩ ⟪saying⟫ ⟦the levy was dead⟧.`, []want{indirect}},
		{"participle after a fronted phrase", `In three separate interviews, ⟨the judge⟩ sounded off on the mayor, ⟪saying⟫ ⟦she did not want to think about it⟧.`, []want{unnamed(indirect)}},
		{"coordinated verb after a fronted phrase", `Over the past two weeks, ⟨Ann Lee⟩ visited the plant and ⟪said⟫ ⟦the workers would be paid⟧.`, []want{indirect}},
		{"state after a place is no apposition", `The queue grew. ⟨Ed Long⟩, 31, of Kestia, Ore., ⟪said⟫ ⟦he had waited since dawn for bread⟧.`, []want{indirect}},
		{"participle after a clause of its own", `“⟦The plan is fine⟧,” ⟨₁Tom Reyes⟩ ⟪₁said⟫, but ⟨₂Ann Lee⟩ brought him back to the budget, ⟪₂asking⟫ ⟦whether he would vote for it⟧.`, []want{direct, indirect}},
		{"coordinated verb", `⦃Spokeswoman⦄ ⟨Ana Ruiz⟩ declined to give details, but ⟪said⟫ ⟦the ministry would issue a statement⟧.`, []want{indirect}},
		{"participle after a cleft sentence", `It was at the meeting that ⟨Tom Baxter⟩ ⟪₁attacked⟫ ⟦₁the plan⟧, ⟪₂pointing to⟫ ⟦₂a report that the dams were old⟧.`, []want{indirect, indirect}},
		{"coordinated verb after an opening clause with a comma inside it", `When ⟨Ann Lee⟩, the mayor's chief aide was asked at a lunch held by the Daily Post about the vote, ⸨she⸩ laughed and ⟪said⟫, “⟦We will see.⟧”`, []want{direct}},
		{"modifier of a role that opens the sentence is no part of the name before the role", "Top ⟨Reyes⟩ adviser sent the bakery plans to her home address.\n\nIn late March, the guild released a letter where ⸨Reyes⸩ ⟪asked⟫ ⟦Long to send her the recipe by post⟧.", []want{indirect}},
		{"a stripped quote after a colon goes to the clause's subject when a statement ends before the colon", "The guild met on Monday. \n\n⟨Lee⟩ ⟪₁said⟫ ⟦₁yes⟧ and took a chance to stand with the farmers:  ⟦₂For years, the big chains have squeezed the farmers. That is wrong, and it has to stop. No one in Dover has been asked to work longer hours than our farmers.⟧ \n\nReyes isn t sure.", []want{indirect, unmarked}},
		{"alluding to after a stripped quote's attribution is what the quote meant", "The port is shut.\n\n  ⟦₁We lost⟧,  ⟨Ann Lee⟩ ⟪₁said⟫, ⟪₂alluding to⟫ ⟦₂the vote⟧.  The port is shut.", []want{unmarked, indirect}},
		{"alluding to after a quote's attribution is what the quote meant", "“⟦₁We will win⟧,” ⟨Ann Lee⟩ ⟪₁said⟫, ⟪₂alluding to⟫ ⟦₂the vote in May⟧.", []want{direct, indirect}},
		{"a reference goes with the attribution, not a cue inside its statement", "⦃Senator⦄ ⟨Ann Lee⟩ of Dover ⟪₁said⟫ ⟦₁she must win over farmers who face what he called a   hard winter⟧,   ⟪₂alluding to⟫ ⟦₂how Tom Reyes has angered them⟧.   Polls open at nine.", []want{indirect, indirect}},
		{"a span of time before after and a participle dates the main clause's subject's statement", "One month after ⟪announcing⟫ that ⟦he would run⟧, ⟨Tom Reyes⟩ quit the race.", []want{indirect}},
		{"a fronted phrase that a preposition of two words opens states nothing", "Ahead of the vote, Reyes said little. Prior to the count, Lee said nothing. ⟦Ahead of the vote, prices rose sharply⟧, ⟨Jo Park⟩ ⟪said⟫.", []want{indirect}},
		{"a past form with an object after a common noun that opens the sentence is a verb, not a phrase of the subject", "Police arrested him after ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the port was closed⟧. Guards stopped Tom Reyes as ⟨₂Jo Park⟩ ⟪₂said⟫ ⟦₂the gate was shut⟧. ⟨₃Students awarded the prize⟩ ⟪₃said⟫ ⟦₃they were thrilled⟧.", []want{indirect, indirect, indirUnnmd}},
		{"a noun before after does not host the name of the clause after it", "Police arrested ten people after ⟨Ann Lee⟩ ⟪said⟫ ⟦the port was closed⟧.", []want{indirect}},
		{"admitted to a place is done to the subject of the cue after it", "⟨₁Children admitted to the clinic⟩ ⟪₁said⟫ ⟦₁the nurses were kind⟧. ⟨₂Patients admitted to boarding homes in Dover⟩ ⟪₂told⟫ reporters ⟦₂the food was cold⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a participle after a common noun that opens the sentence is a phrase of the subject", "⟨₁Activists held in the raid⟩ ⟪₁said⟫ ⟦₁they were beaten⟧. ⟨₂The man charged with the killing⟩ ⟪₂told⟫ reporters ⟦₂he was innocent⟧.", []want{indirUnnmd, indirUnnmd}},
		{"an it that a speech verb takes as its object with a determiner after it is no body's voice", "⟨Tom Reyes⟩ explained it this way: “⟦The port is closed.⟧”", []want{direct}},
		{"a name in apposition right after a description is its referent though its own title differs", "“⟦₁The port is closed⟧,” ⟪₁said⟫ ⸨₁the commander⸩, ⦃₁Colonel⦄ ⟨₁Tom Reyes⟩. “⟦₂The road is open⟧,” ⟪₂said⟫ ⟨₂a nurse⟩ in Dover, Kestia Park.", []want{direct, unnamed(direct)}},
		{"a title-case headline's second verb after And ends no name", "Ann Lee Backs Tom Reyes And Denounces Jo Park\n\nDOVER - ⦃Party leader⦄ ⟨Ann Lee⟩ ⟪said⟫ ⟦Reyes would win⟧.", []want{indirect}},
		{"a name the body gives as the headline did stays whole when its surname follows", "⟨Ann Le Roy⟩ Backs Reyes\n\nDOVER - ⦃Party leader⦄ Ann Le Roy spoke on Monday. ⸨Le Roy⸩ ⟪said⟫ ⟦Reyes would win⟧.", []want{indirect}},
		{"a speech act, a finding or a call in a title-case headline is its verb, not part of a name", "⟨₁⟨₃Ann Lee⟩⟩ ⟪₁Urges⟫ ⟦₁Dover To Stay In The Union⟧\n\n⟨₂New Poll⟩ ⟪₂Shows⟫ ⟦₂Lee Far Ahead Of Reyes⟧\n\n⸨₃Lee⸩ ⟪₃Calls For⟫ ⟦₃Inquiry Into Port Deal⟧\n\nThe vote is on Monday.", []want{indirect, indirOrg, indirect}},
		{"verb of manner in a title-case headline is no name", "Mayor’s Aide Laughs at Question.\n\nWhen the aide was asked about the vote, ⟨he⟩ ⟪said⟫, “⟦We will see.⟧”", []want{direct}},
		{"named day after a preposition of time is no person", `Voting ends on Harvest Day. “⟦It will be close⟧,” ⟨she⟩ ⟪said⟫.`, []want{direct}},
		{"coordinated verb after a fronted phrase with an aside in dashes", `Seizing on the flood - much as he did after the fire last spring - ⟨Tom Baxter⟩ blamed his rivals and ⟪stressed⟫ that ⟦the dams were “too old.”⟧`, []want{mixed}},
		{"coordinated verb after an aside in dashes and a name whose verb is irregular", `Pouncing on the leak - much as he did after the outage last winter - ⟨Tom Baxter⟩ cast blame on the council, and ⟪stressed⟫ that ⟦the pipes were “far too old.”⟧`, []want{mixed}},
		{"coordinated verb in a clause after a lone dash", `For that she drew the baker's scorn - ⟨Ed Long⟩ ⟪₁called⟫ ⟦₁her “slow”⟧ and ⟪₂said⟫ ⟦₂she had “no flour” at the market⟧.`, []want{mixed, mixed}},
		{"coordinated verb after an aside in parentheses, its subject before a setting with an adjective", `⦃Mayor⦄ ⟨Tom Baxter⟩ in his first speech ⟪₁called⟫ ⟦₁the budget “a disgrace”⟧ (though he allowed that some items were fine) and ⟪₂promised⟫ ⟦₂to cut the tax on homes⟧.`, []want{mixed, indirect}},
		{"negated cue", `Jane Doe did not say whether the city would raise taxes.`, nil},
		{"declined to say", `Jane Doe declined to say whether the city would raise taxes.`, nil},

		// Quotation marks that are not statements.
		{"scare quotes", `The so-called “deal” fell apart on Friday.`, nil},
		{"title of a work", `She starred in the film "Summer Rain" last year.`, nil},
		{"nickname", `The senator, known as “the Hammer,” left office.`, nil},
		{"unclosed quote", "⟨₁Jane Doe⟩ ⟪₁said⟫ “⟦we will win.⟧\n\nThe vote is on Friday. “⟦Officials were told to wait⟧,” ⟨₂Tom Reyes⟩ ⟪₂said⟫.", []want{direct, direct}},
		{"name and colon in a headline", "⟨Tom Reyes⟩: ‘⟦We Are Going To Win The Nomination.⟧’\nOn Tuesday, Reyes spoke to students in Dayton.", []want{direct}},
		{"name and colon after a dash", `The race is close. POLLS SHOW GAINS - ⟨Ann Lee⟩: “⟦The polls were right. We read them too early.⟧”`, []want{direct}},
		{"clause before a colon is no name", `⟨Tom Frank⟩ quotes former adviser Alfred Kahn: “⟦I would love the unions to be worse off.⟧”`, []want{direct}},
		{"standalone utterance", "The crowd chanted for an hour.\n\n“⟦Where is the mayor?⟧”", []want{noSpeaker}},

		// Stripped text.
		{"a name in capitals before its title opens a stripped entry", "The vote was close, and the guild s head can t hide it. ⟨ROSALIND HARTWELL⟩, ⦃a senior guild member⦄, ⟪said⟫:  ⟦I think this is a sad night for every baker here.⟧  BREAKING NEWS came late.", []want{{kind: Direct}}},
		{"a hearer of a noun and a name before a colon or that", "The bake-off was close, and the guild s head can t hide it. ⟨₁Ann Lee⟩, ⦃₁the guild leader⦄, ⟪₁told⟫ KBC broadcaster:  ⟦₁We will of course respect the judges  choice, they know bread well.⟧  ⟨Tom Reyes⟩, ⦃a guild member⦄, ⟪₂told⟫ broadcaster KBC:  ⟦₂We had a gap in the rye range which we plan to fill.⟧  ⸨₃He⸩ ⟪₃told⟫ broadcaster KBC that ⟦₃the prize was lost⟧.", []want{{kind: Direct}, {kind: Direct}, indirect}},
		{"a dash after a full stop opens the next entry of a list run into one line", "The port closed on Monday. ⟨₁The Farm Union⟩ ⟪₁said⟫ ⟦₁the city must free the men at once⟧.  - ⟨₂The Sailors Union⟩ ⟪₂said⟫ ⟦₂there was no reason for the arrests⟧.", []want{org(indirect), org(indirect)}},
		{"a capitalised preposition inside a group's name before its verb", "The port s plan can t work. ⟦Ten boats were lost this year⟧, ⟨Sailors Without Borders⟩ ⟪said⟫ on Tuesday.", []want{org(indirect)}},
		{"a body noun before a name takes a lower-case function word or a number into it", "The port closed. The charity ⟨₁Save the Sailors⟩ ⟪₁said⟫ ⟦₁ten boats were lost⟧. Rights group ⟨₂Sailors without Borders⟩ ⟪₂said⟫ ⟦₂the law was vague⟧. ⟦₃The fines are too high⟧, advocacy group ⟨₃Article 19⟩ ⟪₃says⟫.", []want{org(indirect), org(indirect), org(indirect)}},
		{"a relative clause after a body's name and the article and noun before it", "The port closed. The group ⟨Acme Homes⟩, which runs two shelters, ⟪said⟫ ⟦it needed help⟧.", []want{org(indirect)}},
		{"a body named for its aim takes \"to\" and a capitalised verb into its name", "The port closed on Monday. ⟨The Committee to Protect Sailors⟩ ⟪said⟫ ⟦ten boats were lost this year⟧.", []want{org(indirect)}},
		{"a plural with no -s joins the description before it", "The port closed on Monday. ⟦The road will close⟧, ⟨the mayor and police⟩ ⟪said⟫ on Friday.", []want{org(indirect)}},
		{"a firm's name in -s before its verb in stripped text", "The city s plan can t work. ⟨Acme⟩ s ⟪₁said⟫ ⟦₁the outlook for the budget had weakened⟧. ⟦₂The pay cap was likely to rise⟧, ⸨₂Acme⸩ s ⟪₂said⟫.", []want{indirect, indirect}},
		{"a firm's name in -'s before its verb", "The plan cannot work. ⟨Acme⟩'s ⟪said⟫ ⟦the outlook for the budget had weakened⟧. Acme's claim was false.", []want{indirect}},
		{"stripped colon", `⦃State Department spokeswoman⦄ ⟨Ana Ruiz⟩ ⟪said⟫: ⟦I can t see that as a bad thing.⟧`, []want{unmarked}},
		{"stripped trailing first person", `⟨Ana Ruiz⟩ spoke on Friday. ⟦Diplomacy is our preferred approach⟧, ⸨Ruiz⸩ ⟪told⟫ a briefing.`, []want{unmarked}},
		{"stripped continuation", "⟨Ana Ruiz⟩ spoke on Friday.\n⟦Diplomacy is our preferred approach⟧, ⸨Ruiz⸩ ⟪₁told⟫ a briefing.\n⟦We would certainly welcome that.⟧\nThe talks begin on Monday.", []want{unmarked, unmarked}},
		{"stripped question", "The mayor spoke on Friday.\n\n ⟦Who will pay for it?⟧  ⟨Jane Doe⟩ ⟪₁asked⟫.  ⟦Not us, and not our children.⟧ \n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"a stripped dash before a cue in -ing ends the statement of the cue before it", "The vote was held on Friday.  ⟦₁It went well⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫.\n\n⟨Ann Lee⟩ ⟪₂denied⟫ ⟦₂the claims that the port broke the law with the new fees⟧   ⟪₃saying⟫ ⟦₃the ferry had paid in full⟧.", []want{unmarked, indirect, indirect}},
		{"a stripped dash before a name and a cue in -ing ends the statement of the cue before it", "The vote was held on Friday.  ⟦₁It went well⟧,  ⟨₁Ann Lee⟩ ⟪₁said⟫.\n\n⟨₂Both men⟩ issued a note ⟪₂expressing hope about⟫ ⟦₂working together⟧   ⟨₃Reyes⟩ ⟪₃saying⟫ ⟦₃he was  very pleased⟧ .", []want{unmarked, unnamed(indirect), {kind: Mixed}}},
		{"a stripped s after he or she is the clause's verb, and a verb joined by and shares the pronoun", "The vote was held on Friday.  ⟦₁It went well⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫.\n\n⟨₂Ann Lee⟩ is angry with the plan. ⸨₂She⸩ s comparing the toll to a tax and ⟪₂says⟫ ⟦₂the council is wrong⟧.", []want{unmarked, indirect}},
		{"in stripped text and with none of the speaker's words after it ends the name given, as after a closing mark", "The fair opened on Monday.  ⟦₁It went well⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫.\n\n⟨₂Ann Lee⟩ held her fire on the mayor, ⟪₂calling⟫ ⟦₂him a  fine man⟧  and she did not name the others.", []want{unmarked, {kind: Mixed}}},
		{"stripped dash in continuation", "The baker spoke in Dover.\n\n ⟦We need more ovens⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫.\n\n ⟦But we can do without ovens that burn coal   or wood.⟧ \n\nThe market is on Monday.", []want{unmarked, unmarked}},
		{"stripped clause before inverted cue", "The librarian spoke on Friday.\n\n ⟦Lately, what we ve found is a push to keep the branches shut⟧,  ⟪said⟫ ⟨Tom Reyes⟩, ⦃a library trust lawyer⦄.\n", []want{unmarked}},
		{"stripped attribution with gerund phrase", "The mayor spoke on Friday.\n\n ⟦Today is a day for celebration⟧,  ⟨Jane Doe⟩ ⟪said⟫ in making her announcement in Austin.\n", []want{unmarked}},
		{"stripped quote opens sentences before", "The senator spoke on Friday.\n\n ⟦Is it over? No. But it hurts the party a lot⟧,  ⟪said⟫ ⟨Tom Reyes⟩.\n", []want{unmarked}},
		{"stripped quote opens before semicolon", "The senator spoke on Friday.\n\n ⟦Let us not go into theory; that never ends well⟧,  ⟨Tom Reyes⟩ ⟪said⟫.\n", []want{unmarked}},
		{"stripped quote closed before unknown verb", "The senator spoke on Friday.\n\n ⟦We will win this race⟧,  ⟨Tom Reyes⟩ smiled.\n", []want{unmarked}},
		{"a capitalised pronoun after a stripped question opens a sentence", "The mayor spoke on Friday.\n\n⟨Ann Lee⟩ was asked,  ⟦₁Will you run for the seat?⟧  ⸨₂She⸩ ⟪₂answered⟫,  ⟦₂I have no idea.⟧ \n\nThe vote is on Monday.", []want{{kind: Direct, noSpk: true}, unmarked}},
		{"a capital after the cue's comma opens a stripped quote closed at its paragraph's end", "The city s budget can t cover the bridge.\n\n ⟦₁We will find the money⟧,  ⟨Ann Lee⟩ ⟪₁said⟫.\n\n⸨₂Lee⸩ ⟪₂said⟫, ⟦₂Look, these plans, they have no place in a budget. We should drop them.⟧ \n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"stripped question before inverted cue", "The senator spoke on Friday.\n\n ⟦Who will pay for it?⟧  ⟪asked⟫ ⟨the mayor of the city⟩.\n", []want{unnamed(unmarked)}},
		{"stripped continuation closed at paragraph end", "The senator spoke on Friday.\n\n ⟦We will win this race⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫.  ⟦They call it  a long shot  and I said no way.⟧ \n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"stripped quote after cue to paragraph end", "The senator spoke on Friday.\n\n⟨Tom Reyes⟩ ⟪said⟫,  ⟦Voters want change. The mayor told them to wait, and they did not listen.⟧ \n\nThe vote is on Monday.", []want{unmarked}},
		{"stripped quote after colon paragraph", "The library opened on Friday.\n\nWhen Tom Reyes retired, ⦃Mayor⦄ ⟨Jane Doe⟩ released this statement:\n\n ⟦We thank him for his years at the desk. He was a kind man.⟧ \n\nThe party is on Monday.", []want{unmarked}},
		{"stripped first person inside quote", "The baker spoke on Friday.\n\n⟨Tom Reyes⟩ ⟪told⟫ buyers in Dover last week,  ⟦I ve told you from the start that the bread would sell, and I think they see it now.⟧ \n\nThe market is on Monday.", []want{unmarked}},
		{"stripped sentence after a closed quote on one line needs a mark after it", "The mayor spoke on Friday.  ⟦₁We will win this race⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫.  The vote is set for June, and the polls open at eight. ⟨₂Ann Lee⟩ ⟪₂said⟫ ⟦₂turnout would be high⟧. ", []want{unmarked, indirect}},
		{"stripped continuation on one line runs over the speaker's own statements", "The mayor spoke on Friday.  ⟦₁We will win this race⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫.  ⟦The polls are wrong. I would say we are ahead by ten points.⟧  The vote is on Monday. ", []want{unmarked, unmarked}},
		{"a stripped line of its own that reads as a heading is no quote by the subject before", "The city s budget can t cover the bridge, and the mayor s aides know it.\n\nThe mayor, Ann Lee, spent the week in the capital with her aides.\n\n A change of heart. \n\nThe vote is on Monday.", nil},
		{"a stripped quote closed by its stop is not attributed to a verb whose content follows an aside", "The market is busy. Lee won t say.\n\n ⟦₁Our stalls are empty⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫.  ⟦₂A real worry is rent, and rent is my area.⟧  ⸨₃He⸩ ⟪₃said⟫, twice, that ⟦₃the stall would open on Wednesday⟧.\n\nThe fair is in May.", []want{unmarked, unmarked, indirect}},
		{"two stripped marks between carried quotes on one line are an ellipsis inside one", "The mayor can t stay long.\n\n ⟦₁We will win this race⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫.  ⟦₂I do. We have the votes.   We always did.⟧ \n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"a participle in -ed or a clause of its own after a closed stripped quote's attribution is the reporter's", "The mayor can t stay long.\n\n ⟦₁It is a fine day for a vote⟧,  ⟨₁Ann Lee⟩ ⟪₁said⟫, dressed in a red coat.\n\n ⟦₂We have the votes⟧,  ⟨₂Tom Reyes⟩ ⟪₂said⟫, but his aides looked worried about the count.\n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"a fronted time clause before a stripped quote's attribution sets the scene", "The mayor can t stay long.\n\nWhen the vote on the port failed in May, ⟨Tom Reyes⟩ ⟪said⟫,  ⟦We will try again next year.⟧ \n\nThe vote is on Monday.", []want{unmarked}},
		{"a stripped region that opens with the attribution of the quote before it is no quote", "The ferry can t wait long.\n\n ⟦₁Running a bakery with no flour in the store . . .  that is the hard part here. And then you add the rent⟧,  ⟪₁said⟫ ⟨Tom Reyes⟩, ⦃a lawyer at the firm⦄.  ⟦₂It s about flour, and that s the hard part.⟧ \n\nThe fair is on Monday.", []want{unmarked, unmarked}},
		{"a stripped region that opens with the attribution of the quote before it carries on no quote", "The baker can t stay long.\n\n Well, we will try a lot of recipes   ⟨₂Lee⟩ said.  ⟦₁A lemon tart?⟧  ⟨₁Ann⟩ ⟪₁repeated⟫.  ⟦₂I am not sure a tart will sell, but we ll try⟧,  ⸨₂Lee⸩ ⟪₂said⟫.\n\nThe fair is on Monday.", []want{unmarked, unmarked}},
		{"stripped mark right after the cue opens the phrase the next one closes", "The mayor can t stay long.  ⟨Some voters⟩ ⟪shouted⟫  ⟦Go home  as she left⟧. Police stood by the gate and the square was quiet.  The vote is on Monday. ", []want{{kind: Mixed, spk: Unnamed}}},
		{"stripped text keeps its stripped reading beside a phrase in straight quotes", "The mayor can t stay long, and the city s budget isn t set.  ⟦We don t have the money⟧,  ⟨Ann Lee⟩ ⟪said⟫.  The council s vote on the \"green\" budget is on Monday. ", []want{unmarked}},
		{"a stripped possessive in the phrase between a cue and its that", "The mayor s plan can t pass, and the council s vote is close.\n\n⟨Ann Lee⟩ ⟪argued⟫ during Saturday s council debate that ⟦she could cut the budget⟧.\n", []want{indirect}},
		{"who with a stripped has before a speech verb speaks", "The baker s plan can t work, and the guild s vote is close.\n\n⟨Tom Reyes⟩, ⸨who⸩ s ⟪argued⟫ for months that ⟦the mill must close⟧, spoke on Monday.\n", []want{indirect}},
		{"a dash stripped to spaces before another attribution ends a statement", "The mayor s plan can t pass, and the council s vote is close.  ⟦₁We won t wait⟧,  ⟨₁Ann Lee⟩ ⟪₁said⟫.\n\n⟨₂Tom Reyes⟩ ⟪₂told⟫ the Ledger that ⟦₂he was upset by the vote⟧   ⟨₃the mayor⟩ also ⟪₃said⟫ that ⟦₃the port was closed⟧.\n", []want{unmarked, indirect, indirUnnmd}},
		{"a dash stripped to spaces before but ends a statement", "The mayor s plan can t pass, and the council s vote is close.  ⟦₁We won t wait⟧,  ⟨Ann Lee⟩ ⟪₁said⟫.\n\n⸨₂Lee⸩ ⟪₂said⟫ ⟦₂the port will close in May⟧   but she wants to keep the ferry running.\n", []want{unmarked, indirect}},
		{"a fronted phrase with no verb before a stripped cue is no quote", "The mayor s plan can t pass, and the council s vote is close.\n\nShortly after the vote, ⟨Tom Reyes⟩ ⟪announced⟫ ⟦his resignation⟧. He did not stay.\n", []want{indirect}},
		{"a verb in the present makes a stripped front before its attribution a statement", "The baker s plan can t work, and the guild s vote is close.\n\n⟦The new fee undercuts the lease⟧, ⟨Tom Reyes⟩ ⟪said⟫ on a call with radio host Jo Park.\n", []want{indirect}},
		{"a stripped mark after a naming verb's as opens the speaker's word", "The bakery s oven can t cope, and the town s fair is near.\n\n⟨₁Tom Reyes⟩ fed the bakers, whom ⸨₁he⸩ ⟪₁described⟫ as  ⟦₁tireless⟧,  for the whole week.\n\n⟨₂Ann Lee⟩ spoke on Friday about the oven, which ⸨₂she⸩ ⟪₂described⟫ as  ⟦₂a fine bargain.⟧ \n", []want{indirect, unmarked}},
		{"a pronoun's stripped is or has before a speech verb", "The mayor s plan can t pass, and the council s vote is close.\n\n⟨Ann Lee⟩ spoke on Monday. ⸨₁She⸩ s also ⟪₁praising⟫ ⟦₁the council for its work⟧.\n\n⸨₂She⸩ s ⟪₂predicting⟫ ⟦₂she will win the vote in May⟧.\n", []want{indirect, indirect}},
		{"a scene after a stripped quote's attribution is no statement", "The mayor s plan can t pass.\n\n ⟦₁We will not stop now⟧,  ⟨Ann Lee⟩ ⟪₁told⟫ a crowd in Dover, Ohio on Tuesday night.\n\n ⟦₂The council can t wait⟧,  ⸨₂Lee⸩ ⟪₂said⟫, as the crowd cheered.\n", []want{unmarked, unmarked}},
		{"stripped quote on one line closed before a role and a name with a particle", "The city can t pay.  ⟦We will not pay⟧,  defendant ⟨Ana de Souza⟩ ⟪said⟫ in court. The vote is on Monday. ", []want{unmarked}},
		{"name particle dela", "The ferry can t sail. ⦃Police Chief⦄ ⟨Marco dela Vega⟩ ⟪₁said⟫ ⟦₁the ropes were bought from Jo Park⟧, who came to the dock with her two dogs.  ⟦₂Her dogs will stay on board⟧,  ⸨₂he⸩ ⟪₂said⟫. ", []want{indirect, unmarked}},
		{"a phrase in straight marks in stripped text carries on no quote", "The mayor can t stay long, and the city s budget isn t set. The plan is what ⟨₁the paper⟩ has ⟪₁called⟫ a \"⟦₁costly mistake⟧\".  About a thousand people live on the island. Most of them take the ferry.  ⟦₂We don t have the money⟧,  ⟨₂Ann Lee⟩ ⟪₂said⟫. ", []want{directOrg, unmarked}},
		{"stripped text with few split contractions keeps its stripped reading beside a quoted phrase when wide gaps show the marks", "The mayor can t stay.  ⟦₁We will not pay⟧,  ⟨Ann Lee⟩ ⟪₁said⟫.  ⟦₂It s too much.⟧  The vote is on Monday.  ⟦₃We will see⟧,  ⟨₃Tom Reyes⟩ ⟪₃said⟫.  The plan is what ⟨₄the paper⟩ has ⟪₄called⟫ a '⟦₄costly mistake⟧'. ", []want{unmarked, unmarked, unmarked, directOrg}},
		{"dateline of the agency alone", "(Reuters) - ⟦The ferry will stop running in May⟧, ⟨the mayor⟩ ⟪said⟫ on Friday.", []want{indirUnnmd}},
		{"dateline after an editor's note in the same paragraph", "(This story corrects the date in paragraph two.) DOVER (Reuters) - ⟦The ferry will stop running in May⟧, ⟨the mayor⟩ ⟪said⟫ on Friday.", []want{indirUnnmd}},
		{"dateline whose place has a possessive with its apostrophe stripped", "ELM S BAY, Kestia (Reuters) - ⟦More than 200 huts burned in the last week⟧, ⟨the council⟩ ⟪said⟫ on Saturday.", []want{indirOrg}},
		{"dateline after a byline", "By Ann Lee and Tom Reyes DOVER, Del. (Reuters) - ⟦The ferry will stop running in May⟧, ⟨the mayor⟩ ⟪said⟫ on Friday.", []want{indirUnnmd}},
		{"dateline of a place in title case, or with a date, before the agency", "The ferry is old.\n\nDover, Dec. 11 (AP) -- ⟦The ferry will stop running in May⟧, ⟨the mayor⟩ ⟪said⟫ on Friday.", []want{indirUnnmd}},
		{"dateline whose dash was stripped to a space", "The ferry won t sail.\n\nDOVER (AP)   ⟦₁The ferry will stop running in May⟧, ⟨₁the mayor⟩ ⟪₁said⟫ on Friday.\n\nDOVER   ⟦₂The port will shut as well⟧, ⟨₂the mayor⟩ ⟪₂said⟫.", []want{indirUnnmd, indirUnnmd}},
		{"a sentence in title case before a bracket is no dateline", "The ferry is old.\n\n⟦The Harbour Board (HB) - which runs the port - will meet in May⟧, ⟨the mayor⟩ ⟪said⟫.", []want{indirUnnmd}},
		{"a capitalised name and a bracket inside a paragraph are no dateline", "The ferry is old. ⟦NATO (North Atlantic Treaty Organization) - the alliance - will meet in May⟧, ⟨the mayor⟩ ⟪said⟫.", []want{indirUnnmd}},
		{"stripped continuation is no note wholly in brackets", "The mayor can t stay long.  ⟦We will not pay⟧,  ⟨Ann Lee⟩ ⟪said⟫.  ($1 = 0.9 euros) ", []want{unmarked}},
		{"surname with its article in lower case opens a name", "The city can t pay.  ⟦₁The plan is bad⟧,  ⟨al-Karbouli⟩ ⟪₁said⟫. Later, ⸨₂al-Karbouli⸩ ⟪₂said⟫ ⟦₂the vote would fail⟧. ", []want{unmarked, indirect}},
		{"surname with its article in lower case after a speech verb", "The city can t pay.  ⟦The plan is bad⟧,  ⟪said⟫ ⟨al-Karbouli⟩, who spoke at the rally. ", []want{unmarked}},
		{"stripped continuation closed at text end", "The senator spoke on Friday.\n\n ⟦We will win this race⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫.  ⟦They call it  a long shot  and I said no way.⟧ ", []want{unmarked, unmarked}},
		{"stripped continuation closed at line end", "The senator spoke on Friday.\n\nHe spoke for an hour.\n ⟦We will win this race⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫.  ⟦They call it  a long shot  and I said no way.⟧ \nThe vote is on Monday. The polls open at noon.", []want{unmarked, unmarked}},
		{"stripped continuation stops at reported speech", "The senator spoke on Friday.\n\n ⟦Maybe we can win this race⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫.  ⟦We are trying hard.⟧  Later, ⸨₃Reyes⸩ ⟪₃said⟫ ⟦the mayor was  not helpful⟧ . \n\nThe vote is on Monday.", []want{unmarked, unmarked, {kind: Mixed}}},
		{"stripped continuation on one line is no sentence that only tells of the past", "The council met on Monday.  ⟦We will win the vote⟧,  ⟨Ann Lee⟩ ⟪said⟫.  The council moved the vote to June after a long dispute with the state over the ballot rules.  Reyes has not said if he will run.", []want{unmarked}},
		{"stripped continuation on one line is no sentence of the past that names four times", "The council met on Monday.  ⟦We will win the vote⟧,  ⟨Ann Lee⟩ ⟪said⟫.  The council, which is based in Riverton, moved the vote to June after a state court in Salem ruled on the ballot rules last Monday.  Reyes has not said if he will run.", []want{unmarked}},
		{"stripped continuation on one line may name four times in the present perfect", "The council met on Monday.  ⟦₁We will win the vote⟧,  ⟨Ann Lee⟩ ⟪₁said⟫.  ⟦The council of the City of Riverton in Lake County has lost its way.⟧  Reyes has not said if he will run.", []want{unmarked, unmarked}},
		{"stripped continuation on one line may tell of the past in the present perfect", "The council met on Monday.  ⟦₁We will win the vote⟧,  ⟨Ann Lee⟩ ⟪₁said⟫.  ⟦The council has moved the vote to June after a long dispute with the state over the ballot rules.⟧  Reyes has not said if he will run.", []want{unmarked, unmarked}},
		{"stripped quote opens at a mark after a comma past the cue's hearer", "The council met on Monday.\n\n⟨Ann Lee⟩ ⟪told⟫ the radio host, Tom Reyes,  ⟦We will win the vote in June.⟧ \n\nThe count starts at noon.\n", []want{unmarked}},
		{"stripped mark after a comma inside reported speech opens no quote of its own", "The council met on Monday.\n\n⟨Ann Lee⟩ ⟪said⟫ ⟦the count was late,  not by a day but by a week⟧. \n\nThe count starts at noon.\n", []want{{kind: Mixed}}},
		{"stripped quote on a lower-case word right after the cue runs to the paragraph's closing mark", "The council met on Monday.\n\n⟨Ann Lee⟩ ⟪said⟫  ⟦there is no better plan for the city than this one.⟧ \n\nThe count starts at noon.\n", []want{unmarked}},
		{"stripped heading on a line of its own carries on no quote", "The bakery will shut in June.\n\n ⟦If I had the money, I would buy the shop⟧,  ⟨she⟩ ⟪said⟫.\n\n A very hard choice. \n\nAs the bakers ate their lunch, the owners met in Dover.\n", []want{unmarked}},
		{"stripped text with two spaces between all sentences", "The council met on Friday.  The vote was on Monday.  It took an hour.  The room was full.  Nobody left early.  The clerk read the bill.  The mayor spoke last.\n\n ⟦We won the vote.  It was close.  Now the work begins⟧,  ⟨Jane Doe⟩ ⟪said⟫.\n\nThe bill goes to the state.  It can t be changed now.  The state meets in May.  The governor will sign it.", []want{unmarked}},
		{"stripped quote closed before the reporter's words and attribution", "The bakery closed on Friday. It can t open again soon. ⟨Jo Park⟩ works at the counter.\n\n ⟦Customers were queuing  before the oven broke⟧, ⸨she⸩ ⟪₁said⟫.  ⟦And the shop was so warm. Everyone was cheerful. It was just after the lunch rush that smoke filled the room.⟧ \n\nThe owner reopens on Monday.", []want{{kind: Mixed}, unmarked}},
		{"stripped paragraph after a quote closed before the reporter's words", "The bakery closed on Friday. It can t open again soon.\n\n ⟦The oven was smoking⟧,  ⟨⸨₁Jo Park⸩⟩ ⟪₁said⟫.\n\n ⟦Customers were queuing  before the oven broke⟧, ⸨she⸩ ⟪₂said⟫.  ⟦And the shop was so warm. Everyone was cheerful. It was just after the lunch rush that smoke filled the room.⟧ \n\nThe owner reopens on Monday.", []want{unmarked, {kind: Mixed}, unmarked}},
		{"stripped first person closed before the reporter's words", "The senator spoke on Friday.\n\n ⟦We won the seat  after a long count on Friday night⟧, ⟨Tom Reyes⟩ ⟪said⟫.\n\nThe vote is on Monday.", []want{{kind: Mixed}}},
		{"stripped quote before a cue that a participle follows", "The mill closed on Friday. It can t reopen soon.\n\n ⟦This rent, and so-called fees from other landlords, will leave bakers out of pocket⟧,  ⦃Mayor⦄ ⟨Ana Ruiz⟩ ⟪₁said⟫ in a letter, ⟪₂calling on⟫ ⟦the council to act⟧.\n\nThe council meets on Monday.", []want{unmarked, indirect}},
		{"stripped space before a line break opens nothing", "The senator spoke on Friday.\n\n ⟦We will win this race⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫, ⟪₂adding⟫ that ⟦he was tired⟧. \nThe campaign sent an email on Monday. Asked about it, ⸨₃Reyes⸩ ⟪₃replied⟫:  ⟦I guess so.⟧  \nThe vote is on Monday.", []want{unmarked, indirect, unmarked}},
		{"stripped quote after cue closed before a conjunction", "The senator spoke on Friday. The plan won t pass, she thinks. ⦃Mayor⦄ ⟨Ana Ruiz⟩ ⟪warned⟫  ⟦we can t afford it⟧,  before leaving the hall early.", []want{unmarked}},
		{"stripped phrase after cue closed before a conjunction", "The senator spoke on Friday. The plan won t pass, he thinks. Asked about the cost, ⦃Senator⦄ ⟨Tom Reyes⟩ ⟪said⟫  ⟦not worth it⟧  and walked out of the hall.", []want{unmarked}},
		{"stripped quote after cue closed before an attribution", "The senator spoke on Friday.\n\nAt the rally, ⟨₁Tom Reyes⟩ ⟪₁said⟫,  ⟦We will win this race⟧,  ⦃₂Mayor⦄ ⟨₂Ann Lee⟩ recalled, ⟪₂adding⟫,  ⟦It is a long road.⟧ \n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"stripped quote back over a speech verb inside", "The mayor spoke on Friday.\n\n ⟦The governor came out of the meeting and reported that they are  worried  about the plan. Of course they are worried⟧,  ⟨Jane Doe⟩ ⟪said⟫.\n\nThe vote is on Monday.", []want{unmarked}},
		{"stripped quote back stops at an attribution", "The mayor spoke on Friday.\n\n ⟦He can say it, but it seems unlikely  that we win⟧, ⟪₁said⟫ ⟨Tom Reyes⟩, ⦃a strategist⦄.  ⟦The numbers do not add up⟧,  ⟪₂said⟫ ⸨₂Reyes⸩.\n\nThe vote is on Monday.", []want{{kind: Mixed}, unmarked}},
		{"stripped quote closed before a long attribution", "The mayor spoke on Friday.\n\n ⟦We are looking for new candidates!⟧  ⟪said⟫ ⟨Tom Reyes⟩, ⦃the head of the state party⦄, at its annual meeting in the capital last week.\n\nThe vote is on Monday.", []want{unmarked}},
		{"stripped quote with a speech verb before its attribution", "The baker spoke on Friday.\n\n ⟦I will not say the menu was wrong, so drop it⟧,  ⟪₁said⟫ ⟨Tom Reyes⟩, ⟦asked about his prices⟧.\n\nThe fair is on Monday.", []want{unmarked, indirect}},
		{"stripped quote after cue closed in its paragraph", "The baker spoke on Friday.\n\nAsked about the prices, ⟨Tom Reyes⟩ ⟪said⟫,  ⟦Yes. I see that, too. Every buyer looks at them.⟧  The baker left early.\n\nThe market is on Monday.", []want{unmarked}},
		{"stripped quote after cue closed inside its clause", "The mayor spoke on Friday.\n\nAt the rally, ⟨Tom Reyes⟩ ⟪said⟫,  ⟦This is a disaster  for the city, and left⟧.\n\nThe vote is on Monday.", []want{{kind: Mixed}}},
		{"stripped continuation with a quote inside", "The mayor spoke on Friday.\n\n ⟦We will win⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫.  ⟦It is  a long shot  and I do not agree.⟧  The vote is on Monday.\n\nThe polls open at noon.", []want{unmarked, unmarked}},
		{"stripped quote inside after a comma", "The baker spoke on Friday.\n\n ⟦We had a problem because they thought a sign saying,  Buy more bread  would work. But it is not enough⟧,  ⟨Jane Doe⟩ ⟪said⟫.\n\nThe fair is on Monday.", []want{unmarked}},
		{"stripped attribution continues no quote", "The market opened on Friday.\n\n⟨₁Traders⟩ ⟪₁said⟫ ⟦sales depend on  the weather⟧.  ⟦The stalls that stay open late in the evening draw far more buyers⟧,  ⟨₂Ed Long⟩ ⟪₂said⟫.\n\nThe fair is on Monday.", []want{unnamed(want{kind: Mixed}), unmarked}},
		{"stripped continuation stops at a closed paragraph", "The mayor spoke on Friday.\n\n ⟦Here he is⟧,  ⟨Jane Doe⟩ ⟪₁said⟫.  ⟦He is here at last.⟧ \n\n The show began at noon. \n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"stripped attribution is no quote before its own", "The ferry captain spoke on Friday.\n\n ⟦₁We will wait⟧,  ⟨Ed Long⟩ ⟪₁said⟫.\n\n⸨₂He⸩ ⟪₂thanked⟫ ⟦₂the crew⟧.  ⸨₃He⸩ ⟪₃adds⟫,  ⟦₃On a rough crossing tempers get short.⟧ \n\nThe ferry sails on Monday.", []want{unmarked, indirect, unmarked}},
		{"stripped quote after a cue that made no statement", "The senator spoke on Friday.\n\nThen ⟨Reyes⟩ ⟪₁asked⟫,  ⟦With whose money?⟧ \n\n ⟦We will see⟧,  ⸨₂Reyes⸩ ⟪₂said⟫.\n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"stripped marks of two characters", "The librarian spoke on Friday.\n\n  ⟦Do you want the town reading every letter?⟧   ⟪₁said⟫ ⟨Tom Reyes⟩, ⦃a professor at the state college⦄.   ⟦And if we do, to what end?⟧  \n\n  ⟦We will see⟧,   ⸨₃he⸩ ⟪₃said⟫.\n\nThe vote is on Monday.", []want{unmarked, unmarked, unmarked}},
		{"stripped quote in the paragraph after a cue and colon", "The school head spoke on Friday.\n\n ⟦We will wait⟧,  ⟨₁Jo Park⟩ ⟪₁said⟫.\n\nAt the prize day in 1998, ⟨₂the governor⟩ ⟪₂declared⟫:\n\n ⟦It is right that today we ring the bell for the new hall. I say we build it soon, and we build it well.⟧ \n\nThe term starts on Monday.", []want{unmarked, unnamed(unmarked)}},
		{"stripped quote closed with no comma before its attribution", "The baker spoke on Friday.\n\n ⟦The fair is a contest of stalls⟧  ⟨Tom Reyes⟩ ⟪₁said⟫.  ⟦The bakery has a good stall here, and we will see.⟧ \n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"stripped quote carries on the speaker before it", "The mayor spoke on Friday.\n\n ⟦We will see⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫. He smiled.  ⟦It is a long road, and we know it.⟧ \n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"stripped quote left open carries nothing", "The mayor spoke on Friday.\n\n ⟦We will see⟧,  ⟨Tom Reyes⟩ ⟪said⟫. He smiled.  It is a long road, and we know it.\n\nThe vote is on Monday.", []want{unmarked}},
		{"stripped heading carries nothing", "The mayor spoke on Friday.\n\n ⟦We will see⟧,  ⟨Tom Reyes⟩ ⟪said⟫. He smiled. \n\n A long road ahead. \n\nThe vote is on Monday.", []want{unmarked}},
		{"gerund after one is no cue", "The mayor spoke on Friday.\n\n⟨Tom Reyes⟩ ⟪₁said⟫ ⟦the talks had failed⟧, but the union had one warning for the council:  ⟦We will fight this plan.⟧ \n\nThe vote is on Monday.", []want{indirect, unmarked}},
		{"stripped quote after a colon inside reported speech", "The mayor spoke on Friday.\n\n⟨Tom Reyes⟩ ⟪said⟫ ⟦the talks had failed and the council now had to choose⟧:  ⟦We will fight this plan. The city deserves better.⟧ \n\nThe vote is on Monday.", []want{indirect, unmarked}},
		{"stripped quote after a colon with its own attribution", "The mayor spoke on Friday.\n\n⟨Tom Reyes⟩ ⟪₁said⟫ ⟦the budget was short and listed the roads⟧:  ⟦We cannot even fix the bridge⟧,  ⸨₂he⸩ ⟪₂said⟫.\n\nThe vote is on Monday.", []want{indirect, unmarked}},
		{"stripped quote right after a speech verb", "The mayor spoke on Friday.\n\nOutside the hall, ⟨the crowd⟩ ⟪chanted⟫  ⟦No more cuts.⟧ \n\nThe vote is on Monday.", []want{unnamed(unmarked)}},
		{"no statement for a that clause of a speech noun a name owns", "Crowds protested at Ann Lee's announcement on Monday that the port would close.", nil},
		{"stripped possessive in the phrase before that", "The Ledger s editor spoke first. Lee s aide spoke next.\n\n⟨Tom Reyes⟩ ⟪argued⟫ during Saturday s town debate that ⟦she could cut the fees⟧.", []want{indirect}},
		{"stripped quote after a cue with its hearer", "The baker spoke on Friday.\n\n ⟦We will see⟧,  ⟨₁Jane Doe⟩ ⟪₁said⟫.\n\nAs ⟨₂one baker⟩ ⟪₂told⟫ the Dover Evening Post,  ⟦She wants to close our stalls, and she has done it.⟧ \n\nThe market is on Monday.", []want{unmarked, unnamed(unmarked)}},
		{"stripped quote closed before a plain attribution", "The mayor spoke on Friday.  ⟦We will build it. It will be great - trust me! Thanks all⟧,  ⟨Jane Doe⟩ ⟪tweeted⟫. The vote is on Monday.", []want{unmarked}},
		{"stripped quote closed before a long plain attribution", "The mayor spoke on Friday.  ⟦We will build it. It will be great - trust me! Thanks all⟧,  ⟪said⟫ ⟨Jane Doe⟩, who leads the party in the city council. The vote is on Monday.", []want{unmarked}},
		{"stripped quote closed by a full stop before a bare attribution", "The baker closed the shop.  ⟦The market must stay open late. The board was unfair to a loyal stallholder.⟧  ⟨Jane Doe⟩ ⟪wrote⟫ on Facebook on Sunday, taking a break from her ovens. The sale is on Monday.", []want{unmarked}},
		{"stripped full stop before reported speech closes no quote", "The mayor left the hall.  The city must be a safe place. The council was rude to a good man.  ⟨Activists⟩ ⟪said⟫ ⟦the plan had failed⟧. The vote is on Monday.", []want{indirUnnmd}},
		{"stripped question closed before a long attribution", "The baker left the hall.  ⟦That was a joke by a very funny cook on the radio, so you should not blame me. OK?⟧  ⟨₁Lee⟩ ⟪₁said⟫ while sticking to his first view that the guild had cheated him.  ⟦As far as rents go, we agree⟧,  ⟨₂Ann Ruiz⟩ ⟪₂said⟫.", []want{unmarked, unmarked}},
		{"stripped quote back past a speech verb to the mark that opens its sentence", "The mayor spoke on Friday.  ⟦Some people were saying that the plan would help; to me that is an odd sort of help⟧,  ⟨Lee⟩ ⟪told⟫ reporters. The vote is on Monday.", []want{unmarked}},
		{"stripped quote back past the speaker's own reported speech", "The mayor spoke on Friday.  ⟦We have made our view clear. But we have also said that the plan must last. It has to be a plan that works in good times and bad⟧,  ⟨Lee⟩ ⟪said⟫. The vote is on Monday.", []want{unmarked}},
		{"stripped quote closed before a speech verb whose speaker is not understood", "The mayor spoke on Friday.  ⟦We do not agree with any of this⟧,  said local baker and, for a time, council member Tom Reyes. The vote is on Monday.", []want{{kind: Direct, noSpk: true}}},
		{"stripped quote after a cue runs to the mark that closes it", "The ferry sailed on Friday. ⟨Lee⟩ ⟪told⟫ reporters late on Tuesday,  ⟦The port has set firm rules and asks all crews to wear life vests. All crews have been warned.⟧  During the storm, the captain stayed ashore.", []want{unmarked}},
		{"stripped quote after a cue that made no statement of it", "The mayor spoke on Friday. ⟨Lee⟩, who ran the city for years, ⟪told⟫ reporters on Thursday,  ⟦The city has been clear. All staff have been told.⟧  During the campaign, the mayor left.", []want{unmarked}},
		{"a stripped quote after an attribution of its own, before a list's dash, goes on from that attribution, not from the next item", "DOVER (Reuters) - Groups spoke out. - The Harbour Guild asked for the men to be freed.  ⟦₁Both men were just reporting on the ferries⟧,  ⟪₁said⟫ ⦃₁⦃₂guild director⦄⦄ ⟨Tom Reyes⟩.  ⟦₂By jailing them, the council wants every paper to stay away from the docks.⟧  - ⟨₃The Dover Writers Club⟩ ⟪₃decried⟫ ⟦₃the arrests⟧.", []want{unmarked, unmarked, indirOrg}},
		{"stripped list of reactions with sources after dashes", "The council voted on Friday. Following are reactions:  ⟦₁We will fight this plan in every court.⟧  - ⦃₁Mayor⦄ ⟨₁Jane Doe⟩ in a statement  ⟦₂It is a sad day for the city. We must do better.⟧  - Statement from ⦃₂council member⦄ ⟨₂Tom Reyes⟩  ⟦₃The vote is a disgrace.⟧  - ⟨₃Ann Lee⟩, ⦃₃head of the union⦄, on Twitter", []want{unmarked, unmarked, unmarked}},
		{"stripped dash after a quote's attribution opens no quote", "The senator spoke on Friday.  ⟦We will see⟧,  ⟨Tom Reyes⟩ ⟪told⟫ the Post.  - Cotton wants more money for the army.", []want{unmarked}},
		{"stripped quotes under sources in capitals", "Following are reactions to the vote. ⟨JANE DOE⟩, ⦃MAYOR OF RIVERTON⦄  ⟦₁I think the city will do fine. We planned for this.⟧  ⟦₂The budget is safe for now.⟧  ⟨₃TOM REYES⟩, ⦃₃HEAD OF THE UNION, RIVERTON⦄  ⟦₃We will keep fighting for our members.⟧  The vote was held on Monday.", []want{unmarked, unmarked, unmarked}},
		{"a label in capitals, a name and its title parts, before a colon speaks the quote after it", "Below are some remarks on the ferry timetable.\n\n⟨₁ANN LEE⟩, ⦃₁DIRECTOR GENERAL, FERRY BOARD⦄: \"⟦₁We will run the boats every hour, and we will start in May.⟧\"\n\n⟨₂TOM REYES⟩, ⦃₂GUILD LEADER⦄, ⟪₂told⟫ bakers in Dover: \"⟦₂We wanted an earlier boat.⟧\"", []want{direct, direct}},
		{"he stands for no group in the plural, and such a group names no one", "DOVER (Reuters) - Councillors shouted at each other on Monday. ⟨₁Opposition MPs⟩ ⟪₁said⟫ ⟦₁a joke by ⦃₂Senator⦄ ⟨₂Jo Pike⟩ began the scuffle⟧, but the senator shrugged it off.   ⟦₂We met the HKP (opposition) MPs at the cafe, they wanted me to buy cake⟧,  ⸨₂he⸩ ⟪₂said⟫.", []want{indirUnnmd, unmarked}},
		{"a name after the names no person, so he goes on from the unnamed official before", "DOVER (Reuters) - Kestian Rangers and harbour crews cleared the pier on Thursday. ⟦₁The cleanup will not delay the ferry to Dover on Monday⟧, ⟨a Kestian official⟩ ⟪₁told⟫ Reuters.   ⟦₂The Rangers guard the east pier, near Dover, but are not helping with the cleanup⟧, ⸨₂he⸩ ⟪₂said⟫.", []want{indirUnnmd, indirUnnmd}},
		{"a day or month after a preposition that opens the sentence is no part of the speaker", "The fair was held on Monday. On Saturday ⟨₁police⟩ ⟪₁said⟫ ⟦₁two lost boats had been found⟧. In November ⟨₂Kestian teachers⟩ ⟪₂said⟫ ⟦₂they were pleased⟧.", []want{indirOrg, indirUnnmd}},
		{"a body word that is one only in capitals after one in lower case is a description", "⟦₁The port was shut on Monday⟧, ⟨₁state TV⟩ ⟪₁said⟫. ⟨₂Kestian state TV⟩ ⟪₂said⟫ ⟦₂the army had taken the town⟧.", []want{indirOrg, indirOrg}},
		{"a title in lower case after a name and a comma, the second comma left out, is the name's", "The vote was close. ⟦₁Quick action is critical⟧, ⟨₁Ann Lee⟩, ⦃₁Harbour mission chief for Dover⦄ ⟪₁said⟫. ⟨₂Tom Reyes⟩, ⦃₂party leader⦄ ⟪₂told⟫ reporters ⟦₂the plan was dead⟧.", []want{indirect, indirect}},
		{"a name in capitals after a heading in capitals, before its title", "DOVER (Reuters) - ⦃Mayor⦄ ⟨Joanna Tremaine⟩ won the bread prize on Sunday. Here are comments: NORTH MARKET GUILD ⸨₁JOANNA TREMAINE⸩, NMG guild leader, ⟪₁told⟫ bakers in Dover:  ⟦₁Naturally we wanted a bigger crowd.⟧ But ⟦₂we must not forget the lean seasons⟧,  ⸨₂Tremaine⸩ ⟪₂said⟫.", []want{unmarked, unmarked}},
		{"a name in capitals after a heading, its title's second comma left out", "KESTIA (Reuters) - The count was slow. PRO-FARM GREEN LEAGUE (GL) ⟨TOM REYES⟩, ⦃GL party leader⦄ ⟪told⟫ KTV television:  ⟦We will cut the bread tax.⟧  ", []want{unmarked}},
		{"a participle after an article is an adjective in a long subject", "DOVER (Reuters) - ⟨A merged union locked in a long row over the wharves at Dover⟩ ⟪said⟫ ⟦it would settle the case this week⟧.", []want{indirOrg}},
		{"a participle after a subject of names joined by and hangs on both", "DOVER (Reuters) - ⟨Ann Lee and Tom Reyes⟩ have stepped up attacks on the press, ⟪accusing⟫ ⟦the Dover Times of spreading lies⟧.", []want{indirect}},
		{"it after a joined subject that ends with a body is that body", "DOVER (Reuters) - The ferry tender closed on Monday, and the mayor s office can t hide its anger.  ⟦₁It is a shame⟧,  ⟨₁Tom Reyes⟩ was quoted as ⟪₁saying⟫ by a radio station. ⟨₂Mayor Ed Long and his ruling ⟨₃Harbour Party⟩⟩ have lately taken a tougher line on Reyes, often ⟪₂accusing⟫ ⟦₂him and the FC of being tied to the ferry cartel⟧ and working hand in hand with what ⸨₃it⸩ ⟪₃calls⟫ ⟦₃a  dock gang⟧ . The party gave no details.", []want{unmarked, indirect, org(want{kind: Mixed})}},
		{"a label in capitals speaks each stripped quote under it up to the next label", "Below are reactions.  ⟨TOM REYES⟩, ⦃HEAD OF THE HARBOUR GROUP⦄  ⟦₁The plan brings no clarity. I am worried now.⟧  ⟦₂It keeps the port in name only.⟧  ⟨₃JOAN PIKE⟩, ⦃₃CHIEF EXECUTIVE, PORT BOARD⦄  ⟦₃It is a step. We welcome it.⟧  ", []want{unmarked, unmarked, unmarked}},
		{"stripped section title in capitals opens no quote", "The vote was held on Monday. PARTIES, VOTERS ( RED-BLUE )  The two parties have worked together before. They may again.  WHAT COMES NEXT  The city will decide.", nil},
		{"stripped quote after a colon with a document before it", "The city paper ran a story on Friday. ⟨The front page⟩ opens with the line:  ⟦Stocks fell again as the trade war goes on.⟧  Other stories were lighter.", []want{{kind: Direct, spk: Organization}}},
		{"stripped paragraphs of a list after a colon are no quote", "The bill was released on Friday. Here are its main points:  The plan cuts taxes for most people. It also ends some credits. It raises the age limit.  The vote is on Monday.", nil},
		{"stripped quote after reported speech", "The talks ended on Friday. ⟨Jane Doe⟩ ⟪₁said⟫ ⟦the city had offered a fair deal⟧.  ⟦We tried our best. They did not listen.⟧  The union did not comment on the talks.", []want{indirect, unmarked}},
		{"stripped quote after reported speech with a quoted phrase", "The talks ended on Friday. ⟨Jane Doe⟩ ⟪₁said⟫ ⟦the city had made  a fair offer  to the union⟧.  ⟦We tried our best. They did not listen.⟧  The union did not comment on the talks.", []want{{kind: Mixed}, unmarked}},
		{"stripped quote after reported speech that ends in a quoted phrase", "The talks ended on Friday. ⟨Jane Doe⟩ ⟪₁said⟫ ⟦the city had made what she called  a fair offer⟧.   ⟦We tried our best. They did not listen.⟧  The union did not comment on the talks.", []want{{kind: Mixed}, unmarked}},
		{"stripped reporter's sentence after reported speech", "The talks ended on Friday. ⟨Jane Doe⟩ ⟪said⟫ ⟦the city had offered a fair deal⟧.  The union walked out. It did not return.  The vote is on Monday.", []want{indirect}},
		{"stripped quote of sentences carries on into the next paragraph", "The mayor spoke on Friday.\n\n ⟦We will see⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫. He smiled. \n\n ⟦It is a long road, and we know it. But we will get there in the end.⟧ \n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"stripped quote closed before a long apposition", "The mayor spoke on Friday.\n\n ⟦We will see⟧,  ⟨₁Jane Doe⟩ ⟪₁said⟫.\n\n ⟦If trends continue, it is certain the paper will be sold⟧,  ⟨₂⟨₃Tom Reyes⟩⟩, ⦃₂⦃₃managing director and senior equity analyst at the Riverton Savings Bank⦄⦄, ⟪₂told⟫ me this week.  ⟦It is only a matter of time.⟧ \n\nThe vote is on Monday.", []want{unmarked, unmarked, unmarked}},
		{"stripped attribution with an adverb before its quote", "⟨Jane Doe⟩ spoke on Friday.  ⸨She⸩ ⟪noted⟫, however,  ⟦Our city is not going to give up on this plan.⟧  The vote is on Monday.", []want{unmarked}},
		{"stripped quote after an aside that puts a question", "The mayor spoke on Friday.  ⟨₂Jane Doe⟩, asked ⟦if the mayor was worried about the reported loss of the files⟧, ⟪₂said⟫,  ⟦The city has been clear about its plans. All staff have been told.⟧  The vote is on Monday.", []want{{kind: Indirect, noSpk: true}, unmarked}},
		{"stripped fronted participle phrase states nothing", "The mayor spoke on Friday. Speaking to reporters, ⦃council chairman⦄ ⟨Tom Reyes⟩ ⟪said⟫ ⟦the city can t pay for the bridge⟧.", []want{indirect}},
		{"stripped fronted participle phrase before a quoted phrase", "The mayor spoke on Friday. Emerging from the meeting, ⟨Jane Doe⟩ ⟪said⟫ ⟦the talks were  a good start  for the city⟧.", []want{{kind: Mixed}}},
		{"stripped question closed before an attribution with an apposition", "The bakery opened on Friday.  ⟦Have you tasted any of the other six loaves on the shelf?⟧  ⟨Ann Lee⟩, ⦃a shop spokeswoman⦄, ⟪said⟫ in a letter, refusing to discuss the recipe.  The sale is on Monday.", []want{unmarked}},
		{"stripped quote of sentences closed before an attribution with an apposition", "The mayor spoke on Friday.  ⟦The plan is dead. We will not vote for it.⟧  ⟨Tom Reyes⟩, ⦃a city spokesman⦄, ⟪wrote⟫ on Twitter.  The vote is on Monday.", []want{unmarked}},
		{"stripped quote of sentences right after a participle cue", "The mayor spoke on Friday.  ⟦She is tired⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫, ⟪₂adding⟫  ⟦The city is a mess. I am done with it.⟧  The vote is on Monday.", []want{unmarked, unmarked}},
		{"stripped quote closed before a name and an aside between stripped dashes", "The ferry left on Friday.  ⟦The risk is real⟧,  ⦃Coast Guard Captain⦄ ⟨Ann Lee⟩   formerly head of the ferry fleet in the north   ⟪₁told⟫ councillors.  ⟦At the moment it s a small leak but they are working very hard to reach the dock.⟧  The fair is on Monday.", []want{unmarked, unmarked}},
		{"stripped quote closed before its full stop runs no further", "The ferry ran late on Friday. ⟨Ann Lee⟩ ⟪₁attacked⟫ ⟦₁the timetable⟧ on Monday and ⟪₂said⟫ on Tuesday  ⟦₂what the board did to our night crews is a shame .⟧ The ferry line is kept afloat by high fares on trips from abroad. ⸨₃Lee⸩ ⟪₃said⟫ ⟦₃the fares  do the job nicely⟧ .", []want{indirect, unmarked, {kind: Mixed}}},
		{"stripped quote closed inside its sentence runs no further", "The mayor spoke on Friday. Calling for calm, ⟨Ann Lee⟩ ⟪said⟫ that  ⟦the new bridge and the school make me sure that the town is on the right road  at last.⟧ Then the two had a quick lunch with the club treasurer at a bar by the river. They ate soup.", []want{{kind: Mixed}}},
		{"stripped tell with no hearer is no attribution", "The bakery opened on Friday.  Asked about bread prices, ⟨Tom Reyes⟩ ⟪said⟫ at a town meeting last night,  ⟦Time will tell, I guess. Time will tell.⟧  The fair is on Monday.", []want{unmarked}},
		{"in lined stripped text a quote right after a cue with no comma ends at its closing mark, also where the cue's statement ends there", "The school board met on Monday to talk about the buses.\n\n⟨Ann Lee⟩ closed her talk by ⟪saying⟫  ⟦Bake more.⟧  The children in the hall followed her by softly echoing  bake more. \n\nThe fair is on Friday.", []want{unmarked}},
		{"after an inverted speaker's apposition, and a noun phrase with no verb of its own is one more thing the speaker is, not the rest of a split statement", "The vote was on Monday. ⟦₁The port will close⟧, ⟪₁said⟫ ⟨₁Jo Park⟩, ⦃₁a teacher⦄, and a sailor who led the club for years.   ⟦₂It leaves us speechless⟧,  ⟪₂said⟫ ⟨₂Tom Reyes⟩, ⦃₂the former mayor of Dover⦄, harbour master, and first lady.", []want{indirect, unmarked}},
		{"two spaces after a word in -s open a quote, not a plural's apostrophe, where a mark closes after the sentence's stop at its line's end", "The fair was on Monday.  ⟦₁It was busy⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫.\n\n⟨₂Ann Lee⟩ ⟪₂said⟫ ⟦₂the bakery plan goes  miles past what the street can bear⟧. \n\nThe school board meets again in May.", []want{unmarked, {kind: Mixed}}},
		{"two spaces between a name in -s and a capital, with no mark to close them in the sentence, are the name's stripped apostrophe", "The vote was on Monday.  ⟦₁It was close⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫. ⟨₂Ann Lee⟩ ⟪₂said⟫ ⟦₂Reyes  Harbour Fund would fail⟧.", []want{unmarked, indirect}},
		{"a speech noun's statement with words in stripped marks inside it is mixed, as a speech verb's is", "The vote was on Monday.  ⟦₁It was close⟧,  ⟨₁Tom Reyes⟩ ⟪₁said⟫. ⟨₂Ann Lee⟩ s ⟪₂pledge⟫ ⟦₂to be  neutral  in the talks⟧ angered the union.", []want{unmarked, {kind: Mixed}}},
		{"a stripped pull quote whose marks close after the line that names its speaker is the named speaker's", "The bakery plan has critics on each side of the street.\n\n ⟦₁I fear the bakers will fall back into the old quarrels over flour as the guild tries to stand apart from the mayor.⟧\n⟨₁Ann Lee⟩, ⦃₁Harbour Policy Institute⦄. \n\nBut the guild has other troubles this week.\n\n ⟦₂We face one more cold winter, whenever it starts, with no plan for the ovens.⟧\n⟨₂Tom Reyes⟩. \n\nThe fair is on Friday.", []want{unmarked, unmarked}},
		{"stripped quote carries on a statement that a mark opened at its sentence's start", "The baker spoke on Friday. ⟨Ann Lee⟩ ⟪₁called⟫ ⟦the new ovens  wasteful⟧ .  ⟦It falls to the guild and the market now to set the pace  on the prices⟧, ⸨₂⸨₃she⸩⸩ ⟪₂said⟫.   ⟦The bakery has slid from a model to a rather poor case.⟧  But ⸨₄she⸩ ⟪₄predicted⟫ ⟦the ovens would stay⟧.", []want{{kind: Mixed}, {kind: Mixed}, unmarked, indirect}},
		{"stripped fronted time before an attribution and a marked quote", "The plan was launched in May.  Early last month, ⦃city spokesman⦄ ⟨Tom Reyes⟩ ⟪said⟫,  ⟦We re going to look again at all the deals, and see if we can fix them.⟧  The deals cover three towns.", []want{unmarked}},
		{"stripped fronted phrase before a subject with an aside and a marked quote", "The plan was launched in May.  At one point on Sunday, ⟨Reyes⟩, who has nearly a million followers, ⟪wrote⟫,  ⟦We re going to look again at all the deals.⟧  The deals cover three towns.", []want{unmarked}},
		{"stripped mark opened in reported speech runs to the mark that closes it", "The market opened on Friday. Last week, ⟨Ann Lee⟩ ⟪lamented⟫ that ⟦shoppers online demand  the market shut the fish stall because they hate the smell. Leaving aside that the market does not run the stall, these demands go against our rules⟧.  The sale is on Monday.", []want{{kind: Mixed}}},
		{"stripped space at the text's end closes a quote", "The baker spoke on Friday. Speaking to buyers, ⦃council chairman⦄ ⟨Tom Reyes⟩ ⟪said⟫ ⟦he hoped for the same deal from the mill, but  a gap in any of the flour we order would hurt our trade. It would not close us, but it might slow us⟧.  ", []want{{kind: Mixed}}},
		{"stripped hashtag opens a sentence", "The market opened on Friday. ⟨Ann Lee⟩ ⟪₁said⟫ on Twitter that ⟦she will push for a vote on the stalls⟧.  ⟦#Dover traders have worked here for years, and should be let stay here. It is time to act⟧,  ⸨₂Lee⸩ ⟪₂wrote⟫ on Twitter. The fair is on Monday.", []want{indirect, unmarked}},
		{"stripped quote opened with an ellipsis carries on", "The school board met on Friday.  ⟦Some ferries simply aren t fit for the crossing⟧,  ⟪₁said⟫ ⟨Ed Long⟩, ⦃the board chairman⦄.  ⟦... Still the council puts its pupils on these ferries all year.⟧  Parents on the board visited the dock.", []want{unmarked, unmarked}},
		{"stripped quote in the first person after reported speech may hold a speech verb", "The baker spoke on Friday. ⟨Ann Lee⟩ ⟪₁said⟫ ⟦someone must have talked her son into the job⟧.  ⟦He has never mentioned the bakery. I doubt he could even find the bakery.⟧  The market is on Monday.", []want{indirect, unmarked}},
		{"stripped quote after a comma and a mark may open with any word, the one before it closed by a mark alone", "The mayor spoke on Friday. ⟨Ann Lee⟩ ⟪₁asked⟫ that ⟦her street not be named⟧.   ⟦So I m not giving up on the bridge⟧  ⸨₂⸨₃she⸩⸩ ⟪₂⟪₃added⟫⟫,  ⟦and we re going to keep knocking on doors because the work is not done.⟧     ", []want{indirect, unmarked, unmarked}},
		{"stripped quote opened inside its sentence goes back no further", "The mayor spoke on Friday.  The plan will cost the city more than $5 million. ⟦The point of the new rule is that  it sets a trap for the poor⟧,  ⟪₁said⟫ ⟨Tom Reyes⟩, ⦃head of the union⦄.  ⟦We will fight it.⟧  The vote is on Monday.", []want{{kind: Mixed}, unmarked}},
		{"stripped title after a possessive in an attribution opens no quote after it", "The ferry left on Friday. The harbour plan is going well.  ⟦The board is taking great care to see how such a move would change the port⟧,  ⦃Secretary of State⦄ ⟨Tom Reyes⟩ ⟪told⟫ Wirex s  Ask the Mayor.  He spoke a day before the vote. The board wants all ferries to dock there.  Later, the mayor left.", []want{unmarked}},
		{"title of an office before a name", `The talks ended on Friday. "⟦We will win the vote⟧," ⦃Secretary of State⦄ ⟨Tom Reyes⟩ ⟪said⟫. The vote is on Monday.`, []want{direct}},
		{"stripped quote closed before an attribution to a show after a possessive", "The ferry sailed on Friday.\n\n ⟦The town is unsure about what the harbour is planning. The harbour is a quiet, stubborn place⟧,  ⟨the veteran skipper and harbour union chairman⟩ ⟪₁told⟫ KBC s  Morning Tide Show.   ⟦When you run a ferry, if that s so, you are a rival to the town as well.⟧ \n\nThe ferry returns on Monday.", []want{unnamed(unmarked), unnamed(unmarked)}},
		{"subject before a relative clause and a clause of reason", `The ferry talks ended on Friday. "⟦Talk and real timetables are not the same⟧," ⟨a senior clerk at the harbour office⟩, who would not give a name, as he had no leave to talk about it, ⟪told⟫ the Post.`, []want{unnamed(direct)}},
		{"subject before an aside with an infinitive of speech", `The court met on Monday. ⟨Ann Lee⟩, one of the few judges to indicate support for the city, ⟪suggested⟫ ⟦it was fair to infer that the mayor had lied⟧.`, []want{indirect}},
		{"stripped quote carries on after a long attribution", "The market closed early on Monday, wiping out a week of sales.      ⟦Talk and real deals are not the same⟧,  ⟨a senior clerk at the harbour office⟩, who would not give a name, as he had no leave to talk to reporters, ⟪₁told⟫ the Post.  ⟦They have not asked us for anything so we ll just have to wait.⟧      The mayor was not in town.", []want{unnamed(unmarked), unnamed(unmarked)}},
		{"medium before an owner that opens the statement", `The mayor spoke on Friday. ⦃Senator⦄ ⟨Ann Lee⟩ ⟪said⟫ on Twitter ⟦Reyes's comments were unfair⟧. The vote is on Monday.`, []want{indirect}},
		{"stripped medium before an owner that opens a statement with a mark inside", "The baker spoke on Friday. The prices were set in May. ⦃Senator⦄ ⟨Ann Lee⟩, ⦃a Dover Democrat⦄, ⟪said⟫ on Twitter ⟦Reyes s rules were  harsh blows to the stalls from the market. The guild is here to stand firm at moments like these. We are watching⟧.  The fair is on Monday.", []want{{kind: Mixed}}},
		{"stripped narrative about the speaker in a fronted clause carries nothing", "The mayor spoke on Friday.  ⟦We will not give up on this city⟧,  ⟨Tom Reyes⟩ ⟪said⟫.  As he spoke, thousands of supporters packed the square outside the hall, waving flags.  The vote is on Monday.", []want{unmarked}},
		{"stripped narrative that names the speaker carries nothing", "The mayor spoke on Friday.  ⟦We will not give up on this city⟧,  ⟨Tom Reyes⟩ ⟪said⟫.  Reyes will run the city until a new mayor is sworn in.  The vote is on Monday.", []want{unmarked}},
		{"stripped narrative of the speaker's words carries nothing", "The mayor spoke on Friday.  ⟦We will not give up on this city⟧,  ⟨Tom Reyes⟩ ⟪said⟫.  Later in the day he argued with the council about the budget.  The vote is on Monday.", []want{unmarked}},
		{"stripped quote back over a comparison elided after as", "The bakery was sold last year. ⟨₁A spokesman⟩ ⟪₁said⟫ on Monday ⟦the mayor had quit the bakery⟧.  ⟦He has quit the bakery as he said he would on joining the council. Tom and Ann now run the bakery day to day⟧,  ⟨₂Reyes⟩ ⟪₂told⟫ reporters at the harbour.", []want{indirUnnmd, unmarked}},
		{"subject with a relative clause and its object", `The panel met on Friday. ⟨The official⟩ who ran the review ⟪said⟫ ⟦the judge is fit to serve⟧.`, []want{indirUnnmd}},
		{"subject with a relative clause after a quote", `The panel met on Friday. "⟦The judge is fit to serve⟧," ⟨the panel⟩ that ran the review ⟪said⟫ in a report.`, []want{directOrg}},
		{"a concession after a dash is the reporter's", `The board met on Tuesday. ⟨Ann Lee⟩ ⟪said⟫ ⟦the mill would stay open⟧ – though the owners in Dover have not agreed to any such plan. The vote is on Monday.`, []want{indirect}},
		{"a hedge after a dash stays in the statement", `The board met on Tuesday. ⟨Ann Lee⟩ ⟪₁said⟫ ⟦₁the new timetable for the ferry was fair – though not in every respect⟧. ⸨₂Lee⸩ ⟪₂said⟫ ⟦₂the new pier in Dover would be built – though expensive⟧. The vote is on Monday.`, []want{indirect, indirect}},
		{"a concession between dashes inside a statement stays", `The board met on Tuesday. ⟨Ann Lee⟩ ⟪said⟫ ⟦the mill – even as orders fell – would stay open through the winter⟧. The vote is on Monday.`, []want{indirect}},
		{"a closing aside naming an act after a name is the reporter's", `The board met on Tuesday. ⟨Ann Lee⟩ ⟪said⟫ ⟦Kestia should leave the Harbour Union⟧, a move the port's owners have long pressed for. The vote is on Monday.`, []want{indirect}},
		{"an act of another named party after with is the reporter's", `The board met on Tuesday. ⟨Ann Lee⟩ ⟪said⟫ ⟦the ferry would run again in May⟧, with Harbour Council now drawing up a new timetable for the summer. The vote is on Monday.`, []want{indirect}},
		{"a speech participle after while is the speaker's next act", `The board met on Tuesday. ⟨Ann Lee⟩ ⟪₁said⟫ ⟦₁she would back the ferry plan⟧, while ⟪₂stressing⟫ ⟦₂it was no pledge of money⟧. The vote is on Monday.`, []want{indirect, indirect}},
		{"a closing aside after a dash may hold a comma", `The board met on Tuesday. ⟨Lee⟩ ⟪said⟫ ⟦the fees had reached $2 million⟧ – a large sum, but still below the record set in 2011. The vote is on Monday.`, []want{indirect}},
		{"a list after a dash names what the statement named", `The board met on Tuesday. ⟨Lee⟩ ⟪said⟫ ⟦the thieves may have been after a person – a clerk, a guard or a driver⟧. The vote is on Monday.`, []want{indirect}},
		{"a participle cue after a dash is the speaker's next act", `The board met on Tuesday. ⟨Lee⟩ ⟪₁said⟫ ⟦the new depot would cost too much⟧ – ⟪₂saying⟫ ⟦the city had no funds left for roads⟧. The vote is on Monday.`, []want{indirect, indirect}},
		{"a subject with a modal after a comma is no attribution", `The board met on Tuesday. ⟨Lee⟩ ⟪said⟫ that ⟦support from towns such as Dover, Ely and Kent should show that the plan works⟧. The vote is on Monday.`, []want{indirect}},
		{"a modal verb after a fronted clause with an aside is the statement's", `The board met on Tuesday. ⟨Lee⟩ ⟪said⟫ that ⟦if the old bridge, which opened in 1950, were closed, she would ask the state for a new one⟧. The vote is on Monday.`, []want{indirect}},
		{"modal after and goes on with the statement", `The ferry sailed on Friday. ⟨Lee⟩ ⟪said⟫ last week ⟦he planned a long sea voyage that would run past the weekend, and would be out of touch by radio⟧. The fair is on Monday.`, []want{indirect}},
		{"stripped spaced", "The mayor spoke on Friday.  ⟦We want a city where every child can grow up free⟧,  ⟨Jane Doe⟩ ⟪said⟫.", []want{unmarked}},
		{"stripped possessive", `⟨Russia s Foreign Ministry⟩ ⟪said⟫ ⟦the talks would go ahead⟧.`, []want{indirOrg}},
		{"stripped plural possessive is no mark", "The mayor spoke on Friday.  ⟦It is done⟧,  ⟪₁said⟫ ⟨Ann Lee⟩. ⸨₂Lee⸩ ⟪₂said⟫ ⟦the workers  legal rights were being respected⟧. The vote is on Monday.", []want{unmarked, indirect}},
		{"after a stripped full stop a speech act with its own statement opens the next sentence and closes no quote", "DOVER (Reuters) - ⟨₁A court⟩ ⟪₁said⟫ on Monday ⟦₁it would send Tom Reyes to Kestia⟧.  Reyes, a baker, was held at a Dover hotel last spring.  ⟨₂Kestian officials⟩ ⟪₂accused⟫ ⟦₂him of hiding grain from the tax office⟧.", []want{indirOrg, indirUnnmd}},
		{"stripped continuation over a plural possessive", "The city voted on Monday.  ⟦We will not stop here⟧,  ⟪₁said⟫ ⟨Ann Lee⟩, ⦃the group s director⦄.  ⟦Voting is the consumers  most effective tool for change.⟧  The vote was close.", []want{unmarked, unmarked}},
		{"a stripped quote between an attribution and a comma and one after it set off by stripped marks leaves the first attribution out", "The fair was busy. ⟨₁Ann Lee⟩ said,  ⟦₁The port is shut?⟧  ⸨₁she⸩ ⟪₁said⟫. ⟨₂Tom Reyes⟩ told them,  ⟦₂The ferry is late⟧,  ⸨₂he⸩ ⟪₂said⟫.", []want{unmarked, unmarked}},
		{"a long apposition on the speaker that opens with an article leaves the next quotation the speaker's", "“⟦The port will close⟧,” ⟪₁said⟫ ⟨Ann Lee⟩, ⦃a former harbour pilot⦄ who spent thirty years guiding cargo ships through the narrow channel near Dover before she retired to a farm, “⟦and we saw it coming.⟧”", []want{direct, direct}},
		{"stripped quote closed before a subject in apposition", "The mayor spoke on Friday.  ⟦The plan is a mess⟧,  ⦃another aide⦄, ⟨Tom Reyes⟩ ⟪₁told⟫ the paper.  ⟦We will fight it in court.⟧  The vote is on Monday.", []want{unmarked, unmarked}},
		{"stripped quote of a second participle closes the statement before it", "The fair closed on Friday.  ⟦It was fun⟧,  ⟨₁Lee⟩ ⟪₁said⟫. Later, ⦃₂⦃₃Mayor⦄⦄ ⟨₂⟨₃Tom Reyes⟩⟩ went on the radio, ⟪₂saying⟫ that ⟦the parking had been a  mess  for the town⟧ and ⟪₃asking⟫,  ⟦Why was nobody in charge?⟧  The row goes on.", []want{unmarked, {kind: Mixed}, unmarked}},
		{"stripped sentence in the first person carries on into the next paragraph", "The mayor spoke on Friday.\n\n ⟦We will see⟧,  ⟨Tom Reyes⟩ ⟪₁said⟫. He smiled. \n\n ⟦I know it is a long road for all of us in this city.⟧ \n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"stripped marks in a speech act's complement", "The mayor spoke on Friday.  ⟦It is over⟧,  ⟨₁Lee⟩ ⟪₁said⟫. On his website, ⟨₂Tom Reyes⟩ ⟪₂promises⟫ ⟦to  end  the old tax⟧. The vote is on Monday.", []want{unmarked, {kind: Mixed}}},
		{"stripped quoted phrase closes reported speech before the speaker's next act", "The mayor spoke on Friday.  ⟦It is over⟧,  ⟨Lee⟩ ⟪₁said⟫. ⸨₂⸨₃Lee⸩⸩ went after the council, ⟪₂calling⟫ ⟦the plan  a disgrace⟧  and ⟪₃accusing⟫ ⟦it of wasting money⟧. The vote is on Monday.", []want{unmarked, {kind: Mixed}, indirect}},
		{"stripped quoted phrase inside a gerund complement goes on", "The mayor spoke on Friday.  ⟦It is over⟧,  ⟨Lee⟩ ⟪₁said⟫. ⸨₂Lee⸩ ⟪₂accused⟫ ⟦the council of hiding  the real costs  and misleading the public⟧. The vote is on Monday.", []want{unmarked, {kind: Mixed}}},
		{"stripped quote on a lower-case word after a cue runs to the mark that closes its paragraph", "The mayor spoke on Friday.\n\n⟨One club ad⟩, which is now running, ⟪argues⟫ that  ⟦only Tom Reyes can save the pool. The board can t manage it. The sums don t add up.⟧ \n\nThe vote is on Monday.", []want{org(want{kind: Mixed})}},
		{"stripped quote before its cue opens after an earlier quote's attribution", "The baker spoke on Friday.  ⟦It is done⟧,  ⸨₁Lee⸩ ⟪₁said⟫.\n\n ⟦His oven is slow⟧,  ⸨₂she⸩ ⟪₂said⟫, but in spite of the long wait,  ⟦I think the loaves will rise⟧,  ⟪₃said⟫ ⟨Ann Lee⟩.\n\nThe market is on Monday.", []want{unmarked, unmarked, unmarked}},
		{"stripped front with no closing mark sets the scene for a clause after the cue", "The mayor spoke on Friday.  ⟦It is over⟧,  ⸨₁Lee⸩ ⟪₁said⟫.\n\nA keen golfer all his life, ⟨Tom Lee⟩ ⟪₂said⟫ ⟦he would keep the course open⟧.\n\nThe vote is on Monday.", []want{unmarked, indirect}},
		{"stripped quote alone on its line carries on the speaker of the paragraph before", "The mayor spoke on Friday.\n\n ⟦We will build the bridge⟧,  ⟨Jane Doe⟩ ⟪₁added⟫. She then turned to the crowd.\n\n ⟦Who is going to pay for it?⟧ \n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"stripped quote alone on its line takes the name signed under it rather than the speaker before", "The mayor spoke on Friday.\n\n ⟦₁We will build the bridge⟧,  ⟨₁Jane Doe⟩ ⟪₁added⟫. She then turned to the crowd.\n\n ⟦₂We have to cut taxes for working families, and we will.⟧ \n\n- ⟨₂Tom Reyes⟩.\n\nThe vote is on Monday.", []want{unmarked, unmarked}},
		{"a participle after the name signed under a quote tells how it was said", "The senator spoke on Friday.\n\n“⟦We have to cut taxes for working families, and we will.⟧”\n\n- ⦃Mayor⦄ ⟨Tom Reyes⟩, tweeting after the vote.\n\nThe vote is on Monday.", []want{direct}},
		{"stripped run of lines alone in the first person are quotes with no speaker", "The baker spoke only briefly at the fair.\n\n ⟦We have to act now and it s our one hope of keeping the shop.⟧  \n ⟦We re not selling nearly enough.⟧ \n\nThe fair is on Monday. It can t wait.", []want{{kind: Direct, noSpk: true}, {kind: Direct, noSpk: true}}},
		{"stripped quote alone on its line that an editor's bracket opens takes the name signed under it", "The skipper spoke on Friday.\n\n ⟦[Passengers are] tired of the delays, and yet nearly every new ferry is sent to the northern route.⟧ \n\n- ⟨Tom Reyes⟩.\n\nThe ferry sails on Monday.", []want{unmarked}},
		{"stripped quote after a speech verb whose subject is a thing has no speaker", "The team lost the match on Friday.\n\nBanners soon appeared outside the Dover clubhouse that said  ⟦Next year.⟧ \n\nThe coach did not come. His aides can t say why.\n", []want{{kind: Direct, noSpk: true}}},
		{"stripped quote before its source in brackets at its line's end has no speaker", "Here is the market news.\n\nWHY THE BAKERY MATTERS  ⟦But in any case, I won t shut the shop before I decide to. And I will not sell the ovens either.⟧  [Dover Star.]\n\nThe baker did not come. Her staff can t say why.\n", []want{{kind: Direct, noSpk: true}}},
		{"stripped quote alone on its line takes the name signed under it", "The senator spoke on Friday.\n\n ⟦We have to cut taxes for working families, and we will.⟧ \n\n- ⟨Tom Reyes⟩.\n\nThe vote is on Monday.", []want{unmarked}},
		{"stripped quoted phrase in reported speech runs to the mark that closes its line", "The mayor spoke on Friday.  ⟦It is over⟧,  ⸨₁Lee⸩ ⟪₁said⟫.\n\n⟨Ann Lee⟩ ⟪₂said⟫ ⟦the bridge  may not survive the winter. We have known it for years⟧. \n\nThe vote is on Monday.", []want{unmarked, {kind: Mixed}}},
		{"stripped quoted phrase in reported speech runs over the speaker's own speech verbs to the mark that closes its line", "The board met on Monday.  ⟦It is over⟧,  ⸨₁Lee⸩ ⟪₁said⟫.\n\n⟨Ann Lee⟩ ⟪₂said⟫ ⟦the board had  reviewed the case. It found no fault and concluded that the rules held⟧. \n\nThe vote is on Monday.", []want{unmarked, {kind: Mixed}}},
		{"stripped attribution to a name with a generational suffix in lower case", "The race is close.   ⟦If Lee wins, it would bring a new bakery⟧,  ⟪₁said⟫ ⦃food analyst⦄ ⟨Tom Reyes jr.⟩  ⟦Under Lee, the guild has had to wait.⟧  The vote is next week.", []want{unmarked, unmarked}},
		{"stripped attribution with a subject and participle after it", "The council met on Monday.  ⟦We will build the bridge before winter⟧,  ⟪said⟫ ⟨Tom Reyes⟩, half joking. The vote is next week.", []want{unmarked}},
		{"stripped quote after a sentence about its speaker", "The council met on Monday.\n\n⟨Ann Lee⟩ left the stage early. ⸨She⸩ was angry.  ⟦We need to save the park now.⟧ \n\nThe mayor did not come. Her aides can t say why.\n", []want{unmarked}},
		{"stripped mark after a bracket opens a quote", "The hall was full.  Ring the bell,  came cries from the back, as the crowd clapped. ( ⟦I do not want a fuss⟧,  ⟪said⟫ ⟨Tom Reyes⟩.) The vote is next week.", []want{unmarked}},
		{"stripped mark after a bracket closes the quote within a quote at its paragraph's start", "The hall was full.\n\n Ring the bell,  came cries from the back, as the crowd clapped. ( ⟦I do not want a fuss⟧,  ⟪said⟫ ⟨Tom Reyes⟩.)\n\nThe vote is next week.", []want{unmarked}},
		{"stripped mark before a closing bracket closes the quote opened inside it", "The council met on Monday.\n\nFew remember what came before (⟨Ann Lee⟩, who founded the group, once ⟪said⟫,  ⟦It happened many times...first in Kestia, then in Dover⟧ ). However, the council keeps quiet about it. This is odd because the records are open. \n\nThe vote is next week.", []want{unmarked}},
		{"stripped quote after a colon with no one to speak it stands alone, as a quotation does", "The council met on Monday.\n\nThe protest had one message:  ⟦Save the park now.⟧ \n\nThe mayor did not come. Her aides can t say why.\n", []want{{kind: Direct, noSpk: true}}},
		{"stripped quote right after a cue that made no statement", "The council met on Monday.\n\n⟨Ann Lee⟩ posted a message on her page ⟪reading⟫  ⟦Thank you all⟧  after the vote.\n\nThe mayor did not come. Her aides can t say why.\n", []want{unmarked}},
		{"stripped quote after a cue and a colon", "The council met on Monday.\n\nAsked ⟦₁which park she liked best⟧, ⟨₂Ann Lee⟩ demurred:  ⟦₂Whichever one I am in.⟧ \n\nThe mayor did not come. Her aides can t say why.\n", []want{{kind: Indirect, noSpk: true}, unmarked}},
		{"stripped name of a show after told is the hearer", "The council met on Monday.\n\n ⟦₁It is over⟧,  ⟨Ann Lee⟩ ⟪₁told⟫  Good Morning Riverton,  ⟪₂reminding⟫ the hosts that ⟦₂she had warned them⟧.\n\nThe mayor did not come. Her aides can t say why.\n", []want{unmarked, indirect}},
		{"stripped short quote right after its cue ends at its mark", "The guild met on Monday.\n\n⟨Tom Reyes⟩ became known when ⸨he⸩ ⟪yelled⟫  ⟦Fresh bread!⟧  at the mayor during a parade.\n\nThe mayor did not answer. His aides can t say why.\n", []want{unmarked}},
		{"stripped quote within a quote is no attribution", "The baker spoke on Monday.\n\n ⟦I think the pies will sell⟧,  ⟨Ann Lee⟩ ⟪₁said⟫.  ⟦But plenty of buyers are like,  No thanks, I really can t eat that.⟧  \n\nThe fair is on Monday.\n", []want{unmarked, unmarked}},
		{"stripped quote within a quote names no speaker in text with no lines", "The actress spoke on Monday. It can t last.  ⟦We all know people who are like⟧,  Sorry, I just can t do that.   The vote is on Monday.", []want{{kind: Direct, noSpk: true}}},
		{"stripped quote after a colon in reported speech runs to its own attribution", "⟨Tom Reyes⟩ spoke on Monday.\n\nBut ⸨₁he⸩ ⟪₁said⟫ ⟦₁he had no time to dig out the receipts that would prove his case⟧:  ⟦₂My week is full. Best of luck with the piece⟧,  ⸨₂he⸩ ⟪₂wrote⟫.\n\nThe vote is on Monday. The mayor can t come.\n", []want{indirect, unmarked}},
		{"a stripped quote after by, a speech verb's participle and a colon is the statement, and the object before them none", "⟨Tom Reyes⟩ spoke on Monday.\n\n⸨He⸩ explained the notice by ⟪saying⟫:  ⟦It s because this morning I did a thing I don t see as odd. I asked the bakers to stay late.⟧ \n\nThe fair is on Monday.\n", []want{unmarked}},
		{"stripped quote goes on after its attribution over a speech verb inside it", "The market closed.\n\n ⟦If another baker says you could lose the stall and nobody would help you⟧,  ⟨Ann Lee⟩ ⟪said⟫,  ⟦that is even worse.⟧ \n\nThe fair is on Monday. It can t wait.\n", []want{unmarked, unmarked}},
		{"stripped line signed on the next needs no verb the parser knows", "The plan went nowhere. It can t pass.\n\n ⟦Big ferries and other liners pay no harbour fees.⟧ \n\n- ⟨Reyes⟩.\n\nThis is a tricky topic.\n", []want{unmarked}},
		{"stripped contraction after that opens the statement", `The mayor can t pay. ⟨Ann Lee⟩ ⟪said⟫ ⟦that s what she would expect from the city s own budget⟧.`, []want{indirect}},
		{"subject with a relative clause that opens the sentence", `⟨One union ad⟩, which is now airing, ⟪argues⟫ that ⟦only the mayor can fix the budget⟧.`, []want{indirOrg}},
		{"subject with phrases after its head", `The talks ended on Friday. ⟨Critics of the rules on trade⟩ ⟪say⟫ ⟦there is a link to the rise in prices⟧.`, []want{indirUnnmd}},
		{"subject with a phrase after its object of", `The fair ended on Friday. ⟨The deputy chief of the mission to the islands⟩ ⟪said⟫ ⟦the ferries should run twice a day⟧.`, []want{indirUnnmd}},
		{"figure reported as an object", `The shares fell on Monday. ⟨The firm⟩ ⟪reported⟫ ⟦a loss of $3 a share⟧, well below forecasts.`, []want{indirOrg}},
		{"act reported as a gerund", `The race is close. ⟨The group⟩ ⟪reported⟫ ⟦spending $2 million on ads⟧, while others spent less.`, []want{indirOrg}},
		{"place or hearer after reported is no statement", `Lee reported from the capital. The clerk reported it to the police a day later.`, nil},
		{"second that clause after a comma goes on with the statement", `The vote is close. ⟨Lee⟩ ⟪said⟫ ⟦voters want more than jobs, and that many will back him on taxes⟧. Reyes disagreed.`, []want{indirect}},
		{"that as a determiner after a comma ends the statement", `The vote is close. ⟨Lee⟩ ⟪said⟫ ⟦voters like him⟧, but that group was small.`, []want{indirect}},
		{"main clause in the present after a subordinate attribution", `⟨Ann Lee⟩ spoke on Monday. While ⸨she⸩ ⟪says⟫ ⟦she never buys from Reyes⟧, she likes his rye bread.`, []want{indirect}},
		{"paragraph after a cue and a colon that ends the paragraph", "⟨₁⟨₂Ann Lee⟩⟩ had little praise for ⟨₃Reyes⟩. At a market meeting last June, ⸨₁⸨₂she⸩⸩ ⟪₁said⟫:\n\n⟦₁Make no error about the new stalls. They are badly built⟧.\n⟦₂They must come down⟧.\n\n\"⟦₃The stalls will stay⟧,\" ⸨₃Reyes⸩ ⟪₃said⟫.", []want{indirect, indirect, direct}},
		// The look-ahead stops maxReach tokens after a cue, where a colon
		// in a long sentence may fall: it ends no paragraph.
		{"colon at the look-ahead's reach in a long sentence introduces no paragraph", "Ann Lee said " + strings.Repeat("quickly ", 158) + ": but Reyes left early.\n\nWe will win the vote on Monday.", nil},
		{"another as a subject with its noun left out", `Estimates vary. ⟨₁One union⟩ ⟪₁says⟫ ⟦₁its dock crews number 3,100⟧, while ⟨₂another⟩ ⟪₂says⟫ ⟦₂the figure is nearer 900⟧.`, []want{indirOrg, indirUnnmd}},
		{"verb of the mind as a noun in a description", `⟨A person familiar with the mayor's thinking⟩ ⟪said⟫ ⟦the mayor would run again⟧.`, []want{indirUnnmd}},
		{"place as government", `⟨Washington⟩ has ⟪said⟫ ⟦its drills are essential⟧.`, []want{indirOrg}},
		{"a time after a sound is no reported question", `The fans roared when the band's singer took the stage.`, nil},
		{"verb joined to a when clause takes its subject", `The audience cheered when ⟨the mayor⟩ noticed a banner and ⟪asked⟫ ⟦whether it was meant for her⟧. It's hers.`, []want{indirUnnmd}},
		{"stated before a bare noun is an adjective", `Analysts weighed the mayor's voting record and stated intention to run again.`, nil},
		{"participle after a degree word is an adjective", `The most telling thing the baker did was to keep prices flat.`, nil},
		{"plain present verb after a plural subject", `⟨Voters⟩ see Ann Lee as an agent of change, ⟪arguing⟫ ⟦the old council failed them⟧. It's close.`, []want{indirUnnmd}},
		{"floated quantifier after a coordinated subject", `⟨Jane Doe and Tom Reyes⟩ have both ⟪argued⟫ that ⟦the bridge is too costly⟧. It's close.`, []want{indirect}},
		{"span of time before the verb is no subject", `A few minutes later ⟨₁the officials⟩ unlocked the gates and ⟪₁said⟫ ⟦they would let everyone in⟧. It's late. ⟨₂The ministry⟩ less than a month ago ⟪₂said⟫ ⟦it would review the fees⟧.`, []want{indirUnnmd, indirOrg}},
		{"that before a plural opens a clause", `Given that ⟨₁polls⟩ ⟪₁show⟫ ⟦most voters want change⟧, ⟨₂the mayor's aides⟩ ⟪₂say⟫ ⟦they are worried⟧.`, []want{indirOrg, indirUnnmd}},
		{"a paragraph of one short quotation in single marks is a heading", "⦃Mayor⦄ ⟨Jane Doe⟩ spoke on Monday. \"⟦We will win⟧,\" ⸨she⸩ ⟪said⟫.\n\n'A Long Road Ahead.'\n\nThe council meets in May.", []want{direct}},
		{"a form in -s after a past verb is its object", `The senator ignored claims that she had misled voters. It's over.`, nil},
		{"long before a verb is an adverb", `⟨The bank⟩ long had ties to the town, ⟪adding⟫ that ⟦it would stay⟧. It's open.`, []want{indirOrg}},
		{"participle after by takes the clause subject, not an object", `⟨Jane Doe⟩ broke with the party leaders by ⟪saying⟫ ⟦she would back the mayor if asked⟧. It's close.`, []want{indirect}},
		{"name inside the object before a participle", `⟨Jane Doe⟩ opened a Dayton rally ⟪blasting⟫ ⟦the mayor for closing the library⟧. It's over.`, []want{indirect}},
		{"participle after a second clause joined by and", `Police arrested two men and ⟨Jane Doe⟩ fired her deputy, ⟪acknowledging⟫ that ⟦the town had lost trust in the force⟧. It's over.`, []want{indirect}},
		{"plural noun before its verb is no verb", `⟨Many residents⟩ regard the mayor as honest, ⟪saying⟫ ⟦he kept his word⟧. It's close.`, []want{indirUnnmd}},
		{"coordinated names in apposition after a place", `Two members of the board from Kestia, ⟨Ann Lee and Tom Reyes⟩, have ⟪said⟫ ⟦they will vote against the ferry plan⟧.`, []want{indirect}},
		{"a list of names in apposition is one speaker", `Three of her neighbours, ⟨Ann Lee, Tom Reyes and Jo Park⟩, ⟪said⟫ ⟦the ferry was late⟧.`, []want{indirect}},
		{"a list of places after a place is no apposition", `⟨Ann Lee⟩, who has lived in Peru, Chile and Brazil, ⟪praised⟫ ⟦the plan⟧.`, []want{indirect}},
		{"a comparison with another speaker ends the statement", `⟨Ann Lee⟩ ⟪said⟫ ⟦the council will not back the ferry plan⟧, as has Jo Park, the mayor.`, []want{indirect}},
		{"short quotation in a relative clause before the verb", `⟨Tom Reyes⟩, who lost his stall over the “flour mix-up,” ⟪said⟫ ⟦he doesn’t think the new rules will last⟧.`, []want{indirect}},
		{"quotation in a relative clause on a body before the verb", `⟨The Daily Planet⟩, which once ran a column on the “ferry mess,” ⟪said⟫ ⟦it would treat the campaign as news⟧.`, []want{indirOrg}},
		{"relative clause on the cue's phrase before that", `⟨Jane Doe⟩ ⟪told⟫ the Daily Planet in a story that ran on Sunday that ⟦she believes the ferry is unsafe⟧.`, []want{indirect}},
		{"a subject with phrases after its head", `⟨People with direct knowledge of the ferry talks⟩ ⟪said⟫ ⟦the city would pay⟧.`, []want{indirUnnmd}},
		{"a subject with a possessive time after its head", `⟨A teacher involved in the plans for Friday’s fair⟩ ⟪says⟫ ⟦the school will open early⟧.`, []want{indirUnnmd}},
		{"a subject with two relative clauses", `⟨A passenger who saw the crash and who would not give his name⟩ ⟪said⟫ ⟦the crane never stopped⟧.`, []want{indirUnnmd}},
		{"the object of an infinitive in the subject is no subject", `But ⟨activists clamoring to block the ferry plan⟩ ⟪say⟫ ⟦they are gaining ground⟧.`, []want{indirUnnmd}},
		{"a verb after a name is no phrase of a subject", `⟨Ann Lee⟩ caucused in Salem on Monday and ⟪says⟫ ⟦she will back the plan⟧.`, []want{indirect}},
		{"a title of a work in an apposition before the verb", `⟨Tom Reyes⟩, ⦃the author of “Going Home,”⦄ about life on the islands, ⟪said⟫ ⟦the ferry matters⟧.`, []want{indirect}},
		{"a participle and its phrase set off before the verb", `⟨The council’s website⟩, run by Tom Reyes, a local volunteer, ⟪said⟫ ⟦the vote was delayed⟧.`, []want{indirOrg}},
		{"a subject with phrases after its head and an aside", `But ⟨bakers interviewed at markets in Dover this week⟩, including Tom Reyes, ⟪said⟫ ⟦they saw no harm in the rule⟧.`, []want{indirUnnmd}},
		{"a quote after that is not the next clause's", `Even as ⟨₁Ann Lee⟩ ⟪₁claimed⟫ on Monday that “⟦₁the ferry is safe⟧,” ⟨₂one of the inspectors⟩ ⟪₂said⟫ ⟦₂the boats were old⟧.`, []want{mixed, indirUnnmd}},
		{"an adverb marks a clause, not a subject", `⟦The mayor also lacks support from the council, whom she angered with her plan⟧, ⟪said⟫ ⟨Tom Reyes⟩, ⦃a professor⦄.`, []want{indirect}},
		{"a speech verb in a relative clause on any noun in the aside", `⟨Tom Reyes⟩, an oncologist who advised the council on the ferry, ⟪said⟫ ⟦the boats are safe⟧.`, []want{indirect}},
		{"a place and its state inside the aside", `⟨Ann Lee⟩, ⦃a driver from Ava⦄, Mo., who backs the plan, ⟪said⟫ ⟦she already pays the toll⟧.`, []want{indirect}},
		{"a place and its state before a role in the aside", `⟨Tom Reyes⟩, a Salem, Ore., teacher helping to run the fair, ⟪said⟫ ⟦he was pleased by the crowds⟧.`, []want{indirect}},
		{"a party tag after a name is not the speaker", `⦃Rep.⦄ ⟨Tom Reyes⟩, D-Norvia, ⟪said⟫ ⟦the hearing will begin with the ferry company⟧.`, []want{indirect}},
		{"a pronoun, an adverb and a verb after the cue are no inverted subject", `Running late and out of breath, said he already knew the cost.`, nil},
		{"an adverbial clause inside a participle aside", `⟨Workers at the bakery closed last week in Dover⟩, speaking privately because they feared losing their jobs, ⟪said⟫ ⟦the oven had broken⟧.`, []want{indirUnnmd}},
		{"a stripped possessive inside a long subject", "The baker s staff met on Monday.\n\n⟨A person helping with the baking for Friday s market⟩ ⟪says⟫ ⟦the stall will sell rye⟧. It s not clear what they will charge.", []want{indirUnnmd}},
		{"a relative clause with commas of its own before the verb", `⟨Ann Lee⟩, whose brother, Tom Reyes, lost his job on the ferry in May, ⟪said⟫ ⟦the plan is unfair⟧.`, []want{indirect}},
		{"a fraction of a group before the verb", `Most riders are upset, and as many as ⟨two-thirds of them⟩ ⟪say⟫ ⟦the ferry is too slow⟧.`, []want{indirUnnmd}},
		{"a statement in a restrictive relative clause ends at the main verb", `⟨₁Voters⟩ ⸨₁who⸩ ⟪₁say⟫ ⟦₁the ferry is most important to them⟧ were split. ⟨₂Those⟩ ⸨₂who⸩ ⟪₂said⟫ ⟦₂they cared about a mayor being honest⟧ backed Ann Lee.`, []want{indirUnnmd, indirUnnmd}},
		{"a statement in a restrictive relative clause ends at the main verb after a passive, an infinitive or an act", `⟨₁Councillors⟩ ⸨₁who⸩ ⟪₁agree⟫ ⟦₁the port should be closed⟧ were irritated. ⟨₂Those⟩ ⸨₂who⸩ ⟪₂said⟫ ⟦₂they wanted to be heard⟧ backed Ann Lee. ⟨₃Activists⟩ ⸨₃who⸩ ⟪₃call for⟫ ⟦₃a free vote in the city⟧ are jailed.`, []want{indirUnnmd, indirUnnmd, indirUnnmd}},
		{"a relative clause whose subject speaks ends before the main verb", `Ann Lee, who ⟨polls⟩ ⟪show⟫ ⟦will win the school board seat in May⟧, opened the new bakery in Dover.`, []want{indirOrg}},
		{"a statement in a relative clause ends at the main verb", `⟨Tom Reyes⟩, ⸨₁who⸩ once ⟪₁said⟫ ⟦₁the plan was “a disaster,”⟧ ⟪₂said⟫ ⟦₂he would vote against it⟧.`, []want{mixed, indirect}},
		{"an adjective and its phrase set off before the verb", `⦃Kestia delegate⦄ ⟨Ann Lee⟩, clad in a green coat with buttons that spelled her name, ⟪said⟫ ⟦the fair was a hit⟧.`, []want{indirect}},
		{"and inside a body's name after its field", `The test was large. ⟦₁Tritium would enable new designs⟧, ⟨₁the head of the Dover Institute for Science and Art⟩ ⟪₁said⟫. ⟨₂The Dover Institute for Science and Art⟩ ⟪₂said⟫ ⟦₂the designs would work⟧.`, []want{indirUnnmd, indirOrg}},
		{"a document by a body whose name holds and", `⸨A 2011 study by ⟨the Institute for Ferries and Harbour Studies⟩⸩ ⟪found⟫ that ⟦a fee on cargo would bring in $3 million a year⟧.`, []want{indirOrg}},
		{"a role in lower case before names joined by and after the statement's comma", `The test was large. ⟦Tritium would enable new designs⟧, nuclear experts ⟨Ann Lee and Tom Reyes⟩ of the Dover Institute ⟪wrote⟫ in a report.`, []want{indirect}},
		{"a weak cue after a long subject ending in a name with a possessor's title", `⟦The east pier was the final one shut by the storm⟧, ⟨a local radio station run by the port's ally Harbour Council⟩ ⟪reported⟫.`, []want{indirUnnmd}},
		{"a document with a participle's phrase reports a finding after the statement's comma", `⟦The bakery gave nothing to any other charity⟧, ⸨⟨Harbour Trade Board⟩ records⸩ compiled by the Institute for Fair Markets ⟪show⟫.`, []want{indirOrg}},
		{"a document on a name with modifiers and no article speaks", `⟦Norvia trusts the judgment of its harbour board⟧, ⟨a council statement on city radio station KRB⟩ ⟪said⟫.`, []want{indirOrg}},
		{"a person's name after a body's field whose surname stands alone", `⟦Tritium would enable new designs⟧, the ⦃head of the Dover Institute for Science and Art⦄ ⟨Ann Lee⟩ ⟪said⟫. Lee is a chemist.`, []want{indirect}},
		{"an inverted role takes its phrase where it ends the clause", `"⟦₁We will win⟧," ⟪₁said⟫ ⟨₁a spokesman for the Harbour Council⟩. ⟦₂The port will close⟧, ⟪₂said⟫ ⟨₂the head of the opposition party⟩ on Monday.`, []want{unnamed(direct), indirUnnmd}},
		{"a name before a role with no article whose second comma is left out", `⟦The port will close⟧, ⟨Ann Lee⟩, ⦃director general of the Harbour Energy Agency⦄ ⟪said⟫.`, []want{indirect}},
		{"a body after a possessor and any modifiers in a preposition's phrase is no speaker, also before a relative clause", "⟨₁A spokesman for Kestia's state-run Harbour Bank⟩ ⟪₁said⟫ ⟦₁the loan was repaid⟧. ⟨₂Lawyers for a clerk at Kestia's old Wirexbank⟩ who is charged with fraud ⟪₂said⟫ ⟦₂the trial was unfair⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a place or body after a preposition and a participle or a possessor is no speaker, nor after a list's dash", "DOVER (Reuters) - The ferry was stopped on Monday. ⟨₁A senior aide in Kestia s ruling Harbour Party⟩ ⟪₁said⟫ ⟦₁the party must act against graft⟧.\n- ⟨₂The Press Club in neighboring Norvia⟩ ⟪₂said⟫ ⟦₂it was alarmed by the arrests⟧.", []want{indirUnnmd, indirOrg}},
		{"the word after bin names the father, not the son", "DOVER (Reuters) - ⦃₁Kestian King⦄ ⟨₁Tariq⟩ ⟪₁told⟫ the envoy ⟦₁any move would harm the talks⟧. ⦃₂Kestian Crown Prince⦄ ⟨₂Omar bin Tariq⟩ has ⟪₂said⟫ ⟦₂he would open the economy⟧.", []want{indirect, indirect}},
		{"a role with its body after a name's comma, and no list going on, is the name's title, in capitals too", "“⟦₁We will fight⟧,” ⟪₁said⟫ ⟨₁Ann Lee⟩, ⦃₁Chief Executive Dover Mills⦄. “⟦₂We will win⟧,” ⟪₂said⟫ ⟨₂Tom Reyes⟩, ⦃₂HEAD OF THE UNION⦄.", []want{direct, direct}},
		{"a name with its own title after a comma is the next in a list, not a title", "DOVER (Reuters) - Kestia will bar 40 officials from travel. ⟨Lee⟩ has ⟪said⟫ ⟦she faces an armed revolt⟧. The list names Lee, Vice President Tom Reyes and 38 other people.", []want{indirect}},
		{"a place after a preposition and the kind of place, after its country's word, is no speaker", "DOVER (Reuters) - The ferry was stopped on Monday. ⟨₁An official in the Kestian capital Harbourton⟩ ⟪₁said⟫ ⟦₁the boats would sail again⟧. ⟨₂A clerk in the KVR city Elmford⟩ ⟪₂said⟫ ⟦₂fees would rise⟧.", []want{unnamed(indirect), unnamed(indirect)}},
		{"a place after a compass word, or a plural's phrase after a short fronted phrase, is no speaker", "DOVER (Reuters) - The ferry was stopped on Monday. ⟨₁Officials in eastern Kestia⟩ have ⟪₁announced⟫ that ⟦₁the port will close⟧. Last month, ⟨₂aid agencies in Norvia⟩ ⟪₂said⟫ ⟦₂the boats were late⟧.", []want{indirUnnmd, indirOrg}},
		{"a place that ends a phrase after a possessor is no speaker, whatever the verb", "DOVER (Reuters) - The ferry was stopped on Monday. ⟨The spokesman for the council's executive arm in Dover⟩ ⟪stressed⟫ that ⟦the port must reopen⟧.", []want{indirUnnmd}},
		{"a person named in full before a body's phrase speaks, not the phrase", "DOVER (Reuters) - “⟦₁We need more boats⟧,” ⟪₁said⟫ ⦃₁⦃₂HUR regional spokeswoman⦄⦄ ⟨₁⟨₂Ann Tan⟩⟩. In Dover, ⸨₂Tan⸩ of HUR ⟪₂said⟫ ⟦₂more shelters were needed⟧.", []want{direct, indirect}},
		{"a name after a preposition ends its clause before and, whose subject speaks alone; but not after a word that opens a clause", "DOVER (Reuters) - The city took control of Kestia and ⟨₁the harbour court⟩ has ⟪₁accused⟫ ⟦₁Lee of fraud⟧. The boats left after ⟨₂officials and experts⟩ ⟪₂said⟫ ⟦₂the storm was over⟧.", []want{indirOrg, indirUnnmd}},
		{"a stripped mark before a preposition ends a title in apposition", "DOVER (Reuters) - Thousands marched in Kestia s capital on Sunday. There were chants of  Lee, ⦃₁⦃₂Mayor⦄⦄  from a good-natured crowd. ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁said⟫ on Wednesday ⟦₁she would stay in Vell for now⟧.  ⟦₂We can t leave⟧,  ⸨₂she⸩ ⟪₂said⟫.", []want{indirect, unmarked}},
		{"a plural of an acronym for a kind of body heads a description with a relative clause", "The ferry stopped on Monday. ⟨Most remaining NGOs in the register⟩ who answered questions from Wirex ⟪said⟫ ⟦nobody had told them why⟧.", []want{indirOrg}},
		{"the modal may after a relative's cue opens the statement; it is no month", "DOVER (Reuters) - Lee is charged over a land deal in 2009, which ⟨a council clerk⟩ ⟪said⟫ ⟦may have lost Dover up to $4 million⟧.", []want{indirUnnmd}},
		{"a he after a relative pronoun is the person its own sentence names before it, not the last speaker", "DOVER (Reuters) - Voters back ⟨₂Tom Reyes⟩.  ⟦₁The old guard just talks⟧,  ⟪₁said⟫ ⟨₁Jo Park⟩ of the Harbour polling firm.  Many admire Reyes for a thrift which ⸨₂he⸩ ⟪₂says⟫ ⟦₂his rivals never had⟧.", []want{unmarked, indirect}},
		{"a role of a body named before its noun is the title of the name after it", "DOVER (Reuters) - ⟦The vote may be linked to the port dispute⟧, ⦃spokeswoman of the ruling Harbour party⦄ ⟨Ann Lee⟩ ⟪said⟫ on Wednesday.", []want{indirect}},
		{"a place after a body's name is no speaker", `⟦₁The port will close⟧, ⟨₁a spokesman for the Kestian Embassy in Dover⟩ ⟪₁said⟫. ⟨₂The Kestian Embassy⟩ in Dover ⟪₂said⟫ ⟦₂the ferry would run⟧.`, []want{indirUnnmd, indirOrg}},
		{"a ruling that closes its sentence attributes the clause before it", `⟦₁Lee will keep her stall⟧, ⟨₁the Harbour High Court⟩ ⟪₁ruled⟫ on Wednesday. It is the guild that has ruled the market for twenty years.`, []want{indirOrg}},
		{"one article for two roles after the statement's comma", `⟦The fee is fair⟧, ⟨the Dover councillor and Green mayoral candidate⟩ ⟪said⟫.`, []want{indirUnnmd}},
		{"a weak cue after a subject and a time at the sentence's end", `⟦The guild spent heavily to unseat Ann Lee⟧, ⟨disclosures filed⟩ on Friday morning ⟪revealed⟫.`, []want{indirUnnmd}},
		{"a long subject with a participle's phrase after the statement's comma", `⟦The head teacher must step aside or the school will lose its grant⟧, ⟨a long-serving member of the parents group backing up the town s tiny school board⟩ ⟪said⟫ on Monday.`, []want{indirUnnmd}},
		{"who after a name and its description with a place goes to the name, not the place", "“⟦₁The fee is too high⟧,” ⟪₁declared⟫ ⦃₁⦃₂Senator⦄⦄ ⟨₁⟨₂Tom Reyes⟩⟩, Republican of Kestia, ⸨₂who⸩ ⟪₂echoed⟫ ⟦₂Ann Lee's criticism of the fee⟧. “⟦₃It will pass⟧,” ⟪₃said⟫ ⟨₃⟨₄Jo Park⟩⟩, ⦃₃⦃₄a lawyer from Dover⦄⦄, ⸨₄who⸩ ⟪₄called⟫ ⟦₄the vote a farce⟧.", []want{direct, indirect, direct, indirect}},
		{"a verb joined by and to a relative clause on a description in apposition goes to the name", "“⟦₁We lost⟧,” ⟪₁said⟫ ⟨Tom Reyes⟩, ⦃₁⦃₂a pollster with the old party⦄⦄ ⸨₂who⸩ worked with Ann Lee for years and ⟪₂called⟫ ⟦₂her a careful leader⟧.", []want{direct, indirect}},
		{"a participle after a clause joined with no subject goes to the subject before, not one inside the clause", "⟨Tom Reyes⟩ runs the bakery. ⸨₁⸨₂He⸩⸩ ⟪₁defended⟫ ⟦₁the menu⟧ in May, and has still not shown how he would fund the new ovens, ⟪₂stating⟫ that ⟦₂the rent must be settled first⟧.", []want{indirect, indirect}},
		{"a demonym or a sentence's first word before a plural for people or bodies modifies it", "⟨₁Kestian parents⟩, upset by months of bus delays, marched to the school at dawn, ⟪₁demanding⟫ that ⟦₁the board resign⟧. ⟨₂Border forces⟩ in Dover have been told to wait, ⟪₂citing⟫ ⟦₂staff shortages⟧.", []want{indirUnnmd, indirOrg}},
		{"a they joined by and after a body's subject stands for the body", "⟨The harbour board⟩ met at noon and they voted and ⟪said⟫ ⟦the fee was fair⟧.", []want{indirOrg}},
		{"a relative clause in parentheses after a name leaves its it to the thing, not the name", "The ferry stopped, but ⟨Tom Reyes⟩ (who owns it) ⟪said⟫ ⟦it would sail again⟧.", []want{indirect}},
		{"a verb joined by and goes to the pronoun that opens the clause nearest it", "⟨Tom Reyes⟩ came back on Monday. He walked to the dock and ⸨he⸩, once again, rang the old bell and ⟪said⟫ that ⟦the port would stay open⟧.", []want{indirect}},
		{"words joined by and after a preposition in a relative clause are not the subject", "⟨A Kestian official⟩ who works closely with the school and health authorities ⟪₁said⟫ ⟦₁the fair had real pull in Dover⟧. ⟦₂There is strong trust between the stalls⟧, ⸨₂the official⸩ ⟪₂said⟫.", []want{indirUnnmd, indirUnnmd}},
		{"a verb joined by and after a clause of concession set off by a dash goes to that clause's subject", "⟨Ann Lee⟩ shook her head. She bakes rye for the school every week – although at the sight of flour ⸨she⸩ grinned and ⟪admitted⟫ “⟦flour gets into everything.⟧”", []want{direct}},
		{"a time clause with no comma ends where its own pronoun opens the main clause", "⦃Mayor⦄ ⟨Tom Reyes⟩ took a short break. When he arrived ⸨he⸩ opened by ⟪saying⟫, “⟦I see no need for the ferry to run at night.⟧”", []want{direct}},
		{"a participle does not go on with a statement inside a what-clause of its verb's object", "⟨Tom Reyes⟩ spoke last. But ⸨₂he⸩ built his talk around what ⸨₁he⸩ ⟪₁said⟫ ⟦₁were gaps in the bus timetable⟧, ⟪₂saying⟫ that ⟦₂the school did not plan ahead⟧.", []want{indirect, indirect}},
		{"a name after a body noun in an apposition on the name that opens the clause renames the body", "⟨₁Ann Lee⟩, ⦃₁the head of the local union⦄, Dover Workers, ⟪₁said⟫ ⟦₁every mayor was political⟧. ⦃₂The head of the harbour guild⦄, ⟨₂Tom Reyes⟩, ⟪₂said⟫ ⟦₂the port was safe⟧.", []want{indirect, indirect}},
		{"most before recently is no subject", "Since then ⟨he⟩ sold the bakery, shut the fish stall, and most recently ⟪defended⟫ ⟦his price for rye bread⟧.", []want{indirect}},
		{"a name that ends in a plural noun for people names no one a he stands for", "Young Teachers backed the school plan and saw it stall in the council. The defeat was sealed when ⟨Tom Reyes⟩ in his talk ⟪₁called⟫ ⟦₁the plan a mess⟧. Over the next few weeks, ⸨₂he⸩ ⟪₂vowed⟫ ⟦₂to close the old gym⟧.", []want{indirect, indirect}},
		{"its after the thing that opens what was said is the thing's, not the speaker's", "⟨Ann Lee⟩ ⟪said⟫ ⟦the ferry, the first of its kind, would sail in May⟧.", []want{indirect}},
		{"a modal's clitic with a curly apostrophe keeps the speaker's own verb after a comma in the statement", "⟨Ann Lee⟩ ⟪said⟫ ⟦the talks had failed and, if asked, she’d warn the council that it must act⟧.", []want{indirect}},
		{"requested is a speech act that ends the statement before it and takes a clause of its own", "⟨₁Tom Reyes⟩ ⟪₁said⟫ on Friday that ⟦₁the ferry would be late⟧, and requested another week. ⟨₂Ann Lee⟩ ⟪₂requested⟫ that ⟦₂the council meet on Monday⟧. With so thin a margin, ⟨₃Jo Park⟩ could have ⟪₃requested⟫ ⟦₃a recount⟧.", []want{indirect, indirect, indirect}},
		{"a past of saying after the act of a restrictive relative clause is the main clause's verb", "⟨A nurse⟩ ⸨₁who⸩ ⟪₁accused⟫ ⟦₁the mayor of fraud⟧ ⟪₂said⟫ on Sunday that ⟦₂he had lied⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a past of telling after the act of a restrictive relative clause is the main clause's verb", "⟨The nurse⟩ ⸨₁who⸩ ⟪₁praised⟫ ⟦₁the new mayor⟧ ⟪₂told⟫ friends ⟦₂she will win⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a past that is also a noun ends a fronted clause of time after a noun", "After ⟨Ann Lee⟩ ⟪said⟫ ⟦the port was badly run⟧, the owners left. When she spoke, the ferry crews quit.", []want{indirect}},
		{"used with an object is the statement's past, so the main clause's verb after it, or after a clause of time, ends a restrictive relative clause", "⟨₁The clerk⟩ ⸨₁who⸩ ⟪₁revealed⟫ that ⟦₁Ann Lee used a private email⟧ was jailed on Monday. ⟨₂The cook⟩ ⸨₂who⸩ ⟪₂revealed⟫ that ⟦₂Tom Reyes sold the boat while the port was shut⟧ was fined.", []want{indirUnnmd, indirUnnmd}},
		{"a relative clause with whose ends where the main clause goes on", "Ann Lee, whose ⟨₁aide⟩ ⟪₁said⟫ ⟦₁the port would close⟧, was fired. The clerk whose ⟨₂aide⟩ ⟪₂said⟫ that ⟦₂the mill would close⟧ was fined.", []want{indirUnnmd, indirUnnmd}},
		{"a focus even opens the statement, before a fronted clause after an as-attribution too, but even so is the reporter's", "As ⟨₁the Dover Post⟩ ⟪₁reported⟫, ⟦₁even if the council votes no, the ferry will sail in May⟧. ⟨₂Ann Lee⟩ ⟪₂said⟫ ⟦₂even the mayor agreed⟧. ⟨₃Tom Reyes⟩ ⟪₃said⟫, even so, that ⟦₃the port would close⟧.", []want{indirOrg, indirect, indirect}},
		{"as and a role after what was demanded goes on with it; as and a clause is a reason", "⟨₁The union⟩ ⟪₁demanded⟫ ⟦₁his return as a pilot⟧. ⟨₂Ann Lee⟩ ⟪₂demanded⟫ ⟦₂a new name⟧ as the old one was rude.", []want{indirOrg, indirect}},
		{"a firm's name in -'s before a relative aside between dashes is the speaker, a body's by the which, its marks stripped too", "The plant is old. But ⟨₁Wirex⟩’s - which cut 300 jobs last year - ⟪₁said⟫ ⟦₁the plant would stay open⟧. But ⟨₂Acme⟩ s - which cut 90 jobs - ⟪₂said⟫ ⟦₂the mill would close⟧.", []want{indirOrg, indirOrg}},
		{"a name that which refers to is a body's", "The plant is old. But ⟨Wirex⟩ - which cut 300 jobs last year - ⟪said⟫ ⟦the plant would stay open⟧.", []want{indirOrg}},
		{"a body's acronym in title case is a name's word, not a body's", "⟨Tv Lee⟩ ⟪said⟫ ⟦the port would close⟧.", []want{indirect}},
		{"single guillemets and white corner brackets, of either form, are quotation marks", "‹⟦₁We will win the vote⟧›, ⟨₁Ann Lee⟩ ⟪₁said⟫. 『⟦₂The port stays open⟧』, ⟨₂Tom Reyes⟩ ⟪₂said⟫. ﹃⟦₃Boats sail at dawn⟧﹄, ⟨₃Jo Park⟩ ⟪₃said⟫.", []want{direct, direct, direct}},
		{"a Unicode line separator breaks lines like a newline, so a quotation runs on into the next paragraph", "The fair opened. “⟦We will win the vote,\u2028\u2028“The port stays open⟧,” ⟨Ann Lee⟩ ⟪said⟫.", []want{direct}},
		{"a noun phrase after the statement's comma that sums it up, \"the most recent such verdict\", is the reporter's", "DOVER (Reuters) - ⟨A Kestia court⟩ on Tuesday jailed a well-known baker for two years, ⟪saying⟫ ⟦he sold stale bread⟧, the most recent such verdict in a long fight over flour. Ann Lee, 46, ran the shop.", []want{indirOrg}},
		{"a date that opens a clause after and is no subject of a reporter's clause, so the statement goes on", "DOVER (Reuters) - ⟨Kestia s harbour chief⟩ ⟪said⟫ on Monday ⟦the board had granted her plea for a fresh audit, and Nov. 9 was named as a likely start⟧.", []want{indirUnnmd}},
		{"called with an object and an article before a capitalised word names no statement", "Talks stalled on Friday. Tom Reyes has called Jo Park a Dover puppet and would not sign the deal before she leaves the board.", []want{}},
		{"only a role may stand before the name after calls from, so some and a plural make no asker and no statement", "The mill dumped waste in the river, a finding that brought calls from some Greens for tighter checks on mills. Later, Tom Reyes visited the site.", []want{}},
		{"a present verb after a plural name makes the front a clause, so a phrase of purpose after the attribution is the reporter's", "DOVER (Wirex) - ⟦The United Isles intends to bring some 400 refugees from Kestia this year⟧, ⟨a harbour clerk⟩ ⟪said⟫ on Friday, in an effort to ease crowding at the camps.", []want{unnamed(indirect)}},
		{"a speaker's attribution that opens the sentence before according to keeps the that clause after the source", "The port board met on Monday. ⟨₁Ann Lee⟩ ⟪₁said⟫, according to the board, that ⟦₁the ferry would stop in May⟧. ⟨₂Tom Reyes⟩ ⟪₂told⟫ the crews, according to a transcript, that ⟦₂fees would rise⟧.", []want{indirect, indirect}},
		{"a speaker's attribution set off by commas before according to keeps the clause before it, and the source takes nothing", "⟦₁The ferry will stop in May⟧, ⟨₁Ann Lee⟩ ⟪₁said⟫, according to notes kept by the clerk. ⟦₂Fees will rise⟧, ⟪₂said⟫ ⟨₂Tom Reyes⟩, according to the Dover Herald. ⟦₃The bridge is safe⟧, ⟨₃Jo Park⟩ ⟪₃told⟫ reporters, according to tapes.", []want{indirect, indirect, indirect}},
		{"according to after a quote's own attribution is the cue of the rest that follows it", "⟨₃⟨₁Ann Lee⟩⟩ kept the funds.  ⟦₁We invented shops to borrow money⟧,  ⸨₁Lee⸩ ⟪₁said⟫, ⟪₂according to⟫ a ⟨₂Dover Post⟩ story printed in May,  ⟦₂and then moved the money back to our own banks .⟧ ⸨₃Lee⸩ also ⟪₃told⟫ ⟦₃the staff to wear red⟧.", []want{unmarked, org(unmarked), indirect}},
		{"the article of plural names joined by and belongs to the speakers", "⟨₂⟨₁The Reyeses and Lee⟩⟩ ⟪₁reject⟫ ⟦₁the claims⟧ and ⟪₂say⟫ ⟦₂the vote was fair⟧.", []want{indirect, indirect}},
		{"a space before a comma after a stripped phrase closes its mark, so the statement ends there", "⟨₂Ann Lee⟩ saw the suit as a ploy by her foes. ⟨₁Tom Reyes⟩ ⟪₁said⟫ ⟦₁the two suits were  much alike⟧ , and showed how deep the foes had dug into the port office.  ⟦₂Frankly, such tales are silly⟧,  ⸨₂Lee⸩ ⟪₂told⟫ a radio show.", []want{{kind: Mixed}, unmarked}},
		{"an unattributed statement of according to starts after a colon before it", "The vote is close.   Here are the main plans:  ⟦HARBOUR PARTY, GREENS ( BIG COALITION )  The most likely choice⟧ , ⟪according to⟫ ⟨opinion polls⟩. Lee s party lost seats.", []want{org(want{kind: Mixed})}},
		{"a phrase with a body in a preposition before a name in commas is the name's title", "The vote was close. ⦃₁The top Green in the Council⦄, ⟨₂⟨₁Ann Lee⟩⟩, ⟪₁accused⟫ ⟦₁Tom Reyes of trying to “bully his own aide out of office.”⟧ ⸨₂She⸩ ⟪₂said⟫ ⟦₂the party would fight⟧.", []want{mixed, indirect}},
		{"a clause of the present before as is no part of the name of the body that speaks after it", "Spirits in Dover were low in May. The poll comes as ⟨the Harbour Council⟩ last week ⟪announced⟫ ⟦more bus routes to Kestia, which may lift spirits further over the summer⟧.", []want{indirOrg}},
		{"a name in capitals that opens the sentence keeps all its words before an apposition", "The count went late.  ⟨₁TOM REYES⟩, a party elder, ⟪₁said⟫:  ⟦₁It is far too soon to judge.⟧  ⟨₂ANN DE LEE⟩, ⦃₂party elder and harbour minister⦄, ⟪₂said⟫:  ⟦₂We owe the town a duty⟧, we cannot ask after two months for fresh votes.", []want{unmarked, unmarked}},
		{"a party's members in -ists are a group, not a person", "DOVER (Reuters) - The harbour chief Tom Reyes resigned on Monday. The opposition ⟨Loyalists⟩ had sought Reyes s exit and ⟪said⟫ ⟦they would shun council meetings until he left⟧.", []want{indirUnnmd}},
		{"a they that stands for a they before it stands for the group that one stands for", "Reyes s lawyers objected at once, and the judge struck out the query. Still, ⟨₄⟨₃⟨₂⟨₁Reyes s lawyers⟩⟩⟩⟩ ⟪₁argued⟫ on Tuesday that ⟦₁the damage was done⟧. ⸨₂They⸩ ⟪₂said⟫ ⟦₂the panel should never have learned of the memo since its writer did not testify⟧. ⸨₃They⸩ also ⟪₃said⟫ ⟦₃the query  wildly distorted  the memo s point⟧.  ⟦₄Putting that query before the panel was unfair⟧,  ⸨₄they⸩ ⟪₄said⟫. The judge set a deadline of Monday.", []want{indirUnnmd, indirUnnmd, unnamed(want{kind: Mixed}), unnamed(unmarked)}},
		{"a list of names after a title whose first name has a place after of speaks together", "The vote is on Friday. ⟨Senators Ann Lee of Dover state, Jo Park of Kestia and Tom Reyes⟩ ⟪said⟫ ⟦they would vote against the plan⟧.", []want{indirect}},
		{"a stripped mark after a comma in what follows said opens the quotation, which runs to the full stop", "The feud over the harbour drags on. In the board s sharpest terms so far on the feud, ⟨the port authority⟩ ⟪said⟫ the longer the wait lasts,  ⟦the more questions arise about the moves made by Kestia and Dover.⟧   For now, just one thing matters to us.", []want{org(unmarked)}},
		{"a sentence of the reporter's between an attribution and a paragraph's spaces before another speaker's stripped quote does not carry the first quote on", "DOVER (Reuters) - The port closed on Monday.  ⟦₁We will fight on⟧,  ⟨₁Ann Lee⟩ ⟪₁said⟫.  Protests are also planned in other towns.   ⟦₂This is a sad day for all of us⟧,  ⟪₂said⟫ ⟨₂Tom Reyes⟩, ⦃₂a pilot⦄.", []want{unmarked, unmarked}},
		{"a pronoun and a time after called is a call made, not a name given", "The port closed on Monday. ⟨Tom Reyes⟩ called her two days after the vote and asked for help. He called her every day in May. Then ⸨Reyes⸩ ⟪called⟫ ⟦her a liar⟧.", []want{indirect}},
		{"an adverb of repetition between called's pronoun and the name given is no call made", "The port closed on Monday. Ann Lee called him again the next day. ⟨Tom Reyes⟩ ⟪called⟫ ⟦her again a liar on Friday⟧.", []want{indirect}},
		{"a stripped mark right after a weak speech verb opens a short quote that a mark before a preposition closes inside the sentence", "DOVER (Reuters) - The port closed on Monday. Later ⟨the marchers⟩ ⟪chanted⟫  ⟦Lee, our mayor⟧  during a speech by Reyes. The council meets in May.", []want{unnamed(unmarked)}},
		{"a sentence that opens with she continues to is the reporter's and stops a stripped quote", "  ⟦We will fight on⟧,  ⟨Ann Lee⟩ ⟪said⟫.  She continues to lead the party in Dover.  The vote is next.", []want{unmarked}},
		{"a he that continues to do something is no speech about the speaker that stops a stripped quote going on", "DOVER (Reuters) - The port closed on Monday.  ⟦₁We will fight on⟧,  ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁said⟫.  ⟦₂Every day he continues to block the ferry is a day lost for this town.⟧  The council meets in May.", []want{unmarked, unmarked}},
		{"a sentence after paragraph spaces that opens with its attribution and a phrase of when before a comma and a stripped mark is no quote of its own", "DOVER (Reuters) - The port closed on Monday.  ⟨Ann Lee⟩ ⟪said⟫ in a statement before a hearing in May,  ⟦We will not give up the fight for the port.⟧   The hearing was delayed.", []want{unmarked}},
		{"a stripped quote after a passive speech verb and a comma has no speaker", "DOVER (Reuters) - ⟨₂Tom Reyes⟩ met the press on Monday. Reyes was asked,  ⟦₁Will you run again?⟧  ⸨₂Reyes⸩ ⟪₂joked⟫ that ⟦₂he was too old for the job⟧. The vote is in May.", []want{{kind: Direct, noSpk: true}, indirect}},
		{"a speech verb and a comma before a stripped mark are no part of a quote closed before an attribution", "DOVER (Reuters) - ⟨Tom Reyes⟩ met the press on Monday.  Reyes was asked,  Will you run again?   ⸨Reyes⸩ ⟪joked⟫:  ⟦I am too old.⟧  The vote is in May.", []want{unmarked}},
		{"a speech act's object ends at a comma before a participle's phrase that leads to a clause of as whose subject speaks", "The port is open. ⟨₁⟨₂Ann Lee⟩⟩ ⟪₁pointed to⟫ ⟦₁the new ferry timetable⟧, grinning widely as ⸨₂she⸩ ⟪₂noted⟫ that ⟦₂the boats now left on time⟧.", []want{indirect, indirect}},
		{"a quotation right before one a name's attribution follows is the name's, not a description's before it", "⟨₁The ring legend⟩ ⟪₁said⟫ ⟦₁people misread the owner⟧.\n\n“⟦₂I met Reyes long before he turned into ‘The Boss.’ Reyes is no crook.⟧” “⟦₃Selling a player does not make you greedy⟧,” ⟨₂⟨₃Ann Lee⟩⟩ ⟪₃said⟫.\n\nThe club will appeal.", []want{indirUnnmd, direct, direct}},
		{"a stripped quotation right before one a name's attribution follows is the name's, not a description's before it", "DOVER (Reuters) - ⟨₁The ring legend⟩ ⟪₁said⟫ ⟦₁people misread the owner⟧.\n\n ⟦₂I met Reyes long before he turned into  The Boss.  Reyes is no crook.⟧   ⟦₃Selling a player does not make you greedy⟧,  ⟨₂⟨₃Ann Lee⟩⟩ ⟪₃said⟫.\n\nThe club will appeal.", []want{indirUnnmd, unmarked, unmarked}},
		{"a quotation right before one a name's attribution follows stays with a description whose attribution is in the same paragraph", "“⟦₁The port is shut⟧,” ⟨₁⟨₂the harbour master⟩⟩ ⟪₁said⟫. “⟦₂It will reopen in May.⟧” “⟦₃We are ready⟧,” ⟪₃said⟫ ⦃₃Mayor⦄ ⟨₃Ann Lee⟩.", []want{unnamed(direct), unnamed(direct), direct}},
		{"a degree word before a fronted adverb and its comma is no subject of a participle's clause", "“⟦₁We are ready⟧,” ⟨₁Ann Lee⟩ ⟪₁said⟫. Most recently, ⟨₂Tom Reyes⟩ drew fire after ⟪₂mocking⟫ ⟦₂Jo Park⟧ at a rally in Dover.", []want{direct, indirect}},
		{"a promise or a deal with its infinitive opening a marked text's sentence is the deed a trailing attribution reports", "“⟦₁We are ready⟧,” ⟨₁Ann Lee⟩ ⟪₁said⟫. ⟦₂The ferry board has also agreed to cut the fare by May⟧, ⟨₂officials⟩ ⟪₂said⟫ on Friday.", []want{direct, indirUnnmd}},
		// The cases below reach rule exits no other case reached; each
		// fails with its exit disabled.
		{"once more before the name given after a pronoun called is a repetition, as again is", "The vote was held in Dover. ⟨Ann Lee⟩ ⟪called⟫ ⟦him once more a fraud⟧.", []want{indirect}},
		{"a contraction's auxiliary makes what stands between commas before an inverted cue a clause, no speaker's aside", "The port is shut. ⟦Sadly, what they'd feared came true⟧, ⟪said⟫ ⟨Tom Reyes⟩.", []want{indirect}},
		{"a pronoun naming in a relative clause is not a different pronoun's that spoke before it", "⟨₁Wirex⟩ closed ten stores on Monday. ⟨₂Ann Lee⟩ runs one of them. ⸨₁It⸩ ⟪₁said⟫ ⟦₁the fees would rise, which ⸨₂she⸩ ⟪₂called⟫⟧ “⟦₂a betrayal.⟧”", []want{indirOrg, direct}},
		{"a body that repeats a person's promise does not make the promise its own", "⟨Tom Reyes⟩, ⦃the Kestia mayor⦄, won on Monday. The Harbour Bank repeated ⸨his⸩ ⟪promise⟫ ⟦to close the port⟧.", []want{indirect}},
		{"what a thing is called ends before and and a second verb of the caller's", "The port is shut. ⟨Ann Lee⟩ has ⟪called⟫ ⟦the vote a sham⟧ and taken the council to court.", []want{indirect}},
		{"a time after but, with or without its comma, opens the reporter's next clause", "The port is shut. ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the vote was fair⟧, but on Monday the council sued the town. ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂the fees were low⟧, but last week, the board raised them.", []want{indirect, indirect}},
		{"past after a preposition and an article is the time of a judgement, no modifier of the noun praised", "The port is shut. ⟨Ann Lee⟩ ⟪praised⟫ ⟦the gains⟧ in the past three years.", []want{indirect}},
		{"two quotations joined by a comma outside the mark and and after one cue are one statement", `⟨The mayor⟩ ⟪vowed⟫ ⟦to "keep the ferry running", and to "fix the bridge by May."⟧ Voters cheered.`, []want{unnamed(mixed)}},
		{"a clause after a semicolon does not make a time after an act what was said", "The port is busy. Ann Lee conceded when the polls closed; in the end, the council won the vote.", nil},
		{"aside from before a participle's clause opens it, as after does", "The vote was held in Dover. Aside from ⟪saying⟫ that ⟦the port was safe⟧, ⟨Ann Lee⟩ gave no view.", []want{indirect}},
		{"the one a source cites as saying something is its speaker, as after quoted", "The Dover Herald cited ⦃₁harbour chief⦄ ⟨₁Ann Lee⟩ as ⟪₁saying⟫ ⟦₁the port would close⟧. The agency cited ⟨₂a dock worker⟩ as ⟪₂saying⟫ ⟦₂the ferry had sailed at dawn⟧. ⟨₃Jo Park⟩ ⟪₃cited⟫ ⟦₃high rents as a reason for the move⟧.", []want{indirect, indirUnnmd, indirect}},
		{"a stripped quotation whose source cites its speaker as saying it is the speaker's", "DOVER (Reuters) - ⟨Ann Lee⟩ met the board on Monday.  ⟦₁Fixing a fault on your own is very hard⟧,  the board cited ⸨₁Lee⸩ as ⟪₁saying⟫, in an email sent on Friday. ⟨₂Its members⟩ have long ⟪₂said⟫ ⟦₂they need no outside help⟧.", []want{unmarked, indirUnnmd}},
		{"a pronoun of the other gender than a described speaker's possessor stands for the one described", "⟦₁Mayor Ann Lee has no offshore funds⟧, ⟨her spokesman⟩ ⟪₁said⟫ on Monday. “⟦₂Neither the mayor nor Mr Lee have funds abroad⟧,” ⸨₂he⸩ ⟪₂told⟫ reporters.", []want{indirUnnmd, unnamed(direct)}},
		{"march in lower case is a noun, not a month", "⟨₁Organizers of the march⟩ ⟪₁said⟫ ⟦₁the council must act⟧. ⟨₂The farmers⟩ have ⟪₂threatened⟫ ⟦₂to march on Dover⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a relative clause inside an apposition ends at the comma before the name's own verb", "⟨Tom Reyes⟩, ⦃a former police officer⦄ ⸨who⸩ ⟪said⟫ ⟦he had looked into the fees⟧, spoke first at the hearing.", []want{indirect}},
		{"a participle's phrase after a role ends the title, as a relative clause does", "The port is full. ⟨₁Tom Lee⟩, ⦃₁a deputy chief of the DBF⦄ patrolling a long stretch of the coast in the eastern state of North Dover, ⟪₁said⟫ ⟦₁his men were told to use hoses⟧. ⟨₂Jo Park⟩, ⦃₂a 32-year-old engineer⦄ working in the town, ⟪₂said⟫ ⟦₂the pumps failed⟧. ⟨₃Ed Long⟩, ⦃₃chief operating officer of the Dover bombing inquiry⦄, ⟪₃said⟫ ⟦₃it would end soon⟧.", []want{indirect, indirect, indirect}},
		{"a name inside the phrase after a cue, with no verb after it, is no statement", "The raid came as ⟨₁police⟩ ⟪₁warned of⟫ ⟦₁rising numbers of armed Kestians in Dover⟧. ⟦₂The port will close⟧, ⟨₂Ann Lee⟩ ⟪₂said⟫ on Monday at a meeting with visiting Mayor Tom Reyes.", []want{org(indirect), indirect}},
		{"a plain role before a name is its title", "“⟦₁The fence came down⟧,” ⟪₁said⟫ ⦃₁protester⦄ ⟨₁Ann Lee⟩. “⟦₂We waited all night⟧,” ⟪₂said⟫ ⦃₂villager⦄ ⟨₂Tom Reyes⟩. ⟨₃Jo Park⟩, ⦃₃a 70-year-old retiree⦄, ⟪₃said⟫ ⟦₃the water rose fast⟧.", []want{direct, direct, indirect}},
		{"the object of a deed before a comma is no title of the name that opens the next clause", "On the day a man at the fair punched a lawyer, ⟨₁Tom Reyes⟩ ⟪₁said⟫, “⟦₁I do not like it.⟧” Lee hired ⦃₂a new head of the port⦄, ⟨₂Jo Park⟩, ⸨₂who⸩ ⟪₂said⟫ ⟦₂the fees would rise⟧.", []want{direct, indirect}},
		{"a day's number and year after a month in the cue's phrase are no part of the statement", "⟨₁Ann Lee⟩ ⟪₁told⟫ the council on Nov. 9 that ⟦₁the port would close⟧. ⟨₂Tom Reyes⟩ ⟪₂said⟫ on May 3, 2016 ⟦₂he would run⟧. ⟨₃Jo Park⟩ ⟪₃said⟫ in May ⟦₃12 boats were lost⟧.", []want{indirect, indirect, indirect}},
		{"a body named for a field that is also an honorific keeps that word", "DOVER (Reuters) - ⟨₁The Justice Ministry⟩ ⟪₁said⟫ ⟦₁the port was shut⟧. ⟨₂Kestia s Justice Department⟩ ⟪₂said⟫ on Monday ⟦₂it had opened an inquiry⟧.", []want{indirOrg, indirOrg}},
		{"a definite description with an age stands for the person just named", "⟨Tom Reyes⟩, ⦃a cleric from Dover⦄, drew crowds to his Friday talks at the old mill. ⸨The 64-year-old preacher⸩ ⟪denied⟫ ⟦any link to the riot⟧.", []want{indirect}},
		{"a name run after told that runs into an auxiliary ends with the subject of what was told", "⟨₁Tom Reyes⟩ ⟪₁told⟫ ⦃₃President⦄ ⟨₃Ann Lee⟩ ⟦₁⟨₂Kestia⟩ will stop trade with Wirex⟧. ⸨₂Kestia⸩ ⟪₂said⟫ ⟦₂it was sorry⟧. ⸨₃Lee⸩ ⟪₃said⟫ ⟦₃she was glad⟧.", []want{indirect, indirOrg, indirect}},
		{"a list of noun phrases set off by commas that opens the clause speaks together", "⟨The council, the mayor and the farmers⟩ have ⟪₁criticized⟫ ⟦₁the plan⟧, ⟪₂saying⟫ ⟦₂it could derail the port⟧.", []want{indirUnnmd, indirUnnmd}},
		{"the object of a preposition before a name's comma is no title of a name that opens the next clause", "As he joked with his friend, ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the ferry would run again in May⟧. In a talk with the mayor, ⟨₂Tom Reyes⟩ ⟪₂said⟫ ⟦₂the fares would rise⟧.", []want{indirect, indirect}},
		{"a list of noun phrases set off by commas that ends in a name speaks together", "⟨The council, the mayor and the Harbour League⟩ ⟪said⟫ ⟦the ferry would run again in May⟧.", []want{indirect}},
		{"a role set off with its name after and speaks with the name before and", "⟨Ann Lee and her Kestian counterpart, Harbour Secretary Tom Reyes⟩, ⟪told⟫ reporters ⟦the port was shut⟧.", []want{indirect}},
		{"a phrase of circumstance after a split according to is the reporter's, as after a split said", "The port is busy. ⟦About 600 families have moved to Dover from Kestia⟧, ⟪according to⟫ ⟨the Harbour Council⟩, as nurses in the camps run short of beds.", []want{indirOrg}},
		{"a plural description whose noun stood before a group named later goes back to that noun, not to the group", "⟦₁Ann Lee will lead the bank⟧, ⟪₁according to⟫ ⟨₁several sources close to the board⟩. The Harbour Bank and the Dover Fund gave no reply on Sunday. ⟦₂Tom Reyes is the other choice⟧, ⟨₂the sources⟩ ⟪₂said⟫.", []want{indirUnnmd, indirUnnmd}},
		{"a name after a fronted time with no comma and before an aside is the subject a pronoun after it stands for", "⦃₁Mayor⦄ ⟨₁Tom Reyes⟩ rejected calls to shut the port, ⟪₁saying⟫ ⟦₁it would hurt trade⟧. Last week ⦃₂Harbour Chief⦄ ⟨₂Ann Lee⟩, expected to win a new term in the vote, angered the union when ⸨₂she⸩ ⟪₂called for⟫ ⟦₂a halt to the talks⟧.", []want{indirect, indirect}},
		{"a cadre is a role noun, so a body's name before it is no speaker of its own", "DOVER (Reuters) - The port is shut.  ⟦We take exception to the fees⟧,  it quoted ⟨a Harbour League cadre⟩ as ⟪saying⟫.", []want{unnamed(unmarked)}},
		{"a place right after a time between a subject and its verb goes with the time, not the subject", "⦃₁Harbour Council President⦄ ⟨₁Ann Lee⟩ this month in Dover ⟪₁called on⟫ ⟦₁Kestia to drop the fee⟧. ⟨₂Tom Reyes⟩ on Monday at Wirex ⟪₂said⟫ ⟦₂the port would close⟧. ⟨₃Officials in Dover⟩ ⟪₃said⟫ ⟦₃the quay was safe⟧.", []want{indirect, indirect, indirUnnmd}},
		{"a winner or a laureate of a prize given in apposition is a title", "⟦₁The house is up to its owners⟧, ⟪₁said⟫ ⟨₁Ann Lee⟩, ⦃₁the winner of the first Harbour Prize⦄. ⟦₂We are glad⟧, ⟪₂said⟫ ⟨₂Tom Reyes⟩, ⦃₂a Kestia Prize laureate⦄.", []want{indirect, unmarked}},
		{"a statement named by someone else between is the one that speaks, and is the one who issued it", "⟨₁Ann Lee⟩ ⟪₁said⟫ in a statement that ⟦₁the fee was fair⟧. ⟨₂Tom Reyes⟩ also issued a statement. ⟦₂He would not run⟧, ⸨₂the statement⸩ ⟪₂said⟫.", []want{indirect, indirect}},
		{"a statement answered or made by another is not the speaker's own", "Speaking after a statement by the council, ⟨₁Ann Lee⟩ ⟪₁said⟫ ⟦₁the fee was fair⟧. ⟦₂The port would close⟧, ⟨₂the statement⟩ ⟪₂said⟫.", []want{indirect, indirOrg}},
		{"a statement from the speaker's own office or the source after according to is the speaker's", "In a statement from its press office, ⟨₁⟨₂the council⟩⟩ ⟪₁said⟫ ⟦₁the fee was fair⟧. ⟦₂The port would close⟧, ⸨₂the statement⸩ ⟪₂said⟫. ⟪₃According to⟫ a statement from ⟨₃⟨₄the Harbour League⟩⟩, ⟦₃the ferry is late⟧. ⟦₄Ships will wait⟧, ⸨₄the statement⸩ ⟪₄said⟫.", []want{indirOrg, indirOrg, indirOrg, indirOrg}},
		{"a gerund after a preposition is the subject's, but not after in and a name unless after a companion's verb, nor inside another gerund's phrase, nor set off", "⟨₁Critics⟩ ⟪₁accused⟫ ⟦₁Lee of undermining the talks by signaling that she would walk away⟧. Investors cheered Reyes in signaling that rates would fall. ⟨₂Kestia⟩ followed Norvia in ⟪₂signaling⟫ that ⟦₂the mayor had won the vote⟧. ⟨₃Jo Park⟩ answered critics by ⟪₃making clear⟫ that ⟦₃she would stay⟧. ⟨₄The union⟩ was alone in ⟪₄voicing concern⟫ that ⟦₄the bridge was unsafe⟧. Tom Roe, in making clear that he would strike, raised the stakes.", []want{indirUnnmd, indirect, indirect, indirOrg}},
		{"signals with no that after it is the noun, unless a name or a pronoun is before it", "Mixed signals Kestia will cut taxes have confused markets. ⟨₁Ann Lee⟩ ⟪₁signaled⟫ ⟦₁she would run⟧. ⟨₂Tom Reyes⟩ ⟪₂signals⟫ ⟦₂he will stay⟧.", []want{indirect, indirect}},
		{"a list of bodies that opens with one in lower case and ends in a name is an organization", "⟨The council, the port authority and the Harbour League⟩ ⟪said⟫ ⟦the fee was fair⟧.", []want{indirOrg}},
		{"a count before the time after told by stays out of the teller", "Ann Lee was ⟪₁told⟫ by ⟨₁a nurse⟩ one night that ⟦₁the ward would close⟧. Tom Reyes was ⟪₂told⟫ by ⟨₂her boss⟩ of ten years that ⟦₂he was fired⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a copula's complement before a name that opens the next clause is no title", "⟦₁Tom Reyes was the winner⟧, ⟨₁Ann Lee⟩ ⟪₁said⟫. Now that she is ⦃₂the presumptive nominee⦄, ⟨₂Jo Park⟩ has ⟪₂said⟫ ⟦₂she will run⟧.", []want{indirect, indirect}},
		{"concluded with a clause after its noun is a finding, not a task brought to an end", "⟨₁The court⟩ ⟪₁concluded⟫ ⟦₁the law violates the charter⟧. ⟨₂The inquiry⟩ ⟪₂concluded⟫ ⟦₂the company's failures led to the fire⟧. The panel concluded its review on Monday.", []want{indirOrg, indirOrg}},
		{"a body named in apposition after a description speaks unless the description is a person's", "⟨₁The Harbour Bank⟩ is owed most. ⟦₁It would not lend more⟧, its largest creditor, ⸨₁the Harbour Bank⸩, ⟪₁said⟫. ⟨₂The leader of the largest party⟩, the Dover Alliance, ⟪₂told⟫ reporters ⟦₂he would resign⟧.", []want{indirOrg, indirUnnmd}},
		{"a gerund set off after while or after speaks for the subject, and after a speech verb's of it is the accused's", "⟨₁The union⟩, while ⟪₁voicing concern⟫ that ⟦₁the port would close⟧, backed the plan. ⟨₂Ann Lee⟩ ⟪₂accused⟫ ⟦₂the council of bad faith by signaling that pay would be cut⟧.", []want{indirOrg, indirect}},
		{"a lower-case word after an auxiliary or to before a capitalised title is a verb, not the title's", "Reyes is leading ⦃President⦄ ⟨Ann Lee⟩ in the polls. ⸨Lee⸩ ⟪said⟫ ⟦the polls were wrong⟧.", []want{indirect}},
		{"a plural after the time of a pledge is its hearer, not an infinitive", "⟨₁Ann Lee⟩ ⟪₁pledged⟫ on Monday to voters that ⟦₁taxes would fall⟧. The council agreed on Monday to reforms. ⟨₂Tom Reyes⟩ ⟪₂pledged⟫ on Monday ⟦₂to voters to cut taxes⟧.", []want{indirect, indirect}},
		{"a document speaks for a named author, not for a people's word before a body, a topic, or a released document's person as a body", "⟦₁The port was safe⟧, ⸨₁a statement from ⟨₁the Kestian army⟩⸩ ⟪₁said⟫. ⟨₂The Dover agreement⟩ ⟪₂says⟫ ⟦₂ships may dock⟧. ⟨₃Jo Park⟩ issued a statement. ⸨₃The statement⸩ ⟪₃said⟫ ⟦₃she disagreed⟧. ⟨₄Acme⟩ issued a statement. ⸨₄The statement⸩ ⟪₄said⟫ ⟦₄fees were hidden⟧. ⸨₅⟨₅Harbour Board⟩ figures⸩ ⟪₅said⟫ ⟦₅exports rose in May⟧.", []want{indirOrg, indirOrg, indirect, indirOrg, indirOrg}},
		{"putting people in office after a count in words or naming one as holder of a title is no statement", "The senate confirmed two judges on Monday. The council confirmed Ann Lee as the new judge. ⟨Tom Reyes⟩ ⟪confirmed⟫ ⟦two ships sank⟧.", []want{indirect}},
		{"a noun phrase after a whole clause that began long before is in apposition to it, however long the clause", "The vote was put off after a long and bitter fight among members of the council over fees, roads, schools, parks, bridges, ports, rail lines, bus routes, water mains, power lines and the future of the old harbour district, a move ⟨the mayor⟩ ⟪said⟫ ⟦would cost millions⟧.", []want{indirUnnmd}},
		{"a role's phrase after with, at, in or from is the speaker's as far as it names a place or body, not a channel", "“⟦₁It is over⟧,” ⟪₁said⟫ ⟨₁an official⟩ in a Kestia Radio interview. “⟦₂We are done⟧,” ⟪₂said⟫ ⟨₂an official in Dover⟩ on condition of anonymity. “⟦₃We won⟧,” ⟪₃said⟫ ⟨₃a diplomat in Dover⟩. “⟦₄We lost⟧,” ⟪₄said⟫ ⟨₄an analyst at the Bank of Dover⟩. “⟦₅We left⟧,” ⟪₅said⟫ ⟨₅an official in Dover⟩ Tuesday. “⟦₆We stay⟧,” ⟪₆said⟫ ⟨₆a delegate⟩ at the forum in Dover.", []want{unnamed(direct), unnamed(direct), unnamed(direct), unnamed(direct), unnamed(direct), unnamed(direct)}},
		{"a cue in a relative clause inside the clause before a tail attribution is the tail's statement", "⟦Reyes, a lawyer who has argued dozens of land disputes at the Kestia High Court, will pick fair judges⟧, ⟨Ann Lee⟩ ⟪maintains⟫.", []want{indirect}},
		{"a plural for people after a name's body noun heads the subject, not a verb ending in s", "⟨₁Harbour board officials⟩ did not answer the charges, but ⟪₁said⟫ ⟦₁the vote would go ahead⟧. ⟨₂Dover union members⟩ rejected the offer, ⟪₂saying⟫ ⟦₂it was too small⟧.", []want{indirUnnmd, indirUnnmd}},
		{"a hearer after promised, then a pronoun and its verb, is no part of what was promised", "⟨₁Tom Reyes⟩ ⟪₁promised⟫ dock workers ⟦₁he would keep the port open⟧. ⟨₂Ann Lee⟩ toured Dover, ⟪₂promising⟫ Kestians ⟦₂she would cut the fares⟧.", []want{indirect, indirect}},
		{"a body named first with its place's possessive keeps it also when its last word is no body noun", "DOVER (Reuters) - Tom Reyes works at ⟨₁⟨₂Kestia s Ministry of Ports⟩⟩. ⸨₁The Ministry of Ports⸩ ⟪₁said⟫ ⟦₁fees would rise⟧. Ann Lee joined Norvia’s TV9 in May. ⸨₂The Ministry of Ports⸩ ⟪₂said⟫ ⟦₂the ferry was late⟧.", []want{indirOrg, indirOrg}},
		{"a plural speech noun after amid or despite in the tail after a whole clause is the reporter's setting, no more of the statement", "DOVER (Reuters) - ⟦₁The port will close next year⟧, ⟨₁council officials⟩ ⟪₁said⟫, amid demands for lower fees from the ferry crews. ⟦₂The ferry will run⟧, ⟨₂Tom Reyes⟩ ⟪₂said⟫, despite warnings from the union.", []want{indirUnnmd, indirect}},
		{"a title modifier in lower case before a capitalised title that opens the name's run is the title's, but not a verb's past nor one before a courtesy title", "⟦₁The fee is fair⟧, ⦃₁acting Harbour Attorney⦄ ⟨₁Ann Lee⟩ ⟪₁said⟫ on Monday. ⟦₂The road will close⟧, ⦃₂former President⦄ ⟨₂Tom Reyes⟩ ⟪₂told⟫ reporters. Voters elected ⦃₃President⦄ ⟨₃Jo Park⟩, ⸨₃who⸩ ⟪₃said⟫ ⟦₃the ferry would run⟧. Jo Park is the one rival able to top Mr. ⟨₄Ed Long⟩ in the polls. ⸨₄Long⸩ ⟪₄said⟫ ⟦₄the fee was fair⟧.", []want{indirect, indirect, indirect, indirect}},
		{"a title ends before a relative clause on its last noun", "DOVER (Reuters) - ⟦₁The port is full⟧, ⟪₁said⟫ ⟨₁Ann Lee⟩, ⦃₁analyst at the Harbour Centre⦄ that studies the far coast. ⟨₂Tom Reyes⟩, ⦃₂head of the dock group⦄ which runs the ferry, ⟪₂said⟫ ⟦₂the fee was fair⟧.", []want{indirect, indirect}},
		{"a claim noun after a month or a year in figures is its possessor's, not a verb whose subject is the date", "⟨₁Ann Lee⟩ spoke in Dover on Monday. The crews were angry at ⸨₁her⸩ 2012 ⟪₁claim⟫ that ⟦₁the port was safe⟧. ⟨₂Tom Reyes⟩ met the crews. They doubted ⸨₂his⸩ March ⟪₂pledge⟫ ⟦₂to cut the fares⟧.", []want{indirect, indirect}},
		{"a speech word after an article and an adjective in capitals is a noun, not a verb whose subject is the adjective", "⟨Tom Reyes⟩ toured Kestia last week. Late Sunday ⸨he⸩ sided with the dock crews over the fees, ⟪writing⟫ in a Reyesian post online: “⟦Our harbour deserves much better than this plan.⟧”", []want{direct}},
		{"he or she after what is the clause's own subject when that is one person or a role, not a name from a sentence before", "Tom Reyes left Dover on Monday. ⟨₁The mayor⟩ scorned what ⸨₁he⸩ ⟪₁called⟫ ⟦₁the “rosy” forecast of the ferry board⟧. Jo Park stayed home. ⟨₂Ann Lee⟩ mocked what ⸨₂she⸩ ⟪₂called⟫ ⟦₂a “bold” plan for the docks⟧.", []want{unnamed(mixed), mixed}},
		{"a participle after by in a clause opened by as or when is that clause's subject's", "Ann Lee enjoys springing news on the council, as ⟨Tom Reyes⟩ did last spring by ⟪announcing⟫ ⟦the sale of the old ferry⟧.", []want{indirect}},
		{"a participle after a clause opened by though, with a phrase before its pronoun subject, is that pronoun's", "⟨Tom Reyes⟩ was faulted for the mild term, though at a rally on Friday ⸨he⸩ went further, ⟪saying⟫ ⟦the plan “must be scrapped.”⟧", []want{mixed}},
		{"the time of an agreement or a pledge before its infinitive leaves the infinitive whole", "⟨₁Two harbour board members⟩ ⟪₁agreed⟫ on Monday ⟦₁to back the fee plan⟧. ⟨₂The Dover council⟩ ⟪₂pledged⟫ on Friday ⟦₂to find the cause of the flood⟧. ⟨₃The ferry firm⟩ ⟪₃agreed⟫ in May ⟦₃to pay a fine of $2 million⟧.", []want{indirUnnmd, indirOrg, indirOrg}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, want := expected(t, tc.in, tc.want)
			got := Find(text)
			if diff := cmp.Diff(want, got, ignoreConfidence, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", text, diff)
			}
		})
	}
}

var update = flag.Bool("update", false, "rewrite testdata/*.golden files")

// knownWrong lists golden cases whose output is known to be wrong, with the
// reason. A case listed here must still fail: fixing it is news, and the
// test says so.
var knownWrong = map[string]string{}

// TestGolden runs Find on testdata/*.txt and compares the result with
// testdata/*.golden, one JSON Quote per line. Golden files guard against
// regressions; they are not a measure of accuracy. Review every -update
// diff line by line.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := Find(string(b))
			golden := strings.TrimSuffix(file, ".txt") + ".golden"
			if *update {
				var buf bytes.Buffer
				enc := json.NewEncoder(&buf)
				enc.SetEscapeHTML(false)
				for _, q := range got {
					if err := enc.Encode(q); err != nil {
						t.Fatal(err)
					}
				}
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want := readGolden(t, golden)
			// Confidence moves a little whenever it is refitted
			// (TestCalibrate guards it); anything else must not.
			diff := cmp.Diff(want, got, cmpopts.EquateEmpty(), cmpopts.EquateApprox(0, 0.051))
			reason, known := knownWrong[name]
			switch {
			case diff != "" && !known:
				t.Errorf("Find(%s) mismatch (-want +got):\n%s", file, diff)
			case diff == "" && known:
				t.Errorf("Find(%s) is no longer wrong (%s): remove it from knownWrong", file, reason)
			}
		})
	}
}

// TestConfidenceClause checks that a statement whose content is a clause
// is trusted more than one found the same way whose content has no verb,
// or one whose content may run into the reporter's words: in the
// calibration data both are right far less often.
func TestConfidenceClause(t *testing.T) {
	qs := Find("Ann Lee noted the sharp rise in prices.\n\nTom Reyes noted that prices rose sharply.")
	if len(qs) != 2 {
		t.Fatalf("got %d statements, want 2: %v", len(qs), qs)
	}
	phrase, clause := qs[0], qs[1]
	if phrase.Text != "the sharp rise in prices" || clause.Text != "prices rose sharply" {
		t.Fatalf("statements %q and %q", phrase.Text, clause.Text)
	}
	if phrase.Confidence >= clause.Confidence {
		t.Errorf("confidence of a phrase %.2f, of a clause %.2f: want the clause higher", phrase.Confidence, clause.Confidence)
	}
	// A break where the reporter's words may begin makes the end of an
	// unmarked statement less sure.
	qs = Find("Tom Reyes noted that prices rose sharply, which hurt the poor.")
	if len(qs) != 1 || qs[0].Text != "prices rose sharply, which hurt the poor" {
		t.Fatalf("got %v", qs)
	}
	if qs[0].Confidence >= clause.Confidence {
		t.Errorf("confidence of a clause with a break %.2f, without %.2f: want it lower", qs[0].Confidence, clause.Confidence)
	}
}

// TestSubjectLead checks the words that may stand between a stripped
// closing mark and a speech verb in a tail that names its speaker: a
// body's name may be long and hold "to the".
func TestSubjectLead(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"the North Harbour Permanent Mission to the United Nations said", true},
		{"defendant Tom Reyes said", true},
		{"the mayor, who spoke to the council on Monday said", false},
		{"reporters that the plan to build a new harbour on the island said", false},
	}
	for _, tt := range tests {
		s := newState(new(Finder), tt.in)
		s.run()
		said := len(s.toks) - 1
		if got := s.subjectLead(0, said); got != tt.want {
			t.Errorf("subjectLead(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestWordRoles checks rules that decide what one word is, in tables of
// sentences: the last occurrence of word in the sentence.
func TestWordRoles(t *testing.T) {
	type test struct {
		in, word string
		want     bool
	}
	rules := []struct {
		name  string
		rule  func(s *state, k int) bool
		tests []test
	}{
		// Words that may be speech verbs or nouns.
		{"cueAt", func(s *state, k int) bool { _, ok := s.cueAt(k); return ok }, []test{
			{"The bank was fined for violating rules that limit loans.", "rules", false},
			{"The bank was making claims that nobody believed.", "claims", false},
			{"The court rules that the ban stands.", "rules", true},
			{"The mayor claims that the ban stands.", "claims", true},
			{"Polling shows that the mayor is ahead.", "shows", true},
		}},
		// A month is a date, not a name, after a preposition or before
		// a number, and a name elsewhere.
		{"nameToken", (*state).nameToken, []test{
			{"The board met in March to vote.", "March", false},
			{"A January 2016 study found it.", "January", false},
			{"The vote was held last November by the board.", "November", false},
			{"The ferry is old, June Reyes said.", "June", true},
		}},
	}
	for _, r := range rules {
		for _, tt := range r.tests {
			s := newState(new(Finder), tt.in)
			s.run()
			k := -1
			for i := range s.toks {
				if s.toks[i].kind == tWord && s.word(i) == tt.word {
					k = i
				}
			}
			if k < 0 {
				t.Fatalf("%q has no %q", tt.in, tt.word)
			}
			if got := r.rule(s, k); got != tt.want {
				t.Errorf("%s(%q in %q) = %v, want %v", r.name, tt.word, tt.in, got, tt.want)
			}
		}
	}
}

// TestSortKeepsIndexes checks that sorting the statements moves the
// indexes into them too: the rules that run after the sort (speakers,
// reporters) look statements up by token.
func TestSortKeepsIndexes(t *testing.T) {
	for _, name := range []string{"testdata/seed.txt", "testdata/council-stripped.txt"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		s := newState(new(Finder), string(b))
		s.run()
		for i, st := range s.stmts {
			if st.dropped || st.last <= st.first {
				continue
			}
			found := false
			s.stmtsIn(st.first, st.first+1, func(j int) bool {
				found = j == i
				return !found
			})
			if !found {
				t.Errorf("%s: statement %d (%q) is not indexed at its first token", name, i, s.text[st.start:st.end])
			}
		}
	}
}

func readGolden(t *testing.T, path string) []Quote {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	var qs []Quote
	dec := json.NewDecoder(bytes.NewReader(b))
	for dec.More() {
		var q Quote
		if err := dec.Decode(&q); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		qs = append(qs, q)
	}
	return qs
}

// seedGold is testdata/seed-gold.json: the statements of the seed article.
type seedGold struct {
	Text   string `json:"text"`
	Quotes []struct {
		Text     string  `json:"text"`
		Kind     string  `json:"kind"`
		Speaker  string  `json:"speaker"`
		Title    *string `json:"title"`
		Optional bool    `json:"optional"`
	} `json:"quotes"`
}

// statement is what TestSeed compares: text, kind, speaker and title, with
// typography reduced as ISOT stripping reduces it, so that one gold list
// serves the stripped, the spaced and the marked article alike.
type statement struct {
	Text, Kind, Speaker, Title string
}

func isotKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= utf8.RuneSelf {
			r = ' '
		}
		b.WriteRune(r)
	}
	f := strings.Fields(b.String())
	return strings.TrimRight(strings.Join(f, " "), ".,;: ")
}

// TestSeed checks the ten statements of the seed article, in the form the
// corpus gives it (quotation marks stripped, spaces collapsed), with the
// spaces of the stripped marks restored, and with the marks put back.
func TestSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/seed-gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold seedGold
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	var want []statement
	optional := map[string]bool{}
	for _, q := range gold.Quotes {
		if q.Optional {
			optional[isotKey(q.Text)] = true
			continue
		}
		title := ""
		if q.Title != nil {
			title = *q.Title
		}
		want = append(want, statement{isotKey(q.Text), q.Kind, q.Speaker, title})
	}
	for _, file := range []string{"seed.txt", "seed-spaced.txt", "seed-marked.txt"} {
		t.Run(file, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join("testdata", file))
			if err != nil {
				t.Fatal(err)
			}
			if file == "seed.txt" && string(text) != gold.Text {
				t.Fatal("testdata/seed.txt differs from the gold text")
			}
			var got []statement
			for _, q := range Find(string(text)) {
				key := isotKey(q.Text)
				if optional[key] || q.Kind == Mixed && optionalIn(optional, key) {
					// A mixed statement is reported as the clause around
					// the optional fragment.
					continue
				}
				got = append(got, statement{key, q.Kind.String(), isotKey(q.Speaker.Name.Text), isotKey(q.Speaker.Title.Text)})
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Find(%s) mismatch (-want +got):\n%s", file, diff)
			}
		})
	}
}

// optionalIn reports whether key holds one of the optional statements.
func optionalIn(optional map[string]bool, key string) bool {
	for o := range optional {
		if strings.Contains(key, o) {
			return true
		}
	}
	return false
}

// TestLexicon checks that every word list is sorted, lower case and free
// of duplicates, so that a reader can find a word and a diff shows what
// changed.
func TestLexicon(t *testing.T) {
	lists := map[string][]string{
		"speechVerbs": speechVerbs, "objectSpeechVerbs": objectSpeechVerbs, "weakSpeechVerbs": weakSpeechVerbs,
		"speechActVerbs": speechActVerbs, "nounModifiers": nounModifiers, "judgementVerbs": judgementVerbs, "remarkVerbs": remarkVerbs, "placeNouns": placeNouns, "placeGroups": placeGroups, "placeKinds": placeKinds, "demonymSuffixes": demonymSuffixes, "genericBodyNouns": genericBodyNouns, "capsAdjectiveSuffixes": capsAdjectiveSuffixes, "compassWords": compassWords, "faithWords": faithWords, "findingVerbs": findingVerbs, "findingNouns": findingNouns, "researchNouns": researchNouns, "phrasalHeads": phrasalHeads, "speechNouns": speechNouns, "namingVerbs": namingVerbs, "storyNouns": storyNouns, "cognitionVerbs": cognitionVerbs, "claimNouns": claimNouns,
		"titleNouns": titleNouns, "titleModifiers": titleModifiers, "honorifics": honorifics,
		"orgWords": orgWords, "acronymOrgs": acronymOrgs, "targetNouns": targetNouns, "declaredStates": declaredStates, "unnamedNouns": unnamedNouns, "bodyNouns": bodyNouns, "documentNouns": documentNouns, "concludedTasks": concludedTasks, "topicDocuments": topicDocuments,
		"determiners": determiners, "subjectPronouns": subjectPronouns, "objectPronouns": objectPronouns,
		"possessivePronouns": possessivePronouns, "firstSecondPerson": firstSecondPerson,
		"prepositions": prepositions, "conjunctions": conjunctions, "subordinators": subordinators,
		"auxiliaries": auxiliaries, "negations": negations, "adverbs": adverbs, "timeWords": timeWords,
		"abbreviations": abbreviations, "titleHonorifics": titleHonorifics, "elisions": elisions,
		"contractionTails": contractionTails, "contractionHeads": contractionHeads, "nameParticles": nameParticles,
		"irregularPasts": irregularPasts, "ambiguousPasts": ambiguousPasts, "mannerParticiples": mannerParticiples, "workNouns": workNouns, "showKinds": showKinds,
		"bodyHeads": bodyHeads, "bodyOwned": bodyOwned, "bodyStaff": bodyStaff, "placeInWords": placeInWords, "originWords": originWords, "courtesyWords": courtesyWords, "placeExampleWords": placeExampleWords, "asWords": asWords, "infinitiveActs": infinitiveActs, "mediaNouns": mediaNouns, "scenePrepositions": scenePrepositions,
	}
	for name, list := range lists {
		if len(list) == 0 {
			t.Errorf("%s is empty", name)
		}
		for i, w := range list {
			if w != strings.ToLower(w) || strings.TrimSpace(w) != w || w == "" {
				t.Errorf("%s[%d] = %q: want lower case with no spaces around it", name, i, w)
			}
			if i > 0 && list[i-1] >= w {
				t.Errorf("%s: %q before %q: want sorted with no duplicates", name, list[i-1], w)
			}
		}
	}
	// Every list is in the merged table with its class.
	if lookupWord("Said")&cSpeech == 0 || lookupWord("ｓａｉｄ")&cSpeech == 0 || lookupWord("spokeswoman")&cTitle == 0 {
		t.Error("lookupWord does not find words of the lists")
	}
}

// TestLexiconTable checks the tables built from the word lists: the
// merged lexicon finds each of its words, in any case, with its classes
// and its key, and whole lists with their class; and the sets of
// bodyOwned and bodyStaff hold their lists and nothing else.
func TestLexiconTable(t *testing.T) {
	lx := lexiconTable()
	for _, e := range lx.entries {
		up := strings.ToUpper(e.key)
		if lookupWord(e.key) != e.class || lookupWord(up) != e.class {
			t.Errorf("lookupWord(%q) = %b, want %b", e.key, lookupWord(e.key), e.class)
		}
		if k, ok := lx.key(up); isASCII(e.key) && (!ok || k != e.key) {
			t.Errorf("key(%q) = %q, %v; want %q", up, k, ok, e.key)
		}
	}
	for list, c := range map[*[]string]wordClass{&speechVerbs: cSpeech, &titleNouns: cTitle, &determiners: cDet, &irregularPasts: cPast, &contractionHeads: cContractionHead} {
		for _, w := range *list {
			if lookupWord(w)&c == 0 {
				t.Errorf("lookupWord(%q) lacks class %b", w, c)
			}
		}
	}
	for _, w := range nameParticles {
		if !isParticle(w) || strings.IndexByte(particleInitials, w[0]) < 0 {
			// isParticle looks no further than a first letter not
			// in particleInitials.
			t.Errorf("isParticle(%q) = false, or its first letter is not in particleInitials", w)
		}
	}
	for _, x := range demonymSuffixes {
		if !strings.ContainsRune(demonymLastLetters, rune(x[len(x)-1])) {
			t.Errorf("demonymEnd does not look for words that end as %q", x)
		}
	}
	if c := lookupWord("harbourmaster"); c != 0 {
		t.Errorf("lookupWord(%q) = %b, want 0", "harbourmaster", c)
	}
	seen := map[string]bool{}
	for kind, list := range contextLists {
		for _, w := range list {
			if seen[w] || contextWords()[w] != uint8(kind) {
				t.Errorf("contextWords: %q is in two lists, or not in its own", w)
			}
			seen[w] = true
		}
	}
	for list, set := range map[*[]string]map[string]struct{}{&bodyOwned: bodyOwnedSet(), &bodyStaff: bodyStaffSet()} {
		if len(set) != len(*list) {
			t.Errorf("a set of %d words for a list of %d", len(set), len(*list))
		}
		for _, w := range *list {
			if _, ok := set[w]; !ok {
				t.Errorf("%q is not in its set", w)
			}
		}
	}
}

// TestFoldsToASCII checks what foldsToASCII assumes of Unicode: outside
// ASCII only the Kelvin sign and the long s fold to ASCII.
func TestFoldsToASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < utf8.RuneSelf && !foldsToASCII(r) {
				t.Errorf("%U folds to %q", r, f)
			}
		}
	}
}

// TestKindText checks that the kinds are written and read as their names,
// and that a bad value is an error rather than a silent default.
func TestKindText(t *testing.T) {
	for _, k := range []Kind{Direct, Indirect, Mixed} {
		b, err := k.MarshalText()
		var back Kind
		if err != nil || back.UnmarshalText(b) != nil || back != k || string(b) != k.String() {
			t.Errorf("Kind %d: %q, %v, back %d", k, b, err, back)
		}
	}
	for _, k := range []SpeakerKind{Person, Organization, Unnamed} {
		b, err := k.MarshalText()
		var back SpeakerKind
		if err != nil || back.UnmarshalText(b) != nil || back != k || string(b) != k.String() {
			t.Errorf("SpeakerKind %d: %q, %v, back %d", k, b, err, back)
		}
	}
	if _, err := Kind(7).MarshalText(); err == nil {
		t.Error("Kind(7).MarshalText: no error")
	}
	if s := SpeakerKind(9).String(); s != "SpeakerKind(9)" {
		t.Errorf("SpeakerKind(9).String() = %q", s)
	}
	var k Kind
	if err := k.UnmarshalText([]byte("quoted")); err == nil {
		t.Error(`Kind.UnmarshalText("quoted"): no error`)
	}
}

// TestLowerWord checks that lowerWord, which avoids copies, agrees with
// strings.ToLower.
func TestLowerWord(t *testing.T) {
	for _, w := range []string{"", "said", "Said", "SAID", "He", "B", "b", "Z", "1", "Smith", "McDonald", "ÉLYSÉE", "Über", "it's", "IT’S", "x1Y"} {
		if got, want := lowerWord(w), strings.ToLower(w); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { lowerWord("He") }); n != 0 {
		t.Errorf("lowerWord(%q) allocates %v times", "He", n)
	}
}

// TestWordIs checks wordIs against strings.EqualFold for the words rules
// name, which are ASCII, on tokens in ASCII (compared byte by byte) and
// beyond it; and for lists with words outside ASCII, on a text with
// marks, dashes and letters outside ASCII, among them the two that fold to
// ASCII letters: the Kelvin sign and the long s.
func TestWordIs(t *testing.T) {
	text := "Said SAID said-so Über ſtop K-9 Jones'"
	s := newState(new(Finder), text)
	s.tokenize()
	for i := range s.toks {
		for _, x := range []string{"said", "SAID", "said-so", "über", "stop", "k-9", "jones", "x"} {
			if got, want := s.wordIs(i, x), strings.EqualFold(s.word(i), x); got != want {
				t.Errorf("wordIs(%q, %q) = %v, want %v", s.word(i), x, got, want)
			}
		}
	}
	text = "“Don’t,” Lee said — and Reyes’s aide, 5 \u212a off, ſaid: ‘it’s ſo’ ... Müller, MÜLLER's «Ann» ‘Tis"
	lists := [][]string{
		{"and", "said", "so", "it's", "don't", "’s", ""},
		{"k", "off", "tis", "'tis", "müller", "s"},
		{"“", "—", "don’t", "it’s", "reyes’s", "‘tis"},
	}
	s = newState(new(Finder), text)
	s.tokenize()
	for i := range s.toks {
		for _, words := range lists {
			want := slices.ContainsFunc(words, func(x string) bool { return strings.EqualFold(s.word(i), x) })
			if got := s.wordIs(i, words...); got != want {
				t.Errorf("wordIs(%q, %q) = %v, want %v", s.word(i), words, got, want)
			}
		}
	}
}

// TestSameName checks how name words are matched: without case, a
// possessive or accents, and with a hash that agrees.
func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Núñez", "Nunez", true},
		{"NÚÑEZ’s", "núñez", true},
		{"Zoë", "Zoe", true},
		{"Smith's", "SMITH", true},
		{"Smith", "Smyth", false},
		{"Núñez", "Nunes", false},
		{"Lee", "Leee", false},
		// The first letters alone tell these apart, but not these:
		{"Lee", "Reyes", false},
		{"Ñuñez", "Nunez", true},
		{"@Lee", "`lee", false},
		{"'s", "Lee", false},
	}
	for _, tt := range tests {
		if got := sameName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if tt.want && nameHash(tt.a) != nameHash(tt.b) {
			t.Errorf("nameHash(%q) != nameHash(%q)", tt.a, tt.b)
		}
	}
}

func TestIsZero(t *testing.T) {
	if !(Quote{}).IsZero() || !(Speaker{}).IsZero() || !(Span{}).IsZero() {
		t.Error("a zero value is not IsZero")
	}
	// A Quote with only its speaker set is not zero, though its embedded
	// Span is.
	q := Quote{Speaker: Speaker{Kind: Unnamed}}
	if q.IsZero() {
		t.Error("Quote with a speaker IsZero")
	}
	if (Quote{Confidence: 0.5}).IsZero() {
		t.Error("Quote with a confidence IsZero")
	}
}

// TestNoCarryOver checks that Finder.NoCarryOver stops a quotation from
// taking the speaker of the statement before it, but not the second half
// of a quote split by its own attribution, which doc.go promises the
// same speaker.
func TestNoCarryOver(t *testing.T) {
	const text = "“We will win,” Ann Lee said. “We have the votes.” The count ended at noon. “The ferry runs on Sunday.”" +
		"\n\n“It is late,” Tom Reyes told reporters in Dover on Monday. “The fare stays.”" +
		"\n\n“It is early,” Jo Park said as the crowd left. “The fee goes.”" +
		"\n\n“We will win,” Ed Long told Ann Lee. “Nonsense.”" +
		"\n\n“It is dry,” Tom Cole told Reuters on Friday. “The dock is open.”"
	speakers := func(qs []Quote) []string {
		var names []string
		for _, q := range qs {
			names = append(names, q.Text+" | "+q.Speaker.Name.Text)
		}
		return names
	}
	for _, tc := range []struct {
		f    *Finder
		want []string
	}{
		{&Finder{}, []string{"We will win | Ann Lee", "We have the votes. | Ann Lee", "The ferry runs on Sunday. | Ann Lee", "It is late | Tom Reyes", "The fare stays. | Tom Reyes", "It is early | Jo Park", "The fee goes. | Jo Park", "We will win | Ed Long", "Nonsense. | Ed Long", "It is dry | Tom Cole", "The dock is open. | Tom Cole"}},
		// A hearer, a place or a time in the attribution still leaves
		// a split quote; a clause of its own does not.
		{&Finder{NoCarryOver: true}, []string{"We will win | Ann Lee", "We have the votes. | Ann Lee", "The ferry runs on Sunday. | ", "It is late | Tom Reyes", "The fare stays. | Tom Reyes", "It is early | Jo Park", "The fee goes. | ", "We will win | Ed Long", "Nonsense. | ", "It is dry | Tom Cole", "The dock is open. | Tom Cole"}},
	} {
		if diff := cmp.Diff(tc.want, speakers(tc.f.Find(text))); diff != "" {
			t.Errorf("NoCarryOver %v: statements and speakers (-want +got):\n%s", tc.f.NoCarryOver, diff)
		}
	}
}

// TestLineEndings checks that a lone CR (old Mac files) and CRLF
// (Windows) end lines as LF does: the same statements and speakers, and
// with a lone CR, whose byte counts match, the same offsets.
func TestLineEndings(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	words := func(qs []Quote) []string {
		var out []string
		for _, q := range qs {
			out = append(out, strings.TrimSpace(q.Text)+" | "+q.Speaker.Name.Text)
		}
		return out
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		lf := strings.ReplaceAll(string(b), "\r\n", "\n")
		want := Find(lf)
		if diff := cmp.Diff(want, Find(strings.ReplaceAll(lf, "\n", "\r"))); diff != "" {
			t.Errorf("%s with CR line ends (-LF +CR):\n%s", file, diff)
		}
		if diff := cmp.Diff(words(want), words(Find(strings.ReplaceAll(lf, "\n", "\r\n")))); diff != "" {
			t.Errorf("%s with CRLF line ends (-LF +CRLF):\n%s", file, diff)
		}
	}
}

// TestFinderWordsFolded checks that a Finder's own verbs and titles match
// as the built-in words do: in any case, in fullwidth letters, with a
// typographic apostrophe; and that an entry given in capitals or
// fullwidth matches too.
func TestFinderWordsFolded(t *testing.T) {
	f := &Finder{Verbs: []string{"harrumphed", "ＫＶＥＴＣＨＥＤ", "tut'tutted"}, Titles: []string{"Sommelier"}}
	for _, tt := range []struct{ text, cue, title string }{
		{"“The wine is corked,” ｈａｒｒｕｍｐｈｅｄ ｓｏｍｍｅｌｉｅｒ Ana Ruiz.", "ｈａｒｒｕｍｐｈｅｄ", "ｓｏｍｍｅｌｉｅｒ"},
		{"“The wine is corked,” Ana Ruiz ＨＡＲＲＵＭＰＨＥＤ.", "ＨＡＲＲＵＭＰＨＥＤ", ""},
		{"“The wine is corked,” kvetched SOMMELIER Ana Ruiz.", "kvetched", "SOMMELIER"},
		{"“The wine is corked,” tut’tutted sommelier Ana Ruiz.", "tut’tutted", "sommelier"},
	} {
		qs := f.Find(tt.text)
		if len(qs) != 1 || qs[0].Cue.Text != tt.cue || qs[0].Speaker.Title.Text != tt.title || qs[0].Speaker.Name.Text != "Ana Ruiz" {
			t.Errorf("Find(%q) = %+v, want cue %q, title %q, name Ana Ruiz", tt.text, qs, tt.cue, tt.title)
		}
	}
}
