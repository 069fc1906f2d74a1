package quote

import (
	"fmt"
	"go/scanner"
	gotoken "go/token"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// hostile returns documents built to break a quote finder: floods of
// quotation marks, no spaces, endless nesting, candidate-name explosions,
// broken encodings and odd line ends. n scales each to about n bytes.
func hostile(n int) map[string]string {
	rep := func(s string) string { return strings.Repeat(s, max(1, n/len(s))) }
	return map[string]string{
		"straight quotes":        rep(`"`),
		"unclosed curly":         rep("“"),
		"apostrophes":            rep("'a"),
		"one long word":          rep("x"),
		"nested quotes":          rep("“‘«") + rep("»’”"),
		"he said it":             rep("He said it. "),
		"one paragraph":          rep(`“We will win,” she said, adding that the city would raise taxes. `),
		"invalid utf8 and nul":   rep("\xff\xfe\x00\"said\x80 "),
		"crlf":                   rep("“A,” he said.\r\n\r\nB said C.\r"),
		"only spaces":            rep(" "),
		"capitalised words":      rep("Alpha Beta Gamma Delta "),
		"titles and names":       rep("Senator Minister Mayor General "),
		"colons and cues":        rep("said: said, told that "),
		"stripped spaces":        rep("Russia s  can t  we re  said  X  ,  "),
		"stripped statements":    rep("Lee said the plan failed.  We tried,  Lee said.  The vote,  Reyes told reporters,  Q is here.  "),
		"stripped headings":      rep("JANE DOE, MAYOR  We will win.  It is over.  - Mayor Tom Reyes in a statement  "),
		"sentences of adding":    rep(`Lee said the report "was not good." Adding, "It is never that bad." `),
		"one stripped sentence":  rep("Reyes said the plan was bad: A: B: C: D: E: F: G: H: I: J:  W x "),
		"stripped chants":        rep("the crowd chanted  No more cuts and a man yelled  Stay there and "),
		"references":             rep(", referring to x"),
		"cues and colons ending": rep("he said:\n\n"),
		"transcript labels":      rep("LEE: x\n"),
		"poll headlines":         rep("Poll: x\n"),
		"statement objects":      rep(`Lee issued a statement, "We are done," `),
		"dashes":                 rep("— – -- "),
		// A name run as long as the document, plain, listed, broken by
		// a quotation mark every few words, and without spaces.
		"capitalised list":         rep("Alpha, Beta and Gamma, Delta "),
		"capitalised and":          rep("Alpha and Beta and Gamma and Delta "),
		"capitals and quotes":      rep(`Alpha Beta Gamma Delta Eps Zeta "`),
		"capitals quoted":          rep(`Alpha Beta "Gamma Delta" `),
		"capitals unspaced":        rep("AlphaBetaGammaDelta"),
		"capitals quotes unspaced": rep(`Alpha"Beta"Gamma"`),
		"upper case words":         rep("ALPHA BETA GAMMA DELTA "),
		"names said":               rep("Ann Lee Tom Reyes said "),
		// Cues that report cues, each opening a quotation never closed.
		"said that said":          rep(`Lee said that Reyes said that "`),
		"said that said stripped": rep("Lee said that Reyes said that  "),
		"newlines":                rep("\n"),
		// One stripped sentence that runs on: every comma before a
		// mark might close a quote whose tail is the rest.
		"stripped run-on tails":  rep("  Stay,  Lee said, "),
		"stripped run-on commas": rep("  Go home ,  and  Stay out "),
		"stripped commas":        rep("  , "),
		// Relative phrases after commas in one run-on sentence whose
		// subject lists many bodies: each looked back to the
		// sentence's start for the clause before it.
		"relatives after commas": "Unions " + strings.Repeat("and some councils ", n/36) + "raised alarm over " + strings.Repeat("what they say is bad, ", n/44),
		// One name run joined by "of": each "of" asked whether the
		// run so far was a title and a person's name.
		"names joined by of": rep("Harbour of Bank "),
		// One run-on sentence of statements a statement made: each
		// looked back over all the others for the one that named it.
		"the statement said": rep("The statement said fares would rise ; and "),
		// One run-on sentence of colon quotes with a source aside: each
		// statement looked for the last stripped mark to the sentence's
		// end.
		"asides in one sentence": rep("Lee said of the boats: 300 are old, according to the office, and "),
		// Every rule's trigger words at random, in a fixed order.
		"rule word soup": ruleWordSoup(n),
	}
}

// ruleWordSoup returns about n bytes of the words the rules name (see
// ruleWords) and fuzzGlue, drawn at random with a fixed seed, some
// capitalised, some run together: every rule fires somewhere in it.
func ruleWordSoup(n int) string {
	words, err := ruleWords()
	if err != nil {
		panic(err)
	}
	words = append(slices.Clip(words), fuzzGlue...)
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		w := words[r.IntN(len(words))]
		if r.IntN(3) == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		if r.IntN(4) > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// TestHostile runs Find on each hostile document and checks the promises
// every result keeps. How long each takes is measured by BenchmarkHostile,
// not asserted here.
func TestHostile(t *testing.T) {
	for name, text := range hostile(200_000) {
		t.Run(name, func(t *testing.T) {
			checkQuotes(t, text, Find(text))
			checkQuotes(t, text, (&Finder{NoCarryOver: true, NoIndirect: true}).Find(text))
		})
	}
}

// TestHostileSane checks that hostile documents give sane results, not
// just valid ones: nothing is found where there is nothing to find.
func TestHostileSane(t *testing.T) {
	empty := []string{"straight quotes", "unclosed curly", "apostrophes", "one long word", "only spaces", "capitalised words", "titles and names", "dashes", "newlines", "references", "transcript labels", "poll headlines", "capitalised list", "capitalised and", "capitals and quotes", "capitals quoted", "capitals unspaced", "capitals quotes unspaced", "upper case words"}
	docs := hostile(20_000)
	for _, name := range empty {
		if qs := Find(docs[name]); len(qs) != 0 {
			t.Errorf("%s: found %d statements, want none; first %+v", name, len(qs), qs[0])
		}
	}
	// Ten thousand sentences of "He said it." are no statements: "it" is
	// not a clause.
	if qs := Find(docs["he said it"]); len(qs) != 0 {
		t.Errorf("he said it: found %d statements, want none", len(qs))
	}
	// A paragraph of the same sentence holds the same statements.
	one := `“We will win,” she said, adding that the city would raise taxes. `
	want := len(Find(one))
	if got := len(Find(docs["one paragraph"])); got != want*(20_000/len(one)) {
		t.Errorf("one paragraph: found %d statements, want %d", got, want*(20_000/len(one)))
	}
}

// hostileSize is the size BenchmarkHostile gives a hostile document,
// where it is not 1 MB: the sizes that robustness was specified for.
var hostileSize = map[string]int{
	"straight quotes": 10 << 20,
	"unclosed curly":  10 << 20,
	"one long word":   5 << 20,
	"he said it":      100_000 * len("He said it. "),
	"one paragraph":   2 << 20,
}

// BenchmarkHostile measures Find on each hostile document, to compare
// with BenchmarkFind on ordinary news: time per MB should stay within a
// small factor of it (linear time, no quadratic paths).
func BenchmarkHostile(b *testing.B) {
	docs := hostile(1 << 20)
	for name, n := range hostileSize {
		docs[name] = hostile(n)[name]
	}
	for name, text := range docs {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Find(text)
			}
		})
	}
}

// BenchmarkHostileSizes measures Find on each hostile document at 128 KB,
// 1 MB and 8 MB: in linear time the cost per byte stays the same, and a
// scan that grows with a run of names or with the document shows as a
// rise. It takes minutes; pick documents with -bench, as in
// -bench 'HostileSizes/said_that'.
func BenchmarkHostileSizes(b *testing.B) {
	for name := range hostile(1) {
		for _, n := range []int{128 << 10, 1 << 20, 8 << 20} {
			b.Run(fmt.Sprintf("%s/%dKB", strings.ReplaceAll(name, " ", "_"), n>>10), func(b *testing.B) {
				text := hostile(n)[name] // built only for the benchmarks chosen
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					Find(text)
				}
			})
		}
	}
}

// TestConcurrent runs one Finder from many goroutines on shared and
// distinct texts; under go test -race it checks that Find keeps no shared
// mutable state, and that every goroutine sees the same results.
func TestConcurrent(t *testing.T) {
	f := &Finder{Verbs: []string{"harrumphed"}, Titles: []string{"sommelier"}}
	shared := `“The wine is corked,” harrumphed sommelier Ana Ruiz. She said the city would raise taxes.`
	want := f.Find(shared)
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			own := fmt.Sprintf("“We will win %d,” said Mayor Jane Doe%d. Jones said prices would rise %d percent.", g, g, g)
			for range 50 {
				if got := f.Find(shared); len(got) != len(want) || got[0] != want[0] {
					errs <- fmt.Sprintf("goroutine %d: shared text gave %v, want %v", g, got, want)
					return
				}
				if got := f.Find(own); len(got) != 2 || !strings.Contains(got[0].Text, fmt.Sprint(g)) {
					errs <- fmt.Sprintf("goroutine %d: own text gave %v", g, got)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestEdges runs Find on short texts that end, or begin, right at the
// words a rule looks for, where a look-back or look-ahead of a few
// tokens would step off the text: a cue at the end, a label alone, a
// colon at the end, a stripped quote that opens the text.
func TestEdges(t *testing.T) {
	for _, text := range []string{
		// A stripped quote's cue right at the start, with the spaces of
		// a mark before it: openAfterAttribution looked two tokens back.
		"  Lee said,  We will win,  Reyes said.",
		"  She said,  We go,  Lee said. We know,  he said.",
		"Lee said", "Lee said:", "said:", ":", "Lee said, referring to", ", referring to",
		`"We won," Lee said, referring to`, "Lee referred to", "Lee pointed to", "Lee pledged to",
		"another", "Another says", `another said "x"`,
		"LEE:", "LEE: \nREYES:", "LEE:\n\nREYES:", "LEE: x\nREYES: y",
		"Poll:", "Poll: ", "Poll:\n\nx", `Poll: "x" y`,
		" s", "s  s", "  s  ", " s s  s   s ", "said that s what",
		"he said:\n\n", "he said:\n\nWe", "Lee told reporters:\n\n",
		`Lee issued a statement, "`, `Lee issued a statement, "Q`, `, "Q"`,
		`"Q1," she said "`, `she said "Q"`, `, adding, "`, ", later adding",
		"said x, and that", ", and that", "said —", "— that", "reported", "reported a",
		"Weeks after Lee said", "Although in May Lee said,", "referred to it as a",
		"Lee: \"", "Q,  another", "\n Who will pay for it? \n", "  Who?  \n- Lee",
		"a  disaster  for the city and asking,  How", "consumers  most", "who, on a call Friday, said",
		"said on ABC's", "said x – and y –", `she would "close`, "pointed to what", "promised to  ",
		// A source of "according to" that runs to the end of the text.
		"the vote according to many in Dover", "the vote according to an aide",
		// A firm's name in -'s, or a name before "which", at the very
		// end of the text: the kind vote looked one token past it.
		"But Wirex’s", "But Wirex s", "Wirex’s - which", "Wirex, which", "Wirex -",
		// A stripped quotation after " --" with no name before it: an
		// early version of commaSubject said it had found a subject.
		"The mayor spoke.\n\nLater that week, the toll was backed by all --  I think it is fair.  \n\nThe vote is Monday.\n",
		// A claim as a subject whose verb ends the text: claimSubjectEnd
		// read the token after the verb before checking there was one.
		"She assailing the mill tweets", "Lee praising Dover said",
		// A first-person sentence in stripped marks with no statement
		// before it to go on: voicedQuotes has none to extend.
		"The port was shut on Monday.  We must act now.   It is time.  The ferry sails.",
		// Prefixes and tails of TestFind texts that reach the guards for
		// a text that ends (or starts) mid-phrase: after "claimed the",
		// "told", "by the", "according to new Wirex", "familiar with".
		"   So I m not giving up on the bridge  she added,  and we re going to keep knocking on doors because the work is not done.     ",
		" Ore.  Mayor Lee and his board wanted to close the pier for good. \n\nThe vote is on Monday.\n",
		" We were told to hire ten more pilots,  Ann Lee told reporters at the quay. One pilot guides about 50 ships a year.  We really intend to keep every berth busy through the winter.  The port has been closed since May.",
		"Ann Lee posted a photo with a caption that reads,  Tom Reyes told",
		"Ann Lee was asked to leave the port by",
		"DOVER (Reuters) - Ann Lee told",
		"DOVER (Reuters) - The bakery board met on Monday.  The bread fair will not go ahead unless it passes the three checks below, ",
		"Harbour Council spokeswoman Ann Lee said the port was shut. Asked by the",
		"Mayor Ann Lee said it best",
		"Readers wrote in about the plan.\n\n“The new bridge will ruin the view of the old town.” ―",
		"The council welcomed the vote and claimed the",
		"The ferry lost money, according to new Wirex",
		"The harbour board said the fee would rise, which she called “a disgrace.” Tom Reyes said the talks were over, which he called “a relief,” and",
		"The port can t stay open,  Ann Lee said.  We won t pay. \n\nThe crowd chanted at the coach,  Play the kids,  and  Sack the",
		"The port closed. The charity Save the Sailors said ten boats were lost. Rights group Sailors without Borders said the law was vague. The fines are too high, advocacy group Article 19",
		"The race is close. Ann Lee leads by 20 votes according to the Daily Ledger. The mayor led by nine votes according to a recount by the",
		"bridge is too narrow,” she said. “Trucks cannot pass on it.\n\n“And the council knew that,” she said with a laugh.",
		"officials showing off its goods and vowing to stay the cheapest seller in Dover.",
		"shouted,  Bread,  Ann Lee joked, again using an affected Dover accent,  Easy, friend! Step up and grab a loaf! \n\nShe then sold a pie.",
		"“The rule did not cover the bakery,” Ann Lee said, referring to the old,",
		"“We are ready,” Ann Lee said. Tom Reyes touted his recent",
		"“We will win,” said a senior official familiar with",
		// The same, cut inside a word: "as fish s", "in recent y".
		"  Stay,  Lee said,   Stay,  Lee said,   Stay,  L",
		",  the owner said.\n\nSaid Jo Park, who went to school with him in Dover,  We all loved his bread. \n\nA new stall has opened.",
		", Ann Lee, Tom Reyes and Jo Park, said the ferry was late.",
		// Names listed after a group that opens the text: commaAside
		// stepped back over the group to token -1.
		"Three Senators, Ann Lee and Tom Reyes, told reporters the bill would pass.",
		"Kestia Senators, Ann Lee, Tom Reyes and Jo Park, said it.",
		// A role's phrase after an inverted "said" that ends the text:
		// its end was read as a token.
		`"It is over," said an official at the ministry`,
		", which counted the ships, said the navy sent them. Their number is rising fast,  Ann Lee said. The talks resume on Friday.",
		"Ann Lee has railed against the big landlords in recent y",
		"D JOANNA TREMAINE, NMG guild leader, told bakers in Dover:  Naturally we wanted a bigger crowd. But we must not forget the lean seasons,  Tremaine said.",
		"Sales were strong, the Harbour ministry said on Friday, as fish s",
		"The row grew on Friday, with Ann Lee calling for a ban on trucks and others backing a toll. The row spread, with 40 farmers criticizing the levy and the mayor s",
		"The senator spoke on Friday.\n\n“We have to cut taxes for working families, and we will.”\n\n- Mayor To",
		"ame, parents and teachers pleaded with Tom Reyes to leave, warning that the dam might break.",
		"cme University's Ann Lee agreed. \"Most voters are running out of patience.\"",
		"oalition which has been shelling Harbour Front and arming local allies on both banks said the rebels had few fighters left. A union which had been fighting the owners and the council said fares would rise.",
		// TestFind texts in capitals, without full stops, or with their
		// quotation marks stripped to spaces, whole or cut.
		"  We have asked for its release,  Ann Lee told a briefing She said the crew was safe, and added,  We want the ship back  It was seized for no reason, and we expect you to help us get it home   ",
		" He told me,  Go home,  and I di",
		", Lee wrote in her 2012 book,  A Long Road Home  So they stayed",
		"Speaker Ann Lee was moved to a school near Dover. Head teacher Tom Reyes called the meeting after the fire drill which the board ruled was too late. Lee earlier told the board that the drill was not needed according to board so",
		"Speaker Ann Lee was moved to a school near Dover. Head teacher Tom Reyes called the meeting after the fire drill which the board ruled was too late. Lee earlier told the board that the drill was not needed according to board sources in a remark that could hurt her standing. Back then she described the drill as a waste.",
		"The bakery was sold last year A spokesman said on Monday the mayor had quit the bakery  He has quit the bakery as he said he would on joining the council Tom and Ann now run the bakery day to day,  Reyes told report",
		"The port will close, Ann Lee said; he did not give a date The ferry is safe, Lee said; the council voted against it on Friday The port is safe, Lee said; she would not name the buyer",
		"The vote failed Tenant groups and some Northern governments have voiced worry over what they say marks a rise in harbour rents Norvian police stopped a driver they said was part of the smuggling ring",
		"“WE WILL WIN,” ADDED A NEW DOVER DEMOCRAT. “THEY WILL LOSE,”",
		// In lower case, with dashes for commas, or two run together.
		"The port can t stay open.  What else could go wrong?  said strategist Ann Lee, referring to the harbour tax. The port can t stay open,  Tom Reyes said.  We won t pay for it,  added Jo Lin. Ann Lee said the port will close in May   a move few in Dover expected. Jo Park said the tax was fair   even though she voted against it last year.",
		"irex calls for a vote - a senior harbour planner said the mayor will have to decide - saying - \"Sooner or later - she will have to pick a pier.\"",
		"the vote failed. minister of foreign affairs ann lee said the vote was fair. the agency quoted minister of sports tom reyes as saying the stadium was safe.",
	} {
		checkQuotes(t, text, Find(text))
		checkQuotes(t, text, (&Finder{NoCarryOver: true, NoIndirect: true}).Find(text))
	}
}

// TestBigState checks that a state too large for statePool serves the
// next huge text as the big state, and that the buffers it brings change
// nothing in the results.
func TestBigState(t *testing.T) {
	text := strings.Repeat(`“Go,” he said: “Stay.” `, (bigTokens+bigTokens/2)/10)
	want := Find(text)
	s := getState(len(text))
	if cap(s.toks) <= bigTokens {
		t.Skip("the big state was collected") // a garbage collection may come between the calls
	}
	s.release()
	if got := Find(text); !reflect.DeepEqual(got, want) {
		t.Errorf("reusing the big state: found %d statements, want %d", len(got), len(want))
	}
}

// TestRuleWords puts every word the rules name (the lexicons, and each
// one-word string literal in the package's code, such as the "although"
// of a wordIs call) at the edges of short texts: first, last, alone, in
// capitals, inside marks and between stripped marks. A rule that looks
// one token before or after its word finds nothing there; the byte-level
// fuzzer rarely builds such texts, and a claim noun opening a text once
// crashed Find.
func TestRuleWords(t *testing.T) {
	words, err := ruleWords()
	if err != nil {
		t.Fatal(err)
	}
	if len(words) < 1000 {
		t.Fatalf("found %d rule words, want the lexicons and the code's literals", len(words))
	}
	templates := []string{
		"%s", "%s.", "%s that the port is shut.", "%s, Lee said.", "Lee said %s",
		"“The port is shut,” %s", "“%s,” Lee", "  %s  ", "The port is shut,  %s",
		"Lee %s “We go.”", "Ann Lee, the %s", "%s: “Go.”",
	}
	for _, w := range words {
		for _, f := range templates {
			for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
				text := fmt.Sprintf(f, v)
				checkQuotes(t, text, Find(text))
			}
		}
	}
}

// ruleWords returns, sorted, the words of the lexicons and every string
// literal in the package's code that looks like a word a rule matches.
var ruleWords = sync.OnceValues(func() ([]string, error) {
	set := map[string]bool{}
	for _, e := range lexiconTable().entries {
		set[e.key] = true
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		return nil, err
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var sc scanner.Scanner
		sc.Init(gotoken.NewFileSet().AddFile(name, -1, len(src)), src, nil, 0)
		for {
			_, tok, lit := sc.Scan()
			if tok == gotoken.EOF {
				break
			}
			if w, err := strconv.Unquote(lit); tok == gotoken.STRING && err == nil && ruleWord(w) {
				set[w] = true
			}
		}
	}
	words := make([]string, 0, len(set))
	for w := range set {
		words = append(words, w)
	}
	slices.Sort(words)
	return words, nil
})

// ruleWord reports whether a string literal looks like a word a rule
// matches: lower case letters, with an inner apostrophe, hyphen or dot.
func ruleWord(s string) bool {
	if s == "" || len(s) > 24 {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
		case i > 0 && strings.ContainsRune("'’-.", r):
		default:
			return false
		}
	}
	return true
}
