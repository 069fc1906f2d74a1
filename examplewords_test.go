package quote

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestExampleWordsNotBuiltIn checks that the speech verbs and titles that
// the docs give as examples of Finder.Verbs and Finder.Titles (the field
// comments, ExampleFinder, the commands' -verbs and -titles help) are not
// in the built-in lists: an example with a built-in word ("quipped")
// shows nothing, as the default Finder finds it already.
func TestExampleWordsNotBuiltIn(t *testing.T) {
	quoted := regexp.MustCompile(`"([^"]+)"`)
	words := map[string][]string{} // source -> words
	fset := gotoken.NewFileSet()

	// The field comments of Finder.Verbs and Finder.Titles.
	f, err := parser.ParseFile(fset, "quote.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || ts.Name.Name != "Finder" {
			return true
		}
		for _, fld := range ts.Type.(*ast.StructType).Fields.List {
			if name := fld.Names[0].Name; (name == "Verbs" || name == "Titles") && fld.Doc != nil {
				for _, m := range quoted.FindAllStringSubmatch(fld.Doc.Text(), -1) {
					words["Finder."+name+" doc"] = append(words["Finder."+name+" doc"], m[1])
				}
			}
		}
		return false
	})

	// The Verbs and Titles of ExampleFinder's Finder.
	f, err = parser.ParseFile(fset, "example_test.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != "ExampleFinder" {
			continue
		}
		ast.Inspect(fd, func(n ast.Node) bool {
			kv, ok := n.(*ast.KeyValueExpr)
			if !ok {
				return true
			}
			if key, ok := kv.Key.(*ast.Ident); !ok || key.Name != "Verbs" && key.Name != "Titles" {
				return true
			}
			ast.Inspect(kv.Value, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == gotoken.STRING {
					w, _ := strconv.Unquote(lit.Value)
					words["ExampleFinder"] = append(words["ExampleFinder"], w)
				}
				return true
			})
			return false
		})
	}

	// The -verbs and -titles lines of the commands' help.
	flagLine := regexp.MustCompile(`-(verbs a,b,c|titles x,y) [^"]*"([^"]+)"`)
	for _, file := range []string{"cmd/quotes/main.go", "beam/cmd/quotes-beam/main.go"} {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range flagLine.FindAllStringSubmatch(string(src), -1) {
			words[file] = append(words[file], strings.Split(m[2], ",")...)
		}
	}

	for _, src := range []string{"Finder.Verbs doc", "Finder.Titles doc", "ExampleFinder", "cmd/quotes/main.go", "beam/cmd/quotes-beam/main.go"} {
		if len(words[src]) == 0 {
			t.Errorf("%s: found no example words; has the text moved?", src)
		}
		for _, w := range words[src] {
			if strings.Contains(w, " ") {
				continue // "weighed in": the example of an entry that never matches
			}
			if c := lookupWord(w); c != 0 {
				t.Errorf("%s: example word %q is built in (classes %b): the example shows nothing", src, w, c)
			}
		}
	}
}
