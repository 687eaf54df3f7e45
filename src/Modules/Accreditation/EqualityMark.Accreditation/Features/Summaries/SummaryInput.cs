namespace EqualityMark.Accreditation.Features.Summaries;

/// <summary>The school's own words in a summary, as the form posts them.</summary>
public sealed class SummaryInput
{
    public string? ActionsTaken { get; set; }

    public string? OutcomesAchieved { get; set; }

    public string? PupilVoice { get; set; }

    public uint Version { get; set; }

    public static SummaryInput From(SummaryDetailsDto summary) => new()
    {
        ActionsTaken = summary.ActionsTaken,
        OutcomesAchieved = summary.OutcomesAchieved,
        PupilVoice = summary.PupilVoice,
        Version = summary.RowVersion,
    };
}
