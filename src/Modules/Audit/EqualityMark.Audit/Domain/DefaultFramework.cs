namespace EqualityMark.Audit.Domain;

/// <summary>
/// The framework a new authority starts from: the six strands of the Lancashire Equality and Inclusion
/// Mark and ten elements of school practice, each with statements to audit. Authorities edit it or import
/// their own; this is a starting point, not the real programme's audit tool.
/// </summary>
internal static class DefaultFramework
{
    private const string LeadershipJudgement = "Leadership and management";
    private const string QualityJudgement = "Quality of education";
    private const string BehaviourJudgement = "Behaviour and attitudes";
    private const string PersonalDevelopmentJudgement = "Personal development";

    public static FrameworkContent Create() => new(Strands, Elements, Items().ToList(), Descriptors, GridRule.Lowest);

    private static readonly RagDescriptors Descriptors = new(
        Red: "Little or no practice in place; a priority for action.",
        Amber: "Practice is developing but not yet consistent or embedded.",
        Green: "Practice is established, consistent and has impact.",
        NotAssessed: "Not yet assessed.");

    private static readonly StrandDefinition[] Strands =
    [
        new("race", "Race", "Race equality, including ethnicity, nationality and colour.", ["Race"], []),
        new("sex", "Sex", "Equality between girls and boys, women and men, including gender reassignment, pregnancy and maternity.", ["Sex", "Gender reassignment", "Pregnancy and maternity", "Marriage and civil partnership"], []),
        new("disability", "Disability", "Equality for disabled pupils, staff and families.", ["Disability"], []),
        new("holistic-diversity", "Holistic Diversity", "Pupils whose circumstances put them at risk of disadvantage.", ["Age"],
            ["Pupils from financially disadvantaged backgrounds", "Pupils with parents in the armed forces", "Pupils with a social worker",
             "Pupils on Child in Need or Child Protection plans", "Young carers", "Children in kinship arrangements"]),
        new("sexual-orientation", "Sexual Orientation", "Equality for lesbian, gay and bisexual pupils, staff and families.", ["Sexual orientation"], []),
        new("religion-belief", "Religion and Belief", "Equality for people of all religions and beliefs, and none.", ["Religion or belief"], []),
    ];

    private static readonly ElementDefinition[] Elements =
    [
        new("leadership", "Leadership, management and governance", LeadershipJudgement),
        new("policy", "Policy and planning", LeadershipJudgement),
        new("data", "Data, monitoring and evaluation", LeadershipJudgement),
        new("teaching", "Learning and teaching", QualityJudgement),
        new("curriculum", "Curriculum and resources", QualityJudgement),
        new("pupil-voice", "Pupil voice and involvement", PersonalDevelopmentJudgement),
        new("behaviour", "Behaviour, bullying and prejudice-related incidents", BehaviourJudgement),
        new("staff", "Staff recruitment, development and training", LeadershipJudgement),
        new("community", "Parents, carers and community", PersonalDevelopmentJudgement),
        new("environment", "Learning environment", PersonalDevelopmentJudgement),
    ];

    private static IEnumerable<ItemDefinition> Items()
    {
        (string Element, string Statement, string Guidance, string Evidence)[] general =
        [
            ("leadership", "Leaders and governors set a clear vision for equality that staff and pupils can describe.", "Consider how the vision is communicated and reviewed.", "Minutes of governing body meetings; the school's vision statement; staff and pupil interviews."),
            ("leadership", "A named governor and senior leader hold responsibility for this strand.", "Check roles are known and acted on.", "Governor role descriptions; SLT responsibilities."),
            ("policy", "The equality policy and objectives address this strand and are reviewed at least every four years.", "Objectives should be specific and measurable.", "Published equality information and objectives; review dates."),
            ("policy", "The school improvement plan includes actions for this strand where the audit shows a need.", "Link equality actions to the SIP.", "School improvement plan; equality action plan."),
            ("data", "Pupil outcomes, attendance and exclusions are analysed for groups covered by this strand.", "Suppress small numbers when publishing.", "Data analyses; governor reports."),
            ("data", "Prejudice-related incidents are recorded and analysed by type and trend.", "Records should lead to action.", "Incident logs; termly analysis."),
            ("teaching", "Teaching challenges stereotypes and raises expectations for all groups in this strand.", "Look for planned opportunities, not only reactive ones.", "Lesson observations; planning; pupil work."),
            ("teaching", "Adaptations meet the needs of pupils covered by this strand.", "Consider access to learning and assessment.", "Provision maps; support plans."),
            ("curriculum", "The curriculum reflects the diversity of this strand positively and accurately.", "Audit texts, images and topics.", "Curriculum maps; library and resource audit."),
            ("curriculum", "Resources are free from bias and represent people of this strand.", "Review resources regularly.", "Resource reviews; purchasing records."),
            ("pupil-voice", "Pupils in groups covered by this strand are represented in pupil leadership and consultations.", "Check who is heard, not only who is asked.", "School council membership; surveys."),
            ("pupil-voice", "Pupils say they feel respected and safe whatever their identity.", "Use anonymous surveys and discussion groups.", "Pupil surveys; focus group notes."),
            ("behaviour", "Prejudice-based bullying and language are challenged consistently by all staff.", "Staff should know the procedure.", "Behaviour policy; incident records; staff survey."),
            ("behaviour", "Victims of prejudice-related incidents are supported and outcomes are followed up.", "Look at what happened after incidents.", "Case records; follow-up notes."),
            ("staff", "Recruitment is fair and monitored for this strand.", "Compare applicants, shortlist and appointments.", "Recruitment monitoring data."),
            ("staff", "Staff receive training on this strand and use it in practice.", "Training should change practice.", "Training records; evaluation."),
            ("community", "Parents and carers from groups in this strand are engaged and consulted.", "Consider barriers to engagement.", "Parent survey; attendance at events."),
            ("community", "The school works with community groups relevant to this strand.", "Partnerships should benefit pupils.", "Partnership records; visitors and visits."),
            ("environment", "Displays and the learning environment celebrate diversity within this strand.", "Walk the school with pupils.", "Learning walk notes; photographs."),
            ("environment", "The site and facilities are accessible and welcoming for people in this strand.", "Include toilets, changing and prayer facilities where relevant.", "Accessibility plan; site audit."),
        ];

        var number = 0;
        foreach (var (element, statement, guidance, evidence) in general)
        {
            number++;
            yield return new ItemDefinition($"{element}-{number:00}", element, null, statement, guidance, evidence);
        }

        yield return new ItemDefinition("data-race-01", "data", "race", "EAL pupils' progress is tracked and supported.", "Include new arrivals and refugee pupils.", "EAL tracking; induction records.");
        yield return new ItemDefinition("environment-disability-01", "environment", "disability", "The accessibility plan is current and being carried out.", "Schools must have an accessibility plan.", "Accessibility plan; progress reports.");
        yield return new ItemDefinition("data-holistic-diversity-01", "data", "holistic-diversity", "Pupil premium, service children and young carers are identified and their progress tracked.", "Cover every group of the strand.", "Pupil premium strategy; registers.");
        yield return new ItemDefinition("curriculum-religion-belief-01", "curriculum", "religion-belief", "Religious education and collective worship respect pupils of all faiths and none.", "Consider withdrawal arrangements.", "RE scheme; collective worship plan.");
    }
}
