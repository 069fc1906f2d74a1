package quote

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The lexicons below are general English: word forms, never names or
// phrases taken from any article. Each list is sorted, lower-case and free
// of duplicates (TestLexicon checks it), so that a reader can find a word
// and a diff shows what changed. At first use they are merged into one
// table that maps a word form to its classes (see lexiconTable).

// speechVerbs are the forms of verbs that report what someone said or wrote
// and take the statement as their complement: "said (that) ...", "...,"
// she added. Verbs that need an object before the statement ("told
// reporters that ...") are in objectSpeechVerbs as well.
var speechVerbs = []string{
	"acknowledge", "acknowledged", "acknowledges", "acknowledging", "add",
	"added", "adding", "adds", "admit", "admits", "admitted", "admitting",
	"admonish", "admonished", "admonishes", "admonishing", "advise",
	"advised", "advises", "advising", "affirm", "affirmed", "affirming",
	"affirms", "agree", "agreed", "agreeing", "agrees", "allege", "alleged",
	"alleges", "alleging", "announce", "announced", "announces", "announcing",
	"answer", "answered", "answering", "answers", "argue", "argued", "argues",
	"arguing", "ask", "asked", "asking", "asks", "assert", "asserted",
	"asserting", "asserts", "assure", "assured", "assures", "assuring",
	"bark", "barked", "barking", "barks", "beamed", "beg", "begged", "begging", "begs", "bellow",
	"bellowed",
	"bellowing", "bellows", "blog", "blogged", "blogging", "blogs", "blurt",
	"blurted", "blurting", "blurts", "boast", "boasted", "boasting", "boasts",
	"boomed", "brag", "bragged", "bragging", "brags", "bristle", "bristled",
	"bristles",
	"bristling", "caution", "cautioned", "cautioning", "cautions", "chant",
	"chanted", "chanting", "chants", "charge", "charged", "charges",
	"charging", "chide", "chided", "chides", "chiding", "chime", "chimed",
	"chimes", "chiming", "chuckle", "chuckled", "chuckles", "chuckling",
	"claim", "claimed", "claiming", "claims", "clarified", "clarifies",
	"clarify", "clarifying", "comment", "commented", "commenting", "comments",
	"complain", "complained", "complaining", "complains", "concede",
	"conceded", "concedes", "conceding", "conclude", "concluded", "concludes",
	"concluding", "concur", "concurred", "concurring", "concurs", "confess",
	"confessed", "confesses", "confessing", "confide", "confided", "confides",
	"confiding", "confirm", "confirmed", "confirming", "confirms", "contend",
	"contended", "contending", "contends", "continue", "continued",
	"continues", "continuing", "counter", "countered", "countering",
	"counters", "cracked", "cried", "cries", "crowed", "cry", "crying",
	"deadpan", "deadpanned", "deadpanning", "deadpans", "declare", "declared", "declares", "declaring",
	"demand", "demanded", "demanding", "demands", "denied", "denies", "deny",
	"denying", "disagree", "disagreed", "disagreeing", "disagrees",
	"disclose", "disclosed", "discloses", "disclosing", "drawl", "drawled",
	"drawling", "drawls", "elaborate", "elaborated", "elaborates",
	"elaborating", "emailed", "emphasise", "emphasised", "emphasises",
	"emphasising", "emphasize", "emphasized", "emphasizes", "emphasizing",
	"estimate", "estimated", "estimates", "estimating", "exclaim",
	"exclaimed", "exclaiming", "exclaims", "exhort", "exhorted",
	"exhorting", "exhorts", "explain", "explained",
	"explaining", "explains", "exult", "exulted", "exulting", "exults",
	"fume", "fumed", "fumes", "fuming", "gloat", "gloated", "gloating",
	"gloats", "gripe", "griped", "gripes", "griping", "groan", "groaned",
	"groaning", "groans", "growl", "growled", "growling", "growls", "grumble",
	"grumbled", "grumbles", "grumbling", "gush", "gushed", "gushes",
	"gushing", "hint", "hinted", "hinting", "hints", "hiss", "hissed",
	"hisses", "hissing", "holler", "hollered", "hollering", "hollers", "huff",
	"huffed", "huffing", "huffs", "implore", "implored", "implores",
	"imploring", "indicate", "indicated", "indicates", "indicating", "inform",
	"informed", "informing", "informs", "inquire", "inquired", "inquires",
	"inquiring", "insist", "insisted", "insisting", "insists", "interject",
	"interjected", "interjecting", "interjects", "interrupt", "interrupted",
	"interrupting", "interrupts", "intone", "intoned", "intones", "intoning",
	"jab", "jabbed", "jabbing", "jabs", "joke", "joked", "jokes", "joking",
	"lament", "lamented", "lamenting", "laments", "laugh", "laughed",
	"laughing", "laughs", "maintain", "maintained", "maintaining",
	"maintains", "marvel", "marveled", "marveling", "marvelled", "marvelling", "marvels", "mention",
	"mentioned", "mentions", "messaged", "mouth", "mouthed",
	"mouthing", "mouths", "murmur", "murmured", "murmuring", "murmurs",
	"muse", "mused", "muses", "musing", "mutter", "muttered", "muttering",
	"mutters", "note", "noted", "notes", "noting", "object", "objected",
	"objecting", "objects", "observe", "observed", "observes", "observing",
	"opine", "opined", "opines", "opining", "piped", "plead", "pleaded",
	"pleading", "pleads", "pledge", "pledged", "pledges", "pledging", "point",
	"pointed", "pointing", "points", "post", "posted", "posting", "posts",
	"predict", "predicted", "predicting", "predicts", "pressed", "proclaim",
	"proclaimed", "proclaiming", "proclaims", "promise", "promised",
	"promises", "promising", "pronounce", "pronounced", "pronounces",
	"pronouncing", "protest", "protested", "protesting", "protests", "put",
	"puts", "putting", "queried", "queries", "query", "querying", "question", "questioned",
	"questioning", "questions", "quip", "quipped", "quipping", "quips",
	"raved", "reacted", "read", "reading", "reads", "reaffirm", "reaffirmed",
	"reaffirming", "reaffirms", "reasoned", "rebut", "rebuts", "rebutted",
	"rebutting", "recall", "recalled", "recalling", "recalls", "recommended",
	"recount",
	"recounted", "recounting", "recounts", "reiterate", "reiterated",
	"reiterates", "reiterating", "rejoined", "remark", "remarked",
	"remarking", "remarks", "remembered", "remind", "reminded", "reminding",
	"reminds",
	"reminisce", "reminisced", "reminisces", "reminiscing", "repeat",
	"repeated", "repeating", "repeats", "replied", "replies", "reply",
	"replying", "report", "reported", "reporting", "reports", "requested", "requesting", "respond",
	"responded", "responding", "responds", "retaliated", "retort", "retorted",
	"retorting", "retorts", "reveal", "revealed", "revealing", "reveals",
	"riffed", "roared",
	"said",
	"say", "saying", "says", "scoff", "scoffed", "scoffing", "scoffs",
	"scold", "scolded", "scolding", "scolds", "scream", "screamed",
	"screaming", "screams", "shout", "shouted", "shouting", "shouts", "sigh",
	"sighed", "sighing", "sighs", "smirk", "smirked", "smirking", "smirks",
	"snap", "snapped", "snapping", "snaps", "snarl", "snarled", "snarling",
	"snarls", "sneer", "sneered", "sneering", "sneers", "sob", "sobbed",
	"sobbing", "sobs", "speculate", "speculated", "speculates", "speculating",
	"sputter", "sputtered", "sputtering", "sputters", "stammer", "stammered",
	"stammering", "stammers", "stated", "stating", "stress", "stressed",
	"stresses", "stressing", "suggest", "suggested", "suggesting", "suggests",
	"summarised", "summarized", "surmise", "surmised", "surmises",
	"surmising", "swear", "swearing", "swears", "swore", "sworn", "tease",
	"teased", "teases", "teasing", "tell", "telling", "tells", "testified",
	"testifies", "testify", "testifying", "texted", "thundered", "told",
	"tweet", "tweeted", "tweeting", "tweets", "urge", "urged", "urges",
	"urging", "ventured", "vow", "vowed", "vowing", "vows", "warn", "warned",
	"warning", "warns", "whimper", "whimpered", "whimpering", "whimpers",
	"whisper", "whispered", "whispering", "whispers", "wonder", "wondered",
	"wondering", "wonders", "write", "writes", "writing", "written", "wrote",
	"yell", "yelled", "yelling", "yells",
}

// objectSpeechVerbs take the hearer as an object before the statement:
// "told reporters (that) ...", "assured allies ...".
var objectSpeechVerbs = []string{
	"advise", "advised", "advises", "advising", "ask", "asked", "asking",
	"asks", "assure", "assured", "assures", "assuring", "inform", "informed",
	"informing", "informs", "promise", "promised", "promises", "promising",
	"remind", "reminded", "reminding", "reminds", "tell", "telling", "tells",
	"told", "warn", "warned", "warning", "warns",
}

// speechActVerbs name an act of speech whose content is their
// complement, object and all: "accused the mayor of lying", "urged voters
// to stay home", "promised to cut taxes".
var speechActVerbs = []string{
	"accuse", "accused", "accuses", "accusing", "applauded", "applauding",
	"applauds", "ask", "asked", "asking", "asks", "assail", "assailed",
	"assailing", "assails", "attacked", "attacking", "blame", "blamed",
	"blames", "blaming", "blast", "blasted", "blasting", "blasts",
	"castigated", "castigating", "cite", "cited", "cites", "citing",
	"commended", "commending", "condemn", "condemned", "condemning",
	"condemns", "congratulated", "congratulating", "criticise",
	"criticised", "criticises", "criticising", "criticize", "criticized",
	"criticizes", "criticizing", "decried", "decries", "decry",
	"decrying", "defend", "defended", "defending", "defends", "denounce",
	"denounced", "denounces", "denouncing", "deride", "derided",
	"derides", "deriding", "dismiss", "dismissed", "dismisses",
	"dismissing", "echoed", "excoriated", "excoriates", "excoriating",
	"hailed", "hailing", "lambast", "lambaste", "lambasted", "lambastes",
	"lambasting", "lambasts", "mentioned", "mock", "mocked", "mocking",
	"mocks", "praise", "praised", "praises", "praising", "promise",
	"promised", "promises", "promising", "propose", "proposed",
	"proposes", "proposing", "question", "questioned", "questioning",
	"questions", "rebuke", "rebuked", "rebukes", "rebuking", "ridicule",
	"ridiculed", "ridicules", "ridiculing", "slam", "slammed", "slamming",
	"slams", "thanked", "thanking", "threaten", "threatened", "tout",
	"touted", "touting", "touts", "urge", "urged", "urges", "urging",
	"vow", "vowed", "vowing", "vows",
}

// judgementVerbs are the speech acts whose bare object is a statement on
// its own: the target of a public judgement ("criticized the budget",
// "defended the vote") or the evidence offered ("cited high rents").
var judgementVerbs = []string{
	"applauded", "applauding", "applauds", "assail", "assailed",
	"assailing", "assails", "attacked", "attacking", "blast", "blasted",
	"blasting", "blasts", "castigated", "castigating", "cite", "cited",
	"cites", "citing", "commended", "commending", "condemn", "condemned",
	"condemning", "condemns", "congratulated", "congratulating",
	"criticise", "criticised", "criticises", "criticising", "criticize",
	"criticized", "criticizes", "criticizing", "decried", "decries",
	"decry", "decrying", "defend", "defended", "defending", "defends",
	"denounce", "denounced", "denounces", "denouncing", "deride",
	"derided", "derides", "deriding", "echoed", "excoriated",
	"excoriates", "excoriating", "hailed", "hailing", "lambast",
	"lambaste", "lambasted", "lambastes", "lambasting", "lambasts",
	"mentioned", "mock", "mocked", "mocking", "mocks", "praise",
	"praised", "praises", "praising", "rebuke", "rebuked", "rebukes",
	"rebuking", "ridicule", "ridiculed", "ridicules", "ridiculing",
	"slam", "slammed", "slamming", "slams", "thanked", "thanking", "tout",
	"touted", "touting", "touts",
}

// remarkVerbs attribute the clause before them from an aside with "as":
// "The vote was close, as Lee noted." Verbs of events ("as Lee spoke")
// and of answers ("as voters responded") set a time instead.
var remarkVerbs = []string{
	"acknowledge", "acknowledged", "acknowledges", "argue", "argued",
	"argues", "claim", "claimed", "claims", "explain", "explained",
	"explains", "mention", "mentioned", "mentions", "note", "noted",
	"notes", "observe", "observed", "observes", "predict", "predicted",
	"predicts", "remark", "remarked", "remarks", "report", "reported",
	"reports", "said", "say", "says", "speculate", "speculated",
	"speculates", "suggest", "suggested", "suggests", "warn", "warned",
	"warns", "write", "writes", "wrote",
}

// placeNouns end the names of places, never of people: "the
// Mediterranean Sea", "Pacific Ocean". Those that are also surnames
// ("Bay", "Lake", "Rivers", "Street") are left out.
var placeNouns = []string{
	"canal", "desert", "gulf", "islands", "mountains", "ocean", "peninsula",
	"sea", "strait",
}

// placeGroups are plurals of places that a list of examples may follow:
// "countries such as Kestia and Vell".
var placeGroups = []string{
	"capitals", "cities", "countries", "nations", "provinces", "regions",
	"states",
}

// placeKinds are kinds of places whose name follows them with "of": "the
// town of Dover", "the state of North Vell".
var placeKinds = []string{
	"city", "country", "county", "district", "island", "port", "province",
	"region", "state", "town", "village",
}

// compassWords name the part of a place a name follows in lower case:
// "northern Kestia".
var compassWords = []string{
	"central", "east", "eastern", "north", "northeast", "northeastern",
	"northern", "northwest", "northwestern", "south", "southeast",
	"southeastern", "southern", "southwest", "southwestern", "west", "western",
}

// faithWords name a faith; capitalised before a place or a people they
// describe it and are no part of its name: "mostly Buddhist Kestia",
// "the Muslim Vellans". Not "Christian", also a given name.
var faithWords = []string{
	"buddhist", "catholic", "hindu", "jewish", "muslim", "protestant",
	"sikh", "sunni",
}

// findingVerbs report what a document or body found: "the report found
// that ...", "a poll showed ...". They attribute a statement only to a
// document, a body or an organisation.
var findingVerbs = []string{
	"find", "finds", "found", "indicate", "indicated", "indicates", "show",
	"showed", "shows",
}

// phrasalHeads are verbs that report speech only with the words after
// them: "made clear", "voiced concern that", "signaled that", "held
// that", "brushed aside the claim" (see phrasalCue and findCue).
var phrasalHeads = []string{
	"alluding", "appeal", "appealed", "appealing", "brush", "brushed", "brushes", "brushing", "expressed", "expresses",
	"expressing", "fired", "fires", "held", "hit", "hits", "holds", "lashed",
	"lashes", "lashing", "made",
	"make", "makes", "making", "offered", "railed", "railing", "rails",
	"refer", "referred", "referring", "refers",
	"reject", "rejected", "rejecting", "rejects", "ruled", "rules", "shoots",
	"shot", "shrug", "shrugged", "shrugging", "shrugs", "signaled",
	"signaling", "signalled", "signalling", "signals", "voiced", "voices",
	"voicing", "wave", "waved", "waves", "waving",
}

// weakSpeechVerbs report speech only in a quote's own attribution ("...,"
// he continued) or before a colon; elsewhere they have other senses
// ("continued to rise", "pointed at", "stated goals").
var weakSpeechVerbs = []string{
	"admonish", "admonished", "admonishes", "admonishing", "answer",
	"answered", "answering", "answers", "ask", "asked", "asking", "asks",
	"bark", "barked", "barking", "barks", "beamed", "beg", "begged", "begging", "begs", "bellow",
	"bellowed",
	"bellowing", "bellows", "blurt", "blurted", "blurting", "blurts",
	"boomed", "bristle", "bristled", "bristles", "bristling", "chant",
	"chanted",
	"chanting", "chants", "charge", "charged", "charges", "charging", "chide",
	"chided", "chides", "chiding", "chime", "chimed", "chimes", "chiming",
	"chuckle", "chuckled", "chuckles", "chuckling", "comment", "commented",
	"commenting", "comments", "confess", "confessed", "confesses",
	"confessing", "continue", "continued", "continues", "continuing",
	"counter", "countered", "countering", "counters", "cracked", "cried",
	"cries", "crowed", "cry", "crying", "deadpan", "deadpans", "demand",
	"demanded", "demanding", "demands", "disagree", "disagreed",
	"disagreeing", "disagrees", "drawl", "drawled", "drawling", "drawls",
	"elaborate", "elaborated", "elaborates", "elaborating", "emailed",
	"estimate", "estimated", "estimates", "estimating", "exhort", "exhorted",
	"exhorting", "exhorts", "exult", "exulted", "exulting", "exults", "fume",
	"fumed", "fumes", "fuming", "gloat",
	"gloated", "gloating", "gloats", "gripe", "griped", "gripes", "griping",
	"groan", "groaned", "groaning", "groans", "growl", "growled", "growling",
	"growls", "gush", "gushed", "gushes", "gushing", "hiss", "hissed",
	"hisses", "hissing", "holler", "hollered", "hollering", "hollers", "huff",
	"huffed", "huffing", "huffs", "implore", "implored", "implores",
	"imploring", "inquire", "inquired", "inquires", "inquiring", "interject",
	"interjected", "interjecting", "interjects", "interrupt", "interrupted",
	"interrupting", "interrupts", "intone", "intoned", "intones", "intoning",
	"jab", "jabbed", "jabbing", "jabs", "laugh", "laughed", "laughing",
	"laughs", "maintain", "maintained", "maintaining", "maintains", "marvel",
	"marveled", "marveling", "marvelled", "marvelling", "marvels", "mention", "mentioned", "mentioning",
	"mentions", "messaged", "mouth", "mouthed", "mouthing", "mouths",
	"murmur", "murmured", "murmuring", "murmurs", "mutter", "muttered",
	"muttering", "mutters", "note", "notes", "object", "objected",
	"objecting", "objects", "piped", "plead", "pleaded", "pleading", "pleads",
	"point", "pointed", "pointing", "points", "post", "posted", "posting",
	"posts", "pressed", "promise", "promised", "promises", "promising",
	"pronounce",
	"pronounced", "pronounces", "pronouncing", "protest", "protested",
	"protesting", "protests", "put", "puts", "putting", "queried", "queries", "query", "querying",
	"question", "questioned", "questioning", "questions", "raved", "reacted",
	"read",
	"reading", "reads", "reasoned", "recommended", "rejoined", "remark",
	"remarks",
	"remembered", "reminisce", "reminisced", "reminisces", "reminiscing",
	"repeat",
	"repeated", "repeating", "repeats", "report", "reported", "reporting",
	"reports", "requested", "requesting", "retaliated", "reveal", "revealed", "revealing", "reveals",
	"riffed", "roared",
	"scoff", "scoffed", "scoffing", "scoffs", "scold", "scolded", "scolding",
	"scolds", "sigh", "sighed", "sighing", "sighs", "smirk", "smirked",
	"smirking", "smirks", "snap", "snapped", "snapping", "snaps", "snarl",
	"snarled", "snarling", "snarls", "sneer", "sneered", "sneering", "sneers",
	"sob", "sobbed", "sobbing", "sobs", "sputter", "sputtered", "sputtering",
	"sputters", "stammer", "stammered", "stammering", "stammers", "stress",
	"stresses", "summarised", "summarized", "surmise", "surmised", "surmises",
	"surmising", "tease", "teased", "teases", "teasing", "texted",
	"thundered", "urge", "urged", "urges", "urging", "ventured", "wonder",
	"wondered", "wondering", "wonders",
}

// speechNouns name a statement or the occasion of one: "in a statement",
// "the spokesman's statement said", "told a briefing".
var speechNouns = []string{
	"address", "announcement", "appearance", "article", "blog", "briefing",
	"broadcast", "column", "comment", "comments", "communique", "conference",
	"debate", "editorial", "email", "emails", "essay", "facebook", "filing",
	"hearing", "instagram", "interview", "interviews", "lecture", "letter",
	"letters", "memo", "message", "messages", "news", "note", "op-ed",
	"podcast", "post", "posting", "posts", "rally", "release", "remarks",
	"report", "sermon", "session", "speech", "speeches", "statement",
	"statements", "summit", "talk", "talks", "testimony", "transcript", "tweet",
	"tweets", "twitter", "video",
}

// claimNouns name a statement by what it does: "Lee's claim that the port
// is safe", "his call for an inquiry", "her promise to cut fares". Each
// is a statement only with its content after it (claimStatement).
var claimNouns = []string{
	"accusation", "accusations", "admission", "allegation", "allegations",
	"argument", "arguments", "assertion", "assertions", "assurance",
	"assurances", "call", "calls", "charge", "charges", "claim", "claims",
	"complaint", "complaints", "contention", "criticism", "criticisms",
	"demand", "demands", "denial", "denials", "insistence", "pledge",
	"pledges", "prediction", "predictions", "promise", "promises",
	"suggestion", "suggestions", "vow", "vows", "warning", "warnings",
}

// storyNouns name what is told as a whole: "told a joke", "tells the
// story of how the mill closed". Telling one is a statement.
var storyNouns = []string{
	"anecdote", "anecdotes", "joke", "jokes", "parable", "stories", "story",
	"tale", "tales",
}

// namingVerbs name or describe rather than report: "called the talks
// quite bad". They end a statement before them but do not introduce one.
var namingVerbs = []string{
	"brand", "branded", "branding", "brands", "call", "called", "calling",
	"calls", "describe", "described", "describes", "describing", "dub",
	"dubbed", "dubbing", "dubs", "hail", "hailed", "hailing", "hails",
	"label", "labeled", "labeling", "labelled", "labelling", "labels",
	"portray", "portrayed", "portraying", "portrays", "term", "termed",
	"terming", "terms",
}

// cognitionVerbs report a belief, hope or fear rather than a public
// statement. They attribute content only when they report a statement's
// content: "said he believes ...".
var cognitionVerbs = []string{
	"believe", "believed", "believes", "believing", "doubt", "doubted",
	"doubting", "doubts", "expect", "expected", "expecting", "expects", "fear",
	"feared", "fearing", "fears", "feel", "feeling", "feels", "felt", "hope",
	"hoped", "hopes", "hoping", "knew", "know", "knowing", "known", "knows",
	"suspect", "suspected", "suspecting", "suspects", "think", "thinking",
	"thinks", "thought", "understand", "understanding", "understands",
	"understood", "want", "wanted", "wanting", "wants", "wish", "wished",
	"wishes", "wishing", "worried", "worries", "worry", "worrying",
}

// titleNouns head a person's title or role: "spokeswoman", "minister",
// "director-general".
var titleNouns = []string{
	"abbot", "accountant", "activist", "actor", "actress", "adm", "administrator",
	"admiral", "adviser", "advisor", "advocate", "agent", "aide", "alderman",
	"alderwoman", "ally", "ambassador", "ambassador-at-large", "analyst",
	"anchor", "archbishop", "architect", "artist", "assemblyman",
	"assemblywoman", "associate", "astronaut", "athlete", "attache",
	"attaché", "attorney", "attorney-general", "auditor", "author",
	"autocrat", "ayatollah", "banker", "baron", "baroness", "barrister",
	"billionaire", "bishop", "blogger", "boss", "brigadier", "businessman",
	"businesswoman", "cadre", "campaigner", "candidate", "captain", "cardinal", "carpenter", "ceo",
	"cfo", "chair", "chairman", "chairperson", "chairwoman", "challenger",
	"champion", "chancellor", "chaplain", "chef", "chief", "chief-of-staff",
	"clergyman", "cleric", "clerk", "cmdr", "co-founder", "coach", "colonel",
	"columnist", "comedian", "commandant", "commander", "commentator",
	"commissioner", "commodore", "composer", "comptroller", "confidant",
	"congressman", "congresswoman", "consul", "consul-general", "consultant",
	"contender", "contributor", "coordinator", "correspondent", "councillor",
	"councilman", "councilor", "councilwoman", "counsel", "counselor",
	"critic", "crown", "czar", "dean", "defender", "delegate", "democrat", "demonstrator",
	"deputy", "designer", "detective", "dictator", "diplomat", "director",
	"director-general", "dj", "doctor", "dr", "duchess", "duke", "earl",
	"economist", "editor", "editor-in-chief", "emir", "emissary", "emperor",
	"empress", "engineer", "entertainer", "entrepreneur", "envoy",
	"epidemiologist", "evangelist", "executive", "expert", "eyewitness", "farmer", "fellow",
	"filmmaker", "fisherman", "founder", "friend", "front-runner", "frontrunner", "gen",
	"general", "gov", "governor", "head", "heir", "historian", "hopeful",
	"host", "imam", "incumbent", "inmate", "inspector", "investigator", "investor",
	"journalist", "judge", "justice", "kaiser", "king", "laureate", "lawmaker", "lawyer",
	"leader", "legislator", "lieutenant", "lieutenant-colonel",
	"lieutenant-general", "lobbyist", "lord", "lt", "magistrate", "magnate",
	"major", "major-general", "manager", "marshal", "mayor", "mechanic", "medic", "member", "mep",
	"minister", "moderator", "mogul", "monarch", "monk", "mouthpiece", "mp",
	"mullah", "musician", "native", "negotiator", "nominee", "novelist", "nurse",
	"observer", "officer", "official", "ombudsman", "operative", "opponent",
	"organizer", "owner", "painter", "paramedic", "parliamentarian", "partner", "passenger", "pastor", "patriarch", "pharmacist", "philanthropist",
	"photographer", "physician", "pilot", "planner", "player", "playwright",
	"poet", "politician", "pollster", "pope", "powerbroker", "preacher", "prelate", "premier", "presenter",
	"president", "president-elect", "press", "priest", "prime", "prince",
	"princess", "principal", "prisoner", "producer", "prof", "professor", "proprietor",
	"prosecutor", "protester", "provost", "psychologist", "publisher", "queen", "rabbi",
	"ranking", "rapper", "rapporteur", "recipient", "rector", "registrar", "regulator", "rep",
	"reporter", "representative", "republican", "researcher", "resident", "retiree",
	"rival", "ruler", "sailor", "scholar", "scientist", "sculptor", "secretary",
	"secretary-general", "sen", "senator", "sergeant", "shah", "sheikh",
	"sheriff", "shopkeeper", "shopper", "singer", "sociologist", "soldier", "solicitor", "songwriter", "speaker",
	"spokesman", "spokesperson", "spokeswoman", "staffer", "statistician",
	"strategist", "student", "sultan", "superintendent", "supporter",
	"surgeon", "surrogate", "survivor", "swimmer", "teacher", "technician", "televangelist",
	"trader", "treasurer", "trustee", "tsar", "tycoon", "undersecretary", "vendor",
	"veteran", "vicar", "vice", "vice-president", "villager", "volunteer", "whip", "winner", "witness",
	"worker", "writer",
}

// titleModifiers come before a title noun inside a title: "former",
// "acting", "deputy", "senior".
var titleModifiers = []string{
	"acting", "administration", "agriculture", "assistant", "associate",
	"campaign", "chief", "co", "commerce", "communications", "conservative",
	"de", "defence", "defense", "democratic", "deputy", "economic", "education",
	"elected", "energy", "executive", "facto", "federal", "fellow", "finance",
	"first", "foreign", "foreign-policy", "former", "four-term", "future",
	"general", "government", "health", "high-ranking", "homeland", "house",
	"incoming", "independent", "industry", "influential", "intelligence",
	"interim", "interior", "junior", "justice", "labor", "late", "lead",
	"leading", "legal", "liberal", "local", "longest-serving", "longtime",
	"main", "majority", "managing", "military", "minority", "national", "new",
	"one-term", "opposition", "outgoing", "party", "policy", "political",
	"powerful", "presidential", "press", "prime", "principal", "progressive",
	"prominent", "ranking", "regional", "republican", "retired", "ruling",
	"second-ranking", "secretary", "security", "self-described",
	"self-proclaimed", "senate", "senior", "special", "state", "then",
	"three-term", "top", "trade", "transportation", "two-term", "union",
	"veteran", "vice", "vice-presidential", "white", "would-be",
}

// honorifics are forms of address and abbreviated ranks that stand before
// a name: "Mr.", "Sen.", "Lt. Gen.".
var honorifics = []string{
	"adm", "admiral", "amb", "ambassador", "archbishop", "ayatollah", "bishop",
	"brig", "brother", "capt", "captain", "cardinal", "chairman", "chairwoman",
	"chancellor", "chief", "cmdr", "col", "colonel", "commissioner", "comrade",
	"congressman", "congresswoman", "corporal", "cpl", "dame", "deacon",
	"detective", "dr", "elder", "emir", "father", "fr", "gen", "general",
	"gov", "governor", "hon", "imam", "inspector", "judge", "justice", "king",
	"lady", "lieutenant", "lord", "lt", "maj", "major", "mayor", "minister",
	"miss", "mr", "mrs", "ms", "mullah", "mx", "officer", "pastor", "pope",
	"premier", "pres", "president", "prince", "princess", "private", "prof",
	"queen", "rabbi", "rep", "representative", "rev", "reverend", "secretary",
	"sen", "senator", "senators", "sergeant", "sgt", "sheikh", "sir", "sister", "speaker",
	"sultan", "superintendent",
}

// orgWords mark a capitalised run as the name of an organization:
// "Foreign Ministry", "Supreme Court", "Dover Times".
var orgWords = []string{
	"academy", "administration", "agencies", "agency", "airlines", "airways",
	"alliance", "army", "assembly", "association", "authority", "bank", "banks",
	"battalion", "board", "brigade", "bureau", "cabinet", "campaign", "capital",
	"caucus", "center", "centers", "centre", "centres", "chamber", "chronicle",
	"church", "club", "co", "coalition", "college", "command", "commission",
	"commissions", "committee", "committees", "communications", "companies",
	"company", "congress", "consortium", "consulate", "corp", "corporation",
	"corps", "council", "councils", "court", "courts", "daily", "department",
	"departments", "directorate", "division", "embassy", "energy", "exchange",
	"fed", "federal", "federation", "force", "forces", "forum", "foundation", "front",
	"fund", "gazette", "government", "group", "guard", "herald", "holdings",
	"hospital", "house", "inc", "initiative", "institute", "institution",
	"international", "journal", "kingdom", "lab", "laboratory", "labs", "league",
	"legislature", "llc", "ltd", "magazine", "media", "military", "ministries",
	"ministry", "mission", "monthly", "motors", "movement", "museum", "nations",
	"navy", "network", "news", "observatory", "observer", "office", "oil",
	"organisation", "organization", "panel", "parliament", "parliamentary",
	"parties", "partners", "party", "petroleum", "pharmaceuticals", "plc",
	"police", "post", "press", "project", "prosecutor's", "publishing", "radio",
	"railways", "records", "regime", "regiment", "republic", "review", "school",
	"secretariat", "senate", "service", "services", "society", "staff", "state",
	"states", "studios", "systems", "team", "technologies", "telecom",
	"telegraph", "television", "times", "tribunal", "tribune", "trust", "tv",
	"union", "unions", "unit", "university", "watch", "weekly",
}

// targetNouns name places and things that are attacked by force, not in
// words: "attacked the village", "attacked a convoy".
var targetNouns = []string{
	"base", "bases", "building", "camp", "camps", "checkpoint", "city",
	"convoy", "embassy", "home", "house", "office", "outpost", "patrol",
	"police", "positions", "post", "station", "town", "towns", "troops",
	"village", "villages",
}

// declaredStates name what a body or a person declares by an act, not
// in words that report anything: "declared independence", "declared a
// state of emergency", "declared his candidacy".
var declaredStates = []string{
	"bankruptcy", "caliphate", "candidacy", "ceasefire", "emergency",
	"holiday", "independence", "martial", "mourning", "secession", "truce",
	"war",
}

// acronymOrgs are the orgWords that name a body only in capitals: "Dover
// TV", not a title-case "Tv". Acronyms of bodies themselves are names,
// which no list here holds: a run of three or more capitals is a body
// (entityKind), and so is a single name after "the" ("the UN said").
var acronymOrgs = []string{
	"tv",
}

// unnamedNouns head a description of an unnamed source: "a senior
// official", "sources", "analysts".
var unnamedNouns = []string{
	"activist", "activists", "actor", "actress", "adviser", "advisers",
	"advisor", "advisors", "advocates", "agent", "agents", "aide",
	"aides", "all", "allies", "ambassador", "americans", "analyst",
	"analysts", "announcer", "announcers", "anyone", "athlete", "athletes", "attendees", "attorney",
	"attorneys", "audience", "authorities", "authors", "backers",
	"banker", "bankers", "bishop", "bishops", "bookmaker", "bookmakers", "boss", "both", "boy",
	"brother", "businessman", "businesswoman", "candidate", "candidates",
	"chairman", "challengers", "chief", "child", "children", "citizen",
	"citizens", "cleric", "clerics", "coach", "coaches", "colleague",
	"colleagues", "commander", "commanders", "commentators",
	"conservatives", "constituent", "constituents", "consultant",
	"consultants", "consumers", "couple", "crew", "critic", "critics",
	"crowd", "customer", "customers", "daughter", "defendants",
	"delegate", "delegates", "democrats", "demonstrator", "demonstrators",
	"detainee", "detainees", "diplomat", "diplomats", "director",
	"doctor", "doctors", "donors", "dozens", "driver", "drivers", "each",
	"economist", "economists", "editor", "editors", "employee",
	"employees", "engineer", "engineers", "envoy", "everybody",
	"everyone", "executive", "executives", "expert", "experts",
	"eyewitness", "eyewitnesses", "families", "family", "fans", "farmer",
	"farmers", "father", "few", "fighter", "fighters", "firefighter",
	"firefighters", "fisherman", "fishermen", "five", "founders", "four",
	"friend", "friends", "general", "generals", "girl", "governor",
	"governors", "guards", "half", "head", "heads", "historians",
	"hopefuls", "hundreds", "husband", "imam", "imams", "independents",
	"inmate", "inmates", "insider", "insiders", "investigator",
	"investigators", "investor", "investors", "journalist", "journalists",
	"judge", "judges", "landlord", "landlords", "lawmaker", "lawmakers",
	"lawyer", "lawyers", "leader", "leaders", "legislator", "legislators",
	"liberals", "locals", "majority", "man", "manager", "managers", "many", "mayor", "mayors",
	"medic", "medics", "member", "members", "men", "merchant",
	"merchants", "migrant", "migrants", "militant", "militants",
	"millions", "miner", "miners", "minister", "ministers", "minority",
	"moderator", "moderators", "monk", "monks", "most", "mother",
	"mourner", "mourners", "narrator", "narrators", "native", "natives", "negotiator",
	"negotiators", "neighbor", "neighbors", "neighbour", "nobody",
	"nominee", "none", "nurse", "nurses", "observer", "observers",
	"officer", "officers", "official", "officials", "one", "operatives",
	"opponent", "opponents", "organiser", "organisers", "organizer",
	"organizers", "others", "owner", "owners", "paramedic", "paramedics",
	"parent", "parents", "participants", "passenger", "passengers",
	"pastor", "pastors", "patient", "patients", "people", "percent",
	"person", "pharmacist", "physician", "physicians", "pilot", "pilots",
	"plaintiffs", "player", "players", "policeman", "policemen",
	"politician", "politicians", "pollsters", "president", "priest",
	"priests", "prisoner", "prisoners", "progressives", "prosecutor",
	"prosecutors", "protester", "protesters", "pundits", "quarter",
	"questioners", "rabbi", "rabbis", "rebel", "rebels", "refugee",
	"refugees", "regulators", "relatives", "representative",
	"representatives", "republicans", "researcher", "researchers",
	"resident", "residents", "respondents", "retiree", "retirees",
	"rivals", "sailor", "sailors", "scholars", "scientist", "scientists",
	"secretary", "senator", "senators", "several", "shopkeeper",
	"shopkeepers", "shopper", "shoppers", "sister", "skeptics", "soldier",
	"soldiers", "some", "somebody", "someone", "son", "source", "sources",
	"speaker", "speakers", "spokesman", "spokesmen", "spokespeople",
	"spokesperson", "spokeswoman", "spokeswomen", "staffer", "staffers",
	"strategists", "student", "students", "supporter", "supporters",
	"surgeon", "surgeons", "survivor", "survivors", "teacher", "teachers",
	"teenager", "teenagers", "third", "those",
	"thousands", "three", "trader", "traders", "two", "vendor", "vendors",
	"veteran", "veterans", "victim", "victims", "villager", "villagers",
	"voter", "voters", "wife", "witness", "witnesses", "woman", "women",
	"worker", "workers", "worshipers", "worshippers",
}

// bodyNouns head a description of an organization: "the ministry", "the
// campaign", "the newspaper".
var bodyNouns = []string{
	"administration", "agency", "airline", "army", "automaker", "bank",
	"broadcaster", "camp", "campaign", "campaigns", "carmaker", "channel",
	"charities", "charity",
	"committee", "company", "council", "court", "department", "electorate",
	"faction", "firm", "firms", "government", "governments", "group", "groups", "insurer",
	"leadership", "lender", "magazine", "manufacturer", "media",
	"military", "ministry", "network", "networks", "newspaper", "ngo", "ngos",
	"office",
	"organization", "organizations", "outlet", "outlets", "panel", "paper",
	"party", "police", "regime", "regulator", "retailer", "side", "station",
	"tabloid", "team", "utilities", "utility", "watchdog", "website",
}

// concludedTasks are what "concluded" brings to an end rather than finds:
// "concluded a visit to Dover", "after concluding the talks".
var concludedTasks = []string{
	"campaign", "conference", "deal", "exercise", "exercises", "hearing",
	"hearings", "inquiry", "investigation", "meeting", "meetings", "mission",
	"negotiations", "probe", "process", "review", "round", "session",
	"summit", "talks", "tour", "trip", "visit", "visits",
}

// topicDocuments are documents before which a name is more often the
// topic's than the author's: "the Dover agreement", "the Ann Lee
// indictment".
var topicDocuments = []string{
	"accord", "agreement", "case", "deal", "file", "files", "indictment",
	"treaty", "verdict",
}

// documentNouns head a description of a document that carries a
// statement: "the report said", "according to a letter".
var documentNouns = []string{
	"ad", "ads", "advertisement", "affidavit", "agenda", "agreement",
	"analysis", "article", "audit", "banner", "bill", "book", "brief", "cable",
	"caption", "chart", "column", "communique", "communiqué", "complaint", "constitution", "contract",
	"data", "database", "deal", "decision", "disclosure", "disclosures", "document", "documents",
	"editorial", "email", "emails", "estimate", "figures", "file", "files",
	"filing", "filings", "findings", "flyer", "footage", "headline",
	"indictment", "inquiry",
	"investigation", "invitation", "judgment", "law", "lawsuit", "lawsuits",
	"leaflet", "legislation", "letter", "letters", "manifesto", "map", "memo",
	"memos", "message", "messages", "motion", "note", "notice", "numbers",
	"opinion", "order", "page", "pamphlet", "paper", "papers", "petition",
	"placard", "plan", "plaque", "platform", "poll", "polling", "polls", "post",
	"projection", "projections", "proposal", "record", "records", "release",
	"report", "reports", "resolution", "results", "review", "ruling", "sign",
	"site", "spreadsheet",
	"statement", "statements", "statistics", "studies", "study", "suit",
	"survey", "surveys", "tally", "transcript", "treaty", "tweet", "verdict",
	"video", "warrant", "website",
}

// findingNouns are documents that report what was found, and that a
// headline may give as the source of its words: "Poll: Lee leads".
var findingNouns = []string{
	"audit", "poll", "polls", "report", "study", "survey",
}

// researchNouns are people whose findings are published, and who report
// them as a document does: "the researchers found that ...".
var researchNouns = []string{
	"analysts", "authors", "economists", "investigators", "researchers",
	"scholars", "scientists",
}

// The function words below let the shallow parser in attribution.go tell
// the parts of a clause apart without a tagger.
var determiners = []string{
	"a", "all", "an", "another", "any", "both", "each", "either", "every",
	"few", "many", "more", "most", "much", "neither", "no", "several", "some",
	"such", "that", "the", "these", "this", "those", "what", "whatever",
	"which", "whichever",
}

var subjectPronouns = []string{
	"he", "i", "it", "she", "they", "we", "who", "you",
}

var objectPronouns = []string{
	"her", "herself", "him", "himself", "it", "itself", "me", "myself",
	"ourselves", "them", "themselves", "us", "whom", "you", "yourself",
	"yourselves",
}

var possessivePronouns = []string{
	"her", "his", "its", "my", "our", "their", "whose", "your",
}

// firstSecondPerson are the words a speaker uses of themselves or their
// hearer; in unmarked text they point to a direct quote.
var firstSecondPerson = []string{
	"i", "i'd", "i'll", "i'm", "i've", "let's", "me", "mine", "my", "myself",
	"our", "ours", "ourselves", "us", "we", "we'd", "we'll", "we're", "we've",
	"you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself",
	"yourselves",
}

var prepositions = []string{
	"about", "above", "across", "after", "against", "along", "alongside", "amid", "amidst",
	"among", "amongst", "around", "as", "at", "before", "behind", "below",
	"beneath", "beside", "besides", "between", "beyond", "by", "despite",
	"down", "during", "except", "for", "from", "in", "inside", "into", "like",
	"near", "of", "off", "on", "onto", "out", "outside", "over", "past", "per",
	"since", "than", "through", "throughout", "till", "to", "toward", "towards",
	"under", "unlike", "until", "up", "upon", "via", "with", "within",
	"without",
}

var conjunctions = []string{
	"and", "but", "nor", "or", "plus", "yet",
}

var subordinators = []string{
	"after", "although", "as", "because", "before", "how", "if", "once",
	"since", "so", "that", "though", "unless", "until", "what", "when",
	"whenever", "where", "whereas", "whether", "which", "while", "who", "whom",
	"whose", "why",
}

var auxiliaries = []string{
	"'d", "'ll", "'m", "'re", "'s", "'ve", "am", "are", "aren't", "be", "been",
	"being", "can", "can't", "cannot", "could", "couldn't", "did", "didn't",
	"do", "does", "doesn't", "don't", "get", "gets", "going", "gonna", "got",
	"had", "hadn't", "has", "hasn't", "have", "haven't", "having", "is",
	"isn't", "may", "might", "must", "mustn't", "need", "ought", "shall",
	"should", "shouldn't", "was", "wasn't", "were", "weren't", "will", "won't",
	"would", "wouldn't",
}

var negations = []string{
	"aren't", "can't", "cannot", "couldn't", "didn't", "doesn't", "don't",
	"hadn't", "hasn't", "haven't", "isn't", "mustn't", "n't", "neither",
	"never", "no", "nobody", "nor", "not", "nothing", "shouldn't", "wasn't",
	"weren't", "won't", "wouldn't",
}

// adverbs may stand between a speaker and the cue ("also said", "later
// told") or between the cue and the statement ("said repeatedly").
var adverbs = []string{
	"actually", "again", "ago", "allegedly", "almost", "alone", "already",
	"also", "always", "angrily", "apparently", "away", "back", "bluntly",
	"certainly", "cheerfully", "clearly", "confidently", "definitely",
	"directly", "earlier", "elsewhere", "emphatically", "entirely",
	"especially", "even", "eventually", "ever", "explicitly", "famously",
	"finally", "firmly", "first", "flatly", "formally", "forward", "frequently",
	"fully", "further", "here", "however", "immediately", "indeed",
	"informally", "initially", "instead", "jokingly", "just", "largely", "last",
	"late", "later", "likewise", "loudly", "mainly", "maybe", "meanwhile",
	"mostly", "nearly", "nevertheless", "nonetheless", "now", "officially",
	"often", "once", "only", "openly", "originally", "particularly", "partly",
	"perhaps", "personally", "plainly", "possibly", "previously", "privately",
	"probably", "proudly", "publicly", "quickly", "quietly", "quite", "rather",
	"recently", "repeatedly", "reportedly", "sarcastically", "separately",
	"sharply", "similarly", "simply", "since", "so", "softly", "soon",
	"specifically", "still", "strongly", "subsequently", "surely", "tersely",
	"then", "there", "today", "together", "tonight", "too", "usually", "very",
	"well", "yesterday", "yet",
}

// timeWords make up time expressions that may stand between a cue and its
// statement: "said on Friday that", "told reporters last week".
var timeWords = []string{
	"a.m.", "afternoon", "ago", "am", "apr", "april", "aug", "august", "bst",
	"cdt", "cet", "cst", "dawn", "day", "daybreak", "days", "dec", "december",
	"dusk", "earlier", "early", "edt", "est", "evening", "feb", "february",
	"following", "friday", "gmt", "hour", "hours", "jan", "january", "jul",
	"july", "jun", "june", "last", "late", "later", "mar", "march", "may",
	"mdt", "midday", "midnight", "minute", "minutes", "monday", "month",
	"months", "morning", "mst", "next", "night", "noon", "nov", "november",
	"oct", "october", "overnight", "p.m.", "past", "pdt", "pm", "previous",
	"pst", "recent", "saturday", "sep", "sept", "september", "sunday", "this",
	"thursday", "today", "tonight", "tuesday", "utc", "wednesday", "week",
	"weekend", "weeks", "year", "years", "yesterday",
}

// abbreviations end with a period that does not end the sentence when a
// name or a lower-case word follows: "Mr.", "Jan.", "Calif.", "Inc.".
var abbreviations = []string{
	"adm", "al", "ala", "approx", "apr", "ariz", "ark", "assn", "assoc", "aug",
	"ave", "blvd", "brig", "bros", "calif", "capt", "cf", "ch", "cmdr", "co",
	"col", "colo", "conn", "corp", "cpl", "dec", "del", "dept", "dist", "dr",
	"e.g", "est", "etc", "feb", "fig", "fl", "fla", "fr", "ft", "ga", "gen",
	"gens", "gov", "govs", "hon", "i.e", "ill", "inc", "ind", "intl", "jan",
	"jr", "jul", "jun", "kan", "ky", "la", "lt", "ltd", "maj", "mar", "mass",
	"md", "messrs", "mich", "minn", "miss", "mo", "mont", "mr", "mrs", "ms",
	"mt", "mx", "natl", "neb", "nev", "no", "nos", "nov", "oct", "okla", "op",
	"ore", "pa", "ph", "pp", "pres", "prof", "rd", "rep", "reps", "rev", "sen",
	"sens", "sep", "sept", "sgt", "sq", "sr", "st", "ste", "supt", "tenn",
	"tex", "univ", "v", "va", "vol", "vs", "vt", "wash", "wis", "wyo",
}

// titleHonorifics are the abbreviations among honorifics that never end a
// sentence: a name always follows them.
var titleHonorifics = []string{
	"adm", "brig", "capt", "cmdr", "col", "cpl", "dr", "fr", "gen", "gens",
	"gov", "govs", "hon", "lt", "maj", "messrs", "mr", "mrs", "ms", "mx",
	"pres", "prof", "rep", "reps", "rev", "sen", "sens", "sgt", "supt",
}

// elisions are words that begin with an apostrophe, so that the mark is
// not an opening quotation mark: "'Tis", "'em", "rock 'n' roll".
var elisions = []string{
	"ave", "bout", "cause", "cos", "coz", "ello", "em", "im", "kay", "n",
	"nuff", "round", "scuse", "sup", "til", "tis", "twas", "tween", "twere",
	"twill", "ya", "yer",
}

// contractionTails are what ISOT stripping leaves of a contraction once
// its apostrophe became a space: "can t", "we re", "I m".
var contractionTails = []string{
	"d", "ll", "m", "re", "s", "t", "ve",
}

// contractionHeads come before a split "t": "don t", "can t", "won t".
var contractionHeads = []string{
	"ain", "aren", "can", "couldn", "didn", "doesn", "don", "hadn", "hasn",
	"haven", "isn", "mightn", "mustn", "needn", "shan", "shouldn", "wasn",
	"weren", "won", "wouldn",
}

// mannerParticiples describe a speaker while speaking, or the hearers'
// response, not what was said: "Sales were good, he said, wiping his
// brow", "..., an official said, speaking on condition of anonymity",
// "..., she said, drawing cheers".
var mannerParticiples = []string{
	"drawing", "gesturing", "holding", "laughing", "looking", "lying",
	"nodding", "prompting", "shaking", "sitting", "smiling", "sounding",
	"speaking", "standing", "using", "wiping",
}

// showKinds name the medium a show is on: "the TV show", "television
// shows". Not "game" or "talk", which head subjects: "the game shows that".
var showKinds = []string{
	"television", "tv",
}

// workNouns name a work whose title may follow them: "in her memoir,
// Long Road", "the TV show The Big Deal".
var workNouns = []string{
	"album", "book", "documentary", "film", "memoir", "movie", "musical",
	"novel", "play", "podcast", "series", "show", "song",
}

// irregularPasts are common past-tense verbs that do not end in -ed, so
// that "the room went quiet" reads as a clause. Forms that are also
// common nouns, adjectives or present tenses ("left", "set", "saw") are
// left out.
var irregularPasts = []string{
	"arose", "ate", "awoke", "became", "began", "bled", "blew", "bought",
	"bred", "broke", "brought", "built", "came", "caught", "chose",
	"clung", "crept", "dealt", "drank", "drew", "drove", "dug", "fed",
	"fell", "felt", "fled", "flew", "forbade", "foresaw", "forgave",
	"forgot", "fought", "found", "froze", "gave", "got", "grew", "heard",
	"held", "hid", "hung", "kept", "knelt", "knew", "laid", "leapt",
	"led", "lent", "lost", "made", "meant", "met", "misled", "mistook",
	"outgrew", "overcame", "overheard", "overran", "oversaw", "overthrew",
	"overtook", "paid", "ran", "rang", "rebuilt", "rode", "rose", "sang",
	"sank", "sat", "sent", "shook", "shrank", "slept", "slid",
	"sold", "sought", "sped", "spent", "spoke", "sprang", "stole",
	"stood", "strode", "strove", "struck", "stuck", "stung", "swam",
	"swept", "swore", "swung", "taught", "thought", "threw", "took",
	"tore", "understood", "undertook", "underwent", "upheld", "went",
	"wept", "withdrew", "withheld", "withstood", "woke", "won", "wore",
	"wove",
}

// genericBodyNouns are the nouns a body of any name may go by: "Acme
// Corp said ... . The company said" (bodyNounAntecedent).
var genericBodyNouns = []string{"company", "firm", "group", "organisation", "organization"}

// capsAdjectiveSuffixes end the adjectives made from a name or a place
// (adjectiveInCaps): "Reyesian", "European", "Dovanese", "Kestish",
// "Reyesesque".
var capsAdjectiveSuffixes = []string{"ean", "ese", "esque", "ian", "ish"}

// roleAlias returns the title noun that a plainer role noun may stand
// for when no title of its own is there, or "": "the envoy" for an
// ambassador, "the leader" for a president.
func roleAlias(w string) string {
	switch w {
	case "envoy":
		return "ambassador"
	case "leader":
		return "president"
	}
	return ""
}

// ambiguousPasts are past tenses that are also common nouns, adjectives
// or present tenses, kept out of irregularPasts: they read as the main
// verb only where one must come, after a relative clause set off by
// commas ("The mayor, who said the port was shut, left early"), and
// right after a name, where a verb is the likely reading ("Lee left no
// doubt").
var ambiguousPasts = []string{
	"cut", "hit", "hurt", "left", "let", "put", "quit", "read", "set", "shut",
	"split", "spread",
}

// infinitiveActs are the forms of the speech acts that take an
// infinitive as what was said: "vowed to resign", "asked to see the
// files". Acts that judge take none.
var infinitiveActs = []string{
	"ask", "asked", "asking", "asks", "pledge", "pledged", "pledges",
	"pledging", "promise", "promised", "promises", "promising", "propose",
	"proposed", "proposes", "proposing", "threaten", "threatened", "urge",
	"urged", "urges", "urging", "vow", "vowed", "vowing", "vows",
}

// infinitiveCues are cues besides infinitiveActs that take an infinitive
// of their own: "agreed to pay", "claimed to know", "demanded to see".
var infinitiveCues = []string{
	"agree", "agreed", "agreeing", "agrees", "claim", "claimed", "claiming",
	"claims", "demand", "demanded", "demanding", "demands", "requested", "requesting",
}

// nounModifiers are adjectives that, between an article and a word that
// is a speech verb or a noun, make it the noun: "a new report", "the
// latest statement", "her earlier claim". None is a noun itself, as
// "official", "brief" and "final" are ("the brief said").
var nounModifiers = []string{
	"detailed", "earlier", "latest", "lengthy", "new", "own", "previous",
	"recent", "separate", "written",
}

// mediaNouns name a medium that an outlet's name may modify, the hearer
// of "told": "told Dover radio on Monday", "told the Ledger newspaper".
var mediaNouns = []string{
	"agency", "broadcaster", "channel", "daily", "magazine", "newspaper",
	"radio", "station", "television",
}

// wordClass is a set of lexical classes of a word form.
type wordClass uint64

const (
	cSpeech wordClass = 1 << iota
	cSpeechObject
	cSpeechWeak
	cSpeechAct
	cFinding
	cPhrasal
	cSpeechNoun
	cCognition
	cNaming
	cTitle
	cTitleMod
	cHonorific
	cOrg
	cUnnamed
	cBody
	cDocument
	cDet
	cSubjPron
	cObjPron
	cPossPron
	cFirstSecond
	cPrep
	cConj
	cSubord
	cAux
	cNeg
	cAdverb
	cTime
	cAbbrev
	cTitleAbbrev
	cElision
	cContractionTail
	cContractionHead
	cPast
	cClaimNoun
	cUser // a user-supplied verb or title (see Finder)
)

// A lexicon is the merged word lists: an open-addressing hash table from
// a lower-case word form to its classes. Lookups hash the word while
// folding its case, so they neither allocate nor copy.
//
// The table is laid out for the cache, since finishWord looks up every
// word of the text: a slot holds a tag of the hash, which settles most
// misses, and the index of its entry; the entries, and the keys they
// point into, are dense. A hit reads three small arrays, not four
// scattered ones.
type lexicon struct {
	slots   []uint32 // tag<<16 | entry index, 0 for an empty slot
	entries []lexEntry
	mask    uint64
}

// A lexEntry is one word form in lower case and its classes.
type lexEntry struct {
	key   string // a piece of one string that holds all the keys
	class wordClass
}

// tagOf returns the tag of a hash, in a slot's high half: never 0, so 0
// marks an empty slot.
func tagOf(h uint64) uint32 { return (uint32(h>>48) | 1) << 16 }

// lexiconTable returns the merged lexicon, built once on first use and
// never changed after.
var lexiconTable = sync.OnceValue(func() *lexicon {
	m := make(map[string]wordClass, 2048)
	add := func(words []string, c wordClass) {
		for _, w := range words {
			m[w] |= c
		}
	}
	add(speechVerbs, cSpeech)
	add(objectSpeechVerbs, cSpeechObject)
	add(weakSpeechVerbs, cSpeechWeak)
	add(speechActVerbs, cSpeechAct)
	add(findingVerbs, cFinding)
	add(phrasalHeads, cPhrasal)
	add(speechNouns, cSpeechNoun)
	add(cognitionVerbs, cCognition)
	add(namingVerbs, cNaming)
	add(titleNouns, cTitle)
	add(titleModifiers, cTitleMod)
	add(honorifics, cHonorific)
	add(orgWords, cOrg)
	add(unnamedNouns, cUnnamed)
	add(bodyNouns, cBody)
	add(documentNouns, cDocument)
	add(determiners, cDet)
	add(subjectPronouns, cSubjPron)
	add(objectPronouns, cObjPron)
	add(possessivePronouns, cPossPron)
	add(firstSecondPerson, cFirstSecond)
	add(prepositions, cPrep)
	add(conjunctions, cConj)
	add(subordinators, cSubord)
	add(auxiliaries, cAux)
	add(negations, cNeg)
	add(adverbs, cAdverb)
	add(timeWords, cTime)
	add(abbreviations, cAbbrev)
	add(titleHonorifics, cTitleAbbrev)
	add(elisions, cElision)
	add(contractionTails, cContractionTail)
	add(contractionHeads, cContractionHead)
	add(irregularPasts, cPast)
	add(claimNouns, cClaimNoun)
	words := slices.Sorted(maps.Keys(m))
	if len(words) >= 1<<16 {
		panic("quote: lexicon too large for its slots")
	}
	size := 1
	for size < 4*len(words) {
		size <<= 1
	}
	lx := &lexicon{slots: make([]uint32, size), entries: make([]lexEntry, len(words)), mask: uint64(size - 1)}
	all := strings.Join(words, "")
	at := 0
	for i, w := range words {
		lx.entries[i] = lexEntry{key: all[at : at+len(w)], class: m[w]}
		at += len(w)
		full := hashFold(w)
		h := full & lx.mask
		for lx.slots[h] != 0 {
			h = (h + 1) & lx.mask
		}
		lx.slots[h] = tagOf(full) | uint32(i)
	}
	return lx
})

// foldByte returns an ASCII byte in lower case, and a typographic
// apostrophe's last byte as '\”.
func foldByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hashFold hashes an ASCII word in lower case (FNV-1a).
func hashFold(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(foldByte(w[i]))
		h *= 1099511628211
	}
	return h
}

// equalFoldASCII reports whether w in lower case is the lower-case key.
func equalFoldASCII(w, key string) bool {
	if len(w) != len(key) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if foldByte(w[i]) != key[i] {
			return false
		}
	}
	return true
}

// lookupWord returns the classes of word, ignoring case and width and
// treating a typographic apostrophe as ASCII. It does not allocate.
func lookupWord(word string) wordClass {
	if len(word) > 48 {
		return 0
	}
	if !isASCII(word) {
		// Fold width, case and apostrophes into a buffer first.
		var buf [48]byte
		n := 0
		for _, r := range word {
			r = unicode.ToLower(foldRune(r))
			if n+utf8.RuneLen(r) > len(buf) {
				return 0
			}
			n += utf8.EncodeRune(buf[n:], r)
		}
		return lexiconTable().lookup(string(buf[:n]))
	}
	return lexiconTable().lookup(word)
}

// lookup returns the classes of word w, in any case.
func (lx *lexicon) lookup(w string) wordClass { return lx.lookupHashed(w, hashFold(w)) }

// key returns the lower-case form of an ASCII word as the lexicon stores
// it, and whether the word is there.
func (lx *lexicon) key(w string) (string, bool) {
	full := hashFold(w)
	tag := tagOf(full)
	for h := full & lx.mask; ; h = (h + 1) & lx.mask {
		sl := lx.slots[h]
		if sl == 0 {
			return "", false
		}
		if sl&0xffff0000 == tag {
			if e := &lx.entries[sl&0xffff]; equalFoldASCII(w, e.key) {
				return e.key, true
			}
		}
	}
}

// lookupHashed looks up an ASCII word whose hashFold is h.
func (lx *lexicon) lookupHashed(w string, full uint64) wordClass {
	tag := tagOf(full)
	for h := full & lx.mask; ; h = (h + 1) & lx.mask {
		sl := lx.slots[h]
		if sl == 0 {
			return 0
		}
		if sl&0xffff0000 == tag {
			if e := &lx.entries[sl&0xffff]; equalFoldASCII(w, e.key) {
				return e.class
			}
		}
	}
}
