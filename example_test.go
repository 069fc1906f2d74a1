package quote_test

import (
	"fmt"

	"github.com/quotekit/quote"
)

func Example() {
	text := `U.S. State Department spokeswoman Heather Nauert welcomed the talks. ` +
		`“Diplomacy is our preferred approach,” Nauert told a regular briefing.`
	for _, q := range quote.Find(text) {
		fmt.Printf("%s (%s): %s\n", q.Speaker.Name.Text, q.Speaker.Title.Text, q.Text)
	}
	// Output:
	// Heather Nauert (U.S. State Department spokeswoman): Diplomacy is our preferred approach
}

// Text whose quotation marks were stripped, as in the ISOT corpus, still
// yields direct quotes, reported with Marked false.
func Example_stripped() {
	text := "Russian Foreign Minister Sergei Lavrov spoke on Friday.\n" +
		"We are ready to help, Lavrov told reporters.\n" +
		"He said a neutral country could mediate."
	for _, q := range quote.Find(text) {
		fmt.Printf("%s, marked %v, %s: %s\n", q.Kind, q.Marked, q.Speaker.Name.Text, q.Text)
	}
	// Output:
	// direct, marked false, Sergei Lavrov: We are ready to help
	// indirect, marked false, Sergei Lavrov: a neutral country could mediate
}

// Neither "harrumphed" nor "sommelier" is built in: by default the quote
// has no speaker, and a Finder that knows the words finds one.
func ExampleFinder() {
	text := `“The wine is corked,” harrumphed head sommelier Ana Ruiz.`
	show := func(qs []quote.Quote) {
		for _, q := range qs {
			fmt.Printf("%q (%q) %q: %s\n", q.Speaker.Name.Text, q.Speaker.Title.Text, q.Cue.Text, q.Text)
		}
	}
	show(quote.Find(text))
	f := quote.Finder{
		Verbs:  []string{"harrumph", "harrumphed", "harrumphing", "harrumphs"},
		Titles: []string{"sommelier"},
	}
	show(f.Find(text))
	// Output:
	// "" ("") "": The wine is corked
	// "Ana Ruiz" ("head sommelier") "harrumphed": The wine is corked
}

func ExampleSpan() {
	text := `Prices will rise, the mayor said on Monday.`
	for _, q := range quote.Find(text) {
		// Offsets are byte offsets into the text passed to Find.
		fmt.Printf("%q %q\n", text[q.Start:q.End], text[q.Speaker.Mention.Start:q.Speaker.Mention.End])
	}
	// Output:
	// "Prices will rise" "the mayor"
}
