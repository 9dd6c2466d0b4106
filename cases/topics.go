package cases

// TopicDef is one topic of the Standing Order for All Judges of the Northern
// District of California — Contents of Joint Case Management Statement.
type TopicDef struct {
	Key     string // the key a case file uses under filing.topics
	Heading string // the Standing Order's heading
}

// CMCTopics returns the Standing Order's 21 topics in their required
// order; the slice is the caller's own.
func CMCTopics() []TopicDef { return append([]TopicDef(nil), cmcTopics...) }

// cmcTopics are the Standing Order's 21 topics in their required order.
var cmcTopics = []TopicDef{
	{"jurisdiction", "Jurisdiction & Service"},
	{"facts", "Facts"},
	{"legal_issues", "Legal Issues"},
	{"motions", "Motions"},
	{"amendment", "Amendment of Pleadings"},
	{"evidence", "Evidence Preservation"},
	{"disclosures", "Disclosures"},
	{"discovery", "Discovery"},
	{"class_actions", "Class Actions"},
	{"related_cases", "Related Cases"},
	{"relief", "Relief"},
	{"settlement", "Settlement and ADR"},
	{"consent", "Consent to Magistrate Judge For All Purposes"},
	{"other_references", "Other References"},
	{"narrowing", "Narrowing of Issues"},
	{"expedited_trial", "Expedited Trial Procedure"},
	{"scheduling", "Scheduling"},
	{"trial", "Trial"},
	{"interested_entities", "Disclosure of Non-party Interested Entities or Persons"},
	{"professional_conduct", "Professional Conduct"},
	{"other", "Other"},
}
